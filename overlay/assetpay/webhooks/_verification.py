"""verify(): signature header + raw body -> typed event; is_test_ping(): the unsigned URL test."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, TypeAlias

from assetpay._json import fast, loads

from ._errors import WebhookVerificationError
from ._events import Event, classify, classify_body
from ._signature import (
    HEADER,
    SigningKeys,
    body_bytes,
    check,
    now_of,
    signing_keys,
    tolerance_of,
)

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]
Body: TypeAlias = bytes | bytearray | memoryview | str

# The test ping is a few dozen bytes; larger unsigned bodies are not parsed at all.
_MAX_PING_BYTES: Final = 65_536


def verify(
    body: Body,
    signature: str | None,
    secret: str | Sequence[str],
    *,
    tolerance: float = 300,
    now: float | datetime | None = None,
) -> Event:
    """Authenticate one callback and return its typed event.

    ``body`` is the raw request body exactly as received; ``signature`` the value of the
    ``X-AssetPay-Signature`` header (None when absent); ``secret`` the API secret, or several
    (e.g. ``[new, old]`` during a rotation). ``tolerance`` is the largest accepted distance, in
    seconds, between the header's ``t`` and ``now`` (default: the current time).

    Raises WebhookVerificationError (answer 401) for any header or body that is not an
    authentic delivery, and WebhookConfigurationError for bad arguments (no secret, a parsed
    object as body). Nothing else escapes, whatever the request contains. No frame that raises
    holds the secret, its bytes, or a signature that verified.
    """
    keys = signing_keys(secret)
    del secret  # error trackers record the locals of this frame
    if not isinstance(keys, SigningKeys):
        raise keys
    window = tolerance_of(tolerance)
    moment = now_of(now)
    raw_body = body_bytes(body)
    signed = check(signature, raw_body, keys, window, moment)
    del signature  # it verified: a valid signature for this body stays out of this frame
    if fast(len(raw_body)):  # msgspec is loaded (assetpay._json says when)
        event = classify_body(raw_body, signed.delivery_id, signed.timestamp)
        if event is not None:
            return event
    try:
        parsed = loads(raw_body, counted=True)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("invalid_json", "the body is not JSON") from None
    return classify(parsed, signed.delivery_id, signed.timestamp)


def header_value(headers: Headers, name: str) -> str | None:
    """A header's value, matched case-insensitively; repeated headers are joined with commas."""
    wanted = name.lower()
    items: Iterable[tuple[Any, Any]] = headers.items() if isinstance(headers, Mapping) else headers
    found: list[str] = []
    for key, value in items:
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(key, str) and key.lower() == wanted:
            found.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    return ",".join(found) if found else None


def is_test_ping(body: Body, headers: Headers) -> bool:
    """True for the unsigned ``{"test": true, ...}`` ping sent when the callback URL is saved.

    Only when no signature header is present at all and the body is a JSON object whose
    ``test`` is exactly ``true``. Answer it 2xx (within 8 s) and do nothing else.
    """
    if header_value(headers, HEADER) is not None:
        return False
    if not isinstance(body, bytes | bytearray | memoryview | str):
        return False
    if len(body) > _MAX_PING_BYTES:
        return False
    try:
        parsed = json.loads(body_bytes(body))
    except (ValueError, RecursionError):
        return False
    return isinstance(parsed, dict) and parsed.get("test") is True
