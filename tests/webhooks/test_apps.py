"""The ASGI and WSGI wrappers, driven in process through httpx's transports."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from assetpay.webhooks import (
    Answer,
    ApprovalRequest,
    MemoryDeliveryStore,
    Notification,
    WebhookConfigurationError,
    approve,
    asgi_app,
    reject,
    signed_delivery,
    wsgi_app,
)

from .conftest import OLD_SECRET, SECRET, webhook_example

URL = "http://merchant.test/assetpay/callback"


class Callbacks:
    def __init__(self) -> None:
        self.events: list[Notification] = []
        self.approvals: list[ApprovalRequest] = []

    def on_event(self, event: Notification) -> None:
        self.events.append(event)

    def on_approval(self, event: ApprovalRequest) -> Answer:
        self.approvals.append(event)
        return approve() if event.dedupe_key == "trade-uuid" else reject("unknown user")


def scenario(post: Any, get: Any, cb: Callbacks) -> None:
    """The same conversation for both wrappers; ``post``/``get`` return httpx.Response."""
    ping = json.dumps(webhook_example("callbackUrlTest")).encode()
    assert post(ping, {"content-type": "application/json"}).status_code == 200

    assert get().status_code == 405

    body, headers = signed_delivery(webhook_example("withdrawApprovalRequested"), SECRET)
    first = post(body, headers)
    assert (first.status_code, first.json()) == (200, {"action": "approve"})
    assert first.headers["content-type"] == "application/json"
    body2, headers2 = signed_delivery(webhook_example("withdrawApprovalRequested"), SECRET)
    assert post(body2, headers2).json() == {"action": "approve"}
    assert len(cb.approvals) == 1

    body, headers = signed_delivery(
        webhook_example("cryptoWithdrawalApprovalRequested"), OLD_SECRET
    )
    rejected = post(body, headers)
    assert (rejected.status_code, rejected.json()) == (
        402,
        {"action": "reject", "reason": "unknown user"},
    )

    body, headers = signed_delivery(webhook_example("cryptoDeposit"), SECRET)
    assert post(body, headers).status_code == 200
    assert post(body, headers).status_code == 200  # retry, same delivery id
    assert len(cb.events) == 1

    forged, forged_headers = signed_delivery(webhook_example("withdrawApprovalRequested"), "nope")
    assert post(forged, forged_headers).status_code == 401
    assert post(body, {}).status_code == 401
    assert post(b"x" * 2048, headers).status_code == 413


def make_callbacks() -> tuple[Callbacks, dict[str, Any]]:
    cb = Callbacks()
    options: dict[str, Any] = {
        "on_event": cb.on_event,
        "on_approval": cb.on_approval,
        "store": MemoryDeliveryStore(),
        "max_body": 1024,
    }
    return cb, options


def test_asgi_app() -> None:
    cb, options = make_callbacks()
    app = asgi_app([SECRET, OLD_SECRET], **options)

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport) as client:
            loop = asyncio.get_running_loop()

            def post(body: bytes, headers: dict[str, str]) -> httpx.Response:
                future = asyncio.run_coroutine_threadsafe(
                    client.post(URL, content=body, headers=headers), loop
                )
                return future.result(10)

            def get() -> httpx.Response:
                return asyncio.run_coroutine_threadsafe(client.get(URL), loop).result(10)

            await asyncio.to_thread(scenario, post, get, cb)

    asyncio.run(run())


def test_asgi_lifespan() -> None:
    _, options = make_callbacks()
    app = asgi_app(SECRET, **options)
    sent: list[dict[str, Any]] = []
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, Any]:
        return next(incoming)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    asyncio.run(app({"type": "lifespan"}, receive, send))  # type: ignore[arg-type]
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_wsgi_app() -> None:
    cb, options = make_callbacks()
    app = wsgi_app([SECRET, OLD_SECRET], **options)
    with httpx.Client(transport=httpx.WSGITransport(app=app)) as client:

        def post(body: bytes, headers: dict[str, str]) -> httpx.Response:
            return client.post(URL, content=body, headers=headers)

        scenario(post, lambda: client.get(URL), cb)


@pytest.mark.parametrize("factory", [asgi_app, wsgi_app])
def test_apps_refuse_bad_configuration(factory: Any) -> None:
    async def async_callback(_: Any) -> None:
        return None

    with pytest.raises(WebhookConfigurationError):
        factory([], on_event=print, on_approval=lambda _: approve())
    with pytest.raises(WebhookConfigurationError):
        factory(SECRET, on_event=async_callback, on_approval=lambda _: approve())
    with pytest.raises(WebhookConfigurationError):
        factory(SECRET, on_event=print, on_approval=None)
