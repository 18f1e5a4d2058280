"""`make vendor DEST=<dir>` (``python -m generator.vendor``) gives a tree that works on PYTHONPATH.

The vendored copy must be complete and self-contained: every package and every submodule imports
from DEST (never from this checkout, which the venv's editable install also puts on sys.path),
the copied MANIFEST.json's hashes match the copied generated files, openapi.yaml and the overlay
are byte-for-byte the checkout's, and re-vendoring replaces stale modules without touching
anything else in DEST. ``make vendor`` without ``DEST`` fails before doing anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = ROOT / "overlay"
GENERATED = ROOT / "generated"
OVERLAY_PACKAGES = ("assetpay",)
GENERATED_PACKAGES = (
    "assetpay_client", "assetpay_schema", "assetpay_catalogue", "assetpay_events",
)  # fmt: skip
PACKAGES = OVERLAY_PACKAGES + GENERATED_PACKAGES
CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache"}

# Run in the vendored tree: import every package and all of its submodules, report their files.
IMPORT_ALL = """
import importlib, json, pkgutil, sys
files = {}
for top in sys.argv[1:]:
    package = importlib.import_module(top)
    files[top] = package.__file__
    for info in pkgutil.walk_packages(package.__path__, top + "."):
        files[info.name] = importlib.import_module(info.name).__file__
print(json.dumps(files))
"""


def _run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed argv
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(root: Path) -> dict[str, str]:
    """relative posix path -> sha256 of every file under ``root``, caches left out."""
    return {
        path.relative_to(root).as_posix(): _sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and not CACHES.intersection(path.relative_to(root).parts)
        and path.suffix not in (".pyc", ".pyo")
    }


def _vendor(dest: Path) -> None:
    result = _run(sys.executable, "-m", "generator.vendor", str(dest), cwd=ROOT)
    assert result.returncode == 0, f"generator.vendor failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("vendor") / "site"
    _vendor(dest)
    return dest


def test_vendor_writes_the_packages_the_spec_and_the_manifest(vendored: Path) -> None:
    names = {path.name for path in vendored.iterdir()}
    assert names == {*PACKAGES, "openapi.yaml", "MANIFEST.json"}
    for package in PACKAGES:
        assert (vendored / package / "__init__.py").is_file()
        assert (vendored / package / "py.typed").is_file()
    leftovers = [p for p in vendored.rglob("*") if p.name in CACHES or p.suffix == ".pyc"]
    assert not leftovers, f"caches were copied: {leftovers}"


def test_vendored_manifest_matches_the_vendored_files(vendored: Path) -> None:
    manifest: dict[str, Any] = json.loads((vendored / "MANIFEST.json").read_text(encoding="utf-8"))
    assert tuple(manifest["packages"]) == GENERATED_PACKAGES
    recorded: dict[str, str] = manifest["files"]
    copied: dict[str, str] = {}
    for package in GENERATED_PACKAGES:
        copied.update(
            {f"{package}/{rel}": digest for rel, digest in _tree(vendored / package).items()}
        )
    missing = sorted(set(recorded) - set(copied))
    extra = sorted(set(copied) - set(recorded))
    assert not missing, f"in MANIFEST.json but not vendored: {missing}"
    assert not extra, f"vendored but not in MANIFEST.json: {extra}"
    wrong = sorted(name for name, digest in recorded.items() if copied[name] != digest)
    assert not wrong, f"vendored files whose sha256 differs from MANIFEST.json: {wrong}"
    spec = manifest["spec"]
    assert spec["path"] == "openapi.yaml"
    assert _sha256(vendored / "openapi.yaml") == spec["sha256"], (
        "the vendored openapi.yaml is not the one generated/ was built from (run `make client`)"
    )


def test_vendored_spec_and_overlay_are_the_checkouts(vendored: Path) -> None:
    assert (vendored / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    assert (vendored / "MANIFEST.json").read_bytes() == (GENERATED / "MANIFEST.json").read_bytes()
    for package in OVERLAY_PACKAGES:
        assert _tree(vendored / package) == _tree(OVERLAY / package)


def test_vendored_tree_imports_from_dest_only(vendored: Path) -> None:
    """Every module resolves to DEST: PYTHONPATH wins over the editable install's .pth entries."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PYTHON") and key != "VIRTUAL_ENV"
    }
    env["PYTHONPATH"] = str(vendored)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # -P: the working directory (outside the checkout anyway) is not put on sys.path either
    result = _run(
        sys.executable, "-P", "-c", IMPORT_ALL, *PACKAGES, cwd=vendored.parent, env=env
    )  # fmt: skip
    assert result.returncode == 0, f"import from the vendored tree failed:\n{result.stderr}"
    files: dict[str, str] = json.loads(result.stdout)
    assert set(PACKAGES) <= set(files)
    assert len(files) > len(PACKAGES), "no submodules were imported"
    root = ROOT.resolve()
    dest = vendored.resolve()
    outside = {
        name: file
        for name, file in files.items()
        if not Path(file).resolve().is_relative_to(dest)
        or Path(file).resolve().is_relative_to(root)
    }
    assert not outside, f"modules not imported from {dest}: {outside}"


def test_revendoring_replaces_packages_and_keeps_other_files(tmp_path: Path) -> None:
    dest = tmp_path / "site"
    _vendor(dest)
    stale = dest / "assetpay_client" / "stale_module.py"
    stale.write_text("raise ImportError('stale')\n")
    mine = dest / "not_ours.txt"
    mine.write_text("keep me\n")
    _vendor(dest)
    assert not stale.exists(), "a module left over from an earlier vendoring survived"
    assert mine.read_text() == "keep me\n"


def test_vendor_module_needs_a_destination() -> None:
    result = _run(sys.executable, "-m", "generator.vendor", cwd=ROOT)
    assert result.returncode != 0
    assert "dest" in result.stderr


@pytest.mark.parametrize("args", [("vendor",), ("vendor", "DEST=")], ids=["no-DEST", "empty-DEST"])
def test_make_vendor_without_dest_fails_clearly(args: tuple[str, ...]) -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    # The check is made while the Makefile is read, before any recipe (so nothing is built).
    result = _run(make, "--no-print-directory", *args, cwd=ROOT)
    assert result.returncode != 0
    assert "make vendor needs a destination: make vendor DEST=<dir>" in result.stderr
    assert not result.stdout.strip(), f"a recipe ran:\n{result.stdout}"


@pytest.mark.slow
def test_make_vendor_target(tmp_path: Path) -> None:
    """The documented entry point: check-generated, then the copy."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    up_to_date = _run(make, "--question", ".venv/.installed", cwd=ROOT)
    if up_to_date.returncode != 0:
        pytest.skip(".venv/.installed is stale: `make vendor` would reinstall .venv first")
    dest = tmp_path / "site"
    result = _run(make, "--no-print-directory", "vendor", f"DEST={dest}", cwd=ROOT)
    assert result.returncode == 0, f"make vendor failed:\n{result.stdout}\n{result.stderr}"
    assert {path.name for path in dest.iterdir()} == {*PACKAGES, "openapi.yaml", "MANIFEST.json"}
    assert f"vendored into {dest}" in result.stdout
