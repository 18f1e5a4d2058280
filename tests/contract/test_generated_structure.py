"""The generated packages mirror openapi.yaml.

* every operation has ``assetpay_client.api.<tag_snake>.<operation_snake>`` with ``sync``,
  ``sync_detailed``, ``asyncio`` and ``asyncio_detailed`` whose parameters are the spec's
  path/query/header parameters (snake_case, same required-ness) plus ``body`` for a request body;
* every component schema has an attrs model (or enum) in ``assetpay_client.models`` and a pydantic
  model in ``assetpay_schema`` whose fields and required-ness agree with the spec;
* every schema, request, response and webhook example round-trips through the attrs model
  (``from_dict(x).to_dict() == x``) and validates with the pydantic model;
* every generated file carries the "do not edit" header and MANIFEST.json hashes match.
"""

from __future__ import annotations

import builtins
import hashlib
import importlib
import inspect
import json
import keyword
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pydantic
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import assetpay_client.models as client_models  # noqa: E402
import assetpay_schema  # noqa: E402
from assetpay_client import Client  # noqa: E402
from generator.build import HEADER, MANIFEST, PACKAGES, load_spec  # noqa: E402

GENERATED = ROOT / "generated"
SPEC: dict[str, Any] = load_spec(ROOT / "openapi.yaml")
COMPONENTS: dict[str, Any] = SPEC.get("components", {})
SCHEMAS: dict[str, Any] = COMPONENTS.get("schemas", {})
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ENTRY_POINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


# --- naming (what openapi-python-client / datamodel-code-generator do) ---------------------------


