"""The one place that knows the base URL, headers, tokens, retries, envelopes and reconcile.

A call is written once, as a generator that yields actions (:class:`Send` a request, :class:`Sleep`)
and receives their outcomes; :class:`SyncTransport` and :class:`AsyncTransport` drive the same
generator with ``httpx.Client`` or ``httpx.AsyncClient``. Requests are built from the operations
index (``assetpay_catalogue.operations``), checked by :mod:`assetpay.validation`, and answers
parsed by the generated envelope models.
"""

from __future__ import annotations

import functools
import importlib
import logging
import math
import os
import platform
import re
import threading
import time
import uuid
import weakref
from collections.abc import Coroutine, Generator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from types import ModuleType
from typing import Any, Literal, NamedTuple, TypeAlias, TypeVar
from urllib.parse import quote

import httpx

from assetpay import tokens
from assetpay._json import NonFiniteNumberError, fast, loads
from assetpay._secret import Secret, SecretHeader
from assetpay._version import __version__
from assetpay.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AssetPayError,
    ExternalIdExistsError,
    InvalidResponseError,
    from_envelope,
    request_validation_error,
)
from assetpay.errors import ConfigurationError as ConfigurationError  # was defined here
from assetpay.retries import RetryClass, RetryPolicy, nothing_was_sent, parse_retry_after
from assetpay.validation import to_json, validate_operation
from assetpay_catalogue.errors import RENEWS_TOKEN, SAFE_TO_REPEAT
from assetpay_catalogue.operations import OPERATIONS, ROLES, Operation
from assetpay_client.types import UNSET

PRODUCTION_BASE_URL = "https://api.assetpay.gg"
STAGING_BASE_URL = "https://api-staging.assetpay.gg"
DEFAULT_TIMEOUT = 30.0

#: The trade lookup (by id or externalId) that reconcile and ``trades.get_many`` use.
LOOKUP_OPERATION = ROLES["trade-lookup"]

#: Keys after which a client token is fetched or signed anew and the request replayed once
#: (``renewsToken`` in the spec's error table).
TOKEN_KEYS = RENEWS_TOKEN

logger = logging.getLogger("assetpay")

T = TypeVar("T")


