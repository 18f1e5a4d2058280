"""The sandbox's realtime feed, seen by a plain python-socketio client (not assetpay's).

The client connects as AssetPay's documentation says: WebSocket only, ``?apiKey=`` in the
handshake query. Payloads are checked against the models generated from asyncapi.yaml.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

import pytest
import socketio  # type: ignore[import-untyped]

import assetpay_events
from assetpay_sandbox import SandboxServer

from .conftest import (
    STEAM_ID,
    TRADE_URL,
    Admin,
    Receiver,
    Reply,
    cheapest_listing,
    merchant_client,
    price_of,
    receiving,
    running,
)

pytestmark = pytest.mark.slow

FAST: dict[str, Any] = {"speed": 1.0, "tick": 0.01}


class Feed:
    """Every event a plain Socket.IO client received, and whether the server dropped it."""

    def __init__(self) -> None:
        self.client = socketio.AsyncClient(reconnection=False)
        self.events: list[tuple[str, Any]] = []
        self.disconnected = asyncio.Event()
        self.reasons: list[str] = []

        self.client.on("*", self._anything)
        self.client.on("disconnect", self._disconnect)

    async def _anything(self, event: str, data: Any = None) -> None:
        self.events.append((event, data))

    async def _disconnect(self, reason: str = "") -> None:
        self.reasons.append(str(reason))
        self.disconnected.set()

    def of(self, name: str) -> list[Any]:
        return [data for event, data in self.events if event == name]

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; received {[e for e, _ in self.events]}")
            await asyncio.sleep(0.02)


def synchronously(test: Callable[[], Coroutine[Any, Any, None]]) -> Callable[[], None]:
    """Run an async test on a fresh event loop (the suite has no async test plugin)."""

    @functools.wraps(test)
    def run() -> None:
        asyncio.run(test())

    return run


@asynccontextmanager
async def connected(server: SandboxServer, api_key: str) -> AsyncIterator[Feed]:
    feed = Feed()
    await feed.client.connect(
        f"{server.url}?apiKey={api_key}", transports=["websocket"], wait_timeout=5
    )
    try:
        yield feed
    finally:
        await feed.client.disconnect()


@synchronously
async def test_a_plain_client_gets_the_subscribe_sync_then_trade_statuses_of_a_deposit() -> None:
    with running(**FAST) as server, merchant_client(server) as ap, Admin(server) as admin:
        async with connected(server, server.sandbox.config.api_key) as feed:
            await feed.wait_for(lambda: feed.of("market"))
            assert feed.of("market")[0] == {"type": "sync", "reason": "subscribe"}
            user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
            row = next(iter(user.inventory.get(accepted_only=True, game=730).inventory))
            trade = user.trades.deposit(items=[{"item_id": row.id, "price": price_of(row)}])
            admin.advance(31)
            admin.advance(121)

            def statuses() -> list[str]:
                return [t["trade"]["status"] for t in feed.of("trade")]

            await feed.wait_for(lambda: "hold" in statuses())
            assert statuses() == ["initiated", "active", "hold"]
            for payload in feed.of("trade"):
                assert payload["trade"]["id"] == trade.id
                assetpay_events.TradeEvent.model_validate(payload)
            assert not feed.disconnected.is_set()


@synchronously
async def test_a_wrong_key_is_disconnected_by_the_server_without_an_event() -> None:
    with running(**FAST) as server:
        feed = Feed()
        await feed.client.connect(
            f"{server.url}?apiKey=ap_wrong", transports=["websocket"], wait_timeout=5
        )
        await asyncio.wait_for(feed.disconnected.wait(), 1.5)
        assert feed.events == []
        assert feed.reasons == [socketio.AsyncClient.reason.SERVER_DISCONNECT]
        assert server.sandbox.feed.stats["refused"] == 1


@synchronously
async def test_a_missing_key_is_disconnected_too() -> None:
    with running(**FAST) as server:
        feed = Feed()
        await feed.client.connect(server.url, transports=["websocket"], wait_timeout=5)
        await asyncio.wait_for(feed.disconnected.wait(), 1.5)
        assert feed.events == []


@synchronously
async def test_trade_events_come_at_the_moments_the_callbacks_do() -> None:
    receiver = Receiver()
    with (
        receiving(receiver),
        running(callback_url=receiver.url, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        async with connected(server, server.sandbox.config.api_key) as feed:
            listing, price = cheapest_listing(server)
            trade = ap.trades.buy(items=[{"item_id": listing, "price": price}], trade_url=TRADE_URL)
            await feed.wait_for(lambda: len(feed.of("trade")) >= 2)
            admin.advance(61)
            admin.advance(121)
            await feed.wait_for(lambda: feed.of("trade")[-1]["trade"]["status"] == "hold")
            pushed = [t["trade"]["status"] for t in feed.of("trade")]

            def called() -> list[str]:
                return [d.trade["status"] for d in receiver.of(trade.id)]

            await feed.wait_for(lambda: called()[-1:] == ["hold"])
            assert pushed == called() == ["initiated", "pending", "active", "hold"]


@synchronously
async def test_market_events_follow_a_price_change_a_sale_and_a_restock() -> None:
    # the merchant rejects the approval: the bought listing goes back on the market
    receiver = Receiver(script=lambda _d, _n: Reply(402, b'{"action":"reject","reason":"no"}'))
    with (
        receiving(receiver),
        running(callback_url=receiver.url, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        async with connected(server, server.sandbox.config.api_key) as feed:
            listing, price = cheapest_listing(server)
            admin.set_price(listing, price + 1)
            trade = ap.trades.buy(
                items=[{"item_id": listing, "price": price + 1}], trade_url=TRADE_URL
            )

            def changes() -> list[dict[str, Any]]:
                return [m for m in feed.of("market") if m["type"] != "sync"]

            await feed.wait_for(lambda: len(changes()) >= 3)
            patch, removed, back = changes()
            assert (patch["type"], patch["item"]["id"]) == ("patch", listing)
            assert patch["item"]["offer"]["price"] == pytest.approx(price + 1)
            assert (removed["type"], removed["itemId"]) == ("remove", listing)
            assert (back["type"], back["item"]["id"]) == ("upsert", listing)
            assert ap.trades.get(trade.id).status == "failed"
            for payload in feed.of("market"):
                assetpay_events.MarketEvent.model_validate(payload)


@synchronously
async def test_crypto_withdrawals_move_deposit_events_through_funding_statuses() -> None:
    with running(verified=True, **FAST) as server, merchant_client(server) as ap, Admin(
        server
    ) as admin:  # fmt: skip
        async with connected(server, server.sandbox.config.api_key) as feed:
            ap.crypto.withdraw(
                steam_id=STEAM_ID, chain="ETH", token="USDC", amount_cents=5000,  # noqa: S106
                address="0x" + "ab" * 20, request_id="cw-realtime-1",
            )  # fmt: skip
            for _ in range(3):
                admin.advance(61)
            await feed.wait_for(
                lambda: [d["funding"]["status"] for d in feed.of("deposit")][-1:] == ["COMPLETED"]
            )
            statuses = [d["funding"]["status"] for d in feed.of("deposit")]
            assert statuses[0] == "PENDING"
            for payload in feed.of("deposit"):
                funding = assetpay_events.DepositEvent.model_validate(payload).funding
                assert funding.asset.chain == "ETH"
                assert funding.amounts.usd == "50.00"
