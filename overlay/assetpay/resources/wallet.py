"""``ap.wallet``: the merchant wallet balance and its funding ledger."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.pagination import AsyncPager, Page, Pager, next_offset, rows, whole_number
from assetpay.resources._common import AsyncResource, SyncResource, options, query_call

if TYPE_CHECKING:
    from datetime import datetime

    from assetpay_client.models.ledger_transaction import LedgerTransaction
    from assetpay_client.models.ledger_transaction_detail import LedgerTransactionDetail
    from assetpay_client.models.ledger_transaction_page import LedgerTransactionPage
    from assetpay_client.models.wallet_balance import WalletBalance

DEFAULT_LIMIT = 50


def _transactions_call(
    auth: _Auth, o: CallOptions, filters: Mapping[str, Any], limit: Any, offset: Any
) -> Call:
    return query_call("listLedgerTransactions", auth, o, **filters, limit=limit, offset=offset)


def _filters(type: Any, status: Any, start_date: Any, end_date: Any) -> dict[str, Any]:
    return {"type_": type, "status": status, "start_date": start_date, "end_date": end_date}


def _ledger_page(result: Any, offset: int, limit: int) -> Page[Any]:
    items = rows(result, "items")
    pages = result.pagination
    page = whole_number(getattr(pages, "page", None), "pagination.page")
    total_pages = whole_number(getattr(pages, "total_pages", None), "pagination.totalPages")
    following = next_offset(offset, limit, len(items), page, total_pages)
    return Page(items, following)


class Wallet(SyncResource):
    """``ap.wallet``."""

    def balance(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalance:
        """Spendable, pending and escrow balance of the merchant wallet."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "WalletBalance", self._transport.call(query_call("getWalletBalance", self._auth, o))
        )

    def transactions(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionPage:
        """One page of the funding ledger, newest first (trade settlements are not in it)."""
        o = options(timeout, max_retries, extra_headers)
        call = _transactions_call(
            self._auth, o, _filters(type, status, start_date, end_date), limit, offset
        )
        return cast("LedgerTransactionPage", self._transport.call(call))

    def iterate_transactions(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[LedgerTransaction]:
        """Every ledger row, newest first, fetched page by page as you iterate."""
        o = options(timeout, max_retries, extra_headers)
        filters = _filters(type, status, start_date, end_date)
        size = limit or DEFAULT_LIMIT

        def fetch(position: object | None) -> Page[LedgerTransaction]:
            offset = position if isinstance(position, int) else 0
            result = self._transport.call(_transactions_call(self._auth, o, filters, size, offset))
            return _ledger_page(result, offset, size)

        return Pager(fetch)

    def transaction(
        self,
        id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionDetail:
        """One funding record with its exchange rate."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "LedgerTransactionDetail",
            self._transport.call(query_call("getLedgerTransaction", self._auth, o, id=id)),
        )


class AsyncWallet(AsyncResource):
    """``ap.wallet`` of :class:`assetpay.AsyncAssetPay`."""

    async def balance(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalance:
        """Spendable, pending and escrow balance of the merchant wallet."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "WalletBalance",
            await self._transport.call(query_call("getWalletBalance", self._auth, o)),
        )

    async def transactions(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionPage:
        """One page of the funding ledger, newest first."""
        o = options(timeout, max_retries, extra_headers)
        call = _transactions_call(
            self._auth, o, _filters(type, status, start_date, end_date), limit, offset
        )
        return cast("LedgerTransactionPage", await self._transport.call(call))

    def iterate_transactions(
        self,
        *,
        type: str | None = None,
        status: str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[LedgerTransaction]:
        """Every ledger row, newest first (``async for``)."""
        o = options(timeout, max_retries, extra_headers)
        filters = _filters(type, status, start_date, end_date)
        size = limit or DEFAULT_LIMIT

        async def fetch(position: object | None) -> Page[LedgerTransaction]:
            offset = position if isinstance(position, int) else 0
            result = await self._transport.call(
                _transactions_call(self._auth, o, filters, size, offset)
            )
            return _ledger_page(result, offset, size)

        return AsyncPager(fetch)

    async def transaction(
        self,
        id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LedgerTransactionDetail:
        """One funding record with its exchange rate."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "LedgerTransactionDetail",
            await self._transport.call(query_call("getLedgerTransaction", self._auth, o, id=id)),
        )


__all__ = ["AsyncWallet", "Wallet"]
