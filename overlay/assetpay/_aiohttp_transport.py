"""``AiohttpTransport``: an ``httpx.AsyncClient`` transport that sends through aiohttp.

::

    import httpx, assetpay

    async with (
        httpx.AsyncClient(transport=assetpay.AiohttpTransport()) as http,
        assetpay.AsyncAssetPay(api_key, http_client=http) as aap,
    ):
        ...

Why: httpx's own async connection pool (httpcore 1.0) spends most of a request's CPU time on
itself when many requests run at once: every request arriving or finishing re-examines every
connection (a readability check each), idle connections past 20 are closed however few are
idle, and a connection kept alive can be handed to several waiting requests, all but one of
which go round again. 50 requests at a time against the sandbox cost 750-880 us of client CPU
each that way and about 240 us through aiohttp's pool (``make bench``). Everything above the
transport stays httpx's: the client, its auth, event hooks, cookies, proxies from the
environment (those requests go through httpx's proxy transports), the response and decoding.

What decides retries is kept exact. ``assetpay.retries.nothing_was_sent`` resends a
trade-creating call only after ``httpx.ConnectError`` / ``ConnectTimeout`` / ``PoolTimeout`` /
``UnsupportedProtocol``, so only failures aiohttp raises before a byte of the request is written
become those (``ClientConnectorError``: refused, DNS, TLS handshake; ``ConnectionTimeoutError``:
waiting for a free connection or connecting; an unusable URL). A server that hangs up after the
request (``ServerDisconnectedError``), a reset, a broken or late answer become
``RemoteProtocolError`` / ``ReadError`` / ``WriteError`` / ``ReadTimeout``: the request may have
been carried out. (httpx-aiohttp, which does the same job, maps every ``ClientConnectionError``,
a hang-up after the request included, to ``ConnectTimeout``: a withdrawal would be sent twice.)
Nothing is resent below the client's own retries (aiohttp's own single resend of a GET after a
failed connection is switched off).

Limits: ``max_connections`` is aiohttp's ``limit`` and ``keepalive_expiry`` its keep-alive
timeout; aiohttp keeps every idle connection until then (``max_keepalive_connections`` has no
counterpart). Of the per-request ``timeout``, ``connect`` bounds opening a connection (aiohttp's
``sock_connect``), ``pool`` getting one: waiting for a free one and opening it (its
``connect``), and ``read`` each wait for the answer (``sock_read``). aiohttp has no write
timeout: bodies of this API fit the socket's buffer, and the read timeout then bounds the wait.
Each event loop gets its own aiohttp session, made on its first request, so one transport serves
successive ``asyncio.run()`` calls. HTTP/1.1 only; no Unix sockets.
"""

from __future__ import annotations

import asyncio
import ssl
import typing
from collections.abc import AsyncIterable, AsyncIterator, Mapping

import httpx

from assetpay.errors import ConfigurationError

_FAILURES: tuple[type[BaseException], ...] = (TimeoutError, OSError)
try:
    import aiohttp
    from yarl import URL
except ImportError:  # without the assetpay[aiohttp] extra: AiohttpTransport() says what to install
    _INSTALLED = False
else:
    _INSTALLED = True
    _FAILURES += (aiohttp.ClientError,)

DEFAULT_LIMITS = httpx.Limits(max_connections=100, keepalive_expiry=5.0)

# Headers aiohttp would add when a request lacks them: httpx already wrote the ones it sends.
_NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


