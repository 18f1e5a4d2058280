"""`make client` on a broken copy of the spec: one clear line per problem, nothing written.

Each case breaks a copy of openapi.yaml the way a hand edit can, runs ``make client SPEC=<copy>
OUT=<dir>`` and checks that it fails with ``<file>:<line>: <name>: <why>`` lines (no Python
traceback) and leaves the output directory exactly as it was.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.check import check_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_TEXT = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
SPEC: dict[str, Any] = yaml.safe_load(SPEC_TEXT)
PROBLEM = re.compile(r"^error: (?P<file>[^:]+):(?:(?P<line>\d+): )?(?P<name>[^:]+): (?P<why>.+)$")


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of ``needle``."""
    return text[: text.index(needle)].count("\n") + 1


def as_yaml(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)


@dataclass(frozen=True)
class Broken:
    """A broken spec text, and what its problem lines must say."""

    text: str
    names: tuple[str, ...]  # each must be the name at fault of some problem line
    line: int | None = None  # when known: the line the first problem points at


def dangling_ref() -> Broken:
    target = "#/components/schemas/ExternalId"
    text = SPEC_TEXT.replace(target + "'", target + "Gone'", 1)
    return Broken(text, (target + "Gone",), line_of(text, target + "Gone"))


def removed_component() -> Broken:
    spec = yaml.safe_load(SPEC_TEXT)
    del spec["components"]["schemas"]["ExternalId"]
    return Broken(as_yaml(spec), ("#/components/schemas/ExternalId",))


def duplicate_operation_id() -> Broken:
    (_, _, first), (path, method, second) = operations()[:2]
    spec = yaml.safe_load(SPEC_TEXT)
    spec["paths"][path][method]["operationId"] = first["operationId"]
    assert second["operationId"] != first["operationId"]
    return Broken(as_yaml(spec), (first["operationId"],))


def missing_operation_id() -> Broken:
    path, method, _ = operations()[0]
    spec = yaml.safe_load(SPEC_TEXT)
    del spec["paths"][path][method]["operationId"]
    return Broken(as_yaml(spec), (f"{method.upper()} {path}",))


def invalid_yaml() -> Broken:
    lines = SPEC_TEXT.splitlines(keepends=True)
    at = line_of(SPEC_TEXT, "\ncomponents:") + 1  # the line after "components:"
    lines.insert(at, "  broken: [unclosed\n")
    return Broken("".join(lines), ("YAML",), at + 2)


def repeated_key() -> Broken:
    anchor = "\ncomponents:\n"
    text = SPEC_TEXT.replace(anchor, anchor + "  schemas: {}\n", 1)
    inserted = line_of(text, anchor) + 2
    starts = [m.start() for m in re.finditer(r"\n  schemas:", text)]
    repeated = [text[: at + 1].count("\n") + 1 for at in starts]
    assert repeated[0] == inserted
    return Broken(text, ("#/components/schemas",), repeated[1])  # the second one is at fault


def structural() -> Broken:
    spec = yaml.safe_load(SPEC_TEXT)
    path, method, _ = operations()[0]
    spec["paths"][path][method]["responses"] = "none"
    return Broken(as_yaml(spec), (f"#/paths/{path.replace('/', '~1')}/{method}/responses",))


def generator_warning() -> Broken:
    spec = yaml.safe_load(SPEC_TEXT)
    path, method, _ = next(o for o in operations() if "requestBody" in o[2])
    spec["paths"][path][method]["requestBody"] = {
        "content": {"application/xml": {"schema": {"type": "string"}}}
    }
    return Broken(as_yaml(spec), ("openapi-python-client",))


CASES: dict[str, Callable[[], Broken]] = {
    "a dangling $ref": dangling_ref,
    "a removed component": removed_component,
    "a duplicate operationId": duplicate_operation_id,
    "a missing operationId": missing_operation_id,
    "invalid YAML": invalid_yaml,
    "a key repeated in a mapping": repeated_key,
    "a structurally invalid operation": structural,
    "a construct the generator would skip": generator_warning,
}


def make_client(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(  # noqa: S603 - make, with paths this test wrote
        ["make", "-s", "--no-print-directory", "client", f"SPEC={spec}", f"OUT={out}"],  # noqa: S607
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_make_client_refuses_a_broken_spec_clearly_and_writes_nothing(
    case: str, tmp_path: Path
) -> None:
    broken = CASES[case]()
    spec = tmp_path / "broken.yaml"
    spec.write_text(broken.text, encoding="utf-8")
    out = tmp_path / "generated"
    (out / "assetpay_client").mkdir(parents=True)
    (out / "assetpay_client" / "__init__.py").write_text("# the previous generation\n")
    (out / "MANIFEST.json").write_text("{}\n")
    before = snapshot(out)

    result = make_client(spec, out)

    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    problems = [PROBLEM.match(line) for line in result.stderr.splitlines()]
    found = [m for m in problems if m is not None]
    assert found, result.stderr
    assert all(Path(m["file"]) == spec for m in found)
    names = {m["name"].strip() for m in found}
    for name in broken.names:
        assert name in names, result.stderr
    if broken.line is not None:
        assert int(found[0]["line"]) == broken.line, result.stderr
    assert re.search(r"^\d+ problems? in the spec; nothing was generated", result.stderr, re.M)
    assert snapshot(out) == before


def test_the_spec_in_the_repository_has_no_problems() -> None:
    assert [str(problem) for problem in check_spec(ROOT / "openapi.yaml")] == []
