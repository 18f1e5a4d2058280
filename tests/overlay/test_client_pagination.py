"""Iterating every page, counting the requests: cursor, before, page/perPage with count, and
offset/limit with totalPages; lazy start, exact stop, and no infinite loop on a stuck server."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay.errors import InvalidResponseError

from .conftest import STEAM_ID, TRADE_URL, SleepLog, example_data, make_client, ok


def trade(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(example_data("listMerchantTrades")["items"][0])
    row["id"] = f"trade-{n}"
    return row


def item(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(example_data("getMerchantMarket")["items"][0])
    row["id"] = f"item-{n}"
    return row


def inventory_item(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(example_data("getMerchantInventory")["inventory"][0])
    row["id"] = f"inv-{n}"
    return row


def deposit(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(example_data("listMerchantCryptoDeposits")["deposits"][0])
    row["id"] = f"dep-{n}"
    return row


def withdrawal(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(
        example_data("listMerchantCryptoWithdrawals")["withdrawals"][0]
    )
    row["id"] = f"wd-{n}"
    return row


def ledger_row(n: int) -> dict[str, Any]:
    row: dict[str, Any] = copy.deepcopy(example_data("listLedgerTransactions")["items"][0])
    row["id"] = f"led-{n}"
    return row


# ------------------------------------------------------------------ cursor


@pytest.mark.parametrize("pages", [1, 2, 5])
@pytest.mark.parametrize("scope", ["merchant", "client"])
def test_cursor_pages_are_fetched_lazily_and_stop_at_a_null_cursor(
    pages: int, scope: str, api: respx.MockRouter, sleeps: SleepLog
) -> None:
    path = "/secure/trades" if scope == "merchant" else "/client/trades"
    answers = [
        ok({"items": [trade(2 * p), trade(2 * p + 1)],
            "nextCursor": f"cur-{p + 1}" if p + 1 < pages else None})
        for p in range(pages)
    ]  # fmt: skip
    route = api.get(path).mock(side_effect=answers)
    with make_client() as ap:
        resource = ap.trades if scope == "merchant" else ap.as_client(STEAM_ID, TRADE_URL).trades
        pager = resource.iterate(limit=2, type="deposit")
        assert route.call_count == 0  # nothing fetched before iterating
        iterator = iter(pager)
        assert route.call_count == 0
        first = next(iterator)
        assert route.call_count == 1
        rest = list(iterator)
    ids = [t.id for t in [first, *rest]]
    assert ids == [f"trade-{n}" for n in range(2 * pages)]
    assert route.call_count == pages
    params = [dict(call.request.url.params) for call in route.calls]
    assert "cursor" not in params[0]
    for p in range(1, pages):
        assert params[p]["cursor"] == f"cur-{p}"
    assert all(q["limit"] == "2" and q["type"] == "deposit" for q in params)


def test_an_empty_string_cursor_ends_the_iteration(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/secure/trades").mock(
        side_effect=[ok({"items": [trade(1)], "nextCursor": ""})]
    )
    with make_client() as ap:
        assert len(list(ap.trades.iterate())) == 1
    assert route.call_count == 1


def test_a_repeated_cursor_raises_instead_of_looping(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    route = api.get("/secure/trades").mock(
        return_value=ok({"items": [trade(1)], "nextCursor": "same"})
    )
    seen: list[Any] = []
    with make_client() as ap:
        rows = iter(ap.trades.iterate())
        seen.append(next(rows))
        seen.append(next(rows))
        with pytest.raises(InvalidResponseError):
            next(rows)
    assert route.call_count == 2
    assert len(seen) == 2


def test_a_cursor_cycle_is_caught(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/client/trades").mock(
        side_effect=[
            ok({"items": [trade(1)], "nextCursor": "a"}),
            ok({"items": [trade(2)], "nextCursor": "b"}),
            ok({"items": [trade(3)], "nextCursor": "a"}),
            ok({"items": [trade(4)], "nextCursor": None}),
        ]
    )
    with make_client() as ap, pytest.raises(InvalidResponseError):
        list(ap.as_client(STEAM_ID, TRADE_URL).trades.iterate())
    assert route.call_count == 3


def test_iterating_twice_starts_again(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/secure/trades").mock(
        return_value=ok({"items": [trade(1)], "nextCursor": None})
    )
    with make_client() as ap:
        pager = ap.trades.iterate()
        assert len(list(pager)) == 1
        assert len(list(pager)) == 1
    assert route.call_count == 2


def test_pages_yields_the_pages(api: respx.MockRouter, sleeps: SleepLog) -> None:
    api.get("/secure/trades").mock(
        side_effect=[
            ok({"items": [trade(1), trade(2)], "nextCursor": "n"}),
            ok({"items": [], "nextCursor": None}),
        ]
    )
    with make_client() as ap:
        pages = list(ap.trades.iterate().pages())
    assert [len(p.items) for p in pages] == [2, 0]
    assert pages[0].next == "n"
    assert pages[1].next is None


def test_an_error_on_a_later_page_is_raised(api: respx.MockRouter, sleeps: SleepLog) -> None:
    api.get("/secure/trades").mock(
        side_effect=[
            ok({"items": [trade(1)], "nextCursor": "n"}),
            httpx.Response(
                403,
                json={"requestId": "r", "success": False,
                      "error": {"code": 1300, "key": "FORBIDDEN", "message": "no"}},
            ),
        ]
    )  # fmt: skip
    with make_client() as ap, pytest.raises(assetpay.errors.ForbiddenError):
        list(ap.trades.iterate())


# ------------------------------------------------------------------ before / nextBefore


@pytest.mark.parametrize("kind", ["deposits", "withdrawals"])
@pytest.mark.parametrize("scope", ["merchant", "client"])
def test_before_pages(kind: str, scope: str, api: respx.MockRouter, sleeps: SleepLog) -> None:
    row = deposit if kind == "deposits" else withdrawal
    prefix = "/secure" if scope == "merchant" else "/client"
    route = api.get(f"{prefix}/crypto/{kind}").mock(
        side_effect=[
            ok({kind: [row(1), row(2)], "nextBefore": "2026-03-01T00:00:00.000Z"}),
            ok({kind: [row(3)], "nextBefore": "2026-02-01T00:00:00.000Z"}),
            ok({kind: [row(4)], "nextBefore": None}),
        ]
    )
    with make_client() as ap:
        if scope == "merchant":
            pager: Any = getattr(ap.crypto, f"iterate_{kind}")(steam_id=STEAM_ID, limit=2)
        else:
            pager = getattr(ap.as_client(STEAM_ID, TRADE_URL).crypto, f"iterate_{kind}")(limit=2)
        assert route.call_count == 0
        rows = list(pager)
    assert [r.id for r in rows] == [f"{row(0)['id'][:-2]}-{n}" for n in (1, 2, 3, 4)]
    assert route.call_count == 3
    params = [dict(call.request.url.params) for call in route.calls]
    assert "before" not in params[0]
    assert params[1]["before"].startswith("2026-03-01T00:00:00")
    assert params[2]["before"].startswith("2026-02-01T00:00:00")
    assert all(p["limit"] == "2" for p in params)
    if scope == "merchant":
        assert all(p["steamId"] == STEAM_ID for p in params)
    else:
        assert all("steamId" not in p for p in params)


def test_a_repeated_next_before_raises(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/secure/crypto/deposits").mock(
        return_value=ok({"deposits": [deposit(1)], "nextBefore": "2026-03-01T00:00:00.000Z"})
    )
    with make_client() as ap, pytest.raises(InvalidResponseError):
        list(ap.crypto.iterate_deposits(steam_id=STEAM_ID))
    assert route.call_count == 2


# ------------------------------------------------------------------ page + perPage / limit


def market_pages(per_page: int, count: int, sizes: list[int]) -> list[httpx.Response]:
    answers = []
    n = 0
    for size in sizes:
        answers.append(ok({"items": [item(n + i) for i in range(size)], "count": count}))
        n += size
    return answers


PAGE_CASES = [
    # (per_page, count, page sizes served, requests expected, rows expected)
    (2, 5, [2, 2, 1], 3, 5),
    (2, 4, [2, 2], 2, 4),  # count a multiple of perPage: no extra request
    (3, 3, [3], 1, 3),
    (2, 10, [2, 0], 2, 2),  # an empty page ends it even though count says more
    (5, 0, [0], 1, 0),
    (50, 120, [50, 50, 20], 3, 120),
]


@pytest.mark.parametrize(("per_page", "count", "sizes", "requests", "rows"), PAGE_CASES)
@pytest.mark.parametrize("scope", ["merchant", "client"])
def test_market_iterate_stops_exactly(
    per_page: int,
    count: int,
    sizes: list[int],
    requests: int,
    rows: int,
    scope: str,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    path = "/secure/market" if scope == "merchant" else "/client/market"
    route = api.get(path).mock(side_effect=market_pages(per_page, count, sizes))
    with make_client() as ap:
        market: Any = ap.market if scope == "merchant" else ap.as_client(STEAM_ID, TRADE_URL).market
        pager = market.iterate(per_page=per_page, sort="priceAsc")
        assert route.call_count == 0
        got = list(pager)
    assert len(got) == rows
    assert route.call_count == requests
    for number, call in enumerate(route.calls, start=1):
        params = dict(call.request.url.params)
        assert params["page"] == str(number)
        assert params["perPage"] == str(per_page)
        assert params["sort"] == "priceAsc"


def test_market_iterate_default_page_size_is_50(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/secure/market").mock(side_effect=market_pages(50, 2, [2]))
    with make_client() as ap:
        assert len(list(ap.market.iterate())) == 2
    assert route.calls.last.request.url.params["perPage"] == "50"


@pytest.mark.parametrize(("per_page", "count", "sizes", "requests", "rows"), PAGE_CASES)
@pytest.mark.parametrize("scope", ["merchant", "client"])
def test_inventory_iterate_stops_exactly(
    per_page: int,
    count: int,
    sizes: list[int],
    requests: int,
    rows: int,
    scope: str,
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    path = "/secure/inventory" if scope == "merchant" else "/client/inventory"
    answers = []
    n = 0
    for size in sizes:
        answers.append(ok({
            "inventory": [inventory_item(n + i) for i in range(size)],
            "count": count, "updatedAt": "2026-03-04T10:00:00.000Z", "collateral": 0,
        }))  # fmt: skip
        n += size
    route = api.get(path).mock(side_effect=answers)
    with make_client() as ap:
        if scope == "merchant":
            pager: Any = ap.inventory.iterate(trade_url=TRADE_URL, limit=per_page)
        else:
            pager = ap.as_client(STEAM_ID, TRADE_URL).inventory.iterate(limit=per_page)
        got = list(pager)
    assert len(got) == rows
    assert route.call_count == requests
    for number, call in enumerate(route.calls, start=1):
        params = dict(call.request.url.params)
        assert params["page"] == str(number)
        assert params["limit"] == str(per_page)
        assert ("tradeUrl" in params) is (scope == "merchant")


# ------------------------------------------------------------------ offset + limit, totalPages


@pytest.mark.parametrize(
    ("limit", "total", "sizes"),
    [(2, 5, [2, 2, 1]), (2, 4, [2, 2]), (10, 0, [0]), (3, 3, [3])],
)
def test_ledger_iterate_follows_offsets_until_total_pages(
    limit: int, total: int, sizes: list[int], api: respx.MockRouter, sleeps: SleepLog
) -> None:
    total_pages = -(-total // limit) if total else 0
    answers = []
    n = 0
    for page, size in enumerate(sizes, start=1):
        answers.append(ok({
            "items": [ledger_row(n + i) for i in range(size)],
            "pagination": {"page": page, "limit": limit, "total": total,
                           "totalPages": total_pages},
        }))  # fmt: skip
        n += size
    route = api.get("/v1/ledger/transactions").mock(side_effect=answers)
    with make_client() as ap:
        pager = ap.wallet.iterate_transactions(limit=limit, type="DEPOSIT")
        assert route.call_count == 0
        got = list(pager)
    assert [r.id for r in got] == [f"led-{i}" for i in range(total)]
    assert route.call_count == len(sizes)
    offsets = [call.request.url.params["offset"] for call in route.calls]
    assert offsets == [str(limit * i) for i in range(len(sizes))]
    assert all(call.request.url.params["limit"] == str(limit) for call in route.calls)
    assert all(call.request.url.params["type"] == "DEPOSIT" for call in route.calls)


def test_ledger_iterate_stops_on_an_empty_page(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/v1/ledger/transactions").mock(
        return_value=ok({
            "items": [],
            "pagination": {"page": 1, "limit": 50, "total": 100, "totalPages": 2},
        })
    )  # fmt: skip
    with make_client() as ap:
        assert list(ap.wallet.iterate_transactions()) == []
    assert route.call_count == 1


# ------------------------------------------------------------------ odd counts


@pytest.mark.parametrize(
    ("path", "body", "iterate"),
    [
        ("/secure/market", {"items": [], "count": "many"},
         lambda ap: ap.market.iterate()),
        ("/secure/market", {"items": [], "count": None},
         lambda ap: ap.market.iterate()),
        ("/secure/inventory",
         {"inventory": [], "count": [], "updatedAt": "2026-03-04T10:00:00.000Z", "collateral": 0},
         lambda ap: ap.inventory.iterate(trade_url=TRADE_URL)),
        ("/v1/ledger/transactions",
         {"items": [], "pagination": {"page": "x", "limit": 1, "total": 1, "totalPages": 1}},
         lambda ap: ap.wallet.iterate_transactions()),
    ],
    ids=["count-str", "count-null", "inventory-count-list", "ledger-page-str"],
)  # fmt: skip
def test_a_non_numeric_count_is_an_invalid_response(
    path: str,
    body: dict[str, Any],
    iterate: Callable[[assetpay.AssetPay], Any],
    api: respx.MockRouter,
    sleeps: SleepLog,
) -> None:
    api.get(path).mock(return_value=ok(body))
    with make_client() as ap, pytest.raises(InvalidResponseError):
        list(iterate(ap))
