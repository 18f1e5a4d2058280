"""The sandbox's state and rules: trades, wallet, ledger, crypto, verification, on SQLite.

All methods are synchronous and serialised by one lock (one SQLite connection); the ASGI app
calls them from the event loop (each call is short). Money is kept in integer cents.

Lifecycle (sandbox-clock seconds, see ``config.Timings``):

* deposit CS2: ``initiated -> active -> hold -> completed`` (or ``active -> declined``);
  ``preCredit`` is credited at ``hold``, ``pendingCredit`` at ``completed``. Rust:
  ``initiated -> active -> completed``, credited in full at ``completed``.
* withdrawal: ``initiated`` (approval callback) ``-> pending -> active -> hold -> completed``
  (Rust: ``active -> completed``); rejected or unanswered approval -> ``failed`` with
  ``MERCHANT_REJECTED`` / ``APPROVAL_TIMEOUT``; ``active -> declined`` refunds the total less
  min(2 %, $9); cancelled or auto-cancelled items -> ``reverted`` (refunded).

Every change is written to the outbox (``outbox`` table), from which ``callbacks`` delivers
signed callbacks.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import random
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .auth import ClientIdentity, mint, steam_id_of_trade_url
from .catalogue import (
    CS2,
    RUST,
    Catalogue,
    InventoryItem,
    Listing,
    inventory_json,
    item_json,
    listing_json,
    market_row_json,
    suggestion_json,
)
from .clock import SimClock
from .config import SandboxConfig
from .failures import ApiFailure

TERMINAL = frozenset({"completed", "failed", "canceled", "declined", "reverted"})
ITEM_TERMINAL = frozenset({"completed", "failed", "reverted", "canceled", "declined"})
CANCEL_MIN_AGE = 30 * 60.0
DECLINE_PENALTY_RATE = 0.02
DECLINE_PENALTY_CAP = 900
FEES = {"ETH": 300, "BSC": 50, "SOL": 25}
NETWORKS = {"ETH": "ethereum", "BSC": "bsc", "SOL": "solana"}
CONTRACTS = {
    ("ETH", "USDT"): ("0xdAC17F958D2ee523a2206206994597C13D831ec7", 6),
    ("ETH", "USDC"): ("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6),
    ("BSC", "USDT"): ("0x55d398326f99059fF775485246999027B3197955", 18),
    ("BSC", "USDC"): ("0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d", 18),
    ("SOL", "USDT"): ("Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB", 6),
    ("SOL", "USDC"): ("EPjFWvdx1gMZVHrDGc5Q4LMp3aNYC8kh3b6B5Fy2Pv9", 6),
}
VERIFIED_EMAIL_DOMAIN = "@verified.example"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trades(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, external_id TEXT UNIQUE,
    type TEXT NOT NULL, source TEXT NOT NULL, status TEXT NOT NULL, steam_id TEXT NOT NULL,
    game TEXT NOT NULL, created REAL NOT NULL, next_at REAL, doc TEXT NOT NULL,
    internal TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS trades_next ON trades(next_at) WHERE next_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS wallet(
    id INTEGER PRIMARY KEY CHECK (id = 1), balance INTEGER NOT NULL, pending INTEGER NOT NULL,
    escrow INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ledger(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, type TEXT NOT NULL,
    status TEXT NOT NULL, created REAL NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reservations(ref TEXT PRIMARY KEY, trade_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS crypto_withdrawals(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, steam_id TEXT NOT NULL,
    request_id TEXT NOT NULL, status TEXT NOT NULL, created REAL NOT NULL, next_at REAL,
    doc TEXT NOT NULL, UNIQUE(steam_id, request_id));
CREATE TABLE IF NOT EXISTS addresses(
    steam_id TEXT NOT NULL, chain TEXT NOT NULL, token TEXT NOT NULL, calls INTEGER NOT NULL,
    PRIMARY KEY(steam_id, chain, token));
CREATE TABLE IF NOT EXISTS verification(steam_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS prices(ref TEXT PRIMARY KEY, cents INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, delivery_id TEXT NOT NULL, subject TEXT NOT NULL,
    kind TEXT NOT NULL, body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL, state TEXT NOT NULL, last_result TEXT);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, subject, seq);
"""
_BOTS = ("tradingbot01", "tradingbot02", "apbot-eu-07", "apbot-us-03", "apbot-sg-11")


