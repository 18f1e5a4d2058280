"""Requests that break the spec are refused locally: the right key, dotted ``fields``, and not a
single request sent (the respx router sees zero calls)."""

# ruff: noqa: S106  (token="USDT" is a crypto token name, not a password)

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import respx

import assetpay
from assetpay.errors import (
    InvalidAmountError,
    InvalidTradeurlError,
    MissingItemsError,
    RequestValidationError,
    TooManyItemsError,
    ValidationFailedError,
)

from .conftest import STEAM_ID, TRADE_URL, SleepLog, make_client, spec

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
BAD_URL = "https://steamcommunity.com/tradeoffer/new/?partner=1&token=short"
Invoke = Callable[[assetpay.AssetPay, assetpay.ClientScope], Any]


def items(n: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"item_id": f"listing-{i}", "price": 1.0, **extra} for i in range(n)]


# (id, call, error class, key, field expected in .fields)
CASES: list[tuple[str, Invoke, type[Exception], str, str]] = [
    ("withdraw-no-items", lambda ap, u: u.trades.withdraw(items=[]),
     MissingItemsError, "MISSING_ITEMS", "items"),
    ("buy-no-items", lambda ap, u: ap.trades.buy(trade_url=TRADE_URL, items=[]),
     MissingItemsError, "MISSING_ITEMS", "items"),
    ("deposit-no-items", lambda ap, u: u.trades.deposit(items=[]),
     MissingItemsError, "MISSING_ITEMS", "items"),
    ("sell-no-items", lambda ap, u: ap.trades.sell(trade_url=TRADE_URL, items=[]),
     MissingItemsError, "MISSING_ITEMS", "items"),
    ("withdraw-51", lambda ap, u: u.trades.withdraw(items=items(51)),
     TooManyItemsError, "TOO_MANY_ITEMS", "items"),
    ("buy-51", lambda ap, u: ap.trades.buy(trade_url=TRADE_URL, items=items(51)),
     TooManyItemsError, "TOO_MANY_ITEMS", "items"),
    ("deposit-251", lambda ap, u: u.trades.deposit(items=items(251)),
     TooManyItemsError, "TOO_MANY_ITEMS", "items"),
    ("sell-251", lambda ap, u: ap.trades.sell(trade_url=TRADE_URL, items=items(251)),
     TooManyItemsError, "TOO_MANY_ITEMS", "items"),
    ("withdraw-price-0", lambda ap, u: u.trades.withdraw(items=[{"item_id": "abcde", "price": 0}]),
     InvalidAmountError, "INVALID_AMOUNT", "items.0.price"),
    ("deposit-price-neg",
     lambda ap, u: u.trades.deposit(items=[{"item_id": "abcde", "price": -1}]),
     InvalidAmountError, "INVALID_AMOUNT", "items.0.price"),
    ("sell-price-neg",
     lambda ap, u: ap.trades.sell(trade_url=TRADE_URL, items=[{"item_id": "abcde", "price": -1}]),
     InvalidAmountError, "INVALID_AMOUNT", "items.0.price"),
    ("buy-max-price-0",
     lambda ap, u: ap.trades.buy(
         trade_url=TRADE_URL, items=[{"item_id": "abcde", "price": 1, "max_price": 0}]),
     InvalidAmountError, "INVALID_AMOUNT", "items.0.maxPrice"),
    ("quick-max-price-0",
     lambda ap, u: u.trades.quick_withdraw(item_id="abcdef", max_price=0, amount=1),
     InvalidAmountError, "INVALID_AMOUNT", "maxPrice"),
    ("crypto-amount-0",
     lambda ap, u: u.crypto.withdraw(chain="ETH", token="USDT", address=ADDRESS, amount_cents=0),
     InvalidAmountError, "INVALID_AMOUNT", "amountCents"),
    ("sell-bad-url", lambda ap, u: ap.trades.sell(trade_url=BAD_URL, items=items(1)),
     InvalidTradeurlError, "INVALID_TRADEURL", "tradeUrl"),
    ("buy-bad-url", lambda ap, u: ap.trades.buy(trade_url="nope", items=items(1)),
     InvalidTradeurlError, "INVALID_TRADEURL", "tradeUrl"),
    ("quick-buy-bad-url",
     lambda ap, u: ap.trades.quick_buy(trade_url=BAD_URL, item_id="abcdef", max_price=1, amount=1),
     InvalidTradeurlError, "INVALID_TRADEURL", "tradeUrl"),
    ("inventory-bad-url", lambda ap, u: ap.inventory.get(trade_url=BAD_URL),
     InvalidTradeurlError, "INVALID_TRADEURL", "tradeUrl"),
    ("check-bad-url", lambda ap, u: ap.clients.check_trade_url("http://steamcommunity.com/x"),
     InvalidTradeurlError, "INVALID_TRADEURL", "tradeurl"),
    ("authenticate-bad-url",
     lambda ap, u: ap.clients.authenticate(steam_id=STEAM_ID, trade_url=BAD_URL),
     InvalidTradeurlError, "INVALID_TRADEURL", "clientTradeUrl"),
    ("item-id-too-short", lambda ap, u: u.trades.withdraw(items=[{"item_id": "abc", "price": 1}]),
     ValidationFailedError, "VALIDATION_FAILED", "items.0.itemId"),
    ("deposit-item-id-too-short",
     lambda ap, u: u.trades.deposit(items=[*items(2), {"item_id": "ab", "price": 1}]),
     ValidationFailedError, "VALIDATION_FAILED", "items.2.itemId"),
    ("sort-enum", lambda ap, u: u.market.search(sort="cheapest"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "sort"),
    ("inventory-sort-too-long", lambda ap, u: ap.inventory.get(trade_url=TRADE_URL, sort="x" * 33),
     ValidationFailedError, "VALIDATION_FAILED", "sort"),
    ("per-page-1001", lambda ap, u: ap.market.search(per_page=1001),
     ValidationFailedError, "VALIDATION_FAILED", "perPage"),
    ("client-per-page-1001", lambda ap, u: u.market.search(per_page=1001),
     ValidationFailedError, "VALIDATION_FAILED", "perPage"),
    ("listings-per-page-101", lambda ap, u: u.market.listings(item_id="abc", per_page=101),
     ValidationFailedError, "VALIDATION_FAILED", "perPage"),
    ("suggestions-empty-q", lambda ap, u: u.market.suggestions(""),
     ValidationFailedError, "VALIDATION_FAILED", "q"),
    ("suggestions-long-q", lambda ap, u: u.market.suggestions("x" * 101),
     ValidationFailedError, "VALIDATION_FAILED", "q"),
    ("quick-withdraw-no-item",
     lambda ap, u: u.trades.quick_withdraw(max_price=1.0, amount=1),
     ValidationFailedError, "VALIDATION_FAILED", "itemId"),
    ("quick-buy-no-item",
     lambda ap, u: ap.trades.quick_buy(trade_url=TRADE_URL, max_price=1.0, amount=1),
     ValidationFailedError, "VALIDATION_FAILED", "itemId"),
    ("external-ids-length",
     lambda ap, u: u.trades.quick_withdraw(
         item_id="abcdef", max_price=1, amount=3, external_ids=["a", "b"]),
     ValidationFailedError, "VALIDATION_FAILED", "externalIds"),
    ("phase-with-instant",
     lambda ap, u: ap.trades.quick_buy(
         trade_url=TRADE_URL, item_id="abcdef", max_price=1, amount=1, phase="Ruby",
         delivery="instant"),
     ValidationFailedError, "VALIDATION_FAILED", "phase"),
    ("external-id-comma",
     lambda ap, u: u.trades.withdraw(items=items(1), external_id="wd,1"),
     ValidationFailedError, "VALIDATION_FAILED", "externalId"),
    ("sell-external-id-comma",
     lambda ap, u: ap.trades.sell(trade_url=TRADE_URL, items=items(1), external_id="a,b"),
     ValidationFailedError, "VALIDATION_FAILED", "externalId"),
    ("item-external-id-comma",
     lambda ap, u: u.trades.withdraw(items=items(2, external_id="x,y")),
     ValidationFailedError, "VALIDATION_FAILED", "items.0.externalId"),
    ("external-ids-comma",
     lambda ap, u: u.trades.quick_withdraw(
         item_id="abcdef", max_price=1, amount=2, external_ids=["a", "b,c"]),
     ValidationFailedError, "VALIDATION_FAILED", "externalIds.1"),
    ("external-id-129", lambda ap, u: u.trades.withdraw(items=items(1), external_id="x" * 129),
     ValidationFailedError, "VALIDATION_FAILED", "externalId"),
    ("get-many-comma", lambda ap, u: ap.trades.get_many(["ok", "a,b"]),
     ValidationFailedError, "VALIDATION_FAILED", "refs.1"),
    ("get-comma", lambda ap, u: ap.trades.get("a,b"),
     ValidationFailedError, "VALIDATION_FAILED", "tradeId"),
    ("slippage-2001", lambda ap, u: u.trades.withdraw(items=items(1), slippage_bps=2001),
     ValidationFailedError, "VALIDATION_FAILED", "slippageBps"),
    ("auto-cancel-29", lambda ap, u: u.trades.withdraw(items=items(1), auto_cancel=29),
     ValidationFailedError, "VALIDATION_FAILED", "autoCancel"),
    ("game-enum", lambda ap, u: u.trades.withdraw(items=items(1), game="999"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "game"),
    ("quick-rust", lambda ap, u: u.trades.quick_withdraw(
        item_id="abcdef", max_price=1, amount=1, game="252490"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "game"),
    ("quick-amount-201",
     lambda ap, u: u.trades.quick_withdraw(item_id="abcdef", max_price=1, amount=201),
     ValidationFailedError, "VALIDATION_FAILED", "amount"),
    ("price-over-100000",
     lambda ap, u: u.trades.withdraw(items=[{"item_id": "abcde", "price": 100_001}]),
     ValidationFailedError, "VALIDATION_FAILED", "items.0.price"),
    ("price-nan",
     lambda ap, u: u.trades.withdraw(items=[{"item_id": "abcde", "price": float("nan")}]),
     ValidationFailedError, "VALIDATION_FAILED", "items.0.price"),
    ("deposit-amount-0",
     lambda ap, u: u.trades.deposit(items=[{"item_id": "abcde", "price": 1, "amount": 0}]),
     ValidationFailedError, "VALIDATION_FAILED", "items.0.amount"),
    ("items-not-a-list", lambda ap, u: u.trades.withdraw(items={"item_id": "abcde"}),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "items"),
    ("item-not-a-dict", lambda ap, u: u.trades.withdraw(items=["abcde"]),  # type: ignore[list-item]
     ValidationFailedError, "VALIDATION_FAILED", "items.0"),
    ("item-unknown-key", lambda ap, u: u.trades.withdraw(items=items(1, colour="red")),
     ValidationFailedError, "VALIDATION_FAILED", "items.0"),
    ("crypto-request-id-short",
     lambda ap, u: u.crypto.withdraw(
         chain="ETH", token="USDT", address=ADDRESS, amount_cents=1, request_id="short"),
     ValidationFailedError, "VALIDATION_FAILED", "requestId"),
    ("crypto-request-id-chars",
     lambda ap, u: ap.crypto.withdraw(
         steam_id=STEAM_ID, chain="ETH", token="USDT", address=ADDRESS, amount_cents=1,
         request_id="has space ok"),
     ValidationFailedError, "VALIDATION_FAILED", "requestId"),
    ("crypto-amount-cap",
     lambda ap, u: u.crypto.withdraw(
         chain="ETH", token="USDT", address=ADDRESS, amount_cents=100_000_001),
     ValidationFailedError, "VALIDATION_FAILED", "amountCents"),
    ("crypto-address-short",
     lambda ap, u: u.crypto.withdraw(chain="ETH", token="USDT", address="0x1", amount_cents=1),
     ValidationFailedError, "VALIDATION_FAILED", "address"),
    ("crypto-chain-enum", lambda ap, u: u.crypto.deposit_address(chain="BTC"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "chain"),
    ("crypto-steam-id", lambda ap, u: ap.crypto.deposits(steam_id="12345"),
     ValidationFailedError, "VALIDATION_FAILED", "steamId"),
    ("crypto-before", lambda ap, u: u.crypto.deposits(before="yesterday"),
     ValidationFailedError, "VALIDATION_FAILED", "before"),
    ("crypto-limit-101", lambda ap, u: u.crypto.withdrawals(limit=101),
     ValidationFailedError, "VALIDATION_FAILED", "limit"),
    ("trades-limit-0", lambda ap, u: ap.trades.list(limit=0),
     ValidationFailedError, "VALIDATION_FAILED", "limit"),
    ("trades-type", lambda ap, u: u.trades.list(type="buy"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "type"),
    ("ledger-type", lambda ap, u: ap.wallet.transactions(type="FOO"),  # type: ignore[arg-type]
     ValidationFailedError, "VALIDATION_FAILED", "type"),
    ("ledger-limit", lambda ap, u: ap.wallet.transactions(limit=101),
     ValidationFailedError, "VALIDATION_FAILED", "limit"),
    ("cancel-empty-id", lambda ap, u: ap.trades.cancel(""),
     ValidationFailedError, "VALIDATION_FAILED", "tradeId"),
    ("cancel-item-long", lambda ap, u: u.trades.cancel_item("t-1", "x" * 129),
     ValidationFailedError, "VALIDATION_FAILED", "itemId"),
    ("listings-float-2", lambda ap, u: ap.market.listings(item_id="abc", float_max=2),
     ValidationFailedError, "VALIDATION_FAILED", "floatMax"),
    ("authenticate-steam-id",
     lambda ap, u: ap.clients.authenticate(steam_id="1", trade_url=TRADE_URL),
     ValidationFailedError, "VALIDATION_FAILED", "clientSteamId"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "error_class", "key", "field"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_refused_locally_with_zero_requests(
    call: Invoke,
    error_class: type[Exception],
    key: str,
    field: str,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    with make_client() as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(RequestValidationError) as caught:
            call(ap, user)
    error = caught.value
    assert isinstance(error, error_class)
    assert isinstance(error, assetpay.APIError)
    assert error.key == key
    assert field in error.fields, error.fields
    assert error.ambiguous is False
    assert len(api.calls) == 0


def test_every_problem_is_listed_and_the_first_key_wins(api: respx.MockRouter) -> None:
    with make_client() as ap, pytest.raises(RequestValidationError) as caught:
        ap.trades.buy(
            trade_url=BAD_URL,
            items=[{"item_id": "ab", "price": 0}, {"item_id": "abcdef", "price": 1}],
            slippage_bps=-1,
        )
    error = caught.value
    assert error.key == "INVALID_TRADEURL"
    assert {"tradeUrl", "items.0.itemId", "items.0.price", "slippageBps"} <= set(error.fields)
    assert len(api.calls) == 0


def test_client_scope_validation_happens_before_any_token_request(api: respx.MockRouter) -> None:
    # no secret: a token would have to come from the API; validation must come first
    with make_client(api_secret=None, merchant_id=None) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(MissingItemsError):
            user.trades.withdraw(items=[])
    assert len(api.calls) == 0


@pytest.mark.parametrize(
    "call",
    [
        lambda u: u.trades.withdraw(items=[{"item_id": "abcdef", "price": "12"}]),
        lambda u: u.trades.withdraw(items=[{"item_id": "abcdef", "price": True}]),
        lambda u: u.trades.deposit(items=[{"item_id": "abcdef", "price": "0.15"}]),
        lambda u: u.crypto.withdraw(chain="ETH", token="USDT", address=ADDRESS, amount_cents="100"),
    ],
    ids=["price-str", "price-bool", "deposit-price-str", "amount-cents-str"],
)
def test_wrongly_typed_money_is_refused_before_sending(
    call: Callable[[assetpay.ClientScope], Any], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    api.route().respond(500)
    with make_client(max_retries=0) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(RequestValidationError):
            call(user)
    assert len(api.calls) == 0


# ------------------------------------------------------------------ external ids

# ids GET /secure/trades/{tradeId} could never find again (a path separator, a query or fragment
# start, a percent escape, a backslash, a dot segment, a batch separator), and ids it can
UNFINDABLE = ["shop/1", "a?b", "a#b", "50%", "a%2Fb", "a\\b", ".", "..", "...", "a,b"]
FINDABLE = ["wd-7f3a", "order:123", "shop|1", "é ok", "a.b", ".a", "x" * 128]


def external_id_patterns() -> dict[str, str]:
    """Every externalId pattern of the spec's component schemas, by where it is."""
    found = {"ExternalId": spec()["components"]["schemas"]["ExternalId"]["pattern"]}
    for name, schema in spec()["components"]["schemas"].items():
        for prop, definition in (schema.get("properties") or {}).items():
            if prop == "externalId" and "pattern" in definition:
                found[f"{name}.{prop}"] = definition["pattern"]
    return found


def test_every_external_id_of_the_spec_has_the_same_rule() -> None:
    patterns = external_id_patterns()
    assert len(patterns) > 1
    assert len(set(patterns.values())) == 1


@pytest.mark.parametrize("where", sorted(external_id_patterns()))
def test_the_spec_refuses_external_ids_a_lookup_cannot_find(where: str) -> None:
    rule = re.compile(external_id_patterns()[where])
    for external_id in UNFINDABLE:
        assert rule.search(external_id) is None, external_id
    for external_id in FINDABLE:
        assert rule.search(external_id) is not None, external_id


@pytest.mark.parametrize("external_id", UNFINDABLE)
def test_the_client_refuses_an_unfindable_external_id_before_sending(
    external_id: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    with make_client(reconcile=True) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(RequestValidationError) as caught:
            user.trades.withdraw(items=items(1), external_id=external_id)
    assert "externalId" in caught.value.fields
    assert caught.value.ambiguous is False
    assert len(api.calls) == 0
