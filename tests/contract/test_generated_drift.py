"""generated/ is exactly what `make client` writes, and `make client` is deterministic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_IGNORED = ("__pycache__",)


def _generator(
    *args: str, hash_seed: str = "0", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed, PYTHONPATH=str(ROOT))
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not any(part in _IGNORED for part in p.parts)
    }


@pytest.mark.slow
def test_generated_is_up_to_date() -> None:
    result = _generator("--check")
    assert result.returncode == 0, (
        "generated/ drifted from openapi.yaml + generator/ (run `make client`):\n"
        + result.stdout
        + result.stderr
    )


@pytest.mark.slow
def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    # different hash seeds and working directories must not change a byte
    one = _generator("--quiet", "--out", str(first), hash_seed="1")
    two = _generator("--quiet", "--out", str(second), hash_seed="2", cwd=tmp_path)
    assert one.returncode == 0, one.stdout + one.stderr
    assert two.returncode == 0, two.stdout + two.stderr
    a, b = _tree(first), _tree(second)
    assert sorted(a) == sorted(b)
    differing = [rel for rel in a if a[rel] != b[rel]]
    assert differing == []
    manifest = a["MANIFEST.json"].decode()
    assert str(tmp_path) not in manifest
    assert str(ROOT) not in manifest


@pytest.mark.slow
def test_check_reports_drift(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    assert _generator("--quiet", "--out", str(out)).returncode == 0
    stale = out / "assetpay_client" / "stale_module.py"
    stale.write_text("# left over\n", encoding="utf-8")
    edited = out / "assetpay_catalogue" / "errors.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    (out / "assetpay_schema" / "py.typed").unlink()

    result = _generator("--check", "--out", str(out))

    assert result.returncode == 1
    assert "stale_module.py" in result.stdout
    assert "assetpay_schema/py.typed" in result.stdout
    assert "-# hand edit" in result.stdout

    # and a regular run repairs the tree: stale files go, edits are undone
    assert _generator("--quiet", "--out", str(out)).returncode == 0
    assert not stale.exists()
    assert _generator("--check", "--out", str(out)).returncode == 0
