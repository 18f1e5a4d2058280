"""Real receiver processes (uvicorn, 2 workers) on SQLite and on a real PostgreSQL.

* A worker is killed with SIGKILL while on_approval holds the transaction with the debit
  written: nothing is committed, a duplicate sent meanwhile waits claim_wait and gets 503, the
  resend one second later runs at once and is approved, and the user is debited exactly once.
* 1,000 duplicate deliveries of 50 trades, split across two receivers on one PostgreSQL (and
  across the two workers of one receiver on SQLite): on_approval runs once per trade.

Each test prints its figures (pytest -s shows them).
"""

from __future__ import annotations

import os
import random
import signal
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from .postgres import Postgres
from .receivers import Merchant, Receiver, approval_delivery

CLAIM_WAIT = 2.0  # the receivers' claim_wait: how long a duplicate waits before 503
ATTEMPT_TIMEOUT = 10.0  # AssetPay gives up on an approval attempt after this
APPROVED = {"action": "approve"}


@pytest.fixture(params=["sqlite", "postgres"])
def merchant(request: pytest.FixtureRequest, tmp_path: Path) -> Merchant:
    return make_merchant(request.param, request, tmp_path)


def make_merchant(kind: str, request: pytest.FixtureRequest, home: Path) -> Merchant:
    home.mkdir(parents=True, exist_ok=True)
    if kind == "sqlite":
        return Merchant("sqlite", str(home / "shop.db"), home)  # the shop's tables in the same file
    server: Postgres = request.getfixturevalue("postgres")
    return Merchant("postgres", server.fresh_schema(), home)


def crash_and_resend(merchant: Merchant, *, late_resend: float | None = None) -> str:
    """Kill the worker holding an approval, resend at +1 s (and at ``late_resend`` s after the
    kill); check the answers and the debits; return a line of figures."""
    trade = f"crash-{uuid.uuid4().hex[:8]}"
    with Receiver(merchant, workers=2, ASSETPAY_TEST_CLAIM_WAIT=str(CLAIM_WAIT)) as receiver:
        merchant.hold(trade)
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(receiver.approval, trade)
            holder = merchant.holder(trade)
            assert merchant.debits_by_subject()[trade] == 0  # written through tx, not committed
            started = time.monotonic()
            duplicate = receiver.approval(trade)
            duplicate_wait = time.monotonic() - started
            assert duplicate.status_code == 503, duplicate.text  # neither approve nor reject
            assert CLAIM_WAIT - 0.5 <= duplicate_wait < ATTEMPT_TIMEOUT  # answered in time
            os.kill(holder, signal.SIGKILL)
            killed = time.monotonic()
            with pytest.raises(httpx.TransportError):
                first.result(30)
        time.sleep(max(0.0, killed + 1.0 - time.monotonic()))
        started = time.monotonic()
        retry = receiver.approval(trade)
        retry_took = time.monotonic() - started
        assert (retry.status_code, retry.json()) == (200, APPROVED)
        assert merchant.debits_by_subject()[trade] == 1
        assert merchant.calls_by_subject()[trade] == 2  # the killed attempt and the retry
        figures = (
            f"{merchant.kind}: duplicate during the hold 503 after {duplicate_wait:.2f}s; "
            f"resend at +{started - killed:.2f}s approved in {retry_took * 1000:.0f} ms"
        )
        if late_resend is not None:
            time.sleep(max(0.0, killed + late_resend - time.monotonic()))
            late = receiver.approval(trade)
            assert (late.status_code, late.json()) == (200, APPROVED)
            assert merchant.calls_by_subject()[trade] == 2  # the stored verdict, not a rerun
            figures += f"; resend at +{time.monotonic() - killed:.0f}s: the stored approval"
        assert merchant.debits_by_subject()[trade] == 1
    return figures + f"; on_approval calls 2, debits {merchant.debits_by_subject()[trade]}"


@pytest.mark.slow
def test_a_worker_killed_inside_on_approval_leaves_no_debit_and_the_resend_is_approved_at_once(
    merchant: Merchant,
) -> None:
    print("\ncrash:", crash_and_resend(merchant))


@pytest.mark.slow
def test_resends_past_the_old_sixty_second_claim_still_get_the_stored_verdict(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    merchants = [make_merchant(kind, request, tmp_path / kind) for kind in ("sqlite", "postgres")]
    with ThreadPoolExecutor(len(merchants)) as pool:  # both stores wait out the minute together
        lines = list(pool.map(lambda m: crash_and_resend(m, late_resend=65.0), merchants))
    print("\ncrash, resent after 65 s:", *lines, sep="\n  ")


TRADES = 50
COPIES = 20


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "receivers"),
    [("postgres", 2), ("sqlite", 1)],
    ids=["two receivers on one postgres", "one receiver on sqlite"],
)
def test_a_thousand_duplicate_deliveries_run_on_approval_once_per_trade(
    request: pytest.FixtureRequest, tmp_path: Path, kind: str, receivers: int
) -> None:
    merchant = make_merchant(kind, request, tmp_path)
    trades = [f"dup-{n:03d}-{uuid.uuid4().hex[:6]}" for n in range(TRADES)]
    deliveries = [trade for trade in trades for _ in range(COPIES)]
    random.Random(2026).shuffle(deliveries)  # noqa: S311 - an order, not a secret
    signed = [approval_delivery(trade) for trade in deliveries]
    with ExitStack() as stack:
        running = [
            stack.enter_context(Receiver(merchant, workers=2, ASSETPAY_TEST_DELAY="0.02"))
            for _ in range(receivers)
        ]

        def send(index: int) -> tuple[int, object]:
            response = running[index % receivers].post(*signed[index])
            return response.status_code, response.json()

        started = time.monotonic()
        with ThreadPoolExecutor(24) as pool:
            answers = list(pool.map(send, range(len(signed))))
        elapsed = time.monotonic() - started
    statuses = Counter(status for status, _ in answers)
    calls = merchant.calls_by_subject()
    debits = merchant.debits_by_subject()
    print(
        f"\nduplicates, {merchant.kind}, {receivers} receiver(s) x 2 workers: {len(signed)} "
        f"deliveries of {TRADES} trades in {elapsed:.1f}s ({len(signed) / elapsed:.0f}/s); "
        f"answers {dict(statuses)}; on_approval calls {sum(calls.values())} in "
        f"{len(merchant.calling_pids())} processes; debits {sum(debits.values())}"
    )
    assert statuses == {200: len(signed)}
    assert all(body == APPROVED for _, body in answers)
    assert calls == Counter(trades)
    assert debits == Counter(trades)
