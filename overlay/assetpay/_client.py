"""``AssetPay`` and ``AsyncAssetPay``: the merchant scope, and end-user scopes from them."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from assetpay import tokens
from assetpay._base_client import (
    PRODUCTION_BASE_URL,
    ApiKeyAuth,
    AsyncTransport,
    CallEngine,
    FixedTokenAuth,
    IdentityTokenAuth,
    Settings,
    SyncTransport,
    _Auth,
    check_retries,
    check_seconds,
    configure_logging_from_env,
)
from assetpay._raw import AsyncRawResource, RawResource
from assetpay._requester import AsyncRequester, SyncRequester
from assetpay._secret import Secret
from assetpay.errors import ConfigurationError
from assetpay.resources import (
    ASYNC_MERCHANT_OVERRIDES,
    MERCHANT_OVERRIDES,
    AsyncClients,
    AsyncTrades,
    Clients,
    Trades,
)
from assetpay_resources import (
    AsyncClientResources,
    AsyncMerchantResources,
    ClientResources,
    MerchantResources,
)

if TYPE_CHECKING:
    from assetpay.realtime import AsyncRealtime, Realtime, RealtimeTimings


def _optional_text(name: str, value: object) -> str | None:
    """None for None or ""; the string itself; anything else is a ConfigurationError."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not a {type(value).__name__}")
    return value or None


def _api_key(value: object) -> Secret | None:
    key = _optional_text("api_key", value)
    if key is not None and not (key.isascii() and key.isprintable() and " " not in key):
        # sent as the api-key header: anything else could not be sent or would be mangled
        raise ConfigurationError("api_key must be printable ASCII without spaces")
    return None if key is None else Secret(key)


def _base_url(value: object) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"base_url must be a str, not a {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        problem = str(exc)
    else:
        problem = ""
    if problem:
        # raised outside the except block: no context chain into httpx's half-built URL (whose
        # repr fails, which breaks tracebacks formatted with local variables)
        raise ConfigurationError(f"base_url {value!r} is not a URL httpx can use: {problem}")
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url {value!r} must be an http(s) URL with a host")
    if url.port is not None and not 0 < url.port < 65536:
        raise ConfigurationError(f"base_url {value!r}: the port must be 1 to 65535")
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url {value!r} must not carry a query or a fragment")
    return value.rstrip("/")


def _settings(
    api_key: str | None,
    api_secret: str | None,
    merchant_id: str | None,
    base_url: str,
    timeout: float,
    max_retries: int,
    max_retry_wait: float,
    reconcile: bool,
) -> Settings | ConfigurationError:
    """The client's settings, or the ConfigurationError naming the value at fault.

    The error is returned without a traceback, not raised, so that the constructor can drop the
    plain credentials before raising it: the frames an error tracker records hold none of them.
    """
    try:
        if not isinstance(reconcile, bool):
            raise ConfigurationError(
                f"reconcile must be True or False, not a {type(reconcile).__name__}"
            )
        secret = _optional_text("api_secret", api_secret)
        settings = Settings(
            api_key=_api_key(api_key),
            api_secret=None if secret is None else Secret(secret),
            merchant_id=_optional_text("merchant_id", merchant_id),
            base_url=_base_url(base_url),
            timeout=check_seconds("timeout", timeout),
            max_retries=check_retries("max_retries", max_retries),
            max_retry_wait=check_seconds("max_retry_wait", max_retry_wait, zero_ok=True),
            reconcile=reconcile,
        )
    except ConfigurationError as refused:
        return refused.with_traceback(None)
    configure_logging_from_env()
    return settings


