"""Client tokens: the HS256 JWTs that end-user calls carry as ``Authorization: Bearer <token>``.

A merchant that knows its API secret and merchant id signs tokens locally, byte for byte as
AssetPay's own signer does: header ``{"alg":"HS256","userId":<merchantId>}`` (no ``typ``), payload
``{"merchantId","client":{"steamID","tradeUrl","clientData"?,"clientId"?},"iat","exp"}`` in that
key order, compact JSON, base64url without padding, HMAC-SHA256 keyed with the API secret.
Identities are validated before anything is signed or sent.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from assetpay._secret import Secret
from assetpay.errors import RequestValidationError, request_validation_error

#: Maximum and default token lifetime, in seconds.
MAX_TTL = 86_400
#: Tokens are renewed this many seconds before they expire.
RENEW_BEFORE = 300

STEAM_ID_RE = re.compile(r"^76561[0-9]{12}$")
TRADE_URL_RE = re.compile(
    r"^https://steamcommunity\.com/tradeoffer/new/\?partner=[0-9]{1,10}&token=[A-Za-z0-9_-]{8}$"
)

# snake_case argument name -> wire name, in the order the wire uses.
CLIENT_DATA_KEYS: Mapping[str, str] = {
    "total_wager": "totalWager",
    "registration_date": "registrationDate",
    "kyc_hash": "kycHash",
    "kyc_level": "kycLevel",
    "fiat_deposits": "fiatDeposits",
    "crypto_deposits": "cryptoDeposits",
}
_WIRE_KEYS = {wire: wire for wire in CLIENT_DATA_KEYS.values()}


def is_steam_id(value: object) -> bool:
    """True for a SteamID64 string (17 digits starting with 76561)."""
    return isinstance(value, str) and STEAM_ID_RE.fullmatch(value) is not None


def is_trade_url(value: object) -> bool:
    """True for a Steam trade-offer URL with partner id and 8-character token."""
    return isinstance(value, str) and TRADE_URL_RE.fullmatch(value) is not None


def _iso(value: datetime | date) -> str:
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _finite(value: float) -> bool:
    """A number JSON readers can hold (huge integers would read as Infinity)."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _client_data_value(wire: str, value: Any) -> tuple[Any, str | None]:
    """Return (normalised value, reason-if-invalid) for one clientData entry."""
    if wire == "totalWager":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and _finite(value) and value >= 0:
            return value, None
        return None, "must be a finite number >= 0"
    if wire == "kycLevel":
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value, None
        return None, "must be an integer >= 0"
    if wire in ("fiatDeposits", "cryptoDeposits"):
        return (value, None) if isinstance(value, bool) else (None, "must be a boolean")
    if wire == "kycHash":
        return (value, None) if isinstance(value, str) else (None, "must be a string")
    # registrationDate
    if value is None:
        return None, None
    if isinstance(value, datetime | date):
        return _iso(value), None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None, "must be an ISO 8601 date-time"
        return _iso(parsed), None
    return None, "must be a date-time"


def normalize_client_data(client_data: Mapping[str, Any] | Any | None) -> dict[str, Any] | None:
    """Validate ``client_data`` and return it with wire (camelCase) keys.

    Accepts a mapping with snake_case keys (``total_wager``) or wire keys (``totalWager``), or the
    generated ``ClientData`` model. Unknown keys and wrong types raise
    ``RequestValidationError`` (``VALIDATION_FAILED``) with ``fields`` such as
    ``clientData.totalWager``.
    """
    if client_data is None:
        return None
    if not isinstance(client_data, Mapping):
        to_dict = getattr(client_data, "to_dict", None)
        if not callable(to_dict):
            raise request_validation_error(
                "VALIDATION_FAILED", {"clientData": "must be a mapping or a ClientData model"}
            )
        client_data = to_dict()
        assert isinstance(client_data, Mapping)  # the generated models return dicts
    out: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key, value in client_data.items():
        wire = CLIENT_DATA_KEYS.get(key) or _WIRE_KEYS.get(key)
        if wire is None:
            problems[f"clientData.{key}"] = "unknown key"
            continue
        if wire in out:
            problems[f"clientData.{wire}"] = "given twice"
            continue
        normalised, reason = _client_data_value(wire, value)
        if reason:
            problems[f"clientData.{wire}"] = reason
        else:
            out[wire] = normalised
    if problems:
        raise request_validation_error("VALIDATION_FAILED", problems)
    return out


@dataclass(frozen=True)
class ClientIdentity:
    """One end user as the API sees them. Build with :func:`client_identity` to validate."""

    steam_id: str
    trade_url: str
    client_id: str | None = None
    client_data_json: str | None = None

    @property
    def client_data(self) -> dict[str, Any] | None:
        if self.client_data_json is None:
            return None
        data: dict[str, Any] = json.loads(self.client_data_json)
        return data

    def __repr__(self) -> str:
        return f"ClientIdentity(steam_id={self.steam_id!r}, client_id={self.client_id!r})"


