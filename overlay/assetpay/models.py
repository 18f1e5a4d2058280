"""The generated models (attrs), re-exported: ``from assetpay.models import Trade``."""

from assetpay_client.models import *  # noqa: F403
from assetpay_client.models import __all__ as __all__
