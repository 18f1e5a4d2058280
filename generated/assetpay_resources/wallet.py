# generated from openapi.yaml by make client — do not edit
"""``wallet``: ap.wallet (WalletResource, AsyncWalletResource).

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
    from assetpay_client.models.funding_status import FundingStatus
    from assetpay_client.models.funding_type import FundingType
    from assetpay_client.models.ledger_transaction import LedgerTransaction
    from assetpay_client.models.ledger_transaction_detail import LedgerTransactionDetail
    from assetpay_client.models.ledger_transaction_page import LedgerTransactionPage
    from assetpay_client.models.wallet_balance import WalletBalance


class WalletResource(SyncResource):
    """``ap.wallet``."""

    __slots__ = ()

    def balance(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalance:
        """Get the merchant wallet balance.

        ``GET /v1/wallets/me/balance`` (getWalletBalance).
        """
        return cast(
            "WalletBalance",
            self._requester.call(
                "getWalletBalance",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def transactions(
        self,
        *,
        type: FundingType
        | Literal["DEPOSIT", "WITHDRAWAL", "REFUND", "INTERNAL_TRANSFER"]
        | None = None,
        status: FundingStatus
        | Literal[
            "INITIATED",
            "PENDING",
            "PENDING_ADMIN",
            "APPROVED",
            "REJECTED",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "REFUNDED",
            "EXPIRED",
        ]
        | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionPage:
        """List the wallet's funding history (offset pages).

        ``GET /v1/ledger/transactions`` (listLedgerTransactions).

        Args:
            type: Only rows of this funding type.
            status: Only rows in this status.
            start_date: Only rows created at or after this instant.
            end_date: Only rows created at or before this instant.
            limit: Rows per page. (default 50)
            offset: Rows to skip. (default 0)
        """
        return cast(
            "LedgerTransactionPage",
            self._requester.call(
                "listLedgerTransactions",
                {
                    "type": type,
                    "status": status,
                    "startDate": start_date,
                    "endDate": end_date,
                    "limit": limit,
                    "offset": offset,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_transactions(
        self,
        *,
        type: FundingType
        | Literal["DEPOSIT", "WITHDRAWAL", "REFUND", "INTERNAL_TRANSFER"]
        | None = None,
        status: FundingStatus
        | Literal[
            "INITIATED",
            "PENDING",
            "PENDING_ADMIN",
            "APPROVED",
            "REJECTED",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "REFUNDED",
            "EXPIRED",
        ]
        | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[LedgerTransaction]:
        """Every row of ``transactions``, fetched page by page as you iterate (offset pages).

        ``GET /v1/ledger/transactions`` (listLedgerTransactions).

        Args:
            type: Only rows of this funding type.
            status: Only rows in this status.
            start_date: Only rows created at or after this instant.
            end_date: Only rows created at or before this instant.
            limit: Rows per page. (default 50)
        """
        return self._requester.pages(
            "listLedgerTransactions",
            {
                "type": type,
                "status": status,
                "startDate": start_date,
                "endDate": end_date,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def transaction(
        self,
        id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionDetail:
        """Get one funding record of the wallet.

        ``GET /v1/ledger/transactions/{id}`` (getLedgerTransaction).

        Args:
            id: Id of the ledger row.
        """
        return cast(
            "LedgerTransactionDetail",
            self._requester.call(
                "getLedgerTransaction",
                {
                    "id": id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncWalletResource(AsyncResource):
    """``ap.wallet`` of the async client."""

    __slots__ = ()

    async def balance(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalance:
        """Get the merchant wallet balance.

        ``GET /v1/wallets/me/balance`` (getWalletBalance).
        """
        return cast(
            "WalletBalance",
            await self._requester.call(
                "getWalletBalance",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def transactions(
        self,
        *,
        type: FundingType
        | Literal["DEPOSIT", "WITHDRAWAL", "REFUND", "INTERNAL_TRANSFER"]
        | None = None,
        status: FundingStatus
        | Literal[
            "INITIATED",
            "PENDING",
            "PENDING_ADMIN",
            "APPROVED",
            "REJECTED",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "REFUNDED",
            "EXPIRED",
        ]
        | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionPage:
        """List the wallet's funding history (offset pages).

        ``GET /v1/ledger/transactions`` (listLedgerTransactions).

        Args:
            type: Only rows of this funding type.
            status: Only rows in this status.
            start_date: Only rows created at or after this instant.
            end_date: Only rows created at or before this instant.
            limit: Rows per page. (default 50)
            offset: Rows to skip. (default 0)
        """
        return cast(
            "LedgerTransactionPage",
            await self._requester.call(
                "listLedgerTransactions",
                {
                    "type": type,
                    "status": status,
                    "startDate": start_date,
                    "endDate": end_date,
                    "limit": limit,
                    "offset": offset,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_transactions(
        self,
        *,
        type: FundingType
        | Literal["DEPOSIT", "WITHDRAWAL", "REFUND", "INTERNAL_TRANSFER"]
        | None = None,
        status: FundingStatus
        | Literal[
            "INITIATED",
            "PENDING",
            "PENDING_ADMIN",
            "APPROVED",
            "REJECTED",
            "COMPLETED",
            "FAILED",
            "CANCELLED",
            "REFUNDED",
            "EXPIRED",
        ]
        | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[LedgerTransaction]:
        """Every row of ``transactions``, fetched page by page as you iterate (offset pages).

        ``GET /v1/ledger/transactions`` (listLedgerTransactions).

        Args:
            type: Only rows of this funding type.
            status: Only rows in this status.
            start_date: Only rows created at or after this instant.
            end_date: Only rows created at or before this instant.
            limit: Rows per page. (default 50)
        """
        return self._requester.pages(
            "listLedgerTransactions",
            {
                "type": type,
                "status": status,
                "startDate": start_date,
                "endDate": end_date,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def transaction(
        self,
        id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionDetail:
        """Get one funding record of the wallet.

        ``GET /v1/ledger/transactions/{id}`` (getLedgerTransaction).

        Args:
            id: Id of the ledger row.
        """
        return cast(
            "LedgerTransactionDetail",
            await self._requester.call(
                "getLedgerTransaction",
                {
                    "id": id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
