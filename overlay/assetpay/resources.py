"""The hand-written extras on top of the generated resources (``assetpay_resources``).

Everything the spec knows about an operation is generated. What is left here is behaviour the
spec cannot state:

- ``ap.trades.get(ref)`` takes exactly one trade id or externalId (the route also takes a comma
  list, which :meth:`Trades.get_many` uses: de-duplicated, 100 per request, a 404 is ``[]``);
- ``ap.clients.authenticate`` normalises the user's identity exactly as locally signed tokens do
  (``clientData`` keys in camelCase, the same checks), so both ways give the same token claims.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from assetpay import tokens
from assetpay._base_client import (
    LOOKUP_OPERATION,
    Call,
    CallEngine,
    CallOptions,
    Flow,
    ResponseMeta,
    _Auth,
    attach_meta,
)
from assetpay.errors import TradeNotFoundError, request_validation_error
from assetpay_catalogue.operations import OPERATIONS
from assetpay_resources import (
    AsyncClientsResource,
    AsyncTradesResource,
    ClientsResource,
    TradesResource,
)

if TYPE_CHECKING:
    from assetpay._requester import AsyncRequester, SyncRequester
    from assetpay_client.models.client_token import ClientToken
    from assetpay_client.models.trade import Trade
    from assetpay_resources.types import ClientDataDict

#: references per lookup request (the route's limit)
BATCH = 100


def single_ref(ref: str) -> str:
    """One trade id or externalId (a comma would turn the lookup into a batch)."""
    if not isinstance(ref, str) or not ref or "," in ref:
        raise request_validation_error(
            "VALIDATION_FAILED", {"tradeId": "one trade id or externalId, without commas"}
        )
    return ref


def batches(refs: Iterable[str]) -> builtins.list[str]:
    """``refs`` de-duplicated (order kept) and joined with commas, :data:`BATCH` at a time."""
    if isinstance(refs, str | bytes):
        raise request_validation_error("VALIDATION_FAILED", {"refs": "a list of references"})
    unique: dict[str, None] = {}
    for index, ref in enumerate(refs):
        if not isinstance(ref, str) or not ref or "," in ref:
            raise request_validation_error(
                "VALIDATION_FAILED", {f"refs.{index}": "a trade id or externalId, no commas"}
            )
        unique.setdefault(ref)
    ordered = builtins.list(unique)
    return [",".join(ordered[i : i + BATCH]) for i in range(0, len(ordered), BATCH)]


def get_many_flow(
    engine: CallEngine, auth: _Auth, refs: Iterable[str], options: CallOptions
) -> Flow[tuple[builtins.list[Any], ResponseMeta | None]]:
    """Look ``refs`` up batch by batch; a batch that matches nothing (404) adds nothing."""
    found: builtins.list[Any] = []
    info: ResponseMeta | None = None
    for batch in batches(refs):
        call = Call(OPERATIONS[LOOKUP_OPERATION], {"tradeId": batch}, None, auth, options)
        try:
            data, info_now = yield from engine.flow(call)
        except TradeNotFoundError as missing:
            info = info or ResponseMeta(
                http_status=missing.http_status,
                headers=httpx.Headers(),
                request_id=missing.request_id,
                client_request_id="",
            )
            continue
        info = info_now
        found.extend(data if isinstance(data, builtins.list) else [data])
    return found, info


def _with_meta(found: builtins.list[Any], info: ResponseMeta | None) -> builtins.list[Any]:
    return found if info is None else attach_meta(found, info)


class Trades(TradesResource):
    """``ap.trades``: the generated methods, ``get`` for one reference, and ``get_many``."""

    __slots__ = ()

    def get(
        self,
        ref: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade:
        """One trade by id or externalId (``TradeNotFoundError`` when unknown)."""
        found = super().get(
            single_ref(ref), timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return cast("Trade", found)  # one reference: one trade

    def get_many(
        self,
        refs: Iterable[str],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Trade]:
        """The trades found for ``refs`` (ids or externalIds), de-duplicated, 100 per request.

        Always a list; references that match nothing are left out.
        """
        requester = cast("SyncRequester", self._requester)
        options = CallOptions(timeout, max_retries, extra_headers)
        return _with_meta(
            *requester.run(get_many_flow(requester.engine, requester.scope_auth, refs, options))
        )


class AsyncTrades(AsyncTradesResource):
    """``ap.trades`` of :class:`assetpay.AsyncAssetPay`."""

    __slots__ = ()

    async def get(
        self,
        ref: str,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Trade:
        """One trade by id or externalId (``TradeNotFoundError`` when unknown)."""
        found = await super().get(
            single_ref(ref), timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return cast("Trade", found)  # one reference: one trade

    async def get_many(
        self,
        refs: Iterable[str],
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> builtins.list[Trade]:
        """The trades found for ``refs``, de-duplicated, 100 per request; always a list."""
        requester = cast("AsyncRequester", self._requester)
        options = CallOptions(timeout, max_retries, extra_headers)
        return _with_meta(
            *await requester.run(
                get_many_flow(requester.engine, requester.scope_auth, refs, options)
            )
        )


class Clients(ClientsResource):
    """``ap.clients``: ``authenticate`` takes the identity as ``as_client`` does."""

    __slots__ = ()

    def authenticate(
        self,
        *,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: Mapping[str, Any] | Any | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientToken:
        """Have AssetPay issue a client token for one user (replaces their stored clientData)."""
        identity = tokens.client_identity(steam_id, trade_url, client_id, client_data)
        return super().authenticate(
            steam_id=identity.steam_id,
            trade_url=identity.trade_url,
            client_id=identity.client_id,
            client_data=cast("ClientDataDict | None", identity.client_data),  # wire names
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncClients(AsyncClientsResource):
    """``ap.clients`` of :class:`assetpay.AsyncAssetPay`."""

    __slots__ = ()

    async def authenticate(
        self,
        *,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: Mapping[str, Any] | Any | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientToken:
        """Have AssetPay issue a client token for one user (replaces their stored clientData)."""
        identity = tokens.client_identity(steam_id, trade_url, client_id, client_data)
        return await super().authenticate(
            steam_id=identity.steam_id,
            trade_url=identity.trade_url,
            client_id=identity.client_id,
            client_data=cast("ClientDataDict | None", identity.client_data),  # wire names
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


#: the extras attached in place of the generated classes
MERCHANT_OVERRIDES: Mapping[type, type] = {TradesResource: Trades, ClientsResource: Clients}
ASYNC_MERCHANT_OVERRIDES: Mapping[type, type] = {
    AsyncTradesResource: AsyncTrades,
    AsyncClientsResource: AsyncClients,
}

__all__ = [
    "ASYNC_MERCHANT_OVERRIDES",
    "BATCH",
    "MERCHANT_OVERRIDES",
    "AsyncClients",
    "AsyncTrades",
    "Clients",
    "Trades",
    "batches",
    "single_ref",
]
