"""Trades: history, lookup, and the six trade-creating calls, plus cancels.

Merchant scope (``ap.trades``): ``list``, ``iterate``, ``get``, ``get_many``, ``sell``, ``buy``,
``quick_buy``, ``cancel``, ``cancel_item``. End-user scope (``user.trades``): ``list``,
``iterate``, ``deposit``, ``withdraw``, ``quick_withdraw``, ``cancel``, ``cancel_item``.
Trade-creating calls take ``reconcile=`` (see :mod:`assetpay.retries`).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx

from assetpay._base_client import Call, CallOptions, ResponseMeta, _Auth, attach_meta, meta
from assetpay.errors import AssetPayError, TradeNotFoundError, request_validation_error
from assetpay.pagination import AsyncPager, Page, Pager, next_cursor, rows
from assetpay.resources._common import (
    AsyncResource,
    SyncResource,
    body_call,
    compact,
    enum_value,
    options,
    query_call,
    wire_items,
)

if TYPE_CHECKING:
    from assetpay_client.models.item_cancel_result import ItemCancelResult
    from assetpay_client.models.trade import Trade
    from assetpay_client.models.trade_cancel_result import TradeCancelResult
    from assetpay_client.models.trade_page import TradePage

BATCH = 100

# ----------------------------------------------------------------------------- builders


def _list_call(
    op: str, auth: _Auth, o: CallOptions, cursor: Any, limit: Any, type_: Any, game: Any
) -> Call:
    return query_call(op, auth, o, cursor=cursor, limit=limit, type_=type_, game=game)


def _page(result: Any) -> Page[Any]:
    return Page(rows(result, "items"), next_cursor(result))


def _deposit_wire(
    items: Sequence[Any], game: Any, external_id: str | None, is_instant: bool
) -> dict[str, Any]:
    return compact(
        {
            "items": wire_items("DepositItem", items),
            "game": enum_value(game),
            "externalId": external_id,
            # always sent: the docs and the machine spec disagree on the server default
            "isInstant": is_instant,
        }
    )


def _withdraw_wire(
    items: Sequence[Any],
    slippage_bps: int | None,
    auto_cancel: int | None,
    game: Any,
    external_id: str | None,
) -> dict[str, Any]:
    return compact(
        {
            "items": wire_items("WithdrawItem", items),
            "slippageBps": slippage_bps,
            "autoCancel": auto_cancel,
            "game": enum_value(game),
            "externalId": external_id,
        }
    )


def _quick_wire(
    max_price: float,
    amount: int,
    item_id: str | None,
    market_hash_name: str | None,
    delivery: Any,
    phase: Any,
    auto_cancel: int | None,
    game: Any,
    external_id: str | None,
    external_ids: Sequence[str] | None,
) -> dict[str, Any]:
    return compact(
        {
            "itemId": item_id,
            "marketHashName": market_hash_name,
            "maxPrice": max_price,
            "amount": amount,
            "delivery": enum_value(delivery),
            "phase": enum_value(phase),
            "autoCancel": auto_cancel,
            "game": enum_value(game),
            "externalId": external_id,
            "externalIds": list(external_ids) if external_ids is not None else None,
        }
    )


def _single_ref(ref: str) -> str:
    if not isinstance(ref, str) or not ref or "," in ref:
        raise request_validation_error(
            "VALIDATION_FAILED", {"tradeId": "one trade id or externalId, without commas"}
        )
    return ref


def _batches(refs: Iterable[str]) -> list[str]:
    unique: list[str] = []
    seen: set[str] = set()
    for index, ref in enumerate(refs):
        if not isinstance(ref, str) or not ref or "," in ref:
            raise request_validation_error(
                "VALIDATION_FAILED", {f"refs.{index}": "a trade id or externalId, no commas"}
            )
        if ref not in seen:
            seen.add(ref)
            unique.append(ref)
    return [",".join(unique[i : i + BATCH]) for i in range(0, len(unique), BATCH)]


def _as_trades(data: Any) -> list[Any]:
    return list(data) if isinstance(data, list) else [data]


def _not_found_meta(error: TradeNotFoundError) -> ResponseMeta:
    """Meta for a lookup whose only answer was 404 (the result is an empty list)."""
    return ResponseMeta(
        http_status=error.http_status,
        headers=httpx.Headers(),
        request_id=error.request_id,
        client_request_id="",
    )


# ----------------------------------------------------------------------------- merchant, sync


class Trades(SyncResource):
    """``ap.trades``: the merchant's own trades (``/secure/*``)."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """One page of the merchant's self-trades, newest first (``GET /secure/trades``)."""
        o = options(timeout, max_retries, extra_headers)
        call = _list_call("listMerchantTrades", self._auth, o, cursor, limit, type, game)
        return cast("TradePage", self._transport.call(call))

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[Trade]:
        """Every self-trade, newest first, fetched page by page as you iterate."""
        o = options(timeout, max_retries, extra_headers)

        def fetch(cursor: object | None) -> Page[Trade]:
            call = _list_call("listMerchantTrades", self._auth, o, cursor, limit, type, game)
            return _page(self._transport.call(call))

        return Pager(fetch)

    def get(
        self,
        ref: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade:
        """One trade by id or externalId (``TradeNotFoundError`` when unknown)."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getMerchantTrades", self._auth, o, trade_id=_single_ref(ref))
        return cast("Trade", self._transport.call(call))

    def get_many(
        self,
        refs: Iterable[str],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Trade]:
        """The trades found for ``refs`` (ids or externalIds), de-duplicated, 100 per request.

        Always a list; references that match nothing are left out.
        """
        o = options(timeout, max_retries, extra_headers)
        found: builtins.list[Trade] = []
        info = None
        for batch in _batches(refs):
            call = query_call("getMerchantTrades", self._auth, o, trade_id=batch)
            try:
                result = self._transport.call(call)
            except TradeNotFoundError as missing:
                info = info or _not_found_meta(missing)
                continue
            info = meta(result)
            found.extend(_as_trades(result))
        return found if info is None else attach_meta(found, info)

    def sell(
        self,
        *,
        trade_url: str,
        items: Sequence[Any],
        game: str | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Deposit skins from the merchant's own account (``POST /secure/sell``)."""
        wire = {"tradeUrl": trade_url, **_deposit_wire(items, game, external_id, is_instant)}
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade", self._transport.call(body_call("sell", wire, self._auth, o), reconcile=True)
        )

    def buy(
        self,
        *,
        trade_url: str,
        items: Sequence[Any],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy listings for the merchant's own account (``POST /secure/buy``); needs approval."""
        wire = {
            "tradeUrl": trade_url,
            **_withdraw_wire(items, slippage_bps, auto_cancel, game, external_id),
        }
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade", self._transport.call(body_call("buy", wire, self._auth, o), reconcile=True)
        )

    def quick_buy(
        self,
        *,
        trade_url: str,
        max_price: float,
        amount: int,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy the ``amount`` cheapest listings priced at most ``max_price`` (quick buy)."""
        wire = {
            "tradeUrl": trade_url,
            **_quick_wire(
                max_price, amount, item_id, market_hash_name, delivery, phase, auto_cancel,
                game, external_id, external_ids,
            ),
        }  # fmt: skip
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            self._transport.call(body_call("quickBuy", wire, self._auth, o), reconcile=True),
        )

    def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of a self-withdrawal; refunds arrive by callback."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelBuy", self._auth, o, trade_id=trade_id)
        return cast("TradeCancelResult", self._transport.call(call))

    def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a self-withdrawal (at least 30 minutes old, CS2 marketplace)."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelBuyItem", self._auth, o, trade_id=trade_id, item_id=item_id)
        return cast("ItemCancelResult", self._transport.call(call))


# ----------------------------------------------------------------------------- merchant, async


class AsyncTrades(AsyncResource):
    """``ap.trades`` of :class:`assetpay.AsyncAssetPay`."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """One page of the merchant's self-trades, newest first."""
        o = options(timeout, max_retries, extra_headers)
        call = _list_call("listMerchantTrades", self._auth, o, cursor, limit, type, game)
        return cast("TradePage", await self._transport.call(call))

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Trade]:
        """Every self-trade, newest first (``async for``)."""
        o = options(timeout, max_retries, extra_headers)

        async def fetch(cursor: object | None) -> Page[Trade]:
            call = _list_call("listMerchantTrades", self._auth, o, cursor, limit, type, game)
            return _page(await self._transport.call(call))

        return AsyncPager(fetch)

    async def get(
        self,
        ref: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade:
        """One trade by id or externalId."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getMerchantTrades", self._auth, o, trade_id=_single_ref(ref))
        return cast("Trade", await self._transport.call(call))

    async def get_many(
        self,
        refs: Iterable[str],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Trade]:
        """The trades found for ``refs``, de-duplicated, 100 per request; always a list."""
        o = options(timeout, max_retries, extra_headers)
        found: builtins.list[Trade] = []
        info = None
        for batch in _batches(refs):
            call = query_call("getMerchantTrades", self._auth, o, trade_id=batch)
            try:
                result = await self._transport.call(call)
            except TradeNotFoundError as missing:
                info = info or _not_found_meta(missing)
                continue
            info = meta(result)
            found.extend(_as_trades(result))
        return found if info is None else attach_meta(found, info)

    async def sell(
        self,
        *,
        trade_url: str,
        items: Sequence[Any],
        game: str | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Deposit skins from the merchant's own account."""
        wire = {"tradeUrl": trade_url, **_deposit_wire(items, game, external_id, is_instant)}
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(body_call("sell", wire, self._auth, o), reconcile=True),
        )

    async def buy(
        self,
        *,
        trade_url: str,
        items: Sequence[Any],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy listings for the merchant's own account; needs approval."""
        wire = {
            "tradeUrl": trade_url,
            **_withdraw_wire(items, slippage_bps, auto_cancel, game, external_id),
        }
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(body_call("buy", wire, self._auth, o), reconcile=True),
        )

    async def quick_buy(
        self,
        *,
        trade_url: str,
        max_price: float,
        amount: int,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy the cheapest ``amount`` listings at or under ``max_price``."""
        wire = {
            "tradeUrl": trade_url,
            **_quick_wire(
                max_price, amount, item_id, market_hash_name, delivery, phase, auto_cancel,
                game, external_id, external_ids,
            ),
        }  # fmt: skip
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(body_call("quickBuy", wire, self._auth, o), reconcile=True),
        )

    async def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of a self-withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelBuy", self._auth, o, trade_id=trade_id)
        return cast("TradeCancelResult", await self._transport.call(call))

    async def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a self-withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelBuyItem", self._auth, o, trade_id=trade_id, item_id=item_id)
        return cast("ItemCancelResult", await self._transport.call(call))


# ----------------------------------------------------------------------------- end user, sync


class ClientTrades(SyncResource):
    """``user.trades``: the end user's trades (``/client/*``)."""

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """One page of the user's trades, newest first (``GET /client/trades``)."""
        o = options(timeout, max_retries, extra_headers)
        call = _list_call("listClientTrades", self._auth, o, cursor, limit, type, game)
        return cast("TradePage", self._transport.call(call))

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[Trade]:
        """Every trade of the user, newest first, fetched as you iterate."""
        o = options(timeout, max_retries, extra_headers)

        def fetch(cursor: object | None) -> Page[Trade]:
            call = _list_call("listClientTrades", self._auth, o, cursor, limit, type, game)
            return _page(self._transport.call(call))

        return Pager(fetch)

    def deposit(
        self,
        *,
        items: Sequence[Any],
        game: str | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user sells skins to AssetPay (``POST /client/trading/deposit``)."""
        wire = _deposit_wire(items, game, external_id, is_instant)
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade", self._transport.call(body_call("deposit", wire, self._auth, o), reconcile=True)
        )

    def withdraw(
        self,
        *,
        items: Sequence[Any],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user buys listings (``POST /client/trading/withdraw``); needs approval."""
        wire = _withdraw_wire(items, slippage_bps, auto_cancel, game, external_id)
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            self._transport.call(body_call("withdraw", wire, self._auth, o), reconcile=True),
        )

    def quick_withdraw(
        self,
        *,
        max_price: float,
        amount: int,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user buys the cheapest ``amount`` listings at or under ``max_price``."""
        wire = _quick_wire(
            max_price, amount, item_id, market_hash_name, delivery, phase, auto_cancel, game,
            external_id, external_ids,
        )  # fmt: skip
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            self._transport.call(body_call("quickWithdraw", wire, self._auth, o), reconcile=True),
        )

    def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of the user's withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelWithdraw", self._auth, o, trade_id=trade_id)
        return cast("TradeCancelResult", self._transport.call(call))

    def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of the user's withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelWithdrawItem", self._auth, o, trade_id=trade_id, item_id=item_id)
        return cast("ItemCancelResult", self._transport.call(call))


# ----------------------------------------------------------------------------- end user, async


class AsyncClientTrades(AsyncResource):
    """``user.trades`` of an :class:`assetpay.AsyncAssetPay` client scope."""

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """One page of the user's trades, newest first."""
        o = options(timeout, max_retries, extra_headers)
        call = _list_call("listClientTrades", self._auth, o, cursor, limit, type, game)
        return cast("TradePage", await self._transport.call(call))

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: str | None = None,
        game: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Trade]:
        """Every trade of the user, newest first (``async for``)."""
        o = options(timeout, max_retries, extra_headers)

        async def fetch(cursor: object | None) -> Page[Trade]:
            call = _list_call("listClientTrades", self._auth, o, cursor, limit, type, game)
            return _page(await self._transport.call(call))

        return AsyncPager(fetch)

    async def deposit(
        self,
        *,
        items: Sequence[Any],
        game: str | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user sells skins to AssetPay."""
        wire = _deposit_wire(items, game, external_id, is_instant)
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(body_call("deposit", wire, self._auth, o), reconcile=True),
        )

    async def withdraw(
        self,
        *,
        items: Sequence[Any],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user buys listings; needs approval."""
        wire = _withdraw_wire(items, slippage_bps, auto_cancel, game, external_id)
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(body_call("withdraw", wire, self._auth, o), reconcile=True),
        )

    async def quick_withdraw(
        self,
        *,
        max_price: float,
        amount: int,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        auto_cancel: int | None = None,
        game: str | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """The user buys the cheapest ``amount`` listings at or under ``max_price``."""
        wire = _quick_wire(
            max_price, amount, item_id, market_hash_name, delivery, phase, auto_cancel, game,
            external_id, external_ids,
        )  # fmt: skip
        o = options(timeout, max_retries, extra_headers, reconcile)
        return cast(
            "Trade",
            await self._transport.call(
                body_call("quickWithdraw", wire, self._auth, o), reconcile=True
            ),
        )

    async def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of the user's withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelWithdraw", self._auth, o, trade_id=trade_id)
        return cast("TradeCancelResult", await self._transport.call(call))

    async def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of the user's withdrawal."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("cancelWithdrawItem", self._auth, o, trade_id=trade_id, item_id=item_id)
        return cast("ItemCancelResult", await self._transport.call(call))


__all__ = ["AssetPayError", "AsyncClientTrades", "AsyncTrades", "ClientTrades", "Trades"]
