"""The spec's operations through the public client, with hand-chosen values: request line,
query, body, headers, the parsed (envelope-unwrapped) result, and ``assetpay.meta``.

The mocked answers are the spec's own 2xx examples (openapi.yaml, read with PyYAML).
"""

# ruff: noqa: S106  (token="USDT" is a crypto token name, not a password)

from __future__ import annotations

import platform
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay.errors import RequestValidationError, ValidationFailedError
from assetpay_catalogue.operations import OPERATIONS
from assetpay_client.models.buy_request import BuyRequest  # noqa: F401 - imported for the table
from assetpay_client.models.deposit_item import DepositItem
from assetpay_client.models.withdraw_item import WithdrawItem

from .conftest import (
    API_KEY,
    API_SECRET,
    MERCHANT_ID,
    REQUEST_ID,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    bearer,
    decode_jwt,
    example_response,
    make_client,
    operation_spec,
)

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

Invoke = Callable[[assetpay.AssetPay, assetpay.ClientScope], Any]


@dataclass(frozen=True)
class Case:
    operation_id: str
    invoke: Invoke
    path: str  # the concrete path sent
    query: dict[str, str]
    body: dict[str, Any] | None
    result: str  # class name of the returned model (of the rows, for lists)
    is_list: bool = False


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


