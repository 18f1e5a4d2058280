# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.price_list_envelope import PriceListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    game: int | Unset = 730,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["game"] = game

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/prices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PriceListEnvelope | None:
    if response.status_code == 200:
        response_200 = PriceListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PriceListEnvelope]:
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
) -> Response[ErrorEnvelope | PriceListEnvelope]:
    """Get the price book of a game

     Every item AssetPay trades for the game, with the deposit price it pays and the withdraw
    price (merchant fee included) per delivery mode. The entry shape depends on `game`: CS2
    entries (`PriceItemCs2`, Doppler items once with a `phases` breakdown and the cheapest phase
    as the top-level floor) or Rust entries (`PriceItemRust`). Withdraw prices can be passed to
    `/secure/buy` unchanged. Rate limit: 1,000/hour verified, 100/hour unverified.

    Args:
        game (int | Unset):  Default: 730.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceListEnvelope]
    """

    kwargs = _get_kwargs(
        game=game,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
) -> ErrorEnvelope | PriceListEnvelope | None:
    """Get the price book of a game

     Every item AssetPay trades for the game, with the deposit price it pays and the withdraw
    price (merchant fee included) per delivery mode. The entry shape depends on `game`: CS2
    entries (`PriceItemCs2`, Doppler items once with a `phases` breakdown and the cheapest phase
    as the top-level floor) or Rust entries (`PriceItemRust`). Withdraw prices can be passed to
    `/secure/buy` unchanged. Rate limit: 1,000/hour verified, 100/hour unverified.

    Args:
        game (int | Unset):  Default: 730.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceListEnvelope
    """

    return sync_detailed(
        client=client,
        game=game,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
) -> Response[ErrorEnvelope | PriceListEnvelope]:
    """Get the price book of a game

     Every item AssetPay trades for the game, with the deposit price it pays and the withdraw
    price (merchant fee included) per delivery mode. The entry shape depends on `game`: CS2
    entries (`PriceItemCs2`, Doppler items once with a `phases` breakdown and the cheapest phase
    as the top-level floor) or Rust entries (`PriceItemRust`). Withdraw prices can be passed to
    `/secure/buy` unchanged. Rate limit: 1,000/hour verified, 100/hour unverified.

    Args:
        game (int | Unset):  Default: 730.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceListEnvelope]
    """

    kwargs = _get_kwargs(
        game=game,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    game: int | Unset = 730,
) -> ErrorEnvelope | PriceListEnvelope | None:
    """Get the price book of a game

     Every item AssetPay trades for the game, with the deposit price it pays and the withdraw
    price (merchant fee included) per delivery mode. The entry shape depends on `game`: CS2
    entries (`PriceItemCs2`, Doppler items once with a `phases` breakdown and the cheapest phase
    as the top-level floor) or Rust entries (`PriceItemRust`). Withdraw prices can be passed to
    `/secure/buy` unchanged. Rate limit: 1,000/hour verified, 100/hour unverified.

    Args:
        game (int | Unset):  Default: 730.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            game=game,
        )
    ).parsed
