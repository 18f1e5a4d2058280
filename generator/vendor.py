"""`make vendor DEST=<dir>`: copy the client into another tree, no build step needed.

DEST receives ``assetpay/`` (overlay), ``assetpay_client/``, ``assetpay_schema/``,
``assetpay_catalogue/`` (generated), ``openapi.yaml`` and ``MANIFEST.json``, so that
``PYTHONPATH=DEST python -c "import assetpay, assetpay_client"`` works. Packages already in DEST
under those names are replaced (stale modules would otherwise survive); nothing else in DEST is
touched. Caches (``__pycache__``, ``*.pyc``) are not copied.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.build import API_SNAPSHOT, DEFAULT_OUT, MANIFEST, PACKAGES, ROOT

OVERLAY = ROOT / "overlay"
OVERLAY_PACKAGES = ("assetpay",)
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyo", ".mypy_cache", ".ruff_cache")


def vendor(dest: Path) -> list[str]:
    """Copy everything into ``dest``; return the top-level names written."""
    sources: list[tuple[Path, str]] = [(OVERLAY / name, name) for name in OVERLAY_PACKAGES]
    sources += [(DEFAULT_OUT / name, name) for name in PACKAGES]
    for src, _name in sources:
        if not (src / "__init__.py").is_file():
            raise FileNotFoundError(f"{src} is missing: run `make client` first")
    spec = ROOT / "openapi.yaml"
    manifest = DEFAULT_OUT / MANIFEST
    snapshot = DEFAULT_OUT / API_SNAPSHOT
    for path in (spec, manifest, snapshot):
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing")
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for src, name in sources:
        target = dest / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        shutil.copytree(src, target, ignore=_IGNORE)
        written.append(f"{name}/")
    for path in (spec, manifest, snapshot):
        shutil.copyfile(path, dest / path.name)
        written.append(path.name)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.vendor", description="copy the client packages into DEST"
    )
    parser.add_argument("dest", type=Path, help="directory to put on PYTHONPATH")
    args = parser.parse_args(argv)
    dest: Path = args.dest
    try:
        written = vendor(dest)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"vendored into {dest}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
