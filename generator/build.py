"""`make client`: regenerate generated/ from openapi.yaml (the only writer of generated/).

Pipeline (all in a temporary directory, then synced into generated/):

1. openapi-python-client (config generator/openapi-python-client.yaml, custom templates in
   generator/templates/) -> ``assetpay_client``; datamodel-code-generator (pydantic v2) ->
   ``assetpay_schema``; these two run in parallel. generator/catalogue.py (data tables,
   ``errors.py``) and generator/exceptions.py (exception classes, ``exceptions.py``) ->
   ``assetpay_catalogue``. ``assetpay_client`` also gets ``_lazy.py``, a copy of
   generator/runtime/lazy_fields.py (lists of nested models built on first read). Each package
   gets a ``py.typed``.
2. ruff (``check --fix-only`` then ``format``) with generator/ruff-generated.toml only.
3. The "do not edit" header becomes the first line of every file.
4. ``MANIFEST.json``: spec sha256, tool versions, sha256 of every file. No timestamps, no absolute
   paths, sorted: two runs on two machines give byte-identical output.

``python -m generator --check`` runs the same pipeline and diffs against generated/ instead of
writing; on drift it prints the added/removed files and a unified diff and exits 1.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from generator import core_schemas
from generator.answers import render_answers
from generator.asyncapi import EVENTS_PACKAGE, generate_events
from generator.catalogue import CatalogueError, render_catalogue
from generator.exceptions import render_exceptions
from generator.operations import OperationError, params_schemas, render_operations
from generator.resources import PACKAGE as RESOURCES_PACKAGE
from generator.resources import render_resources
from generator.sdk import SdkError

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
DEFAULT_SPEC = ROOT / "openapi.yaml"
DEFAULT_OUT = ROOT / "generated"
LAZY_RUNTIME = HERE / "runtime" / "lazy_fields.py"
WIRE_RUNTIME = HERE / "runtime" / "wire_decoding.py"
OVERLAY = ROOT / "overlay"
API_SNAPSHOT = "api.md"

HEADER_TEXT = "generated from openapi.yaml by make client — do not edit"
HEADER = f"# {HEADER_TEXT}\n"
CLIENT_PACKAGE = "assetpay_client"
SCHEMA_PACKAGE = "assetpay_schema"
CATALOGUE_PACKAGE = "assetpay_catalogue"
PACKAGES = (CLIENT_PACKAGE, SCHEMA_PACKAGE, CATALOGUE_PACKAGE, RESOURCES_PACKAGE, EVENTS_PACKAGE)
MANIFEST = "MANIFEST.json"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")

# Files and directories under generated/ that are not ours to compare or delete.
_IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
_IGNORED_SUFFIXES = (".pyc", ".pyo")

# datamodel-code-generator: pydantic v2 models with the spec's constraints on Annotated fields.
DATAMODEL_ARGS = (
    "--input-file-type=openapi",
    "--openapi-scopes",
    "schemas",
    "paths",
    "webhooks",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--field-constraints",
    "--use-annotated",
    "--use-standard-collections",
    "--use-union-operator",
    "--snake-case-field",
    "--use-double-quotes",
    "--use-schema-description",
    "--use-field-description",
    "--disable-timestamp",
    # a default of an enum-typed field is the enum member, not the raw value (mypy --strict)
    "--set-default-enum-member",
    # `format: uri` would become pydantic's AnyUrl, which cannot carry maxLength/pattern (the
    # generator drops them with a warning) and normalises the URL; `format: email` would become
    # EmailStr, which needs the extra email-validator package at import time. Both stay a
    # (constrained) str; the spec gates check the formats of the examples.
    "--type-mappings",
    "string+uri=string",
    "string+email=string",
    "--formatters",
    "builtin",
)


class GeneratorError(RuntimeError):
    """A generator step failed; the message says which and why."""


def _tool_env() -> dict[str, str]:
    """Environment for the generator subprocesses: our interpreter's bin dir first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONPATH", None)
    return env


