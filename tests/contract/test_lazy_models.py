"""Lists of nested models are built on first read (generator/templates/model.py.jinja, point 3).

What must hold: the top level is still checked when the answer is parsed; a list is built once,
by one thread, into the attribute; a bad list raises InvalidResponseError (an AssetPayError) on
read and stays readable for a retry of the read; equality, repr, to_dict and attrs helpers see
the built values; type checkers do not see the ``__getattr__`` behind it.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import attrs
import pytest
from concurrency import at_once

import assetpay_client.models as models_module
from assetpay_catalogue.exceptions import AssetPayError, InvalidResponseError
from assetpay_client import _lazy
from assetpay_client.models import Item, MarketPage, Trade
from assetpay_client.models import __all__ as MODEL_NAMES
from assetpay_client.types import UNSET


def item(n: int) -> dict[str, Any]:
    return {
        "id": f"0193f2a4-7c1e-8b2d-9e4f-{n:012d}",
        "appid": 730,
        "tradable": True,
        "marketHashName": "AK-47 | Redline (Field-Tested)",
        "status": "active",
        "offer": {"price": 10.5 + n, "delivery": "standard"},
        "stickers": [{"name": f"sticker {n}", "slot": 0, "iconUrl": "i"}] if n % 2 else [],
    }


def trade(n_items: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "type": "withdraw",
        "source": "client",
        "status": "active",
        "game": "730",
        "merchantId": "merchant-1",
        "clientSteamID": "76561198012345678",
        "clientTradeUrl": "https://steamcommunity.com/tradeoffer/new/?partner=1&token=AbCdEfGh",
        "items": [item(i) for i in range(n_items)],
        "totalPrice": 500.0,
        "createdAt": "2026-03-04T10:00:00.000Z",
        "updatedAt": "2026-03-04T10:00:00.000Z",
        **extra,
    }


def lazy_classes() -> list[type[Any]]:
    found = []
    for name in MODEL_NAMES:
        cls = getattr(models_module, name)
        if attrs.has(cls) and any(f.name == _lazy.PENDING for f in attrs.fields(cls)):
            found.append(cls)
    return found


def test_the_lazy_models_are_the_ones_with_lists_of_models() -> None:
    names = {cls.__name__ for cls in lazy_classes()}
    # every model with a list of models is lazy, and nothing else is
    assert {"Trade", "Item", "MarketPage", "TradePage", "WithdrawRequest"} <= names
    for name in MODEL_NAMES:
        cls: Any = getattr(models_module, name)
        if not attrs.has(cls):
            continue
        loaders = {attr for attr in vars(cls) if attr.startswith("_load_")}
        assert bool(loaders) == (name in names), name
        lazy_names = {loader.removeprefix("_load_") for loader in loaders}
        assert set(vars(cls)["_MODEL_FIELDS"]) >= lazy_names


def test_a_list_is_pending_until_read_then_a_plain_attribute() -> None:
    parsed = Trade.from_dict(trade(3))
    assert _lazy.is_pending(parsed, "items")
    first = parsed.items
    assert [type(row) for row in first] == [Item, Item, Item]
    assert first[2].offer.price == 12.5  # type: ignore[union-attr]
    assert not _lazy.is_pending(parsed, "items")
    assert parsed.items is first  # stored, not rebuilt
    assert parsed._lazy_raw is None  # nothing pending: the raw JSON is not kept


def test_nested_lists_are_lazy_too() -> None:
    parsed = Trade.from_dict(trade(2))
    second = parsed.items[1]
    assert _lazy.is_pending(second, "stickers")
    assert second.stickers[0].name == "sticker 1"  # type: ignore[index]


def test_an_empty_list_is_built_at_once_and_is_not_the_callers_list() -> None:
    source = trade(0)
    parsed = Trade.from_dict(source)
    assert not _lazy.is_pending(parsed, "items")
    assert parsed.items == []
    parsed.items.append(Item.from_dict(item(0)))
    assert source["items"] == []


def test_absent_optional_lists_stay_unset() -> None:
    parsed = Trade.from_dict(trade(1))
    assert parsed.related_trades is UNSET
    assert not _lazy.is_pending(parsed, "related_trades")


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"items": {"0": item(0)}}, TypeError),
        ({"items": "not a list"}, TypeError),
        ({"items": None}, TypeError),
        ({"relatedTrades": {"a": 1}}, TypeError),
    ],
)
def test_the_top_level_is_still_checked_when_parsed(
    change: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error, match="must be a list"):
        Trade.from_dict({**trade(1), **change})


def test_a_missing_required_list_is_still_refused_when_parsed() -> None:
    data = trade(1)
    del data["items"]
    with pytest.raises(KeyError):
        Trade.from_dict(data)


@pytest.mark.parametrize(
    "bad_item",
    [
        {"appid": 730, "tradable": True},  # no id
        {"id": "x", "appid": 730, "tradable": True, "offer": "cheap"},  # offer not an object
        {"id": "x", "appid": 730, "tradable": True, "stickers": 3},  # not a list
        "an item",
        None,
    ],
)
def test_a_bad_list_raises_invalid_response_error_on_read(bad_item: Any) -> None:
    data = trade(2)
    data["items"][1] = bad_item
    parsed = Trade.from_dict(data)
    assert parsed.status.value == "active"  # the rest of the model reads fine
    with pytest.raises(InvalidResponseError, match=r"^Trade\.items could not be parsed") as info:
        _ = parsed.items
    assert isinstance(info.value, AssetPayError)
    assert info.value.ambiguous  # a success answer that cannot be read may still have acted
    # still pending: a second read raises the same way instead of seeing a missing attribute
    with pytest.raises(InvalidResponseError):
        _ = parsed.items
    with pytest.raises(InvalidResponseError):
        _lazy.materialize(parsed)
    # a model that cannot be read still prints (logging must not raise)
    assert "items=<could not be parsed>" in repr(parsed)
    assert "status=<TradeStatus.ACTIVE: 'active'>" in repr(parsed)


def test_unknown_attributes_are_attribute_errors() -> None:
    parsed = Trade.from_dict(trade(1))
    with pytest.raises(AttributeError, match="'Trade' object has no attribute 'itemz'"):
        _ = parsed.itemz  # type: ignore[attr-defined]
    assert not hasattr(parsed, "itemz")
    assert hasattr(parsed, "items")


def test_equality_repr_to_dict_and_attrs_helpers_see_the_built_lists() -> None:
    data = trade(3, relatedTrades=[trade(2)])
    read = Trade.from_dict(data)
    _ = read.items
    untouched = Trade.from_dict(data)
    assert untouched == read
    assert Trade.from_dict(data).to_dict() == read.to_dict()
    assert "Item(id='0193f2a4-7c1e-8b2d-9e4f-000000000002'" in repr(Trade.from_dict(data))
    assert attrs.asdict(Trade.from_dict(data)) == attrs.asdict(read)
    evolved = attrs.evolve(Trade.from_dict(data), total_price=1.0)
    assert evolved.items == read.items
    assert evolved.total_price == 1.0
    assert copy.deepcopy(Trade.from_dict(data)).items[0].id == read.items[0].id
    assert copy.copy(Trade.from_dict(data)).items[1].offer == read.items[1].offer


@pytest.mark.parametrize("how", ["copy", "deepcopy", "pickle"])
def test_copies_and_pickles_equal_the_original_and_keep_unset_as_unset(how: str) -> None:
    """A cached answer (pickle) or a copy: same model, pending lists included, and every absent
    field still `is UNSET` (the stock Unset was copied like any object, so neither held)."""
    import pickle

    data = trade(3)
    original = Trade.from_dict(data)
    fresh = Trade.from_dict(data)
    if how == "copy":
        copied = copy.copy(fresh)
    elif how == "deepcopy":
        copied = copy.deepcopy(fresh)
    else:
        copied = pickle.loads(pickle.dumps(fresh))  # noqa: S301 - our own bytes
    assert copied == original
    assert copied.pre_credit is UNSET
    assert copied.items[0].external_id is UNSET
    assert copy.deepcopy(UNSET) is UNSET


def test_to_dict_round_trips_through_the_lazy_lists() -> None:
    data = trade(4, relatedTrades=[trade(2)])
    wire = Trade.from_dict(data).to_dict()
    assert wire["items"] == Trade.from_dict(wire).to_dict()["items"]
    assert [row["id"] for row in wire["items"]] == [row["id"] for row in data["items"]]
    assert wire["relatedTrades"][0]["items"][1]["offer"]["price"] == 11.5


def test_an_assigned_value_wins_over_the_pending_one() -> None:
    parsed = Trade.from_dict(trade(3))
    parsed.items = []
    assert parsed.items == []
    _lazy.materialize(parsed)
    assert parsed.items == []


def test_materialize_builds_everything_and_returns_its_argument() -> None:
    parsed = Trade.from_dict(trade(3, relatedTrades=[trade(3)]))
    assert _lazy.materialize(parsed) is parsed
    related = parsed.related_trades
    assert isinstance(related, list)
    for model in (parsed, related[0], *parsed.items, *related[0].items):
        assert not _lazy._pending(model), model
    page = MarketPage.from_dict({"items": [item(0), item(1)], "count": 2})
    assert _lazy.materialize([page]) == [page]
    assert not page._lazy_raw


def test_materialize_finds_a_bad_list_deep_down() -> None:
    inner = trade(2)
    inner["items"][1]["stickers"] = [{"slot": "not", "extra": 1}, 5]
    parsed = Trade.from_dict(trade(1, relatedTrades=[inner]))
    with pytest.raises(InvalidResponseError, match=r"Item\.stickers could not be parsed"):
        _lazy.materialize(parsed)


def _items_id(parsed: Trade) -> int:
    return id(parsed.items)


def test_threads_reading_at_once_all_get_the_one_stored_list() -> None:
    for _ in range(50):
        parsed = Trade.from_dict(trade(20))
        seen = at_once(8, functools.partial(_items_id, parsed))
        assert len(seen) == 8
        assert set(seen) == {id(parsed.items)}


def test_type_checkers_do_not_see_the_attribute_hook(tmp_path: Path) -> None:
    from mypy import api

    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from assetpay_client.models import Trade\n"
        "def f(t: Trade) -> None:\n"
        "    t.itemz\n"
        "    reveal_type(t.items)\n",
        encoding="utf-8",
    )
    out, _, status = api.run(
        ["--strict", "--no-incremental", "--follow-imports=silent", str(snippet)]
    )
    assert status == 1, out
    assert '"Trade" has no attribute "itemz"' in out
    assert 'Revealed type is "list[assetpay_client.models.item.Item]"' in out


def test_materialize_knows_where_every_model_can_hold_a_pending_list() -> None:
    checked = 0
    for name in MODEL_NAMES:
        cls: Any = getattr(models_module, name)
        if not attrs.has(cls):
            continue
        walk = _lazy._walk_fields(cls)  # resolves every annotation of the class
        assert set(walk) <= set(vars(cls)["_MODEL_FIELDS"]), name
        own = {attr.removeprefix("_load_") for attr in vars(cls) if attr.startswith("_load_")}
        assert own <= set(walk), name
        checked += 1
    assert checked > 80
    # a model with no list of models anywhere below it is not descended into
    assert _lazy._walk_fields(Item) == ("stickers",)
    assert set(_lazy._walk_fields(Trade)) == {"items", "related_trades"}
