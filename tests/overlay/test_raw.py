"""``ap.raw`` / ``user.raw``: any route through the one call flow (auth, retries, errors, meta)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import assetpay
from assetpay.errors import APIConnectionError, RequestValidationError, TradeNotFoundError

from .conftest import SleepLog


def _client(handler: Any, **kwargs: Any) -> assetpay.AssetPay:
    return assetpay.AssetPay(
        api_key="ap_raw_key",
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **kwargs,
    )


def _ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"requestId": "req-9", "success": True, "data": data})


def test_raw_get_sends_the_api_key_and_query_and_returns_the_data(sleeps: SleepLog) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok({"items": [1, 2], "nextCursor": None})

    with _client(handler) as ap:
        data = ap.raw.get("/secure/something-new", params={"limit": 5, "skip": None})
    assert data == {"items": [1, 2], "nextCursor": None}
    assert str(seen[0].url) == "https://api.test/secure/something-new?limit=5"
    assert seen[0].headers["api-key"] == "ap_raw_key"
    assert seen[0].headers["x-request-id"]


def test_raw_post_is_a_create_never_sent_twice_after_it_left(sleeps: SleepLog) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadTimeout("no answer", request=request)

    with _client(handler) as ap, pytest.raises(APIConnectionError) as caught:
        ap.raw.post("/secure/new", json={"a": 1})
    assert len(seen) == 1
    assert caught.value.ambiguous
    assert json.loads(seen[0].content) == {"a": 1}


def test_raw_request_with_retry_read_is_retried(sleeps: SleepLog) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ReadTimeout("no answer", request=request)
        return _ok({"fine": True})

    with _client(handler) as ap:
        assert ap.raw.request("POST", "/secure/lookup", json={}, retry="read") == {"fine": True}
    assert len(seen) == 2
    assert len(sleeps.waits) == 1


def test_raw_errors_are_the_typed_errors(sleeps: SleepLog) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        error = {"code": 21, "key": "TRADE_NOT_FOUND", "message": "no such trade"}
        return httpx.Response(404, json={"requestId": "r", "success": False, "error": error})

    with _client(handler) as ap, pytest.raises(TradeNotFoundError):
        ap.raw.get("/secure/trades/x/extra")


@pytest.mark.parametrize(
    ("method", "path", "retry", "field"),
    [
        ("GET", "secure/no-slash", None, "path"),
        ("GET", "https://elsewhere.test/x", None, "path"),
        ("GET", "/secure/x?limit=1", None, "path"),
        ("TRACE", "/secure/x", None, "method"),
        ("POST", "/secure/x", "sometimes", "retry"),
    ],
)
def test_raw_refuses_what_it_cannot_send_before_sending(
    method: str, path: str, retry: Any, field: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok({})

    with _client(handler) as ap, pytest.raises(RequestValidationError) as caught:
        ap.raw.request(method, path, retry=retry)
    assert field in caught.value.fields
    assert not caught.value.ambiguous
    assert seen == []


def test_user_raw_sends_the_client_token_and_async_raw_matches(sleeps: SleepLog) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok([{"n": 1}])

    with _client(handler) as ap:
        rows = ap.with_client_token("tok-1").raw.get("/client/new")
    assert rows == [{"n": 1}]
    assert assetpay.meta(rows) is not None
    assert seen[-1].headers["authorization"] == "Bearer tok-1"

    async def go() -> Any:
        async with assetpay.AsyncAssetPay(
            api_key="ap_raw_key",
            base_url="https://api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        ) as aap:
            return await aap.raw.get("/secure/new", params={"q": "x"})

    assert asyncio.run(go()) == [{"n": 1}]
    assert str(seen[-1].url) == "https://api.test/secure/new?q=x"
