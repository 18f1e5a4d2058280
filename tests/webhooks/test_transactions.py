"""Callbacks taking ``tx``: the merchant's debit and the verdict commit together, or neither does.

Every test runs against SQLite and a real PostgreSQL (tests/webhooks/postgres.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from assetpay.webhooks import (
    Answer,
    ApprovalRequest,
    MemoryDeliveryStore,
    Notification,
    PostgresDeliveryStore,
    SQLiteDeliveryStore,
    TradeEvent,
    WebhookConfigurationError,
    approve,
    asgi_app,
    handle,
    reject,
    signed_delivery,
    wsgi_app,
)

from .conftest import NOW, SECRET, webhook_example
from .postgres import Postgres

APPROVAL = webhook_example("withdrawApprovalRequested")
NOTIFICATION = webhook_example("tradeStatusChanged")
DEBITS = "CREATE TABLE debits (subject TEXT NOT NULL, cents INTEGER NOT NULL)"


class Shop:
    """A merchant database beside the store: a ``debits`` table, read over its own connection."""

    def __init__(self, store: SQLiteDeliveryStore | PostgresDeliveryStore, conninfo: str) -> None:
        self.store = store
        self.conninfo = conninfo
        self.calls: list[str] = []
        self.lock = threading.Lock()
        with self.connect() as db:
            db.execute(DEBITS)

    @property
    def postgres(self) -> bool:
        return isinstance(self.store, PostgresDeliveryStore)

    def connect(self) -> Any:
        if self.postgres:
            return psycopg.connect(self.conninfo)
        return sqlite3.connect(self.conninfo)

    def sql(self, query: str) -> str:
        return query.replace("?", "%s") if self.postgres else query

    def debit(self, tx: Any, subject: str, cents: int = 4500) -> None:
        with self.lock:
            self.calls.append(subject)
        tx.execute(self.sql("INSERT INTO debits (subject, cents) VALUES (?, ?)"), (subject, cents))

    def debits(self, subject: str | None = None) -> int:
        with self.connect() as db:
            if subject is None:
                row = db.execute("SELECT count(*) FROM debits").fetchone()
            else:
                query = self.sql("SELECT count(*) FROM debits WHERE subject = ?")
                row = db.execute(query, (subject,)).fetchone()
        return int(row[0])

    def call(
        self, payload: Any, on_approval: Any, delivery_id: str | None = None, **kw: Any
    ) -> Answer:
        body, headers = signed_delivery(payload, SECRET, delivery_id=delivery_id, timestamp=NOW)
        options: dict[str, Any] = {"on_event": lambda _: None, **kw}
        return handle(
            body, headers, SECRET, on_approval=on_approval, store=self.store, now=NOW, **options
        )


@pytest.fixture(params=["sqlite", "postgres"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Shop]:
    store: SQLiteDeliveryStore | PostgresDeliveryStore
    if request.param == "sqlite":
        store = SQLiteDeliveryStore(tmp_path / "shop.db")
        conninfo = store.path  # the shop's tables live in the store's file
    else:
        server: Postgres = request.getfixturevalue("postgres")
        conninfo = server.fresh_schema()
        store = PostgresDeliveryStore(conninfo)
    yield Shop(store, conninfo)
    store.close()


def trade_id() -> str:
    return str(APPROVAL["trade"]["id"])


def test_a_debit_written_through_tx_commits_with_the_approval_once(shop: Shop) -> None:
    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        shop.debit(tx, event.dedupe_key)
        return approve()

    assert shop.call(APPROVAL, on_approval, "dlv_1") == approve()
    assert shop.call(APPROVAL, on_approval, "dlv_2") == approve()
    assert shop.calls == [trade_id()]
    assert shop.debits(trade_id()) == 1


def test_a_rejection_commits_nothing_the_callback_did_not_write(shop: Shop) -> None:
    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        return reject("insufficient balance")

    assert shop.call(APPROVAL, on_approval).status == 402
    assert shop.store.verdict(store_key_of(APPROVAL)) == reject("insufficient balance")
    assert shop.debits() == 0


def store_key_of(payload: Any) -> str:
    return "approval:trade:" + str(payload["trade"]["id"])


@pytest.mark.parametrize("failure", ["raises", "bad answer"])
def test_a_failing_approval_rolls_back_its_debit_and_the_retry_runs_at_once(
    shop: Shop, failure: str
) -> None:
    def broken(event: ApprovalRequest, tx: Any) -> Any:
        shop.debit(tx, event.dedupe_key)
        if failure == "raises":
            raise RuntimeError("the ledger service timed out")
        return "approve"

    def working(event: ApprovalRequest, tx: Any) -> Answer:
        shop.debit(tx, event.dedupe_key)
        return approve()

    assert shop.call(APPROVAL, broken).status == 500
    assert shop.debits() == 0
    assert shop.store.verdict(store_key_of(APPROVAL)) is None
    assert shop.call(APPROVAL, working) == approve()
    assert shop.debits(trade_id()) == 1
    assert len(shop.calls) == 2


def test_a_concurrent_duplicate_waits_for_the_first_transaction_and_repeats_it(
    shop: Shop,
) -> None:
    inside = threading.Event()

    def slow(event: ApprovalRequest, tx: Any) -> Answer:
        shop.debit(tx, event.dedupe_key)
        inside.set()
        threading.Event().wait(0.4)
        return approve()

    with ThreadPoolExecutor(4) as pool:
        first = pool.submit(shop.call, APPROVAL, slow, "dlv_first")
        assert inside.wait(5)
        copies = [pool.submit(shop.call, APPROVAL, slow, f"dlv_copy_{n}") for n in range(3)]
        answers = [first.result(), *(copy.result() for copy in copies)]
    assert answers == [approve()] * 4
    assert shop.calls == [trade_id()]
    assert shop.debits() == 1


def test_on_event_with_tx_commits_its_write_with_the_acknowledgement(shop: Shop) -> None:
    refunds: list[str] = []

    def on_event(event: Notification, tx: Any) -> None:
        assert isinstance(event, TradeEvent)
        refunds.append(event.trade.id)
        shop.debit(tx, "refund:" + event.trade.id, -4500)

    for _ in range(2):  # a retry keeps the delivery id
        answer = shop.call(NOTIFICATION, lambda _: approve(), "dlv_notice", on_event=on_event)
        assert answer.status == 200
    assert len(refunds) == 1
    assert shop.debits() == 1


def test_a_callback_that_commits_tx_itself_gets_500_and_a_log(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    def committing(event: ApprovalRequest, tx: Any) -> Answer:
        tx.commit()
        return approve()

    with caplog.at_level(logging.ERROR, logger="assetpay.webhooks"):
        assert shop.call(APPROVAL, committing).status == 500
    assert "commit" in caplog.text
    assert shop.store.verdict(store_key_of(APPROVAL)) is None


def test_one_parameter_callbacks_get_no_tx(shop: Shop) -> None:
    seen: list[tuple[Any, ...]] = []

    def plain(*args: Any) -> Answer:
        seen.append(args)
        return approve()

    assert shop.call(APPROVAL, plain) == approve()
    assert len(seen) == 1
    assert len(seen[0]) == 1


def test_purge_forgets_only_verdicts_older_than_asked(shop: Shop) -> None:
    for n in range(3):
        with shop.store.begin(f"k{n}", wait=1) as claim:
            claim.decide(approve())
    aged = (
        "UPDATE assetpay_deliveries SET decided_at = now() - interval '2 days' WHERE key = 'k0'"
        if shop.postgres
        else "UPDATE assetpay_deliveries SET decided_at = decided_at - 172800 WHERE key = 'k0'"
    )
    with shop.connect() as db:
        db.execute(aged)
    assert shop.store.purge(older_than=timedelta(days=3)) == 0
    assert shop.store.purge(older_than=86_400) == 1
    assert shop.store.verdict("k0") is None
    assert shop.store.verdict("k1") == shop.store.verdict("k2") == approve()
    for too_soon in (0, 60, timedelta(minutes=59)):
        with pytest.raises(WebhookConfigurationError, match="last hour"):
            shop.store.purge(older_than=too_soon)
    with pytest.raises(WebhookConfigurationError):
        shop.store.purge(older_than="1 day")  # type: ignore[arg-type]


def test_tx_callbacks_need_a_store_with_a_connection() -> None:
    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        return approve()

    body, headers = signed_delivery(APPROVAL, SECRET, timestamp=NOW)
    for store in (None, MemoryDeliveryStore()):
        with pytest.raises(WebhookConfigurationError, match="SQLiteDeliveryStore"):
            handle(
                body, headers, SECRET, on_event=print, on_approval=on_approval, store=store,
                now=NOW,
            )  # fmt: skip
        for factory in (asgi_app, wsgi_app):
            with pytest.raises(WebhookConfigurationError, match="on_approval takes"):
                factory(SECRET, on_event=print, on_approval=on_approval, store=store)


@pytest.mark.parametrize(
    "path", ["missing-dir/deliveries.db", ".", "not-a-database.txt"], ids=["no dir", "dir", "junk"]
)
def test_an_unopenable_sqlite_path_fails_at_construction_naming_it(
    tmp_path: Path, path: str
) -> None:
    (tmp_path / "not-a-database.txt").write_bytes(b"these are not the pages of a database" * 200)
    target = tmp_path / path
    with pytest.raises(WebhookConfigurationError, match="cannot open the delivery store") as info:
        SQLiteDeliveryStore(target)
    assert str(target.resolve() if path == "." else target) in str(info.value)


def test_the_postgres_store_keeps_its_connection_string_to_itself(postgres: Postgres) -> None:
    conninfo = "postgresql://shop:hunter2-secret@127.0.0.1:1/shop?connect_timeout=1"
    store = PostgresDeliveryStore(conninfo)
    assert "hunter2" not in repr(store)
    with pytest.raises(WebhookConfigurationError) as info:
        PostgresDeliveryStore("host=x password=hunter2 = =")
    assert "hunter2" not in str(info.value)
    with pytest.raises(WebhookConfigurationError):
        PostgresDeliveryStore(42)  # type: ignore[arg-type]
    with pytest.raises(WebhookConfigurationError):
        PostgresDeliveryStore(postgres.conninfo, max_connections=0)


def test_an_unreachable_postgres_answers_5xx_and_approves_nothing() -> None:
    ran: list[ApprovalRequest] = []

    def on_approval(event: ApprovalRequest) -> Answer:
        ran.append(event)
        return approve()

    store = PostgresDeliveryStore("host=127.0.0.1 port=1 dbname=shop connect_timeout=1")
    body, headers = signed_delivery(APPROVAL, SECRET, timestamp=NOW)
    try:
        answer = handle(
            body, headers, SECRET, on_event=print, on_approval=on_approval, store=store, now=NOW,
            claim_wait=1,
        )  # fmt: skip
    finally:
        store.close()
    assert answer.status in (500, 503)  # AssetPay tries again; three failures reject
    assert ran == []


def test_the_postgres_table_is_created_on_first_use_and_create_schema_is_idempotent(
    postgres: Postgres,
) -> None:
    conninfo = postgres.fresh_schema()
    store = PostgresDeliveryStore(conninfo)
    try:
        assert store.verdict(store_key_of(APPROVAL)) is None  # first use creates the table
        store.create_schema()
        store.create_schema()
        with psycopg.connect(conninfo) as db:
            found = db.execute("SELECT to_regclass('assetpay_deliveries')::text").fetchone()
        assert found == ("assetpay_deliveries",)
    finally:
        store.close()


def test_postgres_bounds_the_claim_wait_and_the_idle_transaction_but_not_the_merchants_locks(
    postgres: Postgres,
) -> None:
    conninfo = postgres.fresh_schema()
    store = PostgresDeliveryStore(conninfo)
    seen: dict[str, str] = {}

    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        for name in ("lock_timeout", "idle_in_transaction_session_timeout"):
            row = tx.execute(f"SELECT current_setting('{name}')").fetchone()
            seen[name] = row[0]
        return approve()

    body, headers = signed_delivery(APPROVAL, SECRET, timestamp=NOW)
    try:
        answer = handle(
            body, headers, SECRET, on_event=print, on_approval=on_approval, store=store, now=NOW
        )
    finally:
        store.close()
    assert answer == approve()
    assert seen == {"lock_timeout": "0", "idle_in_transaction_session_timeout": "20s"}


def test_a_pool_of_your_own_is_used_whatever_its_row_factory_and_autocommit(
    postgres: Postgres,
) -> None:
    conninfo = postgres.fresh_schema()
    with psycopg.connect(conninfo, autocommit=True) as db:
        db.execute(DEBITS)
    pool: ConnectionPool[Any] = ConnectionPool(
        conninfo, min_size=1, max_size=2, open=True, name="shop",
        kwargs={"autocommit": True, "row_factory": dict_row},
    )  # fmt: skip
    store = PostgresDeliveryStore(pool)
    assert repr(store) == "PostgresDeliveryStore(pool='shop')"

    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        tx.execute("INSERT INTO debits (subject, cents) VALUES (%s, 4500)", (event.dedupe_key,))
        if event.dedupe_key == "boom":
            raise RuntimeError("after the debit")
        return approve()

    def send(trade: str) -> Answer:
        payload = {"trade": {**APPROVAL["trade"], "id": trade}}
        body, headers = signed_delivery(payload, SECRET, timestamp=NOW)
        return handle(
            body, headers, SECRET, on_event=print, on_approval=on_approval, store=store, now=NOW
        )

    try:
        assert send("fine") == approve()
        assert send("fine") == approve()
        assert send("boom").status == 500  # autocommit pool: the debit still rolls back
        with pool.connection() as db:
            rows = db.execute("SELECT subject FROM debits").fetchall()
        assert rows == [{"subject": "fine"}]
        store.close()  # the pool is the caller's: still open
        assert not pool.closed
    finally:
        pool.close()
