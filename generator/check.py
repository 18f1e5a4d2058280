"""Check a spec before `make client` generates from it: one clear line per problem.

A spec the generator would turn into a wrong tree is refused before anything is written:

* the file is not YAML (reported with its line and column), repeats a key in a mapping, or is not
  a mapping at the top;
* a ``$ref`` does not resolve inside the document (a dangling or removed component);
* two operations share an ``operationId``;
* openapi-spec-validator finds the document structurally invalid;
* openapi-python-client would warn while reading it (a warning means a silently missing module
  in the generated client, so it counts as an error here).

Each problem is reported as ``<file>:<line>: <name at fault>: <what is wrong>`` (the line where
the YAML says it); :func:`main` prints them and returns 1, and ``python -m generator`` stops
before touching ``generated/``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.build import DEFAULT_SPEC, HERE, load_spec

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_OPENAPI_PYTHON_CLIENT_CONFIG = HERE / "openapi-python-client.yaml"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the spec: where (file, line if known), what is at fault, and why."""

    file: str
    line: int | None
    name: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.name}: {self.message}"


def _pointer(path: Sequence[object]) -> str:
    """A JSON pointer (``#/components/schemas/Trade``) for a path of keys and indexes."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "#/" + "/".join(parts)


class _Lines:
    """Line numbers of every node of a YAML document, by path; also its repeated keys."""

    def __init__(self, root: yaml.Node) -> None:
        self.by_path: dict[tuple[object, ...], int] = {}
        self.repeated: list[tuple[tuple[object, ...], int]] = []
        self._walk(root, ())

    def _walk(self, node: yaml.Node, path: tuple[object, ...]) -> None:
        self.by_path[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            seen: set[object] = set()
            for key_node, value_node in node.value:
                key: object = key_node.value
                if key in seen:
                    self.repeated.append(((*path, key), key_node.start_mark.line + 1))
                seen.add(key)
                self.by_path.setdefault((*path, key), key_node.start_mark.line + 1)
                self._walk(value_node, (*path, key))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, (*path, index))

    def line(self, path: Sequence[object]) -> int | None:
        """The line of the deepest node along ``path`` that exists in the document."""
        key = tuple(path)
        while key:
            if key in self.by_path:
                return self.by_path[key]
            key = key[:-1]
        return self.by_path.get(())


def _refs(node: object, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from _refs(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, (*path, index))


def _resolves(spec: object, ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    node = spec
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _ref_problems(spec: dict[str, Any], lines: _Lines, file: str) -> list[Problem]:
    problems = []
    for path, ref in _refs(spec):
        if ref.startswith("#/"):
            if not _resolves(spec, ref):
                problems.append(
                    Problem(
                        file,
                        lines.line(path),
                        ref,
                        f"$ref at {_pointer(path[:-1])} points at nothing in this document",
                    )
                )
        else:
            problems.append(
                Problem(
                    file,
                    lines.line(path),
                    ref,
                    f"$ref at {_pointer(path[:-1])} is not a "
                    "local reference (#/...); the spec must be one self-contained document",
                )
            )
    return problems


def _operation_id_problems(spec: dict[str, Any], lines: _Lines, file: str) -> list[Problem]:
    first: dict[str, tuple[str, int | None]] = {}
    problems = []
    paths = spec.get("paths")
    for route, item in (paths or {}).items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            where = f"{method.upper()} {route}"
            line = lines.line(("paths", route, method, "operationId"))
            if not isinstance(operation_id, str) or not operation_id:
                problems.append(Problem(file, line, where, "has no operationId"))
                continue
            if operation_id in first:
                other, other_line = first[operation_id]
                problems.append(
                    Problem(
                        file,
                        line,
                        operation_id,
                        f"operationId of {where} is already used by {other} (line {other_line})",
                    )
                )
            else:
                first[operation_id] = (where, line)
    return problems


def _validator_problems(spec: dict[str, Any], lines: _Lines, file: str) -> list[Problem]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    problems: list[Problem] = []
    seen: set[tuple[int | None, str]] = set()
    errors = OpenAPIV31SpecValidator(spec).iter_errors()
    while True:
        try:
            error = next(errors)
        except StopIteration:
            break
        # the validator can trip over what it has just reported (e.g. responses: "none")
        except Exception as exc:
            if not problems:
                text = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
                problems.append(
                    Problem(
                        file, None, "openapi-spec-validator", f"cannot read the document ({text})"
                    )
                )
            break
        path = list(getattr(error, "absolute_path", None) or getattr(error, "path", ()) or ())
        message = str(getattr(error, "message", error)).strip().splitlines()[0][:300]
        line = lines.line(path)
        if (line, message) in seen:
            continue
        seen.add((line, message))
        problems.append(Problem(file, line, _pointer(path), message))
    return problems


def _generator_problems(spec: dict[str, Any], file: str) -> list[Problem]:
    """What openapi-python-client would warn about (each warning drops part of the client)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(_OPENAPI_PYTHON_CLIENT_CONFIG),
        MetaType.NONE,
        file,
        "utf-8",
        False,
        None,
    )
    data = GeneratorData.from_dict(spec, config=config)
    errors: list[GeneratorError] = [data] if isinstance(data, GeneratorError) else list(data.errors)
    if not isinstance(data, GeneratorError):
        for collection in data.endpoint_collections_by_tag.values():
            errors.extend(collection.parse_errors)
    problems = []
    for error in errors:
        detail = " ".join((error.detail or "").split())[:300]
        text = f"{error.header}: {detail}" if detail else str(error.header)
        problems.append(Problem(file, None, "openapi-python-client", text))
    return problems


