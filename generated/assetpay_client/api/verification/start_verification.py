# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.verification_start_envelope import VerificationStartEnvelope
from ...models.verification_start_request import VerificationStartRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VerificationStartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/verification/start",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VerificationStartEnvelope | None:
    if response.status_code == 200:
        response_200 = VerificationStartEnvelope.from_dict(response.json())

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

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VerificationStartEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerificationStartRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | VerificationStartEnvelope]:
    """Start an identity check for the user

     Opens an identity check with the verification provider and returns the page where the user
    captures a document and a selfie. `email`, when given, is remembered for linking to an
    existing identity later. The `/start` path is inferred from the published spec's wording.

    Args:
        body (VerificationStartRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VerificationStartEnvelope]
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
    body: VerificationStartRequest | Unset = UNSET,
) -> ErrorEnvelope | VerificationStartEnvelope | None:
    """Start an identity check for the user

     Opens an identity check with the verification provider and returns the page where the user
    captures a document and a selfie. `email`, when given, is remembered for linking to an
    existing identity later. The `/start` path is inferred from the published spec's wording.

    Args:
        body (VerificationStartRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VerificationStartEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerificationStartRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | VerificationStartEnvelope]:
    """Start an identity check for the user

     Opens an identity check with the verification provider and returns the page where the user
    captures a document and a selfie. `email`, when given, is remembered for linking to an
    existing identity later. The `/start` path is inferred from the published spec's wording.

    Args:
        body (VerificationStartRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VerificationStartEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerificationStartRequest | Unset = UNSET,
) -> ErrorEnvelope | VerificationStartEnvelope | None:
    """Start an identity check for the user

     Opens an identity check with the verification provider and returns the page where the user
    captures a document and a selfie. `email`, when given, is remembered for linking to an
    existing identity later. The `/start` path is inferred from the published spec's wording.

    Args:
        body (VerificationStartRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VerificationStartEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
