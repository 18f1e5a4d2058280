"""Market, prices, inventory and collateral; listings reserved by withdrawals leave the market."""

from __future__ import annotations

import json
from typing import Any

from ..auth import ClientIdentity
from ..catalogue import (
    CS2,
    RUST,
    InventoryItem,
    Listing,
    inventory_json,
    listing_json,
    market_row_json,
    suggestion_json,
)
from ..failures import ApiFailure
from .store import Store, _enum, cents, iso, usd


class Market(Store):
    # -- market --------------------------------------------------------------------------------

    def _price(self, ref: str, default: int) -> int:
        row = self.db.execute("SELECT cents FROM prices WHERE ref = ?", (ref,)).fetchone()
        return default if row is None else int(row[0])

    def set_price(self, ref: str, price: float) -> None:
        with self.tx():
            self.db.execute(
                "INSERT INTO prices VALUES (?, ?) ON CONFLICT(ref) DO UPDATE SET"
                " cents = excluded.cents",
                (ref, cents(price)),
            )
            listing = self.catalogue.listings.get(ref)
            if listing is not None and (self.config.restock or ref not in self._reserved()):
                self._market_change("patch", listing)

    # -- the market feed: listings sold to a withdrawal leave the market, and come back when
    # the withdrawal does not deliver them; with ``restock`` they never leave (a patch says so)

    def _market_change(self, kind: str, listing: Listing) -> None:
        event: dict[str, Any] = {"type": kind, "game": listing.item.game, "source": "internal"}
        if kind == "remove":
            event["itemId"] = listing.id
        else:
            event["item"] = listing_json(listing, price_cents=self._listing_price(listing))
            event["at"] = iso(self.clock.now())
        self._publish("market", event)

    def _sell_listing(self, ref: str, trade_id: str) -> None:
        listing = self.catalogue.listings.get(ref)
        if self.config.restock:
            if listing is not None:
                self._market_change("patch", listing)
            return
        self.db.execute("INSERT OR REPLACE INTO reservations VALUES (?, ?)", (ref, trade_id))
        if listing is not None:
            self._market_change("remove", listing)

    def _restock_listing(self, ref: str) -> None:
        gone = self.db.execute("DELETE FROM reservations WHERE ref = ?", (ref,)).rowcount
        listing = self.catalogue.listings.get(ref)
        if gone and listing is not None:
            self._market_change("upsert", listing)

    def _restock_trade(self, trade_id: str) -> None:
        """Free every reservation of a trade (listings go back on the market, deposit items
        back to the inventory)."""
        refs = self.db.execute("SELECT ref FROM reservations WHERE trade_id = ?", (trade_id,))
        for (ref,) in refs.fetchall():
            self._restock_listing(str(ref))

    def _reserved(self) -> set[str]:
        return {str(r[0]) for r in self.db.execute("SELECT ref FROM reservations")}

    def _available_listings(self) -> list[Listing]:
        reserved = set() if self.config.restock else self._reserved()
        return [lst for lst in self.catalogue.listings.values() if lst.id not in reserved]

    def _listing_price(self, listing: Listing) -> int:
        return self._price(listing.id, listing.price_cents)

    def prices(self, game: int) -> list[dict[str, Any]]:
        with self.lock:
            out: list[dict[str, Any]] = []
            for item in self.catalogue.game_items(game):
                if game == RUST:
                    out.append({
                        "marketHashName": item.market_hash_name,
                        "accepted": item.deposit_cents > 0,
                        "deposit": usd(item.deposit_cents),
                        "withdraw": usd(item.withdraw_cents),
                    })  # fmt: skip
                else:
                    out.append({
                        "itemId": item.catalog_id,
                        "marketHashName": item.market_hash_name,
                        "accepted": item.deposit_cents > 0,
                        "deposit": usd(item.deposit_cents),
                        "withdraw": {
                            "standard": usd(item.withdraw_cents),
                            "instant": (
                                None if item.instant_cents is None else usd(item.instant_cents)
                            ),
                        },
                    })  # fmt: skip
            return out

    @staticmethod
    def _sort(rows: list[dict[str, Any]], sort: str | None) -> list[dict[str, Any]]:
        if sort == "priceAsc":
            rows.sort(key=lambda r: (r["offer"]["price"], r["marketHashName"]))
        elif sort == "priceDesc":
            rows.sort(key=lambda r: (-r["offer"]["price"], r["marketHashName"]))
        elif sort == "nameAsc":
            rows.sort(key=lambda r: r["marketHashName"])
        elif sort == "nameDesc":
            rows.sort(key=lambda r: r["marketHashName"], reverse=True)
        return rows

    @staticmethod
    def _filter(rows: list[dict[str, Any]], p: Any) -> list[dict[str, Any]]:
        search = (getattr(p, "search", None) or "").lower()
        lo, hi = getattr(p, "min_price", None), getattr(p, "max_price", None)
        out = []
        for row in rows:
            price = row["offer"]["price"]
            if search and search not in row["marketHashName"].lower():
                continue
            if lo is not None and price < lo:
                continue
            if hi is not None and price > hi:
                continue
            out.append(row)
        return out

    @staticmethod
    def _page(
        rows: list[dict[str, Any]], page: int | None, size: int | None
    ) -> list[dict[str, Any]]:
        size = 50 if size is None else size
        if size == -1:
            return rows
        if size <= 0:
            return []
        start = ((page or 1) - 1) * size
        return rows[start : start + size]

    def market(self, p: Any) -> dict[str, Any]:
        with self.lock:
            game = p.game or CS2
            listings = self._available_listings()
            rows = []
            for item in self.catalogue.game_items(game):
                mine = [lst for lst in listings if lst.item is item]
                if not mine:
                    continue
                cheapest = min(mine, key=self._listing_price)
                row = market_row_json(item, self._listing_price(cheapest), cheapest.delivery)
                if _enum(getattr(p, "source", None)) == "external":
                    continue
                if p.development:
                    row["offer"]["delivery"] = "instant"
                    row["previewToken"] = "dev" + item.catalog_id
                    row["botInfo"] = {"name": "sandbox-dev-bot"}
                rows.append(row)
            rows = self._sort(self._filter(rows, p), _enum(p.sort))
            return {"items": self._page(rows, p.page, p.per_page), "count": len(rows)}

    def market_item(self, p: Any) -> list[dict[str, Any]]:
        with self.lock:
            item = None
            if p.item_id is not None:
                item = self.catalogue.by_catalog_id.get(p.item_id)
            elif p.market_hash_name is not None:
                item = self.catalogue.by_name.get(p.market_hash_name)
            else:
                raise ApiFailure(
                    "VALIDATION_FAILED", "itemId: give itemId or marketHashName",
                    fields={"itemId": "give itemId or marketHashName"},
                )  # fmt: skip
            if item is None:
                raise ApiFailure("NOT_FOUND", "No catalogue item matches")
            delivery = _enum(p.delivery) or "any"
            rows = []
            for lst in self._available_listings():
                if lst.item is not item or (delivery != "any" and lst.delivery != delivery):
                    continue
                if lst.wear is not None and (
                    (p.float_min is not None and float(lst.wear) < p.float_min)
                    or (p.float_max is not None and float(lst.wear) > p.float_max)
                ):
                    continue
                rows.append(listing_json(lst, price_cents=self._listing_price(lst)))
            rows.sort(key=lambda r: r["offer"]["price"])
            return self._page(rows, p.page, p.per_page)

    def suggestions(self, q: str) -> list[dict[str, Any]]:
        needle = q.lower()
        hits = [i for i in self.catalogue.game_items(CS2) if needle in i.market_hash_name.lower()]
        return [suggestion_json(i) for i in hits[:20]]

    # -- inventory and collateral ---------------------------------------------------------------

    def _inventory_rows(self, steam_id: str) -> list[InventoryItem]:
        reserved = self._reserved()
        rows = []
        for row in self.catalogue.inventory(steam_id):
            if row.id in reserved:
                continue
            row.offer_cents = self._price(row.id, row.offer_cents)
            rows.append(row)
        return rows

    def collateral(self, identity: ClientIdentity | None) -> int:
        """A client's free instant-credit collateral (cents): provider + merchant - exposure."""
        if identity is None:
            return 0
        data = identity.client_data or {}
        wager = data.get("totalWager") or 0
        kyc = data.get("kycLevel") or 0
        provider = 2000 + min(cents(float(wager) * 0.05), 40000) + 4000 * min(int(kyc), 3)
        provider += 3000 * bool(data.get("fiatDeposits")) + 3000 * bool(data.get("cryptoDeposits"))
        if data.get("fiatDeposits") and data.get("cryptoDeposits") and kyc >= 3:
            provider += 20000
        exposure = 0
        for row in self.db.execute(
            "SELECT doc FROM trades WHERE type = 'deposit' AND steam_id = ? AND status IN"
            " ('initiated', 'active', 'hold')",
            (identity.steam_id,),
        ):
            exposure += cents(json.loads(row[0]).get("preCredit") or 0)
        return max(0, provider + cents(self.config.merchant_collateral) - exposure)

    def inventory(self, steam_id: str, p: Any, identity: ClientIdentity | None) -> dict[str, Any]:
        with self.lock:
            game = p.game or CS2
            rows = [
                inventory_json(r) for r in self._inventory_rows(steam_id) if r.item.game == game
            ]
            if p.accepted_only:
                rows = [r for r in rows if r["offer"]["accepted"]]
            rows = self._sort(self._filter(rows, p), _enum(p.sort))
            return {
                "inventory": self._page(rows, p.page, p.limit),
                "count": len(rows),
                "updatedAt": iso(self.clock.now()),
                "collateral": usd(self.collateral(identity)),
            }
