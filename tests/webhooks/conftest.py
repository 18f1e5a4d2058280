"""Shared material of the webhook tests: secrets, a fixed clock, and the spec's own examples."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from assetpay.webhooks import MemoryDeliveryStore, SQLiteDeliveryStore

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


@pytest.fixture(params=["memory", "sqlite"])
def store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> MemoryDeliveryStore | SQLiteDeliveryStore:
    if request.param == "memory":
        return MemoryDeliveryStore()
    return SQLiteDeliveryStore(tmp_path / "deliveries.db")
