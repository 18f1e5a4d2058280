"""Render the ``assetpay_resources`` package: the client's resource classes, from ``x-sdk``.

One module per resource name (``trades.py`` holds ``Trades``, ``AsyncTrades``, ``ClientTrades``,
``AsyncClientTrades``), ``__init__.py`` with the four scope classes, ``types.py`` with a
``TypedDict`` per request object, and ``_runtime.py`` (generator/runtime/resources.py) with the
requester protocol they call. Templates: generator/templates/sdk/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import PythonIdentifier, snake_case

from generator.sdk import SCOPES, SdkOperation, annotation, pascal, sdk_operations

TEMPLATES = Path(__file__).resolve().parent / "templates" / "sdk"
RUNTIME = Path(__file__).resolve().parent / "runtime" / "resources.py"
PACKAGE = "assetpay_resources"


@dataclass(frozen=True)
class _Classes:
    sync: str
    async_: str
    ops: tuple[SdkOperation, ...]


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )
    env.filters["module_name"] = snake_case
    env.filters["docstring"] = _docstring_text
    return env


def _docstring_text(text: str) -> str:
    """Spec prose made safe inside a triple-quoted (non-raw) docstring."""
    return text.replace("\\", "\\\\").replace('"""', "'''")


def _class_names(scope: str, resource: str) -> tuple[str, str]:
    base = ("Client" if scope == "client" else "") + pascal(resource) + "Resource"
    return base, f"Async{base}"


def _names(ops: list[SdkOperation]) -> tuple[set[str], set[str]]:
    models: set[str] = set()
    typed: set[str] = set()
    for op in ops:
        models |= op.result.models
        if op.row is not None:
            models |= op.row.models
        for p in op.params:
            models |= p.annotation.models
            typed |= p.annotation.typed_dicts
    return models, typed


def _typed_dicts(spec: Mapping[str, Any], roots: set[str]) -> tuple[list[dict[str, Any]], set[str]]:
    """TypedDicts for ``roots`` and every object they nest, with the models their fields use."""
    schemas = spec["components"]["schemas"]
    done: dict[str, dict[str, Any]] = {}
    models: set[str] = set()
    todo = sorted(roots)
    while todo:
        name = todo.pop(0)
        if name in done:
            continue
        schema = schemas[name]
        required = set(schema.get("required") or [])
        fields = []
        for wire, prop in (schema.get("properties") or {}).items():
            ann = annotation(spec, prop, request=True)
            models |= ann.models
            todo.extend(sorted(ann.typed_dicts - set(done)))
            fields.append(
                {
                    "name": str(PythonIdentifier(str(wire), prefix="")),
                    "annotation": ann.text,
                    "required": wire in required,
                }
            )
        done[name] = {"name": name, "fields": fields}
    return [done[name] for name in sorted(done)], models


def render_resources(spec: Mapping[str, Any]) -> dict[str, str]:
    """``{relative path: source}`` of the ``assetpay_resources`` package (unformatted)."""
    env = _environment()
    macros = env.get_template("_macros.jinja").module
    ops = sdk_operations(spec)
    files: dict[str, str] = {"_runtime.py": RUNTIME.read_text(encoding="utf-8")}
    by_resource: dict[str, dict[str, list[SdkOperation]]] = {}
    for op in ops:
        if op.resource is not None:
            by_resource.setdefault(op.resource, {}).setdefault(op.scope, []).append(op)
    imports: list[tuple[str, list[str]]] = []
    exports: list[str] = []
    all_typed: set[str] = set()
    scope_resources: dict[str, list[tuple[str, _Classes]]] = {s: [] for s in SCOPES}
    module_template = env.get_template("resource.py.jinja")
    for resource in sorted(by_resource):
        scopes = []
        names: list[str] = []
        for scope in SCOPES:
            scope_ops = by_resource[resource].get(scope)
            if not scope_ops:
                continue
            sync, async_ = _class_names(scope, resource)
            classes = _Classes(sync, async_, tuple(scope_ops))
            scopes.append((scope, classes))
            scope_resources[scope].append((resource, classes))
            names += [sync, async_]
        flat = [op for _, classes in scopes for op in classes.ops]
        models, typed = _names(flat)
        all_typed |= typed
        files[f"{resource}.py"] = module_template.render(
            m=macros,
            resource=resource,
            scopes=scopes,
            models=sorted(models),
            typed_dicts=[f"{t}Dict" for t in sorted(typed)],
        )
        imports.append((resource, names))
        exports += names
    scope_context = []
    top_ops: list[SdkOperation] = []
    for scope in SCOPES:
        own = [op for op in ops if op.scope == scope and op.resource is None]
        top_ops += own
        scope_context.append(
            {
                "name": "merchant" if scope == "merchant" else "end-user",
                "title": "Merchant" if scope == "merchant" else "Client",
                "resources": scope_resources[scope],
                "ops": own,
            }
        )
        exports += [f"{scope_context[-1]['title']}Resources"]
        exports += [f"Async{scope_context[-1]['title']}Resources"]
    models, typed = _names(top_ops)
    all_typed |= typed
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        m=macros,
        imports=imports,
        scopes=scope_context,
        models=sorted(models),
        typed_dicts=[f"{t}Dict" for t in sorted(typed)],
        exports=sorted(
            [*exports, "AsyncPages", "Pages", "PageLike", "Requester", "AsyncRequester"]
        ),
    )
    typed_dicts, td_models = _typed_dicts(spec, all_typed)
    files["types.py"] = env.get_template("types.py.jinja").render(
        typed_dicts=typed_dicts, models=sorted(td_models)
    )
    return files


def request_objects(op: SdkOperation) -> tuple[tuple[str, str, bool], ...]:
    """``((wire field, component schema, is_list), ...)``: the body fields holding component
    objects, which the call flow turns from models or snake_case dicts into wire JSON."""
    found: list[tuple[str, str, bool]] = []
    for p in op.params:
        if p.location == "body" and p.item_schema is not None:
            found.append((p.wire, p.item_schema, True))
        elif p.location == "body" and p.object_schema is not None:
            found.append((p.wire, p.object_schema, False))
    return tuple(found)


__all__ = ["PACKAGE", "render_resources", "request_objects"]
