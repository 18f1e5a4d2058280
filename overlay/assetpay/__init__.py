"""assetpay: the typed Python client for the AssetPay merchant API.

::

    import assetpay

    with assetpay.AssetPay(api_key="ap_...", api_secret="...", merchant_id="...") as ap:
        balance = ap.wallet.balance()
        user = ap.as_client(steam_id="7656119...", trade_url="https://steamcommunity.com/...")
        trade = user.trades.withdraw(items=[{"item_id": "...", "price": 45.0}], external_id="wd-1")

Submodules: ``assetpay.errors`` (every failure), ``assetpay.models`` (the generated models),
``assetpay.webhooks`` (verify and answer callbacks, no HTTP client), ``assetpay.validation``,
``assetpay.tokens``, ``assetpay.retries``, ``assetpay.pagination``, ``assetpay.realtime`` (the
Socket.IO feed, with the ``assetpay[realtime]`` extra). ``assetpay.AiohttpTransport`` (with the
``assetpay[aiohttp]`` extra) sends an ``httpx.AsyncClient``'s requests through aiohttp's pool.
Names here are loaded on first use, so ``import assetpay`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from assetpay._version import __version__

if TYPE_CHECKING:
    from assetpay import (
        errors,
        models,
        pagination,
        realtime,
        retries,
        tokens,
        validation,
        webhooks,
    )
    from assetpay._aiohttp_transport import AiohttpTransport
    from assetpay._base_client import (
        PRODUCTION_BASE_URL,
        STAGING_BASE_URL,
        ResponseMeta,
        meta,
    )
    from assetpay._client import AssetPay, AsyncAssetPay, AsyncClientScope, ClientScope
    from assetpay.errors import APIError, AssetPayError, ConfigurationError

_LAZY = {
    "AiohttpTransport": "assetpay._aiohttp_transport",
    "AssetPay": "assetpay._client",
    "AsyncAssetPay": "assetpay._client",
    "ClientScope": "assetpay._client",
    "AsyncClientScope": "assetpay._client",
    "PRODUCTION_BASE_URL": "assetpay._base_client",
    "STAGING_BASE_URL": "assetpay._base_client",
    "ConfigurationError": "assetpay.errors",
    "ResponseMeta": "assetpay._base_client",
    "meta": "assetpay._base_client",
    "AssetPayError": "assetpay.errors",
    "APIError": "assetpay.errors",
}
_SUBMODULES = {
    "errors", "models", "pagination", "realtime", "retries", "tokens", "validation", "webhooks",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"assetpay.{name}")
    else:
        raise AttributeError(f"module 'assetpay' has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "PRODUCTION_BASE_URL",
    "STAGING_BASE_URL",
    "APIError",
    "AiohttpTransport",
    "AssetPay",
    "AssetPayError",
    "AsyncAssetPay",
    "AsyncClientScope",
    "ClientScope",
    "ConfigurationError",
    "ResponseMeta",
    "__version__",
    "errors",
    "meta",
    "models",
    "pagination",
    "realtime",
    "retries",
    "tokens",
    "validation",
    "webhooks",
]
