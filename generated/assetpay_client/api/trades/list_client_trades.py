# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.game_id import GameId
from ...models.trade_page_envelope import TradePageEnvelope
from ...models.trade_type import TradeType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: TradeType | Unset = UNSET,
    game: GameId | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_game: str | Unset = UNSET
    if not isinstance(game, Unset):
        json_game = game.value

    params["game"] = json_game

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/trades",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TradePageEnvelope | None:
    if response.status_code == 200:
        response_200 = TradePageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TradePageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: TradeType | Unset = UNSET,
    game: GameId | Unset = UNSET,
) -> Response[ErrorEnvelope | TradePageEnvelope]:
    """List the user's trades (cursor pages)

     The authenticated user's deposits and withdrawals, newest first. Pass the previous page's
    `nextCursor` as `cursor`; it is null on the last page. There is no single-trade route for
    clients; merchants look trades up with `GET /secure/trades/{tradeId}`. Rate limit:
    3,000/min verified, 30/min unverified.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (TradeType | Unset): `deposit`: the user gives skins to AssetPay. `withdraw`:
            AssetPay buys skins and gives them to the user.
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in
            the trade-list query. "730" is CS2, "252490" Rust.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradePageEnvelope]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        type_=type_,
        game=game,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: TradeType | Unset = UNSET,
    game: GameId | Unset = UNSET,
) -> ErrorEnvelope | TradePageEnvelope | None:
    """List the user's trades (cursor pages)

     The authenticated user's deposits and withdrawals, newest first. Pass the previous page's
    `nextCursor` as `cursor`; it is null on the last page. There is no single-trade route for
    clients; merchants look trades up with `GET /secure/trades/{tradeId}`. Rate limit:
    3,000/min verified, 30/min unverified.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (TradeType | Unset): `deposit`: the user gives skins to AssetPay. `withdraw`:
            AssetPay buys skins and gives them to the user.
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in
            the trade-list query. "730" is CS2, "252490" Rust.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradePageEnvelope
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        type_=type_,
        game=game,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: TradeType | Unset = UNSET,
    game: GameId | Unset = UNSET,
) -> Response[ErrorEnvelope | TradePageEnvelope]:
    """List the user's trades (cursor pages)

     The authenticated user's deposits and withdrawals, newest first. Pass the previous page's
    `nextCursor` as `cursor`; it is null on the last page. There is no single-trade route for
    clients; merchants look trades up with `GET /secure/trades/{tradeId}`. Rate limit:
    3,000/min verified, 30/min unverified.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (TradeType | Unset): `deposit`: the user gives skins to AssetPay. `withdraw`:
            AssetPay buys skins and gives them to the user.
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in
            the trade-list query. "730" is CS2, "252490" Rust.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradePageEnvelope]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        type_=type_,
        game=game,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: TradeType | Unset = UNSET,
    game: GameId | Unset = UNSET,
) -> ErrorEnvelope | TradePageEnvelope | None:
    """List the user's trades (cursor pages)

     The authenticated user's deposits and withdrawals, newest first. Pass the previous page's
    `nextCursor` as `cursor`; it is null on the last page. There is no single-trade route for
    clients; merchants look trades up with `GET /secure/trades/{tradeId}`. Rate limit:
    3,000/min verified, 30/min unverified.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (TradeType | Unset): `deposit`: the user gives skins to AssetPay. `withdraw`:
            AssetPay buys skins and gives them to the user.
        game (GameId | Unset): Steam app id as a string, used in request bodies, on trades and in
            the trade-list query. "730" is CS2, "252490" Rust.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradePageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            type_=type_,
            game=game,
        )
    ).parsed
