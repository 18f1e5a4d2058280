"""Typed callback events, recognised from the body alone (deliveries do not name their event).

    {"trade": {type: withdraw, status: initiated, ...}}      -> WithdrawApprovalRequest
    {"trade": {...}}                                         -> TradeEvent
    {"withdrawal": {status: awaiting_approval, ...}}         -> CryptoWithdrawalApprovalRequest
    {"withdrawal": {...}}                                    -> CryptoWithdrawalEvent
    {"deposit": {...}}                                       -> CryptoDepositEvent
    anything else                                            -> UnknownEvent

A body whose object the generated model cannot read at all (a ``trade`` that is a string,
required keys missing, more than one of trade/withdrawal/deposit) becomes an UnknownEvent
instead of an exception; unknown enum values are not such a failure, the models keep them.
An UnknownEvent that looks like an approval request has ``suspected_approval`` set, and
``handle`` refuses to acknowledge it with a 2xx (a 2xx would approve the withdrawal).

A body that is exactly ``{kind: object}``, everything in it declared by the spec, is decoded
from its bytes straight into the model (``classify_body``) and classified by the same rules from
the model's values; its ``raw`` is parsed when first read. Anything else is parsed into dicts
and classified from those (``classify``), which decides.

The generated models are imported on first use: importing ``assetpay_client`` loads its HTTP
client, and this package must stay importable without one.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs

from assetpay._json import loads, warm

if TYPE_CHECKING:
    from assetpay_client.models.crypto_deposit import CryptoDeposit
    from assetpay_client.models.crypto_deposit_status import CryptoDepositStatus
    from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
    from assetpay_client.models.crypto_withdrawal_status import CryptoWithdrawalStatus
    from assetpay_client.models.trade import Trade
    from assetpay_client.models.trade_status import TradeStatus


@attrs.frozen(eq=False)
class _Delivery:
    delivery_id: str
    """The ``id=`` of the signature header; the same across retries of a regular event."""
    timestamp: datetime
    """The ``t=`` of the signature header, as an aware UTC datetime."""
    raw: Any
    """The parsed JSON body (a dict for every kind but UnknownEvent); parsed when first read for
    an event decoded straight from the body."""
    # the body, for an event made straight from it (classify_body): raw is parsed on first read
    _body: bytes | None = attrs.field(default=None, init=False, repr=False)

    @property
    def dedupe_key(self) -> str:
        """What identifies this delivery across retries: the delivery id."""
        return self.delivery_id

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattr__(self, name: str) -> Any:
            if name == "raw":
                return _parse_raw(self)
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )


D = TypeVar("D", bound=_Delivery)
T = TypeVar("T")
_RAW_LOCK = threading.Lock()


def _parse_raw(event: _Delivery) -> Any:
    """Parse, store and return the ``raw`` of an event made by classify_body (one thread parses,
    every reader gets the same object). The body parsed once already, the same way: it cannot
    fail here."""
    with _RAW_LOCK:
        try:
            return object.__getattribute__(event, "raw")
        except AttributeError:
            pass
        body = object.__getattribute__(event, "_body")
        if body is None:  # not such an event: raw was deleted by hand
            raise AttributeError(f"{type(event).__name__!r} object has no attribute 'raw'")
        parsed = loads(body)
        object.__setattr__(event, "raw", parsed)
        object.__setattr__(event, "_body", None)
        return parsed


@attrs.frozen(eq=False)
class TradeEvent(_Delivery):
    """A trade changed status (never an approval request: see WithdrawApprovalRequest)."""

    trade: Trade

    @property
    def status(self) -> TradeStatus:
        """The trade's new status, which is the event."""
        return self.trade.status


@attrs.frozen(eq=False)
class WithdrawApprovalRequest(_Delivery):
    """A skin withdrawal (``type: withdraw``, ``status: initiated``) waiting for your verdict.

    Answer with ``approve()`` after debiting the user, or ``reject(reason)``.
    """

    trade: Trade

    @property
    def status(self) -> TradeStatus:
        return self.trade.status

    @property
    def dedupe_key(self) -> str:
        """The trade id: every approval attempt has a new delivery id."""
        return str(self.trade.id)


@attrs.frozen(eq=False)
class CryptoDepositEvent(_Delivery):
    """A crypto deposit of an end user was seen or changed status."""

    deposit: CryptoDeposit

    @property
    def status(self) -> CryptoDepositStatus:
        return self.deposit.status


