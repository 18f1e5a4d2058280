"""The sandbox's rules, seen through the client: externalId reuse, price checks, slippage, the
per-user deposit guard, the merchant rate limits (verified / unverified tables, Retry-After),
the merchant balance, and authentication (api-key, client tokens minted locally).

Facts: reference sections 2.5, 3.0, 3.10, 3.11, 6, 7 and README "Sandbox and `make demo`".
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from typing import Any, Literal

import httpx
import pytest

import assetpay
from assetpay import errors
from assetpay.webhooks import WithdrawApprovalRequest
from assetpay_catalogue.operations import OPERATIONS
from assetpay_sandbox import SandboxServer
from assetpay_sandbox.limits import RATE_LIMITS

from .conftest import (
    BASE,
    STEAM_ID,
    TRADE_URL,
    Admin,
    Receiver,
    Reply,
    cheapest_listing,
    client_headers,
    merchant_client,
    price_of,
    receiving,
    running,
    wait_until,
)

SECRET = BASE.api_secret
FAST: dict[str, Any] = {"tick": 0.01, "approval_retry_delay": 0.05, "approval_timeout": 0.5}
RICH_USER = "76561198000000038"  # an inventory with 15 accepted items (seed 1)
OTHER_USER = "76561198000000002"


def raised(call: Any) -> errors.APIError:
    with pytest.raises(errors.APIError) as info:
        call()
    return info.value


def expect(error: errors.APIError, key: str, code: int, status: int) -> None:
    assert (error.key, error.code, error.http_status) == (key, code, status), error


def _reject_all(delivery: Any, _n: int) -> Reply:
    if isinstance(delivery.event, WithdrawApprovalRequest):
        return Reply(402, b'{"action":"reject","reason":"no"}')
    return Reply()


@pytest.fixture
def rejecting() -> Iterator[tuple[SandboxServer, assetpay.AssetPay, Admin]]:
    """A sandbox whose merchant rejects every withdrawal (so trades fail after creation)."""
    receiver = Receiver(SECRET, script=_reject_all)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server, max_retries=0) as ap,
        Admin(server) as admin,
    ):
        yield server, ap, admin


# -------------------------------------------------------------------------------------------------
# externalId
# -------------------------------------------------------------------------------------------------


def test_external_id_is_unique_per_merchant_even_after_failure(
    rejecting: tuple[SandboxServer, assetpay.AssetPay, Admin],
) -> None:
    server, ap, admin = rejecting
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    lid, price = cheapest_listing(server)
    item = [{"item_id": lid, "price": price}]
    trade = user.trades.withdraw(items=item, external_id="once")
    wait_until(lambda: str(ap.trades.get("once").status) == "failed")
    assert str(ap.trades.get("once").error) == "MERCHANT_REJECTED"
    again = raised(lambda: user.trades.withdraw(items=item, external_id="once"))
    expect(again, "EXTERNAL_ID_EXISTS", 1, 409)
    assert isinstance(again, errors.ExternalIdExistsError)
    # across trade kinds and callers: a deposit, a self-buy and a self-sell cannot reuse it
    row = user.inventory.get(accepted_only=True).inventory[0]
    dep = [{"item_id": row.id, "price": price_of(row)}]
    expect(raised(lambda: user.trades.deposit(items=dep, external_id="once")),
           "EXTERNAL_ID_EXISTS", 1, 409)  # fmt: skip
    expect(raised(lambda: ap.trades.buy(trade_url=TRADE_URL, items=item, external_id="once")),
           "EXTERNAL_ID_EXISTS", 1, 409)  # fmt: skip
    expect(raised(lambda: ap.trades.sell(trade_url=TRADE_URL, items=dep, external_id="once")),
           "EXTERNAL_ID_EXISTS", 1, 409)  # fmt: skip
    assert [t.id for t in ap.trades.get_many(["once"])] == [trade.id]
    # a trade that never succeeded for want of a bot (the record exists, failed) uses it up too
    admin.faults([{"kind": "no_bots", "probability": 1.0, "operations": ["withdraw"]}])
    expect(raised(lambda: user.trades.withdraw(items=item, external_id="nobot")),
           "NO_BOTS_AVAILABLE", 1010, 503)  # fmt: skip
    admin.faults([])
    failed = ap.trades.get("nobot")
    assert (str(failed.status), str(failed.error)) == ("failed", "SERVICE_UNAVAILABLE")
    expect(raised(lambda: user.trades.withdraw(items=item, external_id="nobot")),
           "EXTERNAL_ID_EXISTS", 1, 409)  # fmt: skip


def test_refusals_before_any_work_do_not_use_the_external_id(
    rejecting: tuple[SandboxServer, assetpay.AssetPay, Admin],
) -> None:
    server, ap, admin = rejecting
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    lid, price = cheapest_listing(server)
    item = [{"item_id": lid, "price": price}]
    admin.set_price(lid, price + 1)
    expect(raised(lambda: user.trades.withdraw(items=item, external_id="fresh")),
           "PRICE_CHANGED", 11, 409)  # fmt: skip
    admin.set_price(lid, price)
    admin.set_balance(0)
    expect(raised(lambda: user.trades.withdraw(items=item, external_id="fresh")),
           "MERCHANT_BALANCE_LOW", 12, 400)  # fmt: skip
    admin.set_balance(1000)
    for kind, key in (("fleet_degraded", "FLEET_DEGRADED"), ("rate_limit", "RATE_LIMITED"),
                      ("price_changed", "PRICE_CHANGED")):  # fmt: skip
        admin.faults([{"kind": kind, "probability": 1.0, "operations": ["withdraw"]}])
        assert raised(lambda: user.trades.withdraw(items=item, external_id="fresh")).key == key
    admin.faults([])
    with pytest.raises(errors.TradeNotFoundError):
        ap.trades.get("fresh")
    assert user.trades.withdraw(items=item, external_id="fresh").external_id == "fresh"


# -------------------------------------------------------------------------------------------------
# prices
# -------------------------------------------------------------------------------------------------


def test_deposit_with_a_stale_price_is_refused() -> None:
    with running() as server, merchant_client(server) as ap, Admin(server) as admin:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        row = user.inventory.get(accepted_only=True).inventory[0]
        old = price_of(row)
        admin.set_price(row.id, old + 0.37)
        stale = raised(lambda: user.trades.deposit(items=[{"item_id": row.id, "price": old}]))
        expect(stale, "PRICE_CHANGED", 11, 409)
        assert isinstance(stale, errors.PriceChangedError)
        assert stale.details == {"items": [{"itemId": row.id, "price": round(old + 0.37, 2)}]}
        fresh = user.inventory.get(accepted_only=True).inventory[0]
        assert price_of(fresh) == pytest.approx(old + 0.37)
        trade = user.trades.deposit(items=[{"item_id": row.id, "price": price_of(fresh)}])
        assert float(trade.total_price) == pytest.approx(old + 0.37)
        # a lower price is stale too: deposits must quote the current offer exactly
        other = user.inventory.get(accepted_only=True).inventory[0]
        admin.set_price(other.id, price_of(other) - 0.01)
        expect(raised(lambda: user.trades.deposit(
            items=[{"item_id": other.id, "price": price_of(other)}]
        )), "PRICE_CHANGED", 11, 409)  # fmt: skip
        # /secure/sell checks the price the same way
        mine = ap.inventory.get(trade_url=TRADE_URL, accepted_only=True).inventory[0]
        admin.set_price(mine.id, price_of(mine) + 1)
        expect(raised(lambda: ap.trades.sell(
            trade_url=TRADE_URL, items=[{"item_id": mine.id, "price": price_of(mine)}]
        )), "PRICE_CHANGED", 11, 409)  # fmt: skip


def test_withdrawal_price_rules() -> None:
    receiver = Receiver(SECRET)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, restock=True, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, _ = cheapest_listing(server)

        def buy(quoted: float, **extra: Any) -> Any:
            return user.trades.withdraw(items=[{"item_id": lid, "price": quoted, **extra.pop(
                "item", {})}], **extra)  # fmt: skip

        admin.set_price(lid, 9.50)  # lower than quoted: the lower price is charged
        assert float(buy(10.00).total_price) == 9.50
        admin.set_price(lid, 10.10)  # higher: refused without a tolerance
        expect(raised(lambda: buy(10.00)), "PRICE_CHANGED", 11, 409)
        assert float(buy(10.00, item={"max_price": 10.10}).total_price) == 10.10
        expect(raised(lambda: buy(10.00, item={"max_price": 10.09})), "PRICE_CHANGED", 11, 409)
        assert float(buy(10.00, slippage_bps=100).total_price) == 10.10  # exactly +1 %
        expect(raised(lambda: buy(10.00, slippage_bps=99)), "PRICE_CHANGED", 11, 409)
        # maxPrice overrides slippageBps, in both directions
        expect(raised(lambda: buy(10.00, slippage_bps=2000, item={"max_price": 10.05})),
               "PRICE_CHANGED", 11, 409)  # fmt: skip
        assert float(buy(10.00, slippage_bps=0, item={"max_price": 11}).total_price) == 10.10
        admin.set_price(lid, 12.00)  # the largest slippage (20 %) covers 10.00 -> 12.00
        assert float(buy(10.00, slippage_bps=2000).total_price) == 12.00


def test_slippage_ceiling_is_exact() -> None:
    receiver = Receiver(SECRET)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, restock=True, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, _ = cheapest_listing(server)
        refused = []
        for quoted, bps in ((1.00, 1500), (4.00, 1500), (1.80, 1500)):
            allowed = math.floor(round(quoted * 100) * (10_000 + bps) / 10_000) / 100
            admin.set_price(lid, allowed)  # exactly quoted + bps: within the tolerance
            try:
                user.trades.withdraw(items=[{"item_id": lid, "price": quoted}], slippage_bps=bps)
            except errors.PriceChangedError:
                refused.append((quoted, bps, allowed))
        assert refused == []


# -------------------------------------------------------------------------------------------------
# the per-user deposit guard
# -------------------------------------------------------------------------------------------------


def test_deposit_guard_five_open_and_ten_per_five_minutes() -> None:
    with (
        running(speed=1.0, tick=0.01) as server,
        merchant_client(server, max_retries=0) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=RICH_USER, trade_url=TRADE_URL)
        rows = [
            r for g in (730, 252490)
            for r in user.inventory.get(accepted_only=True, game=g, limit=-1).inventory
        ]  # fmt: skip
        assert len(rows) >= 11

        def deposit(row: Any) -> Any:
            game: Literal["730", "252490"] = "730" if row.appid == 730 else "252490"
            return user.trades.deposit(
                items=[{"item_id": row.id, "price": price_of(row)}], game=game
            )

        for row in rows[:5]:
            deposit(row)
        busy = raised(lambda: deposit(rows[5]))
        expect(busy, "TOO_MANY_ACTIVE_TRADES", 6, 429)
        assert busy.retry_after is not None
        # another user of the same merchant is not affected
        other = ap.as_client(steam_id=OTHER_USER, trade_url=TRADE_URL)
        row = other.inventory.get(accepted_only=True).inventory[0]
        other.trades.deposit(items=[{"item_id": row.id, "price": price_of(row)}])
        # once the offers are accepted (hold / completed) the user may deposit again
        admin.advance(31)
        admin.advance(121)
        open_ = [t for t in user.trades.list(limit=50).items if str(t.status) in
                 ("initiated", "pending", "active")]  # fmt: skip
        assert open_ == []
        for row in rows[5:10]:
            deposit(row)
        admin.advance(31)
        admin.advance(121)
        limited = raised(lambda: deposit(rows[10]))
        expect(limited, "RATE_LIMITED", 1005, 429)
        assert limited.retry_after is not None
        assert 200 < limited.retry_after <= 300
        assert len(user.trades.list(limit=50).items) == 10


# -------------------------------------------------------------------------------------------------
# merchant rate limits
# -------------------------------------------------------------------------------------------------

_PATH_VALUES = {"tradeId": "00000000-0000-4000-8000-000000000000", "itemId": "item-x", "id": "x"}


def _send(http: httpx.Client, server: SandboxServer, operation_id: str) -> httpx.Response:
    op = OPERATIONS[operation_id]
    path = op.path
    for name, value in _PATH_VALUES.items():
        path = path.replace("{" + name + "}", value)
    headers = {"api-key": BASE.api_key} if op.security == "api_key" else client_headers(server)
    if op.method == "GET":
        return http.get(path, headers=headers)
    return http.post(path, headers=headers, json={})


def _limits(mode: str) -> list[tuple[str, int, float]]:
    out = []
    for op, (verified, unverified, window) in RATE_LIMITS.items():
        limit = verified if mode == "verified" else unverified
        if limit is not None and limit <= 600:
            out.append((op, limit, window))
    return out


# the published table (reference 3.0), written out so the sandbox's copy is checked against it
PUBLISHED = {
    "checkTradeUrl": (100_000, 100, 3600), "getPrices": (1_000, 100, 3600),
    "getMerchantInventory": (10_000, 100, 60), "getMerchantMarketItem": (6_000, None, 60),
    "sell": (5_000, 50, 60), "buy": (5_000, 50, 60), "cancelBuyItem": (60, 10, 60),
    "listMerchantTrades": (3_000, 100, 60), "getClientInventory": (1_000, 10, 60),
    "getClientMarket": (300, 30, 60), "getClientMarketItem": (600, 30, 60),
    "getClientMarketSuggestions": (600, 30, 60), "listClientTrades": (3_000, 30, 60),
    "deposit": (500, 5, 60), "withdraw": (500, 5, 60), "cancelWithdrawItem": (60, 10, 60),
}  # fmt: skip


def test_the_rate_limit_table_is_the_published_one() -> None:
    assert RATE_LIMITS == PUBLISHED


@pytest.fixture(scope="module")
def unverified() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with running(rate_limits="unverified", verified=False) as server, httpx.Client(
        base_url=server.url, trust_env=False, timeout=10
    ) as http:  # fmt: skip
        yield server, http


@pytest.fixture(scope="module")
def verified() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with running(rate_limits="verified") as server, httpx.Client(
        base_url=server.url, trust_env=False, timeout=10
    ) as http:  # fmt: skip
        yield server, http


def _exhaust(server: SandboxServer, http: httpx.Client, op: str, limit: int, window: float) -> None:
    started = time.monotonic()
    codes = [_send(http, server, op).status_code for _ in range(limit)]
    assert 429 not in codes, codes
    over = _send(http, server, op)
    body = over.json()
    assert over.status_code == 429, over.text
    assert (body["error"]["key"], body["error"]["code"]) == ("RATE_LIMITED", 1005)
    retry = int(over.headers["retry-after"])
    assert window - (time.monotonic() - started) - 1 <= retry <= window


@pytest.mark.parametrize(("op", "limit", "window"), _limits("unverified"))
def test_unverified_rate_limits(
    unverified: tuple[SandboxServer, httpx.Client], op: str, limit: int, window: float
) -> None:
    _exhaust(*unverified, op, limit, window)


@pytest.mark.parametrize(("op", "limit", "window"), _limits("verified"))
def test_verified_rate_limits(
    verified: tuple[SandboxServer, httpx.Client], op: str, limit: int, window: float
) -> None:
    _exhaust(*verified, op, limit, window)


def test_client_limits_are_shared_by_all_users_and_surface_in_the_client() -> None:
    with running(rate_limits="unverified") as server, merchant_client(
        server, max_retries=3
    ) as ap:  # fmt: skip
        users = [ap.as_client(steam_id=s, trade_url=TRADE_URL) for s in (STEAM_ID, OTHER_USER)]
        for n in range(10):  # getClientInventory: 10 per minute for the whole merchant
            users[n % 2].inventory.get()
        over = raised(lambda: users[0].inventory.get())
        expect(over, "RATE_LIMITED", 1005, 429)
        assert isinstance(over, errors.RateLimitedError)
        assert over.retry_after is not None
        assert 50 <= over.retry_after <= 60
        # operations without a published limit are never limited
        for _ in range(120):
            ap.market.search()
        assert ap.wallet.balance().balance == 1000.0


# -------------------------------------------------------------------------------------------------
# merchant balance
# -------------------------------------------------------------------------------------------------


def test_merchant_balance_low_counts_locked_withdrawals() -> None:
    receiver = Receiver(SECRET, script=lambda _d, _n: Reply(200, b"{}", delay=0.3))
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server, max_retries=0) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, _ = cheapest_listing(server)
        other, _ = cheapest_listing(server, skip={lid})
        admin.set_price(lid, 600.0)
        admin.set_price(other, 600.0)
        user.trades.withdraw(items=[{"item_id": lid, "price": 600.0}])
        low = raised(lambda: user.trades.withdraw(items=[{"item_id": other, "price": 600.0}]))
        expect(low, "MERCHANT_BALANCE_LOW", 12, 400)
        assert isinstance(low, errors.MerchantBalanceLowError)
        assert low.details == {"required": 600.0, "available": 400.0}
        low = raised(lambda: ap.trades.buy(
            trade_url=TRADE_URL, items=[{"item_id": other, "price": 600.0}]
        ))  # fmt: skip
        expect(low, "MERCHANT_BALANCE_LOW", 12, 400)
        expect(raised(lambda: user.trades.quick_withdraw(
            item_id=server.sandbox.engine.catalogue.listings[other].item.catalog_id,
            max_price=201.0, amount=2,
        )), "MERCHANT_BALANCE_LOW", 12, 400)  # fmt: skip
        admin.set_balance(1000.0)  # exactly the total is enough
        assert (
            float(user.trades.withdraw(items=[{"item_id": other, "price": 600.0}]).total_price)
            == 600.0
        )


# -------------------------------------------------------------------------------------------------
# authentication
# -------------------------------------------------------------------------------------------------


def test_merchant_authentication_errors(server: SandboxServer) -> None:
    cfg = server.sandbox.config
    with assetpay.AssetPay(
        api_key="ap_not_the_key", api_secret=cfg.api_secret, merchant_id=cfg.merchant_id,
        base_url=server.url,
    ) as wrong:  # fmt: skip
        bad = raised(lambda: wrong.market.prices())
        expect(bad, "INVALID_API_KEY", 1901, 401)
        assert isinstance(bad, errors.InvalidApiKeyError)
    with httpx.Client(base_url=server.url, trust_env=False) as http:
        r = http.get("/secure/prices")
        assert (r.status_code, r.json()["error"]["code"], r.json()["error"]["key"]) == (
            401, 1900, "MISSING_API_KEY",
        )  # fmt: skip
        r = http.get("/secure/prices", headers={"api-key": ""})
        assert r.json()["error"]["code"] == 1900


def test_client_token_errors_and_locally_minted_tokens(server: SandboxServer) -> None:
    cfg = server.sandbox.config
    identity = assetpay.tokens.client_identity(STEAM_ID, TRADE_URL, client_id="user-42")
    with merchant_client(server, max_retries=0) as ap:
        # a token minted locally, exactly as AssetPay would, is accepted as is
        token = assetpay.tokens.mint(
            identity, merchant_id=cfg.merchant_id, api_secret=cfg.api_secret
        )
        scope = ap.with_client_token(token)
        assert scope.trades.list().items == []
        assert ap.with_client_token(ap.mint_client_token(
            steam_id=STEAM_ID, trade_url=TRADE_URL
        )).inventory.get().count > 0  # fmt: skip
        lid, price = cheapest_listing(server)
        cases = {
            "garbage": ("not.a.jwt", "INVALID_TOKEN", 1102),
            "wrong secret": (
                assetpay.tokens.mint(identity, merchant_id=cfg.merchant_id, api_secret="nope"),  # noqa: S106
                "INVALID_TOKEN", 1102,
            ),
            "wrong merchant": (
                assetpay.tokens.mint(
                    identity, merchant_id="00000000-0000-4000-8000-000000000000",
                    api_secret=cfg.api_secret,
                ),
                "INVALID_TOKEN", 1102,
            ),
            "expired": (
                assetpay.tokens.mint(
                    identity, merchant_id=cfg.merchant_id, api_secret=cfg.api_secret, ttl=1,
                    now=int(time.time()) - 60,
                ),
                "TOKEN_EXPIRED", 1111,
            ),
        }  # fmt: skip
        for name, (bad, key, code) in cases.items():
            error = raised(lambda bad=bad: ap.with_client_token(bad).trades.list())
            assert (error.key, error.code, error.http_status) == (key, code, 401), name
        expired = raised(lambda: ap.with_client_token(cases["expired"][0]).trades.withdraw(
            items=[{"item_id": lid, "price": price}]
        ))  # fmt: skip
        assert isinstance(expired, errors.TokenExpiredError)
    with httpx.Client(base_url=server.url, trust_env=False) as http:
        for headers in ({}, {"authorization": "Basic abc"}, {"authorization": "Bearer"}):
            r = http.get("/client/trades", headers=headers)
            assert (r.status_code, r.json()["error"]["key"], r.json()["error"]["code"]) == (
                401, "MISSING_BEARER", 1108,
            ), headers  # fmt: skip
