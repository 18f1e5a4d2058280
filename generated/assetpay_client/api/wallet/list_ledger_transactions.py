# generated from openapi.yaml by make client — do not edit
import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.funding_status import FundingStatus
from ...models.funding_type import FundingType
from ...models.ledger_transaction_page_envelope import LedgerTransactionPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: FundingType | Unset = UNSET,
    status: FundingStatus | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["startDate"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["endDate"] = json_end_date

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledger/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LedgerTransactionPageEnvelope | None:
    if response.status_code == 200:
        response_200 = LedgerTransactionPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LedgerTransactionPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: FundingType | Unset = UNSET,
    status: FundingStatus | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[ErrorEnvelope | LedgerTransactionPageEnvelope]:
    """List the wallet's funding history (offset pages)

     Deposits, withdrawals, refunds and internal transfers of the merchant wallet, newest first,
    plus administrative credits and debits. Trade settlements are not in this ledger, and
    `INITIATED` fundings older than 24 hours are hidden. Page with `offset`/`limit`; `pagination`
    gives `total` and `totalPages`. Row `type` and `status` are plain strings because the ledger
    shows values beyond the filter enums (`ADMIN_CREDIT`, `ADMIN_DEBIT`, `POSTED`). Accepts the
    API key or a merchant JWT.

    Args:
        type_ (FundingType | Unset): Funding type filter of the ledger. Rows may also show
            ADMIN_CREDIT and ADMIN_DEBIT.
        status (FundingStatus | Unset): Funding status filter of the ledger. Rows may also show
            POSTED.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | None | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LedgerTransactionPageEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: FundingType | Unset = UNSET,
    status: FundingStatus | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> ErrorEnvelope | LedgerTransactionPageEnvelope | None:
    """List the wallet's funding history (offset pages)

     Deposits, withdrawals, refunds and internal transfers of the merchant wallet, newest first,
    plus administrative credits and debits. Trade settlements are not in this ledger, and
    `INITIATED` fundings older than 24 hours are hidden. Page with `offset`/`limit`; `pagination`
    gives `total` and `totalPages`. Row `type` and `status` are plain strings because the ledger
    shows values beyond the filter enums (`ADMIN_CREDIT`, `ADMIN_DEBIT`, `POSTED`). Accepts the
    API key or a merchant JWT.

    Args:
        type_ (FundingType | Unset): Funding type filter of the ledger. Rows may also show
            ADMIN_CREDIT and ADMIN_DEBIT.
        status (FundingStatus | Unset): Funding status filter of the ledger. Rows may also show
            POSTED.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | None | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LedgerTransactionPageEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: FundingType | Unset = UNSET,
    status: FundingStatus | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[ErrorEnvelope | LedgerTransactionPageEnvelope]:
    """List the wallet's funding history (offset pages)

     Deposits, withdrawals, refunds and internal transfers of the merchant wallet, newest first,
    plus administrative credits and debits. Trade settlements are not in this ledger, and
    `INITIATED` fundings older than 24 hours are hidden. Page with `offset`/`limit`; `pagination`
    gives `total` and `totalPages`. Row `type` and `status` are plain strings because the ledger
    shows values beyond the filter enums (`ADMIN_CREDIT`, `ADMIN_DEBIT`, `POSTED`). Accepts the
    API key or a merchant JWT.

    Args:
        type_ (FundingType | Unset): Funding type filter of the ledger. Rows may also show
            ADMIN_CREDIT and ADMIN_DEBIT.
        status (FundingStatus | Unset): Funding status filter of the ledger. Rows may also show
            POSTED.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | None | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LedgerTransactionPageEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: FundingType | Unset = UNSET,
    status: FundingStatus | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> ErrorEnvelope | LedgerTransactionPageEnvelope | None:
    """List the wallet's funding history (offset pages)

     Deposits, withdrawals, refunds and internal transfers of the merchant wallet, newest first,
    plus administrative credits and debits. Trade settlements are not in this ledger, and
    `INITIATED` fundings older than 24 hours are hidden. Page with `offset`/`limit`; `pagination`
    gives `total` and `totalPages`. Row `type` and `status` are plain strings because the ledger
    shows values beyond the filter enums (`ADMIN_CREDIT`, `ADMIN_DEBIT`, `POSTED`). Accepts the
    API key or a merchant JWT.

    Args:
        type_ (FundingType | Unset): Funding type filter of the ledger. Rows may also show
            ADMIN_CREDIT and ADMIN_DEBIT.
        status (FundingStatus | Unset): Funding status filter of the ledger. Rows may also show
            POSTED.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | None | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LedgerTransactionPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )
    ).parsed