def _start(args: Sequence[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, *args],
        cwd=cwd,
        env=_tool_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(name: str, proc: subprocess.Popen[str], *, quiet: bool) -> str:
    out, err = proc.communicate()
    text = (out + err).strip()
    if proc.returncode != 0:
        raise GeneratorError(f"{name} failed (exit {proc.returncode}):\n{text}")
    if text and not quiet:
        print(f"--- {name} said:\n{text}", file=sys.stderr)
    return text


def _run(name: str, args: Sequence[str], cwd: Path, *, quiet: bool = True) -> str:
    return _finish(name, _start(args, cwd), quiet=quiet)


def _strip_leading_comments(text: str) -> str:
    """Drop a tool's own file header (leading ``#`` lines) so ours is the only one."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        i += 1
    return "".join(lines[i:])


class _SpecLoader(yaml.SafeLoader):
    """Safe loader that keeps timestamps as strings, as a JSON parser would see them."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_spec(spec_path: Path) -> dict[str, Any]:
    """openapi.yaml as JSON would see it (dates stay strings)."""
    with spec_path.open("rb") as fh:
        spec = yaml.load(fh, Loader=_SpecLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(spec, dict):
        raise GeneratorError(f"{spec_path}: not a YAML mapping")
    return spec


def generate(spec_path: Path, dest: Path, *, quiet: bool = False) -> None:
    """Run the whole pipeline, writing a complete generated tree into the empty dir ``dest``."""
    spec_bytes = spec_path.read_bytes()
    spec = load_spec(spec_path)
    with tempfile.TemporaryDirectory(prefix="assetpay-gen-") as tmp_name:
        tmp = Path(tmp_name)
        # The tools see the spec under a fixed relative name in a scratch cwd, so neither the
        # repo's pyproject.toml nor the absolute checkout path can leak into the output.
        work = tmp / "work"
        work.mkdir()
        (work / "openapi.yaml").write_bytes(spec_bytes)
        # datamodel-code-generator also gets one <OperationId>Params schema per operation, so
        # path and query parameters are validated with the spec's constraints like bodies are.
        try:
            extra = params_schemas(spec)
        except (OperationError, KeyError) as exc:
            raise GeneratorError(f"operation parameters: {exc}") from exc
        schema_spec = dict(spec)
        schema_spec["components"] = {
            **spec["components"],
            "schemas": {**spec["components"]["schemas"], **extra},
        }
        (work / "schema-input.yaml").write_text(
            yaml.safe_dump(schema_spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        client_out = tmp / "client"
        schema_out = tmp / "schema"
        schema_out.mkdir()
        client = _start(
            [
                "-m",
                "openapi_python_client",
                "generate",
                "--path=openapi.yaml",
                f"--config={HERE / 'openapi-python-client.yaml'}",
                f"--custom-template-path={HERE / 'templates'}",
                "--meta=none",
                f"--output-path={client_out}",
            ],
            work,
        )
        schema = _start(
            [
                "-m",
                "datamodel_code_generator",
                "--input=schema-input.yaml",
                f"--output={schema_out / '__init__.py'}",
                *DATAMODEL_ARGS,
            ],
            work,
        )
        client_log = _finish("openapi-python-client", client, quiet=True)
        _finish("datamodel-code-generator", schema, quiet=quiet)
        if not quiet and "Warning" in client_log:
            print(f"--- openapi-python-client said:\n{client_log}", file=sys.stderr)

        stage = tmp / "stage"
        stage.mkdir()
        shutil.copytree(client_out, stage / CLIENT_PACKAGE)
        # the runtime of the lazily built model lists (templates/model.py.jinja, point 3)
        shutil.copyfile(LAZY_RUNTIME, stage / CLIENT_PACKAGE / "_lazy.py")
        # answers decoded by msgspec straight into the models (templates/model.py.jinja, point 7)
        shutil.copyfile(WIRE_RUNTIME, stage / CLIENT_PACKAGE / "_decode.py")
        shutil.copytree(schema_out, stage / SCHEMA_PACKAGE)
        init = stage / SCHEMA_PACKAGE / "__init__.py"
        init.write_text(
            _strip_leading_comments(init.read_text(encoding="utf-8")),
            encoding="utf-8",
            newline="\n",
        )
        try:
            catalogue = render_catalogue(spec)
            # exception classes per domain/key (generator/exceptions.py), used by overlay errors
            catalogue["exceptions.py"] = render_exceptions(spec)
            # how to call each operation (module, envelope, retry class, params), for the overlay
            catalogue["operations.py"] = render_operations(spec)
            # the success data of every operation, which the sandbox answers by default
            catalogue["answers.py"] = render_answers(spec)
        except (CatalogueError, OperationError, SdkError) as exc:
            raise GeneratorError(f"error catalogue: {exc}") from exc
        (stage / CATALOGUE_PACKAGE).mkdir()
        for rel, text in catalogue.items():
            (stage / CATALOGUE_PACKAGE / rel).write_text(text, encoding="utf-8", newline="\n")
        # the client's resource classes, from x-sdk / x-pagination (generator/resources.py)
        try:
            resources = render_resources(spec)
        except SdkError as exc:
            raise GeneratorError(f"x-sdk: {exc}") from exc
        (stage / RESOURCES_PACKAGE).mkdir()
        for rel, text in resources.items():
            (stage / RESOURCES_PACKAGE / rel).write_text(text, encoding="utf-8", newline="\n")
        # the realtime feed's payload models, from asyncapi.yaml (generator/asyncapi.py)
        generate_events(spec_path, spec, work, stage / EVENTS_PACKAGE)
        for package in PACKAGES:
            (stage / package / "py.typed").write_text("", encoding="utf-8", newline="\n")
        # request validators as plain pydantic-core schemas (generator/core_schemas.py); in the
        # catalogue, whose package imports nothing heavy (assetpay_schema imports pydantic)
        try:
            core_schemas.write(stage, CATALOGUE_PACKAGE)
        except core_schemas.CoreSchemaError as exc:
            raise GeneratorError(str(exc)) from exc

        ruff_config = f"--config={HERE / 'ruff-generated.toml'}"
        _run("ruff check", ["-m", "ruff", "check", ruff_config, "--no-cache", "--fix-only",
                            "--quiet", "--exit-zero", "."], stage)  # fmt: skip
        _run("ruff format", ["-m", "ruff", "format", ruff_config, "--no-cache", "--quiet", "."],
             stage)  # fmt: skip

        # the public API of the client (overlay + these packages), for review and drift checks
        (stage / API_SNAPSHOT).write_text(_api_snapshot(stage), encoding="utf-8", newline="\n")
        for path in _files(stage):
            _add_header(stage / path)
        _write_manifest(stage, spec_bytes)
        shutil.copytree(stage, dest, dirs_exist_ok=True)


def _api_snapshot(stage: Path) -> str:
    """generator/api_snapshot.py run against the staged packages and the overlay."""
    env = _tool_env()
    env["PYTHONPATH"] = os.pathsep.join([str(stage), str(OVERLAY)])
    proc = subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, str(HERE / "api_snapshot.py")],
        cwd=stage,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise GeneratorError(
            f"the public API snapshot failed (exit {proc.returncode}):\n{proc.stderr.strip()}"
        )
    return proc.stdout


def _add_header(path: Path) -> None:
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8")
        path.write_text(f"<!-- {HEADER_TEXT} -->\n{text}", encoding="utf-8", newline="\n")
    elif path.name == "py.typed":
        path.write_text(HEADER, encoding="utf-8", newline="\n")
    elif path.suffix == ".py":
        text = path.read_text(encoding="utf-8")
        path.write_text(HEADER + text if text else HEADER, encoding="utf-8", newline="\n")
    else:
        raise GeneratorError(f"unexpected generated file {path.name!r}: no header rule for it")


def _tool_versions() -> dict[str, str]:
    return {name: version(name) for name in TOOLS}


def _write_manifest(stage: Path, spec_bytes: bytes) -> None:
    files = {
        rel: hashlib.sha256((stage / rel).read_bytes()).hexdigest()
        for rel in _files(stage)
        if rel != MANIFEST
    }
    manifest: dict[str, Any] = {
        "_generated": HEADER_TEXT,
        "spec": {"path": "openapi.yaml", "sha256": hashlib.sha256(spec_bytes).hexdigest()},
        "tools": _tool_versions(),
        "packages": list(PACKAGES),
        "files": files,
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (stage / MANIFEST).write_text(text, encoding="utf-8", newline="\n")


def _files(root: Path) -> list[str]:
    """Relative POSIX paths of the files under root that belong to the generated tree, sorted."""
    if not root.is_dir():
        return []
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _IGNORED_DIRS)
        for name in filenames:
            if name.endswith(_IGNORED_SUFFIXES):
                continue
            found.append((Path(dirpath) / name).relative_to(root).as_posix())
    return sorted(found)


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def compare(expected: Path, actual: Path) -> tuple[list[str], list[str], list[str]]:
    """(files only in expected, files only in actual, files in both that differ)."""
    want = set(_files(expected))
    have = set(_files(actual))
    changed = sorted(rel for rel in want & have if _read(expected / rel) != _read(actual / rel))
    return sorted(want - have), sorted(have - want), changed


def render_drift(expected: Path, actual: Path, label: str) -> str:
    """A readable report of how ``actual`` (generated/) differs from a fresh generation."""
    missing, stale, changed = compare(expected, actual)
    if not (missing or stale or changed):
        return ""
    out: list[str] = [
        f"{label}/ is out of date with openapi.yaml and generator/; run `make client`."
    ]
    if missing:
        out.append("files that `make client` would add:")
        out.extend(f"  + {label}/{rel}" for rel in missing)
    if stale:
        out.append("files that `make client` would remove:")
        out.extend(f"  - {label}/{rel}" for rel in stale)
    if changed:
        out.append("files that `make client` would change:")
        out.extend(f"  ~ {label}/{rel}" for rel in changed)
    for rel in [*missing, *changed, *stale]:
        old = _read(actual / rel).decode("utf-8", "replace").splitlines(keepends=True)
        new = _read(expected / rel).decode("utf-8", "replace").splitlines(keepends=True)
        out.append(
            "".join(
                difflib.unified_diff(old, new, f"a/{label}/{rel}", f"b/{label}/{rel}", n=3)
            ).rstrip("\n")
        )
    return "\n".join(out) + "\n"


def sync(stage: Path, out: Path) -> tuple[int, int]:
    """Make ``out`` equal to ``stage``: write changed files, drop stale ones; (written, removed)."""
    out.mkdir(parents=True, exist_ok=True)
    missing, stale, changed = compare(stage, out)
    for rel in [*missing, *changed]:
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stage / rel, target)
    for rel in stale:
        (out / rel).unlink()
    # Remove directories that no longer hold generated files (a package or module that went).
    for dirpath, _dirnames, _filenames in sorted(os.walk(out), key=lambda t: -len(t[0])):
        path = Path(dirpath)
        if path == out:
            continue
        if not _files(path):
            shutil.rmtree(path)
    return len(missing) + len(changed), len(stale)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description="regenerate generated/ from openapi.yaml"
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: openapi.yaml")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: generated/")
    parser.add_argument(
        "--check", action="store_true", help="diff a fresh generation against --out; no writes"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no tool warnings")
    args = parser.parse_args(argv)
    spec: Path = args.spec
    out: Path = args.out
    if not spec.is_file():
        print(f"error: {spec} does not exist", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="assetpay-generated-") as tmp_name:
        stage = Path(tmp_name) / "generated"
        try:
            generate(spec, stage, quiet=args.quiet or args.check)
        except GeneratorError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        label = _label(out)
        if args.check:
            report = render_drift(stage, out, label)
            if report:
                sys.stdout.write(report)
                return 1
            print(f"{label}/ is up to date ({len(_files(stage))} files)")
            return 0
        written, removed = sync(stage, out)
    elapsed = time.monotonic() - started
    print(
        f"{label}/: {len(_files(out))} files, {written} written, {removed} removed ({elapsed:.1f}s)"
    )
    return 0


def _label(out: Path) -> str:
    try:
        return out.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return out.as_posix()
