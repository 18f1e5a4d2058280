# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.quick_buy_request import QuickBuyRequest
from ...models.trade_envelope import TradeEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: QuickBuyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure/buy/quick",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TradeEnvelope | None:
    if response.status_code == 200:
        response_200 = TradeEnvelope.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
) -> Response[ErrorEnvelope | TradeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QuickBuyRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Buy the cheapest listings of one item under a price ceiling (merchant)

     Buys up to `amount` of the cheapest listings of one catalog item whose per-unit price
    (fees included, same basis as the `/secure/prices` withdraw price) is at or under
    `maxPrice`, for the account behind `tradeUrl`. CS2 only (`QUICK_BUY_UNSUPPORTED_GAME` for
    Rust). The trade starts without items and reserves the worst-case total; it is filled
    asynchronously, and the trade callback later reports what was bought (possibly fewer than
    `amount`) and refunds the rest. Goes through the approval callback like every withdrawal.
    `phase` together with `delivery: instant` is refused with `VALIDATION_FAILED`.

    Args:
        body (QuickBuyRequest): Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`,
            when given, holds exactly `amount` entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: QuickBuyRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Buy the cheapest listings of one item under a price ceiling (merchant)

     Buys up to `amount` of the cheapest listings of one catalog item whose per-unit price
    (fees included, same basis as the `/secure/prices` withdraw price) is at or under
    `maxPrice`, for the account behind `tradeUrl`. CS2 only (`QUICK_BUY_UNSUPPORTED_GAME` for
    Rust). The trade starts without items and reserves the worst-case total; it is filled
    asynchronously, and the trade callback later reports what was bought (possibly fewer than
    `amount`) and refunds the rest. Goes through the approval callback like every withdrawal.
    `phase` together with `delivery: instant` is refused with `VALIDATION_FAILED`.

    Args:
        body (QuickBuyRequest): Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`,
            when given, holds exactly `amount` entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuickBuyRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Buy the cheapest listings of one item under a price ceiling (merchant)

     Buys up to `amount` of the cheapest listings of one catalog item whose per-unit price
    (fees included, same basis as the `/secure/prices` withdraw price) is at or under
    `maxPrice`, for the account behind `tradeUrl`. CS2 only (`QUICK_BUY_UNSUPPORTED_GAME` for
    Rust). The trade starts without items and reserves the worst-case total; it is filled
    asynchronously, and the trade callback later reports what was bought (possibly fewer than
    `amount`) and refunds the rest. Goes through the approval callback like every withdrawal.
    `phase` together with `delivery: instant` is refused with `VALIDATION_FAILED`.

    Args:
        body (QuickBuyRequest): Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`,
            when given, holds exactly `amount` entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QuickBuyRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Buy the cheapest listings of one item under a price ceiling (merchant)

     Buys up to `amount` of the cheapest listings of one catalog item whose per-unit price
    (fees included, same basis as the `/secure/prices` withdraw price) is at or under
    `maxPrice`, for the account behind `tradeUrl`. CS2 only (`QUICK_BUY_UNSUPPORTED_GAME` for
    Rust). The trade starts without items and reserves the worst-case total; it is filled
    asynchronously, and the trade callback later reports what was bought (possibly fewer than
    `amount`) and refunds the rest. Goes through the approval callback like every withdrawal.
    `phase` together with `delivery: instant` is refused with `VALIDATION_FAILED`.

    Args:
        body (QuickBuyRequest): Give `itemId` or `marketHashName` (`itemId` wins). `externalIds`,
            when given, holds exactly `amount` entries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
