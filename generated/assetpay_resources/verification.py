# generated from openapi.yaml by make client — do not edit
"""``verification``: user.verification (ClientVerificationResource, AsyncClientVerificationResource).

Generated from the operations' ``x-sdk`` in openapi.yaml: one method per operation, sync and
async, each handing its parameters (by wire name) to the client's call flow.
"""

from __future__ import annotations

import builtins  # noqa: F401 - result annotations (a resource has a method named `list`)
from collections.abc import Mapping, Sequence  # noqa: F401 - used by some signatures
from datetime import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, Literal, cast  # noqa: F401

from ._runtime import AsyncPages, AsyncResource, Pages, SyncResource  # noqa: F401

if TYPE_CHECKING:
    from assetpay_client.models.verification_link import VerificationLink
    from assetpay_client.models.verification_start import VerificationStart
    from assetpay_client.models.verification_status import VerificationStatus


class ClientVerificationResource(SyncResource):
    """``user.verification``."""

    __slots__ = ()

    def start(
        self,
        *,
        email: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStart:
        """Start an identity check for the user.

        ``POST /client/verification/start`` (startVerification).

        Args:
            email: Remembered for linking to an existing identity.
        """
        return cast(
            "VerificationStart",
            self._requester.call(
                "startVerification",
                {},
                {
                    "email": email,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def status(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStatus:
        """Get the user's verification status.

        ``GET /client/verification/status`` (getVerificationStatus).
        """
        return cast(
            "VerificationStatus",
            self._requester.call(
                "getVerificationStatus",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def link(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationLink:
        """Link the user to an already verified identity.

        ``POST /client/verification/link`` (linkVerification).
        """
        return cast(
            "VerificationLink",
            self._requester.call(
                "linkVerification",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncClientVerificationResource(AsyncResource):
    """``user.verification`` of the async client."""

    __slots__ = ()

    async def start(
        self,
        *,
        email: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStart:
        """Start an identity check for the user.

        ``POST /client/verification/start`` (startVerification).

        Args:
            email: Remembered for linking to an existing identity.
        """
        return cast(
            "VerificationStart",
            await self._requester.call(
                "startVerification",
                {},
                {
                    "email": email,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def status(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationStatus:
        """Get the user's verification status.

        ``GET /client/verification/status`` (getVerificationStatus).
        """
        return cast(
            "VerificationStatus",
            await self._requester.call(
                "getVerificationStatus",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def link(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerificationLink:
        """Link the user to an already verified identity.

        ``POST /client/verification/link`` (linkVerification).
        """
        return cast(
            "VerificationLink",
            await self._requester.call(
                "linkVerification",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
