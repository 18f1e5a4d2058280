"""What every resource shares: call options, and turning keyword arguments into request models."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import Any

import attrs

from assetpay._base_client import (
    ApiKeyAuth,
    AsyncTransport,
    Call,
    CallOptions,
    SyncTransport,
    WireBody,
    _Auth,
)
from assetpay.errors import request_validation_error
from assetpay_catalogue.operations import MODEL_MODULES, OPERATIONS, Param
from assetpay_client.types import UNSET


def options(
    timeout: float | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    reconcile: bool | None = None,
) -> CallOptions:
    return CallOptions(
        timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, reconcile=reconcile
    )


def opt(value: Any) -> Any:
    """None (not given) becomes the generated code's UNSET, so the field is left out."""
    return UNSET if value is None else value


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


def compact(wire: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the fields that were not given (None)."""
    return {k: v for k, v in wire.items() if v is not None}


def enum_value(value: Any) -> Any:
    """An enum member or a plain value -> the wire value (None stays None)."""
    return getattr(value, "value", value)


def body_call(
    operation_id: str,
    wire: Mapping[str, Any],
    auth: _Auth,
    call_options: CallOptions,
    **kwargs: Any,
) -> Call:
    """A call whose body is ``wire`` (camelCase JSON), checked against the spec before sending."""
    op = OPERATIONS[operation_id]
    assert op.body_schema is not None
    body = WireBody(wire)
    external_id = wire.get("externalId")
    return Call(
        op,
        {"body": body, **kwargs},
        auth,
        call_options,
        external_id=external_id if isinstance(external_id, str) else None,
    )


def _param_value(param: Param, value: Any) -> Any:
    """Strings become the generated enum members / datetimes the generated code expects."""
    if value is None:
        return UNSET
    if param.enum is not None and not isinstance(value, Enum):
        return model_class(param.enum)(value)
    if param.date_time and isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise request_validation_error(
                "VALIDATION_FAILED", {param.name: "must be an ISO 8601 date-time"}
            ) from None
    return value


def query_call(operation_id: str, auth: _Auth, call_options: CallOptions, **params: Any) -> Call:
    """A call with only path/query parameters (python names of the generated function)."""
    op = OPERATIONS[operation_id]
    by_name = {p.python_name: p for p in op.params}
    kwargs = {k: _param_value(by_name[k], v) for k, v in params.items()}
    return Call(op, kwargs, auth, call_options)


class SyncResource:
    """Base of the synchronous resources: a transport and the auth of the scope."""

    def __init__(self, transport: SyncTransport, auth: _Auth | None = None) -> None:
        self._transport = transport
        self._auth: _Auth = auth or ApiKeyAuth()


class AsyncResource:
    """Base of the asynchronous resources."""

    def __init__(self, transport: AsyncTransport, auth: _Auth | None = None) -> None:
        self._transport = transport
        self._auth: _Auth = auth or ApiKeyAuth()