CASES: list[Case] = [
    # ---------------------------------------------------------------- merchant scope
    Case(
        "authenticateClient",
        lambda ap, u: ap.clients.authenticate(
            steam_id=STEAM_ID,
            trade_url=TRADE_URL,
            client_id="user-123",
            client_data={"total_wager": 5000, "kyc_level": 2, "fiat_deposits": True},
        ),
        "/auth/authenticate-client",
        {},
        {
            "clientSteamId": STEAM_ID,
            "clientTradeUrl": TRADE_URL,
            "clientId": "user-123",
            "clientData": {"totalWager": 5000, "kycLevel": 2, "fiatDeposits": True},
        },
        "ClientToken",
    ),
    Case(
        "checkTradeUrl",
        lambda ap, u: ap.clients.check_trade_url(TRADE_URL, force_refresh=True),
        "/secure/check-tradeurl",
        {},
        {"tradeurl": TRADE_URL, "forceRefresh": True},
        "TradeUrlCheck",
    ),
    Case(
        "getPrices",
        lambda ap, u: ap.market.prices(730),
        "/secure/prices",
        {"game": "730"},
        None,
        "PriceItemCs2",
        is_list=True,
    ),
    Case(
        "getMerchantMarket",
        lambda ap, u: ap.market.search(
            game=730,
            search="Redline",
            sort="priceAsc",
            min_price=1.5,
            max_price=100.25,
            page=2,
            per_page=25,
            development=True,
            source="internal",
        ),
        "/secure/market",
        {
            "game": "730",
            "search": "Redline",
            "sort": "priceAsc",
            "minPrice": "1.5",
            "maxPrice": "100.25",
            "page": "2",
            "perPage": "25",
            "development": "true",
            "source": "internal",
        },
        None,
        "MarketPage",
    ),
    Case(
        "getMerchantMarketItem",
        lambda ap, u: ap.market.listings(
            item_id="0cabcab6d22d2281",
            delivery="instant",
            phase="Ruby",
            float_min=0.1,
            float_max=0.5,
            page=3,
            per_page=40,
        ),
        "/secure/market/item",
        {
            "itemId": "0cabcab6d22d2281",
            "delivery": "instant",
            "phase": "Ruby",
            "floatMin": "0.1",
            "floatMax": "0.5",
            "page": "3",
            "perPage": "40",
        },
        None,
        "Item",
        is_list=True,
    ),
    Case(
        "getMerchantInventory",
        lambda ap, u: ap.inventory.get(
            trade_url=TRADE_URL,
            refresh=True,
            accepted_only=True,
            game=730,
            search="AK",
            sort="nameAsc",
            min_price=1.0,
            max_price=2.5,
            page=2,
            limit=10,
        ),
        "/secure/inventory",
        {
            "tradeUrl": TRADE_URL,
            "refresh": "true",
            "acceptedOnly": "true",
            "game": "730",
            "search": "AK",
            "sort": "nameAsc",
            "minPrice": "1.0",
            "maxPrice": "2.5",
            "page": "2",
            "limit": "10",
        },
        None,
        "Inventory",
    ),
    Case(
        "listMerchantTrades",
        lambda ap, u: ap.trades.list(cursor="abc_DEF-1", limit=10, type="withdraw", game="730"),
        "/secure/trades",
        {"cursor": "abc_DEF-1", "limit": "10", "type": "withdraw", "game": "730"},
        None,
        "TradePage",
    ),
    Case(
        "getMerchantTrades",
        lambda ap, u: ap.trades.get("wd_unique_789"),
        "/secure/trades/wd_unique_789",
        {},
        None,
        "Trade",
    ),
    Case(
        "sell",
        lambda ap, u: ap.trades.sell(
            trade_url=TRADE_URL,
            items=[{"item_id": "a1b2c3d4-e5f6", "price": 10.75}],
            game="730",
            external_id="self_sell_001",
        ),
        "/secure/sell",
        {},
        {
            "tradeUrl": TRADE_URL,
            # DepositItem.amount defaults to 1 in the generated model: sent explicitly
            "items": [{"itemId": "a1b2c3d4-e5f6", "price": 10.75, "amount": 1}],
            "game": "730",
            "externalId": "self_sell_001",
            "isInstant": False,
        },
        "Trade",
    ),
    Case(
        "buy",
        lambda ap, u: ap.trades.buy(
            trade_url=TRADE_URL,
            items=[
                {"item_id": "0193f2a4-7c1e", "price": 45.0, "max_price": 46.5, "external_id": "i1"}
            ],
            slippage_bps=50,
            auto_cancel=720,
            game="730",
            external_id="wd-1",
        ),
        "/secure/buy",
        {},
        {
            "tradeUrl": TRADE_URL,
            "items": [
                {"itemId": "0193f2a4-7c1e", "price": 45.0, "maxPrice": 46.5, "externalId": "i1"}
            ],
            "slippageBps": 50,
            "autoCancel": 720,
            "game": "730",
            "externalId": "wd-1",
        },
        "Trade",
    ),
    Case(
        "quickBuy",
        lambda ap, u: ap.trades.quick_buy(
            trade_url=TRADE_URL,
            item_id="dc3c4460d814ac35",
            max_price=67.39,
            amount=3,
            delivery="instant",
            auto_cancel=60,
            game="730",
            external_id="self_qb_001",
            external_ids=["u1", "u2", "u3"],
        ),
        "/secure/buy/quick",
        {},
        {
            "tradeUrl": TRADE_URL,
            "itemId": "dc3c4460d814ac35",
            "maxPrice": 67.39,
            "amount": 3,
            "delivery": "instant",
            "autoCancel": 60,
            "game": "730",
            "externalId": "self_qb_001",
            "externalIds": ["u1", "u2", "u3"],
        },
        "Trade",
    ),
    Case(
        "cancelBuy",
        lambda ap, u: ap.trades.cancel("trade-1"),
        "/secure/buy/trade-1/cancel",
        {},
        None,
        "TradeCancelResult",
    ),
    Case(
        "cancelBuyItem",
        lambda ap, u: ap.trades.cancel_item("trade-1", "item-1"),
        "/secure/buy/trade-1/items/item-1/cancel",
        {},
        None,
        "ItemCancelResult",
    ),
    Case(
        "getMerchantCryptoDepositAddress",
        lambda ap, u: ap.crypto.deposit_address(steam_id=STEAM_ID, chain="SOL", token="USDT"),
        "/secure/crypto/deposit-address",
        {"steamId": STEAM_ID, "chain": "SOL", "token": "USDT"},
        None,
        "CryptoDepositAddress",
    ),
    Case(
        "listMerchantCryptoDeposits",
        lambda ap, u: ap.crypto.deposits(
            steam_id=STEAM_ID, limit=10, before="2026-03-04T10:00:00.000Z"
        ),
        "/secure/crypto/deposits",
        {"steamId": STEAM_ID, "limit": "10", "before": "2026-03-04T10:00:00.000Z"},
        None,
        "CryptoDepositPage",
    ),
    Case(
        "listMerchantCryptoWithdrawals",
        lambda ap, u: ap.crypto.withdrawals(steam_id=STEAM_ID, limit=5),
        "/secure/crypto/withdrawals",
        {"steamId": STEAM_ID, "limit": "5"},
        None,
        "CryptoWithdrawalPage",
    ),
    Case(
        "createMerchantCryptoWithdrawal",
        lambda ap, u: ap.crypto.withdraw(
            steam_id=STEAM_ID,
            chain="ETH",
            token="USDT",
            address=ADDRESS,
            amount_cents=1000,
            request_id="wd-req-0001",
        ),
        "/secure/crypto/withdraw",
        {},
        {
            "steamId": STEAM_ID,
            "chain": "ETH",
            "token": "USDT",
            "address": ADDRESS,
            "amountCents": 1000,
            "requestId": "wd-req-0001",
        },
        "CryptoWithdrawal",
    ),
    Case(
        "getWalletBalance",
        lambda ap, u: ap.wallet.balance(),
        "/v1/wallets/me/balance",
        {},
        None,
        "WalletBalance",
    ),
    Case(
        "listLedgerTransactions",
        lambda ap, u: ap.wallet.transactions(
            type="DEPOSIT",
            status="COMPLETED",
            start_date="2026-01-01T00:00:00.000Z",
            end_date="2026-02-01T00:00:00.000Z",
            limit=10,
            offset=20,
        ),
        "/v1/ledger/transactions",
        {
            "type": "DEPOSIT",
            "status": "COMPLETED",
            "startDate": "2026-01-01T00:00:00.000Z",
            "endDate": "2026-02-01T00:00:00.000Z",
            "limit": "10",
            "offset": "20",
        },
        None,
        "LedgerTransactionPage",
    ),
    Case(
        "getLedgerTransaction",
        lambda ap, u: ap.wallet.transaction("0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b"),
        "/v1/ledger/transactions/0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b",
        {},
        None,
        "LedgerTransactionDetail",
    ),
    # ---------------------------------------------------------------- end-user scope
    Case(
        "getClientInventory",
        lambda ap, u: u.inventory.get(
            refresh=False, accepted_only=True, game=252490, sort="priceDesc", page=2, limit=20
        ),
        "/client/inventory",
        {
            "refresh": "false",
            "acceptedOnly": "true",
            "game": "252490",
            "sort": "priceDesc",
            "page": "2",
            "limit": "20",
        },
        None,
        "Inventory",
    ),
    Case(
        "getClientMarket",
        lambda ap, u: u.market.search(game=730, search="AWP", min_price=0, page=1, per_page=100),
        "/client/market",
        {"game": "730", "search": "AWP", "minPrice": "0", "page": "1", "perPage": "100"},
        None,
        "MarketPage",
    ),
    Case(
        "getClientMarketItem",
        lambda ap, u: u.market.listings(
            market_hash_name="AK-47 | Redline (Field-Tested)", delivery="any", per_page=10
        ),
        "/client/market/item",
        {"marketHashName": "AK-47 | Redline (Field-Tested)", "delivery": "any", "perPage": "10"},
        None,
        "Item",
        is_list=True,
    ),
    Case(
        "getClientMarketSuggestions",
        lambda ap, u: u.market.suggestions("ak red"),
        "/client/market/suggestions",
        {"q": "ak red"},
        None,
        "MarketSuggestion",
        is_list=True,
    ),
    Case(
        "listClientTrades",
        lambda ap, u: u.trades.list(cursor="c1", limit=5, type="deposit", game="252490"),
        "/client/trades",
        {"cursor": "c1", "limit": "5", "type": "deposit", "game": "252490"},
        None,
        "TradePage",
    ),
    Case(
        "deposit",
        lambda ap, u: u.trades.deposit(
            items=[{"item_id": "a1b2c3d4-e5f6", "price": 0.15, "amount": 3}],
            game="252490",
            external_id="dep_1",
            is_instant=True,
        ),
        "/client/trading/deposit",
        {},
        {
            "items": [{"itemId": "a1b2c3d4-e5f6", "price": 0.15, "amount": 3}],
            "game": "252490",
            "externalId": "dep_1",
            "isInstant": True,
        },
        "Trade",
    ),
    Case(
        "withdraw",
        lambda ap, u: u.trades.withdraw(
            items=[{"item_id": "e5f6g7h8-i9j0", "price": 45.0}], external_id="wd_unique_789"
        ),
        "/client/trading/withdraw",
        {},
        {"items": [{"itemId": "e5f6g7h8-i9j0", "price": 45.0}], "externalId": "wd_unique_789"},
        "Trade",
    ),
    Case(
        "quickWithdraw",
        lambda ap, u: u.trades.quick_withdraw(
            market_hash_name="AK-47 | Redline (Field-Tested)",
            max_price=20.0,
            amount=2,
            delivery="standard",
            phase="Ruby",
            external_id="qw-1",
        ),
        "/client/trading/withdraw/quick",
        {},
        {
            "marketHashName": "AK-47 | Redline (Field-Tested)",
            "maxPrice": 20.0,
            "amount": 2,
            "delivery": "standard",
            "phase": "Ruby",
            "externalId": "qw-1",
        },
        "Trade",
    ),
    Case(
        "cancelWithdraw",
        lambda ap, u: u.trades.cancel("trade-2"),
        "/client/trading/withdraw/trade-2/cancel",
        {},
        None,
        "TradeCancelResult",
    ),
    Case(
        "cancelWithdrawItem",
        lambda ap, u: u.trades.cancel_item("trade-2", "item-9"),
        "/client/trading/withdraw/trade-2/items/item-9/cancel",
        {},
        None,
        "ItemCancelResult",
    ),
    Case(
        "getClientCryptoDepositAddress",
        lambda ap, u: u.crypto.deposit_address(chain="ETH"),
        "/client/crypto/deposit-address",
        {"chain": "ETH"},
        None,
        "CryptoDepositAddress",
    ),
    Case(
        "listClientCryptoDeposits",
        lambda ap, u: u.crypto.deposits(limit=100),
        "/client/crypto/deposits",
        {"limit": "100"},
        None,
        "CryptoDepositPage",
    ),
    Case(
        "listClientCryptoWithdrawals",
        lambda ap, u: u.crypto.withdrawals(before="2026-03-01T00:00:00.000Z"),
        "/client/crypto/withdrawals",
        {"before": "2026-03-01T00:00:00.000Z"},
        None,
        "CryptoWithdrawalPage",
    ),
    Case(
        "createClientCryptoWithdrawal",
        lambda ap, u: u.crypto.withdraw(
            chain="BSC", token="USDC", address=ADDRESS, amount_cents=500, request_id="client_req-1"
        ),
        "/client/crypto/withdraw",
        {},
        {
            "chain": "BSC",
            "token": "USDC",
            "address": ADDRESS,
            "amountCents": 500,
            "requestId": "client_req-1",
        },
        "CryptoWithdrawal",
    ),
    Case(
        "startVerification",
        lambda ap, u: u.verification.start(email="player@example.com"),
        "/client/verification/start",
        {},
        {"email": "player@example.com"},
        "VerificationStart",
    ),
    Case(
        "getVerificationStatus",
        lambda ap, u: u.verification.status(),
        "/client/verification/status",
        {},
        None,
        "VerificationStatus",
    ),
    Case(
        "linkVerification",
        lambda ap, u: u.verification.link(),
        "/client/verification/link",
        {},
        None,
        "VerificationLink",
    ),
]