def snake(name: str) -> str:
    """camelCase / PascalCase / kebab-case / 'Two words' -> snake_case."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


# openapi-python-client suffixes builtins and keywords with "_" (but not "id")
_RESERVED = (set(dir(builtins)) | set(keyword.kwlist) | {"self", "true", "false", "datetime"}) - {
    "id"
}


def python_field(name: str) -> str:
    """The attribute name openapi-python-client gives a JSON property or parameter."""
    field = snake(name)
    return f"{field}_" if field in _RESERVED else field


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name))


# --- spec walking -------------------------------------------------------------------------------


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        assert ref.startswith("#/"), f"external $ref {ref}"
        target: Any = SPEC
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(schema: Any) -> str | None:
    """Component name if ``schema`` is a ``$ref`` to components.schemas."""
    if isinstance(schema, dict) and "$ref" in schema:
        ref: str = schema["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    op: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]

    @property
    def operation_id(self) -> str:
        value: str = self.op["operationId"]
        return value

    @property
    def module_name(self) -> str:
        tags: list[str] = self.op.get("tags") or ["default"]
        return f"assetpay_client.api.{snake(tags[0])}.{snake(self.operation_id)}"


def operations() -> Iterator[Operation]:
    for path, item in SPEC.get("paths", {}).items():
        item = resolve(item)
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            own = [resolve(p) for p in op.get("parameters", [])]
            merged = {(p["name"], p["in"]): p for p in [*shared, *own]}
            yield Operation(path, method, op, tuple(merged.values()))


OPERATIONS = list(operations())


def is_object_schema(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "object" or "properties" in schema or "allOf" in schema


def object_properties(schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """(properties, required) of an object schema, through allOf."""
    schema = resolve(schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    required: set[str] = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, req = object_properties(part)
        props.update(more)
        required |= req
    return props, required


# --- datetime-tolerant equality (attrs renders date-times with isoformat()) -------------------


def _as_datetime(value: str) -> datetime | None:
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def same_json(left: Any, right: Any) -> bool:
    """JSON equality where two RFC 3339 date-times denoting the same instant are equal."""
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, str) and isinstance(right, str) and left != right:
        a, b = _as_datetime(left), _as_datetime(right)
        return a is not None and b is not None and a == b
    return type(left) is type(right) and bool(left == right)


# --- operations ---------------------------------------------------------------------------------


def test_spec_has_operations_and_schemas() -> None:
    assert OPERATIONS
    assert SCHEMAS


def test_operation_ids_are_unique() -> None:
    ids = [o.operation_id for o in OPERATIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.operation_id)
def test_operation_module_and_signature(operation: Operation) -> None:
    module = importlib.import_module(operation.module_name)
    expected: dict[str, bool] = {
        python_field(p["name"]): bool(p.get("required", False))
        for p in operation.parameters
        if p["in"] in ("path", "query", "header")
    }
    body = operation.op.get("requestBody")
    if body is not None:
        expected["body"] = bool(resolve(body).get("required", False))
    for entry in ENTRY_POINTS:
        function = getattr(module, entry)
        signature = inspect.signature(function)
        actual = {
            name: param.default is inspect.Parameter.empty
            for name, param in signature.parameters.items()
            if name != "client"
        }
        assert actual == expected, f"{operation.module_name}.{entry}"
        assert "client" in signature.parameters
        assert inspect.iscoroutinefunction(function) == entry.startswith("asyncio")


def test_no_extra_operation_modules() -> None:
    api = importlib.import_module("assetpay_client.api")
    expected = {o.module_name for o in OPERATIONS}
    found: set[str] = set()
    for tag_dir in sorted(Path(api.__path__[0]).iterdir()):
        if tag_dir.is_dir() and (tag_dir / "__init__.py").is_file():
            for module in tag_dir.glob("*.py"):
                if module.name != "__init__.py":
                    found.add(f"assetpay_client.api.{tag_dir.name}.{module.stem}")
    assert found == expected


# --- component schemas --------------------------------------------------------------------------


def attrs_class(name: str) -> Any:
    return getattr(client_models, pascal(name))


def pydantic_class(name: str) -> type[pydantic.BaseModel]:
    cls = getattr(assetpay_schema, name, None) or getattr(assetpay_schema, pascal(name))
    assert isinstance(cls, type)
    assert issubclass(cls, pydantic.BaseModel)
    return cls


OBJECT_SCHEMAS = sorted(n for n, s in SCHEMAS.items() if is_object_schema(resolve(s)))
ENUM_SCHEMAS = sorted(n for n, s in SCHEMAS.items() if "enum" in resolve(s))


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_attrs_model_matches_schema(name: str) -> None:
    cls = attrs_class(name)
    assert attrs.has(cls), f"{cls!r} is not an attrs class"
    props, required = object_properties(SCHEMAS[name])
    # additional_properties: unknown keys; _lazy_raw: lists of models not yet built (init=False)
    private = {"additional_properties", "_lazy_raw"}
    fields = {f.name: f for f in attrs.fields(cls) if f.name not in private}
    assert set(fields) == {python_field(p) for p in props}
    assert all(not f.init for f in attrs.fields(cls) if f.name in private)
    for prop in props:
        field = fields[python_field(prop)]
        assert (field.default is attrs.NOTHING) == (prop in required), f"{name}.{prop}"


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_enum_matches_schema(name: str) -> None:
    cls = attrs_class(name)
    assert issubclass(cls, Enum)
    values = [v for v in resolve(SCHEMAS[name])["enum"] if v is not None]
    assert sorted(m.value for m in cls) == sorted(values)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_pydantic_model_matches_schema(name: str) -> None:
    schema = resolve(SCHEMAS[name])
    if "enum" in schema:
        cls: Any = getattr(assetpay_schema, name, None) or getattr(assetpay_schema, pascal(name))
        assert issubclass(cls, Enum)
        return
    model = pydantic_class(name)
    if not is_object_schema(schema):
        assert issubclass(model, pydantic.RootModel)
        return
    props, required = object_properties(schema)
    by_spec_name = {(f.alias or n): (n, f) for n, f in model.model_fields.items()}
    assert set(by_spec_name) == set(props), name
    for prop, (python_name, field) in by_spec_name.items():
        assert python_name.rstrip("_") == snake(prop), f"{name}.{prop} -> {python_name}"
        assert field.is_required() == (prop in required), f"{name}.{prop}"


def _webhook_payloads() -> Iterator[tuple[str, Any]]:
    for hook, item in SPEC.get("webhooks", {}).items():
        for method in METHODS:
            operation = resolve(item).get(method)
            if operation is None or "requestBody" not in operation:
                continue
            for ctype, media in resolve(operation["requestBody"]).get("content", {}).items():
                yield f"{hook}.{method}.{ctype}", media.get("schema")


WEBHOOK_PAYLOADS = list(_webhook_payloads())


def test_spec_has_webhooks() -> None:
    assert WEBHOOK_PAYLOADS


@pytest.mark.parametrize(
    ("where", "schema"), WEBHOOK_PAYLOADS, ids=[w for w, _ in WEBHOOK_PAYLOADS]
)
def test_webhook_payload_has_models(where: str, schema: Any) -> None:
    name = ref_name(schema)
    assert name is not None, f"webhooks.{where}: inline payload schema; make it a component"
    assert attrs.has(attrs_class(name))
    assert issubclass(pydantic_class(name), pydantic.BaseModel)


# --- examples -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    where: str
    value: Any
    schema: Any
    operation: Operation | None = None
    status: str | None = None
    is_request: bool = False


def _media_examples(media: Mapping[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield f"{where}.example", media["example"]
    for key, example in media.get("examples", {}).items():
        example = resolve(example)
        if "value" in example:
            yield f"{where}.examples.{key}", example["value"]


def collect_examples() -> Iterator[Example]:
    for name, schema in SCHEMAS.items():
        schema = resolve(schema)
        ref = {"$ref": f"#/components/schemas/{name}"}
        if "example" in schema:
            yield Example(f"components.schemas.{name}.example", schema["example"], ref)
        for i, value in enumerate(schema.get("examples", [])):
            yield Example(f"components.schemas.{name}.examples[{i}]", value, ref)
    for operation in OPERATIONS:
        op = operation.op
        base = f"paths.{operation.path}.{operation.method}"
        if "requestBody" in op:
            for ctype, media in resolve(op["requestBody"]).get("content", {}).items():
                if "json" in ctype:
                    for where, value in _media_examples(media, f"{base}.requestBody.{ctype}"):
                        yield Example(where, value, media.get("schema"), operation, None, True)
        for status, response in op.get("responses", {}).items():
            for ctype, media in resolve(response).get("content", {}).items():
                if "json" in ctype:
                    where_base = f"{base}.responses.{status}.{ctype}"
                    for where, value in _media_examples(media, where_base):
                        yield Example(where, value, media.get("schema"), operation, str(status))
    for hook, item in SPEC.get("webhooks", {}).items():
        for method in METHODS:
            body = resolve(item).get(method, {}).get("requestBody")
            if body is None:
                continue
            for ctype, media in resolve(body).get("content", {}).items():
                if "json" in ctype:
                    where_base = f"webhooks.{hook}.{method}.requestBody.{ctype}"
                    for where, value in _media_examples(media, where_base):
                        yield Example(where, value, media.get("schema"), None, None, True)


EXAMPLES = list(collect_examples())


def _parse_with_operation(example: Example) -> Any:
    """Parse a response example the way the generated endpoint parses a response."""
    assert example.operation is not None
    assert example.status is not None
    module: ModuleType = importlib.import_module(example.operation.module_name)
    status = int(example.status) if example.status.isdigit() else 200
    response = httpx.Response(status, json=example.value)
    client = Client(base_url="https://api.invalid", raise_on_unexpected_status=True)
    return module._parse_response(client=client, response=response)


def _round_trip(example: Example) -> Any | None:
    """The attrs round trip of ``example.value``, or None when no model represents it."""
    name = ref_name(example.schema)
    if name is not None and is_object_schema(resolve(SCHEMAS[name])):
        return attrs_class(name).from_dict(example.value).to_dict()
    if example.status is not None and example.status.isdigit():
        parsed = _parse_with_operation(example)
        if hasattr(parsed, "to_dict"):
            return parsed.to_dict()
    return None


def test_spec_has_examples() -> None:
    assert EXAMPLES


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.where)
def test_example_round_trips_through_attrs_model(example: Example) -> None:
    result = _round_trip(example)
    if result is None:
        pytest.skip("no attrs model for this schema (inline, scalar or union)")
    assert same_json(result, example.value), f"{example.where}: {result!r} != {example.value!r}"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.where)
def test_example_validates_with_pydantic_model(example: Example) -> None:
    name = ref_name(example.schema)
    if name is None:
        pytest.skip("inline schema: no named pydantic model")
    model = pydantic_class(name) if "enum" not in resolve(SCHEMAS[name]) else None
    if model is None:
        pytest.skip("enum")
    model.model_validate(example.value)


# --- files --------------------------------------------------------------------------------------


def _generated_files() -> list[Path]:
    return sorted(
        p
        for p in GENERATED.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
    )


def test_every_generated_file_starts_with_the_header() -> None:
    files = _generated_files()
    assert files
    for path in files:
        if path.name == MANIFEST:
            continue
        first = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
        if path.suffix == ".md":  # the public-API snapshot: the header as an HTML comment
            assert first == f"<!-- {HEADER.removeprefix('# ').rstrip()} -->\n", path
        else:
            assert first == HEADER, path


def test_manifest_lists_every_file_with_its_hash() -> None:
    manifest = json.loads((GENERATED / MANIFEST).read_text(encoding="utf-8"))
    assert next(iter(manifest)) == "_generated"
    assert manifest["packages"] == list(PACKAGES)
    spec_hash = hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()
    assert manifest["spec"]["sha256"] == spec_hash
    listed: dict[str, str] = manifest["files"]
    actual = {
        p.relative_to(GENERATED).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in _generated_files()
        if p.name != MANIFEST or p.parent != GENERATED
    }
    assert listed == actual
    assert list(listed) == sorted(listed)
