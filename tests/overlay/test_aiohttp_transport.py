"""``assetpay.AiohttpTransport`` at the wire: what it sends is what httpx's own transport sends,
and every way a connection can fail reads the same through it as through httpx's -- the same
error class, the same ``ambiguous`` verdict, the same number of requests reaching the server --
since that verdict decides whether a withdrawal is sent again.

The servers are real sockets on 127.0.0.1 (threads of this process) that misbehave on purpose.
"""

from __future__ import annotations

import asyncio
import inspect
import socket
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import httpx
import pytest
from aiohttp.client_reqrep import ConnectionKey
from raw_servers import ANSWERING, BEHAVIOURS, OK, answer, closed_port, raw_server

import assetpay
from assetpay import errors
from assetpay._aiohttp_transport import translated
from assetpay.retries import nothing_was_sent

from .conftest import STEAM_ID, api_token

KEY = "ap_live_WIRE0123456789"
TRANSPORTS: dict[str, Callable[..., httpx.AsyncBaseTransport]] = {
    "aiohttp": assetpay.AiohttpTransport,
    "httpx": httpx.AsyncHTTPTransport,
}


def call(transport: str, base_url: str, action: str, **settings: Any) -> BaseException | None:
    """One call through AsyncAssetPay on ``transport``; the error it ended with, if any."""

    async def run() -> BaseException | None:
        async with (
            httpx.AsyncClient(transport=TRANSPORTS[transport]()) as http,
            assetpay.AsyncAssetPay(
                api_key=KEY, base_url=base_url, http_client=http, timeout=0.5,
                max_retry_wait=0.01, **settings,
            ) as aap,
        ):  # fmt: skip
            try:
                await ACTIONS[action](aap)
            except errors.AssetPayError as error:
                return error
        return None

    return asyncio.run(run())


ACTIONS: dict[str, Callable[[assetpay.AsyncAssetPay], Awaitable[object]]] = {
    "read": lambda aap: aap.wallet.balance(),
    # a crypto withdrawal carries its request id: sending it again cannot pay twice
    "keyed create": lambda aap: aap.crypto.withdraw(
        steam_id=STEAM_ID, chain="ETH", token="USDC", amount_cents=5_000,  # noqa: S106
        address="0x52908400098527886E0F7030069857D2E4169EE7", request_id="wire-req-001",
    ),
    # a skin withdrawal is settled by its externalId only when reconcile is asked for
    "create": lambda aap: aap.with_client_token(api_token()).trades.withdraw(
        items=[{"item_id": "0cabcab6d22d2281", "price": 10.0}], external_id="wd-1",
    ),
}  # fmt: skip
RESENT = {"read": True, "keyed create": True, "create": False}


def verdict(error: BaseException | None) -> tuple[str, bool | None]:
    return type(error).__name__, getattr(error, "ambiguous", None)


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("behaviour", [b for b in BEHAVIOURS if b not in ANSWERING])
def test_a_failure_reads_the_same_on_both_transports(behaviour: str, action: str) -> None:
    outcomes = {}
    for transport in TRANSPORTS:
        with raw_server(behaviour) as (url, seen):
            error = call(transport, url, action, max_retries=1)
        outcomes[transport] = (*verdict(error), len(seen.requests))
    assert outcomes["aiohttp"] == outcomes["httpx"]
    _, ambiguous, reached = outcomes["aiohttp"]
    assert ambiguous is True  # each of these failures comes after the request was sent
    assert reached == (2 if RESENT[action] else 1)  # a skin withdrawal is never sent twice


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_closed_port_is_nothing_sent_on_both_transports(action: str) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    outcomes = {
        transport: verdict(call(transport, url, action, max_retries=0)) for transport in TRANSPORTS
    }
    assert outcomes["aiohttp"] == outcomes["httpx"] == ("APIConnectionError", False)


@pytest.mark.parametrize("transport", list(TRANSPORTS))
def test_waiting_for_a_free_connection_in_vain_is_nothing_sent(transport: str) -> None:
    async def run(url: str) -> tuple[type[BaseException], type[BaseException]]:
        limits = httpx.Limits(max_connections=1)
        async with httpx.AsyncClient(
            transport=TRANSPORTS[transport](limits=limits), timeout=httpx.Timeout(2.0, pool=0.2)
        ) as http:
            held = asyncio.ensure_future(http.get(url))  # takes the only connection
            await asyncio.sleep(0.2)
            with pytest.raises(httpx.TransportError) as waited:
                await http.get(url)
            with pytest.raises(httpx.TransportError) as silent:
                await held
        return type(waited.value), type(silent.value)

    with raw_server("stays silent") as (url, seen):
        waited, silent = asyncio.run(run(url))
    assert nothing_was_sent(waited(""))
    assert issubclass(waited, httpx.TimeoutException)
    assert issubclass(silent, httpx.ReadTimeout)
    assert len(seen.requests) == 1


def sent_by(transport: str, request: Callable[[httpx.AsyncClient], Any]) -> list[tuple[Any, ...]]:
    async def run(url: str) -> None:
        async with httpx.AsyncClient(base_url=url, transport=TRANSPORTS[transport]()) as http:
            await request(http)

    with raw_server("answers") as (url, seen):
        asyncio.run(run(url))
    port = url.rsplit(":", 1)[1].encode()
    return [
        (
            head.split(b"\r\n")[0],
            sorted(line.replace(port, b"PORT").lower() for line in head.split(b"\r\n")[1:]),
            body,
        )
        for head, body in seen.requests
    ]


