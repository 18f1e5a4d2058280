"""AssetPay's realtime feed (asyncapi.yaml) as typed events: ``ap.realtime()`` / ``aap.realtime()``.

::

    async with aap.realtime() as feed:          # raises UnauthorizedError if the key is refused
        async for event in feed:
            if event.kind == "trade":
                print(event.trade.id, event.trade.status)   # the REST Trade model

    with ap.realtime() as feed:                 # the same, blocking, for sync code
        for event in feed: ...

Every event has a ``kind``:

* ``"trade"`` -- :class:`TradeEvent`, ``.trade`` is ``assetpay.models.Trade`` (as REST returns it);
* ``"deposit"`` -- :class:`DepositEvent`, ``.funding`` (``assetpay_events.Funding``);
* ``"market"`` -- :class:`MarketEvent`, ``.change`` is one of ``MarketUpsert``, ``MarketPatch``,
  ``MarketRemove``, ``MarketSyncFeed``, ``MarketSyncSubscribe``; ``.item`` the listing as
  ``assetpay.models.Item`` (upsert and patch); ``.refetch`` is true for the syncs (sent on every
  (re)connect: deltas may have been missed, refetch what you show);
* ``"unknown"`` -- :class:`UnknownEvent`: an event name this client does not know (``.name``,
  ``.data``); ``"invalid"`` -- :class:`InvalidEvent`: a known name whose payload does not match
  asyncapi.yaml (``.error`` says why). Neither stops the feed;
* ``"error"`` -- :class:`FeedErrorEvent`: the key was refused after the feed had been running;
  the feed retries by itself after ``.retry_in`` seconds.

Connecting and reconnecting follow AssetPay's official SDK (:class:`RealtimeTimings`): the key
goes in the handshake query, and a refused key is a bare server disconnect within about 1.5 s, so
a connection counts as accepted at its first event or once it survived that window. At startup a
refusal raises :class:`assetpay.errors.UnauthorizedError`, and an unreachable server
:class:`assetpay.errors.APIConnectionError`. Later: a server disconnect (a deploy) reconnects after
a random 250-1,250 ms; a refusal is reported and retried after 30 s, doubling up to 300 s; a
dropped or unreachable transport is retried after 1 s, doubling up to 30 s. Events missed while
disconnected are not replayed (the market's subscribe sync says so).

The API key never appears in logs, reprs or errors: the Socket.IO libraries log through the
``assetpay.realtime.transport`` logger (errors only by default), which masks ``apiKey=`` in every
message; reconnects are logged at INFO on ``assetpay.realtime``.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import random
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal
from urllib.parse import quote

import pydantic

import assetpay_events
from assetpay._base_client import ConfigurationError, Settings, user_agent
from assetpay.errors import APIConnectionError, AssetPayError, UnauthorizedError
from assetpay_catalogue.errors import ERRORS_BY_KEY
from assetpay_client.models import Item, Trade

logger = logging.getLogger("assetpay.realtime")

MarketChange = (
    assetpay_events.MarketUpsert
    | assetpay_events.MarketPatch
    | assetpay_events.MarketRemove
    | assetpay_events.MarketSyncFeed
    | assetpay_events.MarketSyncSubscribe
)


# ----------------------------------------------------------------------------- events


@dataclass(frozen=True)
class TradeEvent:
    """A trade changed status (the moments a trade callback is sent)."""

    trade: Trade
    kind: Literal["trade"] = "trade"


@dataclass(frozen=True)
class DepositEvent:
    """A crypto funding of the merchant wallet changed status."""

    funding: assetpay_events.Funding
    kind: Literal["deposit"] = "deposit"


@dataclass(frozen=True)
class MarketEvent:
    """A listing appeared, changed or went (``change.type``), or a request to refetch."""

    change: MarketChange
    item: Item | None = None
    kind: Literal["market"] = "market"

    @property
    def type(self) -> str:
        return self.change.type

    @property
    def refetch(self) -> bool:
        """True for ``sync``: drop what you hold (of ``change.game``/``source``) and refetch."""
        return self.change.type == "sync"


@dataclass(frozen=True)
class UnknownEvent:
    """An event name this version of the client does not know; ``data`` as received."""

    name: str
    data: Any
    kind: Literal["unknown"] = "unknown"


@dataclass(frozen=True)
class InvalidEvent:
    """A known event whose payload does not match asyncapi.yaml; ``error`` says why."""

    name: str
    data: Any
    error: str
    kind: Literal["invalid"] = "invalid"


@dataclass(frozen=True)
class FeedErrorEvent:
    """The feed lost its connection for a reason you should know (a refused key); it retries
    by itself after ``retry_in`` seconds."""

    error: AssetPayError
    retry_in: float
    kind: Literal["error"] = "error"


RealtimeEvent = (
    TradeEvent | DepositEvent | MarketEvent | UnknownEvent | InvalidEvent | FeedErrorEvent
)


def parse_event(name: str, data: Any) -> RealtimeEvent:
    """One Socket.IO event as a typed event; never raises (see ``InvalidEvent``)."""
    try:
        if name == "trade":
            assetpay_events.TradeEvent.model_validate(data)
            return TradeEvent(trade=Trade.from_dict(data["trade"]))
        if name == "deposit":
            return DepositEvent(funding=assetpay_events.DepositEvent.model_validate(data).funding)
        if name == "market":
            change = assetpay_events.MarketEvent.model_validate(data).root
            raw_item = data.get("item")
            item = Item.from_dict(raw_item) if isinstance(raw_item, dict) else None
            return MarketEvent(change=change, item=item)
    except pydantic.ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<payload>'}: {err['msg']}"
            for err in exc.errors()[:5]
        )
        return InvalidEvent(name=name, data=data, error=problems)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return InvalidEvent(name=name, data=data, error=f"{type(exc).__name__}: {exc}")
    return UnknownEvent(name=name, data=data)


# ----------------------------------------------------------------------------- timings


@dataclass(frozen=True)
class RealtimeTimings:
    """When the feed (re)connects, in seconds; the defaults are the official SDK's."""

    #: a connection that is neither closed nor has sent an event by then is accepted
    accept_window: float = 1.5
    #: after a server disconnect (a deploy): a uniformly random wait in this range
    server_disconnect: tuple[float, float] = (0.25, 1.25)
    #: after a refused key, once the feed had been accepted: first wait, doubling up to the cap
    auth_retry: float = 30.0
    auth_retry_max: float = 300.0
    #: after a dropped or unreachable transport: first wait, doubling up to the cap
    transport_retry: float = 1.0
    transport_retry_max: float = 30.0
    #: how long one connection attempt may take
    connect_timeout: float = 10.0

    def __post_init__(self) -> None:
        low, high = self.server_disconnect
        numbers = (
            self.accept_window, low, high, self.auth_retry, self.auth_retry_max,
            self.transport_retry, self.transport_retry_max, self.connect_timeout,
        )  # fmt: skip
        if any(isinstance(n, bool) or not isinstance(n, int | float) or n < 0 for n in numbers):
            raise ConfigurationError("realtime timings must be numbers of seconds >= 0")
        if low > high or self.auth_retry > self.auth_retry_max:
            raise ConfigurationError("realtime timings: a range's lower end exceeds its upper end")
        if self.transport_retry > self.transport_retry_max:
            raise ConfigurationError("realtime timings: transport_retry exceeds its maximum")