DATE_PARAMS = {"before", "startDate", "endDate"}


def test_the_table_names_spec_operations_once() -> None:
    # hand-written cases with meaningful values; every operation (new ones included) is also
    # called from its spec example by tests/contract/test_generated_resources.py
    ids = [case.operation_id for case in CASES]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(OPERATIONS)


def _assert_common_headers(request: httpx.Request) -> None:
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"] == (
        f"assetpay-python/{assetpay.__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )
    assert UUID_RE.match(request.headers["x-request-id"])
    assert str(uuid.UUID(request.headers["x-request-id"])) == request.headers["x-request-id"]


@pytest.mark.parametrize("case", CASES, ids=[c.operation_id for c in CASES])
def test_operation_request_and_parsed_result(
    case: Case, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    method, path_template, op_spec = operation_spec(case.operation_id)
    status, envelope = example_response(case.operation_id)
    envelope["requestId"] = "11111111-2222-4333-8444-555555555555"
    route = api.route(method=method, path=case.path).mock(
        return_value=httpx.Response(status, json=envelope, headers={"x-request-id": "hdr-id"})
    )
    with make_client() as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL, client_id="user-123")
        result = case.invoke(ap, user)

    # exactly one request, nothing else (locally minted token: no authenticate call)
    assert route.call_count == 1
    assert len(api.calls) == 1
    request = route.calls.last.request
    assert request.method == method
    assert request.url.host == "api.test"
    assert request.url.path == case.path

    # query, with wire names; dates compared as instants
    sent = dict(request.url.params)
    assert len(request.url.params.multi_items()) == len(sent)
    assert sent.keys() == case.query.keys()
    for name, value in case.query.items():
        if name in DATE_PARAMS:
            assert _dt(sent[name]) == _dt(value), name
        else:
            assert sent[name] == value, name

    # body
    if case.body is None:
        assert request.content in (b"", b"{}") if case.operation_id == "linkVerification" else True
        if method == "GET" or case.operation_id.startswith("cancel"):
            assert request.content == b""
    else:
        import json

        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body

    # headers
    _assert_common_headers(request)
    security = OPERATIONS[case.operation_id].security
    if security == "api_key":
        assert request.headers["api-key"] == API_KEY
        assert "authorization" not in request.headers
        assert "security" not in op_spec or any("ApiKeyAuth" in s for s in op_spec["security"])
    else:
        assert "api-key" not in request.headers
        header, claims = decode_jwt(bearer(request), API_SECRET)
        assert header == {"alg": "HS256", "userId": MERCHANT_ID}
        assert claims["merchantId"] == MERCHANT_ID
        assert claims["client"] == {
            "steamID": STEAM_ID,
            "tradeUrl": TRADE_URL,
            "clientId": "user-123",
        }

    # the result is the generated model with the envelope unwrapped
    if case.is_list:
        assert isinstance(result, list)
        assert len(result) == len(envelope["data"])
        assert all(type(row).__name__ == case.result for row in result)
        first = envelope["data"][0]
        key = "id" if "id" in first else "marketHashName"
        attr = "id" if key == "id" else "market_hash_name"
        assert getattr(result[0], attr) == first[key]
    else:
        assert type(result).__name__ == case.result
        assert type(result).__module__.startswith("assetpay_client.models.")
        data = envelope["data"]
        for wire, attr in (("id", "id"), ("token", "token"), ("tradeId", "trade_id")):
            if wire in data:
                assert str(getattr(result, attr)) == data[wire]
        # the round trip through the model keeps every documented key
        assert set(data) <= set(result.to_dict())

    # meta: status, headers, requestId from the envelope, the x-request-id we sent
    info = assetpay.meta(result)
    assert info is not None
    assert info.http_status == status
    assert info.request_id == "11111111-2222-4333-8444-555555555555"
    assert info.client_request_id == request.headers["x-request-id"]
    assert info.attempts == 1
    assert info.headers["x-request-id"] == "hdr-id"
    assert info.settled_by is None
    assert sleeps.waits == []
    assert path_template  # (documented path exists in the spec)


