"""Market: the price book, browsing, the listings of one item, autocomplete, and inventories.

Merchant scope: ``ap.market.prices/search/iterate/listings``, ``ap.inventory.get/iterate``.
End-user scope: ``user.market.search/iterate/listings/suggestions``, ``user.inventory.get/iterate``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.pagination import AsyncPager, Page, Pager, next_page_number, rows, whole_number
from assetpay.resources._common import AsyncResource, SyncResource, options, query_call

if TYPE_CHECKING:
    from assetpay_client.models.inventory import Inventory
    from assetpay_client.models.item import Item
    from assetpay_client.models.market_page import MarketPage
    from assetpay_client.models.market_suggestion import MarketSuggestion
    from assetpay_client.models.price_item_cs_2 import PriceItemCs2
    from assetpay_client.models.price_item_rust import PriceItemRust

DEFAULT_PER_PAGE = 50


def _search_call(op: str, auth: _Auth, o: CallOptions, filters: Mapping[str, Any]) -> Call:
    return query_call(op, auth, o, **filters)


def _market_page(result: Any, page: int, per_page: int) -> Page[Any]:
    items = rows(result, "items")
    count = whole_number(result.count, "count")
    return Page(items, next_page_number(page, per_page, count, len(items)))


def _inventory_page(result: Any, page: int, per_page: int) -> Page[Any]:
    items = rows(result, "inventory")
    count = whole_number(result.count, "count")
    return Page(items, next_page_number(page, per_page, count, len(items)))


def _market_filters(
    game: int | None,
    search: str | None,
    sort: str | None,
    min_price: float | None,
    max_price: float | None,
    development: bool | None,
) -> dict[str, Any]:
    return {
        "game": game,
        "search": search,
        "sort": sort,
        "min_price": min_price,
        "max_price": max_price,
        "development": development,
    }


def _inventory_filters(
    refresh: bool | None,
    accepted_only: bool | None,
    game: int | None,
    search: str | None,
    sort: str | None,
    min_price: float | None,
    max_price: float | None,
) -> dict[str, Any]:
    return {
        "refresh": refresh,
        "accepted_only": accepted_only,
        "game": game,
        "search": search,
        "sort": sort,
        "min_price": min_price,
        "max_price": max_price,
    }


def _listing_filters(
    item_id: str | None,
    market_hash_name: str | None,
    delivery: str | None,
    phase: str | None,
    float_min: float | None,
    float_max: float | None,
    page: int | None,
    per_page: int | None,
) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "market_hash_name": market_hash_name,
        "delivery": delivery,
        "phase": phase,
        "float_min": float_min,
        "float_max": float_max,
        "page": page,
        "per_page": per_page,
    }


class _SyncMarketBase(SyncResource):
    _search_op = ""
    _listings_op = ""

    def _search(self, filters: dict[str, Any], o: CallOptions) -> MarketPage:
        return cast(
            "MarketPage",
            self._transport.call(_search_call(self._search_op, self._auth, o, filters)),
        )

    def _iterate(
        self, filters: dict[str, Any], per_page: int | None, o: CallOptions
    ) -> Pager[Item]:
        size = per_page or DEFAULT_PER_PAGE

        def fetch(position: object | None) -> Page[Item]:
            page = position if isinstance(position, int) else 1
            query = {**filters, "page": page, "per_page": size}
            return _market_page(self._search(query, o), page, size)

        return Pager(fetch)

    def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Item]:
        """The individual listings of one item, by catalog ``item_id`` or ``market_hash_name``."""
        filters = _listing_filters(
            item_id, market_hash_name, delivery, phase, float_min, float_max, page, per_page
        )
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "list[Item]",
            self._transport.call(query_call(self._listings_op, self._auth, o, **filters)),
        )


class _AsyncMarketBase(AsyncResource):
    _search_op = ""
    _listings_op = ""

    async def _search(self, filters: dict[str, Any], o: CallOptions) -> MarketPage:
        return cast(
            "MarketPage",
            await self._transport.call(_search_call(self._search_op, self._auth, o, filters)),
        )

    def _iterate(
        self, filters: dict[str, Any], per_page: int | None, o: CallOptions
    ) -> AsyncPager[Item]:
        size = per_page or DEFAULT_PER_PAGE

        async def fetch(position: object | None) -> Page[Item]:
            page = position if isinstance(position, int) else 1
            query = {**filters, "page": page, "per_page": size}
            return _market_page(await self._search(query, o), page, size)

        return AsyncPager(fetch)

    async def listings(
        self,
        *,
        item_id: str | None = None,
        market_hash_name: str | None = None,
        delivery: str | None = None,
        phase: str | None = None,
        float_min: float | None = None,
        float_max: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Item]:
        """The individual listings of one item, by catalog ``item_id`` or ``market_hash_name``."""
        filters = _listing_filters(
            item_id, market_hash_name, delivery, phase, float_min, float_max, page, per_page
        )
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "list[Item]",
            await self._transport.call(query_call(self._listings_op, self._auth, o, **filters)),
        )


class Market(_SyncMarketBase):
    """``ap.market`` (merchant): prices, search, iterate, listings."""

    _search_op = "getMerchantMarket"
    _listings_op = "getMerchantMarketItem"

    def prices(
        self,
        game: int = 730,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PriceItemCs2 | PriceItemRust]:
        """The price book of ``game`` (730 CS2 entries, 252490 Rust entries)."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getPrices", self._auth, o, game=game)
        return cast("list[PriceItemCs2 | PriceItemRust]", self._transport.call(call))

    def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """One page of market rows (``GET /secure/market``)."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return self._search({**filters, "source": source, "page": page, "per_page": per_page}, o)

    def iterate(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[Item]:
        """Every matching market row, page by page as you iterate."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return self._iterate({**filters, "source": source}, per_page, o)


