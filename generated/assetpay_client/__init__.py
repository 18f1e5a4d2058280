# generated from openapi.yaml by make client — do not edit
"""A client library for accessing AssetPay Merchant API"""

# The httpx-based Client classes of openapi-python-client are imported when first named, not with
# the package: the SDK (``assetpay``) reads models only, and building these two attrs classes was
# a visible share of a fresh process's first call.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
