# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.item_cancel_result_envelope import ItemCancelResultEnvelope
from ...types import Response


def _get_kwargs(
    trade_id: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure/buy/{trade_id}/items/{item_id}/cancel".format(
            trade_id=quote(str(trade_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ItemCancelResultEnvelope | None:
    if response.status_code == 200:
        response_200 = ItemCancelResultEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ItemCancelResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trade_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ItemCancelResultEnvelope]:
    """Cancel one item of a merchant withdrawal

     Asks the marketplace to cancel one purchase. Accepted only for a CS2 item bought on the
    AssetPay marketplace for a `source: "self"` buy, at least 30 minutes old, and not final
    (`TRADE_CANCEL_TOO_SOON`, `TRADE_NOT_CANCELLABLE`, `TRADE_CANCEL_UNSUPPORTED` otherwise). A
    200 only means the request was accepted: the item's `reverted` status and the refund come
    later by callback. Note `status: "cancelled"` (two Ls) here. Rate limit: 60/min verified,
    10/min unverified.

    Args:
        trade_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ItemCancelResultEnvelope]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trade_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ItemCancelResultEnvelope | None:
    """Cancel one item of a merchant withdrawal

     Asks the marketplace to cancel one purchase. Accepted only for a CS2 item bought on the
    AssetPay marketplace for a `source: "self"` buy, at least 30 minutes old, and not final
    (`TRADE_CANCEL_TOO_SOON`, `TRADE_NOT_CANCELLABLE`, `TRADE_CANCEL_UNSUPPORTED` otherwise). A
    200 only means the request was accepted: the item's `reverted` status and the refund come
    later by callback. Note `status: "cancelled"` (two Ls) here. Rate limit: 60/min verified,
    10/min unverified.

    Args:
        trade_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ItemCancelResultEnvelope
    """

    return sync_detailed(
        trade_id=trade_id,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trade_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ItemCancelResultEnvelope]:
    """Cancel one item of a merchant withdrawal

     Asks the marketplace to cancel one purchase. Accepted only for a CS2 item bought on the
    AssetPay marketplace for a `source: "self"` buy, at least 30 minutes old, and not final
    (`TRADE_CANCEL_TOO_SOON`, `TRADE_NOT_CANCELLABLE`, `TRADE_CANCEL_UNSUPPORTED` otherwise). A
    200 only means the request was accepted: the item's `reverted` status and the refund come
    later by callback. Note `status: "cancelled"` (two Ls) here. Rate limit: 60/min verified,
    10/min unverified.

    Args:
        trade_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ItemCancelResultEnvelope]
    """

    kwargs = _get_kwargs(
        trade_id=trade_id,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trade_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ItemCancelResultEnvelope | None:
    """Cancel one item of a merchant withdrawal

     Asks the marketplace to cancel one purchase. Accepted only for a CS2 item bought on the
    AssetPay marketplace for a `source: "self"` buy, at least 30 minutes old, and not final
    (`TRADE_CANCEL_TOO_SOON`, `TRADE_NOT_CANCELLABLE`, `TRADE_CANCEL_UNSUPPORTED` otherwise). A
    200 only means the request was accepted: the item's `reverted` status and the refund come
    later by callback. Note `status: "cancelled"` (two Ls) here. Rate limit: 60/min verified,
    10/min unverified.

    Args:
        trade_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ItemCancelResultEnvelope
    """

    return (
        await asyncio_detailed(
            trade_id=trade_id,
            item_id=item_id,
            client=client,
        )
    ).parsed
