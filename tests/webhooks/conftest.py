"""Shared material of the webhook tests: secrets, a fixed clock, and the spec's own examples."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from assetpay.webhooks import (
    DeliveryStore,
    MemoryDeliveryStore,
    PostgresDeliveryStore,
    SQLiteDeliveryStore,
)

from .postgres import Postgres, running_postgres

REPO_ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec_test_current_5f1e0c"  # noqa: S105 (test key)
OLD_SECRET = "whsec_test_previous_9a77b2"  # noqa: S105 (test key)
NOW = datetime(2026, 3, 4, 10, 0, 0, tzinfo=UTC)
T = "2026-03-04T10:00:00.000Z"


@cache
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def webhook_example(name: str) -> dict[str, Any]:
    """The request-body example of ``webhooks.<name>`` in openapi.yaml, as a fresh dict."""
    content = spec()["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]
    example = content["example"]
    assert isinstance(example, dict)
    copied: dict[str, Any] = json.loads(json.dumps(example))  # also proves it is plain JSON
    return copied


def webhook_names() -> list[str]:
    return sorted(spec()["webhooks"])


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """One real PostgreSQL per test session (per xdist worker), on a Unix socket."""
    with running_postgres() as server:
        yield server


STORES = ["memory", "sqlite", "postgres"]


def opened_store(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> DeliveryStore:
    """An empty store of ``kind`` (PostgreSQL: in a new schema of the session's server), closed
    when the test ends."""
    if kind == "memory":
        return MemoryDeliveryStore()
    opened: SQLiteDeliveryStore | PostgresDeliveryStore
    if kind == "sqlite":
        opened = SQLiteDeliveryStore(tmp_path / "shop.db")
    else:
        server: Postgres = request.getfixturevalue("postgres")
        opened = PostgresDeliveryStore(server.fresh_schema(), max_connections=16)
    request.addfinalizer(opened.close)
    return opened


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> DeliveryStore:
    """Each store kind, empty."""
    return opened_store(request.param, request, tmp_path)


@pytest.fixture(params=STORES[1:])
def sql_store(request: pytest.FixtureRequest, tmp_path: Path) -> DeliveryStore:
    """The stores that give callbacks a transaction (``tx``): SQLite and PostgreSQL."""
    return opened_store(request.param, request, tmp_path)
