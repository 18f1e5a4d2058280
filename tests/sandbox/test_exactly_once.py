"""Exactly once under faults: 1,000 withdrawals through the client with 20 % injected faults.

Faults on ``POST /client/trading/withdraw`` (seeded): commit-then-drop (the trade exists, the
connection closes before the answer), 503 FLEET_DEGRADED (refused before work; the client
retries it), 503 NO_BOTS_AVAILABLE (the trade record exists, failed: its externalId is used
up), 429 RATE_LIMITED. The client runs with ``reconcile=True``; whatever it raises, the
application retries with the same ``external_id``; ``EXTERNAL_ID_EXISTS`` means the trade exists
and is looked up. In the end every externalId has exactly one trade, the one the application
was given.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import assetpay
from assetpay import errors
from assetpay_sandbox import FaultRule

from .conftest import STEAM_ID, TRADE_URL, merchant_client, running

N = 1_000
FAULTS = (
    FaultRule("drop", 0.08, ("withdraw",)),
    FaultRule("fleet_degraded", 0.04, ("withdraw",), retry_after=0),
    FaultRule("no_bots", 0.04, ("withdraw",), retry_after=0),
    FaultRule("rate_limit", 0.04, ("withdraw",), retry_after=0),
)


@pytest.mark.slow
def test_one_thousand_withdrawals_exactly_once() -> None:
    started = time.monotonic()
    with running(
        approval="auto", rate_limits="off", restock=True, initial_balance=1_000_000.0,
        faults=FAULTS, fault_seed=2024, speed=60.0,
    ) as server, merchant_client(server, reconcile=True, max_retry_wait=1.0) as ap:  # fmt: skip
        listing = min(
            (x for x in server.sandbox.engine.catalogue.listings.values() if x.item.game == 730),
            key=lambda x: x.price_cents,
        )
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lock = threading.Lock()
        counts: Counter[str] = Counter()
        returned: dict[str, str] = {}

        def one(n: int) -> None:
            external_id = f"eo-{n:04d}"
            for _ in range(20):
                with lock:
                    counts["attempts"] += 1
                try:
                    trade = user.trades.withdraw(
                        items=[{"item_id": listing.id, "price": listing.price_cents / 100}],
                        external_id=external_id,
                    )  # fmt: skip
                except errors.ExternalIdExistsError:
                    trade = ap.trades.get(external_id)
                    with lock:
                        counts["found_by_application"] += 1
                except (errors.APIError, errors.APIConnectionError) as exc:
                    with lock:
                        counts[f"raised_{getattr(exc, 'key', type(exc).__name__)}"] += 1
                    continue
                info = assetpay.meta(trade)
                with lock:
                    if info is not None and info.settled_by:
                        counts[f"settled_{info.settled_by}"] += 1
                    returned[external_id] = trade.id
                return
            raise AssertionError(f"{external_id}: no trade after 20 attempts")

        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(one, range(N)))

        with httpx.Client(base_url=server.url) as http:
            listed = http.get("/_sandbox/state", params={"trades": "1"}).json()["tradeList"]
        injected = dict(server.sandbox.faults.counts)
        sent = server.sandbox.requests_by_operation["withdraw"]
    by_external = Counter(t["externalId"] for t in listed if str(t["externalId"]).startswith("eo-"))
    duplicates = sum(c - 1 for c in by_external.values() if c > 1)
    lost = [f"eo-{n:04d}" for n in range(N) if f"eo-{n:04d}" not in by_external]
    mismatched = [
        t["externalId"] for t in listed
        if str(t["externalId"]).startswith("eo-") and returned.get(t["externalId"]) != t["id"]
    ]  # fmt: skip
    print(
        f"\nexactly-once: {N} withdrawals in {time.monotonic() - started:.1f}s; "
        f"application attempts {counts['attempts']}, withdraw requests {sent}; faults injected "
        f"{injected} (total {sum(injected.values())}); client raised "
        f"{ {k[7:]: v for k, v in counts.items() if k.startswith('raised_')} }; "
        f"settled resent {counts['settled_resent']}, found {counts['settled_found']}, "
        f"found by the application {counts['found_by_application']}; trades {len(by_external)}; "
        f"duplicates {duplicates}; lost {len(lost)}; wrong trade returned {len(mismatched)}"
    )
    assert sum(injected.values()) >= N * 0.15
    assert injected.get("drop", 0) > 0
    assert counts["settled_found"] > 0
    assert len(by_external) == N
    assert duplicates == 0
    assert lost == []
    assert mismatched == []
