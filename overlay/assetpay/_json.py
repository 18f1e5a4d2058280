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
import marshal
import math
from collections.abc import Callable
from typing import Any, NoReturn

_from_json: Callable[..., Any] | None = None


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
        from assetpay._core import from_json

        _from_json = from_json
    try:
        result = _from_json(data, cache_strings="keys", allow_inf_nan=False)
    except ValueError:
        return _strict_loads(data)
    # NaN/Infinity literals were refused above; a literal too large for a float (1e999) parses
    # as inf. marshal (in C) writes every float as its IEEE-754 bytes, in which an infinity is
    # easy to find (_may_hold_infinity): about a third of the parse's cost. Writing the result
    # back as JSON and looking for "Infinity" cost half of the parse; a pattern scan of the text
    # costs more, and hex ids in strings look like exponents. Anything suspicious, a string
    # that happens to hold the same bytes included, is decided by the strict parser.
    if isinstance(result, float):
        return result if math.isfinite(result) else _strict_loads(data)
    if isinstance(result, dict | list) and _may_hold_infinity(result):
        return _strict_loads(data)
    return result


# In marshal's output a float is its type byte ("g", or e7 when flagged as referenced again)
# and 8 little-endian IEEE-754 bytes; +-infinity's are 00 00 00 00 00 00 f0 7f / ff. One search
# for the part they share finds every candidate (1.0 and 65536.0 share it too; they are told
# apart by the bytes around it).
_SHARED = b"\x00" * 6 + b"\xf0"
_FLOAT_KINDS = frozenset(b"g\xe7")
_INFINITY_ENDS = frozenset(b"\x7f\xff")


def _may_hold_infinity(result: dict[str, Any] | list[Any]) -> bool:
    try:
        packed = marshal.dumps(result, 4)
    except (ValueError, RecursionError):  # nested deeper than marshal writes
        return True
    at = packed.find(_SHARED, 1)
    while at != -1:
        end = at + len(_SHARED)
        if packed[at - 1] in _FLOAT_KINDS and end < len(packed) and packed[end] in _INFINITY_ENDS:
            return True
        at = packed.find(_SHARED, at + 1)
    return False
