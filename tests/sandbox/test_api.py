"""The sandbox answers like the API: envelopes, auth, validation, rules, wallet, admin routes."""

from __future__ import annotations

import json
import time
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest

import assetpay
from assetpay import errors
from assetpay.webhooks import verify
from assetpay_catalogue.answers import SUCCESS_DATA
from assetpay_catalogue.operations import OPERATIONS
from assetpay_sandbox import HANDLERS, FaultRule, Sandbox, SandboxConfig, SandboxServer, Timings
from assetpay_sandbox.auth import ClientIdentity, mint

from .conftest import STEAM_ID, TRADE_URL, api_key_headers, client_headers, merchant_client, running


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert body["success"] is False
    assert isinstance(body["requestId"], str)
    error: dict[str, Any] = body["error"]
    return error


def _item(row: dict[str, Any]) -> dict[str, Any]:
    return {"itemId": row["id"], "price": row["offer"]["price"]}


def test_every_operation_is_served_by_behaviour_or_by_its_example() -> None:
    sandbox = Sandbox(SandboxConfig(db=":memory:", port=0))
    assert set(sandbox.handlers) == set(OPERATIONS)
    for op_id, handler in sandbox.handlers.items():
        if op_id in HANDLERS:
            assert handler is HANDLERS[op_id]


def test_an_operation_without_behaviour_answers_its_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(HANDLERS, "getVerificationStatus")
    with running() as server, merchant_client(server) as ap:
        user = ap.as_client(STEAM_ID, TRADE_URL)
        status = user.verification.status()
        raw = user.raw.get("/client/verification/status")
    assert raw == SUCCESS_DATA["getVerificationStatus"]
    assert status.email == raw["email"]


def test_health_is_served_without_credentials(server: SandboxServer, http: httpx.Client) -> None:
    r = http.get("/health")
    assert r.status_code == 200
    assert r.json()["data"]["status"] == "ok"
    with assetpay.AssetPay(base_url=server.url) as ap:
        assert ap.health().status == "ok"


def test_success_envelope(server: SandboxServer, http: httpx.Client) -> None:
    r = http.get("/v1/wallets/me/balance", headers=api_key_headers(server))
    assert r.status_code == 200
    body = r.json()
    assert body["success"] is True
    assert body["requestId"]
    assert body["data"] == {
        "balance": 1000.0, "pendingBalance": 0.0, "escrowBalance": 0.0, "currency": "USD"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "status", "key", "code"),
    [
        ({}, 401, "MISSING_API_KEY", 1900),
        ({"api-key": "ap_wrong"}, 401, "INVALID_API_KEY", 1901),
    ],
)
def test_api_key(
    http: httpx.Client, headers: dict[str, str], status: int, key: str, code: int
) -> None:
    r = http.get("/secure/prices", headers=headers)
    assert r.status_code == status
    assert (error_of(r)["key"], error_of(r)["code"]) == (key, code)


def test_client_tokens(server: SandboxServer, http: httpx.Client) -> None:
    cfg = server.sandbox.config
    assert error_of(http.get("/client/trades"))["code"] == 1108
    assert (
        error_of(http.get("/client/trades", headers={"authorization": "Basic x"}))["code"] == 1108
    )
    garbage = http.get("/client/trades", headers={"authorization": "Bearer a.b.c"})
    assert (garbage.status_code, error_of(garbage)["code"]) == (401, 1102)
    identity = ClientIdentity(STEAM_ID, TRADE_URL, None, None)
    wrong = mint(cfg.merchant_id, "not-the-secret", identity)
    assert (
        error_of(http.get("/client/trades", headers={"authorization": f"Bearer {wrong}"}))["key"]
        == "INVALID_TOKEN"
    )
    expired = mint(cfg.merchant_id, cfg.api_secret, identity, ttl=1, now=time.time() - 10)
    r = http.get("/client/trades", headers={"authorization": f"Bearer {expired}"})
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (401, "TOKEN_EXPIRED", 1111)
    good = mint(cfg.merchant_id, cfg.api_secret, identity)
    assert (
        http.get("/client/trades", headers={"authorization": f"Bearer {good}"}).status_code == 200
    )
    assert http.get("/client/trades", headers={"authorization": good}).status_code == 200  # bare


