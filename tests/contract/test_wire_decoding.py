"""Answers decoded by msgspec straight into the models (assetpay_client._decode, model template
point 7) equal what ``json`` + ``from_dict`` make of the same bytes.

* every document the fast way accepts gives a model equal to ``from_dict``'s, field by field and
  type by type (``1`` is not ``True``, ``1.0`` is not ``1``), with the same ``repr`` and
  ``to_dict()``; whatever ``from_dict`` refuses, the fast way refuses too (None);
* documents that follow the spec are always accepted (so the fast way is really taken);
* every operation's documented answer is decoded the fast way by the client;
* what the fast way leaves to ``from_dict`` (a key the spec does not declare) still parses, an
  enum value the spec does not list is kept either way, and the answers after a refusal skip the
  attempt for a while.
"""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import respx
from concurrency import at_once
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from model_documents import document

import assetpay
import assetpay_client._decode as wire
import assetpay_client.models as models_module
from assetpay.errors import InvalidResponseError
from assetpay_catalogue.answers import SUCCESS_DATA as ANSWERS
from assetpay_catalogue.operations import OPERATIONS
from assetpay_client._lazy import is_pending, materialize
from assetpay_client.models import __all__ as MODEL_NAMES
from assetpay_client.types import UNSET

MODELS = sorted(
    (
        getattr(models_module, name)
        for name in MODEL_NAMES
        if attrs.has(getattr(models_module, name))
    ),
    key=lambda cls: cls.__name__,
)
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


