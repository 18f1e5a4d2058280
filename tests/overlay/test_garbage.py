"""A call leaves nothing for the cyclic garbage collector: httpx's stream of a response refers
back to the response, and the client replaces it once the body is read (``_unbound``), so the
answer, its request, headers and URL are freed when the call is done, sync and async, on success
and on an error answer. Raw httpx leaves about 20 such objects per request."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import assetpay
from assetpay.errors import APIError

BALANCE = {"balance": 12.5, "pendingBalance": 0.0, "escrowBalance": 0.0, "currency": "USD"}
REFUSED = {
    "requestId": "r-2",
    "success": False,
    "error": {"code": 1101, "key": "INVALID_API_KEY", "message": "bad key"},
}


def answer(request: httpx.Request) -> httpx.Response:
    if request.headers.get("api-key") == "refused":
        return httpx.Response(401, content=json.dumps(REFUSED).encode())
    envelope = {"requestId": "r-1", "success": True, "data": BALANCE}
    return httpx.Response(200, content=json.dumps(envelope).encode())


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


def cyclic_garbage() -> list[type[Any]]:
    """The types of what the collector finds unreachable now; then frees it."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = [type(obj) for obj in gc.garbage]
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
    gc.collect()  # kept by DEBUG_SAVEALL until now
    return found


def test_raw_httpx_leaves_cycles_so_the_check_can_fail(collector_off: None) -> None:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    for _ in range(5):
        http.get("https://api.test/v1/wallets/me/balance").json()
    assert httpx.Response in cyclic_garbage()


def balance_or_key(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except APIError as error:
        return error.key


def outcomes_are_right(results: list[Any], key: str) -> bool:
    if key == "refused":
        return results == ["INVALID_API_KEY"] * len(results)
    return all(result.balance == 12.5 for result in results)


@pytest.mark.parametrize("key", ["ap_key", "refused"])
def test_sync_calls_leave_no_cyclic_garbage(collector_off: None, key: str) -> None:
    http = httpx.Client(transport=httpx.MockTransport(answer))
    ap = assetpay.AssetPay(key, base_url="https://api.test", http_client=http, max_retries=0)
    balance_or_key(ap.wallet.balance)  # warm: imports, caches
    cyclic_garbage()
    results = [balance_or_key(ap.wallet.balance) for _ in range(5)]
    assert outcomes_are_right(results, key)
    assert cyclic_garbage() == []


@pytest.mark.parametrize("key", ["ap_key", "refused"])
def test_async_calls_leave_no_cyclic_garbage(collector_off: None, key: str) -> None:
    async def calls() -> list[Any]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with assetpay.AsyncAssetPay(
            key, base_url="https://api.test", http_client=http, max_retries=0
        ) as aap:
            results: list[Any] = []
            for _ in range(5):
                try:
                    results.append(await aap.wallet.balance())
                except APIError as error:
                    results.append(error.key)
            return results

    asyncio.run(calls())  # warm: imports, caches, the event loop's own objects
    cyclic_garbage()
    results = asyncio.run(calls())
    assert outcomes_are_right(results, key)
    # the event loop leaves cycles of its own; none of the requests' and answers'
    leftover = [
        kind
        for kind in cyclic_garbage()
        if kind.__module__.split(".")[0] in ("httpx", "assetpay", "assetpay_client")
    ]
    assert leftover == []


class StreamingClient(httpx.Client):
    """A program's own client that hands back answers unread (``stream=True``)."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["stream"] = True
        return super().send(request, **kwargs)


class StreamingAsyncClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["stream"] = True
        return await super().send(request, **kwargs)


def test_an_unread_answer_from_a_clients_own_send_is_read_and_closed() -> None:
    http = StreamingClient(transport=httpx.MockTransport(answer))
    ap = assetpay.AssetPay("ap_key", base_url="https://api.test", http_client=http)
    assert ap.wallet.balance().balance == 12.5

    async def call() -> float:
        client = StreamingAsyncClient(transport=httpx.MockTransport(answer))
        async with assetpay.AsyncAssetPay(
            "ap_key", base_url="https://api.test", http_client=client
        ) as aap:
            return (await aap.wallet.balance()).balance

    assert asyncio.run(call()) == 12.5
