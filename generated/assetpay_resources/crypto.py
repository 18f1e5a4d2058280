# generated from openapi.yaml by make client — do not edit
"""``crypto``: ap.crypto (CryptoResource, AsyncCryptoResource); user.crypto (ClientCryptoResource, AsyncClientCryptoResource).

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
    from assetpay_client.models.crypto_chain import CryptoChain
    from assetpay_client.models.crypto_deposit import CryptoDeposit
    from assetpay_client.models.crypto_deposit_address import CryptoDepositAddress
    from assetpay_client.models.crypto_deposit_page import CryptoDepositPage
    from assetpay_client.models.crypto_token import CryptoToken
    from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
    from assetpay_client.models.crypto_withdrawal_page import CryptoWithdrawalPage


class CryptoResource(SyncResource):
    """``ap.crypto``."""

    __slots__ = ()

    def deposit_address(
        self,
        *,
        steam_id: str,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """Get an end user's crypto deposit address.

        ``GET /secure/crypto/deposit-address`` (getMerchantCryptoDepositAddress).

        Args:
            steam_id: SteamID64 of the end user.
            chain: Blockchain of the address.
            token: Token to deposit; matters only on SOL, where each token has its own account.
                USDC when omitted.
        """
        return cast(
            "CryptoDepositAddress",
            self._requester.call(
                "getMerchantCryptoDepositAddress",
                {
                    "steamId": steam_id,
                    "chain": chain,
                    "token": token,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def deposits(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """List an end user's crypto deposits.

        ``GET /secure/crypto/deposits`` (listMerchantCryptoDeposits).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoDepositPage",
            self._requester.call(
                "listMerchantCryptoDeposits",
                {
                    "steamId": steam_id,
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_deposits(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[CryptoDeposit]:
        """Every row of ``deposits``, fetched page by page as you iterate (before pages).

        ``GET /secure/crypto/deposits`` (listMerchantCryptoDeposits).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
        """
        return self._requester.pages(
            "listMerchantCryptoDeposits",
            {
                "steamId": steam_id,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def withdrawals(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawalPage:
        """List an end user's crypto withdrawals.

        ``GET /secure/crypto/withdrawals`` (listMerchantCryptoWithdrawals).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoWithdrawalPage",
            self._requester.call(
                "listMerchantCryptoWithdrawals",
                {
                    "steamId": steam_id,
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[CryptoWithdrawal]:
        """Every row of ``withdrawals``, fetched page by page as you iterate (before pages).

        ``GET /secure/crypto/withdrawals`` (listMerchantCryptoWithdrawals).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
        """
        return self._requester.pages(
            "listMerchantCryptoWithdrawals",
            {
                "steamId": steam_id,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def withdraw(
        self,
        *,
        steam_id: str,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"],
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Send USDT or USDC to an end user.

        ``POST /secure/crypto/withdraw`` (createMerchantCryptoWithdrawal).

        Args:
            steam_id: SteamID64, 17 digits starting with 76561 (ASCII digits only).
            chain: Supported blockchains.
            token: Supported stablecoins.
            address: Destination address on the chain.
            amount_cents: USD cents debited from the merchant balance.
            request_id: Idempotency key; a repeat returns the original withdrawal. (generated when absent; the same on every attempt)
        """
        return cast(
            "CryptoWithdrawal",
            self._requester.call(
                "createMerchantCryptoWithdrawal",
                {},
                {
                    "steamId": steam_id,
                    "chain": chain,
                    "token": token,
                    "address": address,
                    "amountCents": amount_cents,
                    "requestId": request_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncCryptoResource(AsyncResource):
    """``ap.crypto`` of the async client."""

    __slots__ = ()

    async def deposit_address(
        self,
        *,
        steam_id: str,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """Get an end user's crypto deposit address.

        ``GET /secure/crypto/deposit-address`` (getMerchantCryptoDepositAddress).

        Args:
            steam_id: SteamID64 of the end user.
            chain: Blockchain of the address.
            token: Token to deposit; matters only on SOL, where each token has its own account.
                USDC when omitted.
        """
        return cast(
            "CryptoDepositAddress",
            await self._requester.call(
                "getMerchantCryptoDepositAddress",
                {
                    "steamId": steam_id,
                    "chain": chain,
                    "token": token,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def deposits(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """List an end user's crypto deposits.

        ``GET /secure/crypto/deposits`` (listMerchantCryptoDeposits).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoDepositPage",
            await self._requester.call(
                "listMerchantCryptoDeposits",
                {
                    "steamId": steam_id,
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_deposits(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[CryptoDeposit]:
        """Every row of ``deposits``, fetched page by page as you iterate (before pages).

        ``GET /secure/crypto/deposits`` (listMerchantCryptoDeposits).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
        """
        return self._requester.pages(
            "listMerchantCryptoDeposits",
            {
                "steamId": steam_id,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def withdrawals(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawalPage:
        """List an end user's crypto withdrawals.

        ``GET /secure/crypto/withdrawals`` (listMerchantCryptoWithdrawals).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoWithdrawalPage",
            await self._requester.call(
                "listMerchantCryptoWithdrawals",
                {
                    "steamId": steam_id,
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        steam_id: str,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[CryptoWithdrawal]:
        """Every row of ``withdrawals``, fetched page by page as you iterate (before pages).

        ``GET /secure/crypto/withdrawals`` (listMerchantCryptoWithdrawals).

        Args:
            steam_id: SteamID64 of the end user.
            limit: Rows per page.
        """
        return self._requester.pages(
            "listMerchantCryptoWithdrawals",
            {
                "steamId": steam_id,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def withdraw(
        self,
        *,
        steam_id: str,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"],
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Send USDT or USDC to an end user.

        ``POST /secure/crypto/withdraw`` (createMerchantCryptoWithdrawal).

        Args:
            steam_id: SteamID64, 17 digits starting with 76561 (ASCII digits only).
            chain: Supported blockchains.
            token: Supported stablecoins.
            address: Destination address on the chain.
            amount_cents: USD cents debited from the merchant balance.
            request_id: Idempotency key; a repeat returns the original withdrawal. (generated when absent; the same on every attempt)
        """
        return cast(
            "CryptoWithdrawal",
            await self._requester.call(
                "createMerchantCryptoWithdrawal",
                {},
                {
                    "steamId": steam_id,
                    "chain": chain,
                    "token": token,
                    "address": address,
                    "amountCents": amount_cents,
                    "requestId": request_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class ClientCryptoResource(SyncResource):
    """``user.crypto``."""

    __slots__ = ()

    def deposit_address(
        self,
        *,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """Get the user's crypto deposit address.

        ``GET /client/crypto/deposit-address`` (getClientCryptoDepositAddress).

        Args:
            chain: Blockchain of the address.
            token: Token to deposit; matters only on SOL, where each token has its own account.
                USDC when omitted.
        """
        return cast(
            "CryptoDepositAddress",
            self._requester.call(
                "getClientCryptoDepositAddress",
                {
                    "chain": chain,
                    "token": token,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def deposits(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """List the user's crypto deposits.

        ``GET /client/crypto/deposits`` (listClientCryptoDeposits).

        Args:
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoDepositPage",
            self._requester.call(
                "listClientCryptoDeposits",
                {
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_deposits(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[CryptoDeposit]:
        """Every row of ``deposits``, fetched page by page as you iterate (before pages).

        ``GET /client/crypto/deposits`` (listClientCryptoDeposits).

        Args:
            limit: Rows per page.
        """
        return self._requester.pages(
            "listClientCryptoDeposits",
            {
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def withdrawals(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawalPage:
        """List the user's crypto withdrawals.

        ``GET /client/crypto/withdrawals`` (listClientCryptoWithdrawals).

        Args:
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoWithdrawalPage",
            self._requester.call(
                "listClientCryptoWithdrawals",
                {
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[CryptoWithdrawal]:
        """Every row of ``withdrawals``, fetched page by page as you iterate (before pages).

        ``GET /client/crypto/withdrawals`` (listClientCryptoWithdrawals).

        Args:
            limit: Rows per page.
        """
        return self._requester.pages(
            "listClientCryptoWithdrawals",
            {
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def withdraw(
        self,
        *,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"],
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Cash out USDT or USDC to the user's address.

        ``POST /client/crypto/withdraw`` (createClientCryptoWithdrawal).

        Args:
            chain: Supported blockchains.
            token: Supported stablecoins.
            address: Destination address on the chain.
            amount_cents: USD cents debited from the merchant balance.
            request_id: Idempotency key; a repeat returns the original withdrawal. (generated when absent; the same on every attempt)
        """
        return cast(
            "CryptoWithdrawal",
            self._requester.call(
                "createClientCryptoWithdrawal",
                {},
                {
                    "chain": chain,
                    "token": token,
                    "address": address,
                    "amountCents": amount_cents,
                    "requestId": request_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncClientCryptoResource(AsyncResource):
    """``user.crypto`` of the async client."""

    __slots__ = ()

    async def deposit_address(
        self,
        *,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """Get the user's crypto deposit address.

        ``GET /client/crypto/deposit-address`` (getClientCryptoDepositAddress).

        Args:
            chain: Blockchain of the address.
            token: Token to deposit; matters only on SOL, where each token has its own account.
                USDC when omitted.
        """
        return cast(
            "CryptoDepositAddress",
            await self._requester.call(
                "getClientCryptoDepositAddress",
                {
                    "chain": chain,
                    "token": token,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def deposits(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """List the user's crypto deposits.

        ``GET /client/crypto/deposits`` (listClientCryptoDeposits).

        Args:
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoDepositPage",
            await self._requester.call(
                "listClientCryptoDeposits",
                {
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_deposits(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[CryptoDeposit]:
        """Every row of ``deposits``, fetched page by page as you iterate (before pages).

        ``GET /client/crypto/deposits`` (listClientCryptoDeposits).

        Args:
            limit: Rows per page.
        """
        return self._requester.pages(
            "listClientCryptoDeposits",
            {
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def withdrawals(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawalPage:
        """List the user's crypto withdrawals.

        ``GET /client/crypto/withdrawals`` (listClientCryptoWithdrawals).

        Args:
            limit: Rows per page.
            before: Only rows created before this instant; pass the previous page's `nextBefore`.
        """
        return cast(
            "CryptoWithdrawalPage",
            await self._requester.call(
                "listClientCryptoWithdrawals",
                {
                    "limit": limit,
                    "before": before,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[CryptoWithdrawal]:
        """Every row of ``withdrawals``, fetched page by page as you iterate (before pages).

        ``GET /client/crypto/withdrawals`` (listClientCryptoWithdrawals).

        Args:
            limit: Rows per page.
        """
        return self._requester.pages(
            "listClientCryptoWithdrawals",
            {
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def withdraw(
        self,
        *,
        chain: CryptoChain | Literal["ETH", "BSC", "SOL"],
        token: CryptoToken | Literal["USDT", "USDC"],
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Cash out USDT or USDC to the user's address.

        ``POST /client/crypto/withdraw`` (createClientCryptoWithdrawal).

        Args:
            chain: Supported blockchains.
            token: Supported stablecoins.
            address: Destination address on the chain.
            amount_cents: USD cents debited from the merchant balance.
            request_id: Idempotency key; a repeat returns the original withdrawal. (generated when absent; the same on every attempt)
        """
        return cast(
            "CryptoWithdrawal",
            await self._requester.call(
                "createClientCryptoWithdrawal",
                {},
                {
                    "chain": chain,
                    "token": token,
                    "address": address,
                    "amountCents": amount_cents,
                    "requestId": request_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
