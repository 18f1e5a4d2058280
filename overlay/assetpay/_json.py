"""JSON decoding of answers and callbacks.

msgspec's decoder (C) decodes the bytes of an answer in 0.4-0.55x the time of ``json.loads`` (a
50-item trade, a 1,000-item market page; pydantic-core's parser, used before, took 0.7x and
needed a separate pass to find infinities), and the client decodes answers straight into the
models with it (``assetpay_client._decode``). Loading it costs about 8 ms (its modules, then a
Struct per model), which pays off over about a megabyte of JSON: so a process decodes its first
``WARM_BYTES`` with the standard library (and builds models with ``from_dict``, the way that
decides anyway, so the results are the same), and loads msgspec when it has read that much, or at
once for a document of ``LARGE_BYTES`` or more. A process that makes a few calls -- a serverless
handler's cold start -- never loads it. ``fast`` says which way a document goes.

msgspec refuses a superset of what ``json.loads`` refuses: ``NaN`` and ``Infinity``, a number
too large for a float (``1e999``), a lone surrogate escape, a byte-order mark, nesting deeper than
it allows. Whatever it refuses, ``json.loads`` decides, so the result and the errors are the
standard library's -- except that numbers must be finite: NaN, Infinity and overflowing literals
raise :class:`NonFiniteNumberError`, so they can never reach a money field.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any, NoReturn

_decode: Callable[[bytes | bytearray | str], Any] | None = None
_refusals: tuple[type[BaseException], ...] = ()

#: JSON read before msgspec is loaded (bytes), and the size of a document that loads it at once.
WARM_BYTES = 1024 * 1024
LARGE_BYTES = 128 * 1024
_read = 0


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


def _load_decoder() -> Callable[[bytes | bytearray | str], Any]:
    global _decode, _refusals
    import msgspec.json

    # DecodeError covers msgspec's ValidationError ("Number out of range"); a document nested
    # deeper than its limit raises RecursionError
    _refusals = (msgspec.DecodeError, RecursionError)
    _decode = msgspec.json.Decoder().decode
    return _decode


def warm() -> bool:
    """True once msgspec is loaded (every document goes its way from then on)."""
    return _decode is not None


def fast(size: int) -> bool:
    """Whether a document of ``size`` bytes is decoded by msgspec; counts it towards
    ``WARM_BYTES`` and loads msgspec when the count, or the document, is large enough."""
    global _read
    if _decode is not None:
        return True
    _read += size  # unlocked: threads racing here may only load msgspec a little later
    if _read >= WARM_BYTES or size >= LARGE_BYTES:
        _load_decoder()
        return True
    return False


def loads(data: bytes | bytearray | str, *, counted: bool = False) -> Any:
    """Decode one JSON document (``counted``: ``fast`` has already seen it).

    Raises what ``json.loads`` raises for what is not JSON, and :class:`NonFiniteNumberError` (a
    ``ValueError``) for NaN, Infinity and numbers that overflow a float.
    """
    decode = _decode
    if decode is None:
        if counted or not fast(len(data)):
            return _strict_loads(data)
        decode = _decode or _load_decoder()
    try:
        return decode(data)
    except _refusals:
        return _strict_loads(data)
