"""Retries through the client, counting the requests: reads, keyed crypto withdrawals, cancels,
the six trade-creating calls (exactly once unless nothing was sent), refusals raised before any
work, Retry-After, backoff, and reconcile's three outcomes."""

# ruff: noqa: S106  (token="USDT" is a crypto token name, not a password)

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AssetPayError,
    InvalidResponseError,
    NoBotsAvailableError,
    PriceChangedError,
    RateLimitedError,
    ServerError,
)

from .conftest import (
    API_KEY,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    example_response,
    fail,
    html,
    make_client,
    operation_spec,
)

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
Invoke = Callable[..., Any]


def user(ap: assetpay.AssetPay) -> assetpay.ClientScope:
    return ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)


ITEM = [{"item_id": "listing-1", "price": 1.0}]

# operationId -> a call with an externalId "ext-1"
CREATES: dict[str, Invoke] = {
    "sell": lambda ap, **kw: ap.trades.sell(
        trade_url=TRADE_URL, items=ITEM, external_id="ext-1", **kw
    ),
    "buy": lambda ap, **kw: ap.trades.buy(
        trade_url=TRADE_URL, items=ITEM, external_id="ext-1", **kw
    ),
    "quickBuy": lambda ap, **kw: ap.trades.quick_buy(
        trade_url=TRADE_URL,
        item_id="dc3c4460d814ac35",
        max_price=5.0,
        amount=1,
        external_id="ext-1",
        **kw,
    ),
    "deposit": lambda ap, **kw: user(ap).trades.deposit(items=ITEM, external_id="ext-1", **kw),
    "withdraw": lambda ap, **kw: user(ap).trades.withdraw(items=ITEM, external_id="ext-1", **kw),
    "quickWithdraw": lambda ap, **kw: user(ap).trades.quick_withdraw(
        item_id="dc3c4460d814ac35", max_price=5.0, amount=1, external_id="ext-1", **kw
    ),
}
CANCELS: dict[str, Invoke] = {
    "cancelBuy": lambda ap, **kw: ap.trades.cancel("t-1", **kw),
    "cancelBuyItem": lambda ap, **kw: ap.trades.cancel_item("t-1", "i-1", **kw),
    "cancelWithdraw": lambda ap, **kw: user(ap).trades.cancel("t-1", **kw),
    "cancelWithdrawItem": lambda ap, **kw: user(ap).trades.cancel_item("t-1", "i-1", **kw),
}
KEYED: dict[str, Invoke] = {
    "createMerchantCryptoWithdrawal": lambda ap, **kw: ap.crypto.withdraw(
        steam_id=STEAM_ID, chain="ETH", token="USDT", address=ADDRESS, amount_cents=100, **kw
    ),
    "createClientCryptoWithdrawal": lambda ap, **kw: user(ap).crypto.withdraw(
        chain="ETH", token="USDT", address=ADDRESS, amount_cents=100, **kw
    ),
}
READS: dict[str, Invoke] = {
    "getWalletBalance": lambda ap, **kw: ap.wallet.balance(**kw),
    "getMerchantMarketItem": lambda ap, **kw: ap.market.listings(item_id="abc", **kw),
    "getClientInventory": lambda ap, **kw: user(ap).inventory.get(**kw),
    "checkTradeUrl": lambda ap, **kw: ap.clients.check_trade_url(TRADE_URL, **kw),
}
PATHS = {
    "cancelBuy": "/secure/buy/t-1/cancel",
    "cancelBuyItem": "/secure/buy/t-1/items/i-1/cancel",
    "cancelWithdraw": "/client/trading/withdraw/t-1/cancel",
    "cancelWithdrawItem": "/client/trading/withdraw/t-1/items/i-1/cancel",
}
ALL: dict[str, Invoke] = {**READS, **KEYED, **CANCELS, **CREATES}


def mock(api: respx.MockRouter, operation_id: str, side_effect: list[Any]) -> respx.Route:
    method, path, _ = operation_spec(operation_id)
    return api.route(method=method, path=PATHS.get(operation_id, path)).mock(
        side_effect=side_effect
    )


def success(operation_id: str) -> httpx.Response:
    status, envelope = example_response(operation_id)
    return httpx.Response(status, json=envelope)


def assert_backoff(waits: list[float]) -> None:
    """0.5 s doubling (capped at 8 s), each wait jittered to 75-100 % of its ceiling."""
    for number, wait in enumerate(waits):
        ceiling = min(8.0, 0.5 * 2**number)
        assert 0.75 * ceiling <= wait <= ceiling, (number, wait)


