"""openapi.yaml is a valid OpenAPI 3.1 document with complete operation metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from openapi_spec_validator import validate

from assetpay_catalogue.operations import OPERATIONS
from generator.spec_examples import HTTP_METHODS

CAMEL_CASE = re.compile(r"[a-z][a-zA-Z0-9]*")


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """``("GET /path", operation)`` for every operation under ``paths``."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def test_openapi_spec_validator_accepts_the_document(spec: dict[str, Any]) -> None:
    assert str(spec.get("openapi", "")).startswith("3.1.")
    validate(spec)


def test_every_operation_is_in_the_generated_index(spec: dict[str, Any]) -> None:
    found = [str(op.get("operationId")) for _, op in operations(spec)]
    assert found
    assert sorted(found) == sorted(OPERATIONS)


def test_operation_ids_are_unique_camel_case(spec: dict[str, Any]) -> None:
    ids = [str(op.get("operationId")) for _, op in operations(spec)]
    missing = [name for name, op in operations(spec) if not op.get("operationId")]
    assert not missing, f"operations without operationId: {missing}"
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate operationIds: {duplicates}"
    bad = [i for i in ids if not CAMEL_CASE.fullmatch(str(i))]
    assert not bad, f"operationIds not in camelCase: {bad}"


def test_operations_have_one_tag_summary_description_security(spec: dict[str, Any]) -> None:
    problems: list[str] = []
    for name, op in operations(spec):
        tags = op.get("tags")
        if not (isinstance(tags, list) and len(tags) == 1):
            problems.append(f"{name}: tags={tags!r} (exactly one tag expected)")
        for field in ("summary", "description"):
            if not (isinstance(op.get(field), str) and op[field].strip()):
                problems.append(f"{name}: no {field}")
        if not isinstance(op.get("security"), list):
            problems.append(f"{name}: no security list")
    assert not problems, "\n".join(problems)


def test_tags_are_declared(spec: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in spec.get("tags", [])}
    used = {tag for _, op in operations(spec) for tag in op.get("tags", [])}
    assert used <= declared, f"tags used but not declared at the root: {sorted(used - declared)}"


def test_path_and_query_parameters_have_a_schema(spec: dict[str, Any]) -> None:
    problems: list[str] = []
    for path, item in spec["paths"].items():
        shared = [deref(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            own = [deref(spec, p) for p in item[method].get("parameters", [])]
            for parameter in shared + own:
                if parameter.get("in") in ("path", "query") and not isinstance(
                    parameter.get("schema"), Mapping
                ):
                    problems.append(f"{method.upper()} {path}: parameter {parameter.get('name')}")
    assert not problems, "parameters without a schema:\n" + "\n".join(problems)


def test_no_key_split_off_by_a_flow_mapping_comma(spec: dict[str, Any]) -> None:
    """``{ description: a, b }`` in YAML is description "a" plus a stray key "b" with no value."""
    found: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if value is None and any(char.isspace() for char in str(key)):
                    found.append(f"{path}[{str(key)!r}]")
                walk(value, f"{path}.{key}" if path else str(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    walk(spec, "")
    assert not found, "keys cut off a description (quote the text):\n" + "\n".join(found)


# Operations that create a trade (or a verification) and have no idempotency key.
CREATING = {"sell", "buy", "quickBuy", "deposit", "withdraw", "quickWithdraw"}
CANCELLING = {"cancelBuy", "cancelBuyItem", "cancelWithdraw", "cancelWithdrawItem"}
KEYED = {"createMerchantCryptoWithdrawal", "createClientCryptoWithdrawal"}


def test_every_operation_states_its_retry_class(spec: dict[str, Any]) -> None:
    classes = {str(op["operationId"]): op.get("x-retry") for _, op in operations(spec)}
    assert set(classes.values()) <= {"read", "keyed", "cancel", "create"}, classes
    assert {i for i, c in classes.items() if c == "keyed"} == KEYED
    assert {i for i, c in classes.items() if c == "cancel"} == CANCELLING
    assert {i for i, c in classes.items() if c == "create"} >= CREATING
    for name, op in operations(spec):
        if op.get("x-retry") == "read":
            assert name.startswith("GET ") or op["operationId"] in {
                "authenticateClient",
                "checkTradeUrl",
            }, f"{name} is a write but marked read"


def test_trade_creating_bodies_carry_an_external_id(spec: dict[str, Any]) -> None:
    for _, op in operations(spec):
        if op["operationId"] in CREATING:
            schema = deref(spec, op["requestBody"]["content"]["application/json"]["schema"])
            assert "externalId" in schema["properties"], op["operationId"]
            assert schema["properties"]["externalId"]["maxLength"] == 128


def test_timeouts_are_positive_seconds(spec: dict[str, Any]) -> None:
    timeouts = {
        op["operationId"]: op["x-timeout"] for _, op in operations(spec) if "x-timeout" in op
    }
    assert timeouts == {"sell": 100, "deposit": 100}


def test_every_operation_with_input_documents_how_bad_input_is_answered(
    spec: dict[str, Any],
) -> None:
    # the sandbox (and AssetPay) answer bad input with 422, or 400 where 422 is not declared
    missing = [
        name
        for name, op in operations(spec)
        if (op.get("parameters") or op.get("requestBody"))
        and not {"400", "422"} & {str(status) for status in op.get("responses", {})}
    ]
    assert missing == [], f"operations with input but neither a 400 nor a 422 answer: {missing}"