@pytest.fixture(autouse=True)
def _no_skips() -> Iterator[None]:
    """Each case starts without the skips left by an earlier refusal."""
    wire._skips.clear()
    yield
    wire._skips.clear()


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (built lists included)."""
    if type(a) is not type(b):
        return False
    if attrs.has(type(a)):
        return all(
            same(getattr(a, field.name), getattr(b, field.name))
            for field in attrs.fields(type(a))
            if field.eq
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def _built(model: Any) -> tuple[str, Any]:
    """("ok", the model with every list built) or ("refused on read", None)."""
    try:
        return "ok", materialize(model)
    except InvalidResponseError:  # a list built on read that cannot be parsed
        return "refused on read", None


def ordinary(cls: type[Any], raw: bytes) -> tuple[str, Any]:
    """What json + from_dict make of ``raw``."""
    try:
        model = cls.from_dict(json.loads(raw))
    except PARSE_ERRORS:
        return "refused", None
    return _built(model)


def check_agreement(cls: type[Any], raw: bytes, *, converted: bool = False) -> bool:
    """Assert the fast way agrees with the ordinary one; True when the fast way took it.

    ``converted``: the fast way from the parsed document (``wire.convert``, for callbacks)
    instead of from its bytes (``wire.decode``).
    """
    model = wire.convert(cls, json.loads(raw)) if converted else wire.decode(cls, raw)
    if model is None:
        return False  # declined: the ordinary way decides
    quick, slow = _built(model), ordinary(cls, raw)
    assert quick[0] == slow[0], (cls.__name__, raw)
    if quick[0] == "ok":
        assert same(quick[1], slow[1]), (cls.__name__, raw)
        assert repr(quick[1]) == repr(slow[1])
        assert quick[1].to_dict() == slow[1].to_dict()
    return True


@pytest.mark.parametrize("cls", MODELS, ids=[cls.__name__ for cls in MODELS])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), converted=st.booleans())
def test_what_the_fast_way_accepts_equals_from_dict(
    cls: type[Any], data: st.DataObject, converted: bool
) -> None:
    src = data.draw(document(cls))
    check_agreement(cls, json.dumps(src).encode(), converted=converted)


@pytest.mark.parametrize("cls", MODELS, ids=[cls.__name__ for cls in MODELS])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_documents_that_follow_the_spec_take_the_fast_way(
    cls: type[Any], data: st.DataObject
) -> None:
    src = data.draw(document(cls, clean=True))
    raw = json.dumps(src).encode()
    assert check_agreement(cls, raw), (cls.__name__, src)
    assert check_agreement(cls, raw, converted=True), (cls.__name__, src)
    assert ordinary(cls, raw)[0] == "ok"


def test_every_model_has_a_struct_and_a_decoder() -> None:
    for cls in MODELS:
        struct = wire.struct_of(cls)
        names = [name for name, _, _ in cls._WIRE_FIELDS]
        assert struct.__struct_fields__ == tuple(names)
        init_order = [field.name for field in attrs.fields(cls) if field.init]
        assert names == init_order, cls.__name__  # astuple(struct) feeds cls(*values)
        assert struct.__struct_encode_fields__ == tuple(cls._WIRE_NAMES[n] for n in names)


def test_kinds_cover_every_nested_model() -> None:
    """A field that can hold a model is declared so (else its dicts would reach from_dict)."""
    for cls in MODELS:
        hints = typing.get_type_hints(cls)
        for name, _, kind in cls._WIRE_FIELDS:
            holds_model = any(attrs.has(arg) for arg in _leaves(hints[name]))
            if holds_model:
                assert kind.split(" ")[0] in ("model", "list", "union", "lazy", "raw"), name


def _leaves(hint: Any) -> Iterator[Any]:
    args = typing.get_args(hint)
    if not args:
        yield hint
    for arg in args:
        yield from _leaves(arg)


@pytest.mark.parametrize("operation", sorted(op for op in OPERATIONS if OPERATIONS[op].envelope))
def test_each_documented_answer_decodes_the_fast_way(operation: str) -> None:
    op = OPERATIONS[operation]
    envelope = getattr(models_module, op.envelope)
    raw = json.dumps({"requestId": "r-1", "success": True, "data": ANSWERS[operation]}).encode()
    assert check_agreement(envelope, raw), operation


# ------------------------------------------------------------------ what goes the ordinary way


BASE = "https://api.test"


def _trade(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = ANSWERS[
        next(op for op in OPERATIONS if OPERATIONS[op].envelope == "TradeEnvelope")
    ]
    assert isinstance(data, dict)
    return {**data, **extra}


def _answer(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"requestId": "r-1", "success": True, "data": data})


def test_an_undeclared_key_goes_the_ordinary_way_and_is_kept() -> None:
    from assetpay_client.models import TradeEnvelope

    raw = json.dumps({"requestId": "r", "success": True, "data": _trade(zNew=[1])}).encode()
    assert wire.decode(TradeEnvelope, raw) is None
    assert wire._skips[TradeEnvelope] == wire.SKIP_AFTER_REFUSAL
    parsed = TradeEnvelope.from_dict(json.loads(raw))
    assert parsed.data.additional_properties == {"zNew": [1]}


def test_after_a_refusal_the_next_answers_skip_the_attempt() -> None:
    from assetpay_client.models import TradeEnvelope

    good = json.dumps({"requestId": "r", "success": True, "data": _trade()}).encode()
    bad = json.dumps({"requestId": "r", "success": True, "data": _trade(zNew=1)}).encode()
    assert wire.decode(TradeEnvelope, bad) is None
    skipped = [wire.decode(TradeEnvelope, good) for _ in range(wire.SKIP_AFTER_REFUSAL)]
    assert skipped == [None] * wire.SKIP_AFTER_REFUSAL
    assert wire.decode(TradeEnvelope, good) is not None  # tried again


@respx.mock(base_url=BASE)
def test_the_client_parses_what_the_fast_way_refuses(respx_mock: respx.MockRouter) -> None:
    """An unknown status (msgspec calls the enum class, which keeps it) and an undeclared key
    (the ordinary way decides): nothing is lost."""
    route = respx_mock.get(url__regex=r"/secure/trades/")
    answers = [
        _trade(status="paused_by_the_future", zNew={"a": 1}),
        _trade(status="paused_by_the_future"),
        _trade(),
    ]
    route.side_effect = [_answer(a) for a in answers]
    with assetpay.AssetPay("ap_key", base_url=BASE, max_retries=0) as ap:
        odd = ap.trades.get("wd-1")
        wire._skips.clear()  # the refusal of the first would send the next the ordinary way
        unknown = ap.trades.get("wd-1")
        plain = ap.trades.get("wd-1")
    assert not odd.status.is_known
    assert odd.status.value == "paused_by_the_future"
    assert odd.additional_properties == {"zNew": {"a": 1}}
    assert unknown.status == odd.status
    assert not unknown.status.is_known
    assert unknown.additional_properties == {}
    assert plain.status.is_known
    assert plain.additional_properties == {}


@respx.mock(base_url=BASE)
def test_a_success_envelope_that_is_not_quite_one_is_decided_the_ordinary_way(
    respx_mock: respx.MockRouter,
) -> None:
    """`success: 1` decodes into the envelope's Struct, but the ordinary way refuses it."""
    respx_mock.get(url__regex=r"/secure/trades/").mock(
        return_value=httpx.Response(200, json={"requestId": "r", "success": 1, "data": _trade()})
    )
    with (
        assetpay.AssetPay("ap_key", base_url=BASE, max_retries=0) as ap,
        pytest.raises(InvalidResponseError, match="not a readable AssetPay envelope"),
    ):
        ap.trades.get("wd-1")


