"""Where verdicts are remembered, so a repeated delivery gets the first answer again.

A store hands out one key at a time through ``begin(key, wait=...)``, a context manager around
one transaction:

* it takes ``key`` (for the SQL stores: a unique row inserted inside the transaction), waiting up
  to ``wait`` seconds while another transaction holds the same key, then raises
  DeliveryStoreBusy;
* it yields a Claim: ``claim.stored`` is the verdict an earlier delivery stored (nothing is left
  to decide), otherwise the caller decides with ``claim.decide(answer)`` and may write its own
  rows through ``claim.connection`` (the store's open DB-API connection, None in memory);
* when the block ends without an exception and an answer was decided, the answer and everything
  written through the connection commit together; otherwise all of it rolls back.

A process that dies inside the block leaves nothing behind: the database rolls the transaction
back and releases the key at once, so a retry runs cleanly without waiting out a lease.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ._answers import Answer
from ._errors import DeliveryStoreBusy, WebhookConfigurationError

MIN_PURGE_AGE = timedelta(hours=1)
"""purge() keeps every verdict younger than this: AssetPay may still be retrying its delivery."""


class Claim:
    """One key held by a store transaction (see the module docstring)."""

    __slots__ = ("_answer", "connection", "stored")

    def __init__(self, stored: Answer | None, connection: Any = None) -> None:
        self.stored = stored
        """The verdict stored by an earlier delivery of the same key, or None."""
        self.connection = connection
        """The store's open DB-API connection (None for MemoryDeliveryStore): write through it
        and your rows commit with the verdict. Do not commit or roll it back yourself."""
        self._answer: Answer | None = None

    @property
    def answer(self) -> Answer | None:
        """What ``decide`` was given, or None."""
        return self._answer

    def decide(self, answer: Answer) -> None:
        """Store ``answer`` for this key when the block ends (it must not have been decided)."""
        if self.stored is not None or self._answer is not None:
            raise WebhookConfigurationError("this key has been decided already")
        self._answer = answer

    def __repr__(self) -> str:
        return f"Claim(stored={self.stored!r}, decided={self._answer is not None})"


@runtime_checkable
class DeliveryStore(Protocol):
    """Storage for delivery verdicts. All methods must be safe to call from several threads."""

    transactional: bool
    """True when ``begin`` yields an open database connection (callbacks may take ``tx``)."""

    def seen(self, key: str) -> bool:
        """True once an answer for ``key`` is stored."""
        ...

    def verdict(self, key: str) -> Answer | None:
        """The stored answer for ``key``, or None."""
        ...

    def begin(self, key: str, *, wait: float) -> AbstractContextManager[Claim]:
        """Hold ``key`` for one transaction (module docstring); DeliveryStoreBusy after ``wait``."""
        ...


def _older_than(older_than: float | timedelta) -> timedelta:
    if isinstance(older_than, bool) or not isinstance(older_than, int | float | timedelta):
        raise WebhookConfigurationError("older_than must be seconds or a timedelta")
    age = older_than if isinstance(older_than, timedelta) else timedelta(seconds=older_than)
    if age < MIN_PURGE_AGE:
        raise WebhookConfigurationError(
            "purge(older_than=...) must keep at least the last hour of verdicts: AssetPay may "
            "still be retrying those deliveries, and a forgotten approval would run again"
        )
    return age


class MemoryDeliveryStore:
    """A thread-safe in-process store; forgets everything on restart.

    Keeps at most ``max_entries`` answers, dropping the oldest first. It has no database
    connection, so callbacks taking ``tx`` need SQLiteDeliveryStore or PostgresDeliveryStore.
    """

    transactional = False

    def __init__(self, *, max_entries: int = 100_000) -> None:
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise WebhookConfigurationError("max_entries must be a positive int")
        self._changed = threading.Condition()
        self._done: OrderedDict[str, Answer] = OrderedDict()
        self._held: set[str] = set()
        self._max = max_entries

    def seen(self, key: str) -> bool:
        with self._changed:
            return key in self._done

    def verdict(self, key: str) -> Answer | None:
        with self._changed:
            return self._done.get(key)

    @contextmanager
    def begin(self, key: str, *, wait: float) -> Iterator[Claim]:
        deadline = time.monotonic() + wait
        with self._changed:
            while key in self._held:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise DeliveryStoreBusy(key)
                self._changed.wait(left)
            stored = self._done.get(key)
            if stored is None:
                self._held.add(key)
        if stored is not None:
            yield Claim(stored)
            return
        claim = Claim(None)
        decided: Answer | None = None
        try:
            yield claim
            decided = claim.answer
        finally:
            with self._changed:
                self._held.discard(key)
                if decided is not None:
                    self._done[key] = decided
                    while len(self._done) > self._max:
                        self._done.popitem(last=False)
                self._changed.notify_all()


SQLITE_SCHEMA = """\
CREATE TABLE IF NOT EXISTS assetpay_deliveries (
    key        TEXT PRIMARY KEY,  -- approval:<kind>:<id> or delivery:<delivery id>
    status     INTEGER,           -- the answer; NULL only inside the deciding transaction
    body       TEXT,
    headers    TEXT,
    decided_at REAL               -- Unix time
);
CREATE INDEX IF NOT EXISTS assetpay_deliveries_decided_at ON assetpay_deliveries (decided_at);
"""


class SQLiteDeliveryStore:
    """A store in an SQLite file: survives restarts, shared by threads and processes of a machine.

    Each thread (and each process after a fork) opens its own connection. The file is in WAL mode
    and ``begin`` is a ``BEGIN IMMEDIATE`` transaction: SQLite lets one writer at a time, so
    deliveries are decided one after another across all processes, and a delivery waits up to
    ``wait`` seconds for the one before. Your own tables may live in the same file: write them
    through ``tx`` and they commit with the verdict. ``timeout`` bounds every other wait for
    the write lock (schema, purge).

    Raises WebhookConfigurationError, naming the path, when the file cannot be opened as an
    SQLite database.
    """

    transactional = True

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 10.0) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise WebhookConfigurationError("timeout must be a positive number of seconds")
        self._path = os.fspath(Path(path))
        self._timeout = float(timeout)
        self._local = threading.local()
        try:
            db = self._connection()
            db.executescript(SQLITE_SCHEMA)
        except sqlite3.Error as error:
            self.close()
            raise WebhookConfigurationError(
                f"cannot open the delivery store {self._path!r}: {error}"
            ) from None

    def __repr__(self) -> str:
        return f"SQLiteDeliveryStore({self._path!r})"

    @property
    def path(self) -> str:
        """The database file."""
        return self._path

    def _connection(self) -> sqlite3.Connection:
        pid = os.getpid()
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or getattr(self._local, "pid", None) != pid:
            db = sqlite3.connect(self._path, timeout=self._timeout, isolation_level=None)
            self._local.db, self._local.pid = db, pid
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        return db

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def seen(self, key: str) -> bool:
        return self.verdict(key) is not None

    def verdict(self, key: str) -> Answer | None:
        return _sqlite_verdict(self._connection(), key)

    @contextmanager
    def begin(self, key: str, *, wait: float) -> Iterator[Claim]:
        db = self._connection()
        db.execute(f"PRAGMA busy_timeout = {max(0, int(wait * 1000))}")
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise DeliveryStoreBusy(key) from None
            raise
        finally:
            db.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
        try:
            stored = _sqlite_verdict(db, key)
            if stored is None:
                db.execute("INSERT OR IGNORE INTO assetpay_deliveries (key) VALUES (?)", (key,))
            claim = Claim(stored, None if stored is not None else db)
            yield claim
            answer = claim.answer
            if answer is not None:
                if not db.in_transaction:
                    raise WebhookConfigurationError(
                        "the callback committed or rolled back tx; handle() commits it together "
                        "with the verdict"
                    )
                db.execute(
                    "UPDATE assetpay_deliveries SET status = ?, body = ?, headers = ?,"
                    " decided_at = ? WHERE key = ?",
                    (
                        answer.status,
                        json.dumps(dict(answer.body)),
                        json.dumps(dict(answer.headers)),
                        time.time(),
                        key,
                    ),
                )
                db.execute("COMMIT")
        finally:
            if db.in_transaction:
                db.execute("ROLLBACK")

    def purge(self, *, older_than: float | timedelta) -> int:
        """Forget verdicts decided more than ``older_than`` (seconds or a timedelta, at least an
        hour) ago; returns how many were deleted."""
        cutoff = time.time() - _older_than(older_than).total_seconds()
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            deleted = db.execute(
                "DELETE FROM assetpay_deliveries WHERE decided_at < ?", (cutoff,)
            ).rowcount
            db.execute("COMMIT")
        finally:
            if db.in_transaction:
                db.execute("ROLLBACK")
        return int(deleted)


def _sqlite_verdict(db: sqlite3.Connection, key: str) -> Answer | None:
    row = db.execute(
        "SELECT status, body, headers FROM assetpay_deliveries"
        " WHERE key = ? AND status IS NOT NULL",
        (key,),
    ).fetchone()
    if row is None:
        return None
    status, body, headers = row
    return Answer(int(status), json.loads(body), json.loads(headers))
