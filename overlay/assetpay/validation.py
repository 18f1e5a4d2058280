"""Check requests against the spec's constraints before anything is sent.

Bodies are checked with the generated pydantic models of ``assetpay_schema`` (``WithdrawRequest``,
...), path and query parameters with the generated ``<OperationId>Params`` models. A violation
raises :class:`assetpay.errors.RequestValidationError` carrying the code and key the server
documents for the case, with ``fields`` mapping dotted paths (``items.0.price``) to reasons:

- ``MISSING_ITEMS`` (2): no items;
- ``TOO_MANY_ITEMS`` (8): more items than the operation allows;
- ``INVALID_TRADEURL`` (13): a trade URL that is not a Steam trade-offer URL;
- ``INVALID_AMOUNT`` (1601): a price or amount of zero or less;
- ``VALIDATION_FAILED`` (1001): anything else.

When several apply, the first in that order is the key and ``fields`` lists every violation.

The checks run on pydantic-core validators built from ``assetpay_catalogue.validators`` (the
request models' schemas written out as data by ``make client``), one per model when first used:
checking a request imports neither pydantic nor the models of ``assetpay_schema``, which was most
of the cost of the first call of a process.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from assetpay._core import SchemaValidator, ValidationError
from assetpay.errors import RequestValidationError, request_validation_error
from assetpay.tokens import is_steam_id, is_trade_url

if TYPE_CHECKING:
    from assetpay_catalogue.operations import Operation

_KEY_ORDER = ("MISSING_ITEMS", "TOO_MANY_ITEMS", "INVALID_TRADEURL", "INVALID_AMOUNT")
_TRADE_URL_FIELDS = frozenset({"tradeUrl", "tradeurl", "clientTradeUrl"})
_AMOUNT_FIELDS = frozenset({"price", "maxPrice", "amountCents"})
_AMOUNT_ERRORS = frozenset({"greater_than", "greater_than_equal"})


@cache
def _validator(name: str) -> SchemaValidator:
    from assetpay_catalogue.validators import SCHEMAS  # data only, loaded on the first check

    return SchemaValidator(SCHEMAS[name])


def _key_for(loc: Sequence[str | int], error_type: str) -> str | None:
    last = str(loc[-1]) if loc else ""
    if loc and loc[0] == "items" and len(loc) == 1:
        if error_type in ("too_short", "missing"):
            return "MISSING_ITEMS"
        if error_type == "too_long":
            return "TOO_MANY_ITEMS"
    if last in _TRADE_URL_FIELDS and error_type in ("string_pattern_mismatch", "missing"):
        return "INVALID_TRADEURL"
    if last in _AMOUNT_FIELDS and error_type in _AMOUNT_ERRORS:
        return "INVALID_AMOUNT"
    return None


def _raise(problems: Mapping[str, str], keys: set[str]) -> None:
    key = next((k for k in _KEY_ORDER if k in keys), "VALIDATION_FAILED")
    raise request_validation_error(key, problems)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("not a finite number")
        return float(value)  # money goes out as a JSON number
    raise TypeError(f"{type(value).__name__} is not JSON")


def to_json(data: object) -> str:
    """The JSON text a request carries (``Decimal`` becomes a number); refuses what JSON cannot
    hold (NaN, infinities, arbitrary objects) with ``RequestValidationError``."""
    try:
        return json.dumps(data, separators=(",", ":"), allow_nan=False, default=_json_default)
    except (TypeError, ValueError, RecursionError):
        path, reason = _first_unsendable(data, ())
        where = ".".join(map(str, path)) or "body"
        raise request_validation_error("VALIDATION_FAILED", {where: reason}) from None


def _first_unsendable(
    value: object, path: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], str]:
    """Where in ``value`` JSON gives up, and why (for ``fields``)."""
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        return path, "must be a finite number"
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _first_unsendable(item, (*path, str(key)))
            if found[0] or found[1]:
                return found
        return (), ""
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _first_unsendable(item, (*path, index))
            if found[0] or found[1]:
                return found
        return (), ""
    if value is None or isinstance(value, str | int | float | Decimal):
        return (), ""
    return path, f"{type(value).__name__} cannot be sent as JSON"


def _check(model_name: str, data: object, prefix: str = "") -> None:
    """Validate the JSON text of ``data`` strictly: what the server would read, no coercion."""
    text = data if isinstance(data, str) else to_json(data)
    try:
        _validator(model_name).validate_json(text, strict=True)
    except ValidationError as exc:
        problems: dict[str, str] = {}
        keys: set[str] = set()
        for error in exc.errors(include_url=False):
            loc = tuple(error.get("loc", ()))
            path = prefix + ".".join(str(part) for part in loc) if loc else prefix.rstrip(".")
            problems.setdefault(path or "body", str(error.get("msg", "invalid")))
            key = _key_for(loc, str(error.get("type", "")))
            if key:
                keys.add(key)
        _raise(problems, keys)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


_CROSS_FIELD_SCHEMAS = frozenset(
    {"QuickWithdrawRequest", "QuickBuyRequest", "VerificationStartRequest"}
)


def _cross_field_rules(schema: str, body: Mapping[str, Any]) -> None:
    """Rules the spec states in prose (quick withdraw / quick buy), and ``format: email``."""
    email = body.get("email")
    is_start = schema == "VerificationStartRequest"
    if is_start and isinstance(email, str) and not _EMAIL.fullmatch(email):
        _raise({"email": "must be an email address"}, set())
    if schema not in ("QuickWithdrawRequest", "QuickBuyRequest"):
        return
    problems: dict[str, str] = {}
    if body.get("itemId") is None and body.get("marketHashName") is None:
        problems["itemId"] = "give itemId or marketHashName"
    external_ids = body.get("externalIds")
    if isinstance(external_ids, list) and external_ids and len(external_ids) != body.get("amount"):
        problems["externalIds"] = "must hold exactly `amount` entries"
    if body.get("phase") is not None and body.get("delivery") == "instant":
        problems["phase"] = "cannot be combined with delivery instant"
    if problems:
        _raise(problems, set())


def validate_body(schema: str, body: object) -> None:
    """Check a request body (as sent: camelCase JSON, a mapping or its JSON text) against the
    component ``schema``, strictly: ``"12"`` is not a price and ``true`` is not an amount."""
    text = body if isinstance(body, str) else to_json(body)
    _check(schema, text)
    if schema in _CROSS_FIELD_SCHEMAS:  # only these have rules beyond the schema
        parsed = json.loads(text)
        if isinstance(parsed, Mapping):
            _cross_field_rules(schema, parsed)


def validate_operation(
    operation: Operation, params: Mapping[str, Any], body: object | None
) -> None:
    """Check an operation's path/query parameters (wire names) and body before sending."""
    if operation.params_model is not None:
        _check(operation.params_model, {k: v for k, v in params.items() if v is not None})
    if operation.body_schema is not None and (body is not None or operation.body_required):
        validate_body(operation.body_schema, body)