def one_request_id(route: respx.Route) -> None:
    ids = {call.request.headers["x-request-id"] for call in route.calls}
    assert len(ids) == 1


# ------------------------------------------------------------------ network failures


NETWORK = [
    # (exception, raised class, ambiguous)
    (httpx.ConnectError, APIConnectionError, False),
    (httpx.ConnectTimeout, APITimeoutError, False),
    (httpx.PoolTimeout, APITimeoutError, False),
    (httpx.ReadError, APIConnectionError, True),
    (httpx.WriteError, APIConnectionError, True),
    (httpx.RemoteProtocolError, APIConnectionError, True),
    (httpx.ReadTimeout, APITimeoutError, True),
    (httpx.WriteTimeout, APITimeoutError, True),
]


@pytest.mark.parametrize("operation_id", [*READS, *KEYED])
@pytest.mark.parametrize(("exc", "raised", "ambiguous"), NETWORK)
def test_reads_and_keyed_calls_retry_network_failures_then_raise(
    operation_id: str,
    exc: type[Exception],
    raised: type[AssetPayError],
    ambiguous: bool,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    route = mock(api, operation_id, [exc, exc, exc, success(operation_id)])
    with make_client() as ap, pytest.raises(raised) as caught:
        ALL[operation_id](ap)
    assert type(caught.value) is raised
    assert caught.value.ambiguous is ambiguous
    assert route.call_count == 3  # max_retries=2 by default
    assert len(sleeps.waits) == 2
    assert_backoff(sleeps.waits)
    one_request_id(route)


@pytest.mark.parametrize("operation_id", [*READS, *KEYED])
def test_a_read_succeeds_after_failures_and_meta_counts_the_attempts(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, html(502), success(operation_id)])
    with make_client() as ap:
        result = ALL[operation_id](ap)
    assert route.call_count == 3
    info = assetpay.meta(result)
    assert info is not None
    assert info.attempts == 3
    assert info.client_request_id == route.calls.last.request.headers["x-request-id"]
    one_request_id(route)
    assert_backoff(sleeps.waits)


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
@pytest.mark.parametrize("operation_id", ["getWalletBalance", "createMerchantCryptoWithdrawal"])
def test_answers_without_an_envelope_are_retried_for_reads_and_keyed(
    status: int, operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [html(status)] * 3)
    with make_client() as ap, pytest.raises(InvalidResponseError) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 3
    assert caught.value.http_status == status
    assert caught.value.ambiguous is (status >= 500)
    assert_backoff(sleeps.waits)


@pytest.mark.parametrize("body", [b"", b"not json", b"[1,2]", b'{"success": true}'])
def test_a_5xx_with_an_empty_or_odd_body_is_retried(
    body: bytes, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", [httpx.Response(500, content=body)] * 3)
    with make_client() as ap, pytest.raises(InvalidResponseError):
        ap.wallet.balance()
    assert route.call_count == 3


@pytest.mark.parametrize("operation_id", [*READS, *KEYED])
def test_an_enveloped_server_error_is_retried_for_reads_and_keyed_calls(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail("SERVER_ERROR", 1006, 500), success(operation_id)])
    with make_client() as ap:
        ALL[operation_id](ap)
    assert route.call_count == 2
    assert len(sleeps.waits) == 1
    one_request_id(route)


@pytest.mark.parametrize("operation_id", [*CANCELS, *CREATES])
def test_an_enveloped_server_error_is_not_retried_for_cancels_and_creates(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail("SERVER_ERROR", 1006, 500), success(operation_id)])
    with make_client() as ap, pytest.raises(ServerError) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert caught.value.ambiguous is True  # it may have taken effect: reconcile can tell
    assert sleeps.waits == []


@pytest.mark.parametrize("operation_id", list(CREATES))
@pytest.mark.parametrize(
    ("key", "code", "status"), [("TRADE_OFFER_FAILED", 5, 502), ("DEPOSITS_PAUSED", 0, 503)]
)
def test_a_create_answered_by_a_named_5xx_key_is_definitive(
    operation_id: str, key: str, code: int, status: int, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail(key, code, status), success(operation_id)])
    with make_client(reconcile=True) as ap, pytest.raises(APIError) as caught:
        ALL[operation_id](ap)
    assert caught.value.key == key
    assert caught.value.ambiguous is False
    assert route.call_count == 1  # neither resent nor reconciled