def configure_logging_from_env() -> None:
    """``ASSETPAY_LOG=debug|info`` turns the ``assetpay`` logger on (to stderr)."""
    level = os.environ.get("ASSETPAY_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


# A Steam trade token in a URL, plain or percent-encoded (``token=AbCdEfGh``, ``token%3DAbCdEfGh``).
_TRADE_TOKEN = re.compile(r"(token(?:=|%3[dD]))[A-Za-z0-9_-]+")


class TradeTokenFilter(logging.Filter):
    """Masks Steam trade tokens in log lines: ``token=AbCdEfGh`` -> ``token=***``.

    httpx logs every request URL at INFO, and the inventory routes carry the user's trade URL
    (with its token) in the query. The client installs this filter on the ``httpx`` logger.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _TRADE_TOKEN.sub(r"\1***", message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


_TRADE_TOKEN_FILTER = TradeTokenFilter()


def mask_trade_tokens_in_httpx_logs() -> None:
    """Install :class:`TradeTokenFilter` on the ``httpx`` logger (once per process)."""
    httpx_logger = logging.getLogger("httpx")
    if _TRADE_TOKEN_FILTER not in httpx_logger.filters:
        httpx_logger.addFilter(_TRADE_TOKEN_FILTER)


def user_agent() -> str:
    return (
        f"assetpay-python/{__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


# ----------------------------------------------------------------------------- results and meta


@dataclass
class ResponseMeta:
    """What came with a result: HTTP status, headers and AssetPay's ``requestId``.

    ``client_request_id`` is the ``x-request-id`` this client sent (the same on every attempt);
    ``settled_by`` is ``"resent"`` or ``"found"`` when reconcile settled an ambiguous failure.
    """

    http_status: int
    headers: httpx.Headers
    request_id: str | None
    client_request_id: str
    attempts: int = 1
    settled_by: Literal["resent", "found"] | None = None


class ResultList(list[T]):
    """A plain list that can carry its :class:`ResponseMeta` (see :func:`meta`)."""

    __slots__ = ("__weakref__",)


# Results are attrs models (unhashable: eq=True) or lists, so they are keyed by id() and held
# weakly; the entry goes when the result is garbage-collected.
_META: dict[int, tuple[weakref.ref[Any], ResponseMeta]] = {}
_META_LOCK = threading.Lock()


def _forget(key: int, ref: weakref.ref[Any]) -> None:
    with _META_LOCK:
        entry = _META.get(key)
        if entry is not None and entry[0] is ref:
            del _META[key]


def attach_meta(result: T, info: ResponseMeta) -> T:
    """Remember ``info`` for ``result``; lists are wrapped in :class:`ResultList` first."""
    target: Any = result
    if isinstance(result, list) and not isinstance(result, ResultList):
        target = ResultList(result)
    key = id(target)
    try:
        ref = weakref.ref(target, lambda dead: _forget(key, dead))
    except TypeError:  # None, str, ...: nothing to attach to
        return target  # type: ignore[no-any-return]
    with _META_LOCK:
        _META[key] = (ref, info)
    return target  # type: ignore[no-any-return]


def meta(result: object) -> ResponseMeta | None:
    """The :class:`ResponseMeta` of a result returned by this client, or None."""
    with _META_LOCK:
        entry = _META.get(id(result))
    if entry is None or entry[0]() is not result:
        return None
    return entry[1]


# ----------------------------------------------------------------------------- actions


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported by the first async wait: the sync client never loads asyncio
    (a tenth of a fresh process's first call)."""
    import asyncio

    await asyncio.sleep(seconds)


class Send(NamedTuple):
    request: httpx.Request
    #: writes the credential header when httpx sends the request (None: no credential)
    auth: httpx.Auth | None = None


class Sleep(NamedTuple):
    seconds: float


Action: TypeAlias = Send | Sleep
Outcome: TypeAlias = "httpx.Response | BaseException | None"
Flow: TypeAlias = Generator[Action, Any, T]


# ----------------------------------------------------------------------------- configuration


class Settings(NamedTuple):
    """Client-wide settings. The credentials are :class:`Secret` objects (masked everywhere)."""

    api_key: Secret | None = None
    api_secret: Secret | None = None
    merchant_id: str | None = None
    base_url: str = PRODUCTION_BASE_URL
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = 2
    max_retry_wait: float = 5.0
    reconcile: bool = False

    def __repr__(self) -> str:  # the credentials left out
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in self._fields
            if name not in ("api_key", "api_secret")
        )
        return f"Settings({shown})"


#: The most retries a client or a call may ask for (each one may wait up to max_retry_wait).
MAX_RETRIES_LIMIT = 100

# RFC 9110 field names are tokens; values here are visible ASCII, spaces and tabs (httpx sends a
# str header value as ASCII).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_seconds(name: str, value: object, *, zero_ok: bool = False) -> float:
    """``value`` as a finite number of seconds (> 0, or >= 0 with ``zero_ok``)."""
    bound = ">= 0" if zero_ok else "> 0"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds {bound}, not {_kind(value)}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not zero_ok):
        raise ConfigurationError(
            f"{name} must be a finite number of seconds {bound}, not {value!r}"
        )
    return seconds


