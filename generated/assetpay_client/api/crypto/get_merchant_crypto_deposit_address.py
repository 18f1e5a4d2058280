# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_chain import CryptoChain
from ...models.crypto_deposit_address_envelope import CryptoDepositAddressEnvelope
from ...models.crypto_token import CryptoToken
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    steam_id: str,
    chain: CryptoChain,
    token: CryptoToken | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["steamId"] = steam_id

    json_chain = chain.value
    params["chain"] = json_chain

    json_token: str | Unset = UNSET
    if not isinstance(token, Unset):
        json_token = token.value

    params["token"] = json_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/crypto/deposit-address",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoDepositAddressEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CryptoDepositAddressEnvelope.from_dict(response.json())

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
) -> Response[CryptoDepositAddressEnvelope | ErrorEnvelope]:
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
    chain: CryptoChain,
    token: CryptoToken | Unset = UNSET,
) -> Response[CryptoDepositAddressEnvelope | ErrorEnvelope]:
    """Get an end user's crypto deposit address

     The permanent deposit address of the user `steamId` on `chain`, created on the first call.
    On Solana each token needs its own token account, opened on request: the first call answers
    `pending` without an address; poll until `active` with the token listed, and call again
    before each later deposit since an emptied Solana account is closed. Cleared deposits credit
    the merchant balance and are announced by a crypto deposit callback carrying `steamId`.
    Verified merchants only.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        chain (CryptoChain): Supported blockchains.
        token (CryptoToken | Unset): Supported stablecoins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoDepositAddressEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        steam_id=steam_id,
        chain=chain,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    chain: CryptoChain,
    token: CryptoToken | Unset = UNSET,
) -> CryptoDepositAddressEnvelope | ErrorEnvelope | None:
    """Get an end user's crypto deposit address

     The permanent deposit address of the user `steamId` on `chain`, created on the first call.
    On Solana each token needs its own token account, opened on request: the first call answers
    `pending` without an address; poll until `active` with the token listed, and call again
    before each later deposit since an emptied Solana account is closed. Cleared deposits credit
    the merchant balance and are announced by a crypto deposit callback carrying `steamId`.
    Verified merchants only.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        chain (CryptoChain): Supported blockchains.
        token (CryptoToken | Unset): Supported stablecoins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoDepositAddressEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        steam_id=steam_id,
        chain=chain,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    chain: CryptoChain,
    token: CryptoToken | Unset = UNSET,
) -> Response[CryptoDepositAddressEnvelope | ErrorEnvelope]:
    """Get an end user's crypto deposit address

     The permanent deposit address of the user `steamId` on `chain`, created on the first call.
    On Solana each token needs its own token account, opened on request: the first call answers
    `pending` without an address; poll until `active` with the token listed, and call again
    before each later deposit since an emptied Solana account is closed. Cleared deposits credit
    the merchant balance and are announced by a crypto deposit callback carrying `steamId`.
    Verified merchants only.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        chain (CryptoChain): Supported blockchains.
        token (CryptoToken | Unset): Supported stablecoins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoDepositAddressEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        steam_id=steam_id,
        chain=chain,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    steam_id: str,
    chain: CryptoChain,
    token: CryptoToken | Unset = UNSET,
) -> CryptoDepositAddressEnvelope | ErrorEnvelope | None:
    """Get an end user's crypto deposit address

     The permanent deposit address of the user `steamId` on `chain`, created on the first call.
    On Solana each token needs its own token account, opened on request: the first call answers
    `pending` without an address; poll until `active` with the token listed, and call again
    before each later deposit since an emptied Solana account is closed. Cleared deposits credit
    the merchant balance and are announced by a crypto deposit callback carrying `steamId`.
    Verified merchants only.

    Args:
        steam_id (str): SteamID64, 17 digits starting with 76561 (ASCII digits only).
        chain (CryptoChain): Supported blockchains.
        token (CryptoToken | Unset): Supported stablecoins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoDepositAddressEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            steam_id=steam_id,
            chain=chain,
            token=token,
        )
    ).parsed