def test_issued_token_is_byte_identical_to_a_local_mint(server: SandboxServer) -> None:
    cfg = server.sandbox.config
    with merchant_client(server) as ap:
        token = ap.clients.authenticate(
            steam_id=STEAM_ID, trade_url=TRADE_URL, client_id="u-1"
        ).token
    claims = assetpay.tokens.token_claims(token)
    assert claims is not None
    identity = assetpay.tokens.client_identity(STEAM_ID, TRADE_URL, client_id="u-1")
    local = assetpay.tokens.mint(
        identity, merchant_id=cfg.merchant_id, api_secret=cfg.api_secret, now=claims["iat"]
    )
    assert token == local
    assert claims["exp"] - claims["iat"] == 86_400


def test_bearer_alternative_on_wallet_only(server: SandboxServer, http: httpx.Client) -> None:
    headers = client_headers(server)
    assert http.get("/v1/wallets/me/balance", headers=headers).status_code == 200
    assert error_of(http.get("/secure/prices", headers=headers))["key"] == "MISSING_API_KEY"


@pytest.mark.parametrize(
    ("body", "status", "key", "code", "field"),
    [
        ({"items": []}, 400, "MISSING_ITEMS", 2, "items"),
        ({"items": [{"itemId": "listing-x", "price": 1}] * 51}, 400, "TOO_MANY_ITEMS", 8, "items"),
        (
            {"items": [{"itemId": "abcdef", "price": 0}]},
            400,
            "INVALID_AMOUNT",
            1601,
            "items.0.price",
        ),
        (
            {"items": [{"itemId": "abcdef", "price": "1"}]},
            422,
            "VALIDATION_FAILED",
            1001,
            "items.0.price",
        ),
        (
            {"items": [{"itemId": "abcdef", "price": 1}], "bogus": 1},
            422,
            "VALIDATION_FAILED",
            1001,
            "bogus",
        ),
        *[
            (
                {"items": [{"itemId": "abcdef", "price": 1}], "externalId": external_id},
                422,
                "VALIDATION_FAILED",
                1001,
                "externalId",
            )
            for external_id in ("shop/1", "a?b", "50%", "..")  # could never be looked up again
        ],
        (
            {"items": [{"itemId": "abcdef", "price": 1}], "externalId": "a,b"},
            422,
            "VALIDATION_FAILED",
            1001,
            "externalId",
        ),
    ],
)
def test_body_validation(
    server: SandboxServer, http: httpx.Client, body: dict[str, Any], status: int, key: str,
    code: int, field: str,
) -> None:  # fmt: skip
    r = http.post("/client/trading/withdraw", json=body, headers=client_headers(server))
    error = error_of(r)
    assert (r.status_code, error["key"], error["code"]) == (status, key, code)
    assert field in error["fields"]


def test_trade_url_and_query_validation(server: SandboxServer, http: httpx.Client) -> None:
    r = http.post(
        "/secure/check-tradeurl", json={"tradeurl": "https://example.com/x"},
        headers=api_key_headers(server),
    )  # fmt: skip
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (400, "INVALID_TRADEURL", 13)
    r = http.get("/secure/trades?limit=500", headers=api_key_headers(server))
    assert (r.status_code, error_of(r)["fields"]) == (
        422,
        {"limit": error_of(r)["fields"]["limit"]},
    )
    # a path-only operation declares no 422: validation answers 400 there
    r = http.get("/secure/trades/a,,b", headers=api_key_headers(server))
    assert (r.status_code, error_of(r)["key"]) == (400, "VALIDATION_FAILED")


