"""10,000+ hypothesis-generated malformed answers through real client calls.

Whatever comes back — wrong types, missing fields, unknown enum values, extra fields, non-JSON,
an empty body, HTML, ``success: false`` without ``error``, a 200 carrying an error envelope,
random status codes, garbage headers (``Retry-After``) — the call either returns a parsed model or
raises an ``AssetPayError`` subclass. KeyError, ValueError, TypeError, AttributeError,
JSONDecodeError, RecursionError ... never escape.

The budget per operation is fixed (``FUZZ_BUDGET``); each test asserts it ran exactly its share, so
the total is checked even when pytest-xdist spreads the tests over workers.
"""

# ruff: noqa: S106  (token="USDT" is a crypto token name, not a password)

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fuzzing import budget
from hypothesis import given
from hypothesis import strategies as st

import assetpay
from assetpay.errors import AssetPayError, InvalidResponseError

from .conftest import STEAM_ID, TRADE_URL, SleepLog, example_response, fuzz, make_client

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
Invoke = Callable[[assetpay.AssetPay, assetpay.ClientScope], Any]

OPERATIONS: dict[str, Invoke] = {
    "withdraw": lambda ap, u: u.trades.withdraw(
        items=[{"item_id": "listing-1", "price": 1.0}], external_id="e-1"
    ),
    "getMerchantTrades": lambda ap, u: ap.trades.get("t-1"),
    "getMerchantMarket": lambda ap, u: ap.market.search(),
    "getPrices": lambda ap, u: ap.market.prices(),
    "getClientInventory": lambda ap, u: u.inventory.get(),
    "createMerchantCryptoWithdrawal": lambda ap, u: ap.crypto.withdraw(
        steam_id=STEAM_ID, chain="ETH", token="USDT", address=ADDRESS, amount_cents=100
    ),
    "listLedgerTransactions": lambda ap, u: ap.wallet.transactions(),
    "getVerificationStatus": lambda ap, u: u.verification.status(),
    "cancelWithdraw": lambda ap, u: u.trades.cancel("t-1"),
    "listClientTrades": lambda ap, u: u.trades.list(),
    "getClientMarketSuggestions": lambda ap, u: u.market.suggestions("ak"),
}
FUZZ_BUDGET: dict[str, int] = {
    "withdraw": 1200,
    "getMerchantTrades": 1000,
    "getMerchantMarket": 1000,
    "getPrices": 900,
    "getClientInventory": 900,
    "createMerchantCryptoWithdrawal": 900,
    "listLedgerTransactions": 900,
    "getVerificationStatus": 800,
    "cancelWithdraw": 800,
    "listClientTrades": 800,
    "getClientMarketSuggestions": 800,
}
RAW_BUDGET = 600


def test_the_fuzz_budget_is_at_least_10000() -> None:
    total = sum(FUZZ_BUDGET.values()) + RAW_BUDGET
    print(f"hypothesis examples over client calls: {total}")
    assert total >= 10_000
    assert set(FUZZ_BUDGET) == set(OPERATIONS)


# ------------------------------------------------------------------ strategies

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["", "ZZZ_UNKNOWN_ENUM", "2026-13-45T99:99:99Z", "-1", "1e999", "NaN"])
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
ACTIONS = ["delete", "replace", "unknown_enum", "null", "wrap_list", "extra_key", "wrong_scalar"]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((*prefix, key))
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(child, (*prefix, index)))
    return found


def _mutate(doc: Any, path: tuple[Any, ...], action: str, payload: Any) -> None:
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = payload
    elif action == "unknown_enum":
        parent[last] = "ZZZ_UNKNOWN_ENUM"
    elif action == "null":
        parent[last] = None
    elif action == "wrap_list":
        parent[last] = [parent[last]]
    elif action == "extra_key":
        if isinstance(parent, dict):
            parent[f"extra_{len(parent)}"] = payload
        else:
            parent.append(payload)
    else:  # wrong_scalar: a value of another JSON type
        current = parent[last]
        parent[last] = "12.5" if isinstance(current, int | float) else 7


