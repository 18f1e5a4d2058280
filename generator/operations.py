"""Render ``assetpay_catalogue/operations.py`` and the parameter schemas of every operation.

The index tells the overlay, for each operationId, everything it needs to call the generated
endpoint module without parsing YAML at run time: method, path, tag, the module and its success
envelope model, retry class (``x-retry``), timeout (``x-timeout``), authentication, the request
body's schema, and every path/query parameter with its Python keyword. ``params_schemas`` gives
one object schema per operation with parameters (``<OperationId>Params``), which the pipeline hands
to datamodel-code-generator so queries are validated with the same constraints as bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

from generator.resources import request_objects
from generator.sdk import deref as _deref
from generator.sdk import iter_operations, roles_of, sdk_operations
from generator.sdk import ref_name as _ref_name

CLIENT_PACKAGE = "assetpay_client"


class OperationError(Exception):
    """An operation of the spec cannot be indexed (missing operationId, tag, x-retry...)."""


def params_model_name(operation_id: str) -> str:
    return f"{pascal_case(operation_id)}Params"


def _parameters(spec: Mapping[str, Any], op: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [_deref(spec, p) for p in op.get("parameters", [])]


def params_schemas(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``{<OperationId>Params: object schema}`` for every operation with path/query parameters."""
    out: dict[str, dict[str, Any]] = {}
    for _, _, op in iter_operations(spec):
        params = [p for p in _parameters(spec, op) if p["in"] in ("path", "query")]
        if not params:
            continue
        out[params_model_name(str(op["operationId"]))] = {
            "type": "object",
            "description": f"Path and query parameters of {op['operationId']}.",
            "additionalProperties": False,
            "required": [p["name"] for p in params if p.get("required")],
            "properties": {p["name"]: p["schema"] for p in params},
        }
    return out


