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
import re
from collections.abc import Callable
from typing import Any, NoReturn

_from_json: Callable[..., Any] | None = None

# A float literal that may overflow to infinity: an exponent of three digits or more, or a very
# long run of digits. A match (even inside a string) only sends the document down the slow path.
_MAYBE_HUGE = re.compile(rb"[eE][+]?0*[1-9][0-9]{2,}|[0-9]{300,}")


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
    global _from_json
    if _from_json is None:
        from pydantic_core import from_json

        _from_json = from_json
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _MAYBE_HUGE.search(raw):
        return _strict_loads(data)
    try:
        return _from_json(data, cache_strings="keys", allow_inf_nan=False)
    except ValueError:
        return _strict_loads(data)