WIRE: dict[str, Callable[[httpx.AsyncClient], Any]] = {
    "GET with an encoded query": lambda http: http.get(
        "/v1/inventory", params={"tradeUrl": "https://x/?partner=1&token=a b", "q": "Ünï/%"}
    ),
    "POST JSON": lambda http: http.post(
        "/v1/withdraw", json={"items": [{"id": "a", "price": 1.5}]}, headers={"x-one": "1"}
    ),
    "POST without a body": lambda http: http.post("/v1/trades/t-1/cancel"),
    "repeated header": lambda http: http.get("/v1/x", headers=[("x-multi", "a"), ("x-multi", "b")]),
    "streamed body": lambda http: http.post("/v1/upload", content=_chunks()),
}


async def _chunks() -> Any:
    for part in (b"abc", b"defg"):
        yield part


@pytest.mark.parametrize("case", list(WIRE))
def test_what_reaches_the_server_is_what_httpx_sends(case: str) -> None:
    through_aiohttp = sent_by("aiohttp", WIRE[case])
    assert through_aiohttp == sent_by("httpx", WIRE[case])
    assert len(through_aiohttp) == 1


def test_cookies_are_kept_by_httpx_once() -> None:
    answers = [answer(OK, b"set-cookie: sid=abc; Path=/"), answer(OK)]

    seen_cookies: list[bytes | None] = []

    def respond(conn: socket.socket) -> None:
        conn.sendall(answers.pop(0) if answers else answer(OK))

    BEHAVIOURS["sets a cookie"] = respond
    try:

        async def run(url: str) -> None:
            # a host name: aiohttp's own cookie jar would keep nothing for an IP address
            url = url.replace("127.0.0.1", "localhost")
            async with httpx.AsyncClient(
                base_url=url, transport=assetpay.AiohttpTransport()
            ) as http:
                await http.get("/a")
                await http.get("/b")

        with raw_server("sets a cookie") as (url, seen):
            asyncio.run(run(url))
    finally:
        del BEHAVIOURS["sets a cookie"]
    for head, _ in seen.requests:
        cookies = [line for line in head.split(b"\r\n") if line.lower().startswith(b"cookie:")]
        seen_cookies.append(cookies[0] if cookies else None)
        assert len(cookies) <= 1
    assert seen_cookies == [None, b"cookie: sid=abc"]


# ------------------------------------------------------------------ every aiohttp failure


def _subclasses(cls: type[BaseException]) -> Iterator[type[BaseException]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


AIOHTTP_FAILURES = sorted(
    {
        cls
        for cls in _subclasses(aiohttp.ClientError)
        if cls.__module__.startswith("aiohttp") and not inspect.isabstract(cls)
    },
    key=lambda cls: cls.__name__,
)
# raised before a byte of the request is written: connecting, waiting for a free connection, or a
# URL aiohttp cannot send to
BEFORE_SENDING = (
    aiohttp.ConnectionTimeoutError,
    aiohttp.ClientConnectorError,
    aiohttp.InvalidURL,
    aiohttp.NonHttpUrlClientError,
)


def instance(cls: type[BaseException]) -> BaseException:
    """``cls`` made without its constructor, with the attributes the translation reads."""
    error = cls.__new__(cls)
    if isinstance(error, aiohttp.ClientConnectorError):
        error._conn_key = ConnectionKey("api.example", 443, True, True, None, None, None)
        error._os_error = ConnectionRefusedError(111, "Connection refused")
    if isinstance(error, aiohttp.ClientResponseError):
        error.message = "bad answer"
    if isinstance(error, OSError):
        error.strerror = "Connection reset by peer"
    return error


@pytest.mark.parametrize("cls", AIOHTTP_FAILURES, ids=lambda cls: cls.__name__)
def test_only_failures_before_sending_say_nothing_was_sent(cls: type[BaseException]) -> None:
    request = httpx.Request("POST", "https://api.example/v1/withdraw?tradeUrl=secret-token-123")
    error = translated(instance(cls), request)
    assert isinstance(error, httpx.TransportError)
    assert error.request is request
    assert nothing_was_sent(error) is issubclass(cls, BEFORE_SENDING)
    assert "secret-token-123" not in str(error)  # messages never carry the URL
    if issubclass(cls, aiohttp.SocketTimeoutError):
        assert isinstance(error, httpx.ReadTimeout)


def test_the_transport_refuses_unusable_settings() -> None:
    with pytest.raises(errors.ConfigurationError, match="limits"):
        assetpay.AiohttpTransport(limits=100)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="verify"):
        assetpay.AiohttpTransport(verify="yes")  # type: ignore[arg-type]
    assert "max_connections=100" in repr(assetpay.AiohttpTransport())


def test_without_the_extra_the_transport_says_what_to_install() -> None:
    script = (
        "import sys; sys.modules['aiohttp'] = None\n"
        "import assetpay\n"
        "try:\n"
        "    assetpay.AiohttpTransport()\n"
        "except assetpay.ConfigurationError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(  # noqa: S603 - our interpreter, a fixed script
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert "pip install 'assetpay[aiohttp]'" in result.stdout
