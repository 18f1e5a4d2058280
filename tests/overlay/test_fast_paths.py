"""The fast paths of issue 7 keep the slow paths' meaning.

* answers are decoded by msgspec, with ``json.loads`` deciding whatever it refuses: the result
  equals ``json.loads``'s for every document, and what is not JSON stays not JSON;
* lists of models are built on first read: a bad list in a returned model raises
  InvalidResponseError when read, a bad list in an envelope's ``data`` at call time;
* request items given as dicts of plain values skip the generated model: the wire JSON is the
  same as ``Model(**item).to_dict()``, and everything else still goes through the model.
"""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st

import assetpay
from assetpay._json import loads
from assetpay._wire import _fast_wire, model_class, wire_items
from assetpay.errors import InvalidResponseError, RequestValidationError
from assetpay.models import Trade, materialize

from .conftest import (
    REQUEST_ID,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    example_data,
    fuzz,
    ok,
)

# ------------------------------------------------------------------ JSON decoding

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)  # non-finite: refused (test_client_answers)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


def same(a: Any, b: Any) -> bool:
    """Equality where NaN equals NaN and 0.0 is told apart from -0.0 and from 0."""
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def _not_finite(text: str) -> float:
    raise ValueError(f"{text} is not a finite number")


def _finite(text: str) -> float:
    number = float(text)
    return number if math.isfinite(number) else _not_finite(text)


def decode_both(document: bytes) -> tuple[Any, Any]:
    """(json.loads refusing NaN/Infinity/overflow as assetpay does, assetpay._json.loads)."""
    try:
        expected: Any = (
            "ok", json.loads(document, parse_constant=_not_finite, parse_float=_finite)
        )  # fmt: skip
    except (ValueError, RecursionError) as exc:
        expected = ("error", ValueError if isinstance(exc, ValueError) else type(exc))
    try:
        got: Any = ("ok", loads(document))
    except (ValueError, RecursionError) as exc:
        got = ("error", ValueError if isinstance(exc, ValueError) else type(exc))
    return expected, got


@fuzz(1500)
@given(value=JSON_VALUES, ensure_ascii=st.booleans())
def test_decoding_equals_json_loads_on_documents(value: Any, ensure_ascii: bool) -> None:
    expected, got = decode_both(json.dumps(value, ensure_ascii=ensure_ascii).encode())
    assert expected[0] == got[0] == "ok"
    assert same(expected[1], got[1])


@fuzz(1500)
@given(value=JSON_VALUES, cut=st.integers(min_value=0), noise=st.binary(max_size=4))
def test_decoding_equals_json_loads_on_damaged_documents(
    value: Any, cut: int, noise: bytes
) -> None:
    document = json.dumps(value).encode()
    at = cut % (len(document) + 1)
    expected, got = decode_both(document[:at] + noise + document[at:])
    assert expected[0] == got[0]
    if expected[0] == "ok":
        assert same(expected[1], got[1])


@pytest.mark.parametrize(
    "document",
    [
        b'"\\ud800"',  # a lone surrogate escape: msgspec refuses, json.loads decodes
        b'{"a": 1, "a": 2}',
        b"NaN",
        b"-Infinity",
        b"1e400",
        b"-0",
        b"-0.0",
        b"123456789012345678901234567890",
        b"[" * 300 + b"]" * 300,
        b"[" * 5000 + b"]" * 5000,  # deeper than msgspec goes
        b'"\xff"',
        b"\xef\xbb\xbf{}",
        b"{} x",
        b"01",
        b"",
        b" ",
        b'"\\u00e9\\n"',
    ],
)
def test_decoding_edge_cases_match_json_loads(document: bytes) -> None:
    expected, got = decode_both(document)
    assert expected[0] == got[0], (expected, got)
    if expected[0] == "ok":
        assert same(expected[1], got[1])


# floats whose IEEE-754 bytes share infinity's tail (00 .. 00 f0): +-1.0, +-65536.0, 2**-15 ...
LOOKALIKES = [1.0, -1.0, 65536.0, -65536.0, 2.0**-15, 2.0**1009, -(2.0**1009)]
OVERFLOWS = ["1e999", "-1e999", "1E+400", "1.5e309", "1" + "0" * 400 + ".5"]


