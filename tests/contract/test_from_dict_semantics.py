"""The generated ``from_dict`` (generator/templates/model.py.jinja, point 4) keeps the semantics of
the code it replaced.

``reference`` below is that earlier code written once, generically: copy the dict, pop every
declared key (``UNSET`` when an optional one is absent), call the enum class, build nested models,
``datetime.fromisoformat`` for date-times, try a model and else keep the raw value for a union,
and keep whatever is left as ``additional_properties``. Hypothesis draws JSON objects for every
generated model from its type hints -- optional keys present or not, values the spec does not
list, integers beyond 64 bits, unknown keys, sometimes a value of the wrong kind -- and the two
must agree: equal models (after building every pending list) or both refusing the input.
"""

from __future__ import annotations

import datetime
import enum
import typing
import uuid
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from model_documents import document as _object
from model_documents import hints as _hints
from model_documents import options as _options

import assetpay_client.models as models_module
from assetpay_client._lazy import materialize
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
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _convert(hint: Any, value: Any) -> Any:
    """What the earlier generated code made of ``value`` for a field declared as ``hint``."""
    if value is UNSET:
        return UNSET
    options = _options(hint)
    if value is None and type(None) in options:
        return None
    concrete = [o for o in options if o is not type(None)]
    if len(options) == 1:
        kind = concrete[0]
        if typing.get_origin(kind) is list:
            (inner,) = typing.get_args(kind)
            if not any(attrs.has(kind) for kind in _options(inner)):  # plain values: as they are
                return value
            if not isinstance(value, list):
                raise TypeError("not a list")
            return [_convert(inner, item) for item in value]
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(value)
        if attrs.has(kind):
            return reference(kind, value)
        if kind is datetime.datetime:
            return datetime.datetime.fromisoformat(value)
        if kind is uuid.UUID:
            return uuid.UUID(value)
        if typing.get_origin(kind) is typing.Literal and value not in typing.get_args(kind):
            raise ValueError("not the const")  # a `const` of the spec
        return value
    # a union (e.g. ``ItemCharm | None``, ``list[Trade] | Trade``): the alternatives in order,
    # a model only from a dict, a list only from a list; else the raw value if a plain kind is
    # allowed, else refused
    for kind in concrete:
        if attrs.has(kind) and isinstance(value, dict):
            try:
                return reference(kind, value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        elif typing.get_origin(kind) is list and isinstance(value, list):
            return _convert(kind, value)
        elif kind is datetime.datetime and isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
    if len(concrete) == len(options) and all(
        attrs.has(kind) or typing.get_origin(kind) is list for kind in concrete
    ):
        raise TypeError("no alternative of the union matches")
    return value


def reference(cls: type[Any], src: Any) -> Any:
    """The earlier from_dict: copy, pop every declared key, convert, keep the rest."""
    d = dict(src)
    hints = _hints(cls)
    kwargs = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        wire = cls._WIRE_NAMES[field.name]
        required = field.default is attrs.NOTHING
        value = d.pop(wire) if required else d.pop(wire, UNSET)
        kwargs[field.name] = _convert(hints[field.name], value)
    instance = cls(**kwargs)
    if any(f.name == "additional_properties" for f in attrs.fields(cls)):
        instance.additional_properties = d
    return instance


def _outcome(fn: Any, cls: type[Any], data: dict[str, Any]) -> Any:
    try:
        return ("ok", materialize(fn(cls, data)))
    except PARSE_ERRORS:
        return ("refused", None)
    except Exception as exc:  # InvalidResponseError from a pending list: refused as well
        if type(exc).__name__ == "InvalidResponseError":
            return ("refused", None)
        raise


@pytest.mark.parametrize("cls", MODELS, ids=[cls.__name__ for cls in MODELS])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_dict_agrees_with_the_earlier_semantics(cls: type[Any], data: st.DataObject) -> None:
    src = data.draw(_object(cls))
    before = repr(src)
    ours = _outcome(lambda c, d: c.from_dict(d), cls, src)
    expected = _outcome(reference, cls, src)
    assert ours[0] == expected[0], (cls.__name__, src)
    assert ours[1] == expected[1]
    if ours[0] == "ok":
        assert repr(ours[1]) == repr(expected[1])
        assert ours[1].to_dict() == expected[1].to_dict()
    assert repr(src) == before  # the input is never changed


def test_unknown_keys_land_in_additional_properties_and_known_ones_do_not() -> None:
    from assetpay_client.models import Item

    data = {"id": "i-1", "appid": 730, "tradable": True, "zNew": [1, 2], "name": "AK"}
    parsed = Item.from_dict(data)
    assert parsed.additional_properties == {"zNew": [1, 2]}
    assert parsed.name == "AK"
    assert (
        Item.from_dict({k: v for k, v in data.items() if k != "zNew"}).additional_properties == {}
    )


def test_enum_lookup_tables_hold_exactly_the_listed_members() -> None:
    for name in MODEL_NAMES:
        obj = getattr(models_module, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            assert obj._by_value == {member.value: member for member in obj}  # type: ignore[attr-defined]
            assert all(member.is_known for member in obj._by_value.values())  # type: ignore[attr-defined]