def validate_authenticate_client_request(body: Mapping[str, Any]) -> None:
    """``POST /auth/authenticate-client`` body."""
    validate_body("AuthenticateClientRequest", body)


def validate_check_trade_url_request(body: Mapping[str, Any]) -> None:
    """``POST /secure/check-tradeurl`` body."""
    validate_body("CheckTradeUrlRequest", body)


def validate_deposit_request(body: Mapping[str, Any]) -> None:
    """``POST /client/trading/deposit`` body."""
    validate_body("DepositRequest", body)


def validate_sell_request(body: Mapping[str, Any]) -> None:
    """``POST /secure/sell`` body."""
    validate_body("SellRequest", body)


def validate_withdraw_request(body: Mapping[str, Any]) -> None:
    """``POST /client/trading/withdraw`` body."""
    validate_body("WithdrawRequest", body)


def validate_buy_request(body: Mapping[str, Any]) -> None:
    """``POST /secure/buy`` body."""
    validate_body("BuyRequest", body)


def validate_quick_withdraw_request(body: Mapping[str, Any]) -> None:
    """``POST /client/trading/withdraw/quick`` body."""
    validate_body("QuickWithdrawRequest", body)


def validate_quick_buy_request(body: Mapping[str, Any]) -> None:
    """``POST /secure/buy/quick`` body."""
    validate_body("QuickBuyRequest", body)


def validate_crypto_withdraw_request(body: Mapping[str, Any]) -> None:
    """``POST /client/crypto/withdraw`` body."""
    validate_body("CryptoWithdrawRequest", body)


def validate_merchant_crypto_withdraw_request(body: Mapping[str, Any]) -> None:
    """``POST /secure/crypto/withdraw`` body."""
    validate_body("MerchantCryptoWithdrawRequest", body)


def validate_verification_start_request(body: Mapping[str, Any]) -> None:
    """``POST /client/verification/start`` body."""
    validate_body("VerificationStartRequest", body)


__all__ = [
    "RequestValidationError",
    "is_steam_id",
    "is_trade_url",
    "to_json",
    "validate_authenticate_client_request",
    "validate_body",
    "validate_buy_request",
    "validate_check_trade_url_request",
    "validate_crypto_withdraw_request",
    "validate_deposit_request",
    "validate_merchant_crypto_withdraw_request",
    "validate_operation",
    "validate_quick_buy_request",
    "validate_quick_withdraw_request",
    "validate_sell_request",
    "validate_verification_start_request",
    "validate_withdraw_request",
]
