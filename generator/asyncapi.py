"""The realtime contract (asyncapi.yaml) -> ``assetpay_events``, pydantic models of its payloads.

asyncapi.yaml reuses openapi.yaml's schemas by reference (``./openapi.yaml#/components/schemas/
Trade``). :func:`self_contained` copies exactly the referenced schemas (and what they reference)
into the document's own ``components.schemas`` and points the references there, so
datamodel-code-generator reads one AsyncAPI document and emits only what the feed uses. The
output is deterministic like the rest of generated/ (no timestamps, fixed input names).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_ASYNCAPI = HERE.parent / "asyncapi.yaml"
EVENTS_PACKAGE = "assetpay_events"
OPENAPI_REF = "./openapi.yaml#/components/schemas/"
LOCAL_REF = "#/components/schemas/"


def datamodel_args(openapi_args: Sequence[str]) -> list[str]:
    """generator/build.py's datamodel-code-generator options for openapi.yaml, for AsyncAPI input
    (the same models and constraints, without the OpenAPI-only input type and scopes)."""
    out: list[str] = ["--input-file-type=asyncapi"]
    in_scopes = False
    for arg in openapi_args:
        if arg.startswith("--input-file-type"):
            continue
        if arg == "--openapi-scopes" or (in_scopes and not arg.startswith("--")):
            in_scopes = True
            continue
        in_scopes = False
        out.append(arg)
    return out


class AsyncApiError(ValueError):
    """asyncapi.yaml cannot be turned into models; the message says where."""


def asyncapi_path(openapi_path: Path) -> Path:
    """The asyncapi.yaml next to ``openapi_path``, else the repository's own."""
    sibling = openapi_path.parent / "asyncapi.yaml"
    return sibling if sibling.is_file() else DEFAULT_ASYNCAPI


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        document = yaml.safe_load(fh)
    if not isinstance(document, dict) or not str(document.get("asyncapi", "")).startswith("3."):
        raise AsyncApiError(f"{path.name}: not an AsyncAPI 3 document")
    return document


def _refs(node: Any) -> list[str]:
    """Every ``$ref`` string under ``node``, in document order."""
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        for value in node.values():
            found += _refs(value)
        return found
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        out = {key: _rewrite(value) for key, value in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith(OPENAPI_REF):
            out["$ref"] = LOCAL_REF + ref.removeprefix(OPENAPI_REF)
        return out
    if isinstance(node, list):
        return [_rewrite(value) for value in node]
    return node


def self_contained(document: dict[str, Any], openapi: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the openapi.yaml schemas it references copied in, references local."""
    available: dict[str, Any] = openapi.get("components", {}).get("schemas", {})
    own: dict[str, Any] = document.get("components", {}).get("schemas", {})
    for ref in _refs(document):
        if ref.startswith("./") and not ref.startswith(OPENAPI_REF):
            raise AsyncApiError(f"{ref}: only openapi.yaml component schemas can be referenced")
    wanted = [r.removeprefix(OPENAPI_REF) for r in _refs(document) if r.startswith(OPENAPI_REF)]
    copied: dict[str, Any] = {}
    while wanted:
        name = wanted.pop(0)
        if name in copied:
            continue
        if name not in available:
            raise AsyncApiError(f"{OPENAPI_REF}{name}: openapi.yaml has no such schema")
        if name in own:
            raise AsyncApiError(f"{name}: named in both asyncapi.yaml and openapi.yaml")
        copied[name] = copy.deepcopy(available[name])
        wanted += [
            r.removeprefix(LOCAL_REF) for r in _refs(copied[name]) if r.startswith(LOCAL_REF)
        ]
    result: dict[str, Any] = _rewrite(document)
    result["components"]["schemas"] = {
        **{name: copied[name] for name in sorted(copied)},
        **result["components"]["schemas"],
    }
    return result


def generate_events(openapi_path: Path, openapi: dict[str, Any], work: Path, out: Path) -> None:
    """Write ``out/__init__.py``: the models of asyncapi.yaml's payloads (scratch dir ``work``)."""
    from generator import build  # build.py calls this module; import it late, no cycle

    try:
        document = self_contained(load(asyncapi_path(openapi_path)), openapi)
    except (AsyncApiError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise build.GeneratorError(f"asyncapi.yaml: {exc}") from exc
    (work / "asyncapi-input.yaml").write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    out.mkdir(parents=True)
    init = out / "__init__.py"
    build._run(
        "datamodel-code-generator (asyncapi.yaml)",
        [
            "-m", "datamodel_code_generator", "--input=asyncapi-input.yaml",
            f"--output={init}", *datamodel_args(build.DATAMODEL_ARGS),
        ],
        work,
    )  # fmt: skip
    text = build._strip_leading_comments(init.read_text(encoding="utf-8"))
    init.write_text(text, encoding="utf-8", newline="\n")
