"""Where verdicts are remembered, so a repeated delivery gets the first answer again.

A key moves through three states: absent -> claimed (someone is processing it) -> done (an
answer is stored and is final: the first answer wins, later remember() calls are ignored).
``claim`` is the atomic step that makes "two concurrent copies of one approval request never
both run on_approval" true: exactly one caller gets True. A claim that is never resolved
(the process died) lapses after ``claim_ttl`` seconds and may then be claimed again; keep
``claim_ttl`` longer than your slowest callback.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol, runtime_checkable

from ._answers import Answer
from ._errors import WebhookConfigurationError

DEFAULT_CLAIM_TTL = 60.0


@runtime_checkable
class DeliveryStore(Protocol):
    """Storage for delivery verdicts. All methods must be safe to call from several threads."""

    def seen(self, key: str) -> bool:
        """True once an answer for ``key`` is stored."""
        ...

    def verdict(self, key: str) -> Answer | None:
        """The stored answer for ``key``, or None."""
        ...

    def claim(self, key: str) -> bool:
        """Atomically take ``key`` for processing; False if it is claimed or done already."""
        ...

    def release(self, key: str) -> None:
        """Give up a claim without an answer (the callback failed); a retry may claim again."""
        ...

    def remember(self, key: str, answer: Answer) -> None:
        """Store the final answer for ``key`` (ending any claim); the first answer wins."""
        ...


class MemoryDeliveryStore:
    """A thread-safe in-process store; forgets everything on restart.

    Keeps at most ``max_entries`` answers, dropping the oldest first.
    """

    def __init__(self, *, max_entries: int = 100_000, claim_ttl: float = DEFAULT_CLAIM_TTL) -> None:
        if max_entries < 1 or claim_ttl <= 0:
            raise WebhookConfigurationError("max_entries and claim_ttl must be positive")
        self._lock = threading.Lock()
        self._done: OrderedDict[str, Answer] = OrderedDict()
        self._claims: dict[str, float] = {}
        self._max = max_entries
        self._ttl = claim_ttl

    def seen(self, key: str) -> bool:
        with self._lock:
            return key in self._done

    def verdict(self, key: str) -> Answer | None:
        with self._lock:
            return self._done.get(key)

    def claim(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            if key in self._done:
                return False
            since = self._claims.get(key)
            if since is not None and now - since < self._ttl:
                return False
            self._claims[key] = now
            return True

    def release(self, key: str) -> None:
        with self._lock:
            self._claims.pop(key, None)

    def remember(self, key: str, answer: Answer) -> None:
        with self._lock:
            self._claims.pop(key, None)
            if key in self._done:
                return
            self._done[key] = answer
            while len(self._done) > self._max:
                self._done.popitem(last=False)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS assetpay_deliveries (
    key        TEXT PRIMARY KEY,
    state      TEXT NOT NULL CHECK (state IN ('claimed', 'done')),
    claimed_at REAL NOT NULL,
    status     INTEGER,
    body       TEXT,
    headers    TEXT,
    decided_at REAL
)
"""


class SQLiteDeliveryStore:
    """A store in an SQLite file: survives restarts, shared by threads and processes.

    Each thread (and each process after a fork) opens its own connection; the database runs in
    WAL mode and every write is a ``BEGIN IMMEDIATE`` transaction, so a claim is atomic across
    processes. ``timeout`` is how long a writer waits for the lock before failing.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        claim_ttl: float = DEFAULT_CLAIM_TTL,
        timeout: float = 10.0,
    ) -> None:
        if claim_ttl <= 0 or timeout <= 0:
            raise WebhookConfigurationError("claim_ttl and timeout must be positive")
        self._path = os.fspath(Path(path))
        self._ttl = claim_ttl
        self._timeout = timeout
        self._local = threading.local()
        with self._transaction() as db:
            db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteDeliveryStore({self._path!r})"

    def _connection(self) -> sqlite3.Connection:
        pid = os.getpid()
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or getattr(self._local, "pid", None) != pid:
            db = sqlite3.connect(self._path, timeout=self._timeout, isolation_level=None)
            db.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            self._local.db, self._local.pid = db, pid
        return db

    def _transaction(self) -> _Transaction:
        return _Transaction(self._connection())

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def seen(self, key: str) -> bool:
        return self.verdict(key) is not None

    def verdict(self, key: str) -> Answer | None:
        row = (
            self._connection()
            .execute(
                "SELECT status, body, headers FROM assetpay_deliveries"
                " WHERE key = ? AND state = 'done'",
                (key,),
            )
            .fetchone()
        )
        if row is None:
            return None
        status, body, headers = row
        return Answer(int(status), json.loads(body), json.loads(headers))

    def claim(self, key: str) -> bool:
        now = time.time()
        with self._transaction() as db:
            changed = db.execute(
                "INSERT INTO assetpay_deliveries (key, state, claimed_at) VALUES (?, 'claimed', ?)"
                " ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at"
                " WHERE state = 'claimed' AND claimed_at <= ?",
                (key, now, now - self._ttl),
            ).rowcount
        return changed == 1

    def release(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(
                "DELETE FROM assetpay_deliveries WHERE key = ? AND state = 'claimed'", (key,)
            )

    def remember(self, key: str, answer: Answer) -> None:
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO assetpay_deliveries"
                " (key, state, claimed_at, status, body, headers, decided_at)"
                " VALUES (?, 'done', ?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET state = 'done', status = excluded.status,"
                " body = excluded.body, headers = excluded.headers,"
                " decided_at = excluded.decided_at WHERE state = 'claimed'",
                (
                    key,
                    now,
                    answer.status,
                    json.dumps(dict(answer.body)),
                    json.dumps(dict(answer.headers)),
                    now,
                ),
            )


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error) on one connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("ROLLBACK" if exc_type is not None else "COMMIT")