@pytest.mark.parametrize("request_id", [None, ""])
def test_meta_request_id_falls_back_to_the_response_header_when_null_or_empty(
    request_id: str | None, api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    _, envelope = example_response("getWalletBalance")
    envelope["requestId"] = request_id
    api.get("/v1/wallets/me/balance").mock(
        return_value=httpx.Response(200, json=envelope, headers={"x-request-id": "from-header"})
    )
    info = assetpay.meta(ap.wallet.balance())
    assert info is not None
    assert info.request_id == "from-header"


def test_error_request_id_falls_back_to_the_response_header(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    body = {"success": False, "error": {"code": 1003, "key": "NOT_FOUND", "message": "x"}}
    api.get("/v1/wallets/me/balance").mock(
        return_value=httpx.Response(404, json=body, headers={"x-request-id": "from-header"})
    )
    with pytest.raises(assetpay.APIError) as caught:
        ap.wallet.balance()
    assert caught.value.request_id == "from-header"


def test_meta_request_id_falls_back_to_the_response_header(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    _, envelope = example_response("getWalletBalance")
    del envelope["requestId"]
    api.get("/v1/wallets/me/balance").mock(
        return_value=httpx.Response(200, json=envelope, headers={"x-request-id": "from-header"})
    )
    info = assetpay.meta(ap.wallet.balance())
    assert info is not None
    assert info.request_id == "from-header"


def test_meta_of_a_foreign_object_is_none() -> None:
    assert assetpay.meta(object()) is None
    assert assetpay.meta([1, 2]) is None


@pytest.mark.parametrize(
    ("operation_id", "invoke"),
    [
        ("getPrices", lambda ap: ap.market.prices()),
        ("getMerchantMarketItem", lambda ap: ap.market.listings(item_id="0cabcab6d22d2281")),
        (
            "getClientMarketSuggestions",
            lambda ap: ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL).market.suggestions(
                "ak"
            ),
        ),
    ],
)
def test_lists_carry_meta(
    operation_id: str,
    invoke: Callable[[assetpay.AssetPay], Any],
    api: respx.MockRouter,
    ap: assetpay.AssetPay,
) -> None:
    method, path, _ = operation_spec(operation_id)
    status, envelope = example_response(operation_id)
    api.route(method=method, path=path).mock(return_value=httpx.Response(status, json=envelope))
    result = invoke(ap)
    assert isinstance(result, list)
    info = assetpay.meta(result)
    assert info is not None
    assert info.request_id == REQUEST_ID
    assert info.http_status == 200


def test_get_many_carries_meta(api: respx.MockRouter, ap: assetpay.AssetPay) -> None:
    trade = example_response("getMerchantTrades")[1]["data"]
    api.get("/secure/trades/a,b").mock(return_value=httpx.Response(200, json={
        "requestId": REQUEST_ID, "success": True, "data": [trade]}))  # fmt: skip
    result = ap.trades.get_many(["a", "b"])
    assert len(result) == 1
    info = assetpay.meta(result)
    assert info is not None
    assert info.request_id == REQUEST_ID


def test_get_many_batches_dedupes_and_skips_not_found(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    trade = example_response("getMerchantTrades")[1]["data"]
    refs = [f"r{i}" for i in range(150)] + ["r0", "r1"]
    first = api.get("/secure/trades/" + ",".join(f"r{i}" for i in range(100))).mock(
        return_value=httpx.Response(
            200, json={"requestId": REQUEST_ID, "success": True, "data": [trade, trade]}
        )
    )
    second = api.get("/secure/trades/" + ",".join(f"r{i}" for i in range(100, 150))).mock(
        return_value=httpx.Response(
            404,
            json={
                "requestId": REQUEST_ID,
                "success": False,
                "error": {"code": 21, "key": "TRADE_NOT_FOUND", "message": "no"},
            },
        )
    )
    found = ap.trades.get_many(refs)
    assert first.call_count == 1
    assert second.call_count == 1
    assert len(found) == 2
    assert all(type(t).__name__ == "Trade" for t in found)


def test_get_many_with_one_ref_answered_by_an_object_is_still_a_list(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    status, envelope = example_response("getMerchantTrades")
    api.get("/secure/trades/only").mock(return_value=httpx.Response(status, json=envelope))
    found = ap.trades.get_many(["only"])
    assert isinstance(found, list)
    assert len(found) == 1


def test_get_with_several_trades_answered_returns_the_list(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    trade = example_response("getMerchantTrades")[1]["data"]
    api.get("/secure/trades/x").mock(return_value=httpx.Response(200, json={
        "requestId": REQUEST_ID, "success": True, "data": [trade]}))  # fmt: skip
    result: Any = ap.trades.get("x")
    assert isinstance(result, list)
    assert type(result[0]).__name__ == "Trade"


# ------------------------------------------------------------------ list items: models or dicts


def test_deposit_items_as_generated_models(api: respx.MockRouter, ap: assetpay.AssetPay) -> None:
    status, envelope = example_response("deposit")
    route = api.post("/client/trading/deposit").mock(
        return_value=httpx.Response(status, json=envelope)
    )
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    user.trades.deposit(items=[DepositItem(item_id="abcdef-1", price=1.25, amount=2)])
    import json

    assert json.loads(route.calls.last.request.content) == {
        "items": [{"itemId": "abcdef-1", "price": 1.25, "amount": 2}],
        "isInstant": False,
    }


def test_withdraw_items_mixing_models_and_dicts(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    status, envelope = example_response("withdraw")
    route = api.post("/client/trading/withdraw").mock(
        return_value=httpx.Response(status, json=envelope)
    )
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    user.trades.withdraw(
        items=[
            WithdrawItem(item_id="listing-1", price=1.0, max_price=1.1),
            {"item_id": "listing-2", "price": 2.0, "external_id": "x-2"},
        ]
    )
    import json

    assert json.loads(route.calls.last.request.content)["items"] == [
        {"itemId": "listing-1", "price": 1.0, "maxPrice": 1.1},
        {"itemId": "listing-2", "price": 2.0, "externalId": "x-2"},
    ]


@pytest.mark.parametrize(
    "item",
    [
        {"item_id": "listing-1", "price": 1.0, "colour": "red"},
        {"itemId": "listing-1", "price": 1.0},  # wire names are not the documented dict form
        {"item_id": "listing-1", "price": 1.0, "amount": 2},  # withdraw items have no amount
    ],
)
def test_an_unknown_key_in_an_item_dict_is_refused_before_sending(
    item: dict[str, Any], api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    with pytest.raises(RequestValidationError) as caught:
        user.trades.withdraw(items=[item])
    assert isinstance(caught.value, ValidationFailedError)
    assert "items.0" in caught.value.fields
    assert len(api.calls) == 0


def test_a_default_crypto_request_id_is_generated_and_valid(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    status, envelope = example_response("createMerchantCryptoWithdrawal")
    route = api.post("/secure/crypto/withdraw").mock(
        return_value=httpx.Response(status, json=envelope)
    )
    for _ in range(2):
        ap.crypto.withdraw(
            steam_id=STEAM_ID, chain="ETH", token="USDC", address=ADDRESS, amount_cents=1
        )
    import json

    ids = [json.loads(call.request.content)["requestId"] for call in route.calls]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{8,64}", rid) for rid in ids)
    assert ids[0] != ids[1]


def test_is_instant_is_always_sent_on_sell_and_deposit(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    import json

    status, envelope = example_response("sell")
    sell = api.post("/secure/sell").mock(return_value=httpx.Response(status, json=envelope))
    dep = api.post("/client/trading/deposit").mock(
        return_value=httpx.Response(status, json=envelope)
    )
    ap.trades.sell(trade_url=TRADE_URL, items=[{"item_id": "abcde", "price": 1}])
    ap.trades.sell(trade_url=TRADE_URL, items=[{"item_id": "abcde", "price": 1}], is_instant=True)
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    user.trades.deposit(items=[{"item_id": "abcde", "price": 1}])
    assert [json.loads(c.request.content)["isInstant"] for c in sell.calls] == [False, True]
    assert json.loads(dep.calls.last.request.content)["isInstant"] is False


def test_extra_headers_and_per_call_timeout_reach_the_request(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    status, envelope = example_response("getWalletBalance")
    route = api.get("/v1/wallets/me/balance").mock(
        return_value=httpx.Response(status, json=envelope)
    )
    ap.wallet.balance(timeout=7.5, extra_headers={"X-Trace": "abc"})
    request = route.calls.last.request
    assert request.headers["x-trace"] == "abc"
    assert request.extensions["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    ap.wallet.balance()
    assert route.calls.last.request.extensions["timeout"]["read"] == 30.0


def test_deposit_and_sell_get_100_seconds_by_default(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    status, envelope = example_response("sell")
    route = api.post("/secure/sell").mock(return_value=httpx.Response(status, json=envelope))
    ap.trades.sell(trade_url=TRADE_URL, items=[{"item_id": "abcde", "price": 1}])
    assert route.calls.last.request.extensions["timeout"]["read"] == 100.0


def test_client_wide_timeout_and_base_url_without_trailing_slash(sleeps: SleepLog) -> None:
    with respx.mock(base_url="https://other.test/api", assert_all_mocked=True) as router:
        status, envelope = example_response("getWalletBalance")
        route = router.get("/v1/wallets/me/balance").mock(
            return_value=httpx.Response(status, json=envelope)
        )
        with make_client(base_url="https://other.test/api/", timeout=3) as ap:
            ap.wallet.balance()
        assert str(route.calls.last.request.url) == "https://other.test/api/v1/wallets/me/balance"
        assert route.calls.last.request.extensions["timeout"]["connect"] == 3.0


def test_merchant_calls_need_an_api_key(api: respx.MockRouter, sleeps: SleepLog) -> None:
    with make_client(api_key=None) as ap, pytest.raises(assetpay.ConfigurationError):
        ap.wallet.balance()
    assert len(api.calls) == 0


@pytest.mark.parametrize(
    "kwargs",
    [{"timeout": 0}, {"timeout": -1}, {"max_retries": -1}, {"base_url": "ftp://x"}],
)
def test_bad_settings_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(assetpay.ConfigurationError):
        make_client(**kwargs)


def test_with_client_token_needs_a_token() -> None:
    with make_client() as ap, pytest.raises(assetpay.ConfigurationError):
        ap.with_client_token("")


def test_repr_hides_the_secrets() -> None:
    with make_client() as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        fixed = ap.with_client_token("tok.en.value")
        for text in (repr(ap), str(ap), repr(user), repr(fixed), repr(ap._engine.settings)):
            assert API_KEY not in text
            assert API_SECRET not in text
            assert "tok.en.value" not in text