class ClientScope(ClientResources):
    """One end user's view of the API (``/client/*``), authenticated by a client token.

    Its resources (``user.trades``, ``user.market``, ...) are generated from the spec; ``raw``
    sends any other request as this user.
    """

    def __init__(self, transport: SyncTransport, auth: _Auth) -> None:
        self._transport = transport
        self._auth = auth
        requester = SyncRequester(transport, auth)
        self._attach_resources(requester)
        self.raw = RawResource(requester)

    def token(self) -> str:
        """The client token these calls send (obtained or renewed as needed), e.g. for a browser."""
        credential = self._transport.run(self._auth.credential(self._transport.engine))
        assert credential is not None  # a user scope always has a token
        return credential.secret.reveal()

    def __repr__(self) -> str:
        return f"ClientScope({self._auth!r})"


class AsyncClientScope(AsyncClientResources):
    """One end user's view of the API, for :class:`AsyncAssetPay`."""

    def __init__(self, transport: AsyncTransport, auth: _Auth) -> None:
        self._transport = transport
        self._auth = auth
        requester = AsyncRequester(transport, auth)
        self._attach_resources(requester)
        self.raw = AsyncRawResource(requester)

    async def token(self) -> str:
        """The client token these calls send (obtained or renewed as needed)."""
        credential = await self._transport.run(self._auth.credential(self._transport.engine))
        assert credential is not None  # a user scope always has a token
        return credential.secret.reveal()

    def __repr__(self) -> str:
        return f"AsyncClientScope({self._auth!r})"


class _Common:
    _engine: CallEngine

    def mint_client_token(
        self,
        *,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: Mapping[str, Any] | Any | None = None,
        ttl: int = tokens.MAX_TTL,
    ) -> str:
        """Sign a client token locally (needs ``api_secret`` and a known merchant id).

        The token is byte-identical to AssetPay's own; the identity is validated first
        (``RequestValidationError``). Without a merchant id, make one client call first (the
        merchant id is read from the first API-issued token) or pass ``merchant_id``.
        """
        identity = tokens.client_identity(steam_id, trade_url, client_id, client_data)
        return self._engine.mint(identity, ttl)

    @staticmethod
    def _identity(
        steam_id: str,
        trade_url: str,
        client_id: str | None,
        client_data: Mapping[str, Any] | Any | None,
    ) -> IdentityTokenAuth:
        return IdentityTokenAuth(
            tokens.client_identity(steam_id, trade_url, client_id, client_data)
        )

    def __repr__(self) -> str:
        # also called on a half-built client (a refused setting): tracebacks with locals need it
        engine = getattr(self, "_engine", None)
        if engine is None:
            return f"{type(self).__name__}(<not configured>)"
        s = engine.settings
        return f"{type(self).__name__}(base_url={s.base_url!r}, merchant_id={s.merchant_id!r})"


