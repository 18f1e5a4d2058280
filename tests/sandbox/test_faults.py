"""Fault injection: every kind does what it says, at about its probability, the same way for
the same seed, whether configured at start (``SandboxConfig.faults`` / ``--fault``) or through
``POST /_sandbox/faults``; commit-then-drop really commits.

Facts: README "Sandbox and `make demo`" (Faults, Admin routes), reference 3.11 and 7
(idempotency, ``NO_BOTS_AVAILABLE`` uses the externalId up, ambiguous failures).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import assetpay
from assetpay import errors
from assetpay_sandbox import FaultRule, SandboxServer
from assetpay_sandbox.config import parse_fault

from .conftest import (
    BASE,
    STEAM_ID,
    TRADE_URL,
    Admin,
    Receiver,
    api_key_headers,
    cheapest_listing,
    client_headers,
    merchant_client,
    price_of,
    receiving,
    running,
)

SECRET = BASE.api_secret
ETH_ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
MIX = [
    {"kind": "rate_limit", "probability": 0.1, "operations": ["getPrices"], "retryAfter": 3},
    {"kind": "no_bots", "probability": 0.1, "operations": ["getPrices"], "retryAfter": 4},
    {"kind": "fleet_degraded", "probability": 0.1, "operations": ["getPrices"], "retryAfter": 5},
    {"kind": "price_changed", "probability": 0.1, "operations": ["getPrices"]},
    {"kind": "slow", "probability": 0.1, "operations": ["getPrices"], "delay": 0.0},
]
OUTCOME = {
    (429, "RATE_LIMITED"): "rate_limit",
    (503, "NO_BOTS_AVAILABLE"): "no_bots",
    (503, "FLEET_DEGRADED"): "fleet_degraded",
    (409, "PRICE_CHANGED"): "price_changed",
}


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxServer, httpx.Client, Admin]]:
    """A sandbox with an approving callback receiver and rate limits off."""
    receiver = Receiver(SECRET)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, rate_limits="off", restock=True, tick=0.01) as srv,
        httpx.Client(base_url=srv.url, trust_env=False, timeout=10) as http,
        Admin(srv) as admin,
    ):
        yield srv, http, admin


def outcomes(http: httpx.Client, n: int, op_path: str = "/secure/prices") -> list[str]:
    """What each of ``n`` requests met: a fault kind, or "ok"."""
    out = []
    for _ in range(n):
        r = http.get(op_path, headers={"api-key": BASE.api_key})
        if r.status_code == 200:
            out.append("ok")
            continue
        key = r.json()["error"]["key"]
        out.append(OUTCOME[(r.status_code, key)])
    return out


# -------------------------------------------------------------------------------------------------
# what each kind produces
# -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status", "key", "code"),
    [
        ("rate_limit", 429, "RATE_LIMITED", 1005),
        ("no_bots", 503, "NO_BOTS_AVAILABLE", 1010),
        ("fleet_degraded", 503, "FLEET_DEGRADED", 1011),
        ("price_changed", 409, "PRICE_CHANGED", 11),
    ],
)
def test_refusing_faults_answer_their_error(
    sandbox: tuple[SandboxServer, httpx.Client, Admin], kind: str, status: int, key: str,
    code: int,
) -> None:  # fmt: skip
    _, http, admin = sandbox
    admin.faults([{"kind": kind, "probability": 1.0, "operations": ["getPrices"],
                   "retryAfter": 7}], seed=1)  # fmt: skip
    r = http.get("/secure/prices", headers={"api-key": BASE.api_key})
    body = r.json()
    assert (r.status_code, body["success"], body["error"]["key"], body["error"]["code"]) == (
        status, False, key, code,
    )  # fmt: skip
    if status in (429, 503):
        assert r.headers["retry-after"] == "7"
    assert admin.faults()["injected"] == {kind: 1}
    # operations outside the rule are untouched
    assert http.get("/v1/wallets/me/balance", headers={"api-key": BASE.api_key}).status_code == 200


def test_trade_faults_on_withdrawals(sandbox: tuple[SandboxServer, httpx.Client, Admin]) -> None:
    """fleet_degraded and price_changed refuse before any work; no_bots leaves a failed trade."""
    server, http, admin = sandbox
    lid, price = cheapest_listing(server)
    headers = client_headers(server)

    def withdraw(external_id: str) -> httpx.Response:
        body = {"items": [{"itemId": lid, "price": price}], "externalId": external_id}
        return http.post("/client/trading/withdraw", json=body, headers=headers)

    for kind, status, key in (
        ("fleet_degraded", 503, "FLEET_DEGRADED"), ("price_changed", 409, "PRICE_CHANGED"),
        ("rate_limit", 429, "RATE_LIMITED"),
    ):  # fmt: skip
        only = {"operations": ["withdraw"]} if kind == "rate_limit" else {}  # else: defaults
        admin.faults([{"kind": kind, "probability": 1.0, **only}])
        r = withdraw(f"wd-{kind}")
        assert (r.status_code, r.json()["error"]["key"]) == (status, key)
        assert (
            http.get(f"/secure/trades/wd-{kind}", headers=api_key_headers(server)).status_code
            == 404
        )
    assert admin.wallet()["balance"] == 1000.0
    admin.faults([{"kind": "no_bots", "probability": 1.0}])
    r = withdraw("wd-no-bots")
    assert (r.status_code, r.json()["error"]["key"], r.json()["error"]["code"]) == (
        503, "NO_BOTS_AVAILABLE", 1010,
    )  # fmt: skip
    trade = http.get("/secure/trades/wd-no-bots", headers=api_key_headers(server)).json()["data"]
    assert (trade["status"], trade["error"]) == ("failed", "SERVICE_UNAVAILABLE")
    assert admin.wallet() == {
        "balance": 1000.0, "pendingBalance": 0.0, "escrowBalance": 0.0, "currency": "USD",
    }  # fmt: skip
    # trade-only kinds leave reads alone when no operations are named
    for kind in ("no_bots", "fleet_degraded", "price_changed", "drop"):
        admin.faults([{"kind": kind, "probability": 1.0}])
        assert outcomes(http, 3) == ["ok"] * 3


def test_no_bots_on_a_trade_sends_retry_after(
    sandbox: tuple[SandboxServer, httpx.Client, Admin],
) -> None:
    server, http, admin = sandbox
    lid, price = cheapest_listing(server)
    admin.faults([{"kind": "no_bots", "probability": 1.0, "retryAfter": 4}])
    r = http.post(
        "/client/trading/withdraw", json={"items": [{"itemId": lid, "price": price}]},
        headers=client_headers(server),
    )  # fmt: skip
    assert r.status_code == 503
    assert r.headers.get("retry-after") == "4"


def test_slow_delays_the_answer(sandbox: tuple[SandboxServer, httpx.Client, Admin]) -> None:
    _, http, admin = sandbox
    admin.faults([{"kind": "slow", "probability": 1.0, "delay": 0.4}])  # every operation
    for path in ("/secure/prices", "/v1/wallets/me/balance"):
        started = time.monotonic()
        r = http.get(path, headers={"api-key": BASE.api_key})
        assert r.status_code == 200
        assert time.monotonic() - started >= 0.4
    admin.faults([])
    started = time.monotonic()
    http.get("/secure/prices", headers={"api-key": BASE.api_key})
    assert time.monotonic() - started < 0.3


def test_slow_beyond_the_client_timeout_is_a_timeout_error(
    sandbox: tuple[SandboxServer, httpx.Client, Admin],
) -> None:
    server, _, admin = sandbox
    admin.faults([{"kind": "slow", "probability": 1.0, "delay": 1.0}])
    with (
        merchant_client(server, timeout=0.3, max_retries=0) as ap,
        pytest.raises(errors.APITimeoutError),
    ):
        ap.wallet.balance()


def test_drop_commits_then_breaks_the_connection(
    sandbox: tuple[SandboxServer, httpx.Client, Admin],
) -> None:
    server, http, admin = sandbox
    lid, price = cheapest_listing(server)
    admin.faults([{"kind": "drop", "probability": 1.0}])
    with merchant_client(server, reconcile=False) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(errors.APIConnectionError) as info:
            user.trades.withdraw(items=[{"item_id": lid, "price": price}], external_id="dropped")
        assert info.value.ambiguous is True
        assert not isinstance(info.value, errors.APITimeoutError)
        admin.faults([])
        trade = ap.trades.get("dropped")  # it was committed
        assert str(trade.status) in ("initiated", "pending")
        assert len(ap.trades.get_many(["dropped"])) == 1
        assert http.get("/_sandbox/state").json()["trades"]["withdraw"] in (
            {"initiated": 1}, {"pending": 1},
        )  # fmt: skip
        # the raw client sees the connection close after the status line
        admin.faults([{"kind": "drop", "probability": 1.0, "operations": ["sell"]}])
        row = ap.inventory.get(trade_url=TRADE_URL, accepted_only=True).inventory[0]
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/secure/sell", headers=api_key_headers(server), json={
                "tradeUrl": TRADE_URL, "externalId": "sold",
                "items": [{"itemId": row.id, "price": price_of(row)}],
            })  # fmt: skip
        admin.faults([])
        assert ap.trades.get("sold").external_id == "sold"
    # with reconcile on, the client settles the same ambiguity by the externalId
    admin.faults([{"kind": "drop", "probability": 1.0, "operations": ["withdraw"]}])
    with merchant_client(server, reconcile=True) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        trade = user.trades.withdraw(
            items=[{"item_id": lid, "price": price}], external_id="reconciled"
        )
        info_meta = assetpay.meta(trade)
        assert info_meta is not None
        assert info_meta.settled_by == "found"
        admin.faults([])
        assert [t.id for t in ap.trades.get_many(["reconciled"])] == [trade.id]


def test_drop_on_crypto_withdraw_is_settled_by_the_request_id(
    sandbox: tuple[SandboxServer, httpx.Client, Admin],
) -> None:
    server, _, admin = sandbox
    admin.faults([{"kind": "drop", "probability": 1.0}])
    with merchant_client(server) as ap:
        args: dict[str, Any] = {
            "steam_id": STEAM_ID, "chain": "ETH", "token": "USDC", "address": ETH_ADDRESS,
            "amount_cents": 5_000, "request_id": "drop-req-01",
        }  # fmt: skip
        with pytest.raises(errors.APIConnectionError):
            ap.crypto.withdraw(**args)
        admin.faults([])
        assert admin.wallet()["balance"] == 950.0  # committed
        again = ap.crypto.withdraw(**args)
        assert [w.id for w in ap.crypto.withdrawals(steam_id=STEAM_ID).withdrawals] == [again.id]
        assert admin.wallet()["balance"] == 950.0  # one debit


# -------------------------------------------------------------------------------------------------
# probability, determinism, configuration
# -------------------------------------------------------------------------------------------------


def test_kinds_hit_at_their_probability(sandbox: tuple[SandboxServer, httpx.Client, Admin]) -> None:
    _, http, admin = sandbox
    admin.faults(MIX, seed=11)
    seen = Counter(outcomes(http, 1000))
    for kind in ("rate_limit", "no_bots", "fleet_degraded", "price_changed"):
        assert 60 <= seen[kind] <= 140, seen
    injected = admin.faults()["injected"]
    assert 60 <= injected["slow"] <= 140
    assert {k: v for k, v in injected.items() if k != "slow"} == {
        k: v for k, v in seen.items() if k != "ok"
    }
    assert seen["ok"] == 1000 - sum(injected.values()) + injected["slow"]
    admin.faults([{"kind": "rate_limit", "probability": 0.0}])
    assert set(outcomes(http, 50)) == {"ok"}
    admin.faults([{"kind": "rate_limit", "probability": 1.0}])
    assert set(outcomes(http, 20)) == {"rate_limit"}


def test_same_seed_same_sequence(sandbox: tuple[SandboxServer, httpx.Client, Admin]) -> None:
    _, http, admin = sandbox
    admin.faults(MIX, seed=5)
    first = outcomes(http, 200)
    admin.faults(MIX, seed=5)  # configuring again restarts the seeded sequence
    assert outcomes(http, 200) == first
    admin.faults(MIX, seed=6)
    assert outcomes(http, 200) != first
    assert admin.faults()["seed"] == 6
    # a POST without a seed keeps the current one
    admin.http.post("/_sandbox/faults", json={"rules": MIX})
    assert admin.faults()["seed"] == 6


def test_configured_at_start_equals_configured_by_admin() -> None:
    rules = tuple(FaultRule.from_json(r) for r in MIX)
    with running(faults=rules, fault_seed=5, rate_limits="off") as srv, httpx.Client(
        base_url=srv.url, trust_env=False
    ) as http:  # fmt: skip
        from_config = outcomes(http, 200)
        state = Admin(srv)
        assert state.faults()["seed"] == 5
        assert [r["kind"] for r in state.faults()["rules"]] == [r["kind"] for r in MIX]
        state.close()
    with running(rate_limits="off") as srv, httpx.Client(base_url=srv.url, trust_env=False) as http:
        with Admin(srv) as admin:
            admin.faults(MIX, seed=5)
        assert outcomes(http, 200) == from_config


def test_fault_flags_parse_like_the_admin_rules() -> None:
    assert parse_fault("drop:0.05") == FaultRule("drop", 0.05)
    assert parse_fault("no_bots:0.2:withdraw+buy") == FaultRule("no_bots", 0.2, ("withdraw", "buy"))
    for bad in ("drop", "nope:0.1", "drop:1.5", "drop:x"):
        with pytest.raises(ValueError, match=r".+"):
            parse_fault(bad)


def test_admin_refuses_bad_rules(sandbox: tuple[SandboxServer, httpx.Client, Admin]) -> None:
    _, _, admin = sandbox
    for body in (
        {"rules": [{"kind": "nope", "probability": 0.1}]},
        {"rules": [{"kind": "drop", "probability": 2}]},
        {"rules": [{"kind": "slow", "probability": 0.1, "delay": 120}]},
        {"rules": [{"kind": "rate_limit", "probability": 0.1, "retryAfter": -1}]},
        {"rules": [{"kind": "drop", "probability": 0.1, "operations": "withdraw"}]},
        {"seed": "x", "rules": []},
    ):
        assert admin.http.post("/_sandbox/faults", json=body).status_code == 400, body
    assert admin.faults()["rules"] == []


def test_a_trade_refused_with_no_bots_is_not_retryable_as_made_and_reconcile_settles_it(
    sandbox: tuple[SandboxServer, httpx.Client, Admin],
) -> None:
    server, _, admin = sandbox
    lid, price = cheapest_listing(server)
    items = [{"item_id": lid, "price": price}]
    admin.faults([{"kind": "no_bots", "probability": 1.0, "retryAfter": 0}])
    with merchant_client(server, max_retries=0) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(errors.NoBotsAvailableError) as refused:
            user.trades.withdraw(items=items, external_id="wd-nb-1")
        assert refused.value.retryable is False  # the same call would now be refused
        assert "reconcile=True" in str(refused.value)
        with pytest.raises(errors.ExternalIdExistsError):
            user.trades.withdraw(items=items, external_id="wd-nb-1")
        settled = user.trades.withdraw(items=items, external_id="wd-nb-1", reconcile=True)
        info = assetpay.meta(settled)
        assert info is not None
        assert info.settled_by == "found"
        assert (settled.external_id, str(settled.status)) == ("wd-nb-1", "failed")
        # a refusal before any work (safeToRepeat in the error table) stays retryable
        admin.faults([{"kind": "fleet_degraded", "probability": 1.0, "retryAfter": 0}])
        with pytest.raises(errors.FleetDegradedError) as degraded:
            user.trades.withdraw(items=items, external_id="wd-nb-2", reconcile=True)
        assert degraded.value.retryable is True
