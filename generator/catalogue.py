"""Render the error catalogue package (generated/assetpay_catalogue) from openapi.yaml.

Source tables are the spec's root extensions:

* ``x-error-domains``: list of ``{from, to, domain, title}``
* ``x-error-codes``: list of ``{code: int | null, key, http: int | null, domain, retryable,
  source, description}`` and the optional booleans ``outcomeUnknown``, ``safeToRepeat`` and
  ``renewsToken`` (false when absent), which the client's call flow reads
* ``x-trade-failure-codes``: list of ``{code: str | int, level: item | trade, meaning}``

The output is pure data (frozen dataclasses and tuples), importable without YAML. Rows keep the
spec's order. Formatting is left to ruff (generator/build.py formats the whole tree).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["CatalogueError", "render_catalogue"]


class CatalogueError(ValueError):
    """The spec's error tables are malformed (the message names the JSON path)."""


@dataclass(frozen=True)
class _Domain:
    start: int
    end: int
    name: str
    title: str


@dataclass(frozen=True)
class _Code:
    code: int | None
    key: str
    http_status: int | None
    domain: str
    retryable: bool
    source: str
    description: str
    outcome_unknown: bool = False
    safe_to_repeat: bool = False
    renews_token: bool = False


_FLAGS = {
    "outcomeUnknown": "outcome_unknown",
    "safeToRepeat": "safe_to_repeat",
    "renewsToken": "renews_token",
}


@dataclass(frozen=True)
class _Failure:
    code: int | str
    level: str
    meaning: str


def _rows(spec: Mapping[str, Any], name: str) -> Sequence[Mapping[str, Any]]:
    rows = spec.get(name, [])
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise CatalogueError(f"$.{name} must be a list of objects")
    return rows


def _get(row: Mapping[str, Any], key: str, types: tuple[type, ...], where: str) -> Any:
    if key not in row:
        raise CatalogueError(f"{where}.{key} is missing")
    value = row[key]
    if isinstance(value, bool) and bool not in types:
        raise CatalogueError(f"{where}.{key} must be {_names(types)}, got {value!r}")
    if not isinstance(value, types):
        raise CatalogueError(f"{where}.{key} must be {_names(types)}, got {value!r}")
    return value


def _names(types: tuple[type, ...]) -> str:
    return " or ".join("null" if t is type(None) else t.__name__ for t in types)


def _parse(spec: Mapping[str, Any]) -> tuple[list[_Domain], list[_Code], list[_Failure]]:
    domains: list[_Domain] = []
    for i, row in enumerate(_rows(spec, "x-error-domains")):
        where = f"$.x-error-domains[{i}]"
        domains.append(
            _Domain(
                start=_get(row, "from", (int,), where),
                end=_get(row, "to", (int,), where),
                name=_get(row, "domain", (str,), where),
                title=_get(row, "title", (str,), where),
            )
        )
    codes: list[_Code] = []
    for i, row in enumerate(_rows(spec, "x-error-codes")):
        where = f"$.x-error-codes[{i}]"
        codes.append(
            _Code(
                code=_get(row, "code", (int, type(None)), where),
                key=_get(row, "key", (str,), where),
                http_status=_get(row, "http", (int, type(None)), where),
                domain=_get(row, "domain", (str,), where),
                retryable=_get(row, "retryable", (bool,), where),
                source=_get(row, "source", (str,), where),
                description=_get(row, "description", (str,), where),
                **{
                    attribute: _get(row, column, (bool,), where)
                    for column, attribute in _FLAGS.items()
                    if column in row
                },
            )
        )
        unknown = sorted(set(row) - {"code", "key", "http", "domain", "retryable", "source",
                                     "description", *_FLAGS})  # fmt: skip
        if unknown:
            raise CatalogueError(f"{where} has unknown columns {unknown}")
    failures: list[_Failure] = []
    for i, row in enumerate(_rows(spec, "x-trade-failure-codes")):
        where = f"$.x-trade-failure-codes[{i}]"
        level = _get(row, "level", (str,), where)
        if level not in ("item", "trade"):
            raise CatalogueError(f"{where}.level must be 'item' or 'trade', got {level!r}")
        failures.append(
            _Failure(
                code=_get(row, "code", (int, str), where),
                level=level,
                meaning=_get(row, "meaning", (str,), where),
            )
        )
    _check_unique([d.name for d in domains], "$.x-error-domains[*].domain")
    _check_unique([c.key for c in codes], "$.x-error-codes[*].key")
    _check_unique([c.code for c in codes if c.code is not None], "$.x-error-codes[*].code")
    _check_unique([f.code for f in failures], "$.x-trade-failure-codes[*].code")
    known = {d.name for d in domains}
    for i, c in enumerate(codes):
        if domains and c.domain not in known:
            raise CatalogueError(
                f"$.x-error-codes[{i}].domain {c.domain!r} is not in $.x-error-domains"
            )
    return domains, codes, failures


def _check_unique(values: Sequence[object], where: str) -> None:
    seen: set[object] = set()
    for value in values:
        if value in seen:
            raise CatalogueError(f"{where}: duplicate {value!r}")
        seen.add(value)


def _s(value: str) -> str:
    """A Python string literal (ruff normalises the quotes)."""
    return repr(value)


def _opt_int(value: int | None) -> str:
    return "None" if value is None else str(value)