def check_retries(name: str, value: object) -> int:
    """``value`` as a number of retries, 0 to ``MAX_RETRIES_LIMIT``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, not {_kind(value)}")
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise ConfigurationError(f"{name} must be 0 to {MAX_RETRIES_LIMIT}, not {value!r}")
    return value


def check_headers(value: object) -> dict[str, str]:
    """``extra_headers`` as a dict of header names to values that httpx can send as they are."""
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            f"extra_headers must be a mapping of str to str, not {_kind(value)}"
        )
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ConfigurationError(
                f"extra_headers: {_shown(name)} is not a header name (letters, digits and "
                "!#$%&'*+.^_`|~- only; no spaces, colons or line breaks)"
            )
        if not isinstance(text, str):
            raise ConfigurationError(f"extra_headers[{name!r}] must be a str, not {_kind(text)}")
        if not _HEADER_VALUE.fullmatch(text):
            raise ConfigurationError(
                f"extra_headers[{name!r}]: the value holds a line break, a control character or "
                "a character outside ASCII, which a header cannot carry"
            )
        headers[name] = text
    return headers


def _kind(value: object) -> str:
    return f"a {type(value).__name__}"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class CallOptions(NamedTuple):
    """Per-call overrides (None = the client's setting); checked by :meth:`checked`."""

    timeout: float | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    reconcile: bool | None = None

    def checked(self) -> CallOptions:
        """These options with every value checked; raises ConfigurationError before any send."""
        if self is _NO_OPTIONS or self == _NO_OPTIONS:  # nothing to check (most calls)
            return _NO_OPTIONS
        if self.reconcile is not None and not isinstance(self.reconcile, bool):
            raise ConfigurationError(
                f"reconcile must be True or False, not {_kind(self.reconcile)}"
            )
        return CallOptions(
            timeout=None if self.timeout is None else check_seconds("timeout", self.timeout),
            max_retries=None
            if self.max_retries is None
            else check_retries("max_retries", self.max_retries),
            extra_headers=None if self.extra_headers is None else check_headers(self.extra_headers),
            reconcile=self.reconcile,
        )


_NO_OPTIONS = CallOptions()


class _Auth:
    """How a call authenticates: produces the ``httpx.Auth`` that writes its header."""

    refreshable = False

    def credential(self, client: CallEngine) -> Flow[SecretHeader | None]:
        raise NotImplementedError
        yield  # pragma: no cover - makes this a generator

    def invalidate(self) -> None:
        """Forget the credential that was just refused."""


class _NoAuth(_Auth):
    """Unauthenticated operations (``security: []``, e.g. ``GET /health``)."""

    def credential(self, client: CallEngine) -> Flow[SecretHeader | None]:
        return None
        yield  # pragma: no cover

    def __repr__(self) -> str:
        return "NoAuth()"


NO_AUTH = _NoAuth()


class ApiKeyAuth(_Auth):
    def credential(self, client: CallEngine) -> Flow[SecretHeader]:
        if client.settings.api_key is None:
            raise ConfigurationError("this call needs the merchant API key (api_key=...)")
        return SecretHeader("api-key", client.settings.api_key)
        yield  # pragma: no cover


class IdentityTokenAuth(_Auth):
    """A client token for an identity: cached, minted locally or fetched, renewed on refusal."""

    refreshable = True

    def __init__(self, identity: tokens.ClientIdentity) -> None:
        self.identity = identity
        self._last: Secret | None = None
        self._engine: CallEngine | None = None

    def credential(self, client: CallEngine) -> Flow[SecretHeader]:
        self._engine = client
        cached = client.token_cache.get(self.identity)
        self._last = Secret(cached) if cached is not None else None
        del cached  # the plain token stays out of this frame
        if self._last is None:
            self._last = yield from client.obtain_token(self.identity)
        return SecretHeader("Authorization", self._last, prefix="Bearer ")

    def invalidate(self) -> None:
        if self._engine is not None and self._last is not None:
            self._engine.token_cache.discard(self.identity, self._last.reveal())

    def __repr__(self) -> str:
        return f"IdentityTokenAuth({self.identity!r})"


class FixedTokenAuth(_Auth):
    """A client token supplied by the caller (``with_client_token``); it cannot be renewed."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def credential(self, client: CallEngine) -> Flow[SecretHeader]:
        return SecretHeader("Authorization", self._token, prefix="Bearer ")
        yield  # pragma: no cover

    def __repr__(self) -> str:
        return "FixedTokenAuth(<token>)"


# ----------------------------------------------------------------------------- the call


class Call(NamedTuple):
    """One operation call: its path/query parameters and body by wire name, and how to send it.

    ``params`` values are what a caller passes (enum members, datetimes, plain values; None is
    left out); ``body`` is wire JSON (camelCase keys).
    """

    operation: Operation
    params: Mapping[str, Any]
    body: Mapping[str, Any] | None
    auth: _Auth
    options: CallOptions = _NO_OPTIONS
    external_id: str | None = None


class _NoEnvelope(Exception):
    """An answer without an AssetPay envelope (408 or 5xx from a proxy): maybe retryable."""

    def __init__(self, error: InvalidResponseError) -> None:
        super().__init__(str(error))
        self.error = error


_MODULES: dict[str, ModuleType] = {}


def wire_value(value: Any) -> Any:
    """A path/query value as sent: enum members by value, datetimes in ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _module(name: str) -> ModuleType:
    found = _MODULES.get(name)
    if found is None:
        found = _MODULES[name] = importlib.import_module(name)
    return found


_decode_model: Any = None


def _decoded_success(op: Operation, raw: bytes) -> tuple[Any, str] | None:
    """(data, request id) of a success envelope decoded straight into its model, or None.

    None -- msgspec refused the bytes (assetpay_client._decode says when), or the envelope is
    not a plain success -- sends the answer down the ordinary way, which decides what it means
    and how it fails. assetpay_client._decode is imported on the first answer, not with the
    client.
    """
    global _decode_model
    if _decode_model is None:
        _decode_model = importlib.import_module("assetpay_client._decode").decode
    envelope = _decode_model(getattr(_module(op.envelope_module), op.envelope), raw)
    if envelope is None:
        return None
    request_id = envelope.request_id
    if envelope.success is not True or type(request_id) is not str or not request_id:
        return None
    try:
        data = envelope.data  # a list of models in `data` is built here
    except InvalidResponseError:
        return None
    if data is UNSET:  # the ordinary way refuses an envelope without `data`
        return None
    return data, request_id


def _connection_error(exc: BaseException) -> APIConnectionError:
    ambiguous = not nothing_was_sent(exc)
    kind = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"AssetPay did not answer in time ({kind})", ambiguous=ambiguous)
    return APIConnectionError(f"connection to AssetPay failed ({kind})", ambiguous=ambiguous)


