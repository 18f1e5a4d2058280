"""``AsyncAssetPay`` on ``assetpay.AiohttpTransport`` against a real sandbox: the same answers as
on httpx's own transport, and the failures that decide retries read the same way -- a connection
dropped after a withdrawal was committed is ambiguous and the withdrawal is not sent again, a
late answer is a timeout, a closed port is "nothing was sent" and is retried.

Facts: reference 7 (ambiguous failures, idempotency); ``assetpay.retries.nothing_was_sent``.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest
from raw_servers import closed_port

import assetpay
from assetpay import errors
from assetpay_sandbox import SandboxServer

from .conftest import (
    BASE,
    STEAM_ID,
    TRADE_URL,
    Admin,
    Receiver,
    cheapest_listing,
    receiving,
    running,
)

T = TypeVar("T")
ETH_ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport]] = {
    "aiohttp": assetpay.AiohttpTransport,
    "httpx": httpx.AsyncHTTPTransport,
}


@pytest.fixture
def sandbox() -> Iterator[tuple[SandboxServer, Admin]]:
    """A sandbox whose merchant approves withdrawals (a callback receiver), rate limits off."""
    receiver = Receiver(BASE.api_secret)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, rate_limits="off", restock=True, tick=0.01) as srv,
        Admin(srv) as admin,
    ):
        yield srv, admin


def on(
    transport: str,
    server: SandboxServer,
    action: Callable[[assetpay.AsyncAssetPay], Awaitable[T]],
    **settings: Any,
) -> T:
    """``action`` run in a new event loop with an AsyncAssetPay on ``transport``."""
    cfg = server.sandbox.config

    async def run() -> T:
        async with (
            httpx.AsyncClient(transport=TRANSPORTS[transport]()) as http,
            assetpay.AsyncAssetPay(
                api_key=cfg.api_key, api_secret=cfg.api_secret, merchant_id=cfg.merchant_id,
                base_url=server.url, http_client=http, **settings,
            ) as aap,
        ):  # fmt: skip
            return await action(aap)

    return asyncio.run(run())


def test_both_transports_give_the_same_answers(sandbox: tuple[SandboxServer, Admin]) -> None:
    server, _ = sandbox
    lid, price = cheapest_listing(server)

    async def session(aap: assetpay.AsyncAssetPay) -> list[Any]:
        user = aap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        page = await aap.market.search(game=730, search="AK", per_page=5, sort="priceAsc")
        balance = await aap.wallet.balance()
        trades = await user.trades.list()
        return [page.to_dict(), balance.to_dict(), trades.to_dict()]

    assert on("aiohttp", server, session) == on("httpx", server, session)

    async def withdraw(aap: assetpay.AsyncAssetPay) -> tuple[Any, Any]:
        user = aap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        trade = await user.trades.withdraw(
            items=[{"item_id": lid, "price": price}], external_id="wd-aiohttp"
        )
        return trade, await aap.trades.get("wd-aiohttp")

    made, found = on("aiohttp", server, withdraw)
    assert made.id == found.id
    assert made.external_id == "wd-aiohttp"


def test_a_dropped_withdrawal_is_ambiguous_and_sent_once(
    sandbox: tuple[SandboxServer, Admin],
) -> None:
    server, admin = sandbox
    lid, price = cheapest_listing(server)
    admin.faults([{"kind": "drop", "probability": 1.0, "operations": ["withdraw"]}])

    async def withdraw(aap: assetpay.AsyncAssetPay) -> errors.APIConnectionError:
        user = aap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(errors.APIConnectionError) as info:
            await user.trades.withdraw(
                items=[{"item_id": lid, "price": price}], external_id="dropped"
            )
        return info.value

    error = on("aiohttp", server, withdraw, reconcile=False)  # retries left at their default
    assert error.ambiguous is True
    assert not isinstance(error, errors.APITimeoutError)
    admin.faults([])

    async def lookup(aap: assetpay.AsyncAssetPay) -> int:
        return len(await aap.trades.get_many(["dropped"]))

    assert on("aiohttp", server, lookup) == 1  # committed once, never resent


def test_a_dropped_crypto_withdrawal_is_settled_by_its_request_id(
    sandbox: tuple[SandboxServer, Admin],
) -> None:
    server, admin = sandbox
    before = admin.wallet()["balance"]
    admin.faults([{"kind": "drop", "probability": 1.0}])
    args: dict[str, Any] = {
        "steam_id": STEAM_ID, "chain": "ETH", "token": "USDC", "address": ETH_ADDRESS,
        "amount_cents": 5_000, "request_id": "drop-aiohttp-01",
    }  # fmt: skip

    async def first(aap: assetpay.AsyncAssetPay) -> bool:
        with pytest.raises(errors.APIConnectionError) as info:
            await aap.crypto.withdraw(**args)
        return info.value.ambiguous

    assert on("aiohttp", server, first) is True
    admin.faults([])

    async def again(aap: assetpay.AsyncAssetPay) -> int:
        await aap.crypto.withdraw(**args)
        return len((await aap.crypto.withdrawals(steam_id=STEAM_ID)).withdrawals)

    assert on("aiohttp", server, again) == 1
    assert admin.wallet()["balance"] == before - 50.0  # one debit


def test_a_late_answer_is_an_ambiguous_timeout(sandbox: tuple[SandboxServer, Admin]) -> None:
    server, admin = sandbox
    admin.faults([{"kind": "slow", "probability": 1.0, "delay": 1.0}])

    async def balance(aap: assetpay.AsyncAssetPay) -> errors.APIConnectionError:
        with pytest.raises(errors.APITimeoutError) as info:
            await aap.wallet.balance()
        return info.value

    assert on("aiohttp", server, balance, timeout=0.3, max_retries=0).ambiguous is True


def test_a_closed_port_is_nothing_sent_and_retried() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    attempts: list[httpx.Request] = []

    async def run() -> errors.APIConnectionError:
        async with (
            httpx.AsyncClient(
                transport=assetpay.AiohttpTransport(),
                event_hooks={"request": [lambda request: _note(attempts, request)]},
            ) as http,
            assetpay.AsyncAssetPay(
                api_key=BASE.api_key, base_url=url, http_client=http, max_retries=2,
                max_retry_wait=0.05,
            ) as aap,
        ):  # fmt: skip
            with pytest.raises(errors.APIConnectionError) as info:
                await aap.crypto.withdraw(
                    steam_id=STEAM_ID, chain="ETH", token="USDC", address=ETH_ADDRESS,  # noqa: S106
                    amount_cents=5_000, request_id="closed-port-01",
                )  # fmt: skip
            return info.value

    error = asyncio.run(run())
    assert error.ambiguous is False
    assert len(attempts) == 3  # a trade-creating call, resent: nothing had reached a server


async def _note(attempts: list[httpx.Request], request: httpx.Request) -> None:
    attempts.append(request)


def test_one_transport_serves_one_event_loop_after_another(
    sandbox: tuple[SandboxServer, Admin],
) -> None:
    server, _ = sandbox
    cfg = server.sandbox.config
    http = httpx.AsyncClient(transport=assetpay.AiohttpTransport())
    aap = assetpay.AsyncAssetPay(api_key=cfg.api_key, base_url=server.url, http_client=http)

    async def balance() -> float:
        return (await aap.wallet.balance()).balance

    async def close() -> None:
        await aap.close()
        await http.aclose()

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unclosed aiohttp session or connector warns
        first = asyncio.run(balance())
        second = asyncio.run(balance())  # the first loop is closed; its session is let go
        asyncio.run(close())
    assert first == second
