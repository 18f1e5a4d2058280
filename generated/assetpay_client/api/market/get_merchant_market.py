# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.item_sort import ItemSort
from ...models.market_page_envelope import MarketPageEnvelope
from ...models.market_source import MarketSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: ItemSort | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    development: bool | Unset = False,
    source: MarketSource | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["game"] = game

    params["search"] = search

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_min_price: float | None | Unset
    if isinstance(min_price, Unset):
        json_min_price = UNSET
    else:
        json_min_price = min_price
    params["minPrice"] = json_min_price

    json_max_price: float | None | Unset
    if isinstance(max_price, Unset):
        json_max_price = UNSET
    else:
        json_max_price = max_price
    params["maxPrice"] = json_max_price

    params["page"] = page

    params["perPage"] = per_page

    params["development"] = development

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/market",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MarketPageEnvelope | None:
    if response.status_code == 200:
        response_200 = MarketPageEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 424:
        response_424 = ErrorEnvelope.from_dict(response.json())

        return response_424

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | MarketPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: ItemSort | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    development: bool | Unset = False,
    source: MarketSource | Unset = UNSET,
) -> Response[ErrorEnvelope | MarketPageEnvelope]:
    """Browse the marketplace (merchant)

     The same marketplace the merchant's users see, with an extra `source` filter. CS2 rows carry
    `itemId`, the parent catalog id. For a withdrawal pass a listing's `id` as `items[].itemId`
    and its `offer.price` as `items[].price`.

    Args:
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (ItemSort | Unset): Sort order of market and inventory rows.
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        development (bool | Unset):  Default: False.
        source (MarketSource | Unset): Supply source filter of `/secure/market`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MarketPageEnvelope]
    """

    kwargs = _get_kwargs(
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        per_page=per_page,
        development=development,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: ItemSort | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    development: bool | Unset = False,
    source: MarketSource | Unset = UNSET,
) -> ErrorEnvelope | MarketPageEnvelope | None:
    """Browse the marketplace (merchant)

     The same marketplace the merchant's users see, with an extra `source` filter. CS2 rows carry
    `itemId`, the parent catalog id. For a withdrawal pass a listing's `id` as `items[].itemId`
    and its `offer.price` as `items[].price`.

    Args:
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (ItemSort | Unset): Sort order of market and inventory rows.
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        development (bool | Unset):  Default: False.
        source (MarketSource | Unset): Supply source filter of `/secure/market`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MarketPageEnvelope
    """

    return sync_detailed(
        client=client,
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        per_page=per_page,
        development=development,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: ItemSort | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    development: bool | Unset = False,
    source: MarketSource | Unset = UNSET,
) -> Response[ErrorEnvelope | MarketPageEnvelope]:
    """Browse the marketplace (merchant)

     The same marketplace the merchant's users see, with an extra `source` filter. CS2 rows carry
    `itemId`, the parent catalog id. For a withdrawal pass a listing's `id` as `items[].itemId`
    and its `offer.price` as `items[].price`.

    Args:
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (ItemSort | Unset): Sort order of market and inventory rows.
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        development (bool | Unset):  Default: False.
        source (MarketSource | Unset): Supply source filter of `/secure/market`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MarketPageEnvelope]
    """

    kwargs = _get_kwargs(
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        per_page=per_page,
        development=development,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: ItemSort | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    development: bool | Unset = False,
    source: MarketSource | Unset = UNSET,
) -> ErrorEnvelope | MarketPageEnvelope | None:
    """Browse the marketplace (merchant)

     The same marketplace the merchant's users see, with an extra `source` filter. CS2 rows carry
    `itemId`, the parent catalog id. For a withdrawal pass a listing's `id` as `items[].itemId`
    and its `offer.price` as `items[].price`.

    Args:
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (ItemSort | Unset): Sort order of market and inventory rows.
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        development (bool | Unset):  Default: False.
        source (MarketSource | Unset): Supply source filter of `/secure/market`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MarketPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            game=game,
            search=search,
            sort=sort,
            min_price=min_price,
            max_price=max_price,
            page=page,
            per_page=per_page,
            development=development,
            source=source,
        )
    ).parsed