class CallEngine:
    """Settings, token cache and the call flow shared by the sync and async clients."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.token_cache = tokens.TokenCache()
        self._merchant_id = settings.merchant_id
        self._user_agent = user_agent()
        mask_trade_tokens_in_httpx_logs()

    def __repr__(self) -> str:
        return f"CallEngine(base_url={self.settings.base_url!r})"

    # -- tokens ------------------------------------------------------------------------------

    def mint(self, identity: tokens.ClientIdentity, ttl: int = tokens.MAX_TTL) -> str:
        if self.settings.api_secret is None or not self._merchant_id:
            raise ConfigurationError(
                "minting client tokens needs api_secret and merchant_id "
                "(with api_secret alone, the first token comes from the API)"
            )
        return tokens.mint(
            identity, merchant_id=self._merchant_id, api_secret=self.settings.api_secret, ttl=ttl
        )

    def obtain_token(self, identity: tokens.ClientIdentity) -> Flow[Secret]:
        """A fresh token for ``identity``: minted when possible, else issued by the API."""
        if self.settings.api_secret is not None and self._merchant_id:
            token = Secret(self.mint(identity))
        else:
            if self.settings.api_key is None:
                raise ConfigurationError(
                    "client calls need api_secret and merchant_id (to sign tokens) or api_key "
                    "(to have AssetPay issue them)"
                )
            body: dict[str, Any] = {
                "clientSteamId": identity.steam_id,
                "clientTradeUrl": identity.trade_url,
            }
            if identity.client_id is not None:
                body["clientId"] = identity.client_id
            if identity.client_data is not None:
                body["clientData"] = identity.client_data
            issued, _ = yield from self.flow(self.authenticate_call(body, CallOptions()))
            token = Secret(str(issued.token))
            del issued  # the plain token stays out of this frame
            if self.settings.api_secret is not None and not self._merchant_id:
                self._merchant_id = tokens.merchant_id_of(token.reveal())
        self.token_cache.put(identity, token.reveal())
        return token

    def authenticate_call(self, body: Mapping[str, Any], options: CallOptions) -> Call:
        op = OPERATIONS[ROLES["client-token"]]
        return Call(op, {}, body, ApiKeyAuth(), options)

    # -- building ----------------------------------------------------------------------------

    def _prepare(self, call: Call) -> tuple[str, dict[str, Any], str | None]:
        """(path, query, body JSON) of ``call``, checked against the spec before sending."""
        op = call.operation
        wire = {k: wire_value(v) for k, v in call.params.items() if v is not None}
        in_path = {p.name for p in op.params if p.location == "path"}
        # undeclared names go to the query too: `raw` calls declare none (the spec's own
        # operations refuse unknown names in validate_operation)
        query = {name: value for name, value in wire.items() if name not in in_path}
        path = op.path
        for p in op.params:
            if p.location == "path":
                if p.name not in wire:
                    raise request_validation_error(
                        "VALIDATION_FAILED", {p.name: "is required (a path parameter)"}
                    )
                path = path.replace("{" + p.name + "}", quote(str(wire[p.name]), safe=""))
        body = to_json(call.body) if call.body is not None else None
        validate_operation(op, wire, body)
        return path, query, body

    def _headers(self, options: CallOptions, body: str | None, request_id: str) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": self._user_agent,
            "x-request-id": request_id,
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        headers.update(options.extra_headers or {})
        return headers

    def _timeout(self, call: Call, options: CallOptions) -> float:
        if options.timeout is not None:
            return options.timeout
        return max(self.settings.timeout, call.operation.timeout or 0.0)

    # -- answers -----------------------------------------------------------------------------

    def _interpret(self, op: Operation, response: httpx.Response) -> tuple[Any, str | None]:
        status = response.status_code
        raw = response.content
        if op.envelope and 200 <= status < 300 and raw and fast(len(raw)):
            done = _decoded_success(op, raw)
            if done is not None:
                return done
        header_id = response.headers.get("x-request-id")
        try:
            body = loads(raw, counted=True) if raw else None
        except NonFiniteNumberError as exc:
            raise InvalidResponseError(
                f"HTTP {status}: the answer is refused: {exc}",
                http_status=status,
                request_id=header_id,
                ambiguous=not 400 <= status < 500,
            ) from None
        except (ValueError, UnicodeDecodeError, RecursionError):
            body = None
        if not isinstance(body, dict):
            kind = response.headers.get("content-type", "no content type")
            error = InvalidResponseError(
                f"HTTP {status}: the answer is not an AssetPay JSON envelope ({kind})",
                http_status=status,
                request_id=header_id,
                ambiguous=not 400 <= status < 500,
            )
            raise _NoEnvelope(error) if status == 408 or status >= 500 else error
        rid = body.get("requestId")
        request_id = rid if isinstance(rid, str) and rid else header_id
        success = body.get("success")
        if success is False and isinstance(body.get("error"), dict):
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise from_envelope(
                body, http_status=status, request_id=request_id, retry_after=retry_after
            )
        if success is not True or not 200 <= status < 300 or "data" not in body:
            error = InvalidResponseError(
                f"HTTP {status}: not a readable AssetPay envelope "
                "(`success`, `data` or `error` missing or out of place)",
                http_status=status,
                request_id=request_id,
                ambiguous=not 400 <= status < 500,
            )
            raise _NoEnvelope(error) if status == 408 or status >= 500 else error
        if not op.envelope:  # a `raw` call: the data as JSON, no model
            return body["data"], request_id
        envelope = getattr(_module(op.envelope_module), op.envelope)
        if not isinstance(body.get("requestId"), str):
            # the data is what matters; a missing id must not turn a success into a failure
            body = {**body, "requestId": request_id or ""}
        try:
            data = envelope.from_dict(body).data
        # InvalidResponseError: a list of models in `data`, built on first read by `.data`
        except (
            KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError,
            InvalidResponseError,
        ) as exc:  # fmt: skip
            raise InvalidResponseError(
                f"HTTP {status}: the {op.envelope} could not be parsed "
                f"({type(exc).__name__}: {str(exc)[:200]})",
                http_status=status,
                request_id=request_id,
            ) from None
        return data, request_id

    # -- the flow ----------------------------------------------------------------------------

    def flow(self, call: Call, request_id: str | None = None) -> Flow[tuple[Any, ResponseMeta]]:
        """Send ``call`` with retries and token renewal; return (data, meta) or raise.

        Options and the request are checked before anything is sent (ConfigurationError,
        RequestValidationError; neither is ambiguous).
        """
        op = call.operation
        options = call.options.checked()
        path, query, body = self._prepare(call)
        request_id = request_id or str(uuid.uuid4())
        headers = self._headers(options, body, request_id)
        policy = RetryPolicy(
            max_retries=self.settings.max_retries
            if options.max_retries is None
            else options.max_retries,
            max_retry_wait=self.settings.max_retry_wait,
        )
        retry_class = RetryClass(op.retry)
        timeout = self._timeout(call, options)
        url = self.settings.base_url.rstrip("/") + path
        retry_number = 0
        attempts = 0
        token_renewed = False
        while True:
            credential = yield from call.auth.credential(self)
            request = httpx.Request(
                op.method,
                url,
                params=query or None,
                content=body.encode() if body is not None else None,
                headers=headers,
                extensions={"timeout": _timeout_extension(timeout)},
            )
            attempts += 1
            started = time.monotonic()
            outcome = yield Send(request, credential)
            elapsed_ms = (time.monotonic() - started) * 1000
            if isinstance(outcome, BaseException):
                logger.info(
                    "%s %s failed: %s (attempt %d, %.0f ms, x-request-id=%s)",
                    op.method, op.path, type(outcome).__name__, attempts, elapsed_ms, request_id,
                )  # fmt: skip
                decision = policy.on_exception(retry_class, outcome, retry_number)
                if decision.retry:
                    retry_number += 1
                    yield Sleep(decision.delay)
                    continue
                raise _connection_error(outcome) from outcome
            response: httpx.Response = outcome
            logger.info(
                "%s %s -> %d (attempt %d, %.0f ms, x-request-id=%s)",
                op.method, op.path, response.status_code, attempts, elapsed_ms, request_id,
            )  # fmt: skip
            try:
                data, server_id = self._interpret(op, response)
            except APIError as err:
                if err.key in TOKEN_KEYS and call.auth.refreshable and not token_renewed:
                    token_renewed = True
                    call.auth.invalidate()
                    continue
                decision = policy.on_error(retry_class, err, retry_number)
                if decision.retry:
                    retry_number += 1
                    yield Sleep(decision.delay)
                    continue
                raise
            except _NoEnvelope as bad:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                decision = policy.on_status(
                    retry_class, response.status_code, retry_after, retry_number
                )
                if decision.retry:
                    retry_number += 1
                    yield Sleep(decision.delay)
                    continue
                raise bad.error from None
            info = ResponseMeta(
                http_status=response.status_code,
                headers=response.headers,
                request_id=server_id,
                client_request_id=request_id,
                attempts=attempts,
            )
            return data, info

    def reconciling_flow(self, call: Call) -> Flow[tuple[Any, ResponseMeta]]:
        """``flow`` for trade-creating calls, settling ambiguous failures by ``externalId``.

        With reconcile on and an ``external_id``: after an ambiguous failure the same request is
        sent once more; if that answers ``EXTERNAL_ID_EXISTS`` or fails again, the trade is looked
        up with ``GET /secure/trades/{externalId}``. After ``EXTERNAL_ID_EXISTS`` (a repeat of a
        call that was recorded) or a transient refusal that may follow the trade's record
        (``NO_BOTS_AVAILABLE``), the trade is looked up without resending: with reconcile on,
        the trade under the ``externalId`` is this call's trade. The
        result's meta says ``"resent"`` or ``"found"``; when nothing is found, the original error
        is raised. Without reconcile, such a refusal is raised with ``retryable=False`` and advice
        on how to retry, since the same call could be refused or duplicate a trade.
        """
        request_id = str(uuid.uuid4())
        try:
            return (yield from self.flow(call, request_id))
        except AssetPayError as first:
            enabled = (
                self.settings.reconcile
                if call.options.reconcile is None
                else call.options.reconcile
            )
            recorded = isinstance(first, ExternalIdExistsError)
            if isinstance(first, APIError) and (recorded or _may_have_recorded(first)):
                if not (enabled and call.external_id):
                    if not recorded:
                        _not_repeatable_as_made(first, call.external_id)
                    raise
                # the trade is (or may be) recorded under the externalId: look, don't resend
                settled = yield from self._lookup(call.external_id, call.options)
                if settled is None:
                    raise  # nothing was recorded: the same call can be made again
                settled[1].settled_by = "found"
                return settled
            if not (enabled and call.external_id and first.ambiguous):
                raise
            logger.info("reconciling %s (externalId given) after %s", call.operation.operation_id,
                        type(first).__name__)  # fmt: skip
            try:
                data, info = yield from self.flow(call, request_id)
            except ExternalIdExistsError:
                pass
            except AssetPayError:
                pass
            else:
                info.settled_by = "resent"
                return data, info
            found = yield from self._lookup(call.external_id, call.options)
            if found is None:
                raise first from None
            data, info = found
            info.settled_by = "found"
            return data, info

    def _lookup(
        self, external_id: str, options: CallOptions
    ) -> Flow[tuple[Any, ResponseMeta] | None]:
        if self.settings.api_key is None:
            return None
        lookup = Call(
            OPERATIONS[LOOKUP_OPERATION],
            {"tradeId": external_id},
            None,
            ApiKeyAuth(),
            options._replace(reconcile=False),
        )
        try:
            data, info = yield from self.flow(lookup)
        except AssetPayError:
            return None
        if isinstance(data, list):
            data = next((t for t in data if getattr(t, "external_id", None) == external_id), None)
        return None if data is None else (data, info)


def _may_have_recorded(error: APIError) -> bool:
    """A definitive refusal of a trade-creating call that the table calls transient
    (``retryable``) but not ``safeToRepeat``: AssetPay may have recorded the trade first (503
    ``NO_BOTS_AVAILABLE`` leaves a failed trade under the ``externalId``)."""
    transient = error.retryable and not error.ambiguous and error.http_status >= 500
    return transient and error.key not in SAFE_TO_REPEAT  # a 429 is refused before any work


def _not_repeatable_as_made(error: APIError, external_id: str | None) -> None:
    """``retryable`` holds for the call as made: the same call may now be refused or duplicate a
    trade, so it is False, and the message says how to retry."""
    error.retryable = False
    if external_id:
        advice = (
            "the trade may already be recorded under this externalId: repeat the call with "
            "reconcile=True to settle it, or with a new external_id"
        )
    else:
        advice = (
            "a trade may already be recorded: check the trade list before repeating the call, "
            "and send an external_id so that a repeat can be reconciled"
        )
    error.messages = (*error.messages, advice)
    error.message = "; ".join(m for m in error.messages if m)
    error.args = (str(error),)


@functools.lru_cache(maxsize=64)
def _timeout_extension(seconds: float) -> dict[str, float | None]:
    """httpx's per-request timeout extension (built once per value; httpx only reads it)."""
    return httpx.Timeout(seconds).as_dict()


