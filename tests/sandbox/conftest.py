"""Shared material of the sandbox tests: servers started and stopped by each test, clients."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Collection, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest

import assetpay
from assetpay.webhooks import WebhookVerificationError, verify
from assetpay_sandbox import DEMO_STEAM_IDS, SandboxConfig, SandboxServer, ThreadedServer

TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=39734273&token=AbCdEfGh"
STEAM_ID = DEMO_STEAM_IDS[0]
BASE = SandboxConfig(db=":memory:", port=0)

ServerFactory = Callable[..., Any]


@contextmanager
def running(config: SandboxConfig = BASE, **overrides: Any) -> Iterator[SandboxServer]:
    """A sandbox on 127.0.0.1 and a free port, stopped on exit."""
    server = SandboxServer(replace(config, **overrides))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with running() as srv:
        yield srv


@pytest.fixture
def http(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, trust_env=False, timeout=10) as client:
        yield client


def merchant_client(server: SandboxServer, **kwargs: Any) -> assetpay.AssetPay:
    cfg = server.sandbox.config
    return assetpay.AssetPay(
        api_key=cfg.api_key, api_secret=cfg.api_secret, merchant_id=cfg.merchant_id,
        base_url=server.url, **kwargs,
    )  # fmt: skip


def api_key_headers(server: SandboxServer) -> dict[str, str]:
    return {"api-key": server.sandbox.config.api_key}


def client_headers(server: SandboxServer, steam_id: str = STEAM_ID) -> dict[str, str]:
    cfg = server.sandbox.config
    identity = assetpay.tokens.client_identity(steam_id, TRADE_URL)
    token = assetpay.tokens.mint(identity, merchant_id=cfg.merchant_id, api_secret=cfg.api_secret)
    return {"authorization": f"Bearer {token}"}


# --- merchant-side helpers of test_lifecycle / test_rules / test_faults --------------------------


@dataclass
class Delivery:
    """One request the sandbox sent to the merchant's callback URL, as the receiver saw it."""

    body: bytes
    signature: str | None
    event: Any  # the verified assetpay.webhooks event, None when verification failed
    error: str | None  # WebhookVerificationError.reason when it failed
    status: int = 0  # what the receiver answered (0: nothing, e.g. the sandbox gave up waiting)
    at: float = 0.0

    @property
    def json(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed

    @property
    def delivery_id(self) -> str:
        assert self.signature is not None
        segments = dict(s.strip().split("=", 1) for s in self.signature.split(","))
        return segments["id"]

    @property
    def trade(self) -> dict[str, Any]:
        trade: dict[str, Any] = self.json["trade"]
        return trade


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b'{"ok":true}'
    delay: float = 0.0  # seconds to wait before answering (past the sandbox's attempt timeout)


Script = Callable[[Delivery, int], Reply]  # (delivery, how many came before it) -> the answer


class Receiver:
    """The merchant's callback endpoint (ASGI): every request is verified with
    ``assetpay.webhooks.verify`` against ``secrets`` and recorded; then it is answered by
    ``app`` (e.g. ``assetpay.webhooks.asgi_app``) or, without one, by ``script``."""

    def __init__(
        self,
        secrets: str | list[str] = BASE.api_secret,
        *,
        app: Any = None,
        script: Script | None = None,
    ) -> None:
        self.secrets = secrets
        self.app = app
        self.script = script or (lambda _d, _n: Reply())
        self.deliveries: list[Delivery] = []
        self.lock = threading.Lock()
        self.url = ""

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        signature = headers.get("x-assetpay-signature")
        delivery = Delivery(body, signature, None, None, at=time.monotonic())
        try:
            delivery.event = verify(body, signature, self.secrets)
        except WebhookVerificationError as exc:
            delivery.error = exc.reason
        with self.lock:
            before = len(self.deliveries)
            self.deliveries.append(delivery)
        if self.app is not None:
            sent = False

            async def replay() -> dict[str, Any]:
                nonlocal sent
                if sent:  # pragma: no cover - the app reads the body once
                    return {"type": "http.disconnect"}
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            async def record(message: MutableMapping[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    delivery.status = int(message["status"])
                await send(message)

            await self.app(scope, replay, record)
            return
        reply = self.script(delivery, before)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        delivery.status = reply.status
        await send({
            "type": "http.response.start", "status": reply.status,
            "headers": [(b"content-type", b"application/json")],
        })  # fmt: skip
        await send({"type": "http.response.body", "body": reply.body})

    def of(self, subject: str) -> list[Delivery]:
        """The deliveries about one trade (by id) or crypto withdrawal (by id), in order."""
        with self.lock:
            found = []
            for d in self.deliveries:
                try:
                    parsed = d.json
                except ValueError:
                    continue
                inner = parsed.get("trade") or parsed.get("withdrawal") or {}
                if isinstance(inner, dict) and inner.get("id") == subject:
                    found.append(d)
            return found

    def statuses(self, subject: str) -> list[str]:
        """The statuses announced for ``subject``, retries of one delivery id counted once."""
        seen: set[str] = set()
        out: list[str] = []
        for d in self.of(subject):
            if d.delivery_id in seen:
                continue
            seen.add(d.delivery_id)
            inner: dict[str, Any] = d.json.get("trade") or d.json.get("withdrawal") or {}
            out.append(str(inner["status"]))
        return out


@contextmanager
def receiving(receiver: Receiver) -> Iterator[Receiver]:
    """Serve ``receiver`` on 127.0.0.1 (a free port) for the duration of the block."""
    with ThreadedServer(receiver) as srv:
        receiver.url = srv.url
        yield receiver


def wait_until(predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
    """Poll ``predicate`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {predicate}")
        time.sleep(interval)


class Admin:
    """The sandbox's ``/_sandbox/*`` admin routes (no credentials; 127.0.0.1 only)."""

    def __init__(self, server: SandboxServer) -> None:
        self.http = httpx.Client(base_url=server.url, trust_env=False, timeout=10)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Admin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ok(self, response: httpx.Response) -> Any:
        assert response.status_code == 200, response.text
        return response.json()

    def state(self, trades: bool = False) -> dict[str, Any]:
        found: dict[str, Any] = self._ok(
            self.http.get("/_sandbox/state", params={"trades": "1"} if trades else None)
        )
        return found

    def wallet(self) -> dict[str, float]:
        found: dict[str, float] = self.state()["wallet"]
        return found

    def set_balance(self, usd: float) -> None:
        self._ok(self.http.post("/_sandbox/wallet", json={"balance": usd}))

    def set_price(self, ref: str, usd: float) -> None:
        self._ok(self.http.post("/_sandbox/prices", json={"ref": ref, "price": usd}))

    def clock(self, *, advance: float | None = None, speed: float | None = None) -> Any:
        body: dict[str, float] = {}
        if advance is not None:
            body["advance"] = advance
        if speed is not None:
            body["speed"] = speed
        return self._ok(self.http.post("/_sandbox/clock", json=body))

    def tick(self) -> int:
        steps: int = self._ok(self.http.post("/_sandbox/tick"))["steps"]
        return steps

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock ahead and run the steps now due (one per trade)."""
        self.clock(advance=seconds)
        self.tick()

    def faults(self, rules: list[dict[str, Any]] | None = None, seed: int | None = None) -> Any:
        if rules is None and seed is None:
            return self._ok(self.http.get("/_sandbox/faults"))
        body: dict[str, Any] = {"rules": rules or []}
        if seed is not None:
            body["seed"] = seed
        return self._ok(self.http.post("/_sandbox/faults", json=body))

    def deliveries(self, subject: str | None = None) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._ok(
            self.http.get("/_sandbox/deliveries", params={"subject": subject} if subject else None)
        )
        return found


def cheapest_listing(
    server: SandboxServer, game: int = 730, *, skip: Collection[str] = ()
) -> tuple[str, float]:
    """The cheapest listing of ``game`` (id, USD) not in ``skip``."""
    listings = [
        lst for lst in server.sandbox.engine.catalogue.listings.values()
        if lst.item.game == game and lst.id not in skip
    ]  # fmt: skip
    pick = min(listings, key=lambda lst: (lst.price_cents, lst.id))
    return pick.id, pick.price_cents / 100


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def price_of(row: Any) -> float:
    """The ``offer.price`` (USD) of an inventory / listing row of the client models."""
    return float(row.to_dict()["offer"]["price"])