@fuzz(300)
@given(
    value=JSON_VALUES,
    extra=st.lists(st.sampled_from(LOOKALIKES), max_size=4),
    overflow=st.none() | st.sampled_from(OVERFLOWS),
    depth=st.integers(min_value=0, max_value=4),
)
def test_an_overflowing_number_is_refused_wherever_it_sits(
    value: Any, extra: list[float], overflow: str | None, depth: int
) -> None:
    """Look-alike floats decode; one literal too large for a float, at any depth, refuses."""
    inner = json.dumps([value, *extra])
    if overflow is not None:
        inner = inner[:-1] + ", " + overflow + "]"
    document = ('{"a": [' * depth + inner + "]}" * depth).encode()
    expected, got = decode_both(document)
    assert expected[0] == got[0] == ("error" if overflow else "ok")
    if overflow is None:
        assert same(expected[1], got[1])


def test_text_and_big_integers_near_infinitys_bytes_decode_unchanged() -> None:
    """Text holding the IEEE-754 bytes of infinity and integers of any size (beyond 64 bits
    too) decode as json.loads decodes them."""
    document = json.dumps(
        {
            "note": "g" + "\u0000" * 6 + "\u00f0\u007f \U0001f600",
            "n": [2**64 - 1, -(2**200), 0x7FF0 << 48],
        }
    ).encode()
    expected, got = decode_both(document)
    assert expected[0] == got[0] == "ok"
    assert same(expected[1], got[1])


# ------------------------------------------------------------------ lists built on first read


def trade_with_bad_item() -> dict[str, Any]:
    data: dict[str, Any] = example_data("getMerchantTrades")
    assert isinstance(data, dict)
    good = {"id": "0193f2a4-7c1e-8b2d-9e4f-000000000001", "appid": 730, "tradable": True}
    data["items"] = [good, {"tradable": "no id, no appid"}]
    return data