class AsyncMarket(_AsyncMarketBase):
    """``ap.market`` of :class:`assetpay.AsyncAssetPay`."""

    _search_op = "getMerchantMarket"
    _listings_op = "getMerchantMarketItem"

    async def prices(
        self,
        game: int = 730,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PriceItemCs2 | PriceItemRust]:
        """The price book of ``game``."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getPrices", self._auth, o, game=game)
        return cast("list[PriceItemCs2 | PriceItemRust]", await self._transport.call(call))

    async def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """One page of market rows."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return await self._search(
            {**filters, "source": source, "page": page, "per_page": per_page}, o
        )

    def iterate(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        source: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Item]:
        """Every matching market row (``async for``)."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return self._iterate({**filters, "source": source}, per_page, o)


class ClientMarket(_SyncMarketBase):
    """``user.market``: search, iterate, listings, suggestions."""

    _search_op = "getClientMarket"
    _listings_op = "getClientMarketItem"

    def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """One page of market rows (``GET /client/market``)."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return self._search({**filters, "page": page, "per_page": per_page}, o)

    def iterate(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Pager[Item]:
        """Every matching market row, page by page as you iterate."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        return self._iterate(filters, per_page, options(timeout, max_retries, extra_headers))

    def suggestions(
        self,
        q: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[MarketSuggestion]:
        """Autocomplete of CS2 item names; each ``id`` is a catalog ``item_id``."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getClientMarketSuggestions", self._auth, o, q=q)
        return cast("list[MarketSuggestion]", self._transport.call(call))