@pytest.mark.parametrize("operation_id", [*READS, *KEYED])
def test_a_501_page_is_not_retried(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [html(501), success(operation_id)])
    with make_client() as ap, pytest.raises(InvalidResponseError):
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert sleeps.waits == []


@pytest.mark.parametrize("operation_id", ["getWalletBalance", "withdraw", "cancelBuy"])
def test_max_retry_wait_zero_retries_nothing(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail("FLEET_DEGRADED", 1011, 503), success(operation_id)])
    with make_client(max_retry_wait=0) as ap, pytest.raises(APIError) as caught:
        ALL[operation_id](ap)
    assert caught.value.key == "FLEET_DEGRADED"
    assert route.call_count == 1
    assert sleeps.waits == []


def test_max_retry_wait_caps_the_backoff_of_a_refusal(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", [fail("FLEET_DEGRADED", 1011, 503)] * 4)
    with make_client(max_retries=3, max_retry_wait=0.6) as ap, pytest.raises(APIError):
        ap.wallet.balance()
    assert route.call_count == 4
    assert len(sleeps.waits) == 3
    assert all(0 < wait <= 0.6 for wait in sleeps.waits)


def test_a_4xx_html_page_is_not_retried_and_not_ambiguous(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", [html(404), success("getWalletBalance")])
    with make_client() as ap, pytest.raises(InvalidResponseError) as caught:
        ap.wallet.balance()
    assert route.call_count == 1
    assert caught.value.ambiguous is False


# ------------------------------------------------------------------ keyed: crypto withdrawals


@pytest.mark.parametrize("operation_id", list(KEYED))
@pytest.mark.parametrize("request_id", [None, "my-request_0001"])
def test_crypto_withdraw_resends_the_same_request_id_on_every_attempt(
    operation_id: str, request_id: str | None, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, html(503), success(operation_id)])
    with make_client() as ap:
        ALL[operation_id](ap, request_id=request_id)
    assert route.call_count == 3
    bodies = [json.loads(call.request.content) for call in route.calls]
    ids = {body["requestId"] for body in bodies}
    assert len(ids) == 1
    (sent,) = ids
    if request_id is not None:
        assert sent == request_id
    assert 8 <= len(sent) <= 64
    assert all(ch.isalnum() or ch in "_-" for ch in sent)
    assert bodies[0] == bodies[1] == bodies[2]
    one_request_id(route)


# ------------------------------------------------------------------ cancels


@pytest.mark.parametrize("operation_id", list(CANCELS))
@pytest.mark.parametrize(
    "exc", [httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.ConnectTimeout]
)
def test_cancels_are_retried_after_network_errors(
    operation_id: str, exc: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [exc, exc, success(operation_id)])
    with make_client() as ap:
        ALL[operation_id](ap)
    assert route.call_count == 3
    one_request_id(route)


@pytest.mark.parametrize("operation_id", list(CANCELS))
@pytest.mark.parametrize("exc", [httpx.ReadTimeout, httpx.WriteTimeout])
def test_cancels_are_retried_after_timeouts(
    operation_id: str, exc: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    # aligned with AssetPay's SDK: a cancel is repeatable, and a timeout is no more ambiguous
    # than a connection that broke (which was already retried)
    route = mock(api, operation_id, [exc, success(operation_id)])
    with make_client() as ap:
        ALL[operation_id](ap)
    assert route.call_count == 2
    one_request_id(route)


@pytest.mark.parametrize("operation_id", list(CANCELS))
@pytest.mark.parametrize("failure", [html(500), html(502), html(408)])
def test_cancels_are_not_retried_after_status_answers(
    operation_id: str, failure: Any, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [failure, success(operation_id)])
    with make_client() as ap, pytest.raises((APIConnectionError, InvalidResponseError)):
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert sleeps.waits == []


# ------------------------------------------------------------------ the six trade-creating calls


@pytest.mark.parametrize("operation_id", list(CREATES))
@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_creates_are_retried_only_when_nothing_was_sent(
    operation_id: str, exc: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [exc, exc, success(operation_id)])
    with make_client() as ap:
        trade = ALL[operation_id](ap)
    assert type(trade).__name__ == "Trade"
    assert route.call_count == 3
    one_request_id(route)
    bodies = {call.request.content for call in route.calls}
    assert len(bodies) == 1
    assert_backoff(sleeps.waits)


@pytest.mark.parametrize("operation_id", list(CREATES))
@pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_creates_that_never_connect_raise_a_non_ambiguous_error(
    operation_id: str, exc: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [exc] * 3)
    with make_client() as ap, pytest.raises(APIConnectionError) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 3
    assert caught.value.ambiguous is False


@pytest.mark.parametrize("operation_id", list(CREATES))
@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.ReadError, APIConnectionError),
        (httpx.WriteError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (html(500), InvalidResponseError),
        (html(502), InvalidResponseError),
        (html(504), InvalidResponseError),
    ],
)
def test_creates_are_sent_exactly_once_after_an_ambiguous_failure(
    operation_id: str,
    failure: Any,
    raised: type[AssetPayError],
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    route = mock(api, operation_id, [failure, success(operation_id), success(operation_id)])
    with make_client() as ap, pytest.raises(raised) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert caught.value.ambiguous is True
    assert sleeps.waits == []


# ------------------------------------------------------------------ refused before any work


REFUSALS = [
    ("FLEET_DEGRADED", 1011, 503),
    ("DEPOSIT_IN_PROGRESS", 19, 409),
    ("WITHDRAW_IN_PROGRESS", 20, 409),
    ("ONCHAIN_CLIENT_WITHDRAW_BUSY", 1699, 409),
]


@pytest.mark.parametrize("operation_id", list(ALL))
@pytest.mark.parametrize(("key", "code", "status"), REFUSALS)
def test_refusals_before_work_are_retried_for_every_call(
    operation_id: str, key: str, code: int, status: int, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(
        api,
        operation_id,
        [fail(key, code, status), fail(key, code, status), success(operation_id)],
    )
    with make_client() as ap:
        ALL[operation_id](ap)
    assert route.call_count == 3
    one_request_id(route)
    assert_backoff(sleeps.waits)


@pytest.mark.parametrize("operation_id", ["withdraw", "sell", "getWalletBalance"])
@pytest.mark.parametrize(("key", "code", "status"), REFUSALS)
def test_refusals_before_work_give_up_after_max_retries(
    operation_id: str, key: str, code: int, status: int, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail(key, code, status)] * 4)
    with make_client() as ap, pytest.raises(APIError) as caught:
        ALL[operation_id](ap)
    assert caught.value.key == key
    assert caught.value.ambiguous is False
    assert route.call_count == 3


@pytest.mark.parametrize("operation_id", ["withdraw", "createMerchantCryptoWithdrawal"])
@pytest.mark.parametrize(("key", "code", "status"), REFUSALS)
def test_retry_after_seconds_is_honoured(
    operation_id: str, key: str, code: int, status: int, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    refusal = fail(key, code, status, headers={"Retry-After": "3"})
    route = mock(api, operation_id, [refusal, success(operation_id)])
    with make_client() as ap:
        ALL[operation_id](ap)
    assert route.call_count == 2
    assert sleeps.waits == [3.0]


def test_retry_after_http_date_is_honoured(api: respx.MockRouter, sleeps: SleepLog) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=4), usegmt=True)
    refusal = fail("FLEET_DEGRADED", 1011, 503, headers={"Retry-After": when})
    route = mock(api, "withdraw", [refusal, success("withdraw")])
    with make_client() as ap:
        CREATES["withdraw"](ap)
    assert route.call_count == 2
    (wait,) = sleeps.waits
    assert 2.0 <= wait <= 4.0


