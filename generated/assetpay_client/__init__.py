# generated from openapi.yaml by make client — do not edit
"""A client library for accessing AssetPay Merchant API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