# ----------------------------------------------------------------------------- the connection


class _Ended(enum.Enum):
    REFUSED = "refused"  # closed by the server before acceptance: the key
    SERVER = "server"  # closed by the server after acceptance: a deploy
    TRANSPORT = "transport"  # unreachable, or the connection dropped
    CLOSED = "closed"  # closed by us


_KEY_IN_TEXT = re.compile(r"(apiKey=)[^&\s'\"]*")


class _MaskKey(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "apiKey=" in message:
            record.msg, record.args = _KEY_IN_TEXT.sub(r"\1***", message), None
        return True


# python-socketio and python-engineio log through this logger; like their own default logger it
# shows errors only unless you lower its level
_transport_logger = logging.getLogger("assetpay.realtime.transport")
_transport_logger.addFilter(_MaskKey())
if _transport_logger.level == logging.NOTSET:
    _transport_logger.setLevel(logging.ERROR)


class _FeedURL(str):
    """The handshake URL; it carries the key, so its repr does not."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<realtime URL with apiKey=***>"


def _handshake_url(settings: Settings) -> _FeedURL:
    if not settings.api_key:
        raise ConfigurationError("the realtime feed needs the merchant api_key")
    return _FeedURL(f"{settings.base_url}/?apiKey={quote(settings.api_key.reveal(), safe='')}")


def _socketio() -> Any:
    try:
        import socketio  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigurationError(
            "the realtime feed needs python-socketio: pip install 'assetpay[realtime]'"
        ) from None
    return socketio


def _refused() -> UnauthorizedError:
    info = ERRORS_BY_KEY["UNAUTHORIZED"]
    return UnauthorizedError(
        code=int(info.code or 0), key=info.key, http_status=info.http_status or 401,
        message="the realtime feed refused the API key (the server closed the connection)",
    )  # fmt: skip


@dataclass
class _Backoff:
    first: float
    cap: float
    current: float = field(init=False)

    def __post_init__(self) -> None:
        self.current = self.first

    def next(self) -> float:
        wait, self.current = self.current, min(self.cap, self.current * 2)
        return wait

    def reset(self) -> None:
        self.current = self.first


class AsyncRealtime:
    """The feed as an async context manager and async iterator of :data:`RealtimeEvent`."""

    def __init__(
        self,
        settings: Settings,
        *,
        timings: RealtimeTimings | None = None,
        jitter: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self._url = _handshake_url(settings)
        self.base_url = settings.base_url
        self.timings = timings or RealtimeTimings()
        self._jitter = jitter
        self._events: asyncio.Queue[RealtimeEvent | None] = asyncio.Queue()
        self._auth_backoff = _Backoff(self.timings.auth_retry, self.timings.auth_retry_max)
        self._transport_backoff = _Backoff(
            self.timings.transport_retry, self.timings.transport_retry_max
        )
        self._runner: asyncio.Task[None] | None = None
        self._client: Any = None
        self._closing = False
        self._done = False
        #: how many times the feed reconnected after being accepted (for dashboards and tests)
        self.reconnects = 0

    def __repr__(self) -> str:
        state = "closed" if self._done else ("open" if self._runner else "new")
        return f"AsyncRealtime(base_url={self.base_url!r}, {state})"

    # -- lifecycle ---------------------------------------------------------------------------

    async def connect(self) -> AsyncRealtime:
        """Open the feed; returns once AssetPay accepted the key.

        Raises ``UnauthorizedError`` if the key is refused and ``APIConnectionError`` if the
        server cannot be reached; the feed is closed then.
        """
        if self._runner is not None:
            return self
        _socketio()  # the extra is installed, or ConfigurationError now
        started: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._runner = asyncio.create_task(self._run(started))
        try:
            await started
        except AssetPayError:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        """Disconnect and end the iteration (idempotent)."""
        self._closing = True
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                await client.disconnect()
        runner, self._runner = self._runner, None
        if runner is not None and runner is not asyncio.current_task():
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        if not self._done:
            self._done = True
            self._events.put_nowait(None)

    async def __aenter__(self) -> AsyncRealtime:
        return await self.connect()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- events ------------------------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[RealtimeEvent]:
        return self

    async def __anext__(self) -> RealtimeEvent:
        event = await self._events.get()
        if event is None:
            self._events.put_nowait(None)  # every later read ends too
            raise StopAsyncIteration
        return event

    async def get(self, timeout: float | None = None) -> RealtimeEvent | None:
        """The next event, or None after ``timeout`` seconds or once the feed is closed."""
        try:
            return await asyncio.wait_for(self.__anext__(), timeout)
        except (TimeoutError, StopAsyncIteration):
            return None

    # -- the connection loop -----------------------------------------------------------------

    async def _run(self, started: asyncio.Future[None]) -> None:
        accepted_once = False
        while not self._closing:
            ended = await self._session(started)
            if self._closing or ended is _Ended.CLOSED:
                return
            if not accepted_once and not started.done():
                # the first connection never got accepted: connect() raises, no retries
                started.set_exception(
                    _refused() if ended is _Ended.REFUSED
                    else APIConnectionError("the realtime feed could not connect", ambiguous=False)
                )  # fmt: skip
                return
            accepted_once = True
            if ended is _Ended.SERVER:
                wait = self._jitter(*self.timings.server_disconnect)
            elif ended is _Ended.REFUSED:
                wait = self._auth_backoff.next()
                self._events.put_nowait(FeedErrorEvent(error=_refused(), retry_in=wait))
            else:
                wait = self._transport_backoff.next()
            logger.info("realtime feed ended (%s); reconnecting in %.2fs", ended.value, wait)
            await asyncio.sleep(wait)

    async def _session(self, started: asyncio.Future[None]) -> _Ended:
        """One connection, from the handshake to its end."""
        socketio = _socketio()
        client = socketio.AsyncClient(
            reconnection=False, logger=_transport_logger, engineio_logger=_transport_logger
        )
        first_event = asyncio.Event()
        gone = asyncio.Event()
        reasons: list[str] = []

        async def on_any(name: str, data: Any = None) -> None:
            first_event.set()
            self._events.put_nowait(parse_event(name, data))

        async def on_disconnect(reason: Any = None) -> None:
            reasons.append(str(reason))
            gone.set()

        client.on("*", on_any)
        client.on("disconnect", on_disconnect)
        self._client = client
        try:
            try:
                await client.connect(
                    self._url, transports=["websocket"], headers={"User-Agent": user_agent()},
                    wait_timeout=self.timings.connect_timeout,
                )  # fmt: skip
            except (TimeoutError, socketio.exceptions.ConnectionError, OSError):
                return _Ended.TRANSPORT  # never the library's message: it may quote the URL
            waiting = [asyncio.ensure_future(event.wait()) for event in (first_event, gone)]
            await asyncio.wait(
                waiting, timeout=self.timings.accept_window, return_when=asyncio.FIRST_COMPLETED
            )
            for future in waiting:
                future.cancel()
            if gone.is_set() and not first_event.is_set():
                return _Ended.CLOSED if self._closing else _Ended.REFUSED
            if not started.done():
                started.set_result(None)
            else:
                self.reconnects += 1
            self._auth_backoff.reset()
            self._transport_backoff.reset()
            await gone.wait()
            if self._closing:
                return _Ended.CLOSED
            server = socketio.AsyncClient.reason.SERVER_DISCONNECT
            return _Ended.SERVER if reasons and reasons[-1] == server else _Ended.TRANSPORT
        finally:
            self._client = None
            with contextlib.suppress(Exception):
                await client.disconnect()


class Realtime:
    """The feed for synchronous code: a context manager and iterator of :data:`RealtimeEvent`.

    It runs :class:`AsyncRealtime` on an event loop of its own, on a daemon thread.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        timings: RealtimeTimings | None = None,
        jitter: Callable[[float, float], float] = random.uniform,
    ) -> None:
        _handshake_url(settings)  # ConfigurationError now rather than at connect()
        self._settings = settings
        self._timings = timings
        self._jitter = jitter
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._feed: AsyncRealtime | None = None
        self.base_url = settings.base_url

    def __repr__(self) -> str:
        return f"Realtime(base_url={self.base_url!r})"

    @property
    def reconnects(self) -> int:
        return 0 if self._feed is None else self._feed.reconnects

    def _call(self, coro: Any, timeout: float | None = None) -> Any:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def connect(self) -> Realtime:
        """Open the feed; see :meth:`AsyncRealtime.connect` (same errors)."""
        if self._feed is not None:
            return self
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="assetpay-realtime", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread

        async def build() -> AsyncRealtime:
            return AsyncRealtime(self._settings, timings=self._timings, jitter=self._jitter)

        feed: AsyncRealtime = self._call(build())
        self._feed = feed
        failure: AssetPayError | None = None
        try:
            self._call(feed.connect())
        except AssetPayError as exc:
            failure = exc
        if failure is not None:
            self._stop_loop()
            raise failure.with_traceback(None)
        return self

    def close(self) -> None:
        """Disconnect, end the iteration and stop the feed's thread (idempotent)."""
        if self._feed is not None and self._loop is not None:
            self._call(self._feed.close())
        self._stop_loop()

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(5)
        loop.close()
        self._loop = self._thread = None

    def __enter__(self) -> Realtime:
        return self.connect()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __iter__(self) -> Iterator[RealtimeEvent]:
        return self

    def __next__(self) -> RealtimeEvent:
        event = self.get()
        if event is None:
            raise StopIteration
        return event

    def get(self, timeout: float | None = None) -> RealtimeEvent | None:
        """The next event, or None after ``timeout`` seconds or once the feed is closed."""
        if self._feed is None or self._loop is None:
            return None
        found: RealtimeEvent | None = self._call(self._feed.get(timeout))
        return found


__all__ = [
    "AsyncRealtime",
    "DepositEvent",
    "FeedErrorEvent",
    "InvalidEvent",
    "MarketChange",
    "MarketEvent",
    "Realtime",
    "RealtimeEvent",
    "RealtimeTimings",
    "TradeEvent",
    "UnknownEvent",
    "parse_event",
]
