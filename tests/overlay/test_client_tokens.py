"""Client tokens as the client uses them: minted, fetched, cached, renewed, replayed (§2.4-2.6)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay.errors import (
    InvalidTokenError,
    InvalidTradeurlError,
    RequestValidationError,
    TokenExpiredError,
    TokenInvalidOrExpiredError,
    ValidationFailedError,
)

from .conftest import (
    API_KEY,
    API_SECRET,
    MERCHANT_ID,
    STEAM_ID,
    TRADE_URL,
    Clock,
    SleepLog,
    api_token,
    bearer,
    decode_jwt,
    example_response,
    fail,
    make_client,
)

OTHER_STEAM_ID = "76561198000000001"
OTHER_TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=1&token=ZZZZ_-zz"
DAY = 86_400


def _balance_route(api: respx.MockRouter) -> respx.Route:
    status, envelope = example_response("getClientInventory")
    return api.get("/client/inventory").mock(return_value=httpx.Response(status, json=envelope))


def _auth_route(api: respx.MockRouter, *tokens: str) -> respx.Route:
    return api.post("/auth/authenticate-client").mock(
        side_effect=[
            httpx.Response(200, json={"requestId": "r", "success": True, "data": {"token": t}})
            for t in tokens
        ]
    )


# ------------------------------------------------------------------ minted locally


@pytest.mark.parametrize(
    ("client_id", "client_data", "expected_client"),
    [
        (None, None, {"steamID": STEAM_ID, "tradeUrl": TRADE_URL}),
        ("user-7", None, {"steamID": STEAM_ID, "tradeUrl": TRADE_URL, "clientId": "user-7"}),
        (
            "user-7",
            {"total_wager": 12.5, "kyc_level": 3, "crypto_deposits": True},
            {
                "steamID": STEAM_ID,
                "tradeUrl": TRADE_URL,
                "clientData": {"totalWager": 12.5, "kycLevel": 3, "cryptoDeposits": True},
                "clientId": "user-7",
            },
        ),
    ],
)
def test_minted_token_is_sent_as_bearer_with_the_reference_format(
    client_id: str | None,
    client_data: dict[str, Any] | None,
    expected_client: dict[str, Any],
    api: respx.MockRouter,
    clock: Clock,
    sleeps: SleepLog,
) -> None:
    route = _balance_route(api)
    with make_client() as ap:
        user = ap.as_client(
            steam_id=STEAM_ID, trade_url=TRADE_URL, client_id=client_id, client_data=client_data
        )
        user.inventory.get()
    assert len(api.calls) == 1  # no authenticate call
    token = bearer(route.calls.last.request)
    header, claims = decode_jwt(token, API_SECRET)  # HMAC-SHA256 with the api secret verifies
    assert header == {"alg": "HS256", "userId": MERCHANT_ID}
    assert list(claims) == ["merchantId", "client", "iat", "exp"]
    assert claims["merchantId"] == MERCHANT_ID
    assert claims["client"] == expected_client
    assert list(claims["client"]) == list(expected_client)
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] == int(clock.now) + DAY
    assert "=" not in token
    assert "api-key" not in route.calls.last.request.headers


def test_the_scope_hands_out_its_token(clock: Clock, sleeps: SleepLog) -> None:
    with make_client() as ap:
        token = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL).token()
        assert decode_jwt(token)[1]["client"]["steamID"] == STEAM_ID
        assert token == ap.mint_client_token(steam_id=STEAM_ID, trade_url=TRADE_URL)


@pytest.mark.parametrize(
    ("kwargs", "error_class", "field"),
    [
        ({"steam_id": "123", "trade_url": TRADE_URL}, ValidationFailedError, "clientSteamId"),
        ({"steam_id": STEAM_ID, "trade_url": "https://x.test"}, InvalidTradeurlError, None),
        (
            {"steam_id": STEAM_ID, "trade_url": TRADE_URL, "client_id": "x" * 129},
            ValidationFailedError,
            "clientId",
        ),
        (
            {"steam_id": STEAM_ID, "trade_url": TRADE_URL, "client_data": {"bogus": 1}},
            ValidationFailedError,
            "clientData.bogus",
        ),
        ({"steam_id": STEAM_ID, "trade_url": TRADE_URL, "ttl": 0}, ValidationFailedError, "ttl"),
        (
            {"steam_id": STEAM_ID, "trade_url": TRADE_URL, "ttl": DAY + 1},
            ValidationFailedError,
            "ttl",
        ),
    ],
)
def test_mint_client_token_validation_errors(
    kwargs: dict[str, Any], error_class: type[Exception], field: str | None
) -> None:
    with make_client() as ap, pytest.raises(RequestValidationError) as caught:
        ap.mint_client_token(**kwargs)
    assert isinstance(caught.value, error_class)
    if field is not None:
        assert field in caught.value.fields


def test_as_client_validates_the_identity_before_anything_is_sent(api: respx.MockRouter) -> None:
    with make_client() as ap:
        with pytest.raises(InvalidTradeurlError):
            ap.as_client(steam_id=STEAM_ID, trade_url="http://steamcommunity.com/x")
        with pytest.raises(ValidationFailedError):
            ap.as_client(steam_id="7656", trade_url=TRADE_URL)
    assert len(api.calls) == 0


def test_mint_without_a_merchant_id_is_a_configuration_error() -> None:
    with make_client(merchant_id=None) as ap, pytest.raises(assetpay.ConfigurationError):
        ap.mint_client_token(steam_id=STEAM_ID, trade_url=TRADE_URL)


# ------------------------------------------------------------------ issued by the API


def test_with_api_secret_only_the_first_token_comes_from_the_api_then_minted(
    api: respx.MockRouter, clock: Clock, sleeps: SleepLog
) -> None:
    issued = api_token("merchant-from-api")
    auth = _auth_route(api, issued)
    route = _balance_route(api)
    with make_client(merchant_id=None) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL, client_id="u1")
        user.inventory.get()
        user.inventory.get()
        other = ap.as_client(steam_id=OTHER_STEAM_ID, trade_url=OTHER_TRADE_URL)
        other.inventory.get()
        # the merchant id learned from the API's token now allows minting on demand too
        minted = ap.mint_client_token(steam_id=STEAM_ID, trade_url=TRADE_URL)
    assert auth.call_count == 1
    auth_request = auth.calls.last.request
    assert auth_request.headers["api-key"] == API_KEY
    assert json.loads(auth_request.content) == {
        "clientSteamId": STEAM_ID,
        "clientTradeUrl": TRADE_URL,
        "clientId": "u1",
    }
    sent = [bearer(call.request) for call in route.calls]
    assert sent[0] == sent[1] == issued
    header, claims = decode_jwt(sent[2], API_SECRET)
    assert header == {"alg": "HS256", "userId": "merchant-from-api"}
    assert claims["merchantId"] == "merchant-from-api"
    assert claims["client"]["steamID"] == OTHER_STEAM_ID
    assert decode_jwt(minted)[0]["userId"] == "merchant-from-api"


def test_without_secret_every_token_comes_from_the_api_once_per_identity(
    api: respx.MockRouter, clock: Clock, sleeps: SleepLog
) -> None:
    first, second = api_token("m-a"), api_token("m-b", exp=4_102_444_000)
    auth = _auth_route(api, first, second)
    route = _balance_route(api)
    with make_client(api_secret=None, merchant_id=None) as ap:
        data = {"kyc_hash": "h", "registration_date": "2024-01-02T03:04:05Z"}
        ap.as_client(STEAM_ID, TRADE_URL, client_data=data).inventory.get()
        # a second scope for the same identity shares the cached token
        ap.as_client(STEAM_ID, TRADE_URL, client_data=data).inventory.get()
        ap.as_client(OTHER_STEAM_ID, OTHER_TRADE_URL).inventory.get()
    assert auth.call_count == 2
    sent_data = json.loads(auth.calls[0].request.content)["clientData"]
    assert sent_data.keys() == {"kycHash", "registrationDate"}
    assert sent_data["kycHash"] == "h"
    # an ISO 8601 instant (the generated model writes "+00:00", minted tokens ".000Z")
    assert datetime.fromisoformat(sent_data["registrationDate"].replace("Z", "+00:00")) == (
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    )
    assert json.loads(auth.calls[1].request.content)["clientSteamId"] == OTHER_STEAM_ID
    assert [bearer(c.request) for c in route.calls] == [first, first, second]


def test_without_secret_and_api_key_client_calls_fail_before_any_request(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    with make_client(api_key=None, api_secret=None, merchant_id=None) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(assetpay.ConfigurationError):
            user.inventory.get()
        with pytest.raises(assetpay.ConfigurationError):
            user.trades.withdraw(items=[{"item_id": "listing-1", "price": 1.0}])
    assert len(api.calls) == 0


def test_an_authenticate_refusal_is_raised_and_the_client_call_not_sent(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    api.post("/auth/authenticate-client").mock(return_value=fail("INVALID_API_KEY", 1901, 401))
    route = _balance_route(api)
    with (
        make_client(api_secret=None, merchant_id=None) as ap,
        pytest.raises(assetpay.errors.InvalidApiKeyError),
    ):
        ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL).inventory.get()
    assert route.call_count == 0


# ------------------------------------------------------------------ cache and renewal


def test_minted_tokens_are_renewed_five_minutes_before_expiry(
    api: respx.MockRouter, clock: Clock, sleeps: SleepLog
) -> None:
    route = _balance_route(api)
    start = clock.now
    with make_client() as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        user.inventory.get()
        clock.now = start + DAY - 301  # still more than 5 minutes left
        user.inventory.get()
        clock.now = start + DAY - 300  # 5 minutes left: renewed
        user.inventory.get()
    iats = [decode_jwt(bearer(c.request))[1]["iat"] for c in route.calls]
    assert iats == [int(start), int(start), int(start + DAY - 300)]


def test_api_issued_tokens_are_renewed_five_minutes_before_their_exp(
    api: respx.MockRouter, clock: Clock, sleeps: SleepLog
) -> None:
    exp = int(clock.now) + 3600
    first, second = api_token("m", exp=exp), api_token("m", exp=exp + 3600)
    auth = _auth_route(api, first, second)
    route = _balance_route(api)
    with make_client(api_secret=None, merchant_id=None) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        user.inventory.get()
        clock.now = exp - 301
        user.inventory.get()
        clock.now = exp - 299
        user.inventory.get()
    assert auth.call_count == 2
    assert [bearer(c.request) for c in route.calls] == [first, first, second]


# ------------------------------------------------------------------ refused tokens


TOKEN_REFUSALS = [
    ("INVALID_TOKEN", 1102, InvalidTokenError),
    ("TOKEN_EXPIRED", 1111, TokenExpiredError),
    ("TOKEN_INVALID_OR_EXPIRED", 1110, TokenInvalidOrExpiredError),
]


@pytest.mark.parametrize(("key", "code", "error_class"), TOKEN_REFUSALS)
def test_a_refused_token_is_renewed_once_and_the_request_replayed(
    key: str, code: int, error_class: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    first, second = api_token("m", exp=4_102_444_000), api_token("m", exp=4_102_444_100)
    auth = _auth_route(api, first, second)
    status, envelope = example_response("withdraw")
    route = api.post("/client/trading/withdraw").mock(
        side_effect=[fail(key, code, 401), httpx.Response(status, json=envelope)]
    )
    with make_client(api_secret=None, merchant_id=None) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        trade = user.trades.withdraw(items=[{"item_id": "listing-1", "price": 1.0}])
    assert type(trade).__name__ == "Trade"
    assert auth.call_count == 2
    assert route.call_count == 2
    assert [bearer(c.request) for c in route.calls] == [first, second]
    ids = {c.request.headers["x-request-id"] for c in route.calls}
    assert len(ids) == 1
    assert sleeps.waits == []
    info = assetpay.meta(trade)
    assert info is not None
    assert info.attempts == 2


@pytest.mark.parametrize(("key", "code", "error_class"), TOKEN_REFUSALS)
def test_a_second_token_refusal_is_raised(
    key: str, code: int, error_class: type[Exception], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = api.get("/client/inventory").mock(return_value=fail(key, code, 401))
    with make_client() as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(error_class):
            user.inventory.get()
    assert route.call_count == 2


def test_a_minted_token_is_re_minted_after_a_refusal(
    api: respx.MockRouter, clock: Clock, sleeps: SleepLog
) -> None:
    status, envelope = example_response("getClientInventory")
    start = clock.now

    answers: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        clock.now += 10  # the next token is minted later, so it differs
        answers.append(1)
        if len(answers) == 1:
            return fail("INVALID_TOKEN", 1102, 401)
        return httpx.Response(status, json=envelope)

    route = api.get("/client/inventory").mock(side_effect=answer)
    with make_client() as ap:
        ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL).inventory.get()
    iats = [decode_jwt(bearer(c.request))[1]["iat"] for c in route.calls]
    assert iats == [int(start), int(start) + 10]


def test_with_client_token_sends_the_token_as_is_and_never_renews(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = api.get("/client/inventory").mock(return_value=fail("INVALID_TOKEN", 1102, 401))
    auth = api.post("/auth/authenticate-client")
    with make_client() as ap:
        user = ap.with_client_token("opaque.token.value")
        assert user.token() == "opaque.token.value"
        with pytest.raises(InvalidTokenError):
            user.inventory.get()
    assert route.call_count == 1
    assert auth.call_count == 0
    assert route.calls.last.request.headers["authorization"] == "Bearer opaque.token.value"


def test_merchant_calls_never_replay_on_a_token_key(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = api.get("/v1/wallets/me/balance").mock(return_value=fail("INVALID_TOKEN", 1102, 401))
    with make_client() as ap, pytest.raises(InvalidTokenError):
        ap.wallet.balance()
    assert route.call_count == 1