class AssetPay(_Common, MerchantResources):
    """The synchronous AssetPay client.

    Merchant calls use ``api_key``. End-user calls (:meth:`as_client`) use client tokens, signed
    locally when ``api_secret`` and ``merchant_id`` are given, otherwise issued by the API (with
    ``api_key``); with ``api_secret`` alone the first token is issued and the merchant id read
    from it. ``reconcile=True`` settles ambiguous failures of trade-creating calls that carry an
    ``external_id``. Use it as a context manager, or call :meth:`close`.

    Its resources (``ap.trades``, ``ap.market``, ...) are generated from the spec; ``raw`` sends
    any other request with the API key.
    """

    trades: Trades
    clients: Clients
    _resource_overrides = MERCHANT_OVERRIDES

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        merchant_id: str | None = None,
        *,
        base_url: str = PRODUCTION_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 2,
        reconcile: bool = False,
        http_client: httpx.Client | None = None,
        max_retry_wait: float = 5.0,
    ) -> None:
        settings = _settings(
            api_key, api_secret, merchant_id, base_url, timeout, max_retries, max_retry_wait,
            reconcile,
        )  # fmt: skip
        del api_key, api_secret  # from here on only masked Secret objects hold them
        if isinstance(settings, ConfigurationError):
            raise settings
        self._engine = CallEngine(settings)
        self._transport = SyncTransport(self._engine, http_client)
        requester = SyncRequester(self._transport, ApiKeyAuth())
        self._attach_resources(requester)
        self.raw = RawResource(requester)

    def as_client(
        self,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: Mapping[str, Any] | Any | None = None,
    ) -> ClientScope:
        """The end user ``steam_id``'s scope; tokens are obtained, cached and renewed for you."""
        return ClientScope(
            self._transport, self._identity(steam_id, trade_url, client_id, client_data)
        )

    def with_client_token(self, token: str) -> ClientScope:
        """An end-user scope that sends ``token`` as is (it cannot be renewed)."""
        if not isinstance(token, str) or not token:
            raise ConfigurationError("with_client_token needs a non-empty token string")
        return ClientScope(self._transport, FixedTokenAuth(Secret(token)))

    def realtime(self, *, timings: RealtimeTimings | None = None) -> Realtime:
        """AssetPay's realtime feed as typed events (``with ap.realtime() as feed: for event in
        feed``); needs ``assetpay[realtime]`` and the API key. See :mod:`assetpay.realtime`."""
        from assetpay.realtime import Realtime

        return Realtime(self._engine.settings, timings=timings)

    def close(self) -> None:
        """Close the HTTP connections (only those of a client this object created)."""
        self._transport.close()

    def __enter__(self) -> AssetPay:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAssetPay(_Common, AsyncMerchantResources):
    """The asynchronous AssetPay client; the same surface as :class:`AssetPay`, awaited."""

    trades: AsyncTrades
    clients: AsyncClients
    _resource_overrides = ASYNC_MERCHANT_OVERRIDES

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        merchant_id: str | None = None,
        *,
        base_url: str = PRODUCTION_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 2,
        reconcile: bool = False,
        http_client: httpx.AsyncClient | None = None,
        max_retry_wait: float = 5.0,
    ) -> None:
        settings = _settings(
            api_key, api_secret, merchant_id, base_url, timeout, max_retries, max_retry_wait,
            reconcile,
        )  # fmt: skip
        del api_key, api_secret  # from here on only masked Secret objects hold them
        if isinstance(settings, ConfigurationError):
            raise settings
        self._engine = CallEngine(settings)
        self._transport = AsyncTransport(self._engine, http_client)
        requester = AsyncRequester(self._transport, ApiKeyAuth())
        self._attach_resources(requester)
        self.raw = AsyncRawResource(requester)

    def as_client(
        self,
        steam_id: str,
        trade_url: str,
        client_id: str | None = None,
        client_data: Mapping[str, Any] | Any | None = None,
    ) -> AsyncClientScope:
        """The end user ``steam_id``'s scope; tokens are obtained, cached and renewed for you."""
        auth = self._identity(steam_id, trade_url, client_id, client_data)
        return AsyncClientScope(self._transport, auth)

    def with_client_token(self, token: str) -> AsyncClientScope:
        """An end-user scope that sends ``token`` as is (it cannot be renewed)."""
        if not isinstance(token, str) or not token:
            raise ConfigurationError("with_client_token needs a non-empty token string")
        return AsyncClientScope(self._transport, FixedTokenAuth(Secret(token)))

    def realtime(self, *, timings: RealtimeTimings | None = None) -> AsyncRealtime:
        """AssetPay's realtime feed as typed events (``async with aap.realtime() as feed:
        async for event in feed``); needs ``assetpay[realtime]``. See :mod:`assetpay.realtime`."""
        from assetpay.realtime import AsyncRealtime

        return AsyncRealtime(self._engine.settings, timings=timings)

    async def close(self) -> None:
        """Close the HTTP connections (only those of a client this object created)."""
        await self._transport.close()

    async def __aenter__(self) -> AsyncAssetPay:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


__all__ = ["AssetPay", "AsyncAssetPay", "AsyncClientScope", "ClientScope"]
