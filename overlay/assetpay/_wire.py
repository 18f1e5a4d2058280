"""Request values to wire JSON: generated models, snake_case dicts and enum members.

The call flow (:mod:`assetpay._requester`) hands every body field that holds a component object
(``BodyObject`` in the operations index) to :func:`wire_object` / :func:`wire_items`.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

import attrs

from assetpay.errors import request_validation_error
from assetpay_catalogue.operations import MODEL_MODULES
from assetpay_client.types import UNSET


def model_class(schema: str) -> Any:
    """The generated attrs model of a component schema (``WithdrawItem`` ...)."""
    return getattr(importlib.import_module(MODEL_MODULES[schema]), schema)


def wire_items(
    schema: str, items: Sequence[Any] | None, field: str = "items"
) -> list[dict[str, Any]] | None:
    """Request list items given as generated models or as dicts with snake_case names -> wire."""
    if items is None:
        return None
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
        raise request_validation_error("VALIDATION_FAILED", {field: "must be a list"})
    cls = model_class(schema)
    fast = _fast_wire(cls)
    out: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        if type(item) is dict:
            wire = fast(item)
            if wire is not None:
                out.append(wire)
                continue
        if isinstance(item, cls):
            out.append(item.to_dict())
            continue
        if not isinstance(item, Mapping):
            raise request_validation_error(
                "VALIDATION_FAILED", {f"{field}.{index}": f"must be a {schema} or a dict"}
            )
        try:
            out.append(cls(**item).to_dict())
        except TypeError as exc:
            raise request_validation_error(
                "VALIDATION_FAILED", {f"{field}.{index}": f"{exc}".replace("__init__() ", "")}
            ) from None
    return out


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FastWire = Callable[[Mapping[str, Any]], "dict[str, Any] | None"]


@functools.cache
def _fast_wire(cls: Any) -> _FastWire:
    """What ``cls(**item).to_dict()`` gives, for the common case of plain JSON values only.

    The returned function gives None to mean "take the model's way": an unknown or missing name
    (for the model's error message), or a value to_dict() would convert (an enum member, a model).
    """
    fields = {f.name: f for f in attrs.fields(cls) if f.init}
    names: tuple[tuple[str, str], ...] = tuple(cls._WIRE_NAMES.items())
    defaults = {
        name: f.default
        for name, f in fields.items()
        if f.default is not attrs.NOTHING and f.default is not UNSET
    }
    required = frozenset(n for n, f in fields.items() if f.default is attrs.NOTHING)
    known = frozenset(fields)
    if any(type(value) not in _SCALARS for value in defaults.values()):
        return lambda item: None  # a default that to_dict() would convert: always the model

    def convert(item: Mapping[str, Any]) -> dict[str, Any] | None:
        keys = item.keys()
        if not (required <= keys <= known):
            return None
        wire: dict[str, Any] = {}
        for name, json_name in names:
            if name in item:
                value = item[name]
                if type(value) not in _SCALARS:
                    return None
                wire[json_name] = value
            elif name in defaults:
                wire[json_name] = defaults[name]
        return wire

    return convert


def wire_object(schema: str, value: Any, field: str) -> Any:
    """One component object given as a generated model, a snake_case dict, or a dict already in
    wire names (camelCase) -> wire JSON."""
    if value is None:
        return None
    cls = model_class(schema)
    if isinstance(value, Mapping) and set(value) <= set(cls._WIRE_NAMES.values()):
        return dict(value)
    if not isinstance(value, Mapping | cls):
        raise request_validation_error(
            "VALIDATION_FAILED", {field: f"must be a {schema} or a dict"}
        )
    converted = wire_items(schema, [value], field)
    assert converted is not None
    return converted[0]


def enum_value(value: Any) -> Any:
    """An enum member or a plain value -> the wire value (None stays None)."""
    return value.value if isinstance(value, Enum) else value
