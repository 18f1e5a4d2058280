"""JSON decoding of answers and callbacks.

pydantic-core's parser (already installed with pydantic) decodes the bytes of an answer in about
0.6x the time of ``json.loads``, with object keys interned across calls. Whenever it refuses a
document (invalid JSON, a lone surrogate escape, nesting deeper than it allows), ``json.loads``
decides, so the result and the errors are the standard library's. It is imported on the first
decode, not with ``import assetpay``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

_from_json: Callable[..., Any] | None = None


def loads(data: bytes | bytearray | str) -> Any:
    """Decode one JSON document; raises what ``json.loads`` raises for what is not JSON."""
    global _from_json
    if _from_json is None:
        from pydantic_core import from_json

        _from_json = from_json
    try:
        return _from_json(data, cache_strings="keys")
    except ValueError:
        return json.loads(data)