@attrs.frozen(eq=False)
class CryptoWithdrawalEvent(_Delivery):
    """A crypto withdrawal changed status (not ``awaiting_approval``)."""

    withdrawal: CryptoWithdrawal

    @property
    def status(self) -> CryptoWithdrawalStatus:
        return self.withdrawal.status


@attrs.frozen(eq=False)
class CryptoWithdrawalApprovalRequest(_Delivery):
    """A client crypto withdrawal in ``awaiting_approval``; answer approve() or reject()."""

    withdrawal: CryptoWithdrawal

    @property
    def status(self) -> CryptoWithdrawalStatus:
        return self.withdrawal.status

    @property
    def dedupe_key(self) -> str:
        """The withdrawal id: every approval attempt has a new delivery id."""
        return str(self.withdrawal.id)


@attrs.frozen(eq=False)
class UnknownEvent(_Delivery):
    """A verified body this library does not recognise; ``body`` is the parsed JSON."""

    why: str
    """Why it was not recognised (for logs)."""
    suspected_approval: bool = False
    """It resembles an approval request, so it must not be acknowledged with a 2xx."""

    @property
    def body(self) -> Any:
        return self.raw


ApprovalRequest: TypeAlias = WithdrawApprovalRequest | CryptoWithdrawalApprovalRequest
Notification: TypeAlias = TradeEvent | CryptoDepositEvent | CryptoWithdrawalEvent | UnknownEvent
Event: TypeAlias = ApprovalRequest | Notification

_KINDS = ("trade", "withdrawal", "deposit")


@functools.cache
def _models() -> tuple[type[Trade], type[CryptoDeposit], type[CryptoWithdrawal], Any]:
    from assetpay_client._lazy import materialize
    from assetpay_client.models.crypto_deposit import CryptoDeposit
    from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
    from assetpay_client.models.trade import Trade

    return Trade, CryptoDeposit, CryptoWithdrawal, materialize


@functools.cache
def _converter() -> Any:
    from assetpay_client._decode import convert

    return convert


def _convert(cls: type[T], obj: Mapping[str, Any]) -> T | None:
    """The model msgspec makes of ``obj`` once it is loaded (assetpay._json.warm), else None."""
    if not warm():
        return None
    found: T | None = _converter()(cls, obj)
    return found


@functools.cache
def _members() -> tuple[Any, tuple[tuple[str, type[Any]], ...]]:
    from assetpay_client._decode import decode_members

    trade_model, deposit_model, withdrawal_model, _ = _models()
    return decode_members, tuple(
        zip(_KINDS, (trade_model, withdrawal_model, deposit_model), strict=True)
    )


def _folded(value: object) -> str:
    return value.strip().casefold() if isinstance(value, str) else ""


# The approval rules, read by classify (from the parsed body) and classify_body (from the model's
# values, which are the JSON's strings): exactly an approval request by the letter of the
# protocol, and what only resembles one (case and whitespace ignored) and so must not get a 2xx.


def _is_approval(kind: str, type_value: object, status: object) -> bool:
    if kind == "trade":
        return type_value == "withdraw" and status == "initiated"
    return kind == "withdrawal" and status == "awaiting_approval"


def _looks_like_approval(kind: str, type_value: object, status: object) -> bool:
    if kind == "trade":
        return _folded(type_value) != "deposit" and _folded(status) in ("initiated", "")
    return kind == "withdrawal" and _folded(status) in ("awaiting_approval", "")


def resembles_approval(raw: object) -> bool:
    """Loosely: could this body be an approval request? (Case and whitespace ignored.)"""
    if not isinstance(raw, Mapping):
        return False
    for kind in ("trade", "withdrawal"):
        obj = raw.get(kind)
        if isinstance(obj, Mapping) and _looks_like_approval(
            kind, obj.get("type"), obj.get("status")
        ):
            return True
    return False


# kind -> (its notification, its approval request)
_EVENTS: dict[str, tuple[type[Event], type[ApprovalRequest] | None]] = {
    "trade": (TradeEvent, WithdrawApprovalRequest),
    "withdrawal": (CryptoWithdrawalEvent, CryptoWithdrawalApprovalRequest),
    "deposit": (CryptoDepositEvent, None),
}


def _made(cls: type[D], delivery_id: str, timestamp: datetime, body: bytes, model: Any) -> D:
    """An event whose raw is parsed from ``body`` when first read."""
    event = cls(delivery_id, timestamp, None, model)  # type: ignore[call-arg]
    object.__delattr__(event, "raw")
    object.__setattr__(event, "_body", body)
    return event


