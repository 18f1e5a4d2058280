"""The X-AssetPay-Signature header: checking it and, for tests, producing it.

Header: ``t=<ISO-8601>,id=<delivery id>,s=<64 hex>[,s1=<64 hex>]``. The signed message is the
bytes ``<id>.<t>.<raw body>`` with ``id`` and ``t`` exactly as sent; ``s`` is the lower-case hex
HMAC-SHA256 of it keyed with the API secret (``s1``: the same with the previous secret while a
rotation is in its grace window).

The secrets are held in :class:`SigningKeys` (masked ``repr``) and the expected signature is never
bound to a variable of a frame that raises, so an error tracker recording local variables finds
neither the secret, its bytes, nor a valid signature for the body.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets as _secrets
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Final, NamedTuple

from ._errors import WebhookConfigurationError, WebhookVerificationError

HEADER: Final = "X-AssetPay-Signature"

# Longer headers are refused before any parsing: a real one is about 150 characters.
_MAX_HEADER_CHARS: Final = 4096
_HEX64: Final = re.compile(r"[0-9a-fA-F]{64}", re.ASCII)
_KNOWN_KEYS: Final = ("t", "id", "s", "s1")
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


class SignedHeader(NamedTuple):
    """What a verified header told us."""

    delivery_id: str
    timestamp: datetime


class SigningKeys:
    """The webhook secrets as HMAC keys. Never shown: ``repr`` says only how many there are."""

    __slots__ = ("_keys",)

    def __init__(self, keys: Sequence[bytes]) -> None:
        self._keys = tuple(keys)

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, message: bytes, candidates: Sequence[str]) -> bool:
        """True when a lower-case hex candidate is the HMAC-SHA256 of ``message`` under a key.

        Every key is compared with every candidate, with ``hmac.compare_digest`` only: the work
        done does not depend on which candidate matched.
        """
        matched = False
        for key in self._keys:
            expected = hmac.digest(key, message, "sha256").hex()  # one-shot, in C
            for candidate in candidates:
                matched |= hmac.compare_digest(expected, candidate)
        return matched

    def __repr__(self) -> str:
        return f"SigningKeys(<{len(self._keys)} hidden>)"

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("SigningKeys cannot be pickled")


def signing_keys(secret: object) -> SigningKeys | WebhookConfigurationError:
    """The ``secret`` argument as :class:`SigningKeys`, or the error saying why it cannot work.

    Returns the error instead of raising it, so the caller can drop its reference to the plain
    secret before raising (the frame that raises is what an error tracker records).
    """
    if isinstance(secret, str):
        candidates: Sequence[object] = (secret,)
    elif isinstance(secret, bytes | bytearray | memoryview) or not isinstance(secret, Sequence):
        return WebhookConfigurationError("secret must be a str or a sequence of str")
    else:
        candidates = secret
    if not candidates:
        return WebhookConfigurationError("no webhook secret configured (empty list)")
    keys: list[bytes] = []
    for candidate in candidates:
        if not isinstance(candidate, str):
            return WebhookConfigurationError("every webhook secret must be a str")
        if not candidate:
            return WebhookConfigurationError("a webhook secret is the empty string")
        try:
            keys.append(candidate.encode("utf-8"))
        except UnicodeEncodeError:
            return WebhookConfigurationError("a webhook secret is not valid Unicode")
    return SigningKeys(keys)


def secrets_of(secret: str | Sequence[str]) -> SigningKeys:
    """The ``secret`` argument as signing keys; raises for configurations that cannot work."""
    keys = signing_keys(secret)
    del secret  # not in this frame when the error below is raised
    if isinstance(keys, WebhookConfigurationError):
        raise keys
    return keys


def tolerance_of(tolerance: float) -> timedelta:
    """The allowed clock distance as a timedelta; negative, NaN or huge values are refused."""
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise WebhookConfigurationError("tolerance must be a number of seconds")
    if not 0 <= tolerance <= 10**9:  # also false for NaN
        raise WebhookConfigurationError("tolerance must be between 0 and 1e9 seconds")
    return timedelta(seconds=tolerance)


def now_of(now: float | datetime | None) -> datetime:
    """``now`` as an aware UTC datetime (a naive datetime is taken as UTC)."""
    if now is None:
        return datetime.now(UTC)
    if isinstance(now, datetime):
        return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    if isinstance(now, bool) or not isinstance(now, int | float):
        raise WebhookConfigurationError("now must be a datetime or a POSIX timestamp")
    try:
        return _EPOCH + timedelta(seconds=now)
    except (OverflowError, ValueError):
        raise WebhookConfigurationError("now is not a representable time") from None


def body_bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    """The raw body as bytes; a str is taken as its UTF-8 encoding."""
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        # surrogatepass: a str that cannot have come off the wire still gets a definite
        # encoding (so it fails verification or JSON parsing instead of raising).
        return body.encode("utf-8", "surrogatepass")
    raise WebhookConfigurationError(
        "body must be the raw request body (bytes or str), not an already parsed object"
    )


def _malformed(detail: str) -> WebhookVerificationError:
    return WebhookVerificationError("malformed", detail)


def _segments(header: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for segment in header.split(","):
        if not segment.strip():
            continue  # tolerate a trailing or doubled comma
        key, sep, value = segment.partition("=")
        key = key.strip()
        if not sep or not key:
            raise _malformed("every segment must be key=value")
        if key in parts:
            raise _malformed("a segment key appears twice")
        parts[key] = value.strip()
    return parts


def _parse_timestamp(raw: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(raw)
    except (ValueError, TypeError, OverflowError):
        raise _malformed("t is not an ISO-8601 timestamp") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        raise WebhookVerificationError(
            "timestamp_out_of_range", "t is outside the representable range"
        ) from None


def check(
    header: str | bytes | None,
    body: bytes,
    keys: SigningKeys | Sequence[bytes],
    tolerance: timedelta,
    now: datetime,
) -> SignedHeader:
    """Check a signature header against the raw body; raise WebhookVerificationError if it fails.

    The checks run in the documented order: header present, well formed, timestamp within
    ``tolerance`` of ``now`` (both ends inclusive), then the HMAC of every key against ``s`` and
    ``s1``, compared with ``hmac.compare_digest`` only.
    """
    if header is None:
        raise WebhookVerificationError("missing_header", f"no {HEADER} header")
    if isinstance(header, bytes | bytearray):
        try:
            header = bytes(header).decode("ascii")
        except UnicodeDecodeError:
            raise _malformed("the header is not ASCII") from None
    if not isinstance(header, str):
        raise _malformed("the header is not a string")
    if not header:
        raise WebhookVerificationError("missing_header", f"empty {HEADER} header")
    if len(header) > _MAX_HEADER_CHARS:
        raise _malformed("the header is too long")

    parts = _segments(header)
    t = parts.get("t")
    delivery_id = parts.get("id")
    if not t:
        raise _malformed("no t segment")
    if not delivery_id:
        raise _malformed("no id segment")
    candidates: list[str] = []
    for name in ("s", "s1"):
        value = parts.get(name)
        if value is None:
            continue
        if not _HEX64.fullmatch(value):
            raise _malformed(f"{name} is not 64 hex characters")
        candidates.append(value.lower())
    if not candidates:
        raise _malformed("no s segment")
    timestamp = _parse_timestamp(t)
    try:
        prefix = f"{delivery_id}.{t}.".encode()
    except UnicodeEncodeError:
        raise _malformed("id or t is not valid Unicode") from None

    try:
        skew = abs(now - timestamp)
    except OverflowError:
        skew = timedelta.max
    if skew > tolerance:
        raise WebhookVerificationError(
            "timestamp_out_of_range",
            f"t is {skew.total_seconds():.0f} s from now "
            f"(tolerance {tolerance.total_seconds():g} s)",
        )

    signer = keys if isinstance(keys, SigningKeys) else SigningKeys(keys)
    if not signer.matches(prefix + body, candidates):
        raise WebhookVerificationError(
            "signature_mismatch", "no signature matches a trusted secret"
        )
    return SignedHeader(delivery_id, timestamp)


# --- producing signatures (tests and local tooling) ---------------------------------------------


def format_timestamp(moment: datetime) -> str:
    """``2026-03-04T10:00:00.000Z``: UTC, milliseconds, ``Z`` (how AssetPay writes ``t``)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _signature(key: str, delivery_id: str, t: str, body: bytes) -> str:
    message = f"{delivery_id}.{t}.".encode() + body
    return hmac.digest(key.encode("utf-8"), message, "sha256").hex()


