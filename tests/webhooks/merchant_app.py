"""A merchant's callback receiver, run by uvicorn in processes of its own (see receivers.py).

``create_app()`` reads its settings from the environment:

    ASSETPAY_TEST_STORE       sqlite:<path> or postgres:<connection string>
    ASSETPAY_TEST_SECRET      the API secret deliveries are signed with
    ASSETPAY_TEST_CALLS       a file that gets one line "<pid> <trade id>" per on_approval call
    ASSETPAY_TEST_HOLD_DIR    a directory: when <dir>/<trade id>.hold exists, the first worker to
                              rename it to <trade id>.held-<pid> holds the transaction (after
                              writing the debit) until it is killed
    ASSETPAY_TEST_DELAY       seconds on_approval takes (default 0)
    ASSETPAY_TEST_CLAIM_WAIT  handle()'s claim_wait (default 5)

The merchant's table ``debits (subject, cents, pid)`` must exist; the debit is written through
``tx`` and commits with the verdict.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from assetpay.webhooks import (
    Answer,
    ApprovalRequest,
    DeliveryStore,
    Notification,
    PostgresDeliveryStore,
    SQLiteDeliveryStore,
    WithdrawApprovalRequest,
    approve,
    asgi_app,
)
from assetpay.webhooks._apps import ASGIApp


def _store(setting: str) -> tuple[DeliveryStore, str]:
    kind, _, target = setting.partition(":")
    if kind == "sqlite":
        return SQLiteDeliveryStore(target), "?"
    if kind == "postgres":
        return PostgresDeliveryStore(target), "%s"
    raise SystemExit(f"ASSETPAY_TEST_STORE: unknown store kind {kind!r}")


def _log_call(path: Path, subject: str) -> None:
    line = f"{os.getpid()} {subject}\n".encode()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)  # one small O_APPEND write: lines of several processes never mix
    finally:
        os.close(fd)


def create_app() -> ASGIApp:
    store, mark = _store(os.environ["ASSETPAY_TEST_STORE"])
    calls = Path(os.environ["ASSETPAY_TEST_CALLS"])
    hold_dir = Path(os.environ.get("ASSETPAY_TEST_HOLD_DIR", calls.parent))
    delay = float(os.environ.get("ASSETPAY_TEST_DELAY", "0"))
    insert = "INSERT INTO debits (subject, cents, pid) VALUES (?, ?, ?)".replace("?", mark)

    def on_approval(event: ApprovalRequest, tx: Any) -> Answer:
        subject = event.dedupe_key
        _log_call(calls, subject)
        cents = (
            round(event.trade.total_price * 100)
            if isinstance(event, WithdrawApprovalRequest)
            else event.withdrawal.amount_cents
        )
        tx.execute(insert, (subject, cents, os.getpid()))
        if delay:
            time.sleep(delay)
        try:
            os.rename(hold_dir / f"{subject}.hold", hold_dir / f"{subject}.held-{os.getpid()}")
        except FileNotFoundError:
            return approve()
        while True:  # the debit is written, the transaction open: wait to be killed
            time.sleep(1)

    def on_event(event: Notification) -> None:
        return None

    return asgi_app(
        os.environ["ASSETPAY_TEST_SECRET"],
        on_event=on_event,
        on_approval=on_approval,
        store=store,
        claim_wait=float(os.environ.get("ASSETPAY_TEST_CLAIM_WAIT", "5")),
    )
