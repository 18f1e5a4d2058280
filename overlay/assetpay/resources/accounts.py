"""``ap.clients``: client tokens issued by the API, and trade-URL checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from assetpay import tokens
from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.resources._common import AsyncResource, SyncResource, body_call, compact, options

if TYPE_CHECKING:
    from assetpay_client.models.client_token import ClientToken
    from assetpay_client.models.trade_url_check import TradeUrlCheck


def _authenticate_call(
    auth: _Auth,
    o: CallOptions,
    steam_id: str,
    trade_url: str,
    client_id: str | None,
    client_data: Mapping[str, Any] | Any | None,
) -> Call:
    identity = tokens.client_identity(steam_id, trade_url, client_id, client_data)
    wire = compact(
        {
            "clientSteamId": identity.steam_id,
            "clientTradeUrl": identity.trade_url,
            "clientId": identity.client_id,
            "clientData": identity.client_data,
        }
    )
    return body_call("authenticateClient", wire, auth, o)


def _check_call(auth: _Auth, o: CallOptions, url: str, force_refresh: bool) -> Call:
    return body_call("checkTradeUrl", {"tradeurl": url, "forceRefresh": force_refresh}, auth, o)


class Clients(SyncResource):
    """``ap.clients``."""

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
        o = options(timeout, max_retries, extra_headers)
        call = _authenticate_call(self._auth, o, steam_id, trade_url, client_id, client_data)
        return cast("ClientToken", self._transport.call(call))

    def check_trade_url(
        self,
        url: str,
        force_refresh: bool = False,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeUrlCheck:
        """Resolve a trade URL and report whether the account can trade (cached for an hour)."""
        o = options(timeout, max_retries, extra_headers)
        return cast(
            "TradeUrlCheck", self._transport.call(_check_call(self._auth, o, url, force_refresh))
        )


class AsyncClients(AsyncResource):
    """``ap.clients`` of :class:`assetpay.AsyncAssetPay`."""

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
        """Have AssetPay issue a client token for one user."""
        o = options(timeout, max_retries, extra_headers)
        call = _authenticate_call(self._auth, o, steam_id, trade_url, client_id, client_data)
        return cast("ClientToken", await self._transport.call(call))

    async def check_trade_url(
        self,
        url: str,
        force_refresh: bool = False,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeUrlCheck:
        """Resolve a trade URL and report whether the account can trade."""
        o = options(timeout, max_retries, extra_headers)
        call = _check_call(self._auth, o, url, force_refresh)
        return cast("TradeUrlCheck", await self._transport.call(call))


__all__ = ["AsyncClients", "Clients"]
