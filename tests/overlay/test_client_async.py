"""AsyncAssetPay: the same behaviours as the sync client, for a representative set (every
resource, retries, exactly-once creates, token renewal, reconcile, pagination, validation)."""

# ruff: noqa: S106  (token="USDT" is a crypto token name, not a password)

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import httpx
import pytest
import respx

import assetpay
from assetpay.errors import (
    APITimeoutError,
    InvalidResponseError,
    InvalidTokenError,
    MissingItemsError,
    RequestValidationError,
    TooManyItemsError,
    ValidationFailedError,
)
from assetpay_catalogue.operations import OPERATIONS

from .conftest import (
    API_KEY,
    API_SECRET,
    MERCHANT_ID,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    api_token,
    bearer,
    decode_jwt,
    example_data,
    example_response,
    fail,
    html,
    make_async_client,
    ok,
    operation_spec,
)

T = TypeVar("T")
ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
ITEM = [{"item_id": "listing-1", "price": 1.0}]
AsyncInvoke = Callable[[assetpay.AsyncAssetPay, assetpay.AsyncClientScope], Awaitable[Any]]


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def success(operation_id: str) -> httpx.Response:
    status, envelope = example_response(operation_id)
    return httpx.Response(status, json=envelope)


def mock(
    api: respx.MockRouter, operation_id: str, path: str | None, effects: list[Any]
) -> respx.Route:
    method, spec_path, _ = operation_spec(operation_id)
    return api.route(method=method, path=path or spec_path).mock(side_effect=effects)