def test_a_bad_list_in_a_returned_model_raises_when_read(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    api.get(url__regex=r"/secure/trades/").mock(return_value=ok(trade_with_bad_item()))
    trade = ap.trades.get("wd-1")
    assert isinstance(trade, Trade)
    assert trade.id  # the top level was parsed
    with pytest.raises(InvalidResponseError, match=r"Trade\.items could not be parsed"):
        _ = trade.items
    with pytest.raises(InvalidResponseError):
        materialize(trade)
    assert assetpay.meta(trade) is not None


def test_a_bad_list_in_data_fails_the_call_with_its_context(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    rows = example_data("getPrices")
    assert isinstance(rows, list)
    assert rows
    rows.append("not a price row")
    api.get(url__regex=r"/secure/prices").mock(return_value=ok(rows))
    with pytest.raises(InvalidResponseError) as info:
        ap.market.prices()
    assert info.value.http_status == 200
    assert info.value.request_id == REQUEST_ID
    assert "PriceListEnvelope" in str(info.value)


def test_a_list_that_is_not_a_list_fails_the_call(
    api: respx.MockRouter, ap: assetpay.AssetPay
) -> None:
    data = trade_with_bad_item()
    data["items"] = {"0": data["items"][0]}
    api.get(url__regex=r"/secure/trades/").mock(return_value=ok(data))
    # checked with the answer (the envelope's union then reports the last variant's error)
    with pytest.raises(InvalidResponseError, match="TradeLookupEnvelope could not be parsed"):
        ap.trades.get("wd-1")


# ------------------------------------------------------------------ request items


PLAIN = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)


@pytest.mark.parametrize("schema", ["WithdrawItem", "DepositItem"])
@fuzz(600)
@given(data=st.data())
def test_fast_wire_equals_the_models_to_dict(schema: str, data: st.DataObject) -> None:
    cls = model_class(schema)
    names = [*cls._WIRE_NAMES, "unknown_name"]
    item = data.draw(st.dictionaries(st.sampled_from(names), PLAIN, max_size=5))
    fast = _fast_wire(cls)(item)
    try:
        expected = cls(**item).to_dict()
    except TypeError:
        assert fast is None  # missing or unknown names: the model's own error message
        return
    assert fast is not None
    assert same(fast, expected)  # same names, order, values and types


@pytest.mark.parametrize(
    "item",
    [
        {"item_id": "x" * 8, "price": 1.0, "colour": "red"},
        {"price": 1.0},
        {"item_id": "x" * 8, "price": [1.0]},
    ],
)
def test_items_off_the_fast_path_still_go_through_the_model(item: dict[str, Any]) -> None:
    assert _fast_wire(model_class("WithdrawItem"))(item) is None
    if "item_id" in item and "colour" not in item:
        # a nested value: the model passes it on, and request validation refuses it later
        assert wire_items("WithdrawItem", [item]) == [{"itemId": "x" * 8, "price": [1.0]}]
        return
    with pytest.raises(RequestValidationError):
        wire_items("WithdrawItem", [item])


def test_a_withdrawal_with_bad_items_is_refused_before_sending(sleeps: SleepLog) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return ok({})

    ap = assetpay.AssetPay(
        "ap_key",
        "secret",
        "merchant-1",
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
    )
    user = ap.as_client(STEAM_ID, TRADE_URL)
    for items in (
        [{"item_id": "0193f2a4-7c1e", "price": float("nan")}],
        [{"item_id": "0193f2a4-7c1e", "price": "12"}],
        [{"item_id": "0193f2a4-7c1e", "price": 1.0, "max_price": -1.0}],
        [{"item_id": 7, "price": 1.0}],
    ):
        with pytest.raises(RequestValidationError):
            user.trades.withdraw(items=items, external_id="wd-x")
    assert [r.url.path for r in sent if r.url.path.endswith("/withdraw")] == []
    ap.close()


def test_a_model_whose_default_to_dict_would_convert_never_takes_the_fast_path() -> None:
    from enum import Enum

    import attrs

    class Mode(Enum):
        FAST = "fast"

    @attrs.define
    class WithEnumDefault:
        _WIRE_NAMES = {"item_id": "itemId", "mode": "mode"}  # noqa: RUF012 - as generated
        item_id: str
        mode: Mode = Mode.FAST

    assert _fast_wire(WithEnumDefault)({"item_id": "abc"}) is None
    assert _fast_wire(model_class("DepositItem"))({"item_id": "abc", "price": 1.0}) == {
        "itemId": "abc",
        "price": 1.0,
        "amount": 1,
    }


# ------------------------------------------------------------------ pydantic-core, compiled only


def _run(code: str) -> list[str]:
    import subprocess
    import sys

    done = subprocess.run(  # noqa: S603 - our interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_the_client_uses_pydantic_cores_compiled_module_without_importing_its_package() -> None:
    out = _run(
        "import sys\n"
        "from assetpay._json import loads\n"
        "from assetpay.validation import validate_withdraw_request\n"
        "from assetpay.errors import RequestValidationError\n"
        "print(loads(b'{\"a\": [1, 2.5]}'))\n"
        "try:\n"
        "    validate_withdraw_request({'items': []})\n"
        "except RequestValidationError as exc:\n"
        "    print(exc.key)\n"
        "print(sorted(m for m in sys.modules if m.startswith('pydantic')))\n"
        # a later import of pydantic loads the package the ordinary way, with the same classes
        "import assetpay._core, pydantic, pydantic_core\n"
        "import pydantic_core._pydantic_core as compiled\n"
        "print(pydantic_core._pydantic_core is sys.modules['pydantic_core._pydantic_core'])\n"
        "print(compiled.SchemaValidator is assetpay._core.SchemaValidator,"
        " compiled.ValidationError is assetpay._core.ValidationError)\n"
        "class M(pydantic.BaseModel):\n"
        "    n: int\n"
        "print(M.model_validate_json('{\"n\": 3}').n)\n"
        "try:\n"
        '    M.model_validate_json(\'{"n": "x"}\')\n'
        "except assetpay._core.ValidationError as exc:\n"
        "    print(exc.errors()[0]['type'])\n"
    )
    assert out == [
        "{'a': [1, 2.5]}",
        "MISSING_ITEMS",
        "[]",
        "True",
        "True True",
        "3",
        "int_parsing",
    ]


def test_pydantic_core_imported_first_is_used_as_it_is() -> None:
    out = _run(
        "import pydantic_core._pydantic_core as compiled\n"
        "import assetpay._core\n"
        "print(assetpay._core._module is compiled,"
        " assetpay._core.SchemaValidator is compiled.SchemaValidator)\n"
    )
    assert out == ["True True"]


def test_without_the_compiled_file_in_reach_the_ordinary_import_is_used() -> None:
    out = _run(
        "import importlib.machinery\n"
        "importlib.machinery.EXTENSION_SUFFIXES[:] = ['.not-a-suffix']\n"
        "import sys, assetpay._core\n"
        "print('pydantic_core' in sys.modules,"
        " assetpay._core.SchemaValidator({'type': 'int'}).validate_json('7'))\n"
    )
    assert out == ["True 7"]
