# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.market_suggestions_envelope import MarketSuggestionsEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    q: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/client/market/suggestions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MarketSuggestionsEnvelope | None:
    if response.status_code == 200:
        response_200 = MarketSuggestionsEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MarketSuggestionsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
) -> Response[ErrorEnvelope | MarketSuggestionsEnvelope]:
    """Autocomplete item names (CS2)

     Catalog items whose name matches `q`. Each suggestion's `id` is the catalog id to pass as
    `itemId` to the listings route or to quick withdraw. CS2 only. Rate limit: 600/min verified,
    30/min unverified.

    Args:
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MarketSuggestionsEnvelope]
    """

    kwargs = _get_kwargs(
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
) -> ErrorEnvelope | MarketSuggestionsEnvelope | None:
    """Autocomplete item names (CS2)

     Catalog items whose name matches `q`. Each suggestion's `id` is the catalog id to pass as
    `itemId` to the listings route or to quick withdraw. CS2 only. Rate limit: 600/min verified,
    30/min unverified.

    Args:
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MarketSuggestionsEnvelope
    """

    return sync_detailed(
        client=client,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
) -> Response[ErrorEnvelope | MarketSuggestionsEnvelope]:
    """Autocomplete item names (CS2)

     Catalog items whose name matches `q`. Each suggestion's `id` is the catalog id to pass as
    `itemId` to the listings route or to quick withdraw. CS2 only. Rate limit: 600/min verified,
    30/min unverified.

    Args:
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MarketSuggestionsEnvelope]
    """

    kwargs = _get_kwargs(
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
) -> ErrorEnvelope | MarketSuggestionsEnvelope | None:
    """Autocomplete item names (CS2)

     Catalog items whose name matches `q`. Each suggestion's `id` is the catalog id to pass as
    `itemId` to the listings route or to quick withdraw. CS2 only. Rate limit: 600/min verified,
    30/min unverified.

    Args:
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MarketSuggestionsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
        )
    ).parsed
