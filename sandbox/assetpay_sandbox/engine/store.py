"""Storage and plumbing shared by every domain of the engine: SQLite, the wallet, the ledger,
the callback outbox and the realtime feed's listeners."""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..catalogue import (
    Catalogue,
)
from ..clock import SimClock
from ..config import SandboxConfig
from ..failures import ApiFailure

FeedListener = Callable[[str, dict[str, Any]], None]
# the ledger statuses a crypto funding passes through (asyncapi.yaml: FundingStatus)
FUNDING_STATUSES = frozenset(
    {"INITIATED", "PENDING", "PENDING_ADMIN", "APPROVED", "REJECTED", "COMPLETED", "FAILED",
     "CANCELLED", "REFUNDED", "EXPIRED"}
)  # fmt: skip
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


class Store:
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
        #: called with (event name, payload) after each commit that changed what the feed shows
        self.feed_listeners: list[FeedListener] = []
        self._feed_pending: list[tuple[str, dict[str, Any]]] = []
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
                self._feed_pending.clear()
                raise
            self.db.execute("COMMIT")
            # the realtime feed hears of a change only once it is committed, in commit order
            published, self._feed_pending = self._feed_pending, []
            for event, payload in published:
                for listener in self.feed_listeners:
                    listener(event, payload)

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
        if chain is not None and status in FUNDING_STATUSES:
            self._publish("deposit", {"funding": self._funding(doc, amount)})
        return lid

    def _funding(self, entry: Mapping[str, Any], amount: int) -> dict[str, Any]:
        """A crypto ledger row as the feed's ``Funding`` (asyncapi.yaml)."""
        stamps = entry["timestamps"]
        done = entry["status"] == "COMPLETED"
        return {
            "id": entry["id"], "merchantId": self.config.merchant_id, "status": entry["status"],
            "amounts": {"usd": f"{amount / 100:.2f}", "token": entry["amount"]["crypto"]},
            "asset": {
                "token": entry["amount"]["token"], "chain": entry["amount"]["chain"],
                "exchangeRateUsdPerToken": entry["amount"]["exchangeRate"],
            },
            "address": entry["address"], "txnHash": entry["txnHash"],
            "creditedUsd": f"{amount / 100:.2f}" if done and entry["type"] == "DEPOSIT" else "0.00",
            "overpaymentUsd": None, "createdAt": stamps["created"],
            "completedAt": stamps["completed"],
        }  # fmt: skip

    def _publish(self, event: str, payload: Mapping[str, Any]) -> None:
        """Queue a realtime event (``trade``, ``deposit``, ``market``) for after the commit."""
        self._feed_pending.append((event, json.loads(json.dumps(payload))))

    def _enqueue(self, subject: str, kind: str, body: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO outbox(delivery_id, subject, kind, body, next_try, state)"
            " VALUES (?, ?, ?, ?, ?, 'pending')",
            ("dlv_" + uuid.uuid4().hex[:24], subject, kind, json.dumps(body), time.time()),
        )

    def _require_callback(self) -> None:
        if self.config.approval == "callback" and not self.config.callback_url:
            raise ApiFailure("MERCHANT_NO_CALLBACK_URL", "Withdrawals need an active callback URL")

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