_ERRORS_HEAD = '''\
"""The AssetPay error catalogue: error domains, API error codes and trade failure codes.

Rendered from the root extensions ``x-error-domains``, ``x-error-codes`` and
``x-trade-failure-codes`` of openapi.yaml. Pure data: no YAML needed at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

__all__ = [
    "ERRORS_BY_CODE",
    "ERRORS_BY_KEY",
    "ERROR_CODES",
    "ERROR_DOMAINS",
    "OUTCOME_UNKNOWN",
    "RENEWS_TOKEN",
    "SAFE_TO_REPEAT",
    "TRADE_FAILURE_CODES",
    "TRADE_FAILURES_BY_CODE",
    "ErrorCode",
    "ErrorDomain",
    "TradeFailure",
]


# NamedTuples, not frozen dataclasses: immutable the same, and defined in a tenth of the time
# (every process that makes a call imports this table)


class ErrorDomain(NamedTuple):
    """A block of numeric error codes ``start..end`` (inclusive) owned by one domain."""

    start: int
    end: int
    name: str
    title: str

    def __contains__(self, code: object) -> bool:
        return isinstance(code, int) and self.start <= code <= self.end


class ErrorCode(NamedTuple):
    """One API error: numeric ``code`` (None when the error has only a key), HTTP status."""

    code: int | None
    key: str
    http_status: int | None
    domain: str
    retryable: bool
    source: str
    description: str
    #: a 5xx with this key says nothing of the outcome (ambiguous); other 5xx keys are definitive
    outcome_unknown: bool = False
    #: repeating the request (even a trade-creating one) cannot duplicate anything
    safe_to_repeat: bool = False
    #: the client token was refused: renew it and send the request once more
    renews_token: bool = False


class TradeFailure(NamedTuple):
    """A trade failure code, reported per item or for the whole trade."""

    code: __FAILURE_CODE_TYPE__
    level: Literal["item", "trade"]
    meaning: str

'''

_ERRORS_TAIL = """

ERRORS_BY_CODE: Final[Mapping[int, ErrorCode]] = {
    error.code: error for error in ERROR_CODES if error.code is not None
}
ERRORS_BY_KEY: Final[Mapping[str, ErrorCode]] = {error.key: error for error in ERROR_CODES}
OUTCOME_UNKNOWN: Final[frozenset[str]] = frozenset(
    error.key for error in ERROR_CODES if error.outcome_unknown
)
SAFE_TO_REPEAT: Final[frozenset[str]] = frozenset(
    error.key for error in ERROR_CODES if error.safe_to_repeat
)
RENEWS_TOKEN: Final[frozenset[str]] = frozenset(
    error.key for error in ERROR_CODES if error.renews_token
)
TRADE_FAILURES_BY_CODE: Final[Mapping[__FAILURE_CODE_TYPE__, TradeFailure]] = {
    failure.code: failure for failure in TRADE_FAILURE_CODES
}
"""

_INIT = '''\
"""The AssetPay error catalogue (see ``assetpay_catalogue.errors``)."""

from .errors import (
    ERROR_CODES,
    ERROR_DOMAINS,
    ERRORS_BY_CODE,
    ERRORS_BY_KEY,
    OUTCOME_UNKNOWN,
    RENEWS_TOKEN,
    SAFE_TO_REPEAT,
    TRADE_FAILURE_CODES,
    TRADE_FAILURES_BY_CODE,
    ErrorCode,
    ErrorDomain,
    TradeFailure,
)

__all__ = [
    "ERRORS_BY_CODE",
    "ERRORS_BY_KEY",
    "ERROR_CODES",
    "ERROR_DOMAINS",
    "OUTCOME_UNKNOWN",
    "RENEWS_TOKEN",
    "SAFE_TO_REPEAT",
    "TRADE_FAILURE_CODES",
    "TRADE_FAILURES_BY_CODE",
    "ErrorCode",
    "ErrorDomain",
    "TradeFailure",
]
'''


def render_catalogue(spec: Mapping[str, Any]) -> dict[str, str]:
    """Return ``{relative path: source}`` for the assetpay_catalogue package."""
    domains, codes, failures = _parse(spec)
    # The failure codes' Python type follows the spec (string keys today, numbers possible).
    kinds = sorted({type(f.code).__name__ for f in failures}) or ["str"]
    failure_type = " | ".join(kinds)
    out = [_ERRORS_HEAD.replace("__FAILURE_CODE_TYPE__", failure_type)]
    out.append("ERROR_DOMAINS: Final[tuple[ErrorDomain, ...]] = (\n")
    for d in domains:
        out.append(
            f"    ErrorDomain(start={d.start}, end={d.end}, name={_s(d.name)},"
            f" title={_s(d.title)}),\n"
        )
    out.append(")\n\nERROR_CODES: Final[tuple[ErrorCode, ...]] = (\n")
    for c in codes:
        out.append(
            "    ErrorCode("
            f"code={_opt_int(c.code)}, key={_s(c.key)}, http_status={_opt_int(c.http_status)},"
            f" domain={_s(c.domain)}, retryable={c.retryable!r}, source={_s(c.source)},"
            f" description={_s(c.description)}"
            + "".join(
                f", {attribute}=True" for attribute in _FLAGS.values() if getattr(c, attribute)
            )
            + "),\n"
        )
    out.append(")\n\nTRADE_FAILURE_CODES: Final[tuple[TradeFailure, ...]] = (\n")
    for f in failures:
        out.append(
            f"    TradeFailure(code={f.code!r}, level={_s(f.level)}, meaning={_s(f.meaning)}),\n"
        )
    out.append(")\n")
    out.append(_ERRORS_TAIL.replace("__FAILURE_CODE_TYPE__", failure_type))
    return {"__init__.py": _INIT, "errors.py": "".join(out)}
