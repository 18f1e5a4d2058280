# generated from openapi.yaml by make client — do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_filter import DeliveryFilter
from ...models.doppler_phase import DopplerPhase
from ...models.error_envelope import ErrorEnvelope
from ...models.listings_envelope import ListingsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    item_id: str | Unset = UNSET,
    market_hash_name: str | Unset = UNSET,
    delivery: DeliveryFilter | Unset = UNSET,
    phase: DopplerPhase | Unset = UNSET,
    float_min: float | None | Unset = UNSET,
    float_max: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["itemId"] = item_id

    params["marketHashName"] = market_hash_name

    json_delivery: str | Unset = UNSET
    if not isinstance(delivery, Unset):
        json_delivery = delivery.value

    params["delivery"] = json_delivery

    json_phase: str | Unset = UNSET
    if not isinstance(phase, Unset):
        json_phase = phase.value

    params["phase"] = json_phase

    json_float_min: float | None | Unset
    if isinstance(float_min, Unset):
        json_float_min = UNSET
    else:
        json_float_min = float_min
    params["floatMin"] = json_float_min

    json_float_max: float | None | Unset
    if isinstance(float_max, Unset):
        json_float_max = UNSET
    else:
        json_float_max = float_max
    params["floatMax"] = json_float_max

    params["page"] = page

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secure/market/item",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListingsEnvelope | None:
    if response.status_code == 200:
        response_200 = ListingsEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListingsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    item_id: str | Unset = UNSET,
    market_hash_name: str | Unset = UNSET,
    delivery: DeliveryFilter | Unset = UNSET,
    phase: DopplerPhase | Unset = UNSET,
    float_min: float | None | Unset = UNSET,
    float_max: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ErrorEnvelope | ListingsEnvelope]:
    """List the individual listings of one item (merchant)

     Every listing (float, stickers, price) of one item type, looked up by catalog `itemId` or by
    exact `marketHashName` (at least one is needed; `itemId` wins when both are given). Lookup by
    name or `phase` works for CS2 only. Each listing's `id` is what `/secure/buy` takes; these
    rows carry no `itemId`. The delivery filter runs after the upstream fetch, so a page may hold
    fewer than `perPage` rows.

    Args:
        item_id (str | Unset):
        market_hash_name (str | Unset):
        delivery (DeliveryFilter | Unset): Delivery filter of the listings routes.
        phase (DopplerPhase | Unset): Phase of a Doppler or Gamma Doppler knife.
        float_min (float | None | Unset):
        float_max (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListingsEnvelope]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        market_hash_name=market_hash_name,
        delivery=delivery,
        phase=phase,
        float_min=float_min,
        float_max=float_max,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    item_id: str | Unset = UNSET,
    market_hash_name: str | Unset = UNSET,
    delivery: DeliveryFilter | Unset = UNSET,
    phase: DopplerPhase | Unset = UNSET,
    float_min: float | None | Unset = UNSET,
    float_max: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ErrorEnvelope | ListingsEnvelope | None:
    """List the individual listings of one item (merchant)

     Every listing (float, stickers, price) of one item type, looked up by catalog `itemId` or by
    exact `marketHashName` (at least one is needed; `itemId` wins when both are given). Lookup by
    name or `phase` works for CS2 only. Each listing's `id` is what `/secure/buy` takes; these
    rows carry no `itemId`. The delivery filter runs after the upstream fetch, so a page may hold
    fewer than `perPage` rows.

    Args:
        item_id (str | Unset):
        market_hash_name (str | Unset):
        delivery (DeliveryFilter | Unset): Delivery filter of the listings routes.
        phase (DopplerPhase | Unset): Phase of a Doppler or Gamma Doppler knife.
        float_min (float | None | Unset):
        float_max (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListingsEnvelope
    """

    return sync_detailed(
        client=client,
        item_id=item_id,
        market_hash_name=market_hash_name,
        delivery=delivery,
        phase=phase,
        float_min=float_min,
        float_max=float_max,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    item_id: str | Unset = UNSET,
    market_hash_name: str | Unset = UNSET,
    delivery: DeliveryFilter | Unset = UNSET,
    phase: DopplerPhase | Unset = UNSET,
    float_min: float | None | Unset = UNSET,
    float_max: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ErrorEnvelope | ListingsEnvelope]:
    """List the individual listings of one item (merchant)

     Every listing (float, stickers, price) of one item type, looked up by catalog `itemId` or by
    exact `marketHashName` (at least one is needed; `itemId` wins when both are given). Lookup by
    name or `phase` works for CS2 only. Each listing's `id` is what `/secure/buy` takes; these
    rows carry no `itemId`. The delivery filter runs after the upstream fetch, so a page may hold
    fewer than `perPage` rows.

    Args:
        item_id (str | Unset):
        market_hash_name (str | Unset):
        delivery (DeliveryFilter | Unset): Delivery filter of the listings routes.
        phase (DopplerPhase | Unset): Phase of a Doppler or Gamma Doppler knife.
        float_min (float | None | Unset):
        float_max (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListingsEnvelope]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        market_hash_name=market_hash_name,
        delivery=delivery,
        phase=phase,
        float_min=float_min,
        float_max=float_max,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    item_id: str | Unset = UNSET,
    market_hash_name: str | Unset = UNSET,
    delivery: DeliveryFilter | Unset = UNSET,
    phase: DopplerPhase | Unset = UNSET,
    float_min: float | None | Unset = UNSET,
    float_max: float | None | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ErrorEnvelope | ListingsEnvelope | None:
    """List the individual listings of one item (merchant)

     Every listing (float, stickers, price) of one item type, looked up by catalog `itemId` or by
    exact `marketHashName` (at least one is needed; `itemId` wins when both are given). Lookup by
    name or `phase` works for CS2 only. Each listing's `id` is what `/secure/buy` takes; these
    rows carry no `itemId`. The delivery filter runs after the upstream fetch, so a page may hold
    fewer than `perPage` rows.

    Args:
        item_id (str | Unset):
        market_hash_name (str | Unset):
        delivery (DeliveryFilter | Unset): Delivery filter of the listings routes.
        phase (DopplerPhase | Unset): Phase of a Doppler or Gamma Doppler knife.
        float_min (float | None | Unset):
        float_max (float | None | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListingsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            item_id=item_id,
            market_hash_name=market_hash_name,
            delivery=delivery,
            phase=phase,
            float_min=float_min,
            float_max=float_max,
            page=page,
            per_page=per_page,
        )
    ).parsed
