# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.inventory_envelope import InventoryEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    trade_url: str,
    refresh: bool | Unset = False,
    accepted_only: bool | Unset = False,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | None | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tradeUrl"] = trade_url

    params["refresh"] = refresh

    params["acceptedOnly"] = accepted_only

    params["game"] = game

    params["search"] = search

    params["sort"] = sort

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

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/inventory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | InventoryEnvelope | None:
    if response.status_code == 200:
        response_200 = InventoryEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | InventoryEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    trade_url: str,
    refresh: bool | Unset = False,
    accepted_only: bool | Unset = False,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | None | Unset = 50,
) -> Response[ErrorEnvelope | InventoryEnvelope]:
    """Get the inventory of any Steam account by trade URL

     The Steam inventory behind `tradeUrl`, with AssetPay's deposit offer on each item; no client
    authentication is involved. Cached for 15 minutes unless `refresh=true`. `collateral` is
    always 0 here (instant credit does not apply to the merchant's own trades). HTTP 424 means
    Steam could not deliver the inventory; the request was fine and may be repeated after a
    pause. Rate limit: 10,000/min verified, 100/min unverified.

    Args:
        trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII
            digits; `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode digit).
        refresh (bool | Unset):  Default: False.
        accepted_only (bool | Unset):  Default: False.
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (str | Unset):
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        limit (int | None | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | InventoryEnvelope]
    """

    kwargs = _get_kwargs(
        trade_url=trade_url,
        refresh=refresh,
        accepted_only=accepted_only,
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    trade_url: str,
    refresh: bool | Unset = False,
    accepted_only: bool | Unset = False,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | None | Unset = 50,
) -> ErrorEnvelope | InventoryEnvelope | None:
    """Get the inventory of any Steam account by trade URL

     The Steam inventory behind `tradeUrl`, with AssetPay's deposit offer on each item; no client
    authentication is involved. Cached for 15 minutes unless `refresh=true`. `collateral` is
    always 0 here (instant credit does not apply to the merchant's own trades). HTTP 424 means
    Steam could not deliver the inventory; the request was fine and may be repeated after a
    pause. Rate limit: 10,000/min verified, 100/min unverified.

    Args:
        trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII
            digits; `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode digit).
        refresh (bool | Unset):  Default: False.
        accepted_only (bool | Unset):  Default: False.
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (str | Unset):
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        limit (int | None | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | InventoryEnvelope
    """

    return sync_detailed(
        client=client,
        trade_url=trade_url,
        refresh=refresh,
        accepted_only=accepted_only,
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    trade_url: str,
    refresh: bool | Unset = False,
    accepted_only: bool | Unset = False,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | None | Unset = 50,
) -> Response[ErrorEnvelope | InventoryEnvelope]:
    """Get the inventory of any Steam account by trade URL

     The Steam inventory behind `tradeUrl`, with AssetPay's deposit offer on each item; no client
    authentication is involved. Cached for 15 minutes unless `refresh=true`. `collateral` is
    always 0 here (instant credit does not apply to the merchant's own trades). HTTP 424 means
    Steam could not deliver the inventory; the request was fine and may be repeated after a
    pause. Rate limit: 10,000/min verified, 100/min unverified.

    Args:
        trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII
            digits; `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode digit).
        refresh (bool | Unset):  Default: False.
        accepted_only (bool | Unset):  Default: False.
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (str | Unset):
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        limit (int | None | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | InventoryEnvelope]
    """

    kwargs = _get_kwargs(
        trade_url=trade_url,
        refresh=refresh,
        accepted_only=accepted_only,
        game=game,
        search=search,
        sort=sort,
        min_price=min_price,
        max_price=max_price,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    trade_url: str,
    refresh: bool | Unset = False,
    accepted_only: bool | Unset = False,
    game: int | Unset = 730,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | None | Unset = 50,
) -> ErrorEnvelope | InventoryEnvelope | None:
    """Get the inventory of any Steam account by trade URL

     The Steam inventory behind `tradeUrl`, with AssetPay's deposit offer on each item; no client
    authentication is involved. Cached for 15 minutes unless `refresh=true`. `collateral` is
    always 0 here (instant credit does not apply to the merchant's own trades). HTTP 424 means
    Steam could not deliver the inventory; the request was fine and may be repeated after a
    pause. Rate limit: 10,000/min verified, 100/min unverified.

    Args:
        trade_url (str): A Steam trade-offer URL with partner id and 8-character token (ASCII
            digits; `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode digit).
        refresh (bool | Unset):  Default: False.
        accepted_only (bool | Unset):  Default: False.
        game (int | Unset):  Default: 730.
        search (str | Unset):
        sort (str | Unset):
        min_price (float | None | Unset):
        max_price (float | None | Unset):
        page (int | Unset):  Default: 1.
        limit (int | None | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | InventoryEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            trade_url=trade_url,
            refresh=refresh,
            accepted_only=accepted_only,
            game=game,
            search=search,
            sort=sort,
            min_price=min_price,
            max_price=max_price,
            page=page,
            limit=limit,
        )
    ).parsed