# (operationId, concrete path or None, call, expected model, expected query, expected body)
CASES: list[tuple[str, str | None, AsyncInvoke, str, dict[str, str], dict[str, Any] | None]] = [
    ("checkTradeUrl", None, lambda ap, u: ap.clients.check_trade_url(TRADE_URL),
     "TradeUrlCheck", {}, {"tradeurl": TRADE_URL, "forceRefresh": False}),
    ("authenticateClient", None,
     lambda ap, u: ap.clients.authenticate(steam_id=STEAM_ID, trade_url=TRADE_URL),
     "ClientToken", {}, {"clientSteamId": STEAM_ID, "clientTradeUrl": TRADE_URL}),
    ("getPrices", None, lambda ap, u: ap.market.prices(252490), "list", {"game": "252490"}, None),
    ("getMerchantMarket", None, lambda ap, u: ap.market.search(per_page=10, source="Xk9W"),
     "MarketPage", {"perPage": "10", "source": "Xk9W"}, None),
    ("getMerchantMarketItem", None, lambda ap, u: ap.market.listings(item_id="abc"),
     "list", {"itemId": "abc"}, None),
    ("getMerchantInventory", None,
     lambda ap, u: ap.inventory.get(trade_url=TRADE_URL, accepted_only=False),
     "Inventory", {"tradeUrl": TRADE_URL, "acceptedOnly": "false"}, None),
    ("listMerchantTrades", None, lambda ap, u: ap.trades.list(limit=3),
     "TradePage", {"limit": "3"}, None),
    ("getMerchantTrades", "/secure/trades/t-1", lambda ap, u: ap.trades.get("t-1"),
     "Trade", {}, None),
    ("sell", None,
     lambda ap, u: ap.trades.sell(trade_url=TRADE_URL, items=ITEM, is_instant=True),
     "Trade", {}, {"tradeUrl": TRADE_URL, "isInstant": True,
                   "items": [{"itemId": "listing-1", "price": 1.0, "amount": 1}]}),
    ("buy", None, lambda ap, u: ap.trades.buy(trade_url=TRADE_URL, items=ITEM),
     "Trade", {}, {"tradeUrl": TRADE_URL, "items": [{"itemId": "listing-1", "price": 1.0}]}),
    ("quickBuy", None,
     lambda ap, u: ap.trades.quick_buy(
         trade_url=TRADE_URL, market_hash_name="AWP | Asiimov", max_price=9.5, amount=1),
     "Trade", {}, {"tradeUrl": TRADE_URL, "marketHashName": "AWP | Asiimov", "maxPrice": 9.5,
                   "amount": 1}),
    ("cancelBuy", "/secure/buy/t-1/cancel", lambda ap, u: ap.trades.cancel("t-1"),
     "TradeCancelResult", {}, None),
    ("cancelBuyItem", "/secure/buy/t-1/items/i-1/cancel",
     lambda ap, u: ap.trades.cancel_item("t-1", "i-1"), "ItemCancelResult", {}, None),
    ("getMerchantCryptoDepositAddress", None,
     lambda ap, u: ap.crypto.deposit_address(steam_id=STEAM_ID, chain="BSC"),
     "CryptoDepositAddress", {"steamId": STEAM_ID, "chain": "BSC"}, None),
    ("listMerchantCryptoDeposits", None, lambda ap, u: ap.crypto.deposits(steam_id=STEAM_ID),
     "CryptoDepositPage", {"steamId": STEAM_ID}, None),
    ("listMerchantCryptoWithdrawals", None,
     lambda ap, u: ap.crypto.withdrawals(steam_id=STEAM_ID, limit=1),
     "CryptoWithdrawalPage", {"steamId": STEAM_ID, "limit": "1"}, None),
    ("createMerchantCryptoWithdrawal", None,
     lambda ap, u: ap.crypto.withdraw(steam_id=STEAM_ID, chain="SOL", token="USDC",
                                      address=ADDRESS, amount_cents=7, request_id="abcdefgh"),
     "CryptoWithdrawal", {}, {"steamId": STEAM_ID, "chain": "SOL", "token": "USDC",
                              "address": ADDRESS, "amountCents": 7, "requestId": "abcdefgh"}),
    ("getWalletBalance", None, lambda ap, u: ap.wallet.balance(), "WalletBalance", {}, None),
    ("listLedgerTransactions", None, lambda ap, u: ap.wallet.transactions(status="PENDING"),
     "LedgerTransactionPage", {"status": "PENDING"}, None),
    ("getLedgerTransaction", "/v1/ledger/transactions/l-1",
     lambda ap, u: ap.wallet.transaction("l-1"), "LedgerTransactionDetail", {}, None),
    ("getClientInventory", None, lambda ap, u: u.inventory.get(refresh=True),
     "Inventory", {"refresh": "true"}, None),
    ("getClientMarket", None, lambda ap, u: u.market.search(development=True),
     "MarketPage", {"development": "true"}, None),
    ("getClientMarketItem", None, lambda ap, u: u.market.listings(item_id="abc", phase="Emerald"),
     "list", {"itemId": "abc", "phase": "Emerald"}, None),
    ("getClientMarketSuggestions", None, lambda ap, u: u.market.suggestions("awp"),
     "list", {"q": "awp"}, None),
    ("listClientTrades", None, lambda ap, u: u.trades.list(game="730"),
     "TradePage", {"game": "730"}, None),
    ("deposit", None, lambda ap, u: u.trades.deposit(items=ITEM),
     "Trade", {}, {"items": [{"itemId": "listing-1", "price": 1.0, "amount": 1}],
                   "isInstant": False}),
    ("withdraw", None, lambda ap, u: u.trades.withdraw(items=ITEM, slippage_bps=0),
     "Trade", {}, {"items": [{"itemId": "listing-1", "price": 1.0}], "slippageBps": 0}),
    ("quickWithdraw", None,
     lambda ap, u: u.trades.quick_withdraw(item_id="dc3c4460d814ac35", max_price=1.0, amount=2),
     "Trade", {}, {"itemId": "dc3c4460d814ac35", "maxPrice": 1.0, "amount": 2}),
    ("cancelWithdraw", "/client/trading/withdraw/t-1/cancel", lambda ap, u: u.trades.cancel("t-1"),
     "TradeCancelResult", {}, None),
    ("cancelWithdrawItem", "/client/trading/withdraw/t-1/items/i-1/cancel",
     lambda ap, u: u.trades.cancel_item("t-1", "i-1"), "ItemCancelResult", {}, None),
    ("getClientCryptoDepositAddress", None,
     lambda ap, u: u.crypto.deposit_address(chain="SOL", token="USDT"),
     "CryptoDepositAddress", {"chain": "SOL", "token": "USDT"}, None),
    ("listClientCryptoDeposits", None, lambda ap, u: u.crypto.deposits(),
     "CryptoDepositPage", {}, None),
    ("listClientCryptoWithdrawals", None, lambda ap, u: u.crypto.withdrawals(limit=2),
     "CryptoWithdrawalPage", {"limit": "2"}, None),
    ("createClientCryptoWithdrawal", None,
     lambda ap, u: u.crypto.withdraw(chain="ETH", token="USDT", address=ADDRESS,
                                     amount_cents=9, request_id="abcdefgh"),
     "CryptoWithdrawal", {}, {"chain": "ETH", "token": "USDT", "address": ADDRESS,
                              "amountCents": 9, "requestId": "abcdefgh"}),
    ("startVerification", None, lambda ap, u: u.verification.start(),
     "VerificationStart", {}, {}),
    ("getVerificationStatus", None, lambda ap, u: u.verification.status(),
     "VerificationStatus", {}, None),
    ("linkVerification", None, lambda ap, u: u.verification.link(),
     "VerificationLink", {}, None),
]  # fmt: skip