def _listing(
    server: SandboxServer, game: int = 730, *, below: float | None = None
) -> tuple[str, float]:
    listings = [
        lst for lst in server.sandbox.engine.catalogue.listings.values()
        if lst.item.game == game and (below is None or lst.price_cents / 100 <= below)
    ]  # fmt: skip
    pick = min(listings, key=lambda lst: lst.price_cents)
    return pick.id, pick.price_cents / 100


def test_withdrawal_rules() -> None:
    with running(approval="auto") as server, httpx.Client(base_url=server.url) as http:
        _withdrawal_rules(server, http)


def _withdrawal_rules(server: SandboxServer, http: httpx.Client) -> None:
    headers = client_headers(server)
    lid, price = _listing(server)
    server.sandbox.engine.set_price(lid, price + 1)
    body: dict[str, Any] = {"items": [{"itemId": lid, "price": price}], "externalId": "wd-1"}
    r = http.post("/client/trading/withdraw", json=body, headers=headers)
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (409, "PRICE_CHANGED", 11)
    # the externalId was not used by a refusal before work
    body["items"][0]["maxPrice"] = price + 2
    r = http.post("/client/trading/withdraw", json=body, headers=headers)
    assert r.status_code == 200, r.text
    trade = r.json()["data"]
    assert trade["status"] == "initiated"
    assert trade["totalPrice"] == round(price + 1, 2)
    assert "name" not in trade["items"][0]
    r = http.post("/client/trading/withdraw", json=body, headers=headers)
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (
        409,
        "EXTERNAL_ID_EXISTS",
        1,
    )
    # a lower current price is charged instead of the quoted one
    lid2, price2 = sorted(
        (lst.price_cents / 100, lst.id) for lst in server.sandbox.engine.catalogue.listings.values()
        if lst.item.game == 730 and lst.id != lid
    )[0][::-1]  # fmt: skip
    server.sandbox.engine.set_price(lid2, price2 - 0.01)
    r = http.post(
        "/client/trading/withdraw", json={"items": [{"itemId": lid2, "price": price2}]},
        headers=headers,
    )  # fmt: skip
    assert r.json()["data"]["totalPrice"] == round(price2 - 0.01, 2)
    # the wallet cannot cover a knife
    expensive = max(server.sandbox.engine.catalogue.listings.values(), key=lambda x: x.price_cents)
    r = http.post(
        "/client/trading/withdraw",
        json={"items": [{"itemId": expensive.id, "price": expensive.price_cents / 100}]},
        headers=headers,
    )
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (
        400,
        "MERCHANT_BALANCE_LOW",
        12,
    )


def test_withdrawals_need_a_callback_url(server: SandboxServer, http: httpx.Client) -> None:
    lid, price = _listing(server)
    r = http.post(
        "/client/trading/withdraw", json={"items": [{"itemId": lid, "price": price}]},
        headers=client_headers(server),
    )  # fmt: skip
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (
        409,
        "MERCHANT_NO_CALLBACK_URL",
        1705,
    )


def test_deposit_guard_and_price_check(http: httpx.Client, server: SandboxServer) -> None:
    headers = client_headers(server)
    inventory = http.get("/client/inventory?acceptedOnly=true&limit=-1", headers=headers).json()
    rows = inventory["data"]["inventory"]
    first = rows[0]
    r = http.post(
        "/client/trading/deposit",
        json={"items": [{"itemId": first["id"], "price": first["offer"]["price"] + 0.01}]},
        headers=headers,
    )
    assert (r.status_code, error_of(r)["key"]) == (409, "PRICE_CHANGED")
    made = 0
    for row in rows:
        if made == 5:
            break
        r = http.post("/client/trading/deposit", json={"items": [_item(row)]}, headers=headers)
        if r.status_code == 200:
            made += 1
    assert made == 5
    last = next(row for row in rows[5:] if row["offer"]["accepted"])
    r = http.post("/client/trading/deposit", json={"items": [_item(last)]}, headers=headers)
    assert (r.status_code, error_of(r)["key"], error_of(r)["code"]) == (
        429,
        "TOO_MANY_ACTIVE_TRADES",
        6,
    )
    # items already in a deposit left the inventory
    again = http.get("/client/inventory?acceptedOnly=true&limit=-1", headers=headers).json()
    assert again["data"]["count"] == inventory["data"]["count"] - 5


