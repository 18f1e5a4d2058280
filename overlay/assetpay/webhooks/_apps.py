"""asgi_app() / wsgi_app(): handle() as a standalone ASGI or WSGI application.

No web framework is needed: mount the app at your callback URL (e.g. ``uvicorn`` for ASGI,
``gunicorn`` or ``mod_wsgi`` for WSGI). Only POST is accepted (405 otherwise); the body is read
in full (413 past ``max_body`` bytes). The ASGI app runs ``handle`` and the synchronous
callbacks in a worker thread (``asyncio.to_thread``) so the event loop never blocks; async
callbacks are refused at construction.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from typing import Any, TypeAlias

from ._answers import Answer, method_not_allowed, too_large
from ._errors import WebhookConfigurationError
from ._handler import DEFAULT_STORE, OnApproval, OnEvent, check_store, handle
from ._signature import secrets_of, tolerance_of
from ._store import DeliveryStore

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]
StartResponse: TypeAlias = Callable[..., Any]
WSGIApp: TypeAlias = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

DEFAULT_MAX_BODY = 5 * 1024 * 1024


def _validated(
    secret: str | Sequence[str],
    on_event: object,
    on_approval: object,
    tolerance: float,
    store: DeliveryStore | None,
    claim_wait: float,
) -> None:
    secrets_of(secret)
    tolerance_of(tolerance)
    for name, callback in (("on_event", on_event), ("on_approval", on_approval)):
        if not callable(callback):
            raise WebhookConfigurationError(f"{name} must be callable")
        if inspect.iscoroutinefunction(callback):
            raise WebhookConfigurationError(f"{name} must be a plain function, not async")
    check_store(DEFAULT_STORE if store is None else store, on_event, on_approval, claim_wait)


def asgi_app(
    secret: str | Sequence[str],
    *,
    on_event: OnEvent,
    on_approval: OnApproval,
    store: DeliveryStore | None = None,
    tolerance: float = 300,
    claim_wait: float = 5.0,
    max_body: int = DEFAULT_MAX_BODY,
) -> ASGIApp:
    """An ASGI 3 application answering AssetPay callbacks with ``handle`` (arguments as there)."""
    _validated(secret, on_event, on_approval, tolerance, store, claim_wait)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope.get("method") != "POST":
            await _asgi_send(send, method_not_allowed())
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_body:
                await _asgi_send(send, too_large())
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        headers = [
            (key.decode("latin-1"), value.decode("latin-1"))
            for key, value in scope.get("headers", ())
        ]
        answer = await asyncio.to_thread(
            handle,
            b"".join(chunks),
            headers,
            secret,
            on_event=on_event,
            on_approval=on_approval,
            store=store,
            tolerance=tolerance,
            claim_wait=claim_wait,
        )
        await _asgi_send(send, answer)

    return app


async def _asgi_send(send: Send, answer: Answer) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": answer.status,
            "headers": [
                (key.encode("latin-1"), value.encode("latin-1"))
                for key, value in answer.header_list()
            ],
        }
    )
    await send({"type": "http.response.body", "body": answer.json_bytes()})


_REASONS = {
    200: "OK",
    401: "Unauthorized",
    402: "Payment Required",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def wsgi_app(
    secret: str | Sequence[str],
    *,
    on_event: OnEvent,
    on_approval: OnApproval,
    store: DeliveryStore | None = None,
    tolerance: float = 300,
    claim_wait: float = 5.0,
    max_body: int = DEFAULT_MAX_BODY,
) -> WSGIApp:
    """A WSGI application answering AssetPay callbacks with ``handle`` (arguments as there)."""
    _validated(secret, on_event, on_approval, tolerance, store, claim_wait)

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        answer = _wsgi_answer(environ)
        status = f"{answer.status} {_REASONS.get(answer.status, 'Unknown')}"
        start_response(status, answer.header_list())
        return [answer.json_bytes()]

    def _wsgi_answer(environ: dict[str, Any]) -> Answer:
        if environ.get("REQUEST_METHOD") != "POST":
            return method_not_allowed()
        stream = environ["wsgi.input"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or -1)
        except ValueError:
            length = -1
        if length > max_body:
            return too_large()
        if length >= 0:
            body = stream.read(length)
        elif environ.get("wsgi.input_terminated"):
            body = stream.read(max_body + 1)
            if len(body) > max_body:
                return too_large()
        else:
            body = b""
        headers = [
            (key[5:].replace("_", "-").lower(), value)
            for key, value in environ.items()
            if key.startswith("HTTP_") and isinstance(value, str)
        ]
        return handle(
            body,
            headers,
            secret,
            on_event=on_event,
            on_approval=on_approval,
            store=store,
            tolerance=tolerance,
            claim_wait=claim_wait,
        )

    return app
