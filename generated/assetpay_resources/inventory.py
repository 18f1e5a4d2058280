# generated from openapi.yaml by make client — do not edit
"""``inventory``: ap.inventory (InventoryResource, AsyncInventoryResource); user.inventory (ClientInventoryResource, AsyncClientInventoryResource).

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
    from assetpay_client.models.inventory import Inventory
    from assetpay_client.models.item import Item


class InventoryResource(SyncResource):
    """``ap.inventory``."""

    __slots__ = ()

    def get(
        self,
        *,
        trade_url: str,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Inventory:
        """Get the inventory of any Steam account by trade URL.

        ``GET /secure/inventory`` (getMerchantInventory).

        Args:
            trade_url: Trade URL of the Steam account whose inventory is wanted.
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            page: Page number, from 1. (default 1)
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return cast(
            "Inventory",
            self._requester.call(
                "getMerchantInventory",
                {
                    "tradeUrl": trade_url,
                    "refresh": refresh,
                    "acceptedOnly": accepted_only,
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "limit": limit,
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
        trade_url: str,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Item]:
        """Every row of ``get``, fetched page by page as you iterate (page pages).

        ``GET /secure/inventory`` (getMerchantInventory).

        Args:
            trade_url: Trade URL of the Steam account whose inventory is wanted.
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return self._requester.pages(
            "getMerchantInventory",
            {
                "tradeUrl": trade_url,
                "refresh": refresh,
                "acceptedOnly": accepted_only,
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncInventoryResource(AsyncResource):
    """``ap.inventory`` of the async client."""

    __slots__ = ()

    async def get(
        self,
        *,
        trade_url: str,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Inventory:
        """Get the inventory of any Steam account by trade URL.

        ``GET /secure/inventory`` (getMerchantInventory).

        Args:
            trade_url: Trade URL of the Steam account whose inventory is wanted.
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            page: Page number, from 1. (default 1)
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return cast(
            "Inventory",
            await self._requester.call(
                "getMerchantInventory",
                {
                    "tradeUrl": trade_url,
                    "refresh": refresh,
                    "acceptedOnly": accepted_only,
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "limit": limit,
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
        trade_url: str,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Item]:
        """Every row of ``get``, fetched page by page as you iterate (page pages).

        ``GET /secure/inventory`` (getMerchantInventory).

        Args:
            trade_url: Trade URL of the Steam account whose inventory is wanted.
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return self._requester.pages(
            "getMerchantInventory",
            {
                "tradeUrl": trade_url,
                "refresh": refresh,
                "acceptedOnly": accepted_only,
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ClientInventoryResource(SyncResource):
    """``user.inventory``."""

    __slots__ = ()

    def get(
        self,
        *,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Inventory:
        """Get the authenticated user's inventory.

        ``GET /client/inventory`` (getClientInventory).

        Args:
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            page: Page number, from 1. (default 1)
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return cast(
            "Inventory",
            self._requester.call(
                "getClientInventory",
                {
                    "refresh": refresh,
                    "acceptedOnly": accepted_only,
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "limit": limit,
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
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pages[Item]:
        """Every row of ``get``, fetched page by page as you iterate (page pages).

        ``GET /client/inventory`` (getClientInventory).

        Args:
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return self._requester.pages(
            "getClientInventory",
            {
                "refresh": refresh,
                "acceptedOnly": accepted_only,
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncClientInventoryResource(AsyncResource):
    """``user.inventory`` of the async client."""

    __slots__ = ()

    async def get(
        self,
        *,
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Inventory:
        """Get the authenticated user's inventory.

        ``GET /client/inventory`` (getClientInventory).

        Args:
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            page: Page number, from 1. (default 1)
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return cast(
            "Inventory",
            await self._requester.call(
                "getClientInventory",
                {
                    "refresh": refresh,
                    "acceptedOnly": accepted_only,
                    "game": game,
                    "search": search,
                    "sort": sort,
                    "minPrice": min_price,
                    "maxPrice": max_price,
                    "page": page,
                    "limit": limit,
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
        refresh: bool | None = None,
        accepted_only: bool | None = None,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPages[Item]:
        """Every row of ``get``, fetched page by page as you iterate (page pages).

        ``GET /client/inventory`` (getClientInventory).

        Args:
            refresh: Skip the 15-minute inventory cache. The server also accepts the strings "true"
                and "false". (default False)
            accepted_only: Return only items AssetPay accepts for deposit. The server also accepts the
                strings "true" and "false". (default False)
            game: Steam app id of the game, as an integer (730 CS2, 252490 Rust). (default 730)
            search: Free-text filter on the item name.
            sort: Row order: `relevance`, `priceAsc`, `priceDesc`, `nameAsc` or `nameDesc`. A
                plain string here, as AssetPay's machine spec types it for inventories (the
                market's `sort` is the closed `ItemSort` enum); an unknown value is for the
                server to refuse.
            min_price: Lowest offer price in USD.
            max_price: Highest offer price in USD.
            limit: Items per page; `-1` turns paging off and returns every item. (default 50)
        """
        return self._requester.pages(
            "getClientInventory",
            {
                "refresh": refresh,
                "acceptedOnly": accepted_only,
                "game": game,
                "search": search,
                "sort": sort,
                "minPrice": min_price,
                "maxPrice": max_price,
                "limit": limit,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
