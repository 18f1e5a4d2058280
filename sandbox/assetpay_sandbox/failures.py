"""Refusals as the API sends them: the error envelope with the catalogue's code, key and status.

Codes and HTTP statuses come from ``assetpay_catalogue.errors.ERRORS_BY_KEY``. Keys whose number
AssetPay never published (``TRADE_CANCEL_UNSUPPORTED``, ``ONCHAIN_MERCHANT_NOT_VERIFIED``, ...)
are sent with ``code: 0`` -- clients classify them by key -- and with the status the caller
chooses. A 422 is sent as 400 on operations whose spec declares no 422 (those without a body
or query parameters); the reference allows both for ``VALIDATION_FAILED``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from assetpay_catalogue.errors import ERRORS_BY_KEY

# a status for keys the catalogue has no status for
_FALLBACK_STATUS = {
    "TRADE_CANCEL_TOO_SOON": 400,
    "TRADE_NOT_CANCELLABLE": 409,
    "TRADE_CANCEL_UNSUPPORTED": 400,
    "QUICK_BUY_UNSUPPORTED_GAME": 400,
    "ONCHAIN_MERCHANT_NOT_VERIFIED": 403,
    "ITEM_NOT_FOUND": 404,
}

_MESSAGES = {
    "VALIDATION_FAILED": "The request data is invalid",
    "MISSING_API_KEY": "The api-key header is missing",
    "INVALID_API_KEY": "The API key is not valid",
    "MISSING_BEARER": "The Authorization header is missing or malformed",
    "INVALID_TOKEN": "The client token is not valid",
    "TOKEN_EXPIRED": "The client token has expired",
}


class ApiFailure(Exception):
    """A refusal: raised anywhere in the sandbox, turned into an error envelope by the app."""

    def __init__(
        self,
        key: str,
        message: str | None = None,
        *,
        status: int | None = None,
        fields: Mapping[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        info = ERRORS_BY_KEY.get(key)
        self.key = key
        self.code = info.code if info is not None and info.code is not None else 0
        self.status = (
            status
            or (info.http_status if info is not None else None)
            or _FALLBACK_STATUS.get(key, 400)
        )
        self.message = message or _MESSAGES.get(key) or (info.description if info else key)
        self.fields = dict(fields) if fields else None
        self.details = dict(details) if details else None
        self.headers = dict(headers) if headers else {}
        super().__init__(f"{key}: {self.message}")

    def envelope(self, request_id: str | None = None) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "key": self.key, "message": self.message}
        if self.fields:
            error["fields"] = dict(list(self.fields.items())[:20])
        if self.details:
            error["details"] = self.details
        return {"requestId": request_id or str(uuid.uuid4()), "success": False, "error": error}


def validation_failure(key: str, problems: Mapping[str, str]) -> ApiFailure:
    """A validation refusal naming every offending dotted path (the message names five)."""
    first = list(problems.items())[:5]
    message = "; ".join(f"{path}: {reason}" for path, reason in first) or "invalid request"
    return ApiFailure(key, message, fields=problems)