def test_the_async_table_names_spec_operations_once() -> None:
    ids = {case[0] for case in CASES}
    assert len(ids) == len(CASES)
    assert ids <= set(OPERATIONS)


@pytest.mark.parametrize(
    ("operation_id", "path", "call", "model", "query", "body"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_async_operation(
    operation_id: str,
    path: str | None,
    call: AsyncInvoke,
    model: str,
    query: dict[str, str],
    body: dict[str, Any] | None,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    route = mock(api, operation_id, path, [success(operation_id)])

    async def go() -> Any:
        async with make_async_client() as ap:
            user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
            return await call(ap, user)

    result = run(go())
    assert route.call_count == 1
    request = route.calls.last.request
    assert dict(request.url.params) == query
    if body is not None:
        assert json.loads(request.content) == body
    if request.url.path.startswith("/client/"):
        header, claims = decode_jwt(bearer(request), API_SECRET)
        assert header["userId"] == MERCHANT_ID
        assert claims["client"]["steamID"] == STEAM_ID
        assert "api-key" not in request.headers
    else:
        assert request.headers["api-key"] == API_KEY
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"].startswith(f"assetpay-python/{assetpay.__version__} ")
    if model == "list":
        assert isinstance(result, list)
        assert result
    else:
        assert type(result).__name__ == model
    info = assetpay.meta(result)
    assert info is not None
    assert info.client_request_id == request.headers["x-request-id"]


# ------------------------------------------------------------------ retries, exactly once


def test_async_read_retries_with_backoff_and_one_request_id(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", None,
                 [httpx.ReadTimeout, html(502), success("getWalletBalance")])  # fmt: skip

    async def go() -> Any:
        async with make_async_client() as ap:
            return await ap.wallet.balance()

    result = run(go())
    assert route.call_count == 3
    assert len({c.request.headers["x-request-id"] for c in route.calls}) == 1
    assert len(sleeps.waits) == 2
    assert 0.375 <= sleeps.waits[0] <= 0.5
    assert 0.75 <= sleeps.waits[1] <= 1.0
    info = assetpay.meta(result)
    assert info is not None
    assert info.attempts == 3


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.ReadError, html(500)])
def test_async_withdraw_is_sent_exactly_once_after_an_ambiguous_failure(
    failure: Any, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "withdraw", None, [failure, success("withdraw")])

    async def go() -> None:
        async with make_async_client() as ap:
            await ap.as_client(STEAM_ID, TRADE_URL).trades.withdraw(items=ITEM)

    with pytest.raises(
        (APITimeoutError, assetpay.errors.APIConnectionError, InvalidResponseError)
    ) as caught:
        run(go())
    assert caught.value.ambiguous is True
    assert route.call_count == 1


def test_async_create_retried_after_connect_error(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "sell", None, [httpx.ConnectError, success("sell")])

    async def go() -> None:
        async with make_async_client() as ap:
            await ap.trades.sell(trade_url=TRADE_URL, items=ITEM)

    run(go())
    assert route.call_count == 2


def test_async_crypto_withdraw_keeps_its_request_id(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    answers = [httpx.ReadTimeout, html(503), success("createClientCryptoWithdrawal")]
    route = mock(api, "createClientCryptoWithdrawal", None, answers)

    async def go() -> None:
        async with make_async_client() as ap:
            await ap.as_client(STEAM_ID, TRADE_URL).crypto.withdraw(
                chain="ETH", token="USDT", address=ADDRESS, amount_cents=5
            )

    run(go())
    assert route.call_count == 3
    assert len({json.loads(c.request.content)["requestId"] for c in route.calls}) == 1


def test_async_refusal_honours_retry_after_and_gives_up_on_long_waits(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "withdraw", None, [
        fail("FLEET_DEGRADED", 1011, 503, headers={"Retry-After": "2"}), success("withdraw"),
        fail("WITHDRAW_IN_PROGRESS", 20, 409, headers={"Retry-After": "60"}), success("withdraw"),
    ])  # fmt: skip

    async def go() -> None:
        async with make_async_client() as ap:
            user = ap.as_client(STEAM_ID, TRADE_URL)
            await user.trades.withdraw(items=ITEM)
            with pytest.raises(assetpay.errors.WithdrawInProgressError) as caught:
                await user.trades.withdraw(items=ITEM)
            assert caught.value.retry_after == 60.0

    run(go())
    assert route.call_count == 3
    assert sleeps.waits == [2.0]


def test_async_cancel_retried_on_timeout(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "cancelWithdraw", "/client/trading/withdraw/t-1/cancel",
                 [httpx.ReadTimeout, success("cancelWithdraw")])  # fmt: skip

    async def go() -> None:
        async with make_async_client() as ap:
            await ap.as_client(STEAM_ID, TRADE_URL).trades.cancel("t-1")

    run(go())
    assert route.call_count == 2


# ------------------------------------------------------------------ tokens


def test_async_token_renewal_and_replay(api: respx.MockRouter, sleeps: SleepLog) -> None:
    first, second = api_token("m", exp=4_102_444_000), api_token("m", exp=4_102_444_100)
    auth = api.post("/auth/authenticate-client").mock(side_effect=[
        ok({"token": first}), ok({"token": second})])  # fmt: skip
    route = mock(api, "getClientInventory", None,
                 [fail("TOKEN_EXPIRED", 1111, 401), success("getClientInventory"),
                  success("getClientInventory")])  # fmt: skip

    async def go() -> str:
        async with make_async_client(api_secret=None, merchant_id=None) as ap:
            user = ap.as_client(STEAM_ID, TRADE_URL)
            await user.inventory.get()
            await ap.as_client(STEAM_ID, TRADE_URL).inventory.get()  # cached
            return await user.token()

    assert run(go()) == second
    assert auth.call_count == 2
    assert [bearer(c.request) for c in route.calls] == [first, second, second]


def test_async_with_api_secret_only_mints_after_the_first_token(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    auth = api.post("/auth/authenticate-client").mock(
        return_value=ok({"token": api_token("merchant-from-api")})
    )
    route = mock(api, "getClientInventory", None, [success("getClientInventory")] * 2)

    async def go() -> None:
        async with make_async_client(merchant_id=None) as ap:
            await ap.as_client(STEAM_ID, TRADE_URL).inventory.get()
            await ap.as_client("76561198000000001", TRADE_URL).inventory.get()

    run(go())
    assert auth.call_count == 1
    header, _ = decode_jwt(bearer(route.calls[1].request), API_SECRET)
    assert header["userId"] == "merchant-from-api"


def test_async_fixed_token_is_not_renewed(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "getVerificationStatus", None, [fail("INVALID_TOKEN", 1102, 401)] * 2)

    async def go() -> None:
        async with make_async_client() as ap:
            await ap.with_client_token("tok").verification.status()

    with pytest.raises(InvalidTokenError):
        run(go())
    assert route.call_count == 1


def test_async_without_credentials_fails_before_sending(api: respx.MockRouter) -> None:
    async def go() -> None:
        async with make_async_client(api_key=None, api_secret=None, merchant_id=None) as ap:
            await ap.as_client(STEAM_ID, TRADE_URL).market.suggestions("x")

    with pytest.raises(assetpay.ConfigurationError):
        run(go())
    assert len(api.calls) == 0


# ------------------------------------------------------------------ reconcile


@pytest.mark.parametrize(
    ("resend", "lookup", "settled"),
    [
        (success("deposit"), None, "resent"),
        (fail("EXTERNAL_ID_EXISTS", 1, 409), success("getMerchantTrades"), "found"),
        (html(502), fail("TRADE_NOT_FOUND", 21, 404), None),
    ],
)
def test_async_reconcile_outcomes(
    resend: httpx.Response,
    lookup: httpx.Response | None,
    settled: str | None,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    route = mock(api, "deposit", None, [httpx.ReadTimeout, resend])
    lookup_route = api.get("/secure/trades/dep-1").mock(
        side_effect=[lookup] if lookup is not None else []
    )

    async def go() -> Any:
        async with make_async_client(reconcile=True) as ap:
            return await ap.as_client(STEAM_ID, TRADE_URL).trades.deposit(
                items=ITEM, external_id="dep-1"
            )

    if settled is None:
        with pytest.raises(APITimeoutError):
            run(go())
    else:
        info = assetpay.meta(run(go()))
        assert info is not None
        assert info.settled_by == settled
    assert route.call_count == 2
    assert lookup_route.call_count == (0 if lookup is None else 1)


# ------------------------------------------------------------------ pagination


def test_async_pagination_every_style(api: respx.MockRouter, sleeps: SleepLog) -> None:
    trade = example_data("listClientTrades")["items"][0]
    market_item = example_data("getClientMarket")["items"][0]
    inv_item = example_data("getMerchantInventory")["inventory"][0]
    dep = example_data("listClientCryptoDeposits")["deposits"][0]
    wd = example_data("listMerchantCryptoWithdrawals")["withdrawals"][0]
    led = example_data("listLedgerTransactions")["items"][0]
    trades = api.get("/client/trades").mock(
        side_effect=[
            ok({"items": [trade], "nextCursor": "c2"}),
            ok({"items": [trade], "nextCursor": None}),
        ]
    )
    market = api.get("/client/market").mock(
        side_effect=[
            ok({"items": [market_item] * 2, "count": 4}),
            ok({"items": [market_item] * 2, "count": 4}),
        ]
    )
    inventory = api.get("/secure/inventory").mock(
        side_effect=[
            ok(
                {
                    "inventory": [inv_item] * 3,
                    "count": 3,
                    "updatedAt": "2026-03-04T10:00:00.000Z",
                    "collateral": 0,
                }
            )
        ]
    )
    deposits = api.get("/client/crypto/deposits").mock(
        side_effect=[
            ok({"deposits": [dep], "nextBefore": "2026-01-01T00:00:00.000Z"}),
            ok({"deposits": [], "nextBefore": None}),
        ]
    )
    withdrawals = api.get("/secure/crypto/withdrawals").mock(
        side_effect=[ok({"withdrawals": [wd], "nextBefore": None})]
    )
    ledger = api.get("/v1/ledger/transactions").mock(
        side_effect=[
            ok(
                {"items": [led], "pagination": {"page": 1, "limit": 1, "total": 2, "totalPages": 2}}
            ),
            ok(
                {"items": [led], "pagination": {"page": 2, "limit": 1, "total": 2, "totalPages": 2}}
            ),
        ]
    )

    async def collect(pager: Any) -> list[Any]:
        return [row async for row in pager]

    async def go() -> list[int]:
        async with make_async_client() as ap:
            user = ap.as_client(STEAM_ID, TRADE_URL)
            pager = user.trades.iterate(limit=1)
            assert trades.call_count == 0  # lazy
            counts = [len(await collect(pager))]
            counts.append(len(await collect(user.market.iterate(per_page=2))))
            counts.append(len(await collect(ap.inventory.iterate(trade_url=TRADE_URL, limit=5))))
            counts.append(len(await collect(user.crypto.iterate_deposits())))
            counts.append(len(await collect(ap.crypto.iterate_withdrawals(steam_id=STEAM_ID))))
            counts.append(len(await collect(ap.wallet.iterate_transactions(limit=1))))
            return counts

    assert run(go()) == [2, 4, 3, 1, 1, 2]
    assert trades.calls[1].request.url.params["cursor"] == "c2"
    assert [c.request.url.params["page"] for c in market.calls] == ["1", "2"]
    assert inventory.call_count == 1
    assert deposits.call_count == 2
    assert withdrawals.call_count == 1
    assert [c.request.url.params["offset"] for c in ledger.calls] == ["0", "1"]


def test_async_repeated_cursor_raises(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/secure/trades").mock(return_value=ok({"items": [], "nextCursor": "same"}))

    async def go() -> None:
        async with make_async_client() as ap:
            async for _ in ap.trades.iterate():
                pass

    with pytest.raises(InvalidResponseError):
        run(go())
    assert route.call_count == 2


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("call", "error_class", "field"),
    [
        (lambda ap, u: u.trades.withdraw(items=[]), MissingItemsError, "items"),
        (lambda ap, u: u.trades.deposit(items=ITEM * 251), TooManyItemsError, "items"),
        (lambda ap, u: ap.trades.buy(trade_url="x", items=ITEM),
         assetpay.errors.InvalidTradeurlError, "tradeUrl"),
        (lambda ap, u: u.market.suggestions(""), ValidationFailedError, "q"),
        (lambda ap, u: ap.market.search(sort="cheap"), ValidationFailedError, "sort"),
        (lambda ap, u: ap.trades.get_many(["a,b"]), ValidationFailedError, "refs.0"),
        (lambda ap, u: u.trades.quick_withdraw(max_price=1, amount=1),
         ValidationFailedError, "itemId"),
    ],
)  # fmt: skip
def test_async_validation_sends_nothing(
    call: AsyncInvoke, error_class: type[Exception], field: str, api: respx.MockRouter
) -> None:
    async def go() -> None:
        async with make_async_client() as ap:
            await call(ap, ap.as_client(STEAM_ID, TRADE_URL))

    with pytest.raises(RequestValidationError) as caught:
        run(go())
    assert isinstance(caught.value, error_class)
    assert field in caught.value.fields
    assert len(api.calls) == 0


def test_async_get_many_batches(api: respx.MockRouter, sleeps: SleepLog) -> None:
    trade = example_data("getMerchantTrades")
    route = api.get("/secure/trades/a,b").mock(return_value=ok([trade, trade]))

    async def go() -> list[Any]:
        async with make_async_client() as ap:
            return await ap.trades.get_many(["a", "b", "a"])

    assert len(run(go())) == 2
    assert route.call_count == 1
