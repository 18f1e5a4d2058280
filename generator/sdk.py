"""The SDK surface of every operation, read from ``x-sdk`` and ``x-pagination``.

``sdk_operations(spec)`` turns each operation into an :class:`SdkOperation`: which scope and
resource it belongs to, the method (and pager) name, every parameter with its Python name, type
annotation, default and wire location, and the type of the unwrapped result. The resource
renderer (generator/resources.py) and the operations index (generator/operations.py) both read
it, so the generated methods and the overlay's call flow agree by construction.

Vocabulary (documented for other readers of the spec in ``info.description``):

- ``x-sdk: {resource, method, iterate?, reconcile?, key?, positional?, names?, role?}`` on every
  operation. ``resource`` is the attribute on the scope (absent: a method on the client itself);
  the scope follows ``security``: ``ApiKeyAuth`` -> merchant (``ap``), ``ClientToken`` -> end user
  (``user``), none -> merchant. ``iterate`` names the lazy pager of a paginated operation;
  ``reconcile: true`` marks trade-creating calls (they take ``reconcile=``); ``key`` names the body
  field that is the operation's idempotency key (optional in the SDK: generated when absent, the
  same on every attempt); ``positional`` lists the wire names that may be passed positionally, in
  order (default: the path parameters); ``names`` renames wire names to Python keywords where
  snake_case of the wire name would read badly; ``role`` marks the operation the call flow itself
  uses for a job (``ROLES``): ``trade-lookup`` finds a trade by ``externalId`` (reconcile and
  ``trades.get_many``), ``client-token`` issues end users' tokens. Each role is on exactly one
  operation.
- ``x-pagination: {style, items, param, next?, size?, count?, pages?, current?}``: ``cursor`` and
  ``before`` send ``data.<next>`` back as ``param`` until it is null; ``page`` sends page numbers
  in ``param`` with ``size`` rows until ``data.<count>`` rows were seen; ``offset`` advances
  ``param`` by ``size`` until ``data.<current>`` reaches ``data.<pages>``. ``items`` is the field
  of ``data`` holding the rows.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
MODELS = "assetpay_client.models"
SCOPES = ("merchant", "client")
PAGINATION_STYLES = {
    "cursor": ("items", "param", "next"),
    "before": ("items", "param", "next"),
    "page": ("items", "param", "size", "count"),
    "offset": ("items", "param", "size", "pages", "current"),
}
#: keywords every method takes after its own parameters (handled by the call flow)
OPTION_NAMES = ("timeout", "max_retries", "extra_headers", "reconcile")
#: x-sdk.role values: what the call flow uses the operation for (each on exactly one operation)
ROLES = ("trade-lookup", "client-token")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


class SdkError(Exception):
    """``x-sdk``/``x-pagination`` of an operation is missing, malformed or clashes."""


def snake(name: str) -> str:
    """``marketHashName`` -> ``market_hash_name``; ``tradeurl`` -> ``tradeurl``."""
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    out = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", out)
    return out.replace("-", "_").lower()


def pascal(name: str) -> str:
    """``quick_buy`` / ``inventory`` -> ``QuickBuy`` / ``Inventory``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-\s]+", name) if part)


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for token in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """``(method, path, operation)`` for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


@dataclass(frozen=True)
class Annotation:
    """A type annotation and the model/enum names it needs imported (under TYPE_CHECKING)."""

    text: str
    models: frozenset[str] = frozenset()
    typed_dicts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SdkParam:
    wire: str
    name: str
    location: str  # path | query | body
    annotation: Annotation
    required: bool
    default: str | None  # Python source of the default, None = no spec default
    positional: bool
    description: str
    item_schema: str | None = None  # arrays of component objects (request items)
    object_schema: str | None = None  # a component object (a model or a snake_case dict)
    key: bool = False  # the idempotency key (generated when absent)

    @property
    def signature_annotation(self) -> str:
        """The annotation in the signature: ``| None`` added where None means "not sent"."""
        text = self.annotation.text
        if self.signature_default == "None" and not text.endswith("| None"):
            return f"{text} | None"
        return text

    @property
    def sends_default(self) -> bool:
        """Whether the spec default is the signature's (and so always sent): for body booleans
        (``isInstant``: the docs ask for it explicitly) and positional parameters
        (``prices(game=730)``). Other optional parameters default to None: not sent, the server
        applies the default the docstring states."""
        if self.default is None:
            return False
        return self.positional or (self.location == "body" and self.annotation.text == "bool")

    @property
    def signature_default(self) -> str | None:
        """The default in the signature: see :attr:`sends_default`; ``None`` when optional."""
        if self.sends_default:
            return self.default
        if not self.required or self.key:
            return "None"
        return None


@dataclass(frozen=True)
class Pagination:
    style: str
    items: str
    param: str
    next: str | None = None
    size: str | None = None
    count: str | None = None
    pages: str | None = None
    current: str | None = None


@dataclass(frozen=True)
class SdkOperation:
    operation_id: str
    http_method: str
    path: str
    summary: str
    scope: str  # merchant | client
    resource: str | None  # None: a method of the scope itself
    method: str
    iterate: str | None
    reconcile: bool
    role: str | None  # x-sdk.role: what the call flow uses the operation for
    key: str | None
    params: tuple[SdkParam, ...]
    result: Annotation
    row: Annotation | None  # the pager's row type
    pagination: Pagination | None
    deprecated: bool = False
    body_schema: str | None = None
    body_item_schemas: tuple[tuple[str, str], ...] = field(default=())

    def pager_params(self) -> tuple[SdkParam, ...]:
        """The pager's parameters: the list's, minus the position parameter."""
        assert self.pagination is not None
        return tuple(p for p in self.params if p.wire != self.pagination.param)


def _scope(op: Mapping[str, Any]) -> str:
    requirements = op.get("security")
    if requirements == []:
        return "merchant"
    schemes = [name for requirement in requirements or [] for name in requirement]
    if schemes and schemes[0] == "ApiKeyAuth":
        return "merchant"
    if schemes and schemes[0] == "ClientToken":
        return "client"
    raise SdkError(f"{op.get('operationId')}: no scope for security {schemes!r}")


def _enum_literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def annotation(spec: Mapping[str, Any], schema: Any, *, request: bool) -> Annotation:
    """The Python type of a schema. Requests accept enum members or their literal values,
    component objects or dicts (items as ``<Name>Dict`` TypedDicts); answers are the models."""
    schemas = spec["components"]["schemas"]
    name = ref_name(schema)
    nullable = False
    if name is not None:
        target = schemas[name]
        if "enum" in target:
            if request:
                return Annotation(f"{name} | {_enum_literal(target['enum'])}", frozenset({name}))
            return Annotation(name, frozenset({name}))
        if target.get("type") == "object" or "properties" in target:
            if request:
                # the TypedDict gives editors the keys; any mapping is accepted too (a dict built
                # at run time is rarely typed as the TypedDict), checked before sending anyway
                text = f"{name} | {name}Dict | Mapping[str, Any]"
                return Annotation(text, frozenset({name}), frozenset({name}))
            return Annotation(name, frozenset({name}))
        schema = target
    if not isinstance(schema, Mapping):
        return Annotation("Any")
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            parts = [annotation(spec, s, request=request) for s in schema[combinator]]
            return _union(parts)
    kind = schema.get("type")
    if isinstance(kind, list):
        nullable = "null" in kind
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if "const" in schema:
        base = Annotation(_enum_literal([schema["const"]]))
    elif "enum" in schema:
        base = Annotation(_enum_literal([v for v in schema["enum"] if v is not None]))
    elif kind == "string":
        if schema.get("format") == "date-time" and request:
            base = Annotation("datetime | str")
        else:
            base = Annotation("str")
    elif kind == "integer":
        base = Annotation("int")
    elif kind == "number":
        base = Annotation("float")
    elif kind == "boolean":
        base = Annotation("bool")
    elif kind == "array":
        item = annotation(spec, schema.get("items", {}), request=request)
        # builtins.list: a resource class has a method named `list`
        container = "Sequence" if request else "builtins.list"
        base = Annotation(f"{container}[{item.text}]", item.models, item.typed_dicts)
    elif kind == "object":
        base = Annotation("Mapping[str, Any]" if request else "dict[str, Any]")
    else:
        base = Annotation("Any")
    if nullable:
        return Annotation(f"{base.text} | None", base.models, base.typed_dicts)
    return base


def _union(parts: list[Annotation]) -> Annotation:
    texts: list[str] = []
    for part in parts:
        for piece in part.text.split(" | "):
            if piece not in texts:
                texts.append(piece)
    if "None" in texts:
        texts = [t for t in texts if t != "None"] + ["None"]
    return Annotation(
        " | ".join(texts),
        frozenset().union(*(p.models for p in parts)),
        frozenset().union(*(p.typed_dicts for p in parts)),
    )


def _python_default(schema: Mapping[str, Any], spec: Mapping[str, Any]) -> str | None:
    resolved = deref(spec, schema)
    default = schema.get(
        "default", resolved.get("default") if isinstance(resolved, Mapping) else None
    )
    if default is None:
        return None
    return repr(default)


def _python_name(wire: str, names: Mapping[str, str], op_id: str) -> str:
    name = names.get(wire) or snake(wire)
    if not _IDENTIFIER.match(name) or keyword.iskeyword(name) or name in OPTION_NAMES:
        raise SdkError(f"{op_id}: parameter {wire!r} has no usable Python name ({name!r})")
    return name


def _describe(schema: Any, spec: Mapping[str, Any]) -> str:
    text = ""
    if isinstance(schema, Mapping):
        text = str(schema.get("description") or "")
        if not text:
            resolved = deref(spec, schema)
            if isinstance(resolved, Mapping):
                text = str(resolved.get("description") or "")
    return " ".join(text.split())


def _pagination(op_id: str, raw: Any) -> Pagination | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or raw.get("style") not in PAGINATION_STYLES:
        raise SdkError(f"{op_id}: x-pagination.style must be one of {', '.join(PAGINATION_STYLES)}")
    needed = PAGINATION_STYLES[str(raw["style"])]
    missing = [key for key in needed if not isinstance(raw.get(key), str)]
    if missing:
        raise SdkError(f"{op_id}: x-pagination ({raw['style']}) needs {', '.join(missing)}")
    known = {"style", *needed}
    extra = sorted(set(raw) - known)
    if extra:
        raise SdkError(f"{op_id}: x-pagination has unknown keys {extra}")
    return Pagination(**{k: str(v) for k, v in raw.items()})


def _result(spec: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[str | None, Any]:
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            media = deref(spec, response).get("content", {}).get("application/json")
            if media is None:
                raise SdkError(f"{op['operationId']}: the 2xx answer is not JSON")
            envelope = deref(spec, media["schema"])
            data = envelope.get("properties", {}).get("data")
            if data is None:
                raise SdkError(f"{op['operationId']}: the success envelope has no `data`")
            return ref_name(media["schema"]), data
    raise SdkError(f"{op['operationId']}: no 2xx answer")


def _row_annotation(
    spec: Mapping[str, Any], data: Any, pagination: Pagination, op_id: str
) -> Annotation:
    page = deref(spec, data)
    rows = page.get("properties", {}).get(pagination.items) if isinstance(page, Mapping) else None
    if rows is None or deref(spec, rows).get("type") != "array":
        raise SdkError(f"{op_id}: x-pagination.items {pagination.items!r} is not a list in data")
    return annotation(spec, deref(spec, rows)["items"], request=False)


def _operation(
    spec: Mapping[str, Any], method: str, path: str, op: Mapping[str, Any]
) -> SdkOperation:
    op_id = str(op.get("operationId") or f"{method.upper()} {path}")
    sdk = op.get("x-sdk")
    if not isinstance(sdk, Mapping) or not isinstance(sdk.get("method"), str):
        raise SdkError(f"{op_id}: x-sdk with at least `method` is required")
    unknown = sorted(
        set(sdk)
        - {"resource", "method", "iterate", "reconcile", "key", "positional", "names", "role"}
    )
    if unknown:
        raise SdkError(f"{op_id}: x-sdk has unknown keys {unknown}")
    for attr in ("resource", "method", "iterate"):
        value = sdk.get(attr)
        if value is not None and (not isinstance(value, str) or not _IDENTIFIER.match(value)):
            raise SdkError(f"{op_id}: x-sdk.{attr} must be a snake_case identifier")
    names: Mapping[str, str] = sdk.get("names") or {}
    positional_wire: list[str] = list(sdk.get("positional") or [])
    params: list[SdkParam] = []
    path_params: list[str] = []
    for raw in op.get("parameters", []):
        param = deref(spec, raw)
        if param["in"] not in ("path", "query"):
            continue
        wire = str(param["name"])
        if param["in"] == "path":
            path_params.append(wire)
        params.append(
            SdkParam(
                wire=wire,
                name=_python_name(wire, names, op_id),
                location=str(param["in"]),
                annotation=annotation(spec, param["schema"], request=True),
                required=bool(param.get("required", False)),
                default=_python_default(param["schema"], spec),
                positional=False,
                description=" ".join(str(param.get("description") or "").split())
                or _describe(param["schema"], spec),
            )
        )
    body_schema = None
    body = op.get("requestBody")
    key = sdk.get("key")
    items: list[tuple[str, str]] = []
    if body is not None:
        media = deref(spec, body)["content"]["application/json"]
        body_schema = ref_name(media["schema"])
        resolved = deref(spec, media["schema"])
        required = set(resolved.get("required") or [])
        for wire, schema in (resolved.get("properties") or {}).items():
            item_schema = None
            object_schema = ref_name(schema)
            if (
                object_schema is not None
                and "properties" not in spec["components"]["schemas"][object_schema]
            ):
                object_schema = None
            target = deref(spec, schema)
            if isinstance(target, Mapping) and target.get("type") == "array":
                item_schema = ref_name(target.get("items"))
                if item_schema is not None and (
                    "properties" not in spec["components"]["schemas"][item_schema]
                ):
                    item_schema = None  # a list of strings or enum values, sent as they are
                if item_schema is not None:
                    items.append((wire, item_schema))
            params.append(
                SdkParam(
                    wire=str(wire),
                    name=_python_name(str(wire), names, op_id),
                    location="body",
                    annotation=annotation(spec, schema, request=True),
                    required=wire in required,
                    default=_python_default(schema, spec),
                    positional=False,
                    description=_describe(schema, spec),
                    item_schema=item_schema,
                    object_schema=object_schema,
                    key=wire == key,
                )
            )
    if key is not None and not any(p.key for p in params):
        raise SdkError(f"{op_id}: x-sdk.key {key!r} is not a field of the request body")
    by_wire = {p.wire: p for p in params}
    if len({p.name for p in params}) != len(params):
        raise SdkError(f"{op_id}: two parameters share a Python name; rename one in x-sdk.names")
    # positional: x-sdk.positional in its order (default: none), then any path parameter left
    order = [*positional_wire, *[w for w in path_params if w not in positional_wire]]
    for wire in order:
        if wire not in by_wire:
            raise SdkError(f"{op_id}: x-sdk.positional names unknown parameter {wire!r}")
    positional = [replace(by_wire[wire], positional=True) for wire in order]
    rest = [p for p in params if p.wire not in order]
    params = positional + rest
    seen_default = False
    for p in positional:
        if p.signature_default is not None:
            seen_default = True
        elif seen_default:
            raise SdkError(f"{op_id}: positional {p.wire!r} without a default follows one with")
    pagination = _pagination(op_id, op.get("x-pagination"))
    iterate = sdk.get("iterate")
    if (pagination is None) != (iterate is None):
        raise SdkError(f"{op_id}: x-sdk.iterate and x-pagination go together")
    if pagination is not None and pagination.param not in by_wire:
        raise SdkError(f"{op_id}: x-pagination.param {pagination.param!r} is not a parameter")
    if pagination is not None and pagination.size is not None and pagination.size not in by_wire:
        raise SdkError(f"{op_id}: x-pagination.size {pagination.size!r} is not a parameter")
    _, data = _result(spec, op)
    result = annotation(spec, data, request=False)
    row = _row_annotation(spec, data, pagination, op_id) if pagination else None
    reconcile = sdk.get("reconcile", False)
    if not isinstance(reconcile, bool):
        raise SdkError(f"{op_id}: x-sdk.reconcile must be true or false")
    role = sdk.get("role")
    if role is not None and role not in ROLES:
        raise SdkError(f"{op_id}: x-sdk.role must be one of {', '.join(ROLES)}")
    return SdkOperation(
        operation_id=op_id,
        http_method=method.upper(),
        path=path,
        summary=" ".join(str(op.get("summary") or op_id).split()),
        scope=_scope(op),
        resource=sdk.get("resource"),
        method=str(sdk["method"]),
        iterate=iterate,
        reconcile=reconcile,
        role=role,
        key=key,
        params=tuple(params),
        result=result,
        row=row,
        pagination=pagination,
        deprecated=bool(op.get("deprecated", False)),
        body_schema=body_schema,
        body_item_schemas=tuple(items),
    )


def sdk_operations(spec: Mapping[str, Any]) -> list[SdkOperation]:
    """Every operation's SDK surface, in document order; clashes raise :class:`SdkError`."""
    ops = [_operation(spec, method, path, op) for method, path, op in iter_operations(spec)]
    taken: dict[tuple[str, str | None, str], str] = {}
    for op in ops:
        for name in filter(None, (op.method, op.iterate)):
            where = (op.scope, op.resource, name)
            if where in taken:
                raise SdkError(
                    f"{op.operation_id}: {op.scope} {op.resource or 'client'}.{name} "
                    f"is already {taken[where]}"
                )
            taken[where] = op.operation_id
    roles = roles_of(ops)
    missing = [role for role in ROLES if role not in roles]
    if missing:
        raise SdkError(
            f"x-sdk.role {', '.join(missing)} is on no operation (the call flow needs it)"
        )
    return ops


def roles_of(ops: list[SdkOperation]) -> dict[str, str]:
    """x-sdk.role -> operationId; a role on two operations raises :class:`SdkError`."""
    roles: dict[str, str] = {}
    for op in ops:
        if op.role is None:
            continue
        if op.role in roles:
            raise SdkError(
                f"{op.operation_id}: x-sdk.role {op.role} is already on {roles[op.role]}"
            )
        roles[op.role] = op.operation_id
    return roles


__all__ = [
    "Annotation",
    "Pagination",
    "SdkError",
    "SdkOperation",
    "SdkParam",
    "annotation",
    "roles_of",
    "sdk_operations",
]
