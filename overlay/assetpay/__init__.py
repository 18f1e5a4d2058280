"""assetpay: the typed Python client for the AssetPay merchant API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
