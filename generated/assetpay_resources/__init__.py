# generated from openapi.yaml by make client — do not edit
"""The resource classes of the AssetPay client, generated from openapi.yaml (``x-sdk``).

``MerchantResources`` / ``AsyncMerchantResources`` are what ``ap.<resource>`` holds;
``ClientResources`` / ``AsyncClientResources`` what an end user's scope (``user.<resource>``)
holds. The ``assetpay`` client subclasses them and attaches a requester (its call flow).
"""

from __future__ import annotations

import builtins  # noqa: F401 - result annotations (a resource has a method named `list`)
from collections.abc import Mapping, Sequence  # noqa: F401 - used by some signatures
from datetime import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast  # noqa: F401

from ._runtime import (
    AsyncPages,
    AsyncRequester,
    AsyncResource,
    PageLike,
    Pages,
    Requester,
    SyncResource,
)
from .clients import AsyncClientsResource, ClientsResource
from .crypto import (
    AsyncClientCryptoResource,
    AsyncCryptoResource,
    ClientCryptoResource,
    CryptoResource,
)
from .inventory import (
    AsyncClientInventoryResource,
    AsyncInventoryResource,
    ClientInventoryResource,
    InventoryResource,
)
from .market import (
    AsyncClientMarketResource,
    AsyncMarketResource,
    ClientMarketResource,
    MarketResource,
)
from .trades import (
    AsyncClientTradesResource,
    AsyncTradesResource,
    ClientTradesResource,
    TradesResource,
)
from .verification import AsyncClientVerificationResource, ClientVerificationResource
from .wallet import AsyncWalletResource, WalletResource

if TYPE_CHECKING:
    from assetpay_client.models.health import Health

R = TypeVar("R")


class MerchantResources(SyncResource):
    """The merchant scope's resources."""

    clients: ClientsResource
    crypto: CryptoResource
    inventory: InventoryResource
    market: MarketResource
    trades: TradesResource
    wallet: WalletResource

    #: resource class -> the subclass to attach instead (the client's hand-written extras)
    _resource_overrides: Mapping[type, type] = {}

    def _attach_resources(self, requester: Requester) -> None:
        """Give this scope its requester and one instance of every resource."""
        self._requester = requester
        self.clients = self._resource(ClientsResource)
        self.crypto = self._resource(CryptoResource)
        self.inventory = self._resource(InventoryResource)
        self.market = self._resource(MarketResource)
        self.trades = self._resource(TradesResource)
        self.wallet = self._resource(WalletResource)

    def _resource(self, cls: type[R]) -> R:
        chosen: type[R] = self._resource_overrides.get(cls, cls)
        return chosen(self._requester)  # type: ignore[call-arg]

    def health(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Health:
        """Whether the API is up, and whether it is in maintenance.

        ``GET /health`` (getHealth).
        """
        return cast(
            "Health",
            self._requester.call(
                "getHealth",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class AsyncMerchantResources(AsyncResource):
    """The merchant scope's resources (async)."""

    clients: AsyncClientsResource
    crypto: AsyncCryptoResource
    inventory: AsyncInventoryResource
    market: AsyncMarketResource
    trades: AsyncTradesResource
    wallet: AsyncWalletResource

    #: resource class -> the subclass to attach instead (the client's hand-written extras)
    _resource_overrides: Mapping[type, type] = {}

    def _attach_resources(self, requester: AsyncRequester) -> None:
        """Give this scope its requester and one instance of every resource."""
        self._requester = requester
        self.clients = self._resource(AsyncClientsResource)
        self.crypto = self._resource(AsyncCryptoResource)
        self.inventory = self._resource(AsyncInventoryResource)
        self.market = self._resource(AsyncMarketResource)
        self.trades = self._resource(AsyncTradesResource)
        self.wallet = self._resource(AsyncWalletResource)

    def _resource(self, cls: type[R]) -> R:
        chosen: type[R] = self._resource_overrides.get(cls, cls)
        return chosen(self._requester)  # type: ignore[call-arg]

    async def health(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Health:
        """Whether the API is up, and whether it is in maintenance.

        ``GET /health`` (getHealth).
        """
        return cast(
            "Health",
            await self._requester.call(
                "getHealth",
                {},
                None,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            ),
        )


class ClientResources(SyncResource):
    """The end-user scope's resources."""

    crypto: ClientCryptoResource
    inventory: ClientInventoryResource
    market: ClientMarketResource
    trades: ClientTradesResource
    verification: ClientVerificationResource

    #: resource class -> the subclass to attach instead (the client's hand-written extras)
    _resource_overrides: Mapping[type, type] = {}

    def _attach_resources(self, requester: Requester) -> None:
        """Give this scope its requester and one instance of every resource."""
        self._requester = requester
        self.crypto = self._resource(ClientCryptoResource)
        self.inventory = self._resource(ClientInventoryResource)
        self.market = self._resource(ClientMarketResource)
        self.trades = self._resource(ClientTradesResource)
        self.verification = self._resource(ClientVerificationResource)

    def _resource(self, cls: type[R]) -> R:
        chosen: type[R] = self._resource_overrides.get(cls, cls)
        return chosen(self._requester)  # type: ignore[call-arg]


class AsyncClientResources(AsyncResource):
    """The end-user scope's resources (async)."""

    crypto: AsyncClientCryptoResource
    inventory: AsyncClientInventoryResource
    market: AsyncClientMarketResource
    trades: AsyncClientTradesResource
    verification: AsyncClientVerificationResource

    #: resource class -> the subclass to attach instead (the client's hand-written extras)
    _resource_overrides: Mapping[type, type] = {}

    def _attach_resources(self, requester: AsyncRequester) -> None:
        """Give this scope its requester and one instance of every resource."""
        self._requester = requester
        self.crypto = self._resource(AsyncClientCryptoResource)
        self.inventory = self._resource(AsyncClientInventoryResource)
        self.market = self._resource(AsyncClientMarketResource)
        self.trades = self._resource(AsyncClientTradesResource)
        self.verification = self._resource(AsyncClientVerificationResource)

    def _resource(self, cls: type[R]) -> R:
        chosen: type[R] = self._resource_overrides.get(cls, cls)
        return chosen(self._requester)  # type: ignore[call-arg]


__all__ = [
    "AsyncClientCryptoResource",
    "AsyncClientInventoryResource",
    "AsyncClientMarketResource",
    "AsyncClientResources",
    "AsyncClientTradesResource",
    "AsyncClientVerificationResource",
    "AsyncClientsResource",
    "AsyncCryptoResource",
    "AsyncInventoryResource",
    "AsyncMarketResource",
    "AsyncMerchantResources",
    "AsyncPages",
    "AsyncRequester",
    "AsyncTradesResource",
    "AsyncWalletResource",
    "ClientCryptoResource",
    "ClientInventoryResource",
    "ClientMarketResource",
    "ClientResources",
    "ClientTradesResource",
    "ClientVerificationResource",
    "ClientsResource",
    "CryptoResource",
    "InventoryResource",
    "MarketResource",
    "MerchantResources",
    "PageLike",
    "Pages",
    "Requester",
    "TradesResource",
    "WalletResource",
]
