"""assetpay_catalogue equals the x-error-domains, x-error-codes and x-trade-failure-codes tables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assetpay_catalogue import (  # noqa: E402
    ERROR_CODES,
    ERROR_DOMAINS,
    ERRORS_BY_CODE,
    ERRORS_BY_KEY,
    TRADE_FAILURE_CODES,
    TRADE_FAILURES_BY_CODE,
    ErrorCode,
    ErrorDomain,
    TradeFailure,
)
from generator.build import load_spec  # noqa: E402

SPEC: dict[str, Any] = load_spec(ROOT / "openapi.yaml")


def test_domains_equal_the_spec() -> None:
    expected = tuple(
        ErrorDomain(start=row["from"], end=row["to"], name=row["domain"], title=row["title"])
        for row in SPEC.get("x-error-domains", [])
    )
    assert expected == ERROR_DOMAINS


def test_error_codes_equal_the_spec() -> None:
    expected = tuple(
        ErrorCode(
            code=row["code"],
            key=row["key"],
            http_status=row["http"],
            domain=row["domain"],
            retryable=row["retryable"],
            source=row["source"],
            description=row["description"],
            outcome_unknown=row.get("outcomeUnknown", False),
            safe_to_repeat=row.get("safeToRepeat", False),
            renews_token=row.get("renewsToken", False),
        )
        for row in SPEC.get("x-error-codes", [])
    )
    assert expected == ERROR_CODES


def test_trade_failure_codes_equal_the_spec() -> None:
    expected = tuple(
        TradeFailure(code=row["code"], level=row["level"], meaning=row["meaning"])
        for row in SPEC.get("x-trade-failure-codes", [])
    )
    assert expected == TRADE_FAILURE_CODES


def test_spec_has_error_tables() -> None:
    assert ERROR_DOMAINS
    assert ERROR_CODES
    assert TRADE_FAILURE_CODES


def test_lookups() -> None:
    assert {error.key: error for error in ERROR_CODES} == ERRORS_BY_KEY
    assert len(ERRORS_BY_KEY) == len(ERROR_CODES)
    numbered = [error for error in ERROR_CODES if error.code is not None]
    assert {error.code: error for error in numbered} == ERRORS_BY_CODE
    assert len(ERRORS_BY_CODE) == len(numbered)
    assert {failure.code: failure for failure in TRADE_FAILURE_CODES} == TRADE_FAILURES_BY_CODE
    for failure in TRADE_FAILURE_CODES:
        assert failure.level in ("item", "trade")


def test_domains_are_consistent() -> None:
    names = {domain.name for domain in ERROR_DOMAINS}
    for error in ERROR_CODES:
        assert error.domain in names, error
    for domain in ERROR_DOMAINS:
        assert domain.start <= domain.end
        assert domain.start in domain
        assert domain.end in domain
        assert domain.end + 1 not in domain


def test_entries_are_immutable() -> None:
    with pytest.raises(AttributeError):
        ERROR_CODES[0].key = "OTHER"  # type: ignore[misc]


@pytest.mark.slow
def test_importable_without_yaml() -> None:
    code = (
        "import sys; sys.modules['yaml'] = None; "
        "import assetpay_catalogue; print(len(assetpay_catalogue.ERROR_CODES))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(ERROR_CODES)
