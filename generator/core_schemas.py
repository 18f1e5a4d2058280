"""Request validators as plain data: ``assetpay_catalogue/validators.py`` (``make client``).

The overlay checks every request body and every operation's parameters against the spec's
constraints before sending. Doing that with the generated pydantic models meant importing
pydantic and defining all of ``assetpay_schema`` on the first call of a process -- most of the
cost from ``import assetpay`` to the first result, which a serverless handler pays on every cold
start. The checks need no model instances, only pydantic-core's verdict and errors, so this step
takes each request model's own core schema (what pydantic compiled from the generated model, so
the constraints are the same by construction) and writes it out as plain data:

- a model becomes a ``typed-dict`` with the same fields, aliases, required-ness and
  extra-fields rule; a root model becomes its root's schema;
- an enum becomes a ``literal`` of its values (the error type is ``literal_error`` instead of
  ``enum``; the message is the same);
- defaults become their JSON value, metadata and serialisation details are dropped, and the
  per-process ids in references are removed, so the output is deterministic.

The overlay builds one ``pydantic_core.SchemaValidator`` per schema when first used.
tests/contract/test_core_validators.py checks every written schema against its pydantic model.
Run: ``python -m generator.core_schemas <stage dir>`` (the dir holding the generated packages);
prints the module's text.
"""

from __future__ import annotations

import enum
import importlib
import os
import pprint
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# keys of a core schema whose value is a schema, or a list of schemas
_SCHEMA_KEYS = frozenset(
    {"schema", "items_schema", "keys_schema", "values_schema", "lax_schema", "strict_schema",
     "json_schema", "python_schema", "return_schema"}
)  # fmt: skip
_SCHEMA_LIST_KEYS = frozenset({"choices", "steps", "definitions", "items_schema"})
_DROPPED_KEYS = frozenset({"metadata", "serialization", "cls", "custom_init", "post_init"})
_CONFIG_KEYS = ("extra_fields_behavior", "strict", "regex_engine", "str_strip_whitespace")


class CoreSchemaError(RuntimeError):
    """A core schema holds something that cannot be written as data (e.g. a function)."""


def _ref(ref: str) -> str:
    """``assetpay_schema.WithdrawItem:140234`` -> ``WithdrawItem`` (ids differ per process)."""
    return ref.split(":", 1)[0].rsplit(".", 1)[-1]


def _value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _value(item) for key, item in value.items()}
    raise CoreSchemaError(f"cannot write {type(value).__name__} {value!r} as data")


def _config(config: dict[str, Any]) -> dict[str, Any]:
    return {key: config[key] for key in _CONFIG_KEYS if key in config}


def plain(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of the core schema ``schema`` that holds only data (see the module docstring)."""
    kind = schema["type"]
    if kind == "model":
        inner = schema["schema"]
        if schema.get("root_model"):
            return plain(inner)  # the root value itself; errors carry no "root" location
        fields: dict[str, Any] = {}
        for name, field in inner["fields"].items():
            out: dict[str, Any] = {
                "type": "typed-dict-field",
                "schema": plain(field["schema"]),
                "required": field["schema"]["type"] != "default",
            }
            if "validation_alias" in field:
                out["validation_alias"] = field["validation_alias"]
            fields[name] = out
        config = _config(schema.get("config", {}))
        typed: dict[str, Any] = {"type": "typed-dict", "fields": fields, "config": config}
        if "extra_fields_behavior" in config:
            typed["extra_behavior"] = config["extra_fields_behavior"]
        if "ref" in schema:
            typed["ref"] = _ref(schema["ref"])
        return typed
    if kind == "enum":
        literal: dict[str, Any] = {
            "type": "literal",
            "expected": [_value(member) for member in schema["members"]],
        }
        if "ref" in schema:
            literal["ref"] = _ref(schema["ref"])
        return literal
    if kind in ("function-plain", "function-before", "function-after", "function-wrap"):
        raise CoreSchemaError(f"a {kind} validator cannot be written as data")
    out = {}
    for key, value in schema.items():
        if key in _DROPPED_KEYS:
            continue
        if key in ("ref", "schema_ref"):
            out[key] = _ref(value)
        elif key in _SCHEMA_LIST_KEYS and isinstance(value, list):
            out[key] = [plain(item) if isinstance(item, dict) else _value(item) for item in value]
        elif key in _SCHEMA_KEYS and isinstance(value, dict):
            out[key] = plain(value)
        elif key == "choices" and isinstance(value, dict):  # tagged union
            out[key] = {str(tag): plain(choice) for tag, choice in value.items()}
        else:
            out[key] = _value(value)
    return out


def request_models() -> list[str]:
    """The models the overlay validates requests with: every operation's params and body."""
    operations = importlib.import_module("assetpay_catalogue.operations").OPERATIONS
    names: set[str] = set()
    for op in operations.values():
        names.update(name for name in (op.params_model, op.body_schema) if name)
    return sorted(names)


def render() -> str:
    schema_module = importlib.import_module("assetpay_schema")
    schemas = {}
    for name in request_models():
        model = getattr(schema_module, name)
        model.model_rebuild()
        schemas[name] = plain(model.__pydantic_core_schema__)
    body = pprint.pformat(schemas, indent=1, width=100, sort_dicts=False)
    return (
        '"""Request validators as plain pydantic-core schemas (generator/core_schemas.py).\n\n'
        "One per request model of assetpay_schema (operation params and bodies), built into a\n"
        "``pydantic_core.SchemaValidator`` by assetpay.validation when first used.\n"
        '"""\n\n'
        "from typing import Any\n\n"
        f"SCHEMAS: dict[str, dict[str, Any]] = {body}\n"
    )


def write(stage: Path, package: str) -> None:
    """Write ``<stage>/<package>/validators.py`` from the packages generated into ``stage``.

    Runs in a fresh interpreter: the generated packages are imported from ``stage``, never from
    an installed copy, and nothing stays imported in the generator's process.
    """
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(  # noqa: S603 - our interpreter, our module, fixed arguments
        [sys.executable, "-m", "generator.core_schemas", str(stage)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise CoreSchemaError(f"core schemas failed:\n{done.stderr.strip()}")
    (stage / package / "validators.py").write_text(done.stdout, encoding="utf-8", newline="\n")


def main(argv: list[str]) -> int:
    sys.path.insert(0, argv[0])
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
