"""Shared fixtures of the spec gates: the parsed openapi.yaml and the fixture data directory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
# `pytest` (the console script) does not put the repository root on sys.path; the gates import
# the `generator` package from it.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from generator.spec_examples import load_spec  # noqa: E402


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def spec_path() -> Path:
    return REPO_ROOT / "openapi.yaml"


@pytest.fixture(scope="session")
def spec(spec_path: Path) -> dict[str, Any]:
    assert spec_path.is_file(), f"{spec_path.name} is missing from the repository root"
    return load_spec(spec_path)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return Path(__file__).resolve().parent / "data"
