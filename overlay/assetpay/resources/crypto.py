"""Crypto (USDT/USDC on ETH, BSC, SOL; verified merchants only).

Merchant scope ``ap.crypto`` takes the end user's ``steam_id``; end-user scope ``user.crypto``
does not. ``withdraw`` sends one ``request_id`` (generated when absent) on every attempt: it is
the idempotency key, so a retried withdrawal never pays twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.pagination import AsyncPager, Page, Pager, next_before
from assetpay.resources._common import (
    AsyncResource,
    SyncResource,
    body_call,
    enum_value,
    options,
    query_call,
)

if TYPE_CHECKING:
    from datetime import datetime

    from assetpay_client.models.crypto_deposit import CryptoDeposit
    from assetpay_client.models.crypto_deposit_address import CryptoDepositAddress
    from assetpay_client.models.crypto_deposit_page import CryptoDepositPage
    from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
    from assetpay_client.models.crypto_withdrawal_page import CryptoWithdrawalPage

_OPS = {
    True: {
        "address": "getMerchantCryptoDepositAddress",
        "deposits": "listMerchantCryptoDeposits",
        "withdrawals": "listMerchantCryptoWithdrawals",
        "withdraw": "createMerchantCryptoWithdrawal",
    },
    False: {
        "address": "getClientCryptoDepositAddress",
        "deposits": "listClientCryptoDeposits",
        "withdrawals": "listClientCryptoWithdrawals",
        "withdraw": "createClientCryptoWithdrawal",
    },
}


def _who(steam_id: str | None) -> dict[str, Any]:
    return {} if steam_id is None else {"steam_id": steam_id}


def _address_call(
    auth: _Auth, o: CallOptions, steam_id: str | None, chain: str, token: str | None
) -> Call:
    op = _OPS[steam_id is not None]["address"]
    return query_call(op, auth, o, **_who(steam_id), chain=chain, token=token)


def _list_call(
    kind: str, auth: _Auth, o: CallOptions, steam_id: str | None, limit: Any, before: Any
) -> Call:
    op = _OPS[steam_id is not None][kind]
    return query_call(op, auth, o, **_who(steam_id), limit=limit, before=before)


def _withdraw_call(
    auth: _Auth,
    o: CallOptions,
    steam_id: str | None,
    chain: str,
    token: str,
    address: str,
    amount_cents: int,
    request_id: str | None,
) -> Call:
    wire: dict[str, Any] = {
        "chain": enum_value(chain),
        "token": enum_value(token),
        "address": address,
        "amountCents": amount_cents,
        "requestId": request_id or uuid.uuid4().hex,
    }
    if steam_id is not None:
        wire = {"steamId": steam_id, **wire}
    return body_call(_OPS[steam_id is not None]["withdraw"], wire, auth, o)


class _SyncCryptoBase(SyncResource):
    def _address(
        self, steam_id: str | None, chain: str, token: str | None, o: CallOptions
    ) -> CryptoDepositAddress:
        return cast(
            "CryptoDepositAddress",
            self._transport.call(_address_call(self._auth, o, steam_id, chain, token)),
        )

    def _list(
        self, kind: str, steam_id: str | None, limit: Any, before: Any, o: CallOptions
    ) -> Any:
        return self._transport.call(_list_call(kind, self._auth, o, steam_id, limit, before))

    def _pager(
        self, kind: str, rows: str, steam_id: str | None, limit: Any, o: CallOptions
    ) -> Pager[Any]:
        def fetch(position: object | None) -> Page[Any]:
            page = self._list(kind, steam_id, limit, position, o)
            return Page(list(getattr(page, rows)), next_before(page))

        return Pager(fetch)

    def _withdraw(
        self,
        steam_id: str | None,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None,
        o: CallOptions,
    ) -> CryptoWithdrawal:
        call = _withdraw_call(
            self._auth, o, steam_id, chain, token, address, amount_cents, request_id
        )
        return cast("CryptoWithdrawal", self._transport.call(call))


class _AsyncCryptoBase(AsyncResource):
    async def _address(
        self, steam_id: str | None, chain: str, token: str | None, o: CallOptions
    ) -> CryptoDepositAddress:
        return cast(
            "CryptoDepositAddress",
            await self._transport.call(_address_call(self._auth, o, steam_id, chain, token)),
        )

    async def _list(
        self, kind: str, steam_id: str | None, limit: Any, before: Any, o: CallOptions
    ) -> Any:
        return await self._transport.call(_list_call(kind, self._auth, o, steam_id, limit, before))

    def _pager(
        self, kind: str, rows: str, steam_id: str | None, limit: Any, o: CallOptions
    ) -> AsyncPager[Any]:
        async def fetch(position: object | None) -> Page[Any]:
            page = await self._list(kind, steam_id, limit, position, o)
            return Page(list(getattr(page, rows)), next_before(page))

        return AsyncPager(fetch)

    async def _withdraw(
        self,
        steam_id: str | None,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None,
        o: CallOptions,
    ) -> CryptoWithdrawal:
        call = _withdraw_call(
            self._auth, o, steam_id, chain, token, address, amount_cents, request_id
        )
        return cast("CryptoWithdrawal", await self._transport.call(call))


class Crypto(_SyncCryptoBase):
    """``ap.crypto``: an end user's addresses, deposits and withdrawals, by ``steam_id``."""

    def deposit_address(
        self,
        *,
        steam_id: str,
        chain: str,
        token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """The user's permanent deposit address on ``chain`` (on SOL, poll while ``pending``)."""
        return self._address(steam_id, chain, token, options(timeout, max_retries, extra_headers))

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
        """One page of the user's crypto deposits, newest first."""
        return cast(
            "CryptoDepositPage",
            self._list(
                "deposits", steam_id, limit, before, options(timeout, max_retries, extra_headers)
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
    ) -> Pager[CryptoDeposit]:
        """Every crypto deposit of the user, newest first, fetched as you iterate."""
        return self._pager(
            "deposits", "deposits", steam_id, limit, options(timeout, max_retries, extra_headers)
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
        """One page of the user's crypto withdrawals, newest first."""
        return cast(
            "CryptoWithdrawalPage",
            self._list(
                "withdrawals", steam_id, limit, before, options(timeout, max_retries, extra_headers)
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
    ) -> Pager[CryptoWithdrawal]:
        """Every crypto withdrawal of the user, newest first, fetched as you iterate."""
        return self._pager(
            "withdrawals",
            "withdrawals",
            steam_id,
            limit,
            options(timeout, max_retries, extra_headers),
        )

    def withdraw(
        self,
        *,
        steam_id: str,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Pay ``amount_cents`` to ``address`` (no approval callback: debit the user first)."""
        return self._withdraw(
            steam_id,
            chain,
            token,
            address,
            amount_cents,
            request_id,
            options(timeout, max_retries, extra_headers),
        )


class AsyncCrypto(_AsyncCryptoBase):
    """``ap.crypto`` of :class:`assetpay.AsyncAssetPay`."""

    async def deposit_address(
        self,
        *,
        steam_id: str,
        chain: str,
        token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """The user's permanent deposit address on ``chain``."""
        return await self._address(
            steam_id, chain, token, options(timeout, max_retries, extra_headers)
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
        """One page of the user's crypto deposits."""
        return cast(
            "CryptoDepositPage",
            await self._list(
                "deposits", steam_id, limit, before, options(timeout, max_retries, extra_headers)
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
    ) -> AsyncPager[CryptoDeposit]:
        """Every crypto deposit of the user (``async for``)."""
        return self._pager(
            "deposits", "deposits", steam_id, limit, options(timeout, max_retries, extra_headers)
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
        """One page of the user's crypto withdrawals."""
        return cast(
            "CryptoWithdrawalPage",
            await self._list(
                "withdrawals", steam_id, limit, before, options(timeout, max_retries, extra_headers)
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
    ) -> AsyncPager[CryptoWithdrawal]:
        """Every crypto withdrawal of the user (``async for``)."""
        return self._pager(
            "withdrawals",
            "withdrawals",
            steam_id,
            limit,
            options(timeout, max_retries, extra_headers),
        )

    async def withdraw(
        self,
        *,
        steam_id: str,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Pay ``amount_cents`` to the user's ``address``."""
        return await self._withdraw(
            steam_id,
            chain,
            token,
            address,
            amount_cents,
            request_id,
            options(timeout, max_retries, extra_headers),
        )


class ClientCrypto(_SyncCryptoBase):
    """``user.crypto``: the user's own addresses, deposits and withdrawals."""

    def deposit_address(
        self,
        *,
        chain: str,
        token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """The user's permanent deposit address on ``chain``."""
        return self._address(None, chain, token, options(timeout, max_retries, extra_headers))

    def deposits(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """One page of the user's crypto deposits, newest first."""
        return cast(
            "CryptoDepositPage",
            self._list(
                "deposits", None, limit, before, options(timeout, max_retries, extra_headers)
            ),
        )

    def iterate_deposits(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[CryptoDeposit]:
        """Every crypto deposit of the user, fetched as you iterate."""
        return self._pager(
            "deposits", "deposits", None, limit, options(timeout, max_retries, extra_headers)
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
        """One page of the user's crypto withdrawals, newest first."""
        return cast(
            "CryptoWithdrawalPage",
            self._list(
                "withdrawals", None, limit, before, options(timeout, max_retries, extra_headers)
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[CryptoWithdrawal]:
        """Every crypto withdrawal of the user, fetched as you iterate."""
        return self._pager(
            "withdrawals", "withdrawals", None, limit, options(timeout, max_retries, extra_headers)
        )

    def withdraw(
        self,
        *,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Cash out to ``address``; the merchant approves it through the approval callback."""
        return self._withdraw(
            None,
            chain,
            token,
            address,
            amount_cents,
            request_id,
            options(timeout, max_retries, extra_headers),
        )


class AsyncClientCrypto(_AsyncCryptoBase):
    """``user.crypto`` of an async client scope."""

    async def deposit_address(
        self,
        *,
        chain: str,
        token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositAddress:
        """The user's permanent deposit address on ``chain``."""
        return await self._address(None, chain, token, options(timeout, max_retries, extra_headers))

    async def deposits(
        self,
        *,
        limit: int | None = None,
        before: datetime | str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoDepositPage:
        """One page of the user's crypto deposits."""
        return cast(
            "CryptoDepositPage",
            await self._list(
                "deposits", None, limit, before, options(timeout, max_retries, extra_headers)
            ),
        )

    def iterate_deposits(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[CryptoDeposit]:
        """Every crypto deposit of the user (``async for``)."""
        return self._pager(
            "deposits", "deposits", None, limit, options(timeout, max_retries, extra_headers)
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
        """One page of the user's crypto withdrawals."""
        return cast(
            "CryptoWithdrawalPage",
            await self._list(
                "withdrawals", None, limit, before, options(timeout, max_retries, extra_headers)
            ),
        )

    def iterate_withdrawals(
        self,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[CryptoWithdrawal]:
        """Every crypto withdrawal of the user (``async for``)."""
        return self._pager(
            "withdrawals", "withdrawals", None, limit, options(timeout, max_retries, extra_headers)
        )

    async def withdraw(
        self,
        *,
        chain: str,
        token: str,
        address: str,
        amount_cents: int,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CryptoWithdrawal:
        """Cash out to ``address``; the merchant approves it through the approval callback."""
        return await self._withdraw(
            None,
            chain,
            token,
            address,
            amount_cents,
            request_id,
            options(timeout, max_retries, extra_headers),
        )


__all__ = ["AsyncClientCrypto", "AsyncCrypto", "ClientCrypto", "Crypto"]
