"""The generated models (attrs), re-exported: ``from assetpay.models import Trade``, and the
request objects as ``TypedDict``s (``WithdrawItemDict``, ...) for annotating ``items=`` lists.

Lists of nested models (``Trade.items``, ``MarketPage.items``, a page's trades, ...) are built
when first read; the rest of a model is parsed with the answer. ``materialize(model)`` builds
everything at once and raises ``InvalidResponseError`` for the first part that cannot be parsed.
"""

from assetpay_client._lazy import materialize
from assetpay_client.models import *  # noqa: F403
from assetpay_client.models import __all__ as _models_all
from assetpay_resources.types import *  # noqa: F403
from assetpay_resources.types import __all__ as _request_dicts

__all__ = [*_models_all, *_request_dicts, "materialize"]