def iso(ts: float) -> str:
    """Unix seconds as ``2026-03-04T10:00:00.000Z``."""
    moment = datetime.fromtimestamp(ts, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def usd(cents: int) -> float:
    return round(cents / 100, 2)


def cents(value: float) -> int:
    return round(value * 100)


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


class Engine:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.catalogue = Catalogue.build(config.seed)
        self.lock = threading.RLock()
        if config.db != ":memory:":
            Path(config.db).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(config.db, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        if config.db != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        self.rng = random.Random(f"lifecycle:{config.seed}")  # noqa: S311 - simulation only
        self._deposit_times: dict[str, deque[float]] = {}
        with self.tx():
            saved = self._meta("sim_now")
            self.fresh = saved is None
            self.clock = SimClock(config.speed, float(saved) if saved is not None else None)
            if self.fresh:
                now = self.clock.now()
                self._set_meta("sim_now", repr(now))
                self._set_meta("started", repr(now))
                self._set_meta("seed", str(config.seed))
                balance = cents(config.initial_balance)
                self.db.execute("INSERT INTO wallet VALUES (1, ?, 0, 0)", (balance,))
                self._ledger("DEPOSIT", "COMPLETED", balance, now, crypto="initial funding")
            self.db.execute("UPDATE outbox SET state = 'pending' WHERE state = 'inflight'")
        self.started = float(self._meta("started") or self.clock.now())

    # -- storage helpers ---------------------------------------------------------------------

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def close(self) -> None:
        with self.lock:
            self.save_clock()
            self.db.close()

    def save_clock(self) -> None:
        with self.lock:
            self._set_meta("sim_now", repr(self.clock.now()))

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _wallet(self) -> tuple[int, int, int]:
        row = self.db.execute("SELECT balance, pending, escrow FROM wallet WHERE id = 1").fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def _move(self, balance: int = 0, pending: int = 0, escrow: int = 0) -> None:
        self.db.execute(
            "UPDATE wallet SET balance = balance + ?, pending = pending + ?, escrow = escrow + ?"
            " WHERE id = 1",
            (balance, pending, escrow),
        )

    def _ledger(
        self,
        type_: str,
        status: str,
        amount: int,
        created: float,
        *,
        crypto: str | None = None,
        token: str | None = None,
        chain: str | None = None,
        fee: int = 0,
        address: str | None = None,
        ref: str | None = None,
    ) -> str:
        lid = ref or str(uuid.uuid4())
        doc = {
            "id": lid,
            "type": type_,
            "status": status,
            "amount": {
                "usd": usd(amount),
                "crypto": crypto if crypto is not None else f"{amount / 100:.2f}",
                "token": token,
                "chain": chain,
                "exchangeRate": "1.00",
            },
            "fee": usd(fee),
            "address": address,
            "txnHash": None,
            "timestamps": {
                "created": iso(created),
                "completed": iso(created) if status in ("COMPLETED", "POSTED") else None,
                "updated": iso(created),
                "expired": None,
            },
        }
        self.db.execute(
            "INSERT INTO ledger(id, type, status, created, doc) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET status = excluded.status, doc = excluded.doc",
            (lid, type_, status, created, json.dumps(doc)),
        )
        return lid

    def _enqueue(self, subject: str, kind: str, body: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO outbox(delivery_id, subject, kind, body, next_try, state)"
            " VALUES (?, ?, ?, ?, ?, 'pending')",
            ("dlv_" + uuid.uuid4().hex[:24], subject, kind, json.dumps(body), time.time()),
        )

    # -- trades storage ------------------------------------------------------------------------

    def _insert_trade(
        self, doc: dict[str, Any], internal: dict[str, Any], next_at: float | None
    ) -> None:
        try:
            self.db.execute(
                "INSERT INTO trades(id, external_id, type, source, status, steam_id, game, created,"
                " next_at, doc, internal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc["id"], doc.get("externalId"), doc["type"], doc["source"], doc["status"],
                    doc["clientSteamID"], doc["game"], internal["created"], next_at,
                    json.dumps(doc), json.dumps(internal),
                ),
            )  # fmt: skip
        except sqlite3.IntegrityError:
            raise ApiFailure("EXTERNAL_ID_EXISTS", "This externalId has been used before") from None

    def _save_trade(
        self, doc: dict[str, Any], internal: dict[str, Any], next_at: float | None
    ) -> None:
        self.db.execute(
            "UPDATE trades SET status = ?, next_at = ?, doc = ?, internal = ? WHERE id = ?",
            (doc["status"], next_at, json.dumps(doc), json.dumps(internal), doc["id"]),
        )

    def _load(self, row: sqlite3.Row) -> tuple[dict[str, Any], dict[str, Any]]:
        return json.loads(row["doc"]), json.loads(row["internal"])

    def _trade_row(self, ref: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM trades WHERE id = ? OR external_id = ? ORDER BY id = ? DESC LIMIT 1",
            (ref, ref, ref),
        ).fetchone()
        return row

    def _external_id_used(self, external_id: str | None) -> None:
        if external_id is None:
            return
        row = self.db.execute("SELECT 1 FROM trades WHERE external_id = ?", (external_id,))
        if row.fetchone() is not None:
            raise ApiFailure("EXTERNAL_ID_EXISTS", "This externalId has been used before")

    def _notify(self, doc: Mapping[str, Any]) -> None:
        self._enqueue(str(doc["id"]), "event", {"trade": doc})

    def _bot(self, trade_id: str) -> dict[str, Any]:
        n = int(trade_id.replace("-", "")[:8], 16)
        name = _BOTS[n % len(_BOTS)]
        return {
            "name": name,
            "avatar": f"https://avatars.steamstatic.com/{trade_id.replace('-', '')[:40]}_full.jpg",
            "steamId": str(76561198800000000 + n % 100000),
        }

    # -- auth ----------------------------------------------------------------------------------

    def authenticate_client(self, body: Mapping[str, Any]) -> dict[str, Any]:
        identity = ClientIdentity(
            body["clientSteamId"], body["clientTradeUrl"], body.get("clientId"),
            body.get("clientData"),
        )  # fmt: skip
        token = mint(self.config.merchant_id, self.config.api_secret, identity)
        return {"token": token}

    def check_trade_url(self, body: Mapping[str, Any]) -> dict[str, Any]:
        url = str(body["tradeurl"])
        steam_id = steam_id_of_trade_url(url)
        partner = int(steam_id) - 76561197960265728
        state = partner if 2 <= partner <= 10 else 1
        messages = {
            1: "Trade URL is valid", 2: "User is banned from CS2 trading",
            3: "User is banned from Rust trading", 4: "User is trade banned",
            5: "Inventory is private", 6: "Trade URL is invalid", 7: "User not found",
            8: "Unknown error", 9: "User cannot trade", 10: "Steam is unavailable",
        }  # fmt: skip
        out: dict[str, Any] = {"state": state, "message": messages[state]}
        if state not in (6, 7, 10):
            out["steamid"] = steam_id
        if state <= 4:
            out["canTrade"] = state != 4
            if state == 4:
                out["reason"] = {"escrowDays": 0, "probation": False}
            out["bans"] = {
                "vacBanned": state == 2,
                "gameBans": 1 if state == 3 else 0,
                "economyBan": "banned" if state == 4 else "none",
            }
        return out

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

    # -- deposits ------------------------------------------------------------------------------

    def deposit_guard(self, steam_id: str) -> None:
        """Per-client guard: 5 deposits not yet accepted, 10 per rolling 5 minutes (real time)."""
        active = self.db.execute(
            "SELECT COUNT(*) FROM trades WHERE type = 'deposit' AND steam_id = ? AND status IN"
            " ('initiated', 'pending', 'active')",
            (steam_id,),
        ).fetchone()[0]
        if active >= 5:
            raise ApiFailure(
                "TOO_MANY_ACTIVE_TRADES", "This user already has 5 deposits waiting",
                headers={"Retry-After": "5"},
            )  # fmt: skip
        now = time.time()
        window = self._deposit_times.setdefault(steam_id, deque())
        while window and window[0] <= now - 300:
            window.popleft()
        if len(window) >= 10:
            wait = max(1, math.ceil(window[0] + 300 - now))
            raise ApiFailure(
                "RATE_LIMITED", "At most 10 deposits per user in 5 minutes",
                headers={"Retry-After": str(wait)},
            )  # fmt: skip

    def create_deposit(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source = "client" if identity is not None else "self"
        steam_id = identity.steam_id if identity is not None else steam_id_of_trade_url(trade_url)
        game = str(body.get("game") or "730")
        with self.tx():
            self._external_id_used(body.get("externalId"))
            self.deposit_guard(steam_id)
            inventory = {r.id: r for r in self._inventory_rows(steam_id)}
            items, total, changed = [], 0, []
            seen: set[str] = set()
            for i, it in enumerate(body["items"]):
                row = inventory.get(it["itemId"])
                if row is None or it["itemId"] in seen or str(row.item.game) != game:
                    raise ApiFailure(
                        "ITEMS_UNAVAILABLE", f"items.{i}: not in the inventory or already offered",
                        details={"items": [{"itemId": it["itemId"]}]},
                    )  # fmt: skip
                seen.add(row.id)
                if not row.accepted:
                    raise ApiFailure("ITEMS_NOT_ACCEPTED", f"items.{i}: not accepted for deposit")
                amount = int(it.get("amount") or 1)
                if amount > row.amount:
                    raise ApiFailure("EXCEEDS_MAX_AMOUNT", f"items.{i}: at most {row.amount}")
                if cents(it["price"]) != row.offer_cents:
                    changed.append({"itemId": row.id, "price": usd(row.offer_cents)})
                doc = inventory_json(row)
                doc["amount"] = amount
                items.append(doc)
                total += row.offer_cents * amount
            if changed:
                raise ApiFailure(
                    "PRICE_CHANGED", "The offer price changed; fetch the inventory again",
                    details={"items": changed},
                )  # fmt: skip
            if not items:
                raise ApiFailure("MISSING_ITEMS")
            now = self.clock.now()
            trade_id = str(uuid.uuid4())
            is_instant = bool(body.get("isInstant"))
            collateral: dict[str, float]
            if source == "self" or game == str(RUST):
                pre, collateral = total, {"merchant": 0, "provider": 0}
            elif is_instant:
                available = self.collateral(identity)
                pre = min(total, available)
                merchant_part = min(pre, cents(self.config.merchant_collateral))
                collateral = {"merchant": usd(merchant_part), "provider": usd(pre - merchant_part)}
            else:
                pre, collateral = 0, {"merchant": 0, "provider": 0}
            doc = self._trade_doc(
                trade_id, "deposit", source, game, steam_id, trade_url, identity, body, items,
                total, now,
            )  # fmt: skip
            doc["preCredit"] = usd(pre)
            doc["pendingCredit"] = usd(total - pre)
            doc["isInstant"] = is_instant or source == "self" or game == str(RUST)
            doc["collateral"] = collateral
            internal = {
                "created": now, "pre": pre, "total": total, "refs": list(seen),
                "due": now + self.config.timings.deposit_offer,
            }  # fmt: skip
            self._insert_trade(doc, internal, now + self.config.timings.deposit_offer)
            for ref in seen:
                self.db.execute(
                    "INSERT OR REPLACE INTO reservations VALUES (?, ?)", (ref, trade_id)
                )
            self._deposit_times.setdefault(steam_id, deque()).append(time.time())
            if no_bots:
                self._fail_no_bots(doc, internal)
            else:
                self._notify(doc)
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    def _trade_doc(
        self,
        trade_id: str,
        type_: str,
        source: str,
        game: str,
        steam_id: str,
        trade_url: str,
        identity: ClientIdentity | None,
        body: Mapping[str, Any],
        items: list[dict[str, Any]],
        total: int,
        now: float,
    ) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": trade_id,
            "type": type_,
            "source": source,
            "status": "initiated",
            "game": game,
        }
        if body.get("externalId") is not None:
            doc["externalId"] = body["externalId"]
        doc["merchantId"] = self.config.merchant_id
        if identity is not None:
            doc["clientUserId"] = str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"{self.config.merchant_id}/{steam_id}")
            )
            if identity.client_id is not None:
                doc["externalClientUserId"] = identity.client_id
        doc["clientSteamID"] = steam_id
        doc["clientTradeUrl"] = trade_url
        doc["items"] = items
        doc["totalPrice"] = usd(total)
        doc["createdAt"] = doc["updatedAt"] = iso(now)
        return doc

    def _fail_no_bots(self, doc: dict[str, Any], internal: dict[str, Any]) -> None:
        """The trade record exists (its externalId is used up) but no bot can take it."""
        doc["status"] = "failed"
        doc["error"] = "SERVICE_UNAVAILABLE"
        for item in doc["items"]:
            if "status" in item:
                item["status"] = "failed"
        self.db.execute("DELETE FROM reservations WHERE trade_id = ?", (doc["id"],))
        self._save_trade(doc, internal, None)
        self._notify(doc)

    # -- withdrawals ---------------------------------------------------------------------------

    def _require_callback(self) -> None:
        if self.config.approval == "callback" and not self.config.callback_url:
            raise ApiFailure("MERCHANT_NO_CALLBACK_URL", "Withdrawals need an active callback URL")

    def _check_balance(self, total: int) -> None:
        balance, _, _ = self._wallet()
        if total > balance:
            raise ApiFailure(
                "MERCHANT_BALANCE_LOW", "The merchant balance cannot pay for this withdrawal",
                details={"required": usd(total), "available": usd(balance)},
            )  # fmt: skip

    def create_withdraw(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source = "client" if identity is not None else "self"
        steam_id = identity.steam_id if identity is not None else steam_id_of_trade_url(trade_url)
        game = str(body.get("game") or "730")
        with self.tx():
            self._require_callback()
            self._external_id_used(body.get("externalId"))
            available = {lst.id: lst for lst in self._available_listings()}
            items, total, changed = [], 0, []
            refs: list[str] = []
            slippage = int(body.get("slippageBps") or 0)
            for i, it in enumerate(body["items"]):
                lid = it["itemId"]
                listing = self.catalogue.listings.get(lid)
                if listing is None or str(listing.item.game) != game:
                    if not _looks_like_listing(lid):
                        raise ApiFailure("INVALID_LISTING_ID", f"items.{i}.itemId: malformed")
                    raise ApiFailure("LISTING_NOT_FOUND", f"items.{i}: no such listing")
                if lid not in available or lid in refs:
                    raise ApiFailure(
                        "ITEMS_UNAVAILABLE", f"items.{i}: the listing is no longer available",
                        details={"items": [{"itemId": lid}]},
                    )  # fmt: skip
                current = self._listing_price(listing)
                quoted = cents(it["price"])
                if current > quoted:
                    ceiling = (
                        cents(it["maxPrice"])
                        if it.get("maxPrice") is not None
                        # integer cents: float maths put $1.00 + 15% at 114.999... -> 114
                        else quoted * (10_000 + slippage) // 10_000
                    )
                    if current > ceiling:
                        changed.append({"itemId": lid, "price": usd(current)})
                refs.append(lid)
                doc = {
                    "id": lid, "appid": listing.item.game, "tradable": True, "amount": 1,
                    "status": "initiated", "offer": {"price": usd(current)},
                }  # fmt: skip
                if it.get("externalId") is not None:
                    doc["externalId"] = it["externalId"]
                items.append(doc)
                total += current
            if changed:
                raise ApiFailure(
                    "PRICE_CHANGED", "A listing price rose above what you allowed",
                    details={"items": changed},
                )  # fmt: skip
            self._check_balance(total)
            doc = self._start_withdrawal(
                body, source, game, steam_id, trade_url, identity, items, total, refs, no_bots
            )
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    def _start_withdrawal(
        self,
        body: Mapping[str, Any],
        source: str,
        game: str,
        steam_id: str,
        trade_url: str,
        identity: ClientIdentity | None,
        items: list[dict[str, Any]],
        total: int,
        refs: list[str],
        no_bots: bool,
        quick: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        now = self.clock.now()
        trade_id = str(uuid.uuid4())
        doc = self._trade_doc(
            trade_id, "withdraw", source, game, steam_id, trade_url, identity, body, items, total,
            now,
        )  # fmt: skip
        auto_cancel = int(body.get("autoCancel") or 30)
        if game == str(CS2) and auto_cancel != 720:
            doc["autoCancelAt"] = iso(now + auto_cancel * 60)
        internal: dict[str, Any] = {
            "created": now, "total": total, "refs": refs, "approval": "waiting",
            "autoCancel": None if "autoCancelAt" not in doc else now + auto_cancel * 60,
        }  # fmt: skip
        if quick is not None:
            internal["quick"] = dict(quick)
        self._insert_trade(doc, internal, None)
        if not self.config.restock:
            for ref in refs:
                self.db.execute(
                    "INSERT OR REPLACE INTO reservations VALUES (?, ?)", (ref, trade_id)
                )
        if no_bots:
            self._fail_no_bots(doc, internal)
        else:
            self._move(balance=-total, pending=total)  # locked until the approval decides
            self._enqueue(trade_id, "approval", {"trade": doc})
        return doc

    def create_quick(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source = "client" if identity is not None else "self"
        steam_id = identity.steam_id if identity is not None else steam_id_of_trade_url(trade_url)
        with self.tx():
            self._require_callback()
            self._external_id_used(body.get("externalId"))
            item = None
            if body.get("itemId") is not None:
                item = self.catalogue.by_catalog_id.get(body["itemId"])
            else:
                item = self.catalogue.by_name.get(body.get("marketHashName") or "")
            if item is None:
                raise ApiFailure("NOT_FOUND", "No catalogue item matches")
            if item.game != CS2:
                raise ApiFailure("QUICK_BUY_UNSUPPORTED_GAME", "Quick buy is CS2-only")
            amount = int(body["amount"])
            worst = cents(body["maxPrice"]) * amount
            self._check_balance(worst)
            quick = {
                "catalogId": item.catalog_id, "maxPrice": cents(body["maxPrice"]),
                "amount": amount, "delivery": body.get("delivery") or "standard",
                "externalIds": body.get("externalIds") or [],
            }  # fmt: skip
            doc = self._start_withdrawal(
                body, source, "730", steam_id, trade_url, identity, [], worst, [], no_bots, quick
            )
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    # -- approvals -----------------------------------------------------------------------------

    def approval_outcome(self, subject: str, approved: bool, error: str | None = None) -> None:
        """Apply the merchant's verdict on a trade or a crypto withdrawal awaiting approval."""
        with self.tx():
            if subject.startswith("cw:"):
                self._crypto_verdict(subject[3:], approved)
                return
            row = self._trade_row(subject)
            if row is None:
                return
            doc, internal = self._load(row)
            if doc["status"] != "initiated" or internal.get("approval") != "waiting":
                return
            now = self.clock.now()
            total = int(internal["total"])
            if not approved:
                internal["approval"] = "rejected"
                self._move(balance=total, pending=-total)
                self._finish(doc, internal, "failed", now, error=error or "MERCHANT_REJECTED")
                return
            internal["approval"] = "approved"
            self._move(pending=-total)  # debited: the purchase is paid
            quick = internal.get("quick")
            if quick is not None:
                self._fill_quick(doc, internal, quick, now)
                if doc["status"] == "failed":
                    return
            self._set_status(doc, "pending", now)
            for item in doc["items"]:
                listing = self.catalogue.listings.get(item["id"])
                if listing is not None:
                    resolved = item_json(listing.item)
                    for key in ("name", "marketHashName", "type", "iconUrl"):
                        item[key] = resolved[key]
            if internal.get("autoCancel") is not None:
                # the approval wait is real time (x speed): it does not eat into autoCancel
                waited = max(0.0, now - float(internal["created"]))
                internal["autoCancel"] = float(internal["autoCancel"]) + waited
                doc["autoCancelAt"] = iso(float(internal["autoCancel"]))
            internal["supplierAt"] = now + self.config.timings.supplier
            next_at = internal["supplierAt"]
            if internal.get("autoCancel") is not None:
                next_at = min(next_at, float(internal["autoCancel"]))
            self._schedule(doc, internal, next_at)
            self._notify(doc)

    def _fill_quick(
        self, doc: dict[str, Any], internal: dict[str, Any], quick: Mapping[str, Any], now: float
    ) -> None:
        item = self.catalogue.by_catalog_id[quick["catalogId"]]
        candidates = sorted(
            (
                lst for lst in self._available_listings()
                if lst.item is item and self._listing_price(lst) <= quick["maxPrice"]
                and (quick["delivery"] != "instant" or lst.delivery == "instant")
            ),
            key=self._listing_price,
        )[: quick["amount"]]  # fmt: skip
        spent = 0
        for n, lst in enumerate(candidates):
            price = self._listing_price(lst)
            entry: dict[str, Any] = {
                "id": lst.id, "appid": CS2, "tradable": True, "amount": 1, "status": "pending",
                "offer": {"price": usd(price), "delivery": lst.delivery},
            }  # fmt: skip
            if n < len(quick["externalIds"]):
                entry["externalId"] = quick["externalIds"][n]
            doc["items"].append(entry)
            internal["refs"].append(lst.id)
            if not self.config.restock:
                self.db.execute(
                    "INSERT OR REPLACE INTO reservations VALUES (?, ?)", (lst.id, doc["id"])
                )
            spent += price
        refund = int(internal["total"]) - spent
        self._move(balance=refund)
        internal["total"] = spent
        doc["totalPrice"] = usd(spent)
        if not candidates:
            self._finish(doc, internal, "failed", now, error="NO_LISTING_AT_PRICE", refund=0)

    # -- lifecycle -------------------------------------------------------------------------------

    def _set_status(self, doc: dict[str, Any], status: str, now: float) -> None:
        doc["status"] = status
        doc["updatedAt"] = iso(now)
        for item in doc["items"]:
            if "status" in item and item["status"] not in ITEM_TERMINAL:
                item["status"] = status

    def _finish(
        self,
        doc: dict[str, Any],
        internal: dict[str, Any],
        status: str,
        now: float,
        *,
        error: str | None = None,
        refund: int | None = None,
        reverted_by: str | None = None,
    ) -> None:
        self._set_status(doc, status, now)
        if error is not None:
            doc["error"] = error
        if reverted_by is not None:
            doc["revertedBy"] = reverted_by
        if refund:
            self._move(balance=refund)
        if status in ("failed", "declined", "reverted", "canceled"):
            self.db.execute("DELETE FROM reservations WHERE trade_id = ?", (doc["id"],))
        self._save_trade(doc, internal, None)
        self._notify(doc)

    def step(self, limit: int = 200) -> int:
        """Run every lifecycle step that is due on the sandbox clock; returns how many ran."""
        done = 0
        with self.lock:
            now = self.clock.now()
            self._set_meta("sim_now", repr(now))
            rows = self.db.execute(
                "SELECT * FROM trades WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at"
                " LIMIT ?",
                (now, limit),
            ).fetchall()
            crypto = self.db.execute(
                "SELECT * FROM crypto_withdrawals WHERE next_at IS NOT NULL AND next_at <= ?"
                " LIMIT ?",
                (now, limit),
            ).fetchall()
        for row in rows:
            with self.tx():
                fresh = self.db.execute(
                    "SELECT * FROM trades WHERE id = ?", (row["id"],)
                ).fetchone()
                if fresh is None or fresh["next_at"] is None:
                    continue
                doc, internal = self._load(fresh)
                self._advance(doc, internal, self.clock.now())
                done += 1
        for row in crypto:
            with self.tx():
                self._advance_crypto(str(row["id"]), self.clock.now())
                done += 1
        return done

    def _advance(self, doc: dict[str, Any], internal: dict[str, Any], now: float) -> None:
        t = self.config.timings
        status, rust = doc["status"], doc["game"] == str(RUST)
        if doc["type"] == "deposit":
            if status == "initiated":
                self._offer_sent(doc, now)
                self._schedule(doc, internal, now + t.offer_accept)
                self._notify(doc)
            elif status == "active":
                if self.rng.random() < self.config.decline_rate:
                    self._finish(doc, internal, "declined", now)
                elif rust:
                    self._move(balance=int(internal["total"]))
                    self._finish(doc, internal, "completed", now)
                else:
                    pre, total = int(internal["pre"]), int(internal["total"])
                    self._move(balance=pre, escrow=total - pre)
                    self._set_status(doc, "hold", now)
                    doc["holdEndDate"] = iso(now + t.hold)
                    self._schedule(doc, internal, now + t.hold)
                    self._notify(doc)
            elif status == "hold":
                pre, total = int(internal["pre"]), int(internal["total"])
                self._move(balance=total - pre, escrow=-(total - pre))
                self._finish(doc, internal, "completed", now)
            return
        # withdrawals
        cancels = [i for i in internal.get("cancels", []) if float(i[1]) <= now]
        if cancels:
            self._revert_items(doc, internal, {str(i[0]) for i in cancels}, now)
            return
        if status == "pending":
            auto = internal.get("autoCancel")
            supplier_at = float(internal.get("supplierAt", now))
            if auto is not None and float(auto) < supplier_at and now >= float(auto):
                # auto-cancel: the supplier has not delivered in time; unsent items revert
                ids = {i["id"] for i in doc["items"] if i.get("status") not in ITEM_TERMINAL}
                self._revert_items(doc, internal, ids, now)
                return
            self._offer_sent(doc, now)
            for item in doc["items"]:
                listing = self.catalogue.listings.get(item["id"])
                if listing is not None and item.get("status") not in ITEM_TERMINAL:
                    item["assetId"] = listing.asset_id
            self._schedule(doc, internal, now + t.offer_accept)
            self._notify(doc)
        elif status == "active":
            total = int(internal["total"]) - int(internal.get("refunded", 0))
            if self.rng.random() < self.config.decline_rate:
                penalty = min(round(total * DECLINE_PENALTY_RATE), DECLINE_PENALTY_CAP)
                self._finish(doc, internal, "declined", now, refund=total - penalty)
            elif rust:
                self._finish(doc, internal, "completed", now)
            else:
                self._set_status(doc, "hold", now)
                doc["holdEndDate"] = iso(now + t.hold)
                self._schedule(doc, internal, now + t.hold)
                self._notify(doc)
        elif status == "hold":
            self._finish(doc, internal, "completed", now)

    def _schedule(self, doc: dict[str, Any], internal: dict[str, Any], due: float) -> None:
        """Save the trade with its next status step at ``due`` (or an earlier item cancel)."""
        internal["due"] = due
        self._save_trade(doc, internal, self._next(internal, due))

    @staticmethod
    def _next(internal: Mapping[str, Any], due: float) -> float:
        pending = [float(c[1]) for c in internal.get("cancels", [])]
        return min([due, *pending])

    def _offer_sent(self, doc: dict[str, Any], now: float) -> None:
        self._set_status(doc, "active", now)
        doc["offerID"] = str(9_000_000_000 + int(doc["id"].replace("-", "")[:7], 16))
        doc["botInfo"] = self._bot(doc["id"])
        doc["activeAt"] = iso(now)

    def _revert_items(
        self, doc: dict[str, Any], internal: dict[str, Any], ids: set[str], now: float
    ) -> None:
        refund = 0
        for item in doc["items"]:
            if item["id"] in ids and item.get("status") not in ITEM_TERMINAL:
                item["status"] = "reverted"
                refund += cents(item["offer"]["price"])
                self.db.execute("DELETE FROM reservations WHERE ref = ?", (item["id"],))
        internal["cancels"] = [c for c in internal.get("cancels", []) if c[0] not in ids]
        internal["refunded"] = int(internal.get("refunded", 0)) + refund
        self._move(balance=refund)
        doc["updatedAt"] = iso(now)
        if all(i.get("status") in ITEM_TERMINAL for i in doc["items"]):
            self._finish(doc, internal, "reverted", now, reverted_by="supplier")
            return
        # some items still travel: the trade keeps its status and its next step
        self._schedule(doc, internal, float(internal.get("due", now)))
        self._notify(doc)

    # -- cancels -------------------------------------------------------------------------------

    def _own_withdrawal(
        self, ref: str, source: str, steam_id: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._trade_row(ref)
        if row is None:
            raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
        doc, internal = self._load(row)
        if doc["source"] != source or (steam_id is not None and doc["clientSteamID"] != steam_id):
            raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
        if doc["type"] != "withdraw":
            raise ApiFailure("TRADE_NOT_CANCELLABLE", "Only withdrawals can be cancelled")
        return doc, internal

    def _cancel_refusal(
        self,
        doc: Mapping[str, Any],
        internal: Mapping[str, Any],
        item: Mapping[str, Any],
        now: float,
    ) -> str | None:
        if doc["game"] != str(CS2):
            return "TRADE_CANCEL_UNSUPPORTED"
        if item.get("status") in ITEM_TERMINAL or doc["status"] not in ("pending",):
            return "TRADE_NOT_CANCELLABLE"
        if any(c[0] == item["id"] for c in internal.get("cancels", [])):
            return "TRADE_NOT_CANCELLABLE"
        if now - float(internal["created"]) < CANCEL_MIN_AGE:
            return "TRADE_CANCEL_TOO_SOON"
        return None

    def _accept_cancel(self, internal: dict[str, Any], item_id: str, now: float) -> None:
        internal.setdefault("cancels", []).append(
            [item_id, now + self.config.timings.cancel_settle]
        )

    def cancel_item(
        self, trade_ref: str, item_ref: str, source: str, steam_id: str | None
    ) -> dict[str, Any]:
        with self.tx():
            now = self.clock.now()
            doc, internal = self._own_withdrawal(trade_ref, source, steam_id)
            item = next(
                (i for i in doc["items"] if item_ref in (i["id"], i.get("externalId"))), None
            )
            if item is None:
                raise ApiFailure("ITEM_NOT_FOUND", "The trade has no such item", status=404)
            refusal = self._cancel_refusal(doc, internal, item, now)
            if refusal is not None:
                raise ApiFailure(refusal)
            self._accept_cancel(internal, item["id"], now)
            self._schedule(doc, internal, float(internal.get("due", now)))
            out = {"tradeId": doc["id"], "itemId": item["id"], "status": "cancelled"}
            if item.get("externalId") is not None:
                out["externalId"] = item["externalId"]
            return out

    def cancel_trade(self, trade_ref: str, source: str, steam_id: str | None) -> dict[str, Any]:
        with self.tx():
            now = self.clock.now()
            doc, internal = self._own_withdrawal(trade_ref, source, steam_id)
            results, requested, cancelled = [], 0, 0
            for item in doc["items"]:
                if item.get("status") in ITEM_TERMINAL:
                    continue
                requested += 1
                refusal = self._cancel_refusal(doc, internal, item, now)
                entry: dict[str, Any] = {"itemId": item["id"]}
                if item.get("externalId") is not None:
                    entry["externalId"] = item["externalId"]
                if refusal is None:
                    self._accept_cancel(internal, item["id"], now)
                    entry["status"] = "cancelled"
                    cancelled += 1
                else:
                    entry["status"] = "failed"
                    entry["reason"] = refusal
                results.append(entry)
            if cancelled:
                self._schedule(doc, internal, float(internal.get("due", now)))
            return {
                "tradeId": doc["id"], "requested": requested, "cancelled": cancelled,
                "failed": requested - cancelled, "items": results,
            }  # fmt: skip

    # -- trade lookups ---------------------------------------------------------------------------

    def list_trades(self, p: Any, *, source: str, steam_id: str | None) -> dict[str, Any]:
        with self.lock:
            sql = "SELECT seq, doc FROM trades WHERE source = ?"
            args: list[Any] = [source]
            if steam_id is not None:
                sql += " AND steam_id = ?"
                args.append(steam_id)
            if p.type is not None:
                sql += " AND type = ?"
                args.append(_enum(p.type))
            if p.game is not None:
                sql += " AND game = ?"
                args.append(_enum(p.game))
            if p.cursor is not None:
                sql += " AND seq < ?"
                args.append(self._cursor_seq(p.cursor))
            limit = p.limit or 20
            sql += " ORDER BY seq DESC LIMIT ?"
            args.append(limit + 1)
            rows = self.db.execute(sql, args).fetchall()
            items = [json.loads(r["doc"]) for r in rows[:limit]]
            cursor = None
            if len(rows) > limit:
                last = items[-1]
                raw = json.dumps({"createdAt": last["createdAt"], "id": last["id"]}).encode()
                cursor = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
            return {"items": items, "nextCursor": cursor}

    def _cursor_seq(self, cursor: str) -> int:
        try:
            raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            row = self.db.execute("SELECT seq FROM trades WHERE id = ?", (raw["id"],)).fetchone()
            if row is None:
                raise KeyError("id")
            return int(row[0])
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError, RecursionError):
            raise ApiFailure(
                "VALIDATION_FAILED", "cursor: not a cursor of this list",
                fields={"cursor": "not a cursor of this list"},
            ) from None  # fmt: skip

    def lookup(self, refs: str) -> dict[str, Any] | list[dict[str, Any]]:
        with self.lock:
            parts = refs.split(",")
            found = []
            for ref in parts:
                row = self._trade_row(ref)
                if row is not None:
                    found.append(json.loads(row["doc"]))
            if len(parts) == 1:
                if not found:
                    raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
                result: dict[str, Any] = found[0]
                return result
            return found

    # -- crypto ----------------------------------------------------------------------------------

    def _require_verified(self) -> None:
        if not self.config.verified:
            raise ApiFailure("ONCHAIN_MERCHANT_NOT_VERIFIED", "Crypto is for verified merchants")

    def deposit_address(self, steam_id: str, chain: str, token: str | None) -> dict[str, Any]:
        self._require_verified()
        token = token or "USDC"
        with self.tx():
            key = token if chain == "SOL" else "*"
            self.db.execute(
                "INSERT INTO addresses VALUES (?, ?, ?, 1) ON CONFLICT(steam_id, chain, token)"
                " DO UPDATE SET calls = calls + 1",
                (steam_id, chain, key),
            )
            calls = self.db.execute(
                "SELECT calls FROM addresses WHERE steam_id = ? AND chain = ? AND token = ?",
                (steam_id, chain, key),
            ).fetchone()[0]
        seed = uuid.uuid5(uuid.NAMESPACE_OID, f"{self.config.seed}/{steam_id}/{chain}").hex
        pending = chain == "SOL" and calls == 1
        if chain == "SOL":
            alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            digits = int(seed, 16)
            address = "".join(alphabet[(digits >> (5 * i)) % 58] for i in range(44))
            tokens = [] if pending else [token]
            explorer = f"https://solscan.io/account/{address}"
        else:
            address = "0x" + (seed + seed)[:40]
            tokens = ["USDT", "USDC"]
            explorer = ("https://etherscan.io/address/" if chain == "ETH" else
                        "https://bscscan.com/address/") + address  # fmt: skip
        return {
            "steamId": steam_id, "chain": chain, "network": NETWORKS[chain], "testnet": True,
            "status": "pending" if pending else "active",
            "address": None if pending else address,
            "tokenAccount": None if pending or chain != "SOL" else _token_account(address, token),
            "tokens": [
                {"token": tk, "contract": CONTRACTS[(chain, tk)][0],
                 "decimals": CONTRACTS[(chain, tk)][1]} for tk in tokens
            ],
            "minDepositCents": 500, "minConfirmations": 12 if chain == "ETH" else 15,
            "explorerUrl": None if pending else explorer,
        }  # fmt: skip

    def crypto_deposits(self, steam_id: str, limit: int | None, before: Any) -> dict[str, Any]:
        self._require_verified()
        rng = random.Random(f"crypto:{self.config.seed}:{steam_id}")  # noqa: S311
        rows = []
        for n in range(rng.randint(0, 3)):
            created = self.started - 86400 * (n + 1) - rng.randint(0, 3600)
            amount = rng.choice([2500, 5000, 10000, 25000])
            chain = rng.choice(["ETH", "BSC", "SOL"])
            rows.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "type": "crypto_deposit", "status": "completed", "steamId": steam_id,
                "chain": chain, "token": "USDC", "amount": f"{amount / 100:.2f}",
                "amountCents": amount, "cryptoAmount": f"{amount / 100:.6f}",
                "address": "0x" + uuid.uuid5(uuid.NAMESPACE_OID, steam_id).hex[:40].ljust(40, "0"),
                "txHash": "0x" + uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                "from": "0x" + uuid.UUID(int=rng.getrandbits(128)).hex[:40].ljust(40, "0"),
                "createdAt": iso(created), "updatedAt": iso(created + 600),
                "completedAt": iso(created + 600),
            })  # fmt: skip
        return self._before_page(rows, limit, before, "deposits")

    @staticmethod
    def _before_page(
        rows: list[dict[str, Any]], limit: int | None, before: Any, name: str
    ) -> dict[str, Any]:
        if before is not None:
            cut = before.timestamp()
            rows = [r for r in rows if parse_iso(r["createdAt"]) < cut]
        rows.sort(key=lambda r: r["createdAt"], reverse=True)
        size = limit or 20
        page = rows[:size]
        more = len(rows) > size
        return {name: page, "nextBefore": page[-1]["createdAt"] if more and page else None}

    def crypto_withdrawals(self, steam_id: str, limit: int | None, before: Any) -> dict[str, Any]:
        self._require_verified()
        with self.lock:
            rows = [
                json.loads(r[0])
                for r in self.db.execute(
                    "SELECT doc FROM crypto_withdrawals WHERE steam_id = ?", (steam_id,)
                )
            ]
        return self._before_page(rows, limit, before, "withdrawals")

    def crypto_withdraw(
        self, steam_id: str, body: Mapping[str, Any], *, client: bool
    ) -> dict[str, Any]:
        self._require_verified()
        with self.tx():
            row = self.db.execute(
                "SELECT doc FROM crypto_withdrawals WHERE steam_id = ? AND request_id = ?",
                (steam_id, body["requestId"]),
            ).fetchone()
            if row is not None:
                found: dict[str, Any] = json.loads(row[0])
                return found
            chain, amount = str(body["chain"]), int(body["amountCents"])
            fee = FEES[chain]
            if amount <= fee:
                raise ApiFailure(
                    "INVALID_AMOUNT", f"amountCents must exceed the {chain} network fee ({fee})"
                )
            balance, _, _ = self._wallet()
            if amount > balance:
                raise ApiFailure("INSUFFICIENT_BALANCE", "The merchant balance is too low")
            if client:
                self._require_callback()
            now = self.clock.now()
            wid = str(uuid.uuid4())
            status = "awaiting_approval" if client else (
                "in_review" if amount >= 1_000_000 else "approved")  # fmt: skip
            doc = {
                "id": wid, "type": "crypto_withdraw", "status": status, "steamId": steam_id,
                "chain": chain, "token": str(body["token"]), "amount": f"{amount / 100:.2f}",
                "amountCents": amount, "feeCents": fee, "receiveCents": amount - fee,
                "cryptoAmount": f"{(amount - fee) / 100:.6f}", "address": str(body["address"]),
                "txHash": None, "reason": None, "createdAt": iso(now), "updatedAt": iso(now),
                "completedAt": None,
            }  # fmt: skip
            self._move(balance=-amount, pending=amount)
            next_at = None if client else now + self.config.timings.crypto_step
            self.db.execute(
                "INSERT INTO crypto_withdrawals(id, steam_id, request_id, status, created, next_at,"
                " doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (wid, steam_id, body["requestId"], status, now, next_at, json.dumps(doc)),
            )
            self._ledger(
                "WITHDRAWAL", "PENDING", amount, now, crypto=f"{(amount - fee) / 100:.6f}",
                token=str(body["token"]), chain=chain, fee=fee, address=str(body["address"]),
                ref=wid,
            )  # fmt: skip
            if client:
                self._enqueue("cw:" + wid, "approval", {"withdrawal": doc})
            else:
                self._enqueue("cw:" + wid, "event", {"withdrawal": doc})
            return doc

    def _save_crypto(self, doc: dict[str, Any], next_at: float | None, now: float) -> None:
        doc["updatedAt"] = iso(now)
        self.db.execute(
            "UPDATE crypto_withdrawals SET status = ?, next_at = ?, doc = ? WHERE id = ?",
            (doc["status"], next_at, json.dumps(doc), doc["id"]),
        )
        self._enqueue("cw:" + doc["id"], "event", {"withdrawal": doc})

    def _crypto_verdict(self, wid: str, approved: bool) -> None:
        row = self.db.execute("SELECT doc FROM crypto_withdrawals WHERE id = ?", (wid,)).fetchone()
        if row is None:
            return
        doc = json.loads(row[0])
        if doc["status"] != "awaiting_approval":
            return
        now = self.clock.now()
        if approved:
            doc["status"] = "approved"
            self._save_crypto(doc, now + self.config.timings.crypto_step, now)
        else:
            doc["status"] = "rejected"
            doc["reason"] = "rejected by the merchant"
            self._move(balance=doc["amountCents"], pending=-doc["amountCents"])
            self._ledger_status(doc, "REJECTED", now)
            self._save_crypto(doc, None, now)

    def _ledger_status(self, doc: Mapping[str, Any], status: str, now: float) -> None:
        self._ledger(
            "WITHDRAWAL", status, int(doc["amountCents"]), parse_iso(doc["createdAt"]),
            crypto=doc["cryptoAmount"], token=doc["token"], chain=doc["chain"],
            fee=int(doc["feeCents"]), address=doc["address"], ref=doc["id"],
        )  # fmt: skip

    def _advance_crypto(self, wid: str, now: float) -> None:
        row = self.db.execute("SELECT doc FROM crypto_withdrawals WHERE id = ?", (wid,)).fetchone()
        if row is None:
            return
        doc = json.loads(row[0])
        step = self.config.timings.crypto_step
        if doc["status"] == "in_review":
            doc["status"] = "approved"
            self._save_crypto(doc, now + step, now)
        elif doc["status"] == "approved":
            doc["status"] = "sent"
            doc["txHash"] = "0x" + uuid.uuid5(uuid.NAMESPACE_OID, wid).hex * 2
            self._save_crypto(doc, now + step, now)
        elif doc["status"] == "sent":
            doc["status"] = "completed"
            doc["completedAt"] = iso(now)
            self._move(pending=-int(doc["amountCents"]))
            self._ledger_status(doc, "COMPLETED", now)
            self._save_crypto(doc, None, now)
        else:
            self.db.execute("UPDATE crypto_withdrawals SET next_at = NULL WHERE id = ?", (wid,))

    # -- wallet and ledger -----------------------------------------------------------------------

    def balance(self) -> dict[str, Any]:
        with self.lock:
            balance, pending, escrow = self._wallet()
        return {
            "balance": usd(balance), "pendingBalance": usd(pending),
            "escrowBalance": usd(escrow), "currency": "USD",
        }  # fmt: skip

    def set_balance(self, amount: float) -> dict[str, Any]:
        with self.tx():
            balance, _, _ = self._wallet()
            delta = cents(amount) - balance
            if delta:
                self._move(balance=delta)
                self._ledger(
                    "ADMIN_CREDIT" if delta > 0 else "ADMIN_DEBIT", "POSTED", abs(delta),
                    self.clock.now(),
                )  # fmt: skip
        return self.balance()

    def ledger(self, p: Any) -> dict[str, Any]:
        with self.lock:
            docs = [
                json.loads(r[0])
                for r in self.db.execute("SELECT doc FROM ledger ORDER BY seq DESC")
            ]
        out = []
        for doc in docs:
            if p.type is not None and doc["type"] != _enum(p.type):
                continue
            if p.status is not None and doc["status"] != _enum(p.status):
                continue
            created = parse_iso(doc["timestamps"]["created"])
            if p.start_date is not None and created < p.start_date.timestamp():
                continue
            if p.end_date is not None and created > p.end_date.timestamp():
                continue
            amount = dict(doc["amount"])
            amount.pop("exchangeRate", None)
            stamps = dict(doc["timestamps"])
            stamps.pop("expired", None)
            out.append({**doc, "amount": amount, "timestamps": stamps})
        limit, offset = p.limit or 50, p.offset or 0
        return {
            "items": out[offset : offset + limit],
            "pagination": {
                "page": offset // limit + 1, "limit": limit, "total": len(out),
                "totalPages": math.ceil(len(out) / limit),
            },
        }  # fmt: skip

    def ledger_entry(self, lid: str) -> dict[str, Any]:
        with self.lock:
            row = self.db.execute("SELECT doc FROM ledger WHERE id = ?", (lid,)).fetchone()
        if row is None:
            raise ApiFailure("NOT_FOUND", "No ledger transaction has this id")
        found: dict[str, Any] = json.loads(row[0])
        return found

    # -- verification ----------------------------------------------------------------------------

    def _verification(self, steam_id: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT doc FROM verification WHERE steam_id = ?", (steam_id,)
        ).fetchone()
        if row is None:
            return {"verificationLevel": 0, "email": None, "latestProcess": None,
                    "linkedIdentity": None}  # fmt: skip
        found: dict[str, Any] = json.loads(row[0])
        return found

    def _save_verification(self, steam_id: str, doc: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO verification VALUES (?, ?) ON CONFLICT(steam_id) DO UPDATE SET"
            " doc = excluded.doc",
            (steam_id, json.dumps(doc)),
        )

    def verification_start(self, steam_id: str, email: str | None) -> dict[str, Any]:
        with self.tx():
            doc = self._verification(steam_id)
            if doc["verificationLevel"] >= 1:
                raise ApiFailure("VERIFICATION_ALREADY_VERIFIED")
            now = self.clock.now()
            dossier = str(uuid.uuid4())
            capture = f"https://sandbox.assetpay.invalid/verify/{dossier}"
            doc["email"] = email if email is not None else doc["email"]
            doc["latestProcess"] = {
                "dossierId": dossier, "processId": None, "captureUrl": capture,
                "status": "CAPTURE_PENDING", "createdAt": iso(now), "completedAt": None,
            }  # fmt: skip
            self._save_verification(steam_id, doc)
            return {"captureUrl": capture, "dossierId": dossier}

    def verification_status(self, steam_id: str) -> dict[str, Any]:
        with self.lock:
            return self._verification(steam_id)

    def verification_link(self, steam_id: str) -> dict[str, Any]:
        with self.tx():
            doc = self._verification(steam_id)
            if doc["linkedIdentity"] is not None:
                raise ApiFailure("VERIFICATION_ALREADY_LINKED")
            email = doc.get("email")
            if not email:
                raise ApiFailure("VERIFICATION_EMAIL_REQUIRED")
            if not str(email).lower().endswith(VERIFIED_EMAIL_DOMAIN):
                raise ApiFailure("VERIFICATION_IDENTITY_NOT_FOUND")
            doc["verificationLevel"] = 1
            doc["linkedIdentity"] = {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, str(email).lower())),
                "firstName": "Sandbox", "lastName": "User", "documentCountry": "SWE",
                "linkedAt": iso(self.clock.now()),
            }  # fmt: skip
            self._save_verification(steam_id, doc)
            return {"linked": True}

    # -- outbox (used by callbacks) ----------------------------------------------------------------

    def due_deliveries(self, limit: int = 64) -> list[sqlite3.Row]:
        with self.lock:
            rows: list[sqlite3.Row] = self.db.execute(
                "SELECT * FROM outbox WHERE state = 'pending' AND next_try <= ? AND seq IN"
                " (SELECT MIN(seq) FROM outbox WHERE state IN ('pending', 'inflight')"
                " GROUP BY subject) ORDER BY seq LIMIT ?",
                (time.time(), limit),
            ).fetchall()
            for row in rows:
                self.db.execute("UPDATE outbox SET state = 'inflight' WHERE seq = ?", (row["seq"],))
            return rows

    def delivery_result(
        self, seq: int, *, state: str, attempts: int, next_try: float, result: str,
        delivery_id: str | None = None,
    ) -> None:  # fmt: skip
        with self.lock:
            self.db.execute(
                "UPDATE outbox SET state = ?, attempts = ?, next_try = ?, last_result = ?,"
                " delivery_id = COALESCE(?, delivery_id) WHERE seq = ?",
                (state, attempts, next_try, result, delivery_id, seq),
            )

    # -- admin -------------------------------------------------------------------------------------

    def state(self, *, with_trades: bool = False) -> dict[str, Any]:
        with self.lock:
            counts: dict[str, dict[str, int]] = {}
            for row in self.db.execute(
                "SELECT type, status, COUNT(*) FROM trades GROUP BY type, status"
            ):
                counts.setdefault(str(row[0]), {})[str(row[1])] = int(row[2])
            outbox: dict[str, int] = {}
            for row in self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
                outbox[str(row[0])] = int(row[1])
            out: dict[str, Any] = {
                "clock": {"now": iso(self.clock.now()), "speed": self.clock.speed},
                "merchantId": self.config.merchant_id,
                "wallet": self.balance(),
                "trades": counts,
                "deliveries": outbox,
                "cryptoWithdrawals": self.db.execute(
                    "SELECT COUNT(*) FROM crypto_withdrawals"
                ).fetchone()[0],
            }
            if with_trades:
                out["tradeList"] = [
                    {"id": r[0], "externalId": r[1], "type": r[2], "status": r[3]}
                    for r in self.db.execute(
                        "SELECT id, external_id, type, status FROM trades ORDER BY seq"
                    )
                ]
            return out

    def deliveries(self, subject: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            sql = "SELECT seq, delivery_id, subject, kind, attempts, state, last_result FROM outbox"
            args: tuple[Any, ...] = ()
            if subject is not None:
                sql += " WHERE subject = ?"
                args = (subject,)
            return [dict(r) for r in self.db.execute(sql + " ORDER BY seq", args)]


def _looks_like_listing(ref: str) -> bool:
    try:
        uuid.UUID(ref)
        return True
    except ValueError:
        parts = ref.split("-")
        return len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit()


def _token_account(address: str, token: str) -> str:
    """A Solana associated token account: one per (owner, token), so USDT and USDC differ."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    digits = int(uuid.uuid5(uuid.NAMESPACE_OID, f"{address}/{token}").hex, 16)
    return "".join(alphabet[(digits >> (5 * i)) % 58] for i in range(44))