def test_absent_fields_are_unset_and_held_lists_are_structs_until_read() -> None:
    from assetpay_client.models import MarketPage

    raw = json.dumps({"items": [{"id": "i", "appid": 730, "tradable": True}], "count": 1}).encode()
    page = wire.decode(MarketPage, raw)
    assert page is not None
    assert is_pending(page, "items")
    pending = page._lazy_raw
    assert pending is not None
    assert all(hasattr(type(held), "__struct_fields__") for held in pending["items"])
    (item,) = page.items
    assert not is_pending(page, "items")
    assert item.name is UNSET
    assert item.offer is UNSET
    assert item.additional_properties == {}


def test_a_model_with_lists_not_built_yet_pickles_into_a_fresh_process() -> None:
    """Its pending lists are Structs, which a fresh process has no class for: pickling reads
    every attribute, which builds them first."""
    import pickle
    import subprocess
    import sys

    from assetpay_client.models import MarketPage

    raw = json.dumps(
        {
            "items": [{"id": "i", "appid": 730, "tradable": True, "offer": {"price": 1.5}}],
            "count": 1,
        }
    ).encode()
    page = wire.decode(MarketPage, raw)
    assert page is not None
    assert is_pending(page, "items")
    code = (
        "import pickle, sys\n"
        "from assetpay_client._lazy import materialize\n"
        "from assetpay_client.types import UNSET\n"
        "page = materialize(pickle.loads(sys.stdin.buffer.read()))\n"
        "print(page.items[0].offer.price, page.items[0].name is UNSET)\n"
    )
    done = subprocess.run(  # noqa: S603 - our interpreter, fixed code
        [sys.executable, "-c", code], input=pickle.dumps(page), capture_output=True, check=True
    )
    assert done.stdout.decode().split() == ["1.5", "True"]
    assert materialize(pickle.loads(pickle.dumps(page))) == materialize(  # noqa: S301 - ours
        MarketPage.from_dict(json.loads(raw))
    )


# ------------------------------------------------------------------ lists of Structs, built on read


def _trade_page(n: int, *, bad_at: int | None = None) -> bytes:
    trades = [_trade(id=f"t-{i}") for i in range(n)]
    if bad_at is not None:
        trades[bad_at]["createdAt"] = "not a date"  # a Struct accepts it; the model refuses it
    return json.dumps({"items": trades, "nextCursor": None}).encode()