@pytest.mark.parametrize("retry_after", ["6", "5.5", "120"])
@pytest.mark.parametrize("operation_id", ["withdraw", "getWalletBalance", "cancelBuy"])
def test_a_retry_after_longer_than_max_retry_wait_is_raised_at_once(
    retry_after: str, operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    refusal = fail("FLEET_DEGRADED", 1011, 503, headers={"Retry-After": retry_after})
    route = mock(api, operation_id, [refusal, success(operation_id)])
    with make_client() as ap, pytest.raises(APIError) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert caught.value.retry_after == float(retry_after)
    assert sleeps.waits == []


def test_a_longer_max_retry_wait_allows_the_wait(api: respx.MockRouter, sleeps: SleepLog) -> None:
    refusal = fail("WITHDRAW_IN_PROGRESS", 20, 409, headers={"Retry-After": "9"})
    route = mock(api, "withdraw", [refusal, success("withdraw")])
    with make_client(max_retry_wait=10) as ap:
        CREATES["withdraw"](ap)
    assert route.call_count == 2
    assert sleeps.waits == [9.0]


@pytest.mark.parametrize("retry_after", ["soon", "", "-3", "nan", "Mon, 99 Foo 2026"])
def test_an_unreadable_retry_after_falls_back_to_backoff(
    retry_after: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    refusal = fail("FLEET_DEGRADED", 1011, 503, headers={"Retry-After": retry_after})
    route = mock(api, "getWalletBalance", [refusal, success("getWalletBalance")])
    with make_client() as ap:
        ap.wallet.balance()
    assert route.call_count == 2
    (wait,) = sleeps.waits
    assert wait == 0.0 if retry_after == "-3" else 0.375 <= wait <= 0.5


@pytest.mark.parametrize("operation_id", ["withdraw", "getWalletBalance", "deposit"])
@pytest.mark.parametrize(
    ("key", "code", "status", "error_class"),
    [
        ("RATE_LIMITED", 1005, 429, RateLimitedError),
        ("NO_BOTS_AVAILABLE", 1010, 503, NoBotsAvailableError),
        ("TOO_MANY_ACTIVE_TRADES", 6, 429, APIError),
        ("SYSTEM_MAINTENANCE", 1007, 503, APIError),
    ],
)
def test_other_429_and_503_are_not_retried(
    operation_id: str,
    key: str,
    code: int,
    status: int,
    error_class: type[Exception],
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    refusal = fail(key, code, status, headers={"Retry-After": "1"})
    route = mock(api, operation_id, [refusal, success(operation_id)])
    with make_client() as ap, pytest.raises(error_class) as caught:
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert isinstance(caught.value, APIError)
    assert caught.value.retry_after == 1.0
    assert caught.value.http_status == status
    assert sleeps.waits == []


# ------------------------------------------------------------------ limits and options


def test_backoff_doubles_over_more_retries(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "getWalletBalance", [httpx.ConnectError] * 6)
    with make_client(max_retries=5, max_retry_wait=8) as ap, pytest.raises(APIConnectionError):
        ap.wallet.balance()
    assert route.call_count == 6
    assert len(sleeps.waits) == 5
    assert_backoff(sleeps.waits)
    assert sleeps.waits[4] > sleeps.waits[0]


@pytest.mark.parametrize("operation_id", ["getWalletBalance", "withdraw", "cancelBuy"])
def test_per_call_max_retries_zero_disables_retries(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ConnectError, success(operation_id)])
    with make_client() as ap, pytest.raises(APIConnectionError):
        ALL[operation_id](ap, max_retries=0)
    assert route.call_count == 1
    assert sleeps.waits == []


def test_client_max_retries_zero_and_per_call_override(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", [httpx.ReadError] * 5)
    with make_client(max_retries=0) as ap:
        with pytest.raises(APIConnectionError):
            ap.wallet.balance()
        assert route.call_count == 1
        with pytest.raises(APIConnectionError):
            ap.wallet.balance(max_retries=3)
    assert route.call_count == 5


def test_extra_headers_and_timeout_are_sent_on_every_attempt(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "getWalletBalance", [httpx.ReadTimeout, success("getWalletBalance")])
    with make_client() as ap:
        ap.wallet.balance(extra_headers={"X-Trace": "t-1"}, timeout=2.0)
    assert route.call_count == 2
    for call in route.calls:
        assert call.request.headers["x-trace"] == "t-1"
        assert call.request.headers["api-key"] == API_KEY
        assert call.request.extensions["timeout"]["read"] == 2.0
    one_request_id(route)


def test_each_call_gets_its_own_request_id(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "getWalletBalance", [success("getWalletBalance")] * 2)
    with make_client() as ap:
        ap.wallet.balance()
        ap.wallet.balance()
    ids = [call.request.headers["x-request-id"] for call in route.calls]
    assert ids[0] != ids[1]


# ------------------------------------------------------------------ reconcile


def lookup_route(api: respx.MockRouter, *answers: Any) -> respx.Route:
    return api.get("/secure/trades/ext-1").mock(side_effect=list(answers))


@pytest.mark.parametrize("operation_id", list(CREATES))
@pytest.mark.parametrize("first", [httpx.ReadTimeout, httpx.ReadError, html(502)])
def test_reconcile_resent_the_resend_succeeds(
    operation_id: str, first: Any, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [first, success(operation_id)])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client() as ap:
        trade = ALL[operation_id](ap, reconcile=True)
    assert type(trade).__name__ == "Trade"
    info = assetpay.meta(trade)
    assert info is not None
    assert info.settled_by == "resent"
    assert route.call_count == 2
    assert lookup.call_count == 0
    assert route.calls[0].request.content == route.calls[1].request.content
    one_request_id(route)


@pytest.mark.parametrize("operation_id", list(CREATES))
def test_reconcile_found_the_resend_answers_external_id_exists(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, fail("EXTERNAL_ID_EXISTS", 1, 409)])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client(reconcile=True) as ap:
        trade = ALL[operation_id](ap)
    assert type(trade).__name__ == "Trade"
    info = assetpay.meta(trade)
    assert info is not None
    assert info.settled_by == "found"
    assert route.call_count == 2
    assert lookup.call_count == 1
    lookup_request = lookup.calls.last.request
    assert lookup_request.headers["api-key"] == API_KEY
    assert "authorization" not in lookup_request.headers


@pytest.mark.parametrize("operation_id", list(CREATES))
def test_reconcile_found_after_the_resend_fails_again(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, html(502)])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client() as ap:
        trade = ALL[operation_id](ap, reconcile=True)
    info = assetpay.meta(trade)
    assert info is not None
    assert info.settled_by == "found"
    assert route.call_count == 2
    assert lookup.call_count == 1


@pytest.mark.parametrize("operation_id", list(CREATES))
def test_reconcile_nothing_found_raises_the_original_error(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, html(502)])
    lookup = lookup_route(api, fail("TRADE_NOT_FOUND", 21, 404))
    with make_client() as ap, pytest.raises(APITimeoutError) as caught:
        ALL[operation_id](ap, reconcile=True)
    assert caught.value.ambiguous is True
    assert route.call_count == 2
    assert lookup.call_count == 1