def client_identity(
    steam_id: str,
    trade_url: str,
    client_id: str | None = None,
    client_data: Mapping[str, Any] | Any | None = None,
) -> ClientIdentity:
    """Validate an end user's identity (raises ``RequestValidationError``).

    ``INVALID_TRADEURL`` for a bad trade URL, otherwise ``VALIDATION_FAILED`` with ``fields``
    named as in the authenticate-client body (``clientSteamId``, ``clientId``, ...).
    """
    if not is_trade_url(trade_url):
        raise request_validation_error(
            "INVALID_TRADEURL", {"clientTradeUrl": "must be a Steam trade-offer URL"}
        )
    problems: dict[str, str] = {}
    if not is_steam_id(steam_id):
        problems["clientSteamId"] = "must be a SteamID64 (17 digits starting with 76561)"
    if client_id is not None and (not isinstance(client_id, str) or len(client_id) > 128):
        problems["clientId"] = "must be a string of at most 128 characters"
    try:
        data = normalize_client_data(client_data)
    except RequestValidationError as err:
        problems.update(err.fields)
        data = None
    if problems:
        raise request_validation_error("VALIDATION_FAILED", problems)
    data_json = None if data is None else json.dumps(data, separators=(",", ":"))
    return ClientIdentity(steam_id, trade_url, client_id, data_json)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64url_json(obj: object) -> str:
    return _b64url(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def mint(
    identity: ClientIdentity,
    *,
    merchant_id: str,
    api_secret: str | Secret,
    ttl: int = MAX_TTL,
    now: float | None = None,
) -> str:
    """Sign a client token for ``identity`` (see the module docstring for the exact format).

    ``api_secret`` may be a :class:`assetpay._secret.Secret`, which keeps it out of this frame's
    local variables (as the client does).
    """
    if isinstance(ttl, bool) or not isinstance(ttl, int) or not 1 <= ttl <= MAX_TTL:
        raise request_validation_error("VALIDATION_FAILED", {"ttl": "must be 1 to 86400 seconds"})
    if not merchant_id or not api_secret:
        raise request_validation_error(
            "VALIDATION_FAILED", {"merchantId": "merchant id and API secret are required to mint"}
        )
    client: dict[str, Any] = {"steamID": identity.steam_id, "tradeUrl": identity.trade_url}
    if identity.client_data is not None:
        client["clientData"] = identity.client_data
    if identity.client_id is not None:
        client["clientId"] = identity.client_id
    iat = int(time.time() if now is None else now)
    header = {"alg": "HS256", "userId": merchant_id}
    payload = {"merchantId": merchant_id, "client": client, "iat": iat, "exp": iat + ttl}
    signing_input = f"{_b64url_json(header)}.{_b64url_json(payload)}"
    signature = hmac.new(
        (api_secret.reveal() if isinstance(api_secret, Secret) else api_secret).encode("utf-8"),
        signing_input.encode("ascii"),
        hashlib.sha256,
    ).digest()
    return f"{signing_input}.{_b64url(signature)}"


def token_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT, without checking its signature; None when it cannot be read."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    segment = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(segment.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError, RecursionError):
        return None
    return claims if isinstance(claims, dict) else None


def merchant_id_of(token: str) -> str | None:
    """The ``merchantId`` claim of a client token (API-issued or minted), if present."""
    claims = token_claims(token)
    value = claims.get("merchantId") if claims else None
    return value if isinstance(value, str) and value else None


def expires_at(token: str) -> float | None:
    """The ``exp`` claim (Unix seconds), or None when absent or unreadable."""
    claims = token_claims(token)
    value = claims.get("exp") if claims else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if math.isfinite(seconds) else None


class TokenCache:
    """Tokens per identity, handed out until 5 minutes before they expire. Thread-safe.

    Tokens without a readable ``exp`` are taken to live 24 hours from when they were stored.
    """

    def __init__(self, *, renew_before: float = RENEW_BEFORE) -> None:
        self._renew_before = renew_before
        self._tokens: dict[ClientIdentity, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def get(self, identity: ClientIdentity, *, now: float | None = None) -> str | None:
        current = time.time() if now is None else now
        with self._lock:
            entry = self._tokens.get(identity)
        if entry is None or entry[1] - self._renew_before <= current:
            return None
        return entry[0]

    def put(self, identity: ClientIdentity, token: str, *, now: float | None = None) -> None:
        current = time.time() if now is None else now
        expiry = expires_at(token) or current + MAX_TTL
        with self._lock:
            self._tokens[identity] = (token, expiry)

    def discard(self, identity: ClientIdentity, token: str | None = None) -> None:
        """Forget the identity's token (only if it is still ``token``, when given)."""
        with self._lock:
            entry = self._tokens.get(identity)
            if entry is not None and (token is None or entry[0] == token):
                del self._tokens[identity]

    def __repr__(self) -> str:
        return f"TokenCache({len(self._tokens)} identities)"


__all__ = [
    "MAX_TTL",
    "RENEW_BEFORE",
    "ClientIdentity",
    "TokenCache",
    "client_identity",
    "expires_at",
    "is_steam_id",
    "is_trade_url",
    "merchant_id_of",
    "mint",
    "normalize_client_data",
    "token_claims",
]
