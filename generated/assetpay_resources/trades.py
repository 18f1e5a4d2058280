# generated from openapi.yaml by make client — do not edit
"""``trades``: ap.trades (TradesResource, AsyncTradesResource); user.trades (ClientTradesResource, AsyncClientTradesResource).

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
    from assetpay_client.models.cs_2_game_id import Cs2GameId
    from assetpay_client.models.delivery_mode import DeliveryMode
    from assetpay_client.models.deposit_item import DepositItem
    from assetpay_client.models.doppler_phase import DopplerPhase
    from assetpay_client.models.game_id import GameId
    from assetpay_client.models.item_cancel_result import ItemCancelResult
    from assetpay_client.models.trade import Trade
    from assetpay_client.models.trade_cancel_result import TradeCancelResult
    from assetpay_client.models.trade_page import TradePage
    from assetpay_client.models.trade_type import TradeType
    from assetpay_client.models.withdraw_item import WithdrawItem

    from .types import DepositItemDict, WithdrawItemDict


class TradesResource(SyncResource):
    """``ap.trades``."""

    __slots__ = ()

    def sell(
        self,
        *,
        trade_url: str,
        items: Sequence[DepositItem | DepositItemDict | Mapping[str, Any]],
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Sell skins from the merchant's own Steam account.

        ``POST /secure/sell`` (sell; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            items: ``items``
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            is_instant: Ask for instant credit. Always send it explicitly. (default False)
        """
        return cast(
            "Trade",
            self._requester.call(
                "sell",
                {},
                {
                    "tradeUrl": trade_url,
                    "items": items,
                    "game": game,
                    "externalId": external_id,
                    "isInstant": is_instant,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def buy(
        self,
        *,
        trade_url: str,
        items: Sequence[WithdrawItem | WithdrawItemDict | Mapping[str, Any]],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy skins for the merchant's own Steam account.

        ``POST /secure/buy`` (buy; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            items: ``items``
            slippage_bps: Tolerated price rise in basis points (100 = 1%) for items without maxPrice. (default 0)
            auto_cancel: Minutes after which unsent items are cancelled and refunded; 720 disables it.
                CS2 only. (default 30)
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
        """
        return cast(
            "Trade",
            self._requester.call(
                "buy",
                {},
                {
                    "tradeUrl": trade_url,
                    "items": items,
                    "slippageBps": slippage_bps,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def quick_buy(
        self,
        *,
        trade_url: str,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        max_price: float,
        amount: int,
        delivery: DeliveryMode | Literal["standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        auto_cancel: int | None = None,
        game: Cs2GameId | Literal["730"] | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy the cheapest listings of one item under a price ceiling (merchant).

        ``POST /secure/buy/quick`` (quickBuy; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            item_id: Catalog id (the prices `itemId`).
            market_hash_name: Exact market hash name; ignored when itemId is given.
            max_price: Per-unit ceiling in USD, fees included (same basis as the prices withdraw
                price).
            amount: Units to buy.
            delivery: `standard`: the item is bought from a supplier, then sent. `instant`: the item
                already sits on an AssetPay bot. (default 'standard')
            phase: Phase of a Doppler or Gamma Doppler knife.
            auto_cancel: Minutes after which unsent items are cancelled; 720 disables it. (default 30)
            game: The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text
                names CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused
                with `QUICK_BUY_UNSUPPORTED_GAME` (32); project decision: only "730" is allowed,
                so the client refuses a Rust quick buy before anything is sent. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            external_ids: One per-item reference per requested unit, assigned in order.
        """
        return cast(
            "Trade",
            self._requester.call(
                "quickBuy",
                {},
                {
                    "tradeUrl": trade_url,
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "maxPrice": max_price,
                    "amount": amount,
                    "delivery": delivery,
                    "phase": phase,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                    "externalIds": external_ids,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of a merchant withdrawal.

        ``POST /secure/buy/{tradeId}/cancel`` (cancelBuy).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
        """
        return cast(
            "TradeCancelResult",
            self._requester.call(
                "cancelBuy",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a merchant withdrawal.

        ``POST /secure/buy/{tradeId}/items/{itemId}/cancel`` (cancelBuyItem).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
            item_id: The item's id or its per-item externalId.
        """
        return cast(
            "ItemCancelResult",
            self._requester.call(
                "cancelBuyItem",
                {
                    "tradeId": trade_id,
                    "itemId": item_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """List the merchant's own trades (cursor pages).

        ``GET /secure/trades`` (listMerchantTrades).

        Args:
            cursor: Opaque cursor from the previous page's `nextCursor`; omit it for the first page.
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return cast(
            "TradePage",
            self._requester.call(
                "listMerchantTrades",
                {
                    "cursor": cursor,
                    "limit": limit,
                    "type": type,
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Trade]:
        """Every row of ``list``, fetched page by page as you iterate (cursor pages).

        ``GET /secure/trades`` (listMerchantTrades).

        Args:
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return self._requester.pages(
            "listMerchantTrades",
            {
                "limit": limit,
                "type": type,
                "game": game,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade | builtins.list[Trade]:
        """Look up trades by id or externalId (one, or up to 100).

        ``GET /secure/trades/{tradeId}`` (getMerchantTrades).

        Args:
            trade_id: A trade id or externalId, or up to 100 of them joined with commas.
        """
        return cast(
            "Trade | builtins.list[Trade]",
            self._requester.call(
                "getMerchantTrades",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncTradesResource(AsyncResource):
    """``ap.trades`` of the async client."""

    __slots__ = ()

    async def sell(
        self,
        *,
        trade_url: str,
        items: Sequence[DepositItem | DepositItemDict | Mapping[str, Any]],
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Sell skins from the merchant's own Steam account.

        ``POST /secure/sell`` (sell; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            items: ``items``
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            is_instant: Ask for instant credit. Always send it explicitly. (default False)
        """
        return cast(
            "Trade",
            await self._requester.call(
                "sell",
                {},
                {
                    "tradeUrl": trade_url,
                    "items": items,
                    "game": game,
                    "externalId": external_id,
                    "isInstant": is_instant,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    async def buy(
        self,
        *,
        trade_url: str,
        items: Sequence[WithdrawItem | WithdrawItemDict | Mapping[str, Any]],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy skins for the merchant's own Steam account.

        ``POST /secure/buy`` (buy; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            items: ``items``
            slippage_bps: Tolerated price rise in basis points (100 = 1%) for items without maxPrice. (default 0)
            auto_cancel: Minutes after which unsent items are cancelled and refunded; 720 disables it.
                CS2 only. (default 30)
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
        """
        return cast(
            "Trade",
            await self._requester.call(
                "buy",
                {},
                {
                    "tradeUrl": trade_url,
                    "items": items,
                    "slippageBps": slippage_bps,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    async def quick_buy(
        self,
        *,
        trade_url: str,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        max_price: float,
        amount: int,
        delivery: DeliveryMode | Literal["standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        auto_cancel: int | None = None,
        game: Cs2GameId | Literal["730"] | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Buy the cheapest listings of one item under a price ceiling (merchant).

        ``POST /secure/buy/quick`` (quickBuy; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            item_id: Catalog id (the prices `itemId`).
            market_hash_name: Exact market hash name; ignored when itemId is given.
            max_price: Per-unit ceiling in USD, fees included (same basis as the prices withdraw
                price).
            amount: Units to buy.
            delivery: `standard`: the item is bought from a supplier, then sent. `instant`: the item
                already sits on an AssetPay bot. (default 'standard')
            phase: Phase of a Doppler or Gamma Doppler knife.
            auto_cancel: Minutes after which unsent items are cancelled; 720 disables it. (default 30)
            game: The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text
                names CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused
                with `QUICK_BUY_UNSUPPORTED_GAME` (32); project decision: only "730" is allowed,
                so the client refuses a Rust quick buy before anything is sent. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            external_ids: One per-item reference per requested unit, assigned in order.
        """
        return cast(
            "Trade",
            await self._requester.call(
                "quickBuy",
                {},
                {
                    "tradeUrl": trade_url,
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "maxPrice": max_price,
                    "amount": amount,
                    "delivery": delivery,
                    "phase": phase,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                    "externalIds": external_ids,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
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
        """Cancel every undelivered item of a merchant withdrawal.

        ``POST /secure/buy/{tradeId}/cancel`` (cancelBuy).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
        """
        return cast(
            "TradeCancelResult",
            await self._requester.call(
                "cancelBuy",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a merchant withdrawal.

        ``POST /secure/buy/{tradeId}/items/{itemId}/cancel`` (cancelBuyItem).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
            item_id: The item's id or its per-item externalId.
        """
        return cast(
            "ItemCancelResult",
            await self._requester.call(
                "cancelBuyItem",
                {
                    "tradeId": trade_id,
                    "itemId": item_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """List the merchant's own trades (cursor pages).

        ``GET /secure/trades`` (listMerchantTrades).

        Args:
            cursor: Opaque cursor from the previous page's `nextCursor`; omit it for the first page.
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return cast(
            "TradePage",
            await self._requester.call(
                "listMerchantTrades",
                {
                    "cursor": cursor,
                    "limit": limit,
                    "type": type,
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Trade]:
        """Every row of ``list``, fetched page by page as you iterate (cursor pages).

        ``GET /secure/trades`` (listMerchantTrades).

        Args:
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return self._requester.pages(
            "listMerchantTrades",
            {
                "limit": limit,
                "type": type,
                "game": game,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade | builtins.list[Trade]:
        """Look up trades by id or externalId (one, or up to 100).

        ``GET /secure/trades/{tradeId}`` (getMerchantTrades).

        Args:
            trade_id: A trade id or externalId, or up to 100 of them joined with commas.
        """
        return cast(
            "Trade | builtins.list[Trade]",
            await self._requester.call(
                "getMerchantTrades",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class ClientTradesResource(SyncResource):
    """``user.trades``."""

    __slots__ = ()

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """List the user's trades (cursor pages).

        ``GET /client/trades`` (listClientTrades).

        Args:
            cursor: Opaque cursor from the previous page's `nextCursor`; omit it for the first page.
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return cast(
            "TradePage",
            self._requester.call(
                "listClientTrades",
                {
                    "cursor": cursor,
                    "limit": limit,
                    "type": type,
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Trade]:
        """Every row of ``list``, fetched page by page as you iterate (cursor pages).

        ``GET /client/trades`` (listClientTrades).

        Args:
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return self._requester.pages(
            "listClientTrades",
            {
                "limit": limit,
                "type": type,
                "game": game,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def deposit(
        self,
        *,
        items: Sequence[DepositItem | DepositItemDict | Mapping[str, Any]],
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Deposit skins (the user sells to AssetPay).

        ``POST /client/trading/deposit`` (deposit; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            items: ``items``
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            is_instant: Ask for instant credit. Always send it explicitly. (default False)
        """
        return cast(
            "Trade",
            self._requester.call(
                "deposit",
                {},
                {
                    "items": items,
                    "game": game,
                    "externalId": external_id,
                    "isInstant": is_instant,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def withdraw(
        self,
        *,
        items: Sequence[WithdrawItem | WithdrawItemDict | Mapping[str, Any]],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Withdraw skins (the user buys from the marketplace).

        ``POST /client/trading/withdraw`` (withdraw; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            items: ``items``
            slippage_bps: Tolerated price rise in basis points (100 = 1%) for items without maxPrice. (default 0)
            auto_cancel: Minutes after which unsent items are cancelled and refunded; 720 disables it.
                CS2 only. (default 30)
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
        """
        return cast(
            "Trade",
            self._requester.call(
                "withdraw",
                {},
                {
                    "items": items,
                    "slippageBps": slippage_bps,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def quick_withdraw(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        max_price: float,
        amount: int,
        delivery: DeliveryMode | Literal["standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        auto_cancel: int | None = None,
        game: Cs2GameId | Literal["730"] | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Withdraw the cheapest listings of one item under a price ceiling.

        ``POST /client/trading/withdraw/quick`` (quickWithdraw; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            item_id: Catalog id (suggestions `id` or prices `itemId`).
            market_hash_name: Exact market hash name; ignored when itemId is given.
            max_price: Per-unit ceiling in USD, fees included (same basis as the prices withdraw
                price).
            amount: Units to buy.
            delivery: `standard`: the item is bought from a supplier, then sent. `instant`: the item
                already sits on an AssetPay bot. (default 'standard')
            phase: Phase of a Doppler or Gamma Doppler knife.
            auto_cancel: Minutes after which unsent items are cancelled; 720 disables it. (default 30)
            game: The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text
                names CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused
                with `QUICK_BUY_UNSUPPORTED_GAME` (32); project decision: only "730" is allowed,
                so the client refuses a Rust quick buy before anything is sent. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            external_ids: One per-item reference per requested unit, assigned in order.
        """
        return cast(
            "Trade",
            self._requester.call(
                "quickWithdraw",
                {},
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "maxPrice": max_price,
                    "amount": amount,
                    "delivery": delivery,
                    "phase": phase,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                    "externalIds": external_ids,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    def cancel(
        self,
        trade_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeCancelResult:
        """Cancel every undelivered item of a withdrawal.

        ``POST /client/trading/withdraw/{tradeId}/cancel`` (cancelWithdraw).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
        """
        return cast(
            "TradeCancelResult",
            self._requester.call(
                "cancelWithdraw",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a withdrawal.

        ``POST /client/trading/withdraw/{tradeId}/items/{itemId}/cancel`` (cancelWithdrawItem).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
            item_id: The item's id or its per-item externalId.
        """
        return cast(
            "ItemCancelResult",
            self._requester.call(
                "cancelWithdrawItem",
                {
                    "tradeId": trade_id,
                    "itemId": item_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncClientTradesResource(AsyncResource):
    """``user.trades`` of the async client."""

    __slots__ = ()

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradePage:
        """List the user's trades (cursor pages).

        ``GET /client/trades`` (listClientTrades).

        Args:
            cursor: Opaque cursor from the previous page's `nextCursor`; omit it for the first page.
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return cast(
            "TradePage",
            await self._requester.call(
                "listClientTrades",
                {
                    "cursor": cursor,
                    "limit": limit,
                    "type": type,
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def iterate(
        self,
        *,
        limit: int | None = None,
        type: TradeType | Literal["deposit", "withdraw"] | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Trade]:
        """Every row of ``list``, fetched page by page as you iterate (cursor pages).

        ``GET /client/trades`` (listClientTrades).

        Args:
            limit: Trades per page. (default 20)
            type: Only deposits or only withdrawals.
            game: Game of the trades, as a string ("730" CS2, "252490" Rust); "730" when omitted.
        """
        return self._requester.pages(
            "listClientTrades",
            {
                "limit": limit,
                "type": type,
                "game": game,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def deposit(
        self,
        *,
        items: Sequence[DepositItem | DepositItemDict | Mapping[str, Any]],
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        is_instant: bool = False,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Deposit skins (the user sells to AssetPay).

        ``POST /client/trading/deposit`` (deposit; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            items: ``items``
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            is_instant: Ask for instant credit. Always send it explicitly. (default False)
        """
        return cast(
            "Trade",
            await self._requester.call(
                "deposit",
                {},
                {
                    "items": items,
                    "game": game,
                    "externalId": external_id,
                    "isInstant": is_instant,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    async def withdraw(
        self,
        *,
        items: Sequence[WithdrawItem | WithdrawItemDict | Mapping[str, Any]],
        slippage_bps: int | None = None,
        auto_cancel: int | None = None,
        game: GameId | Literal["730", "252490"] | None = None,
        external_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Withdraw skins (the user buys from the marketplace).

        ``POST /client/trading/withdraw`` (withdraw; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            items: ``items``
            slippage_bps: Tolerated price rise in basis points (100 = 1%) for items without maxPrice. (default 0)
            auto_cancel: Minutes after which unsent items are cancelled and refunded; 720 disables it.
                CS2 only. (default 30)
            game: Steam app id as a string, used in request bodies, on trades and in the trade-
                list query. "730" is CS2, "252490" Rust. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
        """
        return cast(
            "Trade",
            await self._requester.call(
                "withdraw",
                {},
                {
                    "items": items,
                    "slippageBps": slippage_bps,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
            ),
        )

    async def quick_withdraw(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        max_price: float,
        amount: int,
        delivery: DeliveryMode | Literal["standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        auto_cancel: int | None = None,
        game: Cs2GameId | Literal["730"] | None = None,
        external_id: str | None = None,
        external_ids: Sequence[str] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        reconcile: bool | None = None,
    ) -> Trade:
        """Withdraw the cheapest listings of one item under a price ceiling.

        ``POST /client/trading/withdraw/quick`` (quickWithdraw; ``reconcile=`` settles an ambiguous failure by ``external_id``).

        Args:
            item_id: Catalog id (suggestions `id` or prices `itemId`).
            market_hash_name: Exact market hash name; ignored when itemId is given.
            max_price: Per-unit ceiling in USD, fees included (same basis as the prices withdraw
                price).
            amount: Units to buy.
            delivery: `standard`: the item is bought from a supplier, then sent. `instant`: the item
                already sits on an AssetPay bot. (default 'standard')
            phase: Phase of a Doppler or Gamma Doppler knife.
            auto_cancel: Minutes after which unsent items are cancelled; 720 disables it. (default 30)
            game: The game id of CS2-only requests (quick withdraw and quick buy). AssetPay's text
                names CS2 and Rust in one sentence and CS2 only in the next, and Rust is refused
                with `QUICK_BUY_UNSUPPORTED_GAME` (32); project decision: only "730" is allowed,
                so the client refuses a Rust quick buy before anything is sent. (default '730')
            external_id: Tracking id, unique per merchant; the rules of ExternalId (no `,` `/` `?` `#`
                `%` `\\`, not only dots) so the trade can be looked up by it.
            external_ids: One per-item reference per requested unit, assigned in order.
        """
        return cast(
            "Trade",
            await self._requester.call(
                "quickWithdraw",
                {},
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "maxPrice": max_price,
                    "amount": amount,
                    "delivery": delivery,
                    "phase": phase,
                    "autoCancel": auto_cancel,
                    "game": game,
                    "externalId": external_id,
                    "externalIds": external_ids,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                reconcile=reconcile,
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
        """Cancel every undelivered item of a withdrawal.

        ``POST /client/trading/withdraw/{tradeId}/cancel`` (cancelWithdraw).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
        """
        return cast(
            "TradeCancelResult",
            await self._requester.call(
                "cancelWithdraw",
                {
                    "tradeId": trade_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def cancel_item(
        self,
        trade_id: str,
        item_id: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemCancelResult:
        """Cancel one item of a withdrawal.

        ``POST /client/trading/withdraw/{tradeId}/items/{itemId}/cancel`` (cancelWithdrawItem).

        Args:
            trade_id: The withdrawal's trade id or its externalId.
            item_id: The item's id or its per-item externalId.
        """
        return cast(
            "ItemCancelResult",
            await self._requester.call(
                "cancelWithdrawItem",
                {
                    "tradeId": trade_id,
                    "itemId": item_id,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