@st.composite
def mutated_envelope(draw: st.DrawFn, operation_id: str) -> tuple[int, bytes]:
    status, envelope = example_response(operation_id)
    doc = copy.deepcopy(envelope)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(ACTIONS))
        _mutate(doc, path, action, draw(JSON_VALUES))
    body = json.dumps(doc, allow_nan=True).encode()
    return draw(st.sampled_from([status, status, status, 200, 201, 400, 500, 503])), body


@st.composite
def envelope_shapes(draw: st.DrawFn, operation_id: str) -> tuple[int, bytes]:
    _, envelope = example_response(operation_id)
    error: dict[str, Any] = {
        "code": draw(st.integers(-5, 3000) | st.text(max_size=5) | st.none()),
        "key": draw(st.sampled_from(["INVALID_TOKEN", "FLEET_DEGRADED", "PRICE_CHANGED",
                                     "NOPE", ""]) | st.integers()),
        "message": draw(st.text(max_size=10) | st.lists(st.text(max_size=5)) | st.integers()),
    }  # fmt: skip
    if draw(st.booleans()):
        error["fields"] = draw(JSON_VALUES)
    if draw(st.booleans()):
        error["details"] = draw(JSON_VALUES)
    shapes: list[Any] = [
        {"requestId": "r", "success": False},  # success false without error
        {"requestId": "r", "success": False, "error": error},
        {"requestId": "r", "success": False, "error": draw(JSON_VALUES)},
        {"requestId": "r", "success": True},  # no data
        {"requestId": "r", "success": "true", "data": envelope["data"]},
        {"requestId": draw(JSON_VALUES), "success": True, "data": envelope["data"]},
        {"success": True, "data": draw(JSON_VALUES)},
        {"requestId": "r", "success": True, "data": envelope["data"], "error": error},
        draw(JSON_VALUES),
    ]
    shape = draw(st.sampled_from(shapes))
    return draw(st.integers(min_value=100, max_value=599)), json.dumps(
        shape, allow_nan=True
    ).encode()


RAW_BODIES = st.sampled_from(
    [
        b"",
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"{",
        b'{"success": true, "data": ',
        b"\xff\xfe\x00garbage",
        b"null",
        b"[]",
        b'"text"',
        # (deeply nested JSON is pinned below: it is a known bug, kept out of the property)
        b"[" * 500,
        b"NaN",
        b'{"requestId": "r", "success": true, "data": 1e999999}',
    ]
) | st.binary(max_size=64)


@st.composite
def raw_answers(draw: st.DrawFn) -> tuple[int, bytes]:
    return draw(st.integers(min_value=100, max_value=599)), draw(RAW_BODIES)


HEADERS = st.dictionaries(
    st.sampled_from(["retry-after", "content-type", "x-request-id", "x-other"]),
    st.sampled_from(["", "soon", "-1", "nan", "inf", "1e309", "0", "2", "99999999999999999999",
                     "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 99 Foo 9999", "text/html",
                     "application/json", "\t"])
    | st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=20),
    max_size=3,
)  # fmt: skip


def answers(operation_id: str) -> st.SearchStrategy[tuple[int, bytes]]:
    return st.one_of(
        mutated_envelope(operation_id),
        mutated_envelope(operation_id),
        envelope_shapes(operation_id),
        raw_answers(),
    )


# ------------------------------------------------------------------ the property


