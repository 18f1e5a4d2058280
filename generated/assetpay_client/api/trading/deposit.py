# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposit_request import DepositRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.trade_envelope import TradeEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DepositRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/trading/deposit",
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

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

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
    body: DepositRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Deposit skins (the user sells to AssetPay)

     The user sends the items to AssetPay by Steam trade offer; the value is credited to the
    merchant balance (crediting the user is the merchant's job). Prices must equal the current
    offers of `/client/inventory` (`PRICE_CHANGED` otherwise). With `isInstant`, CS2 value is
    split into `preCredit` (credited at `hold`) and `pendingCredit` (at `completed`) according to
    the user's collateral; Rust is always credited in full. Baskets split over several offers
    come back with `relatedTrades`. `isInstant` defaults to false in this schema and should
    always be sent explicitly (the published documentation and machine spec disagree on its
    default). Not idempotent: deduplicate with `externalId`. Per-user guard: at most 5 open
    deposits (`TOO_MANY_ACTIVE_TRADES`) and 10 per rolling 5 minutes (`RATE_LIMITED`). Allow up
    to 100 s for the answer. Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (DepositRequest):

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
    body: DepositRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Deposit skins (the user sells to AssetPay)

     The user sends the items to AssetPay by Steam trade offer; the value is credited to the
    merchant balance (crediting the user is the merchant's job). Prices must equal the current
    offers of `/client/inventory` (`PRICE_CHANGED` otherwise). With `isInstant`, CS2 value is
    split into `preCredit` (credited at `hold`) and `pendingCredit` (at `completed`) according to
    the user's collateral; Rust is always credited in full. Baskets split over several offers
    come back with `relatedTrades`. `isInstant` defaults to false in this schema and should
    always be sent explicitly (the published documentation and machine spec disagree on its
    default). Not idempotent: deduplicate with `externalId`. Per-user guard: at most 5 open
    deposits (`TOO_MANY_ACTIVE_TRADES`) and 10 per rolling 5 minutes (`RATE_LIMITED`). Allow up
    to 100 s for the answer. Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (DepositRequest):

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
    body: DepositRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Deposit skins (the user sells to AssetPay)

     The user sends the items to AssetPay by Steam trade offer; the value is credited to the
    merchant balance (crediting the user is the merchant's job). Prices must equal the current
    offers of `/client/inventory` (`PRICE_CHANGED` otherwise). With `isInstant`, CS2 value is
    split into `preCredit` (credited at `hold`) and `pendingCredit` (at `completed`) according to
    the user's collateral; Rust is always credited in full. Baskets split over several offers
    come back with `relatedTrades`. `isInstant` defaults to false in this schema and should
    always be sent explicitly (the published documentation and machine spec disagree on its
    default). Not idempotent: deduplicate with `externalId`. Per-user guard: at most 5 open
    deposits (`TOO_MANY_ACTIVE_TRADES`) and 10 per rolling 5 minutes (`RATE_LIMITED`). Allow up
    to 100 s for the answer. Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (DepositRequest):

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
    body: DepositRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Deposit skins (the user sells to AssetPay)

     The user sends the items to AssetPay by Steam trade offer; the value is credited to the
    merchant balance (crediting the user is the merchant's job). Prices must equal the current
    offers of `/client/inventory` (`PRICE_CHANGED` otherwise). With `isInstant`, CS2 value is
    split into `preCredit` (credited at `hold`) and `pendingCredit` (at `completed`) according to
    the user's collateral; Rust is always credited in full. Baskets split over several offers
    come back with `relatedTrades`. `isInstant` defaults to false in this schema and should
    always be sent explicitly (the published documentation and machine spec disagree on its
    default). Not idempotent: deduplicate with `externalId`. Per-user guard: at most 5 open
    deposits (`TOO_MANY_ACTIVE_TRADES`) and 10 per rolling 5 minutes (`RATE_LIMITED`). Allow up
    to 100 s for the answer. Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (DepositRequest):

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
