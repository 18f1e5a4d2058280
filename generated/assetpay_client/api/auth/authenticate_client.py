# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authenticate_client_request import AuthenticateClientRequest
from ...models.client_token_envelope import ClientTokenEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AuthenticateClientRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/authenticate-client",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientTokenEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ClientTokenEnvelope.from_dict(response.json())

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
) -> Response[ClientTokenEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthenticateClientRequest,
) -> Response[ClientTokenEnvelope | ErrorEnvelope]:
    """Issue a client token for one Steam user

     Returns a client JWT that lets one end user (identified by SteamID64 and trade URL) call the
    `/client/*` routes. The merchant may instead sign the token itself with the API secret; both
    forms are accepted by the API. Every call replaces the `clientData` stored for the user, so
    always send the latest values. The API key needs the `CORE_ACCESS` scope.

    Args:
        body (AuthenticateClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenEnvelope | ErrorEnvelope]
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
    body: AuthenticateClientRequest,
) -> ClientTokenEnvelope | ErrorEnvelope | None:
    """Issue a client token for one Steam user

     Returns a client JWT that lets one end user (identified by SteamID64 and trade URL) call the
    `/client/*` routes. The merchant may instead sign the token itself with the API secret; both
    forms are accepted by the API. Every call replaces the `clientData` stored for the user, so
    always send the latest values. The API key needs the `CORE_ACCESS` scope.

    Args:
        body (AuthenticateClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthenticateClientRequest,
) -> Response[ClientTokenEnvelope | ErrorEnvelope]:
    """Issue a client token for one Steam user

     Returns a client JWT that lets one end user (identified by SteamID64 and trade URL) call the
    `/client/*` routes. The merchant may instead sign the token itself with the API secret; both
    forms are accepted by the API. Every call replaces the `clientData` stored for the user, so
    always send the latest values. The API key needs the `CORE_ACCESS` scope.

    Args:
        body (AuthenticateClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AuthenticateClientRequest,
) -> ClientTokenEnvelope | ErrorEnvelope | None:
    """Issue a client token for one Steam user

     Returns a client JWT that lets one end user (identified by SteamID64 and trade URL) call the
    `/client/*` routes. The merchant may instead sign the token itself with the API secret; both
    forms are accepted by the API. Every call replaces the `clientData` stored for the user, so
    always send the latest values. The API key needs the `CORE_ACCESS` scope.

    Args:
        body (AuthenticateClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
