"""Failures of webhook handling.

    AssetPayError                     (assetpay.errors) base of everything the package raises
    └── WebhookError                  base of everything raised by assetpay.webhooks
        ├── WebhookVerificationError  not an authentic AssetPay delivery (answer 401);
        │                             .reason is one of, in the order they are checked:
        │   missing_header            no X-AssetPay-Signature header (or an empty one)
        │   malformed                 the header is not t=..,id=..,s=<64 hex>[,s1=<64 hex>]
        │   timestamp_out_of_range    t is further than the tolerance from now
        │   signature_mismatch        no s/s1 matches any trusted secret
        │   invalid_json              the signature holds but the body is not JSON
        ├── WebhookConfigurationError the code calling us is wrong (no secret, a parsed dict as
        │                             body, a negative tolerance); fix the code, do not answer it
        └── DeliveryStoreBusy         a delivery store could not take a key in time: another
                                      transaction holds it (``handle`` answers 503)

Neither class derives from ValueError or TypeError, so a broad ``except ValueError`` in a web
handler never swallows a forged request by accident. Messages and reprs never contain a secret,
a signature or the body.
"""

from __future__ import annotations

from typing import Final, Literal

from assetpay_catalogue.exceptions import AssetPayError

Reason = Literal[
    "missing_header", "malformed", "timestamp_out_of_range", "signature_mismatch", "invalid_json"
]

REASONS: Final[tuple[Reason, ...]] = (
    "missing_header",
    "malformed",
    "timestamp_out_of_range",
    "signature_mismatch",
    "invalid_json",
)


class WebhookError(AssetPayError):
    """Base class of the errors raised by assetpay.webhooks."""


class WebhookVerificationError(WebhookError):
    """The request did not verify as an AssetPay callback; answer it with 401.

    ``reason`` names the failed check; ``detail`` is a fixed human explanation that never
    quotes the header, the body or a secret.
    """

    reason: Reason
    detail: str

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason, detail)

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason

    def __repr__(self) -> str:
        return f"WebhookVerificationError(reason={self.reason!r})"

    def __reduce__(self) -> tuple[type[WebhookVerificationError], tuple[Reason, str]]:
        return (type(self), (self.reason, self.detail))


class WebhookConfigurationError(WebhookError):
    """The webhook helpers were called wrongly (a programming or deployment error)."""


class DeliveryStoreBusy(WebhookError):
    """Raised by ``DeliveryStore.begin`` when another transaction held the key for the whole
    wait; ``handle`` answers 503 so that AssetPay tries again."""

    key: str

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"{key} is being decided by another delivery")

    def __reduce__(self) -> tuple[type[DeliveryStoreBusy], tuple[str]]:
        return (type(self), (self.key,))