def test_reconcile_lookup_without_api_key_raises_the_original_error(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "withdraw", [httpx.ReadTimeout, fail("EXTERNAL_ID_EXISTS", 1, 409)])
    with make_client(api_key=None) as ap, pytest.raises(APITimeoutError):
        CREATES["withdraw"](ap, reconcile=True)
    assert route.call_count == 2
    assert len(api.calls) == 2


@pytest.mark.parametrize("operation_id", list(CREATES))
def test_no_reconcile_when_it_is_off(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [httpx.ReadTimeout, httpx.ReadTimeout, success(operation_id)])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client(reconcile=True) as ap, pytest.raises(APITimeoutError):
        ALL[operation_id](ap, reconcile=False)
    assert route.call_count == 1
    assert lookup.call_count == 0
    with make_client() as ap, pytest.raises(APITimeoutError):
        ALL[operation_id](ap)
    assert route.call_count == 2
    assert lookup.call_count == 0


def test_no_reconcile_without_an_external_id(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = mock(api, "withdraw", [httpx.ReadTimeout, success("withdraw")])
    with make_client(reconcile=True) as ap, pytest.raises(APITimeoutError):
        user(ap).trades.withdraw(items=ITEM)
    assert route.call_count == 1
    assert len(api.calls) == 1


@pytest.mark.parametrize("operation_id", list(CREATES))
def test_a_non_ambiguous_failure_is_never_reconciled(
    operation_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, operation_id, [fail("PRICE_CHANGED", 11, 409), success(operation_id)])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client(reconcile=True) as ap, pytest.raises(PriceChangedError):
        ALL[operation_id](ap)
    assert route.call_count == 1
    assert lookup.call_count == 0


def test_a_connect_failure_is_retried_not_reconciled(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = mock(api, "withdraw", [httpx.ConnectError, success("withdraw")])
    lookup = lookup_route(api, success("getMerchantTrades"))
    with make_client(reconcile=True) as ap:
        trade = CREATES["withdraw"](ap)
    info = assetpay.meta(trade)
    assert info is not None
    assert info.settled_by is None
    assert route.call_count == 2
    assert lookup.call_count == 0


def test_a_batch_lookup_answer_is_matched_by_external_id(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    trade = example_response("getMerchantTrades")[1]["data"]
    other = {**trade, "externalId": "someone-else"}
    mine = {**trade, "externalId": "ext-1"}
    route = mock(api, "withdraw", [httpx.ReadTimeout, fail("EXTERNAL_ID_EXISTS", 1, 409)])
    lookup_route(
        api, httpx.Response(200, json={"requestId": "r", "success": True, "data": [other, mine]})
    )
    with make_client(reconcile=True) as ap:
        found = CREATES["withdraw"](ap)
    assert found.external_id == "ext-1"
    assert route.call_count == 2
