"""JSON objects for every generated model, drawn from its type hints (hypothesis strategies).

Used by tests/contract/test_from_dict_semantics.py and tests/contract/test_wire_decoding.py.
``document(cls)`` draws what an API might send: optional keys present or not, values the spec
does not list, integers beyond 64 bits, keys the spec does not declare, now and then a missing
required key or a value of the wrong kind. ``document(cls, clean=True)`` draws only what the spec
describes: every required key, listed enum values, declared keys, values of the declared kind.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
import uuid
from typing import Any

import attrs
from hypothesis import strategies as st

from assetpay_client.types import Unset


def hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def options(hint: Any) -> list[Any]:
    """The alternatives of a type hint, without ``Unset``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return [arg for arg in typing.get_args(hint) if arg is not Unset]
    return [hint]


_UNKNOWN_STR = st.sampled_from(["value_from_the_future", ""])
_BIG_INT = st.integers(min_value=-(2**80), max_value=2**80)
_WRONG: st.SearchStrategy[Any] = st.sampled_from([None, [], {}, 1.5, "x", True])


def value_of(hint: Any, depth: int, clean: bool = False) -> st.SearchStrategy[Any]:
    kinds = options(hint)
    choices: list[st.SearchStrategy[Any]] = []
    for kind in kinds:
        if kind is type(None):
            choices.append(st.none())
        elif typing.get_origin(kind) is list:
            (inner,) = typing.get_args(kind)
            choices.append(
                st.lists(value_of(inner, depth + 1, clean), max_size=2 if depth < 2 else 0)
            )
        elif isinstance(kind, type) and issubclass(kind, enum.IntEnum):
            listed = st.sampled_from([m.value for m in kind])
            choices.append(listed if clean else listed | _BIG_INT)
        elif isinstance(kind, type) and issubclass(kind, enum.Enum):
            listed = st.sampled_from([m.value for m in kind])
            choices.append(listed if clean else listed | _UNKNOWN_STR)
        elif attrs.has(kind):
            choices.append(document(kind, depth + 1, clean) if depth < 3 else _least(kind, clean))
        elif typing.get_origin(kind) is typing.Literal:
            const = st.sampled_from(typing.get_args(kind))
            choices.append(const if clean else const | _WRONG)
        elif kind is datetime.datetime:
            choices.append(
                st.datetimes(timezones=st.just(datetime.UTC)).map(lambda d: d.isoformat())
            )
        elif kind is uuid.UUID:
            choices.append(st.uuids().map(str))
        elif kind is bool:
            choices.append(st.booleans())
        elif kind is int:
            choices.append(_BIG_INT)
        elif kind is float:
            choices.append(st.floats(allow_nan=False, allow_infinity=False) | _BIG_INT)
        elif kind is str:
            choices.append(st.text(max_size=8))
        else:
            choices.append(
                st.none()
                | st.text(max_size=4)
                | st.dictionaries(st.text(max_size=3), st.integers())
            )
    return st.one_of(choices)


def document(
    cls: type[Any], depth: int = 0, clean: bool = False
) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object for ``cls`` (nested objects down to depth 3)."""
    declared = hints(cls)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            wire = cls._WIRE_NAMES[field.name]
            required = field.default is attrs.NOTHING
            if not required and (depth > 3 or not draw(st.booleans())):
                continue
            if not clean and required and depth == 0 and draw(st.integers(0, 30)) == 0:
                continue  # now and then a required key is missing
            if not clean and draw(st.integers(0, 40)) == 0:
                out[wire] = draw(_WRONG)  # now and then a value of the wrong kind
            else:
                out[wire] = draw(value_of(declared[field.name], depth, clean))
        if not clean and draw(st.integers(0, 3)):  # usually keys the spec does not declare (yet)
            extra = st.dictionaries(
                st.sampled_from(["zNew", "x-extra", "future"]), st.integers(), min_size=1
            )
            out.update(draw(extra))
        return out

    return build()


def _least(cls: type[Any], clean: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Past depth 3: ``{}`` (refused when the model has required keys), or in clean documents
    the required keys only, drawn without nesting further."""
    if not clean or not any(f.default is attrs.NOTHING for f in attrs.fields(cls) if f.init):
        return st.just({})
    return document(cls, 99, clean)
