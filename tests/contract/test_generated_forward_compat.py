"""Forward compatibility of the generated client: a value the spec does not list yet (a new trade
status, a new item error code) must parse, keep its raw value, report itself as unknown, and
serialise back unchanged, instead of crashing the parse of a whole response.

The enum classes come from generator/templates/{str,int}_enum.py.jinja.
"""

from __future__ import annotations

import copy
import pickle
import sys
from collections.abc import Iterator, Mapping
from enum import Enum, IntEnum, StrEnum
from pathlib import Path
from typing import Any, Protocol, cast

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import assetpay_client.models as models  # noqa: E402
from generator.build import load_spec  # noqa: E402

SPEC: dict[str, Any] = load_spec(ROOT / "openapi.yaml")
SCHEMAS: dict[str, Any] = SPEC.get("components", {}).get("schemas", {})
UNKNOWN_STR = "value_from_the_future"
UNKNOWN_INT = 987_654


class _ForwardCompatEnum(Protocol):
    @property
    def value(self) -> Any: ...

    @property
    def is_known(self) -> bool: ...


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _enum_classes() -> Iterator[type[Enum]]:
    for name in sorted(models.__all__):
        obj = getattr(models, name)
        if isinstance(obj, type) and issubclass(obj, Enum):
            yield obj


ENUMS = list(_enum_classes())


def _deref(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        ref: str = schema["$ref"]
        assert ref.startswith("#/components/schemas/"), ref
        schema = SCHEMAS[ref.rsplit("/", 1)[1]]
    return schema


def _minimal(schema: Mapping[str, Any], depth: int = 0) -> Any:
    """A minimal JSON value for ``schema``: required properties only, first alternative."""
    schema = _deref(schema)
    assert depth < 20, "schema recursion through required properties"
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if _deref(s).get("type") != "null"]
            return _minimal(options[0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _minimal(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props: Mapping[str, Any] = schema.get("properties", {})
        return {name: _minimal(props[name], depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        count = schema.get("minItems", 0)
        return [_minimal(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "string":
        formats = {"date-time": "2024-01-02T03:04:05+00:00", "date": "2024-01-02"}
        return formats.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return False
    raise AssertionError(f"cannot synthesise a value for {schema!r}")


def _enum_schema(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The enum schema inside a property schema (through $ref, oneOf/anyOf with null)."""
    schema = _deref(schema)
    if "enum" in schema:
        return schema
    for key in ("oneOf", "anyOf", "allOf"):
        for option in schema.get(key, []):
            found = _deref(option)
            if "enum" in found:
                return found
    raise AssertionError(f"no enum in {schema!r}")


def _unknown_for(enum_schema: Mapping[str, Any]) -> str | int:
    kind = enum_schema.get("type")
    if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
        return UNKNOWN_INT
    return UNKNOWN_STR


def _model(name: str) -> Any:
    return getattr(models, name)


def _snake(name: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and (not name[i - 1].isupper() or name[i + 1 : i + 2].islower()):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


@pytest.mark.parametrize(
    ("schema_name", "prop"),
    [("Trade", "status"), ("Item", "error")],
)
def test_unknown_enum_value_parses_and_round_trips(schema_name: str, prop: str) -> None:
    schema = _deref(SCHEMAS[schema_name])
    raw = _unknown_for(_enum_schema(schema["properties"][prop]))
    data = _minimal(schema)
    data[prop] = raw

    parsed = cast(_Model, _model(schema_name).from_dict(data))

    value = cast(_ForwardCompatEnum, getattr(parsed, _snake(prop)))
    assert isinstance(value, Enum)
    assert value.value == raw
    assert cast(object, value) == raw  # still a str / int, as the JSON had it
    assert value.is_known is False
    assert parsed.to_dict() == data


@pytest.mark.parametrize(
    ("schema_name", "prop"),
    [("Trade", "status"), ("Item", "error")],
)
def test_known_enum_value_is_known(schema_name: str, prop: str) -> None:
    schema = _deref(SCHEMAS[schema_name])
    known = _enum_schema(schema["properties"][prop])["enum"][0]
    data = _minimal(schema)
    data[prop] = known

    parsed = cast(_Model, _model(schema_name).from_dict(data))

    value = cast(_ForwardCompatEnum, getattr(parsed, _snake(prop)))
    assert value.value == known
    assert value.is_known is True
    assert parsed.to_dict() == data


def test_spec_has_string_and_integer_enums() -> None:
    assert any(issubclass(cls, StrEnum) for cls in ENUMS)
    assert any(issubclass(cls, IntEnum) for cls in ENUMS)


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_tolerates_unknown_values(enum_cls: type[Enum]) -> None:
    raw: str | int = UNKNOWN_INT if issubclass(enum_cls, IntEnum) else UNKNOWN_STR
    member = cast(_ForwardCompatEnum, enum_cls(raw))
    assert member.value == raw
    assert member.is_known is False
    assert cast(object, member) not in list(enum_cls)
    assert str(member) == str(raw)
    # Copies and pickles keep the raw value (a cached response, a task queue payload).
    assert copy.deepcopy(member).value == raw
    assert cast(_ForwardCompatEnum, pickle.loads(pickle.dumps(member))).value == raw  # noqa: S301

    known_values = cast(Any, enum_cls).known_values()
    assert known_values == frozenset(m.value for m in enum_cls)
    for known in enum_cls:
        assert cast(_ForwardCompatEnum, known).is_known is True
        assert enum_cls(known.value) is known


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda cls: cls.__name__)
def test_enums_still_reject_the_wrong_json_type(enum_cls: type[Enum]) -> None:
    wrong: object = "7" if issubclass(enum_cls, IntEnum) else 7
    with pytest.raises(ValueError, match="is not a valid"):
        enum_cls(wrong)
    with pytest.raises(ValueError, match="is not a valid"):
        enum_cls(None)
