# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crypto_withdrawal_envelope import CryptoWithdrawalEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.merchant_crypto_withdraw_request import MerchantCryptoWithdrawRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MerchantCryptoWithdrawRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secure/crypto/withdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CryptoWithdrawalEnvelope | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CryptoWithdrawalEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[CryptoWithdrawalEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MerchantCryptoWithdrawRequest,
) -> Response[CryptoWithdrawalEnvelope | ErrorEnvelope]:
    """Send USDT or USDC to an end user

     Pays `amountCents` out of the merchant balance (held at once) to `address`; the user gets
    `receiveCents`, the amount less the chain's flat `feeCents`. The call comes from the
    merchant's own server, so there is no approval callback: debit the user first. `requestId`
    is the idempotency key: repeating it for the same user returns the original withdrawal and
    never creates a second one, so it is safe to retry with the same `requestId`. Large
    withdrawals wait in `in_review`. Every later status change sends a crypto withdrawal
    callback; `rejected`, `failed` and `cancelled` return the full amount to the merchant.

    Args:
        body (MerchantCryptoWithdrawRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWithdrawalEnvelope | ErrorEnvelope]
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
    body: MerchantCryptoWithdrawRequest,
) -> CryptoWithdrawalEnvelope | ErrorEnvelope | None:
    """Send USDT or USDC to an end user

     Pays `amountCents` out of the merchant balance (held at once) to `address`; the user gets
    `receiveCents`, the amount less the chain's flat `feeCents`. The call comes from the
    merchant's own server, so there is no approval callback: debit the user first. `requestId`
    is the idempotency key: repeating it for the same user returns the original withdrawal and
    never creates a second one, so it is safe to retry with the same `requestId`. Large
    withdrawals wait in `in_review`. Every later status change sends a crypto withdrawal
    callback; `rejected`, `failed` and `cancelled` return the full amount to the merchant.

    Args:
        body (MerchantCryptoWithdrawRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWithdrawalEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MerchantCryptoWithdrawRequest,
) -> Response[CryptoWithdrawalEnvelope | ErrorEnvelope]:
    """Send USDT or USDC to an end user

     Pays `amountCents` out of the merchant balance (held at once) to `address`; the user gets
    `receiveCents`, the amount less the chain's flat `feeCents`. The call comes from the
    merchant's own server, so there is no approval callback: debit the user first. `requestId`
    is the idempotency key: repeating it for the same user returns the original withdrawal and
    never creates a second one, so it is safe to retry with the same `requestId`. Large
    withdrawals wait in `in_review`. Every later status change sends a crypto withdrawal
    callback; `rejected`, `failed` and `cancelled` return the full amount to the merchant.

    Args:
        body (MerchantCryptoWithdrawRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CryptoWithdrawalEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MerchantCryptoWithdrawRequest,
) -> CryptoWithdrawalEnvelope | ErrorEnvelope | None:
    """Send USDT or USDC to an end user

     Pays `amountCents` out of the merchant balance (held at once) to `address`; the user gets
    `receiveCents`, the amount less the chain's flat `feeCents`. The call comes from the
    merchant's own server, so there is no approval callback: debit the user first. `requestId`
    is the idempotency key: repeating it for the same user returns the original withdrawal and
    never creates a second one, so it is safe to retry with the same `requestId`. Large
    withdrawals wait in `in_review`. Every later status change sends a crypto withdrawal
    callback; `rejected`, `failed` and `cancelled` return the full amount to the merchant.

    Args:
        body (MerchantCryptoWithdrawRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CryptoWithdrawalEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