def check_spec(spec_path: Path, *, generator_warnings: bool = True) -> list[Problem]:
    """Every problem that stops ``spec_path`` from being generated (empty: good to go)."""
    file = spec_path.name if spec_path.resolve() == DEFAULT_SPEC else str(spec_path)
    try:
        text = spec_path.read_text(encoding="utf-8")
    except OSError as exc:
        return [Problem(file, None, file, f"cannot be read ({exc.strerror or exc})")]
    except UnicodeDecodeError as exc:
        return [Problem(file, None, file, f"is not UTF-8 text (byte {exc.start})")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        column = f", column {mark.column + 1}" if mark is not None else ""
        what = " ".join(str(exc.problem or exc.context or "not valid YAML").split())
        return [Problem(file, line, "YAML", f"{what}{column}")]
    except yaml.YAMLError as exc:
        return [Problem(file, None, "YAML", " ".join(str(exc).split()))]
    if not isinstance(root, yaml.MappingNode):
        return [Problem(file, 1, file, "the document is not a YAML mapping")]
    lines = _Lines(root)
    problems = [
        Problem(file, line, _pointer(path), "this key appears twice in the same mapping")
        for path, line in lines.repeated
    ]
    try:
        spec = load_spec(spec_path)
    except (yaml.YAMLError, ValueError) as exc:
        return [*problems, Problem(file, None, "YAML", " ".join(str(exc).split()))]
    problems += _ref_problems(spec, lines, file)
    problems += _operation_id_problems(spec, lines, file)
    if problems:
        # the validator and the generator would only repeat these as noise (or crash on them)
        return problems
    problems += _validator_problems(spec, lines, file)
    if not problems and generator_warnings:
        problems += _generator_problems(spec, file)
    return problems


def report(problems: Sequence[Problem], out: Any = None) -> None:
    """Print the problems, one per line, and what happened to ``generated/``."""
    stream = out or sys.stderr
    for problem in problems:
        print(f"error: {problem}", file=stream)
    count = len(problems)
    print(
        f"{count} problem{'s' if count != 1 else ''} in the spec; nothing was generated "
        "(generated/ is unchanged)",
        file=stream,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m generator.check [--spec openapi.yaml]``: 0 when the spec can be generated."""
    parser = argparse.ArgumentParser(prog="python -m generator.check", description=__doc__)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="default: openapi.yaml")
    args = parser.parse_args(argv)
    problems = check_spec(args.spec)
    if problems:
        report(problems)
        return 1
    print(f"{args.spec.name}: no problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
