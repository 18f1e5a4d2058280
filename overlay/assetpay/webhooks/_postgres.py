"""PostgresDeliveryStore: one PostgreSQL shared by any number of receivers on any machines.

psycopg 3 and psycopg-pool (``pip install 'assetpay[postgres]'``) are imported when a store is
made, never by ``import assetpay.webhooks``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any, LiteralString

from ._answers import Answer
from ._errors import DeliveryStoreBusy, WebhookConfigurationError
from ._store import Claim, _older_than

if TYPE_CHECKING:
    from psycopg import Connection
    from psycopg_pool import ConnectionPool

POSTGRES_SCHEMA = """\
CREATE TABLE IF NOT EXISTS assetpay_deliveries (
    key        text PRIMARY KEY,  -- approval:<kind>:<id> or delivery:<delivery id>
    status     integer,           -- the answer; NULL only inside the deciding transaction
    body       jsonb,
    headers    jsonb,
    decided_at timestamptz
);
CREATE INDEX IF NOT EXISTS assetpay_deliveries_decided_at ON assetpay_deliveries (decided_at);
"""

# how long verdict(), purge() and the schema check wait for a pooled connection of our own pool:
# AssetPay gives an approval attempt 10 s
_CONNECT_WAIT = 5.0

# pg_advisory_xact_lock key: receivers starting together create the table one at a time
_SCHEMA_LOCK = 0x61737370  # "assp"

# Takes the key inside the caller's transaction. A row inserted by a transaction still running
# makes this wait (bounded by lock_timeout) for that transaction: committed, its verdict is read;
# rolled back (the process died), the key is ours. A committed row without a verdict can only be
# left by a callback that committed tx itself, and is taken over.
_CLAIM = """\
INSERT INTO assetpay_deliveries (key) VALUES (%s)
ON CONFLICT (key) DO UPDATE SET key = excluded.key WHERE assetpay_deliveries.status IS NULL
RETURNING key
"""

# lock_timeout bounds the claim only; the session's own value (a pool's configure may set one)
# is read first and restored after the claim. MATERIALIZED makes the read happen before the set.
# idle_in_transaction_session_timeout holds for the whole transaction: a receiver that vanishes
# without closing its connection (a machine lost, a network cut) leaves its transaction idle, and
# the server ends it after this long, which frees the key. AssetPay stops waiting for an approval
# attempt after 10 s and for a notification after 15 s, so nothing useful runs longer.
_IDLE_LIMIT = "20s"
_SET_TIMEOUTS = """\
WITH previous AS MATERIALIZED (SELECT current_setting('lock_timeout') AS value)
SELECT value, set_config('lock_timeout', %s, true),
       set_config('idle_in_transaction_session_timeout', %s, true)