def sign(
    body: bytes | str,
    secret: str,
    *,
    delivery_id: str | None = None,
    timestamp: str | datetime | None = None,
    previous_secret: str | None = None,
) -> str:
    """Return an ``X-AssetPay-Signature`` value for ``body``, as AssetPay would send it.

    ``delivery_id`` defaults to a fresh random id; ``timestamp`` defaults to now and, when a
    datetime, is written like AssetPay writes it (a str is used verbatim). With
    ``previous_secret`` the header also carries ``s1``, as during a secret rotation.
    """
    secrets_of([secret] if previous_secret is None else [secret, previous_secret])
    raw = body_bytes(body)
    delivery_id = delivery_id if delivery_id is not None else "dlv_" + _secrets.token_hex(12)
    if timestamp is None:
        timestamp = datetime.now(UTC)
    t = timestamp if isinstance(timestamp, str) else format_timestamp(timestamp)
    for value in (delivery_id, t):
        if not value or "," in value or value != value.strip():
            raise WebhookConfigurationError(
                "delivery_id and timestamp must be non-empty, without commas or outer whitespace"
            )
    header = f"t={t},id={delivery_id},s={_signature(secret, delivery_id, t, raw)}"
    if previous_secret is not None:
        header += f",s1={_signature(previous_secret, delivery_id, t, raw)}"
    return header


def signed_delivery(
    payload: Mapping[str, Any] | bytes | str,
    secret: str,
    *,
    delivery_id: str | None = None,
    timestamp: str | datetime | None = None,
    previous_secret: str | None = None,
) -> tuple[bytes, dict[str, str]]:
    """A body and headers that look exactly like an AssetPay delivery, for testing handlers.

    A mapping is serialised as compact JSON; bytes or str are sent as given. Returns
    ``(body, {"content-type": "application/json", "x-assetpay-signature": ...})``.
    """
    body = (
        json.dumps(dict(payload), separators=(",", ":")).encode()
        if isinstance(payload, Mapping)
        else body_bytes(payload)
    )
    header = sign(
        body,
        secret,
        delivery_id=delivery_id,
        timestamp=timestamp,
        previous_secret=previous_secret,
    )
    return body, {"content-type": "application/json", HEADER.lower(): header}
