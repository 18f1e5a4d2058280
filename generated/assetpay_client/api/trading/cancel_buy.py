# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trade_cancel_result_envelope import TradeCancelResultEnvelope
from ...types import Response


def _get_kwargs(
    trade_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure/buy/{trade_id}/cancel".format(
            trade_id=quote(str(trade_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TradeCancelResultEnvelope | None:
    if response.status_code == 200:
        response_200 = TradeCancelResultEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TradeCancelResultEnvelope]:
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
) -> Response[ErrorEnvelope | TradeCancelResultEnvelope]:
    """Cancel every undelivered item of a merchant withdrawal

     Asks the marketplace to cancel every item of the self-withdrawal that has not been delivered.
    The answer counts how many items were considered, cancelled and refused (with a stable error
    key per refused item). Refunds and the items' move to `reverted` arrive later through the
    trade callback. Safe to repeat.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeCancelResultEnvelope]
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
) -> ErrorEnvelope | TradeCancelResultEnvelope | None:
    """Cancel every undelivered item of a merchant withdrawal

     Asks the marketplace to cancel every item of the self-withdrawal that has not been delivered.
    The answer counts how many items were considered, cancelled and refused (with a stable error
    key per refused item). Refunds and the items' move to `reverted` arrive later through the
    trade callback. Safe to repeat.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeCancelResultEnvelope
    """

    return sync_detailed(
        trade_id=trade_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trade_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | TradeCancelResultEnvelope]:
    """Cancel every undelivered item of a merchant withdrawal

     Asks the marketplace to cancel every item of the self-withdrawal that has not been delivered.
    The answer counts how many items were considered, cancelled and refused (with a stable error
    key per refused item). Refunds and the items' move to `reverted` arrive later through the
    trade callback. Safe to repeat.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TradeCancelResultEnvelope]
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
) -> ErrorEnvelope | TradeCancelResultEnvelope | None:
    """Cancel every undelivered item of a merchant withdrawal

     Asks the marketplace to cancel every item of the self-withdrawal that has not been delivered.
    The answer counts how many items were considered, cancelled and refused (with a stable error
    key per refused item). Refunds and the items' move to `reverted` arrive later through the
    trade callback. Safe to repeat.

    Args:
        trade_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TradeCancelResultEnvelope
    """

    return (
        await asyncio_detailed(
            trade_id=trade_id,
            client=client,
        )
    ).parsed
