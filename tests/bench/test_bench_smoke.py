"""`make bench` runs end to end (tiny counts): every row is printed with a numeric ratio."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).with_name("run.py")


@pytest.mark.slow
def test_quick_bench_prints_the_table_and_the_summary() -> None:
    done = subprocess.run(  # noqa: S603 - our interpreter, our script
        [sys.executable, str(RUN), "--quick"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("benchmark")
    summary = lines[-1]
    assert summary.startswith("bench: ")
    pairs = dict(item.split("=") for item in summary.removeprefix("bench: ").split())
    expected = {"get", "withdraw", "search", "models_trade", "attrs_trade", "pydantic_trade"}
    expected |= {"import", "webhooks", "read_trade", "callback_read", "cold_start"}
    expected |= {"approvals_memory", "approvals_sqlite", "approvals_postgres"}
    assert expected | {"async"} <= set(pairs)
    assert all(re.fullmatch(r"[0-9]+\.[0-9]{2}", ratio) for ratio in pairs.values()), pairs
