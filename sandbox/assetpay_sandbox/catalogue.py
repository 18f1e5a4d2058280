"""The seeded catalogue: CS2 and Rust items, their prices, market listings and inventories.

Everything is a pure function of the seed (and, for inventories, of the Steam id), so two
sandboxes started with the same ``--seed`` show the same market. Prices are integer cents.

* CS2 catalogue ids are 16 hex characters; CS2 listing ids are UUIDv8; Rust listing ids are
  compound (``252490-<hex>-<n>``); inventory item ids are UUID-shaped encoded ids.
* Any SteamID64 has an inventory (derived from the seed and the id); ``DEMO_STEAM_IDS`` are
  the documented ones used by the demo and the tests.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

CS2 = 730
RUST = 252490

DEMO_STEAM_IDS = ("76561198000000001", "76561198000000002", "76561198000000003")

# (market hash name, type, rarity, colour, market price in USD)
_CS2: tuple[tuple[str, str, str, str, float], ...] = (
    ("AK-47 | Redline (Field-Tested)", "Rifle", "Classified", "#D32CE6", 12.50),
    ("AK-47 | Asiimov (Minimal Wear)", "Rifle", "Covert", "#EB4B4B", 68.40),
    ("AK-47 | Slate (Field-Tested)", "Rifle", "Restricted", "#8847FF", 3.10),
    ("AK-47 | Vulcan (Well-Worn)", "Rifle", "Covert", "#EB4B4B", 95.20),
    ("AWP | Asiimov (Field-Tested)", "Sniper Rifle", "Covert", "#EB4B4B", 48.00),
    ("AWP | Atheris (Minimal Wear)", "Sniper Rifle", "Restricted", "#8847FF", 4.85),
    ("AWP | Neo-Noir (Field-Tested)", "Sniper Rifle", "Covert", "#EB4B4B", 27.30),
    ("M4A4 | Desolate Space (Field-Tested)", "Rifle", "Classified", "#D32CE6", 9.60),
    ("M4A1-S | Printstream (Field-Tested)", "Rifle", "Covert", "#EB4B4B", 84.10),
    ("M4A1-S | Decimator (Minimal Wear)", "Rifle", "Classified", "#D32CE6", 11.25),
    ("Desert Eagle | Printstream (Field-Tested)", "Pistol", "Covert", "#EB4B4B", 36.70),
    ("Desert Eagle | Blaze (Factory New)", "Pistol", "Restricted", "#8847FF", 520.00),
    ("Glock-18 | Water Elemental (Minimal Wear)", "Pistol", "Classified", "#D32CE6", 6.40),
    ("USP-S | Kill Confirmed (Field-Tested)", "Pistol", "Covert", "#EB4B4B", 41.90),
    ("USP-S | Cortex (Field-Tested)", "Pistol", "Classified", "#D32CE6", 2.95),
    ("P250 | See Ya Later (Minimal Wear)", "Pistol", "Classified", "#D32CE6", 1.85),
    ("MAC-10 | Neon Rider (Field-Tested)", "SMG", "Classified", "#D32CE6", 2.40),
    ("FAMAS | Roll Cage (Field-Tested)", "Rifle", "Classified", "#D32CE6", 3.55),
    ("Karambit | Doppler (Factory New)", "Knife", "Covert", "#EB4B4B", 1210.00),
    ("Butterfly Knife | Fade (Factory New)", "Knife", "Covert", "#EB4B4B", 2350.00),
    ("Sport Gloves | Vice (Field-Tested)", "Gloves", "Extraordinary", "#EB4B4B", 1480.00),
    ("Operation Breakout Weapon Case", "Container", "Base Grade", "#B0C3D9", 7.90),
    ("Recoil Case", "Container", "Base Grade", "#B0C3D9", 0.45),
    ("Sticker | Natus Vincere | Katowice 2019", "Sticker", "High Grade", "#4B69FF", 1.20),
)

# (market hash name, type, market price in USD, stackable)
_RUST: tuple[tuple[str, str, float, bool], ...] = (
    ("Tempered AK47", "Assault Rifle", 88.00, False),
    ("Glory AK47", "Assault Rifle", 31.50, False),
    ("Alien Red", "Metal Facemask", 14.20, False),
    ("Blackout Hoodie", "Hoodie", 6.75, False),
    ("Big Grin", "Metal Facemask", 210.00, False),
    ("Punishment Mask", "Metal Facemask", 95.00, False),
    ("Neon Pistol", "Semi-Automatic Pistol", 2.10, False),
    ("Whiteout Kilt", "Roadsign Kilt", 4.35, False),
    ("Cloth", "Resource", 0.15, True),
    ("Scrap", "Resource", 0.05, True),
    ("Forest Raiders Hoodie", "Hoodie", 3.20, False),
    ("Azul Locker", "Locker", 9.90, False),
)

_EXTERIORS = {
    "Factory New": (0.0, 0.07),
    "Minimal Wear": (0.07, 0.15),
    "Field-Tested": (0.15, 0.38),
    "Well-Worn": (0.38, 0.45),
    "Battle-Scarred": (0.45, 1.0),
}


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()


def _hex16(*parts: object) -> str:
    return _digest(*parts).hex()[:16]


def _uuid(*parts: object, version: int = 4) -> str:
    raw = bytearray(_digest(*parts)[:16])
    raw[6] = (raw[6] & 0x0F) | (version << 4)
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def _icon(name: str) -> str:
    return (
        "-9a81dlWLwJ2UUGcVs_nsVtzdOEdtWwKGZZLQHTxDZ7I56KU0Zwwo4NUX4oFJZEHLbXH5ApeO4YmlhxYQ"
        + (_digest("icon", name).hex()[:24])
    )


def _exterior(name: str) -> str | None:
    for ext in _EXTERIORS:
        if name.endswith(f"({ext})"):
            return ext
    return None


def _cents(usd: float) -> int:
    return round(usd * 100)


@dataclass(frozen=True)
class CatalogueItem:
    game: int
    catalog_id: str  # 16 hex chars
    market_hash_name: str
    name: str
    type: str
    rarity: str | None
    color: str | None
    market_cents: int
    deposit_cents: int  # what AssetPay pays on deposit (0 = not accepted)
    withdraw_cents: int  # fee-inclusive buy floor (standard delivery)
    instant_cents: int | None  # instant-delivery floor, None when not available
    stackable: bool = False

    @property
    def exterior(self) -> str | None:
        return _exterior(self.market_hash_name)


@dataclass
class Listing:
    id: str
    item: CatalogueItem
    price_cents: int
    delivery: str
    wear: str | None
    paint_seed: int | None
    asset_id: str


@dataclass
class InventoryItem:
    id: str
    item: CatalogueItem
    asset_id: str
    offer_cents: int
    accepted: bool
    amount: int
    wear: str | None
    paint_seed: int | None


@dataclass
class Catalogue:
    seed: int
    items: list[CatalogueItem] = field(default_factory=list)
    listings: dict[str, Listing] = field(default_factory=dict)

    @classmethod
    def build(cls, seed: int) -> Catalogue:
        rng = random.Random(f"catalogue:{seed}")  # noqa: S311 - deterministic test data
        cat = cls(seed)
        for mhn, typ, rarity, color, usd in _CS2:
            market = _cents(usd * rng.uniform(0.92, 1.08))
            deposit = _cents(market / 100 * 0.86) if "Sticker" not in mhn else 0
            withdraw = _cents(market / 100 * 1.04)
            instant = _cents(market / 100 * 1.09) if rng.random() < 0.7 else None
            base = mhn.split(" (")[0]
            cat.items.append(
                CatalogueItem(
                    CS2,
                    _hex16(seed, "cs2", mhn),
                    mhn,
                    base,
                    typ,
                    rarity,
                    color,
                    market,
                    deposit,
                    withdraw,
                    instant,
                )
            )
        for mhn, typ, usd, stackable in _RUST:
            market = _cents(usd * rng.uniform(0.92, 1.08)) or 1
            cat.items.append(
                CatalogueItem(
                    RUST,
                    _hex16(seed, "rust", mhn),
                    mhn,
                    mhn,
                    typ,
                    None,
                    None,
                    market,
                    max(1, _cents(market / 100 * 0.85)),
                    max(1, _cents(market / 100 * 1.05)),
                    None,
                    stackable,
                )
            )
        for item in cat.items:
            for n in range(rng.randint(3, 6)):
                if item.game == CS2:
                    lid = _uuid(seed, "listing", item.catalog_id, n, version=8)
                    low, high = _EXTERIORS.get(item.exterior or "", (0.0, 1.0))
                    wear: str | None = f"{rng.uniform(low, high):.5f}" if item.exterior else None
                    seed_no: int | None = rng.randint(1, 1000) if item.exterior else None
                else:
                    lid = f"{RUST}-{item.catalog_id}-{n}"
                    wear, seed_no = None, None
                instant = item.instant_cents is not None and rng.random() < 0.5
                floor = (
                    item.instant_cents if instant and item.instant_cents else item.withdraw_cents
                )
                price = floor if n == 0 else _cents(floor / 100 * rng.uniform(1.0, 1.2))
                cat.listings[lid] = Listing(
                    lid, item, max(1, price), "instant" if instant else "standard",
                    wear, seed_no, str(rng.randint(10**10, 10**11 - 1)),
                )  # fmt: skip
        return cat

    @cached_property
    def by_catalog_id(self) -> dict[str, CatalogueItem]:
        return {item.catalog_id: item for item in self.items}

    @cached_property
    def by_name(self) -> dict[str, CatalogueItem]:
        return {item.market_hash_name: item for item in self.items}

    def game_items(self, game: int) -> list[CatalogueItem]:
        return [item for item in self.items if item.game == game]

    def listings_of(self, item: CatalogueItem) -> list[Listing]:
        return [lst for lst in self.listings.values() if lst.item is item]

    def inventory(self, steam_id: str) -> list[InventoryItem]:
        """The Steam inventory of ``steam_id``: 6-10 CS2 and 3-6 Rust items."""
        rng = random.Random(f"inventory:{self.seed}:{steam_id}")  # noqa: S311
        rows: list[InventoryItem] = []
        for game, count in ((CS2, rng.randint(6, 10)), (RUST, rng.randint(3, 6))):
            pool = self.game_items(game)
            for n in range(count):
                item = pool[rng.randrange(len(pool))]
                amount = rng.randint(10, 500) if item.stackable else 1
                low, high = _EXTERIORS.get(item.exterior or "", (0.0, 1.0))
                rows.append(
                    InventoryItem(
                        id=_uuid(self.seed, "inv", steam_id, game, n),
                        item=item,
                        asset_id=str(rng.randint(10**10, 10**11 - 1)),
                        offer_cents=item.deposit_cents,
                        accepted=item.deposit_cents > 0,
                        amount=amount,
                        wear=f"{rng.uniform(low, high):.5f}" if item.exterior else None,
                        paint_seed=rng.randint(1, 1000) if item.exterior else None,
                    )
                )
        return rows


def item_json(item: CatalogueItem) -> dict[str, Any]:
    """The catalogue fields every Item row shares."""
    out: dict[str, Any] = {
        "name": item.name,
        "marketHashName": item.market_hash_name,
        "type": item.type,
        "iconUrl": _icon(item.market_hash_name),
        "appid": item.game,
        "tradable": True,
        "marketPrice": item.market_cents / 100,
    }
    if item.exterior:
        out["exterior"] = item.exterior
    if item.rarity:
        out["rarity"] = item.rarity
    if item.color:
        out["color"] = item.color
    return out


def listing_json(listing: Listing, *, price_cents: int | None = None) -> dict[str, Any]:
    out = {"id": listing.id, **item_json(listing.item)}
    if listing.item.game == CS2:
        out["stickers"] = []
    out["offer"] = {
        "price": (listing.price_cents if price_cents is None else price_cents) / 100,
        "delivery": listing.delivery,
    }
    if listing.wear is not None:
        out["wear"] = listing.wear
    if listing.paint_seed is not None:
        out["paintSeed"] = listing.paint_seed
    return out


def market_row_json(item: CatalogueItem, floor_cents: int, delivery: str) -> dict[str, Any]:
    out = {"id": item.catalog_id, **item_json(item)}
    if item.game == CS2:
        out["itemId"] = item.catalog_id
    out["offer"] = {"price": floor_cents / 100, "delivery": delivery}
    return out


def inventory_json(row: InventoryItem) -> dict[str, Any]:
    out = {"id": row.id, "assetId": row.asset_id, **item_json(row.item)}
    out["offer"] = {
        "price": row.offer_cents / 100,
        "accepted": row.accepted,
        "maxAmount": row.amount,
    }
    if row.item.stackable:
        out["amount"] = row.amount
    if row.wear is not None:
        out["wear"] = row.wear
    if row.paint_seed is not None:
        out["paintSeed"] = row.paint_seed
    return out


def suggestion_json(item: CatalogueItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.catalog_id,
        "marketHashName": item.market_hash_name,
        "iconUrl": _icon(item.market_hash_name),
        "itemType": item.type,
    }
    if item.rarity:
        out["rarity"] = item.rarity
    if item.color:
        out["rarityColor"] = item.color
    return out
