"""Every example in openapi.yaml validates against its schema; no required example is missing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.spec_examples import (
    HTTP_METHODS,
    ExampleResult,
    collect_examples,
    load_spec,
    validate_examples,
)

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
# 37 operations, each with at least one success example, plus request bodies, parameters,
# webhooks and schema examples: the spec has far more; a sharp drop means examples were lost.
MIN_EXAMPLES = 100

RESULTS: list[ExampleResult] = (
    validate_examples(load_spec(SPEC_PATH)) if SPEC_PATH.is_file() else []
)


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def has_example(media: Any) -> bool:
    return isinstance(media, Mapping) and ("example" in media or bool(media.get("examples")))


def json_media(spec: Mapping[str, Any], holder: Any) -> Any:
    content = deref(spec, holder).get("content") or {}
    return content.get("application/json")


@pytest.mark.parametrize("result", RESULTS, ids=[result.location for result in RESULTS])
def test_example_is_valid(result: ExampleResult) -> None:
    assert result.ok, f"{result.location}:\n" + "\n".join(result.errors)


def test_example_count_is_above_floor(spec: dict[str, Any]) -> None:
    count = len(collect_examples(spec))
    assert count >= MIN_EXAMPLES, f"only {count} examples (floor {MIN_EXAMPLES})"


def test_every_operation_has_success_and_request_examples(spec: dict[str, Any]) -> None:
    problems: list[str] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op, name = item[method], f"{method.upper()} {path}"
            success = {
                str(code): response
                for code, response in op.get("responses", {}).items()
                if str(code).startswith("2")
            }
            if not any(has_example(json_media(spec, r)) for r in success.values()):
                problems.append(f"{name}: no 2xx response with an application/json example")
            for code, response in success.items():
                content = deref(spec, response).get("content") or {}
                problems.extend(
                    f"{name}: response {code} {media_type} has no example"
                    for media_type, media in content.items()
                    if not has_example(media)
                )
            if "requestBody" in op and not has_example(json_media(spec, op["requestBody"])):
                problems.append(f"{name}: request body has no application/json example")
    assert not problems, "\n".join(problems)


def test_every_webhook_has_a_request_example(spec: dict[str, Any]) -> None:
    webhooks = spec.get("webhooks") or {}
    assert webhooks, "the document declares no webhooks"
    problems = [
        f"webhooks.{name}.{method}"
        for name, item in webhooks.items()
        for method in HTTP_METHODS
        if method in item and not has_example(json_media(spec, item[method].get("requestBody", {})))
    ]
    assert not problems, "webhooks without a request body example:\n" + "\n".join(problems)
