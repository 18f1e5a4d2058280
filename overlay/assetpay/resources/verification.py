"""``user.verification``: identity checks of an end user (document and selfie capture)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.resources._common import AsyncResource, SyncResource, body_call, options, query_call

if TYPE_CHECKING:
    from assetpay_client.models.verification_link import VerificationLink
    from assetpay_client.models.verification_start import VerificationStart
    from assetpay_client.models.verification_status import VerificationStatus


def _start_call(auth: _Auth, o: CallOptions, email: str | None) -> Call:
    return body_call("startVerification", {} if email is None else {"email": email}, auth, o)


class Verification(SyncResource):
    """``user.verification``."""

    def start(
        self,
        *,
        email: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStart:
        """Open an identity check; send the user to ``captureUrl``."""
        o = options(timeout, max_retries, extra_headers)
        return cast("VerificationStart", self._transport.call(_start_call(self._auth, o, email)))

    def status(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStatus:
        """The user's verification level, latest check and linked identity."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "VerificationStatus",
            self._transport.call(query_call("getVerificationStatus", self._auth, o)),
        )

    def link(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationLink:
        """Link the user to the verified identity of the email given at ``start``."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "VerificationLink", self._transport.call(query_call("linkVerification", self._auth, o))
        )


class AsyncVerification(AsyncResource):
    """``user.verification`` of an async client scope."""

    async def start(
        self,
        *,
        email: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStart:
        """Open an identity check; send the user to ``captureUrl``."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "VerificationStart", await self._transport.call(_start_call(self._auth, o, email))
        )

    async def status(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStatus:
        """The user's verification level, latest check and linked identity."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "VerificationStatus",
            await self._transport.call(query_call("getVerificationStatus", self._auth, o)),
        )

    async def link(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationLink:
        """Link the user to the verified identity of the email given at ``start``."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "VerificationLink",
            await self._transport.call(query_call("linkVerification", self._auth, o)),
        )


__all__ = ["AsyncVerification", "Verification"]
