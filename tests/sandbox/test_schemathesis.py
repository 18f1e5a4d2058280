"""schemathesis against the running sandbox, driven by openapi.yaml: every operation.

Checks: status-code conformance, content-type conformance, response-schema conformance and
``not_a_server_error``. Positive cases (valid requests, up to ``POSITIVE_EXAMPLES`` per
operation) and negative cases (invalid bodies / parameters, up to ``NEGATIVE_EXAMPLES``), sent
with a valid ``api-key`` or client token. Rate limits are off (hundreds of calls per minute),
and withdrawals approve themselves. Prints operations covered, cases and failures.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fuzzing import budget
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from assetpay_catalogue.operations import OPERATIONS

from .conftest import api_key_headers, client_headers, running

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
POSITIVE_EXAMPLES = budget(25)  # scaled by the hypothesis profile (tests/fuzzing.py)
NEGATIVE_EXAMPLES = budget(10)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@dataclass
class Tally:
    cases: int = 0
    covered: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)
    by_status: Counter[int] = field(default_factory=Counter)


def fuzz(
    operation: Any, mode: GenerationMode, examples: int, base_url: str,
    headers: dict[str, str], tally: Tally,
) -> None:  # fmt: skip
    """Send up to ``examples`` generated cases of one operation; record, never raise."""
    op_id = str(operation.definition.raw.get("operationId"))

    @settings(
        max_examples=examples, deadline=None, database=None, derandomize=True,
        phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(case=operation.as_strategy(mode))
    def run(case: Any) -> None:
        tally.cases += 1
        try:
            response = case.call_and_validate(
                base_url=base_url, headers=headers, checks=CHECKS, timeout=10
            )
            tally.by_status[response.status_code] += 1
            tally.covered.add(op_id)
        except Exception as exc:  # record every failure, keep fuzzing
            tally.failures.append(f"{op_id} [{mode.value}]: {str(exc)[:600]}")

    run()


@pytest.mark.slow
def test_every_operation_conforms_to_the_spec() -> None:
    schema = schemathesis.openapi.from_path(SPEC)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    started = time.monotonic()
    tally = Tally()
    with running(approval="auto", rate_limits="off", initial_balance=1_000_000.0) as server:
        merchant, client = api_key_headers(server), client_headers(server)
        for operation in operations:
            op_id = str(operation.definition.raw.get("operationId"))
            headers = client if OPERATIONS[op_id].security == "client_token" else merchant
            fuzz(operation, GenerationMode.POSITIVE, POSITIVE_EXAMPLES, server.url, headers, tally)
            raw = operation.definition.raw
            if raw.get("parameters") or raw.get("requestBody") or raw.get("security") != []:
                # an unauthenticated route without input (GET /health) has nothing to break
                fuzz(
                    operation, GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES, server.url, headers,
                    tally,
                )  # fmt: skip
    elapsed = time.monotonic() - started
    print(
        f"\nschemathesis: {len(tally.covered)}/{len(operations)} operations covered, "
        f"{tally.cases} cases, {len(tally.failures)} failures, {elapsed:.1f}s; "
        f"statuses {dict(sorted(tally.by_status.items()))}"
    )
    for failure in tally.failures[:10]:
        print("  -", failure)
    assert len(operations) == len(OPERATIONS) > 0
    assert tally.covered == set(OPERATIONS)
    assert tally.failures == []
