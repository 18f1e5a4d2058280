"""Request validation driven by the generated models: ``<OperationId>Params`` for path and query
parameters (query strings are read leniently: ``"5"`` is an integer, ``"true"`` a boolean),
the body component models for JSON bodies (strictly: ``"5"`` is not a number).

Violations become the API's refusals, first match wins, ``fields`` lists every violation:
``MISSING_ITEMS`` (2, 400) no items; ``TOO_MANY_ITEMS`` (8, 400); ``INVALID_TRADEURL`` (13, 400)
a trade URL failing the pattern; ``INVALID_AMOUNT`` (1601, 400) a price or amount <= 0;
otherwise ``VALIDATION_FAILED`` (1001, 422; 400 where the operation declares no 422). Unknown
query parameters are ignored, like most HTTP APIs do.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from assetpay_catalogue.operations import Operation

from .failures import ApiFailure, validation_failure

_KEY_ORDER = ("MISSING_ITEMS", "TOO_MANY_ITEMS", "INVALID_TRADEURL", "INVALID_AMOUNT")
_TRADE_URL_FIELDS = frozenset({"tradeUrl", "tradeurl", "clientTradeUrl"})
_AMOUNT_FIELDS = frozenset({"price", "maxPrice", "amountCents"})


@cache
def model(name: str) -> type[BaseModel]:
    found: type[BaseModel] = getattr(importlib.import_module("assetpay_schema"), name)
    return found


def declares_422(op: Operation) -> bool:
    """Whether the spec documents 422 for ``op`` (else invalid input is answered with 400)."""
    return 422 in op.statuses


def _key_for(loc: Sequence[str | int], error_type: str) -> str | None:
    last = str(loc[-1]) if loc else ""
    if len(loc) == 1 and loc[0] == "items":
        if error_type in ("too_short", "missing"):
            return "MISSING_ITEMS"
        if error_type == "too_long":
            return "TOO_MANY_ITEMS"
    if last in _TRADE_URL_FIELDS and error_type in ("string_pattern_mismatch", "missing"):
        return "INVALID_TRADEURL"
    if last in _AMOUNT_FIELDS and error_type in ("greater_than", "greater_than_equal"):
        return "INVALID_AMOUNT"
    return None


def _refusal(op: Operation, problems: Mapping[str, str], keys: set[str]) -> ApiFailure:
    key = next((k for k in _KEY_ORDER if k in keys), "VALIDATION_FAILED")
    failure = validation_failure(key, problems)
    if key == "VALIDATION_FAILED" and not declares_422(op):
        failure.status = 400
    return failure


def _problems(exc: ValidationError, prefix: str = "") -> tuple[dict[str, str], set[str]]:
    problems: dict[str, str] = {}
    keys: set[str] = set()
    for error in exc.errors(include_url=False, include_input=False):
        loc = tuple(error.get("loc", ()))
        path = prefix + ".".join(str(p) for p in loc) if loc else (prefix.rstrip(".") or "body")
        problems.setdefault(path, str(error.get("msg", "invalid")))
        key = _key_for(loc, str(error.get("type", "")))
        if key:
            keys.add(key)
    return problems, keys


def parse_params(
    op: Operation, path_params: Mapping[str, str], query: Sequence[tuple[str, str]]
) -> BaseModel | None:
    """The operation's validated ``<OperationId>Params`` (None when it has no parameters)."""
    if op.params_model is None:
        return None
    raw: dict[str, Any] = {}
    known = {p.name: p for p in op.params}
    for name, value in query:
        param = known.get(name)
        if param is not None and param.location == "query" and name not in raw:
            raw[name] = value
    for name, value in path_params.items():
        raw[name] = value
    try:
        return model(op.params_model).model_validate(raw)
    except ValidationError as exc:
        problems, keys = _problems(exc)
        raise _refusal(op, problems, keys) from None


def parse_body(op: Operation, raw: bytes) -> tuple[BaseModel | None, dict[str, Any]]:
    """The validated body model and the body as a dict (camelCase, as sent)."""
    if op.body_schema is None:
        return None, {}
    if not raw.strip():
        if not op.body_required:
            return model(op.body_schema).model_validate({}), {}
        raise _refusal(op, {"body": "a JSON object is required"}, set())
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _refusal(op, {"body": "not valid JSON"}, set()) from None
    if not isinstance(data, dict):
        raise _refusal(op, {"body": "must be a JSON object"}, set())
    try:
        parsed = model(op.body_schema).model_validate_json(raw, strict=True)
    except ValidationError as exc:
        problems, keys = _problems(exc)
        raise _refusal(op, problems, keys) from None
    _cross_field_rules(op, data)
    return parsed, data


def _cross_field_rules(op: Operation, body: Mapping[str, Any]) -> None:
    problems: dict[str, str] = {}
    if op.body_schema in ("QuickWithdrawRequest", "QuickBuyRequest"):
        if body.get("itemId") is None and body.get("marketHashName") is None:
            problems["itemId"] = "give itemId or marketHashName"
        ids = body.get("externalIds")
        if isinstance(ids, list) and len(ids) != body.get("amount"):
            problems["externalIds"] = "must hold exactly `amount` entries"
        if body.get("phase") is not None and body.get("delivery") == "instant":
            problems["phase"] = "cannot be combined with delivery instant"
    refs: list[tuple[str, object]] = [("externalId", body.get("externalId"))]
    items = body.get("items")
    if isinstance(items, list):
        refs += [
            (f"items.{i}.externalId", it.get("externalId"))
            for i, it in enumerate(items)
            if isinstance(it, dict)
        ]
    ids = body.get("externalIds")
    if isinstance(ids, list):
        refs += [(f"externalIds.{i}", ref) for i, ref in enumerate(ids)]
    for path, ref in refs:
        if isinstance(ref, str) and "," in ref:
            problems[path] = "must not contain a comma"
    if problems:
        raise _refusal(op, problems, set())