class AsyncClientMarket(_AsyncMarketBase):
    """``user.market`` of an async client scope."""

    _search_op = "getClientMarket"
    _listings_op = "getClientMarketItem"

    async def search(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        page: int | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MarketPage:
        """One page of market rows."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        o = options(timeout, max_retries, extra_headers)
        return await self._search({**filters, "page": page, "per_page": per_page}, o)

    def iterate(
        self,
        *,
        game: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        per_page: int | None = None,
        development: bool | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Item]:
        """Every matching market row (``async for``)."""
        filters = _market_filters(game, search, sort, min_price, max_price, development)
        return self._iterate(filters, per_page, options(timeout, max_retries, extra_headers))

    async def suggestions(
        self,
        q: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[MarketSuggestion]:
        """Autocomplete of CS2 item names."""
        o = options(timeout, max_retries, extra_headers)
        call = query_call("getClientMarketSuggestions", self._auth, o, q=q)
        return cast("list[MarketSuggestion]", await self._transport.call(call))


# ----------------------------------------------------------------------------- inventories


class _SyncInventoryBase(SyncResource):
    _op = ""

    def _get(self, filters: dict[str, Any], o: CallOptions) -> Inventory:
        return cast(
            "Inventory", self._transport.call(query_call(self._op, self._auth, o, **filters))
        )

    def _iterate(self, filters: dict[str, Any], limit: int | None, o: CallOptions) -> Pager[Item]:
        size = limit or DEFAULT_PER_PAGE

        def fetch(position: object | None) -> Page[Item]:
            page = position if isinstance(position, int) else 1
            return _inventory_page(
                self._get({**filters, "page": page, "limit": size}, o), page, size
            )

        return Pager(fetch)


class _AsyncInventoryBase(AsyncResource):
    _op = ""

    async def _get(self, filters: dict[str, Any], o: CallOptions) -> Inventory:
        return cast(
            "Inventory", await self._transport.call(query_call(self._op, self._auth, o, **filters))
        )

    def _iterate(
        self, filters: dict[str, Any], limit: int | None, o: CallOptions
    ) -> AsyncPager[Item]:
        size = limit or DEFAULT_PER_PAGE

        async def fetch(position: object | None) -> Page[Item]:
            page = position if isinstance(position, int) else 1
            result = await self._get({**filters, "page": page, "limit": size}, o)
            return _inventory_page(result, page, size)

        return AsyncPager(fetch)


class MerchantInventory(_SyncInventoryBase):
    """``ap.inventory`` (merchant): any account's inventory by trade URL."""

    _op = "getMerchantInventory"

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
        """The inventory behind ``trade_url`` with deposit offers (``/secure/inventory``)."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return self._get({**filters, "trade_url": trade_url, "page": page, "limit": limit}, o)

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
    ) -> Pager[Item]:
        """Every matching inventory item, page by page as you iterate."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return self._iterate({**filters, "trade_url": trade_url}, limit, o)


class AsyncInventory(_AsyncInventoryBase):
    """``ap.inventory`` of :class:`assetpay.AsyncAssetPay`."""

    _op = "getMerchantInventory"

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
        """The inventory behind ``trade_url`` with AssetPay's deposit offers."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return await self._get({**filters, "trade_url": trade_url, "page": page, "limit": limit}, o)

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
    ) -> AsyncPager[Item]:
        """Every matching inventory item (``async for``)."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return self._iterate({**filters, "trade_url": trade_url}, limit, o)


class ClientInventory(_SyncInventoryBase):
    """``user.inventory``: the user's own inventory and collateral."""

    _op = "getClientInventory"

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
        """The user's inventory with deposit offers and collateral (``/client/inventory``)."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return self._get({**filters, "page": page, "limit": limit}, o)

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
    ) -> Pager[Item]:
        """Every matching item of the user's inventory, page by page as you iterate."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        return self._iterate(filters, limit, options(timeout, max_retries, extra_headers))


class AsyncClientInventory(_AsyncInventoryBase):
    """``user.inventory`` of an async client scope."""

    _op = "getClientInventory"

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
        """The user's inventory with deposit offers and collateral."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        o = options(timeout, max_retries, extra_headers)
        return await self._get({**filters, "page": page, "limit": limit}, o)

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
    ) -> AsyncPager[Item]:
        """Every matching item of the user's inventory (``async for``)."""
        filters = _inventory_filters(
            refresh, accepted_only, game, search, sort, min_price, max_price
        )
        return self._iterate(filters, limit, options(timeout, max_retries, extra_headers))


__all__ = [
    "AsyncClientInventory",
    "AsyncClientMarket",
    "AsyncInventory",
    "AsyncMarket",
    "ClientInventory",
    "ClientMarket",
    "Market",
    "MerchantInventory",
]