# ----------------------------------------------------------------------------- drivers


def _unbound(response: httpx.Response) -> httpx.Response:
    """``response`` with its stream replaced by one of the body it has read.

    httpx's stream of a response refers back to the response: a reference cycle, so each answer,
    its request, headers and URL, and through the stream its connection's locks and events, waited
    for the cyclic garbage collector (74 objects a request against the sandbox, async; 7 left
    now). The body is read and the connection released; without the cycle all of it is freed when
    the call is done.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


class SyncTransport:
    """Runs call flows with an ``httpx.Client``."""

    def __init__(self, engine: CallEngine, http_client: httpx.Client | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, not {_kind(http_client)}"
            )
        self.engine = engine
        self._owns = http_client is None
        self.http = http_client or httpx.Client(follow_redirects=False)

    def run(self, flow: Flow[T]) -> T:
        try:
            action = next(flow)
            while True:
                if isinstance(action, Sleep):
                    time.sleep(action.seconds)
                    action = flow.send(None)
                    continue
                outcome: httpx.Response | BaseException
                try:
                    response = self.http.send(action.request, auth=action.auth)
                    try:  # already done by httpx (not streamed), unless a client of the
                        response.read()  # program's own returns a stream
                    finally:
                        response.close()
                    outcome = _unbound(response)
                except httpx.HTTPError as exc:
                    outcome = exc
                action = flow.send(outcome)
        except StopIteration as stop:
            result: T = stop.value
            return result

    def call(self, call: Call, *, reconcile: bool = False) -> Any:
        flow = self.engine.reconciling_flow(call) if reconcile else self.engine.flow(call)
        data, info = self.run(flow)
        return attach_meta(data, info)

    def close(self) -> None:
        if self._owns:
            self.http.close()


class AsyncTransport:
    """Runs call flows with an ``httpx.AsyncClient``."""

    def __init__(self, engine: CallEngine, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, not {_kind(http_client)}"
            )
        self.engine = engine
        self._owns = http_client is None
        self.http = http_client or httpx.AsyncClient(follow_redirects=False)

    def run(self, flow: Flow[T]) -> Coroutine[Any, Any, T]:
        return self._drive(flow, meta=False)

    async def _drive(self, flow: Flow[Any], *, meta: bool) -> Any:
        """Run ``flow``; with ``meta``, its (data, ResponseMeta) become the data with the meta
        attached. ``run`` and ``call`` return this coroutine, not one of their own: a request's
        awaits (about 18 on loopback) each pass through every coroutine between the caller and
        httpx."""
        try:
            action = next(flow)
            while True:
                if isinstance(action, Sleep):
                    await async_sleep(action.seconds)
                    action = flow.send(None)
                    continue
                outcome: httpx.Response | BaseException
                try:
                    response = await self.http.send(action.request, auth=action.auth)
                    try:  # already done by httpx (not streamed), unless a client of the
                        await response.aread()  # program's own returns a stream
                    finally:
                        await response.aclose()
                    outcome = _unbound(response)
                except httpx.HTTPError as exc:
                    outcome = exc
                action = flow.send(outcome)
        except StopIteration as stop:
            if not meta:
                return stop.value
            data, info = stop.value
            return attach_meta(data, info)

    def call(self, call: Call, *, reconcile: bool = False) -> Coroutine[Any, Any, Any]:
        flow = self.engine.reconciling_flow(call) if reconcile else self.engine.flow(call)
        return self._drive(flow, meta=True)

    async def close(self) -> None:
        if self._owns:
            await self.http.aclose()
