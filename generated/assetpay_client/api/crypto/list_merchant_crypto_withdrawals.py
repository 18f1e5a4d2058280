# generated from openapi.yaml by make client — do not edit
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_withdrawal_page_envelope import CryptoWithdrawalPageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    steam_id: str,
    limit: int | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["steamId"] = steam_id

    params["limit"] = limit

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/crypto/withdrawals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoWithdrawalPageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CryptoWithdrawalPageEnvelope.from_dict(response.json())

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
) -> Response[CryptoWithdrawalPageEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    limit: int | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Response[CryptoWithdrawalPageEnvelope | ErrorEnvelope]:
    """List an end user's crypto withdrawals

     The crypto withdrawals of user `steamId`, newest first, paged with `before`/`nextBefore`
    like the deposits.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        limit (int | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWithdrawalPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        steam_id=steam_id,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    limit: int | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> CryptoWithdrawalPageEnvelope | ErrorEnvelope | None:
    """List an end user's crypto withdrawals

     The crypto withdrawals of user `steamId`, newest first, paged with `before`/`nextBefore`
    like the deposits.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        limit (int | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWithdrawalPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        steam_id=steam_id,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    limit: int | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> Response[CryptoWithdrawalPageEnvelope | ErrorEnvelope]:
    """List an end user's crypto withdrawals

     The crypto withdrawals of user `steamId`, newest first, paged with `before`/`nextBefore`
    like the deposits.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        limit (int | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWithdrawalPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        steam_id=steam_id,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    limit: int | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
) -> CryptoWithdrawalPageEnvelope | ErrorEnvelope | None:
    """List an end user's crypto withdrawals

     The crypto withdrawals of user `steamId`, newest first, paged with `before`/`nextBefore`
    like the deposits.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        limit (int | Unset):
        before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWithdrawalPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            steam_id=steam_id,
            limit=limit,
            before=before,
        )
    ).parsed
