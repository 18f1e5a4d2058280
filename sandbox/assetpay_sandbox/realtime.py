"""The realtime feed (asyncapi.yaml): Socket.IO at ``/socket.io``, next to the REST routes.

* WebSocket transport only; the merchant API key in the handshake query (``?apiKey=``), checked
  like the ``api-key`` header of the REST routes. A refused key gets what AssetPay sends: a bare
  server disconnect right after the connection opens, no error event.
* An accepted socket joins the room ``merchant:<id>`` and first receives ``market``
  ``{"type": "sync", "reason": "subscribe"}`` (refetch: deltas may have been missed).
* The engine publishes ``trade``, ``deposit`` and ``market`` events after each commit
  (``Engine.feed_listeners``); :meth:`Feed.publish` may be called from any thread and the events
  go out in commit order from one task on the server's loop.
* :meth:`Feed.disconnect_all` closes every socket from the server side, as an AssetPay deploy
  does (clients reconnect after a short random wait).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import socketio  # type: ignore[import-untyped]

from .auth import verify_merchant
from .config import SandboxConfig
from .engine import Engine
from .failures import ApiFailure

logger = logging.getLogger("assetpay_sandbox.realtime")

ASGI = Callable[..., Awaitable[None]]
SOCKETIO_PATH = "socket.io"
SUBSCRIBED = {"type": "sync", "reason": "subscribe"}


class Feed:
    """The Socket.IO server of one sandbox, fed by its engine."""

    def __init__(self, engine: Engine, config: SandboxConfig) -> None:
        self.config = config
        self.room = f"merchant:{config.merchant_id}"
        # always_connect: the connection opens before the key is checked, so a refused key is
        # a plain DISCONNECT packet, as AssetPay does it (no CONNECT_ERROR)
        self.server = socketio.AsyncServer(
            async_mode="asgi", transports=["websocket"], always_connect=True,
            cors_allowed_origins=[], logger=False, engineio_logger=False,
        )  # fmt: skip
        self.server.on("connect", self._connect)
        self.stats: dict[str, int] = {"connected": 0, "refused": 0}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[tuple[str, dict[str, Any]]] | None = None
        self._pump: asyncio.Task[None] | None = None
        engine.feed_listeners.append(self.publish)

    def mount(self, app: ASGI) -> ASGI:
        """``app`` with Socket.IO answering at ``/socket.io`` (everything else goes to ``app``)."""
        mounted: ASGI = socketio.ASGIApp(
            self.server, other_asgi_app=app, socketio_path=SOCKETIO_PATH
        )
        return mounted

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue()
        self._pump = asyncio.create_task(self._emit_forever())

    async def stop(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        self._loop = self._queue = self._pump = None

    def publish(self, event: str, payload: dict[str, Any]) -> None:
        """Send ``event`` to the merchant's room (thread-safe; dropped while not serving)."""
        loop, queue = self._loop, self._queue
        if loop is None or queue is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(queue.put_nowait, (event, payload))

    def disconnect_all(self) -> None:
        """Disconnect every socket from the server side, as a deploy does (thread-safe)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        async def drop() -> None:
            for sid, _ in list(self.server.manager.get_participants("/", self.room)):
                await self.server.disconnect(sid)

        asyncio.run_coroutine_threadsafe(drop(), loop).result(5)

    async def _emit_forever(self) -> None:
        assert self._queue is not None
        while True:
            event, payload = await self._queue.get()
            try:
                await self.server.emit(event, payload, room=self.room)
            except Exception:  # one broken socket must not stop the feed
                logger.exception("realtime emit failed")

    async def _connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
        query = parse_qs(str(environ.get("QUERY_STRING", "")))
        key = (query.get("apiKey") or [""])[0]
        try:
            verify_merchant({"api-key": key}, self.config, bearer_ok=False)
        except ApiFailure:
            self.stats["refused"] += 1
            return False
        self.stats["connected"] += 1
        await self.server.enter_room(sid, self.room)
        await self.server.emit("market", SUBSCRIBED, to=sid)
        return True
