"""The generated operations index agrees with openapi.yaml and with the generated modules."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

import assetpay_schema
from assetpay_catalogue.operations import OPERATIONS, Operation

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8")
)
SPEC_OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
}


def test_index_lists_every_operation_once() -> None:
    assert sorted(OPERATIONS) == sorted(SPEC_OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_row_matches_the_spec_and_the_generated_module(operation: Operation) -> None:
    method, path, op = SPEC_OPERATIONS[operation.operation_id]
    assert (operation.method, operation.path, operation.tag) == (method, path, op["tags"][0])
    assert operation.retry == op["x-retry"]
    assert operation.timeout == op.get("x-timeout")
    module = importlib.import_module(operation.module)
    envelope = getattr(importlib.import_module(operation.envelope_module), operation.envelope)
    assert envelope.__name__ == operation.envelope
    signature = inspect.signature(module.sync_detailed)
    keywords = {name for name in signature.parameters if name not in ("client", "body")}
    assert keywords == {p.python_name for p in operation.params}
    for param in operation.params:
        default = signature.parameters[param.python_name].default
        assert (default is inspect.Parameter.empty) == param.required, param
    assert ("body" in signature.parameters) == (operation.body_schema is not None)
    if operation.params_model is None:
        assert not operation.params
    else:
        model = getattr(assetpay_schema, operation.params_model)
        aliases = {f.alias or name for name, f in model.model_fields.items()}
        assert aliases == {p.name for p in operation.params}
        required = {f.alias or name for name, f in model.model_fields.items() if f.is_required()}
        assert required == {p.name for p in operation.params if p.required}
    if operation.body_schema is not None:
        assert hasattr(assetpay_schema, operation.body_schema)


def test_params_models_enforce_the_spec_constraints() -> None:
    market = assetpay_schema.GetClientMarketParams
    assert market.model_validate({"perPage": 1000}).per_page == 1000
    with pytest.raises(ValueError, match="perPage"):
        market.model_validate({"perPage": 1001})
    with pytest.raises(ValueError, match="q"):
        assetpay_schema.GetClientMarketSuggestionsParams.model_validate({})
    lookup = assetpay_schema.GetMerchantTradesParams
    assert lookup.model_validate({"tradeId": ",".join(["x"] * 100)})
    with pytest.raises(ValueError, match="tradeId"):
        lookup.model_validate({"tradeId": ",".join(["x"] * 101)})
