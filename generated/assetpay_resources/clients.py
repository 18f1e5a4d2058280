# generated from openapi.yaml by make client — do not edit
"""``clients``: ap.clients (ClientsResource, AsyncClientsResource).

Generated from the operations' ``x-sdk`` in openapi.yaml: one method per operation, sync and
async, each handing its parameters (by wire name) to the client's call flow.
"""

from __future__ import annotations

import builtins  # noqa: F401 - result annotations (a resource has a method named `list`)
from collections.abc import Mapping, Sequence  # noqa: F401 - used by some signatures
from datetime import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, Literal, cast  # noqa: F401

from ._runtime import AsyncPages, AsyncResource, Pages, SyncResource  # noqa: F401

if TYPE_CHECKING:
    from assetpay_client.models.client_data import ClientData
    from assetpay_client.models.client_token import ClientToken
    from assetpay_client.models.trade_url_check import TradeUrlCheck

    from .types import ClientDataDict


class ClientsResource(SyncResource):
    """``ap.clients``."""

    __slots__ = ()

    def authenticate(
        self,
        *,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: ClientData | ClientDataDict | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientToken:
        """Issue a client token for one Steam user.

        ``POST /auth/authenticate-client`` (authenticateClient).

        Args:
            steam_id: SteamID64, 17 digits starting with 76561 (ASCII digits only).
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            client_id: The merchant's own user id; copied onto the user's trades as
                `externalClientUserId`.
            client_data: Inputs to the instant-credit risk model; every field optional (server defaults
                0, false, null). Only these six keys exist. The best collateral comes with fiat
                and crypto deposits both true and KYC level 3.
        """
        return cast(
            "ClientToken",
            self._requester.call(
                "authenticateClient",
                {},
                {
                    "clientSteamId": steam_id,
                    "clientTradeUrl": trade_url,
                    "clientId": client_id,
                    "clientData": client_data,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    def check_trade_url(
        self,
        url: str,
        force_refresh: bool = False,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeUrlCheck:
        """Check a Steam trade URL and the account's trading ability.

        ``POST /secure/check-tradeurl`` (checkTradeUrl).

        Args:
            url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            force_refresh: Skip the one-hour cache. (default False)
        """
        return cast(
            "TradeUrlCheck",
            self._requester.call(
                "checkTradeUrl",
                {},
                {
                    "tradeurl": url,
                    "forceRefresh": force_refresh,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncClientsResource(AsyncResource):
    """``ap.clients`` of the async client."""

    __slots__ = ()

    async def authenticate(
        self,
        *,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: ClientData | ClientDataDict | Mapping[str, Any] | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientToken:
        """Issue a client token for one Steam user.

        ``POST /auth/authenticate-client`` (authenticateClient).

        Args:
            steam_id: SteamID64, 17 digits starting with 76561 (ASCII digits only).
            trade_url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            client_id: The merchant's own user id; copied onto the user's trades as
                `externalClientUserId`.
            client_data: Inputs to the instant-credit risk model; every field optional (server defaults
                0, false, null). Only these six keys exist. The best collateral comes with fiat
                and crypto deposits both true and KYC level 3.
        """
        return cast(
            "ClientToken",
            await self._requester.call(
                "authenticateClient",
                {},
                {
                    "clientSteamId": steam_id,
                    "clientTradeUrl": trade_url,
                    "clientId": client_id,
                    "clientData": client_data,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )

    async def check_trade_url(
        self,
        url: str,
        force_refresh: bool = False,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TradeUrlCheck:
        """Check a Steam trade URL and the account's trading ability.

        ``POST /secure/check-tradeurl`` (checkTradeUrl).

        Args:
            url: A Steam trade-offer URL with partner id and 8-character token (ASCII digits;
                `[0-9]` rather than `\\\\d`, which some regex engines read as any Unicode
                digit).
            force_refresh: Skip the one-hour cache. (default False)
        """
        return cast(
            "TradeUrlCheck",
            await self._requester.call(
                "checkTradeUrl",
                {},
                {
                    "tradeurl": url,
                    "forceRefresh": force_refresh,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )
