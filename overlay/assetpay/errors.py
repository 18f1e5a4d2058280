"""Every failure the assetpay package raises, and how to tell them apart.

::

    AssetPayError                    base of everything raised; .ambiguous: did it take effect?
    ├── APIError                     AssetPay answered with an error envelope: .code .key .message
    │   │                            .messages .http_status .request_id .domain .retryable .fields
    │   │                            .details .retry_after
    │   ├── RequestValidationError   refused before sending: the request breaks the spec
    │   ├── TradingError             1-99       PriceChangedError, ExternalIdExistsError, ...
    │   ├── GenericError             1000-1099  ValidationFailedError, RateLimitedError, ...
    │   ├── AuthError                1100-1199  InvalidTokenError, TokenExpiredError, ...
    │   ├── TwoFactorError           1200-1299
    │   ├── AccessError              1300-1399  ForbiddenError, AccountDisabledError, ...
    │   ├── UserSettingsError        1400-1499
    │   ├── IdempotencyError         1500-1599
    │   ├── FundingError             1600-1699  InsufficientBalanceError, OnchainDepegError, ...
    │   ├── CallbacksError           1700-1799  MerchantNoCallbackUrlError, ...
    │   ├── EmailError               1800-1899
    │   ├── ApiKeysError             1900-1999  InvalidApiKeyError, ApiKeyScopeDeniedError, ...
    │   ├── RiskError                2100-2199
    │   ├── BookingError             2200-2299
    │   ├── VerificationError        2300-2399
    │   ├── LedgerError              2400-2499
    │   └── UnknownAPIError          a code in no range and a key not in the table
    ├── APIConnectionError           the connection failed or broke (.ambiguous: was it sent?)
    │   └── APITimeoutError          no answer in time
    ├── InvalidResponseError         the answer is not a readable AssetPay envelope (or a list
    │                                of models in it is not, raised when the list is first read)
    ├── ConfigurationError           refused before sending: a bad client setting or per-call
    │                                option, or the client lacks what a call needs (an API key)
    └── WebhookError                 assetpay.webhooks: WebhookVerificationError (.reason),
                                     WebhookConfigurationError

Every key of AssetPay's error table has its own class, named ``CamelCase(key) + "Error"``
(``PRICE_CHANGED`` -> ``PriceChangedError``, ``SERVER_ERROR`` -> ``ServerError``), inheriting
the class of its domain. They are generated from ``openapi.yaml``; ``CLASSES_BY_KEY`` lists them.
A request refused locally is both a ``RequestValidationError`` and the class of the key the server
would have answered (``MissingItemsError``, ``TooManyItemsError``, ``InvalidAmountError``,
``InvalidTradeurlError`` or ``ValidationFailedError``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from assetpay_catalogue import errors as catalogue
from assetpay_catalogue.errors import ERRORS_BY_KEY, TRADE_FAILURE_CODES
from assetpay_catalogue.exceptions import *  # noqa: F403 - the generated classes are public API
from assetpay_catalogue.exceptions import (
    CLASSES_BY_CODE,
    CLASSES_BY_KEY,
    DOMAIN_CLASSES,
    APIError,
    AssetPayError,
    UnknownAPIError,
    domain_of,
)
from assetpay_catalogue.exceptions import __all__ as _generated_all

#: Keys the API raises before doing any work: retrying them can never duplicate anything
#: (``safeToRepeat`` in the spec's error table).
REFUSED_BEFORE_WORK = catalogue.SAFE_TO_REPEAT

#: The one 5xx key that states nothing about the outcome: "something failed inside AssetPay".
#: Every other key AssetPay names in a 5xx envelope says what happened (paused, no bots, the offer
#: failed), so that answer is definitive; this one, like a key the client does not know, may
#: follow a trade record that was already written.
OUTCOME_UNKNOWN_KEYS = catalogue.OUTCOME_UNKNOWN


class ConfigurationError(AssetPayError):
    """Refused before anything was sent: a client setting or per-call option is not usable.

    Raised by the ``AssetPay`` / ``AsyncAssetPay`` constructors (``api_key=123``, a ``base_url``
    httpx cannot parse, a negative ``timeout``), by a call whose options are wrong (``timeout``,
    ``max_retries``, ``extra_headers``), and by a call the client lacks credentials for. Never
    ambiguous: nothing reached AssetPay.
    """


class RequestValidationError(APIError):
    """The request breaks the spec's constraints and was not sent.

    ``fields`` maps dotted paths (``items.0.price``) to reasons, like the server's
    ``VALIDATION_FAILED`` answer; ``code``/``key`` are the ones the server documents for the case.
    """

    def __init__(
        self,
        *,
        code: int,
        key: str,
        message: str | Sequence[str] = "",
        http_status: int,
        fields: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            code=code, key=key, message=message, http_status=http_status, fields=fields, **kwargs
        )


class APIConnectionError(AssetPayError):
    """The connection to AssetPay failed or broke.

    ``ambiguous`` is False when the failure proves nothing was sent (refused connection, DNS,
    connect timeout) and True when the request may have reached AssetPay.
    """

    def __init__(self, message: str, *, ambiguous: bool) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


class APITimeoutError(APIConnectionError):
    """AssetPay did not answer in time."""


def _class_for(code: int | None, key: str | None) -> type[APIError]:
    if code is not None and code in CLASSES_BY_CODE:
        return CLASSES_BY_CODE[code]
    if key is not None and key in CLASSES_BY_KEY:
        return CLASSES_BY_KEY[key]
    if code is None:
        return UnknownAPIError
    return DOMAIN_CLASSES[domain_of(code)]


_INT_TEXT = re.compile(r"-?[0-9]{1,12}")


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
        return int(value)
    return None


def _shown(value: object) -> str:
    """A junk value from an answer, short enough for a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def from_envelope(
    body: Mapping[str, Any],
    *,
    http_status: int,
    request_id: str | None = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the exception for an error envelope ``{requestId, success: false, error: {...}}``.

    The class is chosen by ``error.code``; if the code is not in the table, by ``error.key``; if
    neither is known, the domain class of the code's range (``UnknownAPIError`` outside them). A
    partial or odd envelope still gives an ``APIError`` (code 0 / key ``UNKNOWN`` when absent)
    whose message says what could not be read (its ``str`` carries the HTTP status and request
    id); nothing here raises. A 5xx answer is ``ambiguous`` only when its key says nothing about
    the outcome (``SERVER_ERROR``, or a key this client does not know).
    """
    raw_error = body.get("error") if isinstance(body, Mapping) else None
    error: Mapping[str, Any] = raw_error if isinstance(raw_error, Mapping) else {}
    unreadable: list[str] = []
    if not isinstance(raw_error, Mapping):
        unreadable.append("the envelope's `error` is not an object")
    elif not raw_error:
        unreadable.append("the envelope's `error` is empty")
    code = _as_int(error.get("code"))
    raw_key = error.get("key")
    key = raw_key if isinstance(raw_key, str) and raw_key.strip() else None
    if error:
        if code is None:
            raw_code = error.get("code")
            unreadable.append(
                "no code" if raw_code is None else f"unreadable code {_shown(raw_code)}"
            )
        if key is None:
            unreadable.append("no key" if raw_key is None else f"unreadable key {_shown(raw_key)}")
    cls = _class_for(code, key)
    if request_id is None and isinstance(body, Mapping):
        rid = body.get("requestId")
        request_id = rid if isinstance(rid, str) and rid else None
    raw_message = error.get("message")
    message: str | Sequence[str]
    if isinstance(raw_message, str):
        message = raw_message
    elif isinstance(raw_message, list):
        message = [str(m) for m in raw_message]
    else:
        message = "" if raw_message is None else str(raw_message)
    if unreadable:
        notes = "; ".join(unreadable)
        if isinstance(message, str):
            message = (
                f"{message} ({notes})" if message else f"AssetPay sent no readable error: {notes}"
            )
        else:
            message = [*message, notes]
    raw_fields = error.get("fields")
    fields = (
        {str(k): str(v) for k, v in raw_fields.items()} if isinstance(raw_fields, Mapping) else None
    )
    raw_details = error.get("details")
    details = dict(raw_details) if isinstance(raw_details, Mapping) else None
    resolved_key = key or cls.error_key or "UNKNOWN"
    ambiguous = http_status >= 500 and (
        cls.error_key is None or cls.error_key in OUTCOME_UNKNOWN_KEYS
    )
    return cls(
        code=code if code is not None else (cls.error_code or 0),
        key=resolved_key,
        message=message,
        http_status=http_status,
        request_id=request_id,
        fields=fields,
        details=details,
        retry_after=retry_after,
        ambiguous=ambiguous,
    )


_LOCAL_CLASSES: dict[str, type[RequestValidationError]] = {}


def _local_class(key_class: type[APIError]) -> type[RequestValidationError]:
    """A class that is both a RequestValidationError and ``key_class`` (made once per key)."""
    name = f"Local{key_class.__name__}"
    found = _LOCAL_CLASSES.get(name)
    if found is None:
        found = type(name, (RequestValidationError, key_class), {"__module__": __name__})
        _LOCAL_CLASSES[name] = found
        globals()[name] = found  # so pickle finds it by module and name
    return found


def request_validation_error(
    key: str, fields: Mapping[str, str], *, message: str | None = None
) -> RequestValidationError:
    """A ``RequestValidationError`` that is also an instance of ``key``'s class.

    ``key`` is one of the table's keys (``VALIDATION_FAILED``, ``MISSING_ITEMS``, ...); the code
    and HTTP status are the documented ones.
    """
    row = ERRORS_BY_KEY[key]
    text = message or "; ".join(f"{path}: {reason}" for path, reason in list(fields.items())[:5])
    return _local_class(CLASSES_BY_KEY[key])(
        code=row.code if row.code is not None else 0,
        key=key,
        message=text,
        http_status=row.http_status if row.http_status is not None else 400,
        fields=fields,
    )


class TradeFailureInfo(NamedTuple):
    """Meaning of an asynchronous failure code carried on ``Item.error`` / ``Trade.error``."""

    code: str
    level: str
    meaning: str
    known: bool


_FAILURES = {f.code: f for f in TRADE_FAILURE_CODES}


def trade_failure(code: object) -> TradeFailureInfo:
    """Explain an ``Item.error`` / ``Trade.error`` value (a string or a generated enum member).

    Codes AssetPay adds later come back with ``known=False`` instead of failing.
    """
    raw = getattr(code, "value", code)
    text = str(raw)
    found = _FAILURES.get(text)
    if found is None:
        return TradeFailureInfo(text, "unknown", "not in this client's table", False)
    return TradeFailureInfo(found.code, found.level, found.meaning, True)


DECLINE_PENALTY_RATE = Decimal("0.02")
DECLINE_PENALTY_CAP = Decimal("9")


def declined_withdrawal_refund(total: Decimal | int | str | float) -> Decimal:
    """What the merchant wallet gets back for a ``declined`` withdrawal of ``total`` USD.

    The buyer is held responsible: 2% of the total is kept, never more than $9. The result is
    exact (no rounding); floats are converted through ``str`` so 45.0 means 45.00.
    """
    try:
        amount = Decimal(str(total)) if isinstance(total, float) else Decimal(total)
    except (InvalidOperation, TypeError, ValueError):
        amount = Decimal("NaN")
    if not amount.is_finite() or amount < 0:
        raise request_validation_error("INVALID_AMOUNT", {"total": "must be a finite amount >= 0"})
    return amount - min(amount * DECLINE_PENALTY_RATE, DECLINE_PENALTY_CAP)


__all__ = [
    *_generated_all,
    "REFUSED_BEFORE_WORK",
    "APIConnectionError",
    "APITimeoutError",
    "ConfigurationError",
    "OUTCOME_UNKNOWN_KEYS",
    "RequestValidationError",
    "TradeFailureInfo",
    "declined_withdrawal_refund",
    "from_envelope",
    "request_validation_error",
    "trade_failure",
]
