"""The request validators written as data (``assetpay_catalogue.validators``) decide like the
pydantic models they were taken from (generator/core_schemas.py).

For every request model: the spec's examples of its body, and generated JSON objects built from
the model's own field names with values of every JSON kind, get the same verdict and the same
errors (type, location, message) from both. Two error types are renamed by construction and
compared as such: an enum's ``enum`` is the literal's ``literal_error`` (same message), and a
model's ``model_type`` is the typed dict's ``dict_type`` (same message).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator

import assetpay_schema
from assetpay_catalogue.operations import OPERATIONS
from assetpay_catalogue.validators import SCHEMAS
from generator.spec_examples import collect_examples, load_spec

ROOT = Path(__file__).resolve().parents[2]
NAMES = sorted(SCHEMAS)
RENAMED = {"enum": "literal_error", "model_type": "dict_type"}
Errors = list[tuple[str, tuple[str | int, ...], str]] | None


def _model(name: str) -> type[BaseModel]:
    model: type[BaseModel] = getattr(assetpay_schema, name)
    return model


def _errors_of_model(name: str, text: str) -> Errors:
    try:
        _model(name).model_validate_json(text, strict=True)
    except ValidationError as exc:
        return [
            (RENAMED.get(e["type"], e["type"]), tuple(e["loc"]), e["msg"])
            for e in exc.errors(include_url=False)
        ]
    return None


_VALIDATORS: dict[str, SchemaValidator] = {}


def _errors_of_core(name: str, text: str) -> Errors:
    validator = _VALIDATORS.get(name) or _VALIDATORS.setdefault(
        name, SchemaValidator(SCHEMAS[name])
    )
    try:
        validator.validate_json(text, strict=True)
    except ValidationError as exc:
        return [(e["type"], tuple(e["loc"]), e["msg"]) for e in exc.errors(include_url=False)]
    return None


def test_every_operations_params_and_body_model_has_a_validator_and_nothing_else() -> None:
    wanted = {
        name for op in OPERATIONS.values() for name in (op.params_model, op.body_schema) if name
    }
    assert set(SCHEMAS) == wanted


def test_the_validators_hold_data_only() -> None:
    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert value is None or type(value) in (str, int, float, bool), repr(value)

    walk(SCHEMAS)


def _body_examples() -> list[tuple[str, Any]]:
    spec = load_spec(ROOT / "openapi.yaml")
    by_route = {(op.path, op.method.lower()): op for op in OPERATIONS.values()}
    found = []
    for example in collect_examples(spec):
        if not example.location.startswith("paths.") or ".requestBody." not in example.location:
            continue
        route = example.location.removeprefix("paths.").split(".requestBody.")[0]
        path, method = route.rsplit(".", 1)
        op = by_route[(path, method)]
        assert op.body_schema, example.location
        found.append((op.body_schema, example.value))
    return found


BODY_EXAMPLES = _body_examples()


def test_there_are_body_examples_to_compare() -> None:
    assert len({name for name, _ in BODY_EXAMPLES}) >= 2


@pytest.mark.parametrize(("name", "value"), BODY_EXAMPLES, ids=[n for n, _ in BODY_EXAMPLES])
def test_the_spec_examples_get_the_same_verdict_and_errors(name: str, value: Any) -> None:
    text = json.dumps(value)
    assert _errors_of_core(name, text) == _errors_of_model(name, text)


_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "730", "252490", "x" * 300, "abcdef", "2026-03-04T10:00:00Z", "a,b"]),
    st.text(max_size=12),
)
_json = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


@st.composite
def _request(draw: st.DrawFn) -> tuple[str, str]:
    """A JSON object for one request model: some of its wire names, any values, maybe extras."""
    name = draw(st.sampled_from(NAMES))
    fields = _model(name).model_fields
    wire = [field.alias or key for key, field in fields.items()]
    chosen = draw(st.lists(st.sampled_from(wire), unique=True)) if wire else []
    body: dict[str, Any] = {key: draw(_json) for key in chosen}
    if draw(st.booleans()):
        body.update(draw(st.dictionaries(st.text(max_size=5), _json, max_size=2)))
    return name, json.dumps(body)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_request())
def test_generated_requests_get_the_same_verdict_and_errors(case: tuple[str, str]) -> None:
    name, text = case
    assert _errors_of_core(name, text) == _errors_of_model(name, text)


@pytest.mark.parametrize("text", ["[]", "1", '"x"', "null"])
def test_a_body_that_is_not_an_object_gets_the_same_message(text: str) -> None:
    for name in NAMES:
        assert _errors_of_core(name, text) == _errors_of_model(name, text)


def test_checking_a_request_imports_neither_pydantic_nor_the_schema_models() -> None:
    code = (
        "import sys\n"
        "from assetpay.validation import validate_withdraw_request\n"
        "from assetpay.errors import RequestValidationError\n"
        "validate_withdraw_request({'items': [{'itemId': 'abcdef', 'price': 1.5}]})\n"
        "try:\n"
        "    validate_withdraw_request({'items': []})\n"
        "except RequestValidationError as exc:\n"
        "    print(exc.key)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'assetpay_schema')))\n"
    )
    done = subprocess.run(  # noqa: S603 - our interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == ["MISSING_ITEMS", "[]"]
