# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trade_lookup_envelope import TradeLookupEnvelope
from ...types import Response


def _get_kwargs(
    trade_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/trades/{trade_id}".format(
            trade_id=quote(str(trade_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TradeLookupEnvelope | None:
    if response.status_code == 200:
        response_200 = TradeLookupEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TradeLookupEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trade_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | TradeLookupEnvelope]:
    """Look up trades by id or externalId (one, or up to 100)

     `tradeId` is an internal trade id or your `externalId`, or up to 100 of them joined with
    commas. One reference answers with a single `Trade` (404 `TRADE_NOT_FOUND` when unknown);
    several answer with an array of the trades that were found, unmatched ones silently left out.
    Tell the two apart by JSON type. Per the machine spec and the SDK this finds the merchant's
    own trades and those of its clients (the reconcile step relies on it); the current docs say
    client trades answer 404, so be ready for that.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeLookupEnvelope]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trade_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | TradeLookupEnvelope | None:
    """Look up trades by id or externalId (one, or up to 100)

     `tradeId` is an internal trade id or your `externalId`, or up to 100 of them joined with
    commas. One reference answers with a single `Trade` (404 `TRADE_NOT_FOUND` when unknown);
    several answer with an array of the trades that were found, unmatched ones silently left out.
    Tell the two apart by JSON type. Per the machine spec and the SDK this finds the merchant's
    own trades and those of its clients (the reconcile step relies on it); the current docs say
    client trades answer 404, so be ready for that.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeLookupEnvelope
    """

    return sync_detailed(
        trade_id=trade_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trade_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | TradeLookupEnvelope]:
    """Look up trades by id or externalId (one, or up to 100)

     `tradeId` is an internal trade id or your `externalId`, or up to 100 of them joined with
    commas. One reference answers with a single `Trade` (404 `TRADE_NOT_FOUND` when unknown);
    several answer with an array of the trades that were found, unmatched ones silently left out.
    Tell the two apart by JSON type. Per the machine spec and the SDK this finds the merchant's
    own trades and those of its clients (the reconcile step relies on it); the current docs say
    client trades answer 404, so be ready for that.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeLookupEnvelope]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trade_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | TradeLookupEnvelope | None:
    """Look up trades by id or externalId (one, or up to 100)

     `tradeId` is an internal trade id or your `externalId`, or up to 100 of them joined with
    commas. One reference answers with a single `Trade` (404 `TRADE_NOT_FOUND` when unknown);
    several answer with an array of the trades that were found, unmatched ones silently left out.
    Tell the two apart by JSON type. Per the machine spec and the SDK this finds the merchant's
    own trades and those of its clients (the reconcile step relies on it); the current docs say
    client trades answer 404, so be ready for that.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeLookupEnvelope
    """

    return (
        await asyncio_detailed(
            trade_id=trade_id,
            client=client,
        )
    ).parsed