def translated(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx failure that says what ``error`` (raised by aiohttp) means for the request.

    The messages name the host and the reason, never the URL: its query may carry a trade token.
    """
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(
            "timed out waiting for or opening a connection", request=request
        )
    if isinstance(error, aiohttp.ClientConnectorError):
        reason = error.os_error.strerror or type(error.os_error).__name__
        return httpx.ConnectError(
            f"cannot connect to {error.host}:{error.port} ({reason})", request=request
        )
    if isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol(
            f"aiohttp cannot send to this URL ({type(error).__name__})", request=request
        )
    if isinstance(error, aiohttp.SocketTimeoutError):
        return httpx.ReadTimeout("timed out reading the answer", request=request)
    if isinstance(error, TimeoutError):
        return httpx.TimeoutException(f"timed out ({type(error).__name__})", request=request)
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(
            "the server disconnected without a complete answer", request=request
        )
    if isinstance(error, aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(
            f"unreadable answer: {error.message or type(error).__name__}", request=request
        )
    if isinstance(error, aiohttp.ClientPayloadError):
        return httpx.ReadError("the answer's body broke off", request=request)
    if isinstance(error, aiohttp.ClientConnectionResetError | aiohttp.UploadAbortedError):
        return httpx.WriteError(
            f"the connection closed while sending ({type(error).__name__})", request=request
        )
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        return httpx.ReadError(f"the connection failed ({reason})", request=request)
    return httpx.TransportError(f"aiohttp failed ({type(error).__name__})", request=request)


def _client_timeout(timeouts: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(
        total=None,
        connect=timeouts.get("pool"),
        sock_connect=timeouts.get("connect"),
        sock_read=timeouts.get("read"),
    )


def _version(version: aiohttp.HttpVersion) -> bytes:
    return f"HTTP/{version.major}.{version.minor}".encode()


class _Body(httpx.AsyncByteStream):
    """An aiohttp answer's body for httpx, read as it arrives; failures translated."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            failure: httpx.TransportError | None = None
            try:
                chunk = await self._response.content.readany()
            except _FAILURES as error:
                failure = translated(error, self._request)
            if failure is not None:  # raised here, not in the handler: no aiohttp frame attached
                self._response.close()
                raise failure
            if not chunk:
                return
            yield chunk

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send an ``httpx.AsyncClient``'s requests through aiohttp's connection pool."""

    def __init__(
        self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: ssl.SSLContext | bool = True
    ) -> None:
        if not _INSTALLED:
            raise ConfigurationError(
                "AiohttpTransport needs aiohttp: pip install 'assetpay[aiohttp]'"
            )
        if not isinstance(limits, httpx.Limits):
            raise ConfigurationError(f"limits must be an httpx.Limits, not {type(limits).__name__}")
        if not isinstance(verify, ssl.SSLContext | bool):
            raise ConfigurationError(
                f"verify must be True, False or an ssl.SSLContext, not {type(verify).__name__}"
            )
        self._limit = limits.max_connections or 0  # aiohttp: 0 is no limit
        self._keepalive = limits.keepalive_expiry
        # the certificates httpx would trust (certifi, or SSL_CERT_FILE / SSL_CERT_DIR)
        self._ssl = httpx.create_ssl_context(verify=verify)
        self._sessions: dict[asyncio.AbstractEventLoop, aiohttp.ClientSession] = {}

    def __repr__(self) -> str:
        return f"AiohttpTransport(max_connections={self._limit or None})"

    async def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is not None and not session.closed:
            return session
        for other, old in list(self._sessions.items()):
            if other.is_closed():  # its connections died with it; this frees the bookkeeping
                del self._sessions[other]
                await old.close()
        connector = (
            aiohttp.TCPConnector(limit=self._limit, ssl=self._ssl)
            if self._keepalive is None  # aiohttp's own default then
            else aiohttp.TCPConnector(
                limit=self._limit, ssl=self._ssl, keepalive_timeout=self._keepalive
            )
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            skip_auto_headers=_NO_AUTO_HEADERS,
            auto_decompress=False,  # httpx decodes by content-encoding
            trust_env=False,  # httpx routes proxied requests to its own transports
        )
        # aiohttp resends a GET or other idempotent request once by itself when the connection
        # fails; the client's retries (counted, logged, limited by max_retries) decide that
        session._retry_connection = False
        self._sessions[loop] = session
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = await self._session()
        try:
            data: bytes | AsyncIterable[bytes] | None = request.content or None
            framed = True
        except httpx.RequestNotRead:  # a streamed body (httpx.AsyncClient made it async)
            data, framed = typing.cast(AsyncIterable[bytes], request.stream), False
        failure: httpx.TransportError | None = None
        try:
            # the headers are passed, never kept in a local: a tracker records this frame's locals
            answer = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=[
                    (name, value)
                    for name, value in request.headers.multi_items()
                    if framed or name.lower() != "transfer-encoding"  # aiohttp chunks it
                ],
                data=data,
                allow_redirects=False,
                timeout=_client_timeout(request.extensions.get("timeout", {})),
            )
        except _FAILURES as error:
            failure = translated(error, request)
        if failure is not None:  # raised outside the handler: no aiohttp frame or cause attached
            raise failure
        return httpx.Response(
            status_code=answer.status,
            headers=answer.raw_headers,
            stream=_Body(answer, request),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1" if answer.version is None else _version(answer.version),
                "reason_phrase": (answer.reason or "").encode(),
            },
        )

    async def aclose(self) -> None:
        sessions, self._sessions = self._sessions, {}
        loop = asyncio.get_running_loop()
        for owner, session in sessions.items():
            if owner is loop or owner.is_closed():
                await session.close()
            elif owner.is_running():  # another thread's loop: closed there
                asyncio.run_coroutine_threadsafe(session.close(), owner)


__all__ = ["AiohttpTransport", "translated"]
