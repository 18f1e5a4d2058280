"""JSON decoding of answers and callbacks.

pydantic-core's parser (already installed with pydantic) decodes the bytes of an answer in about
0.6x the time of ``json.loads``, with object keys interned across calls. Whenever it refuses a
document (invalid JSON, a lone surrogate escape, nesting deeper than it allows), ``json.loads``
decides, so the result and the errors are the standard library's. It is imported on the first
decode, not with ``import assetpay``.

Numbers must be finite: ``NaN``, ``Infinity`` and literals too large for a float (``1e999``) are
refused with :class:`NonFiniteNumberError`, so they can never reach a money field.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, NoReturn

_from_json: Callable[..., Any] | None = None
_to_json: Callable[..., bytes] | None = None


class NonFiniteNumberError(ValueError):
    """The document holds NaN, Infinity, or a number too large for a float."""


def _refuse_constant(name: str) -> NoReturn:
    raise NonFiniteNumberError(f"the JSON holds {name}, which is not a finite number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise NonFiniteNumberError(
            f"the JSON number {text[:40]} is too large for a float (not finite)"
        )
    return value


def _strict_loads(data: bytes | bytearray | str) -> Any:
    return json.loads(data, parse_constant=_refuse_constant, parse_float=_finite_float)


def loads(data: bytes | bytearray | str) -> Any:
    """Decode one JSON document.

    Raises what ``json.loads`` raises for what is not JSON, and :class:`NonFiniteNumberError` (a
    ``ValueError``) for NaN, Infinity and numbers that overflow a float.
    """
    global _from_json, _to_json
    if _from_json is None or _to_json is None:
        from pydantic_core import from_json, to_json

        _from_json, _to_json = from_json, to_json
    try:
        result = _from_json(data, cache_strings="keys", allow_inf_nan=False)
    except ValueError:
        return _strict_loads(data)
    # NaN/Infinity literals were refused above; a literal too large for a float (1e999) parses
    # as inf. Writing the result back in Rust and looking for the constant finds one at about
    # half the cost of the parse (a pattern scan of the text costs more, and hex ids in strings
    # look like exponents); anything suspicious is decided by the strict parser.
    if isinstance(result, float):
        return result if math.isfinite(result) else _strict_loads(data)
    if isinstance(result, dict | list) and b"Infinity" in _to_json(
        result, inf_nan_mode="constants"
    ):
        return _strict_loads(data)
    return result
