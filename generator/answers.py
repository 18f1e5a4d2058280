"""Render ``assetpay_catalogue/answers.py``: one success ``data`` per operation, for the sandbox.

The sandbox answers an operation it has no hand-written behaviour for with this value, so it
never refuses to start because the spec grew. The value is the ``data`` of the operation's 2xx
example; an operation without one gets a value built from its schema (required fields only,
the first enum value, the default or a placeholder of the right type).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.sdk import deref, iter_operations


def _synthesize(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    node = deref(spec, schema)
    if not isinstance(node, Mapping) or depth > 12:
        return None
    for key in ("const", "default"):
        if key in node:
            return node[key]
    if node.get("enum"):
        return node["enum"][0]
    for combinator in ("oneOf", "anyOf", "allOf"):
        if node.get(combinator):
            return _synthesize(spec, node[combinator][0], depth + 1)
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in node:
        required = node.get("required") or []
        props = node.get("properties") or {}
        return {name: _synthesize(spec, props.get(name, {}), depth + 1) for name in required}
    if kind == "array":
        return []
    if kind == "integer":
        return max(0, int(node.get("minimum", 0)))
    if kind == "number":
        return float(node.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "string":
        return "2026-01-01T00:00:00.000Z" if node.get("format") == "date-time" else "string"
    return None


def success_data(spec: Mapping[str, Any], op: Mapping[str, Any]) -> Any:
    """The ``data`` of ``op``'s 2xx example, or one built from the envelope's ``data`` schema."""
    for status, response in op.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        media = deref(spec, response).get("content", {}).get("application/json", {})
        example = media.get("example")
        if example is None and media.get("examples"):
            example = deref(spec, next(iter(media["examples"].values()))).get("value")
        if isinstance(example, Mapping) and "data" in example:
            return example["data"]
        envelope = deref(spec, media.get("schema", {}))
        return _synthesize(spec, envelope.get("properties", {}).get("data", {}))
    return None


def render_answers(spec: Mapping[str, Any]) -> str:
    """Source of ``answers.py`` (unformatted, without the generated header)."""
    answers = {str(op["operationId"]): success_data(spec, op) for _, _, op in iter_operations(spec)}
    text = json.dumps(answers, indent=4, sort_keys=True, ensure_ascii=False)
    return (
        '"""The success ``data`` of every operation (its 2xx example), for the sandbox."""\n\n'
        "import json\nfrom typing import Any\n\n"
        f"SUCCESS_DATA: dict[str, Any] = json.loads(\n    {text!r}\n)\n"
    )


__all__ = ["render_answers", "success_data"]
