"""The client's resources follow the spec: every operation is a method (sync and async) that sends
its spec example and returns the unwrapped model -- derived from the operations index, so an
operation added to openapi.yaml is tested without editing this file.

The last test is the maintainer's experiment: copy the spec, add three operations, run the
generator into a temporary directory, and call the new methods over a mock transport.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import assetpay
from assetpay._wire import model_class
from generator.answers import _synthesize, success_data
from generator.build import load_spec
from generator.sdk import SdkOperation, SdkParam, deref, sdk_operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "openapi.yaml")
SDK = sdk_operations(SPEC)
BASE_URL = "https://api.test"
TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=39734272&token=abcdefgh"


def _operation(op_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return method, path, op
    raise LookupError(op_id)


def _request_example(op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody")
    if body is None:
        return None
    media = deref(SPEC, body)["content"]["application/json"]
    example = media.get("example")
    if example is None:
        example = _synthesize(SPEC, media["schema"])
    found: dict[str, Any] = copy.deepcopy(example)
    return found


def _param_value(param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    return _synthesize(SPEC, param["schema"])


def _arguments(sdk: SdkOperation) -> tuple[list[Any], dict[str, Any], dict[str, Any] | None]:
    """(positional, keyword, expected body) for calling ``sdk`` with its spec example."""
    _, _, op = _operation(sdk.operation_id)
    raw = {deref(SPEC, p)["name"]: deref(SPEC, p) for p in op.get("parameters", [])}
    body = _request_example(op)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in sdk.params:
        value: Any
        if param.location == "body":
            if body is None or param.wire not in body:
                continue
            value = _python_body_value(param, body[param.wire])
        elif param.wire in raw and (
            raw[param.wire].get("required") or "example" in raw[param.wire]
        ):
            value = _param_value(raw[param.wire])
        else:
            continue
        if param.positional:
            positional.append(value)
        else:
            keywords[param.name] = value
    return positional, keywords, body


def _python_body_value(param: SdkParam, value: Any) -> Any:
    if param.item_schema is not None:  # request items as the generated models
        return [model_class(param.item_schema).from_dict(item) for item in value]
    return value


def _scope(client: Any, sdk: SdkOperation) -> Any:
    owner = client if sdk.scope == "merchant" else client.with_client_token("token-for-tests")
    return owner if sdk.resource is None else getattr(owner, sdk.resource)


def _responder(sdk: SdkOperation, seen: list[httpx.Request]) -> Callable[..., httpx.Response]:
    _, _, op = _operation(sdk.operation_id)
    status = next(int(s) for s in op["responses"] if str(s).startswith("2"))
    data = success_data(SPEC, op)

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        envelope = {"requestId": "r-1", "success": True, "data": data}
        return httpx.Response(status, json=envelope)

    return respond


def _check(sdk: SdkOperation, request: httpx.Request, body: dict[str, Any] | None) -> None:
    assert request.method == sdk.http_method
    template = sdk.path
    assert request.url.path.count("/") == template.count("/")
    for fixed, sent in zip(template.split("/"), request.url.path.split("/"), strict=True):
        if not fixed.startswith("{"):
            assert fixed == sent
    if sdk.scope == "merchant" and _operation(sdk.operation_id)[2].get("security") != []:
        assert request.headers["api-key"] == "key-for-tests"
    if sdk.scope == "client":
        assert request.headers["authorization"] == "Bearer token-for-tests"
    if body is not None:
        sent = json.loads(request.content)
        for key, value in body.items():
            assert sent[key] == value, key


def _check_result(sdk: SdkOperation, result: Any) -> None:
    models = sdk.result.models
    if isinstance(result, list):
        assert all(type(row).__name__ in models for row in result)
    else:
        assert type(result).__name__ in models
    info = assetpay.meta(result)
    assert info is None or info.request_id == "r-1"


@pytest.mark.parametrize("sdk", SDK, ids=[op.operation_id for op in SDK])
def test_every_operation_sends_its_example_and_returns_its_model(sdk: SdkOperation) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_responder(sdk, seen))
    positional, keywords, body = _arguments(sdk)
    with assetpay.AssetPay(
        api_key="key-for-tests", base_url=BASE_URL, http_client=httpx.Client(transport=transport)
    ) as ap:
        result = getattr(_scope(ap, sdk), sdk.method)(*positional, **keywords)
    assert len(seen) == 1
    _check(sdk, seen[0], body)
    _check_result(sdk, result)


@pytest.mark.parametrize("sdk", SDK, ids=[op.operation_id for op in SDK])
def test_every_operation_is_awaitable_on_the_async_client(sdk: SdkOperation) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_responder(sdk, seen))
    positional, keywords, body = _arguments(sdk)

    async def go() -> Any:
        async with assetpay.AsyncAssetPay(
            api_key="key-for-tests",
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=transport),
        ) as aap:
            return await getattr(_scope(aap, sdk), sdk.method)(*positional, **keywords)

    result = asyncio.run(go())
    assert len(seen) == 1
    _check(sdk, seen[0], body)
    _check_result(sdk, result)


def test_the_api_snapshot_lists_every_operation_of_the_spec() -> None:
    snapshot = (ROOT / "generated" / "api.md").read_text(encoding="utf-8")
    for sdk in SDK:
        variables = ("ap", "aap") if sdk.scope == "merchant" else ("user", "auser")
        for variable in variables:
            owner = variable if sdk.resource is None else f"{variable}.{sdk.resource}"
            for name in filter(None, (sdk.method, sdk.iterate)):
                assert f"`{owner}.{name}(" in snapshot, f"{owner}.{name}"


# ------------------------------------------------------------------------- the experiment

NEW_PATHS = {
    "/secure/trades/{tradeId}/events": {
        "get": {
            "operationId": "listMerchantTradeEvents",
            "tags": ["trades"],
            "x-retry": "read",
            "x-sdk": {"resource": "trades", "method": "events", "iterate": "iterate_events"},
            "x-pagination": {
                "style": "cursor",
                "items": "items",
                "param": "cursor",
                "next": "nextCursor",
            },
            "summary": "The status changes of one trade",
            "security": [{"ApiKeyAuth": []}],
            "parameters": [
                {"name": "tradeId", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                },
            ],
            "responses": {
                "200": {
                    "description": "A page of events.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/EventPageEnvelope"}
                        }
                    },
                }
            },
        }
    },
    "/secure/trades/notes": {
        "post": {
            "operationId": "createTradeNote",
            "tags": ["trades"],
            "x-retry": "create",
            "x-sdk": {"resource": "trades", "method": "add_note"},
            "summary": "Attach a note to a trade",
            "security": [{"ApiKeyAuth": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/NoteRequest"}}
                },
            },
            "responses": {
                "200": {
                    "description": "The note.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NoteEnvelope"}
                        }
                    },
                }
            },
        }
    },
    "/client/rewards": {
        "get": {
            "operationId": "getClientRewards",
            "tags": ["trades"],
            "x-retry": "read",
            "x-sdk": {"resource": "rewards", "method": "get"},
            "summary": "The user's rewards",
            "security": [{"ClientToken": []}],
            "responses": {
                "200": {
                    "description": "The rewards.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NoteEnvelope"}
                        }
                    },
                }
            },
        }
    },
}


def _envelope(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["requestId", "success", "data"],
        "properties": {
            "requestId": {"type": "string"},
            "success": {"const": True},
            "data": data,
        },
    }


NEW_SCHEMAS = {
    "Event": {
        "type": "object",
        "required": ["status"],
        "properties": {"status": {"type": "string"}},
    },
    "EventPage": {
        "type": "object",
        "required": ["items", "nextCursor"],
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
            "nextCursor": {"type": ["string", "null"]},
        },
    },
    "EventPageEnvelope": _envelope({"$ref": "#/components/schemas/EventPage"}),
    "NoteRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["tradeId", "text"],
        "properties": {
            "tradeId": {"type": "string", "minLength": 1},
            "text": {"type": "string", "minLength": 1, "maxLength": 20},
        },
    },
    "Note": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    "NoteEnvelope": _envelope({"$ref": "#/components/schemas/Note"}),
}

EXPERIMENT = textwrap.dedent(
    """
    import asyncio, json
    import httpx
    import assetpay
    from assetpay.errors import APIConnectionError, RequestValidationError

    sent = []
    def respond(request):
        sent.append(request)
        if request.url.path.endswith("/events"):
            cursor = request.url.params.get("cursor")
            page = {"items": [{"status": "sent" if cursor else "pending"}],
                    "nextCursor": None if cursor else "c2"}
            return httpx.Response(200, json={"requestId": "r", "success": True, "data": page})
        if request.url.path.endswith("/notes") and len(sent) == 1:
            raise httpx.ConnectError("refused", request=request)  # never sent: retried
        return httpx.Response(200, json={"requestId": "r", "success": True,
                                         "data": {"text": "hello"}})

    ap = assetpay.AssetPay(api_key="k", base_url="https://api.test", max_retry_wait=0.01,
                           http_client=httpx.Client(transport=httpx.MockTransport(respond)))
    out = {}
    out["events"] = [e.status for e in ap.trades.iterate_events("t-1", limit=5)]
    out["events_requests"] = [str(r.url) for r in sent]
    sent.clear()
    out["note"] = ap.trades.add_note(trade_id="t-1", text="hello").text
    out["note_attempts"] = len(sent)
    sent.clear()
    try:
        ap.trades.add_note(trade_id="t-1", text="x" * 50)
    except RequestValidationError as error:
        out["refused"] = [error.key, sorted(error.fields), len(sent)]
    try:
        ap.trades.events("t-1", limit=500)
    except RequestValidationError as error:
        out["refused_query"] = [sorted(error.fields), len(sent)]
    user = ap.with_client_token("tok")
    out["rewards"] = user.rewards.get().text
    out["rewards_auth"] = sent[-1].headers["authorization"]

    async def go():
        async with assetpay.AsyncAssetPay(
            api_key="k", base_url="https://api.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(respond))) as aap:
            rows = [e.status async for e in aap.trades.iterate_events("t-2")]
            reward = await aap.with_client_token("tok").rewards.get()
            return rows, reward.text
    out["async"] = asyncio.run(go())
    print(json.dumps(out))
    """
)


@pytest.mark.slow
def test_an_operation_added_to_the_spec_becomes_a_method_with_no_other_change(
    tmp_path: Path,
) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    spec["paths"].update(NEW_PATHS)
    spec["components"]["schemas"].update(NEW_SCHEMAS)
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "generated"
    generate = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "generator", "--spec", str(spec_path), "--out", str(out), "-q"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stderr
    snapshot = (out / "api.md").read_text(encoding="utf-8")
    for method in ("ap.trades.events(", "ap.trades.iterate_events(", "aap.trades.add_note(",
                   "user.rewards.get(", "auser.rewards.get("):  # fmt: skip
        assert method in snapshot
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "overlay")])}
    run = subprocess.run(  # noqa: S603
        [sys.executable, "-c", EXPERIMENT],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["events"] == ["pending", "sent"]
    assert result["events_requests"] == [
        "https://api.test/secure/trades/t-1/events?limit=5",
        "https://api.test/secure/trades/t-1/events?limit=5&cursor=c2",
    ]
    assert result["note"] == "hello"
    assert result["note_attempts"] == 2  # the refused connection never sent it: one retry
    assert result["refused"] == ["VALIDATION_FAILED", ["text"], 0]
    assert result["refused_query"] == [["limit"], 0]
    assert result["rewards"] == "hello"
    assert result["rewards_auth"] == "Bearer tok"
    assert result["async"] == [["pending", "sent"], "hello"]


# ------------------------------------------------------------------ x-sdk.role


def _with_roles(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    change(spec)
    return spec


def _sdk_of(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                sdk: dict[str, Any] = op["x-sdk"]
                return sdk
    raise AssertionError(operation_id)


def test_the_call_flow_finds_its_operations_by_role_from_the_spec() -> None:
    from assetpay._base_client import LOOKUP_OPERATION
    from assetpay_catalogue.operations import ROLES
    from generator.sdk import ROLES as KNOWN
    from generator.sdk import roles_of

    assert roles_of(SDK) == ROLES
    assert sorted(ROLES) == sorted(KNOWN)
    assert ROLES["trade-lookup"] == LOOKUP_OPERATION


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: _sdk_of(s, "getMerchantTrades").pop("role"), "trade-lookup is on no operation"),
        (
            lambda s: _sdk_of(s, "listMerchantTrades").update(role="trade-lookup"),
            "x-sdk.role trade-lookup is already on",
        ),
        (
            lambda s: _sdk_of(s, "authenticateClient").update(role="token"),
            "x-sdk.role must be one of",
        ),
    ],
)
def test_a_role_missing_repeated_or_unknown_stops_the_generator(
    change: Callable[[dict[str, Any]], None], message: str
) -> None:
    from generator.sdk import SdkError

    with pytest.raises(SdkError, match=message):
        sdk_operations(_with_roles(change))
