# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_trade_url_request import CheckTradeUrlRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.trade_url_check_envelope import TradeUrlCheckEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CheckTradeUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure/check-tradeurl",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TradeUrlCheckEnvelope | None:
    if response.status_code == 200:
        response_200 = TradeUrlCheckEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TradeUrlCheckEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckTradeUrlRequest,
) -> Response[ErrorEnvelope | TradeUrlCheckEnvelope]:
    """Check a Steam trade URL and the account's trading ability

     Resolves a trade URL to its Steam account and reports whether that account can trade (bans,
    escrow, private inventory). Meant to run before a user is authenticated. Results are cached
    for an hour; `forceRefresh: true` skips the cache and should be used sparingly. Note the
    all-lower-case body key `tradeurl`. Rate limit: 100,000/hour verified, 100/hour unverified.

    Args:
        body (CheckTradeUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeUrlCheckEnvelope]
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
    body: CheckTradeUrlRequest,
) -> ErrorEnvelope | TradeUrlCheckEnvelope | None:
    """Check a Steam trade URL and the account's trading ability

     Resolves a trade URL to its Steam account and reports whether that account can trade (bans,
    escrow, private inventory). Meant to run before a user is authenticated. Results are cached
    for an hour; `forceRefresh: true` skips the cache and should be used sparingly. Note the
    all-lower-case body key `tradeurl`. Rate limit: 100,000/hour verified, 100/hour unverified.

    Args:
        body (CheckTradeUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeUrlCheckEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckTradeUrlRequest,
) -> Response[ErrorEnvelope | TradeUrlCheckEnvelope]:
    """Check a Steam trade URL and the account's trading ability

     Resolves a trade URL to its Steam account and reports whether that account can trade (bans,
    escrow, private inventory). Meant to run before a user is authenticated. Results are cached
    for an hour; `forceRefresh: true` skips the cache and should be used sparingly. Note the
    all-lower-case body key `tradeurl`. Rate limit: 100,000/hour verified, 100/hour unverified.

    Args:
        body (CheckTradeUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeUrlCheckEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CheckTradeUrlRequest,
) -> ErrorEnvelope | TradeUrlCheckEnvelope | None:
    """Check a Steam trade URL and the account's trading ability

     Resolves a trade URL to its Steam account and reports whether that account can trade (bans,
    escrow, private inventory). Meant to run before a user is authenticated. Results are cached
    for an hour; `forceRefresh: true` skips the cache and should be used sparingly. Note the
    all-lower-case body key `tradeurl`. Rate limit: 100,000/hour verified, 100/hour unverified.

    Args:
        body (CheckTradeUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeUrlCheckEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
