# generated from openapi.yaml by make client — do not edit
"""``market``: ap.market (MarketResource, AsyncMarketResource); user.market (ClientMarketResource, AsyncClientMarketResource).

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
    from assetpay_client.models.delivery_filter import DeliveryFilter
    from assetpay_client.models.doppler_phase import DopplerPhase
    from assetpay_client.models.item import Item
    from assetpay_client.models.item_sort import ItemSort
    from assetpay_client.models.market_page import MarketPage
    from assetpay_client.models.market_source import MarketSource
    from assetpay_client.models.market_suggestion import MarketSuggestion
    from assetpay_client.models.price_item_cs_2 import PriceItemCs2
    from assetpay_client.models.price_item_rust import PriceItemRust


class MarketResource(SyncResource):
    """``ap.market``."""

    __slots__ = ()

    def prices(
        self,
        game: int = 730,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[PriceItemCs2 | PriceItemRust]:
        """Get the price book of a game.

        ``GET /secure/prices`` (getPrices).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
        """
        return cast(
            "builtins.list[PriceItemCs2 | PriceItemRust]",
            self._requester.call(
                "getPrices",
                {
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: MarketSource | Literal["internal", "external", "Xk9W"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """Browse the marketplace (merchant).

        ``GET /secure/market`` (getMerchantMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            page: Page number, from 1. (default 1)
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
            source: Restrict rows to one supply source.
        """
        return cast(
            "MarketPage",
            self._requester.call(
                "getMerchantMarket",
                {
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "perPage": per_page,
                    "development": development,
                    "source": source,
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
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: MarketSource | Literal["internal", "external", "Xk9W"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Item]:
        """Every row of ``search``, fetched page by page as you iterate (page pages).

        ``GET /secure/market`` (getMerchantMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
            source: Restrict rows to one supply source.
        """
        return self._requester.pages(
            "getMerchantMarket",
            {
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "perPage": per_page,
                "development": development,
                "source": source,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: DeliveryFilter | Literal["any", "standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Item]:
        """List the individual listings of one item (merchant).

        ``GET /secure/market/item`` (getMerchantMarketItem).

        Args:
            item_id: Catalog id of the item (from the market, suggestions or prices). Give this or
                `marketHashName`; this one wins when both are given.
            market_hash_name: Exact market hash name (CS2 only). Give this or `itemId`.
            delivery: Keep only listings with this delivery mode (server default `any`). (default 'any')
            phase: Doppler phase (CS2); combines with `delivery`.
            float_min: Lowest float (wear) value.
            float_max: Highest float (wear) value.
            page: Page number, from 1. (default 1)
            per_page: Listings per page. (default 50)
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "getMerchantMarketItem",
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "delivery": delivery,
                    "phase": phase,
                    "floatMin": float_min,
                    "floatMax": float_max,
                    "page": page,
                    "perPage": per_page,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncMarketResource(AsyncResource):
    """``ap.market`` of the async client."""

    __slots__ = ()

    async def prices(
        self,
        game: int = 730,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[PriceItemCs2 | PriceItemRust]:
        """Get the price book of a game.

        ``GET /secure/prices`` (getPrices).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
        """
        return cast(
            "builtins.list[PriceItemCs2 | PriceItemRust]",
            await self._requester.call(
                "getPrices",
                {
                    "game": game,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: MarketSource | Literal["internal", "external", "Xk9W"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """Browse the marketplace (merchant).

        ``GET /secure/market`` (getMerchantMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            page: Page number, from 1. (default 1)
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
            source: Restrict rows to one supply source.
        """
        return cast(
            "MarketPage",
            await self._requester.call(
                "getMerchantMarket",
                {
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "perPage": per_page,
                    "development": development,
                    "source": source,
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
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: MarketSource | Literal["internal", "external", "Xk9W"] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Item]:
        """Every row of ``search``, fetched page by page as you iterate (page pages).

        ``GET /secure/market`` (getMerchantMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
            source: Restrict rows to one supply source.
        """
        return self._requester.pages(
            "getMerchantMarket",
            {
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "perPage": per_page,
                "development": development,
                "source": source,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: DeliveryFilter | Literal["any", "standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Item]:
        """List the individual listings of one item (merchant).

        ``GET /secure/market/item`` (getMerchantMarketItem).

        Args:
            item_id: Catalog id of the item (from the market, suggestions or prices). Give this or
                `marketHashName`; this one wins when both are given.
            market_hash_name: Exact market hash name (CS2 only). Give this or `itemId`.
            delivery: Keep only listings with this delivery mode (server default `any`). (default 'any')
            phase: Doppler phase (CS2); combines with `delivery`.
            float_min: Lowest float (wear) value.
            float_max: Highest float (wear) value.
            page: Page number, from 1. (default 1)
            per_page: Listings per page. (default 50)
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "getMerchantMarketItem",
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "delivery": delivery,
                    "phase": phase,
                    "floatMin": float_min,
                    "floatMax": float_max,
                    "page": page,
                    "perPage": per_page,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class ClientMarketResource(SyncResource):
    """``user.market``."""

    __slots__ = ()

    def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """Browse the marketplace.

        ``GET /client/market`` (getClientMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            page: Page number, from 1. (default 1)
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
        """
        return cast(
            "MarketPage",
            self._requester.call(
                "getClientMarket",
                {
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "perPage": per_page,
                    "development": development,
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
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Item]:
        """Every row of ``search``, fetched page by page as you iterate (page pages).

        ``GET /client/market`` (getClientMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
        """
        return self._requester.pages(
            "getClientMarket",
            {
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "perPage": per_page,
                "development": development,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: DeliveryFilter | Literal["any", "standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Item]:
        """List the individual listings of one item.

        ``GET /client/market/item`` (getClientMarketItem).

        Args:
            item_id: Catalog id of the item (from the market, suggestions or prices). Give this or
                `marketHashName`; this one wins when both are given.
            market_hash_name: Exact market hash name (CS2 only). Give this or `itemId`.
            delivery: Keep only listings with this delivery mode (server default `any`). (default 'any')
            phase: Doppler phase (CS2); combines with `delivery`.
            float_min: Lowest float (wear) value.
            float_max: Highest float (wear) value.
            page: Page number, from 1. (default 1)
            per_page: Listings per page. (default 50)
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "getClientMarketItem",
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "delivery": delivery,
                    "phase": phase,
                    "floatMin": float_min,
                    "floatMax": float_max,
                    "page": page,
                    "perPage": per_page,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def suggestions(
        self,
        q: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MarketSuggestion]:
        """Autocomplete item names (CS2).

        ``GET /client/market/suggestions`` (getClientMarketSuggestions).

        Args:
            q: The text typed so far.
        """
        return cast(
            "builtins.list[MarketSuggestion]",
            self._requester.call(
                "getClientMarketSuggestions",
                {
                    "q": q,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncClientMarketResource(AsyncResource):
    """``user.market`` of the async client."""

    __slots__ = ()

    async def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """Browse the marketplace.

        ``GET /client/market`` (getClientMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            page: Page number, from 1. (default 1)
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
        """
        return cast(
            "MarketPage",
            await self._requester.call(
                "getClientMarket",
                {
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "perPage": per_page,
                    "development": development,
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
        game: int | None = None,
        search: str | None = None,
        sort: ItemSort
        | Literal["relevance", "priceAsc", "priceDesc", "nameAsc", "nameDesc"]
        | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Item]:
        """Every row of ``search``, fetched page by page as you iterate (page pages).

        ``GET /client/market`` (getClientMarket).

        Args:
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order.
            min_price: Lowest price in USD.
            max_price: Highest price in USD.
            per_page: Rows per page, 1 to 1000; `-1` returns the whole market in one answer. (default 50)
            development: Integration aid: decorate every row with fake instant-delivery data (preview
                token, holding bot). The server also accepts the strings "0", "1", "true" and
                "false". (default False)
        """
        return self._requester.pages(
            "getClientMarket",
            {
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "perPage": per_page,
                "development": development,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: DeliveryFilter | Literal["any", "standard", "instant"] | None = None,
        phase: DopplerPhase
        | Literal[
            "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Ruby", "Sapphire", "Black Pearl", "Emerald"
        ]
        | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Item]:
        """List the individual listings of one item.

        ``GET /client/market/item`` (getClientMarketItem).

        Args:
            item_id: Catalog id of the item (from the market, suggestions or prices). Give this or
                `marketHashName`; this one wins when both are given.
            market_hash_name: Exact market hash name (CS2 only). Give this or `itemId`.
            delivery: Keep only listings with this delivery mode (server default `any`). (default 'any')
            phase: Doppler phase (CS2); combines with `delivery`.
            float_min: Lowest float (wear) value.
            float_max: Highest float (wear) value.
            page: Page number, from 1. (default 1)
            per_page: Listings per page. (default 50)
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "getClientMarketItem",
                {
                    "itemId": item_id,
                    "marketHashName": market_hash_name,
                    "delivery": delivery,
                    "phase": phase,
                    "floatMin": float_min,
                    "floatMax": float_max,
                    "page": page,
                    "perPage": per_page,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def suggestions(
        self,
        q: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[MarketSuggestion]:
        """Autocomplete item names (CS2).

        ``GET /client/market/suggestions`` (getClientMarketSuggestions).

        Args:
            q: The text typed so far.
        """
        return cast(
            "builtins.list[MarketSuggestion]",
            await self._requester.call(
                "getClientMarketSuggestions",
                {
                    "q": q,
                },
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
