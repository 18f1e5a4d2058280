# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trade_envelope import TradeEnvelope
from ...models.withdraw_request import WithdrawRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WithdrawRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/trading/withdraw",
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
    body: WithdrawRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Withdraw skins (the user buys from the marketplace)

     AssetPay buys the chosen listings from its marketplace supplier, paid from the merchant
    wallet, and delivers them to the user by Steam trade offer. Before anything is bought the
    trade is sent to the merchant's callback URL in status `initiated` for approval: check and
    debit the user's balance there and answer 2xx to approve, or 402 with a reject body to
    refuse. `items[].price` is the price quoted to the user: a lower current price is charged
    instead, a higher one fails the item unless it fits `maxPrice` or `slippageBps`. The fresh
    trade's items carry only what was submitted plus `appid`, `tradable`, `amount` and `status`;
    names and icons arrive with later callbacks. `game` accepts "730" and "252490" as
    documented, although the machine spec calls the route CS2-only and the server may refuse
    Rust. Not idempotent: deduplicate with `externalId`. Needs an active callback URL
    (`MERCHANT_NO_CALLBACK_URL`) and a merchant balance covering `totalPrice`
    (`MERCHANT_BALANCE_LOW`). Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (WithdrawRequest):

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
    body: WithdrawRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Withdraw skins (the user buys from the marketplace)

     AssetPay buys the chosen listings from its marketplace supplier, paid from the merchant
    wallet, and delivers them to the user by Steam trade offer. Before anything is bought the
    trade is sent to the merchant's callback URL in status `initiated` for approval: check and
    debit the user's balance there and answer 2xx to approve, or 402 with a reject body to
    refuse. `items[].price` is the price quoted to the user: a lower current price is charged
    instead, a higher one fails the item unless it fits `maxPrice` or `slippageBps`. The fresh
    trade's items carry only what was submitted plus `appid`, `tradable`, `amount` and `status`;
    names and icons arrive with later callbacks. `game` accepts "730" and "252490" as
    documented, although the machine spec calls the route CS2-only and the server may refuse
    Rust. Not idempotent: deduplicate with `externalId`. Needs an active callback URL
    (`MERCHANT_NO_CALLBACK_URL`) and a merchant balance covering `totalPrice`
    (`MERCHANT_BALANCE_LOW`). Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (WithdrawRequest):

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
    body: WithdrawRequest,
) -> Response[ErrorEnvelope | TradeEnvelope]:
    """Withdraw skins (the user buys from the marketplace)

     AssetPay buys the chosen listings from its marketplace supplier, paid from the merchant
    wallet, and delivers them to the user by Steam trade offer. Before anything is bought the
    trade is sent to the merchant's callback URL in status `initiated` for approval: check and
    debit the user's balance there and answer 2xx to approve, or 402 with a reject body to
    refuse. `items[].price` is the price quoted to the user: a lower current price is charged
    instead, a higher one fails the item unless it fits `maxPrice` or `slippageBps`. The fresh
    trade's items carry only what was submitted plus `appid`, `tradable`, `amount` and `status`;
    names and icons arrive with later callbacks. `game` accepts "730" and "252490" as
    documented, although the machine spec calls the route CS2-only and the server may refuse
    Rust. Not idempotent: deduplicate with `externalId`. Needs an active callback URL
    (`MERCHANT_NO_CALLBACK_URL`) and a merchant balance covering `totalPrice`
    (`MERCHANT_BALANCE_LOW`). Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (WithdrawRequest):

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
    body: WithdrawRequest,
) -> ErrorEnvelope | TradeEnvelope | None:
    """Withdraw skins (the user buys from the marketplace)

     AssetPay buys the chosen listings from its marketplace supplier, paid from the merchant
    wallet, and delivers them to the user by Steam trade offer. Before anything is bought the
    trade is sent to the merchant's callback URL in status `initiated` for approval: check and
    debit the user's balance there and answer 2xx to approve, or 402 with a reject body to
    refuse. `items[].price` is the price quoted to the user: a lower current price is charged
    instead, a higher one fails the item unless it fits `maxPrice` or `slippageBps`. The fresh
    trade's items carry only what was submitted plus `appid`, `tradable`, `amount` and `status`;
    names and icons arrive with later callbacks. `game` accepts "730" and "252490" as
    documented, although the machine spec calls the route CS2-only and the server may refuse
    Rust. Not idempotent: deduplicate with `externalId`. Needs an active callback URL
    (`MERCHANT_NO_CALLBACK_URL`) and a merchant balance covering `totalPrice`
    (`MERCHANT_BALANCE_LOW`). Rate limit: 500/min verified, 5/min unverified.

    Args:
        body (WithdrawRequest):

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
