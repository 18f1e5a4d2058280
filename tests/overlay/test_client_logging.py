"""Logging, and secrets kept out of logs, reprs, meta and errors across a full flow."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay import _base_client

from .conftest import (
    API_KEY,
    API_SECRET,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    api_token,
    bearer,
    example_response,
    fail,
    make_client,
)


def success(operation_id: str) -> httpx.Response:
    status, envelope = example_response(operation_id)
    return httpx.Response(status, json=envelope)


@pytest.fixture
def restore_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("assetpay")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)


def test_a_full_flow_leaks_no_secret(
    api: respx.MockRouter,
    sleeps: SleepLog,
    caplog: pytest.LogCaptureFixture,
    restore_logger: logging.Logger,
) -> None:
    caplog.set_level(logging.DEBUG, logger="assetpay")
    issued = api_token("merchant-from-api")
    api.post("/auth/authenticate-client").mock(
        return_value=httpx.Response(
            200, json={"requestId": "r", "success": True, "data": {"token": issued}}
        )
    )
    balance = api.get("/v1/wallets/me/balance").mock(
        side_effect=[httpx.ConnectError("refused"), success("getWalletBalance")]
    )
    inventory = api.get("/client/inventory").mock(
        side_effect=[fail("INVALID_TOKEN", 1102, 401), success("getClientInventory")] * 2
    )
    withdraw = api.post("/client/trading/withdraw").mock(
        side_effect=[
            fail("PRICE_CHANGED", 11, 409),
            httpx.ReadTimeout("slow"),
            fail("EXTERNAL_ID_EXISTS", 1, 409),
        ]
    )
    api.get("/secure/trades/wd-9").mock(return_value=success("getMerchantTrades"))
    api.get("/secure/prices").mock(return_value=fail("SERVER_ERROR", 1006, 500))

    texts: list[str] = []
    results: list[Any] = []
    errors: list[BaseException] = []
    with make_client() as ap, make_client(api_secret=None, merchant_id=None) as ap2:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL, client_id="u-1",
                            client_data={"kyc_hash": "h"})  # fmt: skip
        user2 = ap2.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        fixed = ap.with_client_token("fixed.token.sig")
        results.append(ap.wallet.balance())  # merchant call with a retry
        results.append(user.inventory.get())  # minted token, renewed after INVALID_TOKEN
        results.append(user2.inventory.get())  # API-issued token, renewed
        try:
            user.trades.withdraw(items=[{"item_id": "listing-1", "price": 1.0}])
        except assetpay.AssetPayError as error:
            errors.append(error)
        results.append(
            user.trades.withdraw(
                items=[{"item_id": "listing-1", "price": 1.0}], external_id="wd-9", reconcile=True
            )
        )
        try:
            ap.market.prices()
        except assetpay.AssetPayError as error:
            errors.append(error)
        try:
            ap.with_client_token("x").verification.link(max_retries=0)
        except BaseException as error:
            errors.append(error)
        texts += [repr(ap), str(ap), repr(ap2), repr(user), str(user), repr(user2), repr(fixed)]
        texts += [repr(ap._engine), repr(ap._engine.settings), repr(ap._engine.token_cache)]

    assert balance.call_count == 2
    assert inventory.call_count == 4
    assert withdraw.call_count == 3
    assert len(errors) == 3
    assert any(r.levelno >= logging.INFO for r in caplog.records)

    tokens = {bearer(call.request) for call in api.calls if "authorization" in call.request.headers}
    tokens |= {issued, "fixed.token.sig"}
    assert len(tokens) >= 3  # minted, API-issued, fixed
    secrets = {API_KEY, API_SECRET, *tokens}
    secrets |= {token.split(".")[2] for token in tokens if token.count(".") == 2}
    secrets.discard("sig")

    for record in caplog.records:
        texts += [record.getMessage(), str(record.args), str(record.__dict__)]
    texts.append(caplog.text)
    for result in results:
        info = assetpay.meta(result)
        assert info is not None
        texts += [repr(info), str(info)]
    for raised in errors:
        texts += [repr(raised), str(raised), repr(raised.args), repr(vars(raised))]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text[:200])


def test_assetpay_log_env_turns_the_logger_on(
    monkeypatch: pytest.MonkeyPatch, restore_logger: logging.Logger
) -> None:
    logger = restore_logger
    logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("ASSETPAY_LOG", "debug")
    with make_client():
        pass
    assert logger.level == logging.DEBUG
    assert logger.isEnabledFor(logging.DEBUG)
    assert logger.handlers


def test_without_assetpay_log_the_logger_is_untouched(
    monkeypatch: pytest.MonkeyPatch, restore_logger: logging.Logger
) -> None:
    logger = restore_logger
    logger.setLevel(logging.NOTSET)
    monkeypatch.delenv("ASSETPAY_LOG", raising=False)
    before = list(logger.handlers)
    with make_client():
        pass
    assert logger.level == logging.NOTSET
    assert logger.handlers == before


def test_each_attempt_is_logged_with_the_request_id(
    api: respx.MockRouter,
    sleeps: SleepLog,
    caplog: pytest.LogCaptureFixture,
    restore_logger: logging.Logger,
) -> None:
    caplog.set_level(logging.DEBUG, logger="assetpay")
    route = api.get("/v1/wallets/me/balance").mock(
        side_effect=[httpx.ReadError("reset"), success("getWalletBalance")]
    )
    with make_client() as ap:
        ap.wallet.balance()
    request_id = route.calls.last.request.headers["x-request-id"]
    mine = [r for r in caplog.records if r.name == _base_client.logger.name]
    assert len(mine) == 2
    assert all(request_id in r.getMessage() for r in mine)