def _enum_name(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> str | None:
    """The component enum a parameter's schema refers to (its values become enum members)."""
    name = _ref_name(schema)
    if name is not None and "enum" in spec["components"]["schemas"][name]:
        return name
    return None


def _security(op: Mapping[str, Any]) -> str:
    if op.get("security") == []:
        return "none"
    schemes = [name for requirement in op.get("security", []) for name in requirement]
    if schemes and schemes[0] == "ApiKeyAuth":
        return "api_key"
    if schemes and schemes[0] == "ClientToken":
        return "client_token"
    raise OperationError(f"{op.get('operationId')}: unsupported security {schemes!r}")


def _success(spec: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[int, str]:
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            media = _deref(spec, response)["content"]["application/json"]
            name = _ref_name(media["schema"])
            if name is None:
                raise OperationError(f"{op['operationId']}: success schema must be a $ref")
            return int(status), name
    raise OperationError(f"{op['operationId']}: no 2xx response")


def _pagination_row(
    spec: Mapping[str, Any], op: Mapping[str, Any], sdk_op: Any
) -> tuple[Any, ...] | None:
    """``(style, items, param, next, size, size default, count, pages, current)`` or None."""
    pages = sdk_op.pagination
    if pages is None:
        return None
    size_default = None
    for p in _parameters(spec, op):
        if p["name"] == pages.size:
            size_default = p["schema"].get("default", _deref(spec, p["schema"]).get("default"))
    return (
        pages.style, pages.items, pages.param, pages.next, pages.size, size_default,
        pages.count, pages.pages, pages.current,
    )  # fmt: skip


def operation_rows(spec: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One dict per operation with everything the rendered index holds."""
    rows = []
    sdk = {o.operation_id: o for o in sdk_operations(spec)}
    for method, path, op in iter_operations(spec):
        op_id = str(op.get("operationId") or "")
        tags = op.get("tags") or []
        if not op_id or len(tags) != 1:
            raise OperationError(f"{method.upper()} {path}: needs an operationId and one tag")
        retry = op.get("x-retry")
        if retry not in ("read", "keyed", "cancel", "create"):
            raise OperationError(f"{op_id}: x-retry must be read, keyed, cancel or create")
        status, envelope = _success(spec, op)
        body = op.get("requestBody")
        body_schema = (
            _ref_name(body["content"]["application/json"]["schema"]) if body is not None else None
        )
        params = [
            {
                "name": p["name"],
                "python_name": str(PythonIdentifier(p["name"], prefix="")),
                "location": p["in"],
                "required": bool(p.get("required", False)),
                "enum": _enum_name(spec, p["schema"]),
                "date_time": p["schema"].get("format") == "date-time",
            }
            for p in _parameters(spec, op)
            if p["in"] in ("path", "query")
        ]
        timeout = op.get("x-timeout")
        rows.append(
            {
                "operation_id": op_id,
                "method": method.upper(),
                "path": path,
                "tag": tags[0],
                "module": f"{CLIENT_PACKAGE}.api.{snake_case(tags[0])}.{snake_case(op_id)}",
                "envelope_module": f"{CLIENT_PACKAGE}.models.{snake_case(envelope)}",
                "envelope": envelope,
                "success_status": status,
                "retry": retry,
                "timeout": float(timeout) if timeout is not None else None,
                "security": _security(op),
                "bearer_alternative": any("BearerAuth" in r for r in op.get("security", [])),
                "body_schema": body_schema,
                "body_required": bool(body.get("required", False)) if body else False,
                "params": params,
                "params_model": params_model_name(op_id) if params else None,
                "reconcile": sdk[op_id].reconcile,
                "key": sdk[op_id].key,
                "body_objects": request_objects(sdk[op_id]),
                "pagination": _pagination_row(spec, op, sdk[op_id]),
                "statuses": tuple(
                    sorted(int(code) for code in op["responses"] if str(code).isdigit())
                ),
            }
        )
    return rows


def render_operations(spec: Mapping[str, Any]) -> str:
    """Source of ``operations.py`` (unformatted, without the generated header)."""
    lines = [
        '"""Every operation of openapi.yaml: how to call it and how repeatable it is."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import Literal, NamedTuple",
        "",
        "",
        "class Param(NamedTuple):",
        '    """A path or query parameter: wire name, keyword, enum schema, date-time or not."""',
        "",
        "    name: str",
        "    python_name: str",
        '    location: Literal["path", "query"]',
        "    required: bool",
        "    enum: str | None",
        "    date_time: bool",
        "",
        "",
        "class Pagination(NamedTuple):",
        '    """How a list pages (``x-pagination``): wire names, dotted into ``data``."""',
        "",
        '    style: Literal["cursor", "before", "page", "offset"]',
        "    items: str",
        "    param: str",
        "    next: str | None",
        "    size: str | None",
        "    size_default: int | None",
        "    count_field: str | None",
        "    pages: str | None",
        "    current: str | None",
        "",
        "",
        "class BodyObject(NamedTuple):",
        '    """A body field holding a component object (or a list of them, ``many``)."""',
        "",
        "    field: str",
        "    schema: str",
        "    many: bool",
        "",
        "",
        "class Operation(NamedTuple):",
        '    """One operation. ``module`` is the generated endpoint module (imported lazily)."""',
        "",
        "    operation_id: str",
        "    method: str",
        "    path: str",
        "    tag: str",
        "    module: str",
        "    envelope_module: str",
        "    envelope: str",
        "    success_status: int",
        '    retry: Literal["read", "keyed", "cancel", "create"]',
        "    timeout: float | None",
        '    security: Literal["api_key", "client_token", "none"]',
        "    bearer_alternative: bool",
        "    body_schema: str | None",
        "    body_required: bool",
        "    params: tuple[Param, ...]",
        "    params_model: str | None",
        "    reconcile: bool",
        "    key: str | None",
        "    body_objects: tuple[BodyObject, ...]",
        "    pagination: Pagination | None",
        "    #: every HTTP status the spec documents for the operation",
        "    statuses: tuple[int, ...]",
        "",
        "",
        "OPERATIONS: Mapping[str, Operation] = {",
    ]
    for row in operation_rows(spec):
        params = ", ".join(
            f"Param({p['name']!r}, {p['python_name']!r}, {p['location']!r}, {p['required']!r}, "
            f"{p['enum']!r}, {p['date_time']!r})"
            for p in row["params"]
        )
        trailing = "," if len(row["params"]) == 1 else ""
        skip = ("params", "params_model", "body_objects", "pagination", "statuses")
        args = ", ".join(f"{k}={v!r}" for k, v in row.items() if k not in skip)
        objects = "".join(f"BodyObject{o!r}, " for o in row["body_objects"])
        pagination = f"Pagination{row['pagination']!r}" if row["pagination"] is not None else "None"
        lines.append(
            f"    {row['operation_id']!r}: Operation({args}, params=({params}{trailing}), "
            f"params_model={row['params_model']!r}, body_objects=({objects}), "
            f"pagination={pagination}, statuses={row['statuses']!r}),"
        )
    lines += [
        "}",
        "",
        "#: The operation the call flow uses for each job (``x-sdk.role``): ``trade-lookup``",
        "#: finds a trade by ``externalId`` (reconcile, ``trades.get_many``), ``client-token``",
        "#: issues client tokens.",
        "ROLES: Mapping[str, str] = {",
        *(
            f"    {role!r}: {op_id!r},"
            for role, op_id in sorted(roles_of(sdk_operations(spec)).items())
        ),
        "}",
        "",
        "#: Module of the generated attrs model of every component schema that has one.",
        "",
    ]
    lines.append("MODEL_MODULES: Mapping[str, str] = {")
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object" or "enum" in schema:
            lines.append(f"    {name!r}: {CLIENT_PACKAGE + '.models.' + snake_case(name)!r},")
    lines += [
        "}",
        "",
        '__all__ = ["MODEL_MODULES", "OPERATIONS", "ROLES", "BodyObject", "Operation", '
        '"Pagination", "Param"]',
        "",
    ]
    return "\n".join(lines)
