"""Shared material of the overlay tests: the spec's own error tables, loaded from openapi.yaml.

The tables are read with PyYAML from the root extensions ``x-error-domains``, ``x-error-codes``
and ``x-trade-failure-codes``, so the tests check the overlay against the spec rather than against
the generated catalogue it was rendered from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, settings

REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def error_rows() -> list[dict[str, Any]]:
    """Every row of ``x-error-codes`` (code, key, http, domain, retryable, ...)."""
    rows = spec()["x-error-codes"]
    assert isinstance(rows, list)
    assert rows
    return rows


def domain_rows() -> list[dict[str, Any]]:
    """Every row of ``x-error-domains`` (from, to, domain, title)."""
    rows = spec()["x-error-domains"]
    assert isinstance(rows, list)
    assert rows
    return rows


def trade_failure_rows() -> list[dict[str, Any]]:
    """Every row of ``x-trade-failure-codes`` (code, level, meaning)."""
    rows = spec()["x-trade-failure-codes"]
    assert isinstance(rows, list)
    assert rows
    return rows


def known_codes() -> frozenset[int]:
    return frozenset(row["code"] for row in error_rows() if row["code"] is not None)


def known_keys() -> frozenset[str]:
    return frozenset(row["key"] for row in error_rows())


def camel(snake: str) -> str:
    """``PRICE_CHANGED`` -> ``PriceChanged``, ``two_factor`` -> ``TwoFactor``."""
    return "".join(part.capitalize() for part in snake.split("_"))


def class_name(snake: str) -> str:
    """``CamelCase(name) + "Error"``, without doubling it (``SERVER_ERROR`` -> ``ServerError``)."""
    name = camel(snake)
    return name if name.endswith("Error") else name + "Error"


def fuzz(n: int) -> settings:
    """Fixed-size, derandomized hypothesis runs: CI sees the same cases every time."""
    return settings(
        max_examples=n,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