def test_a_list_of_structs_is_consumed_as_it_is_built_and_a_list_of_dicts_is_not() -> None:
    from assetpay_client.models import TradePage

    page = wire.decode(TradePage, _trade_page(5))
    assert page is not None
    pending = page._lazy_raw
    assert pending is not None
    held = pending["items"]
    built = page.items
    assert [trade.id for trade in built] == [f"t-{i}" for i in range(5)]
    assert held == []  # each Struct was let go as its model was made
    assert page._lazy_raw is None

    given = json.loads(_trade_page(5))
    dicts = list(given["items"])
    assert len(TradePage.from_dict(given).items) == 5
    assert given["items"] == dicts  # the caller's list is left as it was


def test_a_list_that_fails_half_built_fails_on_every_read() -> None:
    from assetpay_client.models import TradePage

    page = wire.decode(TradePage, _trade_page(4, bad_at=2))
    assert page is not None
    for _ in range(3):
        with pytest.raises(InvalidResponseError, match=r"^TradePage\.items could not be parsed"):
            _ = page.items
    assert is_pending(page, "items")
    assert "items=<could not be parsed>" in repr(page)
    with pytest.raises(InvalidResponseError):
        materialize(page)


def test_threads_reading_a_list_of_structs_at_once_all_get_the_one_list() -> None:

    from assetpay_client.models import TradePage

    raw = _trade_page(30)
    for _ in range(30):
        page = wire.decode(TradePage, raw)
        assert page is not None
        seen = at_once(6, functools.partial(getattr, page, "items"))
        assert len(seen) == 6
        assert all(value is seen[0] for value in seen)
        assert [trade.id for trade in seen[0]] == [f"t-{i}" for i in range(30)]


def _interrupt_the_second_item(
    monkeypatch: pytest.MonkeyPatch, method: str, before: Any = None
) -> None:
    """Make Trade.<method> raise KeyboardInterrupt on its second call (after ``before()``)."""
    from assetpay_client.models import Trade

    calls = {"n": 0}
    real = getattr(Trade, method).__func__

    def interrupted(cls: type[Trade], src: Any) -> Trade:
        calls["n"] += 1
        if calls["n"] == 2:
            if before is not None:
                before()
            raise KeyboardInterrupt
        return real(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(Trade, method, classmethod(interrupted))


def test_an_interrupted_build_keeps_intact_json_pending(monkeypatch: pytest.MonkeyPatch) -> None:
    """KeyboardInterrupt while building a list of dicts: it propagates, the list (intact) stays
    pending and builds on the next read."""
    from assetpay_client.models import TradePage

    _interrupt_the_second_item(monkeypatch, "from_dict")
    page = TradePage.from_dict(json.loads(_trade_page(3)))
    with pytest.raises(KeyboardInterrupt):
        _ = page.items
    assert is_pending(page, "items")
    assert len(page.items) == 3


def test_an_interrupted_build_of_structs_fails_and_lets_a_waiting_reader_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Interrupted half way through a list of Structs: the reader waiting for it is released
    and fails like every later read (the list is half consumed)."""
    import threading
    import time

    from assetpay_client.models import TradePage

    building = threading.Event()

    def let_the_reader_in() -> None:
        building.set()
        time.sleep(0.2)  # the other reader finds the list being built, and waits

    _interrupt_the_second_item(monkeypatch, "_from_wire", before=let_the_reader_in)
    page = wire.decode(TradePage, _trade_page(3))
    assert page is not None
    outcome: list[BaseException] = []

    def other_reader() -> None:
        building.wait(5)
        try:
            _ = page.items  # waits for the build in progress
        except InvalidResponseError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=other_reader)
    reader.start()
    with pytest.raises(KeyboardInterrupt):
        _ = page.items
    reader.join(5)
    assert not reader.is_alive()
    assert len(outcome) == 1
    assert "interrupted" in str(outcome[0])
    with pytest.raises(InvalidResponseError, match="interrupted"):
        _ = page.items