def test_rate_limit_with_retry_after() -> None:
    with running(rate_limits="unverified") as srv, httpx.Client(base_url=srv.url) as http:
        headers = client_headers(srv)
        codes = [http.get("/client/market", headers=headers).status_code for _ in range(31)]
        assert codes[:30] == [200] * 30
        last = http.get("/client/market", headers=headers)
        assert (last.status_code, error_of(last)["code"]) == (429, 1005)
        assert int(last.headers["retry-after"]) >= 1


def test_lookup_single_and_batch(server: SandboxServer, http: httpx.Client) -> None:
    headers = client_headers(server)
    row = http.get("/client/inventory?acceptedOnly=true", headers=headers).json()["data"][
        "inventory"
    ][0]
    r = http.post(
        "/client/trading/deposit",
        json={
            "items": [{"itemId": row["id"], "price": row["offer"]["price"]}],
            "externalId": "dep-9",
        },
        headers=headers,
    )
    trade = r.json()["data"]
    one = http.get("/secure/trades/dep-9", headers=api_key_headers(server)).json()["data"]
    assert one["id"] == trade["id"]
    many = http.get(f"/secure/trades/{trade['id']},nope", headers=api_key_headers(server)).json()
    assert [t["id"] for t in many["data"]] == [trade["id"]]
    missing = http.get("/secure/trades/nope", headers=api_key_headers(server))
    assert (missing.status_code, error_of(missing)["code"]) == (404, 21)


def test_item_cancel_rules_on_the_sandbox_clock() -> None:
    slow_supplier = Timings(supplier=10 * 3600)
    with (
        running(approval="auto", timings=slow_supplier, speed=1.0) as srv,
        merchant_client(srv) as ap,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = _listing(srv)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}], auto_cancel=720)
        deadline = time.monotonic() + 5
        while ap.trades.get(trade.id).status != "pending" and time.monotonic() < deadline:
            time.sleep(0.05)
        with pytest.raises(errors.APIError) as early:
            user.trades.cancel_item(trade.id, lid)
        assert early.value.key == "TRADE_CANCEL_TOO_SOON"
        assert early.value.code == 27
        srv.sandbox.engine.clock.advance(31 * 60)
        result = user.trades.cancel_item(trade.id, lid)
        assert str(result.status) == "cancelled"
        balance_before = ap.wallet.balance().balance
        srv.sandbox.engine.clock.advance(60)
        deadline = time.monotonic() + 5
        while ap.trades.get(trade.id).status != "reverted" and time.monotonic() < deadline:
            time.sleep(0.05)
        final = ap.trades.get(trade.id)
        assert final.status == "reverted"
        assert ap.wallet.balance().balance == pytest.approx(balance_before + price)


def test_fault_injection_admin_route(server: SandboxServer, http: httpx.Client) -> None:
    r = http.post("/_sandbox/faults", json={"seed": 3, "rules": [
        {"kind": "fleet_degraded", "probability": 1.0, "operations": ["getPrices"], "retryAfter": 2}
    ]})  # fmt: skip
    assert r.status_code == 200
    refused = http.get("/secure/prices", headers=api_key_headers(server))
    assert (refused.status_code, error_of(refused)["key"], refused.headers["retry-after"]) == (
        503, "FLEET_DEGRADED", "2",
    )  # fmt: skip
    assert http.get("/_sandbox/faults").json()["injected"] == {"fleet_degraded": 1}
    assert http.post("/_sandbox/faults", json={"rules": [{"kind": "nope"}]}).status_code == 400
    http.post("/_sandbox/faults", json={"rules": []})
    assert http.get("/secure/prices", headers=api_key_headers(server)).status_code == 200


