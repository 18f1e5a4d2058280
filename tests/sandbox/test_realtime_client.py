"""``ap.realtime()`` and ``aap.realtime()`` against the sandbox's Socket.IO feed.

Pairs with tests/overlay/test_realtime.py (parsing and timings without a server).
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import assetpay
from assetpay.errors import UnauthorizedError
from assetpay.realtime import (
    AsyncRealtime,
    FeedErrorEvent,
    InvalidEvent,
    MarketEvent,
    Realtime,
    RealtimeEvent,
    RealtimeTimings,
    TradeEvent,
    UnknownEvent,
)
from assetpay_sandbox import SandboxConfig, SandboxServer

from .conftest import STEAM_ID, TRADE_URL, Admin, free_port, merchant_client, price_of, running

pytestmark = pytest.mark.slow

FAST: dict[str, Any] = {"speed": 1.0, "tick": 0.01}
# short waits so a test sees a reconnect quickly; the defaults are the official SDK's
QUICK = RealtimeTimings(
    accept_window=0.5, server_disconnect=(0.05, 0.1), transport_retry=0.1,
    transport_retry_max=0.4, auth_retry=0.2, auth_retry_max=0.5, connect_timeout=5,
)  # fmt: skip


def _deposit(server: SandboxServer) -> str:
    """A CS2 deposit by the demo user; moved to ``active`` at once. Returns the trade id."""
    with merchant_client(server) as ap, Admin(server) as admin:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        row = next(iter(user.inventory.get(accepted_only=True, game=730).inventory))
        trade = user.trades.deposit(items=[{"item_id": row.id, "price": price_of(row)}])
        admin.advance(31)
        return trade.id


def _async_client(server: SandboxServer, api_key: str | None = None) -> assetpay.AsyncAssetPay:
    cfg = server.sandbox.config
    return assetpay.AsyncAssetPay(api_key=api_key or cfg.api_key, base_url=server.url)


async def _collect_trades(feed: AsyncRealtime, trade_id: str, want: set[str]) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + 15
    while not want <= set(seen):
        event = await feed.get(timeout=max(0.0, deadline - time.monotonic()))
        assert event is not None, f"the feed went quiet; statuses so far: {seen}"
        if isinstance(event, TradeEvent) and event.trade.id == trade_id:
            seen.append(str(event.trade.status))
    return seen


def test_the_async_feed_yields_typed_trade_events_for_a_deposit_made_meanwhile() -> None:
    async def scenario(server: SandboxServer) -> None:
        async with _async_client(server) as aap, aap.realtime(timings=QUICK) as feed:
            first = await feed.get(timeout=5)
            assert isinstance(first, MarketEvent)
            assert first.refetch
            assert first.change.type == "sync"
            trade_id = await asyncio.to_thread(_deposit, server)
            assert await _collect_trades(feed, trade_id, {"initiated", "active"}) == [
                "initiated", "active",
            ]  # fmt: skip
        assert await feed.get(timeout=1) is None  # closed: the iteration ends

    with running(**FAST) as server:
        asyncio.run(scenario(server))


def test_the_sync_feed_yields_typed_trade_events_for_a_deposit_made_meanwhile() -> None:
    with running(**FAST) as server, merchant_client(server) as ap:
        with ap.realtime(timings=QUICK) as feed:
            trade_id = _deposit(server)
            statuses: list[str] = []
            for event in feed:
                if isinstance(event, TradeEvent) and event.trade.id == trade_id:
                    assert isinstance(event.trade, assetpay.models.Trade)
                    statuses.append(str(event.trade.status))
                if statuses == ["initiated", "active"]:
                    break
        assert feed.get(timeout=0.1) is None
        assert statuses == ["initiated", "active"]


def test_unknown_and_broken_events_are_surfaced_and_the_feed_goes_on() -> None:
    async def scenario(server: SandboxServer) -> list[RealtimeEvent]:
        async with _async_client(server) as aap, aap.realtime(timings=QUICK) as feed:
            assert isinstance(await feed.get(timeout=5), MarketEvent)
            server.sandbox.feed.publish("withdrawal", {"id": "w1"})
            server.sandbox.feed.publish("trade", {"trade": {"id": "t1"}})
            server.sandbox.feed.publish("market", {"type": "sync", "reason": "subscribe"})
            received = [await feed.get(timeout=5) for _ in range(3)]
            return [event for event in received if event is not None]

    with running(**FAST) as server:
        unknown, invalid, market = asyncio.run(scenario(server))
    assert isinstance(unknown, UnknownEvent)
    assert (unknown.name, unknown.data) == ("withdrawal", {"id": "w1"})
    assert isinstance(invalid, InvalidEvent)
    assert invalid.name == "trade"
    assert "trade.type" in invalid.error
    assert isinstance(market, MarketEvent)
    assert market.refetch


def test_a_refused_key_raises_unauthorized_on_connect_and_never_shows_the_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad_key = "ap_live_do_not_leak_4f2a9c"
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="assetpay.realtime.transport")
    with running(**FAST) as server:
        with assetpay.AssetPay(api_key=bad_key, base_url=server.url) as ap:
            feed = ap.realtime(timings=QUICK)
            started = time.monotonic()
            with pytest.raises(UnauthorizedError) as caught:
                feed.connect()
            assert time.monotonic() - started < 1.5
            assert caught.value.key == "UNAUTHORIZED"
            assert isinstance(caught.value, assetpay.errors.AuthError)
            assert feed.get(timeout=0.1) is None
            shown = [repr(feed), str(caught.value), repr(caught.value), caplog.text]
            shown += traceback.format_exception(caught.value)
            for frame, _ in traceback.walk_tb(caught.value.__traceback__):
                if frame.f_code.co_filename != __file__:  # this test holds the key, of course
                    shown += [repr(value) for value in frame.f_locals.values()]
            assert all(bad_key not in text for text in shown)

        async def async_attempt() -> None:
            async with _async_client(server, bad_key) as aap:
                with pytest.raises(UnauthorizedError):
                    await aap.realtime(timings=QUICK).connect()

        asyncio.run(async_attempt())
        assert server.sandbox.feed.stats["refused"] == 2


def test_an_unreachable_server_raises_a_connection_error_on_connect() -> None:
    nowhere = f"http://127.0.0.1:{free_port()}"
    with (
        assetpay.AssetPay(api_key="ap_x", base_url=nowhere) as ap,
        pytest.raises(assetpay.errors.APIConnectionError),
    ):
        ap.realtime(timings=QUICK).connect()


@asynccontextmanager
async def _feed_across_a_restart(
    tmp_path: Path, **changes: Any
) -> AsyncIterator[tuple[AsyncRealtime, SandboxServer, float]]:
    """A feed on a sandbox that is then stopped and started again on the same port and
    database (with ``changes`` to its config): (feed, the new server, when it was up)."""
    config = replace(SandboxConfig(), db=str(tmp_path / "sandbox.db"), port=free_port(), **FAST)
    first = SandboxServer(config)
    first.start()
    try:
        async with _async_client(first) as aap, aap.realtime(timings=QUICK) as feed:
            event = await feed.get(timeout=5)
            assert isinstance(event, MarketEvent)
            assert event.refetch
            await asyncio.to_thread(first.stop)
            second = SandboxServer(replace(config, **changes))
            await asyncio.to_thread(second.start)
            try:
                yield feed, second, time.monotonic()
            finally:
                await asyncio.to_thread(second.stop)
    finally:
        first.stop()


def test_after_a_sandbox_restart_the_feed_reconnects_by_itself_and_events_resume(
    tmp_path: Path,
) -> None:
    async def scenario() -> float:
        async with _feed_across_a_restart(tmp_path) as (feed, second, back_at):
            await _next_sync(feed)
            reconnect = time.monotonic() - back_at
            assert feed.reconnects == 1
            trade_id = await asyncio.to_thread(_deposit, second)
            seen = await _collect_trades(feed, trade_id, {"initiated", "active"})
            assert seen == ["initiated", "active"]
        return reconnect

    reconnect = asyncio.run(scenario())
    print(f"realtime reconnect after a sandbox restart: {reconnect * 1000:.0f} ms")
    assert reconnect < QUICK.transport_retry_max + QUICK.connect_timeout


async def _next_sync(feed: AsyncRealtime) -> RealtimeEvent:
    deadline = time.monotonic() + 15
    while True:
        event = await feed.get(timeout=max(0.0, deadline - time.monotonic()))
        assert event is not None, "the feed did not come back"
        if isinstance(event, MarketEvent) and event.refetch:
            return event


def test_a_server_disconnect_reconnects_after_the_short_random_wait() -> None:
    # a deploy closes the sockets: wait in server_disconnect, not the (here much longer) backoff
    timings = replace(QUICK, server_disconnect=(0.3, 0.4), transport_retry=3.0,
                      transport_retry_max=3.0)  # fmt: skip

    async def scenario(server: SandboxServer) -> float:
        async with _async_client(server) as aap, aap.realtime(timings=timings) as feed:
            assert isinstance(await feed.get(timeout=5), MarketEvent)
            dropped_at = time.monotonic()
            await asyncio.to_thread(server.sandbox.feed.disconnect_all)
            await _next_sync(feed)
            assert feed.reconnects == 1
            return time.monotonic() - dropped_at

    with running(**FAST) as server:
        back_after = asyncio.run(scenario(server))
        assert server.sandbox.feed.stats["connected"] == 2
    assert 0.3 <= back_after < 2.0


def test_a_key_refused_after_startup_is_reported_and_retried_with_a_doubling_wait(
    tmp_path: Path,
) -> None:
    async def scenario() -> list[float]:
        # the key was revoked while the sandbox was down: the new one refuses it
        async with _feed_across_a_restart(tmp_path, api_key="ap_rotated_key") as (feed, new, _):
            waits: list[float] = []
            deadline = time.monotonic() + 15
            while len(waits) < 3:
                event = await feed.get(timeout=max(0.0, deadline - time.monotonic()))
                assert event is not None, f"no error events; waits so far {waits}"
                if isinstance(event, FeedErrorEvent):
                    assert isinstance(event.error, UnauthorizedError)
                    waits.append(event.retry_in)
            assert new.sandbox.feed.stats["refused"] >= 3
        return waits

    waits = asyncio.run(scenario())
    assert waits == [QUICK.auth_retry, QUICK.auth_retry * 2, QUICK.auth_retry_max]


def test_a_feed_is_closed_cleanly_and_close_is_idempotent() -> None:
    with running(**FAST) as server, merchant_client(server) as ap:
        feed: Realtime = ap.realtime(timings=QUICK).connect()
        assert server.sandbox.feed.stats["connected"] == 1
        feed.close()
        feed.close()
        assert list(feed) == []
        assert "apiKey" not in repr(feed)
