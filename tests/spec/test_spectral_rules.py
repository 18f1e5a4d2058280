"""The project's Spectral rules (.spectral.yaml) report what they should, and openapi.yaml is clean.

Each broken document below is a small valid OpenAPI 3.1 document with one defect; Spectral runs
once over all of them and each must be reported under the expected rule.
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECTRAL = REPO_ROOT / "node_modules" / ".bin" / "spectral"
RULESET = REPO_ROOT / ".spectral.yaml"

Document = dict[str, Any]
Finding = dict[str, Any]

UUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
TRADE = {"id": "abc", "createdAt": "2024-01-01T00:00:00Z"}


def envelope(data: Any) -> dict[str, Any]:
    return {"requestId": UUID, "success": True, "data": data}


def base_document() -> Document:
    """A small document that follows every project convention (no findings)."""
    json_body = {"schema": {"$ref": "#/components/schemas/Trade"}, "example": TRADE}
    success = {
        "schema": {"$ref": "#/components/schemas/TradeEnvelope"},
        "example": envelope(TRADE),
    }
    error_body = {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Gate fixture",
            "version": "1.0.0",
            "description": "Smallest document that satisfies the ruleset.",
            "contact": {"name": "maintainers", "url": "https://example.com"},
        },
        "servers": [{"url": "https://api.example.com"}],
        "tags": [{"name": "trades", "description": "Trades."}],
        "paths": {
            "/trades/{tradeId}": {
                "get": {
                    "operationId": "getTrade",
                    "tags": ["trades"],
                    "summary": "Get a trade",
                    "description": "Returns one trade.",
                    "security": [{"ApiKey": []}],
                    "parameters": [
                        {
                            "name": "tradeId",
                            "in": "path",
                            "required": True,
                            "description": "Trade id.",
                            "schema": {"type": "string", "format": "uuid"},
                            "example": UUID,
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The trade.",
                            "content": {"application/json": success},
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                }
            },
            "/trades": {
                "post": {
                    "operationId": "createTrade",
                    "tags": ["trades"],
                    "summary": "Create a trade",
                    "description": "Creates a trade.",
                    "security": [{"ApiKey": []}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": copy.deepcopy(json_body)},
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {"application/json": success},
                        },
                        "400": {"$ref": "#/components/responses/BadRequest"},
                    },
                }
            },
        },
        "webhooks": {
            "tradeUpdated": {
                "post": {
                    "operationId": "tradeUpdated",
                    "tags": ["trades"],
                    "summary": "Trade updated",
                    "description": "Sent when a trade changes.",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": copy.deepcopy(json_body)},
                    },
                    "responses": {"200": {"description": "Acknowledged."}},
                }
            }
        },
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "api-key"}},
            "responses": {
                name: {
                    "description": f"{name}.",
                    "content": {"application/json": copy.deepcopy(error_body)},
                }
                for name in ("NotFound", "BadRequest")
            },
            "schemas": {
                "Trade": {
                    "type": "object",
                    "required": ["id", "createdAt"],
                    "properties": {
                        "id": {"type": "string"},
                        "createdAt": {"type": "string", "format": "date-time"},
                    },
                },
                "TradeEnvelope": {
                    "type": "object",
                    "required": ["requestId", "success", "data"],
                    "properties": {
                        "requestId": {"type": "string", "format": "uuid"},
                        "success": {"const": True},
                        "data": {"$ref": "#/components/schemas/Trade"},
                    },
                },
                "ErrorEnvelope": {
                    "title": "ErrorEnvelope",
                    "type": "object",
                    "required": ["requestId", "success", "error"],
                    "properties": {
                        "requestId": {"type": "string"},
                        "success": {"const": False},
                        "error": {
                            "type": "object",
                            "required": ["code", "key", "message"],
                            "properties": {
                                "code": {"type": "integer"},
                                "key": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    }


def get_trade(doc: Document) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"]["/trades/{tradeId}"]["get"]
    return operation


def create_trade(doc: Document) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"]["/trades"]["post"]
    return operation


def webhook(doc: Document) -> dict[str, Any]:
    operation: dict[str, Any] = doc["webhooks"]["tradeUpdated"]["post"]
    return operation


def _no_title_error_envelope(doc: Document) -> None:
    del doc["components"]["schemas"]["ErrorEnvelope"]["title"]


def _inline_error(doc: Document) -> None:
    get_trade(doc)["responses"]["404"] = {
        "description": "Plain error.",
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
            }
        },
    }


def _error_without_body(doc: Document) -> None:
    create_trade(doc)["responses"]["500"] = {"description": "No body."}


def _no_success_example(doc: Document) -> None:
    del get_trade(doc)["responses"]["200"]["content"]["application/json"]["example"]


def _stray_schema_key(doc: Document) -> None:
    # what `{ type: string, description: Trade id (a, b). }` parses to in YAML
    doc["components"]["schemas"]["Trade"]["properties"]["id"] = {
        "type": "string",
        "description": "Trade id (a",
        "b).": None,
    }


Mutation = Callable[[Document], None]

# name -> (defect, rules that must report it; None = the document must stay clean)
CASES: dict[str, tuple[Mutation, set[str] | None]] = {
    "valid": (lambda doc: None, None),
    "error-envelope-without-title": (_no_title_error_envelope, None),
    "missing-operation-id": (
        lambda doc: get_trade(doc).pop("operationId"),
        {"assetpay-operation-id"},
    ),
    "operation-id-not-camel-case": (
        lambda doc: get_trade(doc).update(operationId="Get_trade"),
        {"assetpay-operation-id"},
    ),
    "two-tags": (
        lambda doc: get_trade(doc).update(tags=["trades", "more"]),
        {"assetpay-operation-one-tag"},
    ),
    "no-tags": (lambda doc: get_trade(doc).pop("tags"), {"assetpay-operation-one-tag"}),
    "no-summary": (lambda doc: get_trade(doc).pop("summary"), {"assetpay-operation-summary"}),
    "no-description": (
        lambda doc: get_trade(doc).pop("description"),
        {"assetpay-operation-description"},
    ),
    "no-security": (lambda doc: get_trade(doc).pop("security"), {"assetpay-operation-security"}),
    "4xx-without-error-envelope": (_inline_error, {"assetpay-error-envelope"}),
    "5xx-without-body": (_error_without_body, {"assetpay-error-envelope"}),
    "no-success-example": (
        _no_success_example,
        {"assetpay-success-example", "assetpay-response-media-example"},
    ),
    "no-request-example": (
        lambda doc: create_trade(doc)["requestBody"]["content"]["application/json"].pop("example"),
        {"assetpay-request-example"},
    ),
    "no-webhook-example": (
        lambda doc: webhook(doc)["requestBody"]["content"]["application/json"].pop("example"),
        {"assetpay-webhook-example"},
    ),
    "stray-schema-key": (_stray_schema_key, {"assetpay-schema-keywords"}),
    "no-webhook-body": (
        lambda doc: webhook(doc).pop("requestBody"),
        {"assetpay-webhook-request-body"},
    ),
}


def run_spectral(*documents: Path) -> list[Finding]:
    if not SPECTRAL.exists():
        pytest.skip("Spectral is not installed (node_modules missing): run `make test` or `npm ci`")
    completed = subprocess.run(  # noqa: S603 - fixed executable, paths we created
        [
            str(SPECTRAL),
            "lint",
            *map(str, documents),
            "--ruleset",
            str(RULESET),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
        timeout=300,
    )
    start = completed.stdout.find("[")
    if start < 0:
        pytest.fail(f"Spectral gave no JSON (exit {completed.returncode}):\n{completed.stderr}")
    # Spectral prints the JSON array, then (when it is empty) a plain-text "No results" line.
    findings: list[Finding]
    findings, _ = json.JSONDecoder().raw_decode(completed.stdout, start)
    return findings


@pytest.fixture(scope="module")
def findings_by_case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    directory = tmp_path_factory.mktemp("spectral-cases")
    paths: dict[str, Path] = {}
    for name, (mutate, _) in CASES.items():
        doc = base_document()
        mutate(doc)
        paths[name] = directory / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    findings = run_spectral(*paths.values())
    by_case: dict[str, list[Finding]] = {name: [] for name in CASES}
    for finding in findings:
        by_case[Path(finding["source"]).stem].append(finding)
    return by_case


def describe(findings: list[Finding]) -> str:
    return "\n".join(
        f"{f['code']} at {'.'.join(map(str, f['path']))}: {f['message']}" for f in findings
    )


@pytest.mark.parametrize("case", list(CASES))
def test_rule_reports_the_defect(case: str, findings_by_case: dict[str, list[Finding]]) -> None:
    expected = CASES[case][1]
    findings = findings_by_case[case]
    if expected is None:
        assert not findings, describe(findings)
    else:
        reported = {f["code"] for f in findings if f["severity"] == 0}  # 0 = error
        assert expected <= reported, describe(findings)
        assert all(f["code"] in expected or not f["code"].startswith("assetpay-") for f in findings)


def test_real_spec_has_no_findings() -> None:
    spec = REPO_ROOT / "openapi.yaml"
    assert spec.is_file(), "openapi.yaml is missing"
    findings = run_spectral(spec)
    assert not findings, describe(findings)