FROM previous
"""


def _psycopg() -> tuple[Any, Any]:
    try:
        import psycopg
        import psycopg_pool
    except ImportError:
        raise WebhookConfigurationError(
            "PostgresDeliveryStore needs psycopg 3 and psycopg-pool: "
            "pip install 'assetpay[postgres]'"
        ) from None
    return psycopg, psycopg_pool


class PostgresDeliveryStore:
    """A store in PostgreSQL: every receiver, on every machine, pointed at one database.

    ``target`` is a libpq connection string or URI (the store opens its own pool of up to
    ``max_connections`` per process, on first use, again after a fork) or a
    ``psycopg_pool.ConnectionPool`` you own. The table ``assetpay_deliveries`` is created on
    first use if it is missing, or by ``create_schema()`` (e.g. from your migrations).

    ``begin`` runs one transaction on one pooled connection: a concurrent duplicate waits on the
    key's row until the first transaction ends, a crashed receiver's transaction is rolled back by
    the server. Callbacks taking ``tx`` get the psycopg ``Connection`` (``%s`` placeholders).

    Raises WebhookConfigurationError when psycopg is missing or ``target`` is neither a string
    nor a pool. Connection strings are never shown in ``repr`` or errors (they may hold a
    password).
    """

    transactional = True

    def __init__(self, target: str | ConnectionPool[Any], *, max_connections: int = 10) -> None:
        psycopg, psycopg_pool = _psycopg()
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise WebhookConfigurationError("max_connections must be a positive int")
        if max_connections < 1:
            raise WebhookConfigurationError("max_connections must be a positive int")
        self._psycopg = psycopg
        self._pool_class = psycopg_pool.ConnectionPool
        self._pool_timeout = psycopg_pool.PoolTimeout
        self._max = max_connections
        self._lock = threading.Lock()
        self._schema_ready = False
        self._own: tuple[int, ConnectionPool[Any]] | None = None
        if isinstance(target, psycopg_pool.ConnectionPool):
            self._conninfo: str | None = None
            self._given: ConnectionPool[Any] | None = target
        elif isinstance(target, str):
            try:
                psycopg.conninfo.conninfo_to_dict(target)
            except psycopg.ProgrammingError:
                raise WebhookConfigurationError(
                    "PostgresDeliveryStore: the connection string cannot be parsed"
                ) from None
            self._conninfo, self._given = target, None
        else:
            raise WebhookConfigurationError(
                "PostgresDeliveryStore needs a connection string or a psycopg_pool.ConnectionPool"
            )

    def __repr__(self) -> str:
        if self._given is not None:
            return f"PostgresDeliveryStore(pool={self._given.name!r})"
        return "PostgresDeliveryStore(<connection string>)"

    def _pool(self) -> ConnectionPool[Any]:
        if self._given is not None:
            return self._given
        pid = os.getpid()
        own = self._own
        if own is None or own[0] != pid:
            with self._lock:
                own = self._own
                if own is None or own[0] != pid:
                    pool = self._pool_class(
                        self._conninfo or "",
                        min_size=1,
                        max_size=self._max,
                        open=True,
                        timeout=_CONNECT_WAIT,
                        name=f"assetpay-deliveries-{pid}",
                    )
                    own = self._own = (pid, pool)
        return own[1]

    def close(self) -> None:
        """Close the pool this store opened (a pool you passed in stays yours to close)."""
        with self._lock:
            if self._own is not None and self._own[0] == os.getpid():
                self._own[1].close()
            self._own = None

    def create_schema(self) -> None:
        """Create ``assetpay_deliveries`` and its index if missing (the SQL in the README)."""
        with self._pool().connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            conn.execute(POSTGRES_SCHEMA)
        self._schema_ready = True

    def _ready(self, timeout: float | None = None) -> ConnectionPool[Any]:
        pool = self._pool()
        if not self._schema_ready:
            with pool.connection(timeout=timeout) as conn:
                found = _one(conn, "SELECT to_regclass('assetpay_deliveries')::text", ())
            if found is None or found[0] is None:
                self.create_schema()
            self._schema_ready = True
        return pool

    def seen(self, key: str) -> bool:
        return self.verdict(key) is not None

    def verdict(self, key: str) -> Answer | None:
        with self._ready().connection() as conn:
            return _verdict(conn, key)

    @contextmanager
    def begin(self, key: str, *, wait: float) -> Iterator[Claim]:
        deadline = time.monotonic() + max(0.0, wait)
        try:
            pool = self._ready(timeout=max(0.001, wait))
            conn = pool.getconn(timeout=max(0.001, deadline - time.monotonic()))
        except self._pool_timeout:
            raise DeliveryStoreBusy(key) from None
        try:
            with conn.transaction():
                left_ms = max(1, int((deadline - time.monotonic()) * 1000))
                row = _one(conn, _SET_TIMEOUTS, (f"{left_ms}ms", _IDLE_LIMIT))
                previous = row[0] if row is not None else "0"
                try:
                    took = _one(conn, _CLAIM, (key,)) is not None
                except self._psycopg.errors.LockNotAvailable:
                    raise DeliveryStoreBusy(key) from None
                conn.execute("SELECT set_config('lock_timeout', %s, true)", (previous,))
                claim = Claim(None if took else _verdict(conn, key), conn if took else None)
                yield claim
                answer = claim.answer
                if answer is None:
                    raise self._psycopg.Rollback()
                conn.execute(
                    "UPDATE assetpay_deliveries SET status = %s, body = %s, headers = %s,"
                    " decided_at = now() WHERE key = %s",
                    (
                        answer.status,
                        self._psycopg.types.json.Jsonb(dict(answer.body)),
                        self._psycopg.types.json.Jsonb(dict(answer.headers)),
                        key,
                    ),
                )
        finally:
            pool.putconn(conn)

    def purge(self, *, older_than: float | timedelta) -> int:
        """Forget verdicts decided more than ``older_than`` (seconds or a timedelta, at least an
        hour) ago; returns how many were deleted."""
        age = _older_than(older_than)
        with self._ready().connection() as conn:
            deleted = conn.execute(
                "DELETE FROM assetpay_deliveries WHERE decided_at < now() - %s", (age,)
            ).rowcount
        return int(deleted)


def _one(
    conn: Connection[Any], query: LiteralString, params: tuple[Any, ...]
) -> tuple[Any, ...] | None:
    """The first row of ``query`` as a tuple, whatever row factory the connection was given."""
    from psycopg.rows import tuple_row

    with conn.cursor(row_factory=tuple_row) as cursor:
        cursor.execute(query, params)
        return cursor.fetchone()


def _verdict(conn: Connection[Any], key: str) -> Answer | None:
    row = _one(
        conn,
        "SELECT status, body, headers FROM assetpay_deliveries"
        " WHERE key = %s AND status IS NOT NULL",
        (key,),
    )
    if row is None:
        return None
    status, body, headers = row
    return Answer(int(status), body, headers)
