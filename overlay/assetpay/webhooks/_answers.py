"""What a callback endpoint answers. For approval requests the status code is the verdict:
200 approves, 402 rejects (any 4xx but 408/429 would), 5xx asks AssetPay to try again."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ._errors import WebhookConfigurationError

_JSON = (("content-type", "application/json"),)


def _frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Answer:
    """An HTTP answer: ``status``, a JSON ``body`` and ``headers`` (both read-only mappings)."""

    status: int
    body: Mapping[str, Any] = attrs.field(converter=_frozen_mapping)
    headers: Mapping[str, str] = attrs.field(factory=lambda: dict(_JSON), converter=_frozen_mapping)

    def json_bytes(self) -> bytes:
        """The body as compact JSON bytes."""
        return json.dumps(dict(self.body), separators=(",", ":")).encode()

    def header_list(self) -> list[tuple[str, str]]:
        """Headers including content-length, ready for a WSGI/ASGI response."""
        return [*self.headers.items(), ("content-length", str(len(self.json_bytes())))]

    @property
    def is_approval_verdict(self) -> bool:
        """True for exactly what approve() and reject() return."""
        action = self.body.get("action")
        if self.status == 200:
            return action == "approve" and set(self.body) == {"action"}
        if self.status == 402:
            return (
                action == "reject"
                and set(self.body) == {"action", "reason"}
                and isinstance(self.body["reason"], str)
            )
        return False


def approve() -> Answer:
    """Approve a withdrawal: 200 ``{"action": "approve"}``. Debit the user before returning it."""
    return Answer(200, {"action": "approve"})


def reject(reason: str) -> Answer:
    """Reject a withdrawal: 402 ``{"action": "reject", "reason": reason}``; nothing is bought."""
    if not isinstance(reason, str):
        raise WebhookConfigurationError("reject() needs the reason as a str")
    return Answer(402, {"action": "reject", "reason": reason})


def ok() -> Answer:
    """Acknowledge a notification (or the test ping): 200 ``{"ok": true}``."""
    return Answer(200, {"ok": True})


def unauthorized() -> Answer:
    """The request did not verify: 401. The body does not say which check failed."""
    return Answer(401, {"error": "unauthorized"})


def server_error() -> Answer:
    """500: our side failed; AssetPay retries (an approval fails after three such attempts)."""
    return Answer(500, {"error": "internal error"})


def unavailable() -> Answer:
    """503: the same delivery is being processed right now; AssetPay should try again."""
    return Answer(503, {"error": "busy, retry"}, {**dict(_JSON), "retry-after": "1"})


def method_not_allowed() -> Answer:
    return Answer(405, {"error": "method not allowed"}, {**dict(_JSON), "allow": "POST"})


def too_large() -> Answer:
    return Answer(413, {"error": "body too large"})