def _string(model: Any, name: str) -> str | None:
    """The JSON string of a model's enum (or plain) attribute; None when it is not one."""
    value = getattr(model, name, None)
    value = getattr(value, "value", value)
    return value if isinstance(value, str) else None


def classify_body(body: bytes, delivery_id: str, timestamp: datetime) -> Event | None:
    """The event of a verified body, decoded from its bytes straight into the model, or None:
    then parse it and ``classify`` the parsed body, which decides.

    Only a body that is exactly ``{kind: object}`` with its object read whole by the model
    (assetpay_client._decode.decode_members: nothing undeclared, anywhere) is taken this way, and
    it is classified by the same rules as ``classify`` applied to the model's values: an enum
    keeps the JSON's string, unknown ones included, so "is it exactly an approval request" and
    "does it resemble one" read the same strings. Anything else (``"Initiated"``, an approval
    without a string id, several kinds) goes the ordinary way. Why: 0.4x the time of parsing the
    body into dicts and converting those (the parsed body, ``raw``, is made when first read).
    """
    decode_members, members = _members()
    found = decode_members(members, body)
    if found is None or len(found) != 1:
        return None
    ((kind, model),) = found.items()
    status = _string(model, "status")
    type_value = _string(model, "type_") if kind == "trade" else None
    if status is None or (kind == "trade" and type_value is None):
        return None
    notification, approval = _EVENTS[kind]
    if approval is not None and _is_approval(kind, type_value, status):
        if not isinstance(model.id, str) or not model.id:
            return None
        _, _, _, materialize = _models()
        try:
            whole = materialize(model)
        except Exception:  # a list inside that cannot be parsed: classify decides
            return None
        return _made(approval, delivery_id, timestamp, body, whole)
    if _looks_like_approval(kind, type_value, status):
        return None
    return _made(notification, delivery_id, timestamp, body, model)


def classify(raw: Any, delivery_id: str, timestamp: datetime) -> Event:
    """Turn a verified, parsed body into its event; never raises for any JSON value.

    The model is made by msgspec from the parsed object (assetpay_client._decode.convert:
    several times faster than from_dict, with equal results) once msgspec is loaded
    (assetpay._json), by from_dict before that or when msgspec refuses.
    """
    suspected = resembles_approval(raw)

    def unknown(why: str) -> UnknownEvent:
        return UnknownEvent(delivery_id, timestamp, raw, why, suspected)

    if not isinstance(raw, dict):
        return unknown("the body is not a JSON object")
    present = [kind for kind in _KINDS if kind in raw]
    if len(present) != 1:
        return unknown("expected exactly one of trade, withdrawal, deposit")
    kind = present[0]
    obj = raw[kind]
    if not isinstance(obj, dict):
        return unknown(f"{kind} is not an object")
    trade_model, deposit_model, withdrawal_model, materialize = _models()

    def model(cls: type[Any]) -> Any:
        found = _convert(cls, obj)
        return cls.from_dict(obj) if found is None else found

    event: Event
    try:
        if kind == "trade":
            trade = model(trade_model)
            if _is_approval(kind, obj.get("type"), obj.get("status")):
                # lists of nested models are built on first read; an approval is parsed whole
                # now, so a malformed one never reaches on_approval
                event = WithdrawApprovalRequest(delivery_id, timestamp, raw, materialize(trade))
            else:
                event = TradeEvent(delivery_id, timestamp, raw, trade)
        elif kind == "withdrawal":
            withdrawal = model(withdrawal_model)
            if _is_approval(kind, obj.get("type"), obj.get("status")):
                event = CryptoWithdrawalApprovalRequest(
                    delivery_id, timestamp, raw, materialize(withdrawal)
                )
            else:
                event = CryptoWithdrawalEvent(delivery_id, timestamp, raw, withdrawal)
        else:
            event = CryptoDepositEvent(delivery_id, timestamp, raw, model(deposit_model))
    except Exception:  # the models raise whatever dict/enum/datetime raise on bad input
        return unknown(f"the {kind} object does not match the schema")
    if isinstance(event, WithdrawApprovalRequest | CryptoWithdrawalApprovalRequest):
        key = obj.get("id")
        if not isinstance(key, str) or not key:
            return unknown(f"the {kind} to approve has no string id")
    elif suspected:
        # e.g. status "Initiated" or type "WITHDRAW": not an approval by the letter of the
        # protocol, but acknowledging it with 2xx could approve a withdrawal.
        return unknown(f"the {kind} resembles an approval request but is not one exactly")
    return event
