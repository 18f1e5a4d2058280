# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.health_envelope import HealthEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | HealthEnvelope | None:
    if response.status_code == 200:
        response_200 = HealthEnvelope.from_dict(response.json())

        return response_200

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
) -> Response[ErrorEnvelope | HealthEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | HealthEnvelope]:
    """Whether the API is up, and whether it is in maintenance

     Unauthenticated liveness check. `maintenance.mode` tells whether AssetPay is in a
    maintenance window (trade-creating calls are refused then). The official SDK reads the
    same fields; the answer is an envelope like every other (project decision: the reference
    lists the fields without saying, and every other route is enveloped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HealthEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | HealthEnvelope | None:
    """Whether the API is up, and whether it is in maintenance

     Unauthenticated liveness check. `maintenance.mode` tells whether AssetPay is in a
    maintenance window (trade-creating calls are refused then). The official SDK reads the
    same fields; the answer is an envelope like every other (project decision: the reference
    lists the fields without saying, and every other route is enveloped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HealthEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | HealthEnvelope]:
    """Whether the API is up, and whether it is in maintenance

     Unauthenticated liveness check. `maintenance.mode` tells whether AssetPay is in a
    maintenance window (trade-creating calls are refused then). The official SDK reads the
    same fields; the answer is an envelope like every other (project decision: the reference
    lists the fields without saying, and every other route is enveloped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HealthEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | HealthEnvelope | None:
    """Whether the API is up, and whether it is in maintenance

     Unauthenticated liveness check. `maintenance.mode` tells whether AssetPay is in a
    maintenance window (trade-creating calls are refused then). The official SDK reads the
    same fields; the answer is an envelope like every other (project decision: the reference
    lists the fields without saying, and every other route is enveloped).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HealthEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
