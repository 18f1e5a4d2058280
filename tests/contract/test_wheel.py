"""The wheel ships assetpay and the three generated packages, and they import from a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (
    "assetpay", "assetpay_client", "assetpay_schema", "assetpay_catalogue", "assetpay_events",
)  # fmt: skip


def _run(*args: str, cwd: Path) -> str:
    result = subprocess.run(  # noqa: S603 - fixed argv
        args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT), cwd=ROOT)
    (built,) = dist.glob("assetpay-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("generated/", "overlay/", "generator/"))]


@pytest.mark.slow
def test_wheel_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    _run(
        str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--no-index", str(wheel), cwd=tmp_path,
    )  # fmt: skip
    # The runtime dependencies (attrs, httpx, pydantic, pinned in pyproject.toml) come from this
    # test's own environment: a .pth pointing at its site-packages keeps the test offline. That
    # directory's own .pth files (the editable install of this checkout) are not processed.
    site = Path(
        _run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
             cwd=tmp_path).strip()
    )  # fmt: skip
    (site / "zz_runtime_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = (
        "import importlib, pathlib\n"
        f"for name in {PACKAGES!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    print(pathlib.Path(module.__file__).resolve())\n"
        "from assetpay_client.models import *  # noqa\n"
        "import assetpay_client.api\n"
        "import assetpay_schema, assetpay_catalogue\n"
        "assert assetpay_catalogue.ERROR_CODES\n"
    )
    out = _run(str(python), "-I", "-c", code, cwd=tmp_path)
    files = [Path(line) for line in out.splitlines()]
    assert len(files) == len(PACKAGES)
    for file in files:
        assert file.is_relative_to(site.resolve()), f"{file} was not imported from the wheel"