class Responder:
    """The mocked server: answers every request with the current example."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b""
        self.headers: dict[str, str] = {}
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return httpx.Response(self.status, content=self.body, headers=self.headers)


def check(ap: assetpay.AssetPay, user: assetpay.ClientScope, invoke: Invoke) -> None:
    try:
        result = invoke(ap, user)
    except AssetPayError as error:
        str(error)
        repr(error)
        return
    # a result came back: it is a generated model (or a list of them) with meta
    assert result is not None
    rows = result if isinstance(result, list) else [result]
    for row in rows:
        assert type(row).__module__.startswith("assetpay_client.models."), type(row)
    assert assetpay.meta(result) is not None
    # lists of nested models are built on first read: reading everything gives values or an
    # InvalidResponseError, nothing raw
    for row in rows:
        try:
            assetpay.models.materialize(row)
        except InvalidResponseError as error:
            message = str(error)
        else:
            continue
        assert "could not be parsed" in message


def _client(responder: Responder) -> assetpay.AssetPay:
    return make_client(
        max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(responder))
    )


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_malformed_answers_never_leak_raw_exceptions(operation_id: str, sleeps: SleepLog) -> None:
    responder = Responder()
    ap = _client(responder)
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    invoke = OPERATIONS[operation_id]
    examples = 0

    @fuzz(FUZZ_BUDGET[operation_id])
    @given(answer=answers(operation_id), headers=HEADERS)
    def run(answer: tuple[int, bytes], headers: dict[str, str]) -> None:
        nonlocal examples
        examples += 1
        responder.status, responder.body = answer
        responder.headers = headers
        check(ap, user, invoke)

    try:
        run()
    finally:
        ap.close()
    print(f"{operation_id}: {examples} examples, {responder.requests} requests")
    assert examples == budget(FUZZ_BUDGET[operation_id])  # all of it, in the profile's scale


def test_raw_bodies_over_every_style_of_call(sleeps: SleepLog) -> None:
    responder = Responder()
    ap = _client(responder)
    user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
    examples = 0

    @fuzz(RAW_BUDGET)
    @given(
        answer=raw_answers(),
        headers=HEADERS,
        operation_id=st.sampled_from(sorted(OPERATIONS)),
    )
    def run(answer: tuple[int, bytes], headers: dict[str, str], operation_id: str) -> None:
        nonlocal examples
        examples += 1
        responder.status, responder.body = answer
        responder.headers = headers
        check(ap, user, OPERATIONS[operation_id])

    try:
        run()
    finally:
        ap.close()
    assert examples == budget(RAW_BUDGET)


# ------------------------------------------------------------------ pinned cases


@pytest.mark.parametrize(
    "body",
    [b"[" * 50_000, b'{"a":' * 50_000],
    ids=["deep-list", "deep-object"],
)
def test_deeply_nested_json_is_an_invalid_response(body: bytes, sleeps: SleepLog) -> None:
    responder = Responder()
    responder.status, responder.body = 200, body
    with _client(responder) as ap, pytest.raises(InvalidResponseError):
        ap.wallet.balance()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"requestId": "r", "success": False}),
        (200, {"requestId": "r", "success": True}),
        (500, {"requestId": "r", "success": False}),
        (200, [1, 2, 3]),
        (201, {"requestId": "r", "success": True, "data": None}),
    ],
)
def test_envelopes_without_the_needed_parts_are_invalid_responses(
    status: int, body: Any, sleeps: SleepLog
) -> None:
    responder = Responder()
    responder.status, responder.body = status, json.dumps(body).encode()
    with _client(responder) as ap, pytest.raises(InvalidResponseError) as caught:
        ap.wallet.balance()
    assert caught.value.http_status == status


def test_a_200_carrying_an_error_envelope_raises_the_error(sleeps: SleepLog) -> None:
    responder = Responder()
    responder.status = 200
    responder.body = json.dumps({
        "requestId": "r", "success": False,
        "error": {"code": 11, "key": "PRICE_CHANGED", "message": "moved"},
    }).encode()  # fmt: skip
    with _client(responder) as ap, pytest.raises(assetpay.errors.PriceChangedError) as caught:
        ap.wallet.balance()
    assert caught.value.http_status == 200