def test_signed_callbacks_with_rotation_and_stable_delivery_ids() -> None:
    """Every transition is POSTed, signed with s and s1; a retried event keeps its id."""
    received: list[tuple[bytes, str]] = []
    failures = {"left": 1}

    async def receiver(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        received.append((body, headers["x-assetpay-signature"]))
        status = 500 if failures["left"] > 0 else 200
        failures["left"] -= 1
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    from assetpay_sandbox import ThreadedServer

    with ThreadedServer(receiver) as rcv, running(
        callback_url=rcv.url, previous_secret="old-secret",  # noqa: S106 - a test value
        speed=100_000,
        callback_retry_delay=0.05,
    ) as srv, httpx.Client(base_url=srv.url) as http:  # fmt: skip
        headers = client_headers(srv)
        row = http.get("/client/inventory?acceptedOnly=true", headers=headers).json()["data"][
            "inventory"
        ][0]
        trade = http.post(
            "/client/trading/deposit", json={"items": [_item(row)]}, headers=headers
        ).json()["data"]
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any(json.loads(b)["trade"]["status"] == "completed" for b, _ in received):
                break
            time.sleep(0.05)
    statuses = [json.loads(b)["trade"]["status"] for b, _ in received]
    assert statuses[0] == statuses[1] == "initiated"  # the first attempt failed and was retried
    assert [s for i, s in enumerate(statuses) if i == 0 or s != statuses[i - 1]] == [
        "initiated", "active", "hold", "completed",
    ]  # fmt: skip
    ids = [dict(p.split("=", 1) for p in h.split(","))["id"] for _, h in received]
    assert ids[0] == ids[1]
    assert len(set(ids)) == len(ids) - 1
    for body, header in received:
        assert "s1=" in header
        verify(body, header, "sandbox_test_secret")
        verify(body, header, "old-secret")
        assert json.loads(body)["trade"]["id"] == trade["id"]
    completed = json.loads(received[-1][0])["trade"]
    assert completed["preCredit"] + completed["pendingCredit"] == completed["totalPrice"]


def test_state_and_clock_admin_routes(http: httpx.Client) -> None:
    state = http.get("/_sandbox/state").json()
    assert state["wallet"]["balance"] == 1000.0
    before = state["clock"]["now"]
    after = http.post("/_sandbox/clock", json={"advance": 3600, "speed": 10}).json()
    assert after["now"] > before
    assert after["speed"] == 10
    assert http.post("/_sandbox/wallet", json={"balance": 50}).json()["balance"] == 50.0


def test_crypto_withdraw_is_idempotent_by_request_id(server: SandboxServer) -> None:
    with merchant_client(server) as ap:
        first = ap.crypto.withdraw(
            steam_id=STEAM_ID, chain="ETH", token="USDC",  # noqa: S106
            address="0x52908400098527886E0F7030069857D2E4169EE7", amount_cents=10_000,
            request_id="req-000001",
        )  # fmt: skip
        again = ap.crypto.withdraw(
            steam_id=STEAM_ID, chain="ETH", token="USDC",  # noqa: S106
            address="0x52908400098527886E0F7030069857D2E4169EE7", amount_cents=10_000,
            request_id="req-000001",
        )  # fmt: skip
        assert first.id == again.id
        assert ap.wallet.balance().balance == pytest.approx(900.0)
        listed = ap.crypto.withdrawals(steam_id=STEAM_ID)
        assert [w.id for w in listed.withdrawals] == [first.id]
        ledger = ap.wallet.transactions()
        assert {row.type_ for row in ledger.items} == {"WITHDRAWAL", "DEPOSIT"}


def test_faults_draw_is_deterministic() -> None:
    from assetpay_sandbox.limits import Faults

    rules = [FaultRule("drop", 0.1), FaultRule("rate_limit", 0.1)]
    a, b = Faults(rules, seed=7), Faults(rules, seed=7)
    draws_a = [getattr(a.draw("withdraw"), "kind", None) for _ in range(200)]
    draws_b = [getattr(b.draw("withdraw"), "kind", None) for _ in range(200)]
    assert draws_a == draws_b
    assert 20 <= sum(d is not None for d in draws_a) <= 60
