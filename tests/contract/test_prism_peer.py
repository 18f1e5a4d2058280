"""An independent peer: the generated client calls every operation against Prism.

Prism (``node_modules/.bin/prism``, pinned in package.json) serves ``openapi.yaml`` with
``--errors``: a request that violates the spec (parameters, body, security) is answered with an
HTTP error and an ``sl-violations`` header instead of the documented success. For every
operation under ``paths`` the generated client sends the spec's own example request (every
parameter's ``example``, the request body's media-type ``example`` through the body model's
``from_dict``) with the operation's first security scheme, and must get the documented 2xx back,
parsed into the operation's success envelope with ``success: true``. Prism also validates the
response it answers with against the schema, so the 2xx examples are checked on the way.

Both ``sync_detailed`` and ``asyncio_detailed`` are exercised. Each pytest-xdist worker starts its
own Prism on its own free port on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime
import enum
import hashlib
import hmac
import importlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import assetpay_client.models as client_models
from assetpay_client import AuthenticatedClient, Client
from assetpay_client.models import ErrorEnvelope
from assetpay_client.types import Unset

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILE = ROOT / "openapi.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

STARTUP_DEADLINE_S = 60.0
REQUEST_TIMEOUT_S = 30.0
API_KEY = "ap_test_key"  # a dummy credential for the mock
JWT_SECRET = b"prism-peer-test-secret"
LOCAL: dict[str, Any] = {"trust_env": False}  # 127.0.0.1 only: never via an environment proxy


# --- spec walking -------------------------------------------------------------------------------


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        ref: str = node["$ref"]
        assert ref.startswith("#/"), f"external $ref {ref}"
        target: Any = SPEC
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def snake(name: str) -> str:
    """camelCase / PascalCase / kebab-case -> snake_case (as openapi-python-client names things)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    scheme: str
    parameters: tuple[Mapping[str, Any], ...]
    body_example: Any  # None when the operation has no request body (or no example)
    has_body: bool
    success_code: int
    envelope: str

    @property
    def module_name(self) -> str:
        return f"assetpay_client.api.{snake(self.tag)}.{snake(self.operation_id)}"


def _operation(path: str, method: str, item: Mapping[str, Any]) -> Operation:
    op: Mapping[str, Any] = item[method]
    operation_id: str = op["operationId"]
    shared = [resolve(p) for p in item.get("parameters", [])]
    own = [resolve(p) for p in op.get("parameters", [])]
    merged = {(p["name"], p["in"]): p for p in [*shared, *own]}
    security: list[dict[str, list[str]]] = op.get("security", SPEC.get("security", []))
    # the first alternative, a single scheme; `security: []` is an unauthenticated route
    (scheme,) = security[0] if security else ("none",)
    body = resolve(op.get("requestBody"))
    body_example: Any = None
    if body is not None:
        media = body["content"]["application/json"]
        assert "example" in media, f"{operation_id}: requestBody has no media-type example"
        body_example = media["example"]
    successes = sorted(code for code in op["responses"] if str(code).startswith("2"))
    assert len(successes) == 1, f"{operation_id}: expected one 2xx response, got {successes}"
    success = resolve(op["responses"][successes[0]])
    ref: str = success["content"]["application/json"]["schema"]["$ref"]
    envelope = ref.rsplit("/", 1)[1]
    assert envelope.endswith("Envelope"), f"{operation_id}: 2xx schema {ref} is not an *Envelope"
    tags: list[str] = op.get("tags") or ["default"]
    return Operation(
        operation_id=operation_id,
        method=method,
        path=path,
        tag=tags[0],
        scheme=scheme,
        parameters=tuple(merged.values()),
        body_example=body_example,
        has_body=body is not None,
        success_code=int(successes[0]),
        envelope=envelope,
    )


def operations() -> Iterator[Operation]:
    for path, raw_item in SPEC.get("paths", {}).items():
        item = resolve(raw_item)
        for method in METHODS:
            if method in item:
                yield _operation(path, method, item)


OPERATIONS = list(operations())


# --- turning the spec's examples into keyword arguments of the generated functions ---------------


def _python_name(name: str, accepted: Mapping[str, Any]) -> str:
    """The keyword openapi-python-client gives parameter ``name`` (``type`` -> ``type_``)."""
    base = snake(name)
    for candidate in (base, f"{base}_"):
        if candidate in accepted:
            return candidate
    raise AssertionError(f"no keyword for parameter {name!r} among {sorted(accepted)}")


def _coerce(value: Any, annotation: Any) -> Any:
    """A JSON example value as the Python type the generated signature wants."""
    if value is None:
        return None
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        candidates: tuple[Any, ...] = typing.get_args(annotation)
    else:
        candidates = (annotation,)
    for kind in candidates:
        if kind is Unset or kind is type(None) or not isinstance(kind, type):
            continue
        if issubclass(kind, enum.Enum):
            return kind(value)
        if kind is datetime.datetime:
            assert isinstance(value, str)
            return datetime.datetime.fromisoformat(value)
        if kind is datetime.date:
            assert isinstance(value, str)
            return datetime.date.fromisoformat(value)
        from_dict = getattr(kind, "from_dict", None)
        if from_dict is not None:
            return from_dict(value)
    return value


def call_kwargs(operation: Operation, module: types.ModuleType) -> dict[str, Any]:
    """``sync_detailed``'s keyword arguments, built from the spec's examples."""
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    for parameter in operation.parameters:
        assert parameter["in"] in ("path", "query"), (
            f"{operation.operation_id}: {parameter['in']} parameter {parameter['name']!r}"
        )
        if "example" not in parameter:
            # an optional parameter without an example is left out; a required one must have one
            assert not parameter.get("required"), (
                f"{operation.operation_id}: required parameter {parameter['name']!r} has no example"
            )
            continue
        name = _python_name(parameter["name"], hints)
        kwargs[name] = _coerce(parameter["example"], hints[name])
    if operation.has_body:
        assert "body" in hints, f"{operation.operation_id}: sync_detailed takes no body"
        kwargs["body"] = _coerce(operation.body_example, hints["body"])
        assert not isinstance(kwargs["body"], dict), f"{operation.operation_id}: body not a model"
    return kwargs


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def client_token() -> str:
    """A client token shaped as the ClientToken scheme describes (HS256, no ``typ``)."""
    now = int(time.time())
    header = {"alg": "HS256", "userId": "merchant-uuid"}
    payload = {
        "merchantId": "merchant-uuid",
        "client": {
            "steamID": "76561198012345678",
            "tradeUrl": "https://steamcommunity.com/tradeoffer/new/?partner=12345678&token=AbCdEfGh",
        },
        "iat": now,
        "exp": now + 3600,
    }
    signing_input = ".".join(
        _b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)
    )
    signature = hmac.new(JWT_SECRET, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64url(signature)}"


def make_client(operation: Operation, base_url: str) -> Client | AuthenticatedClient:
    timeout = httpx.Timeout(REQUEST_TIMEOUT_S)
    if operation.scheme == "ApiKeyAuth":
        return Client(
            base_url=base_url, headers={"api-key": API_KEY}, timeout=timeout, httpx_args=LOCAL
        )
    if operation.scheme == "none":
        return Client(base_url=base_url, timeout=timeout, httpx_args=LOCAL)
    if operation.scheme == "ClientToken":
        return AuthenticatedClient(
            base_url=base_url, token=client_token(), timeout=timeout, httpx_args=LOCAL
        )
    raise AssertionError(f"{operation.operation_id}: unexpected first security scheme")


# --- the peer -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Prism and its process group (node forks children)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    else:  # the leader is gone; make sure nothing of its group is left
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _start(log: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    """Start Prism on a free port and wait until it answers; None if it exited early."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    argv = [
        str(PRISM), "mock", str(SPEC_FILE), "-h", "127.0.0.1", "-p", str(port), "--errors",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _stop(process)
            return None
        try:
            # any HTTP answer (404 here) means it is up; never through an environment proxy
            httpx.get(f"{base_url}/", timeout=1.0, trust_env=False)
        except httpx.TransportError:
            time.sleep(0.2)
            continue
        return process, base_url
    _stop(process)
    pytest.fail(
        f"Prism did not answer on {base_url} within {STARTUP_DEADLINE_S:.0f} s:\n"
        + log.read_text(errors="replace")
    )


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of openapi.yaml (``--errors``), one per xdist worker."""
    if not os.access(PRISM, os.X_OK) or shutil.which("node") is None:
        pytest.skip(f"{PRISM.relative_to(ROOT)} (or node) is missing: run `make test` or `npm ci`")
    logs = tmp_path_factory.mktemp("prism")
    for attempt in range(3):  # a free port can be taken between probing and Prism binding it
        log = logs / f"prism-{attempt}.log"
        started = _start(log)
        if started is not None:
            break
    else:
        pytest.fail("Prism exited before answering:\n" + log.read_text(errors="replace"))
    process, base_url = started
    try:
        yield base_url
    finally:
        _stop(process)


# --- checks -------------------------------------------------------------------------------------


def check(operation: Operation, response: Any) -> None:
    status = int(response.status_code)
    content: bytes = response.content
    headers: httpx.Headers = response.headers
    detail = (
        f"{operation.operation_id} ({operation.method.upper()} {operation.path}): HTTP {status}\n"
        f"sl-violations: {headers.get('sl-violations')}\n"
        f"{content.decode(errors='replace')}"
    )
    assert status == operation.success_code, detail
    assert "sl-violations" not in headers, detail
    envelope: type[Any] = getattr(client_models, operation.envelope)
    assert isinstance(response.parsed, envelope), detail
    assert response.parsed.success is True, detail


def test_every_operation_is_covered() -> None:
    ids = [op.operation_id for op in OPERATIONS]
    assert len(ids) == len(set(ids))
    declared = sum(method in resolve(item) for item in SPEC["paths"].values() for method in METHODS)
    assert len(OPERATIONS) == declared > 0


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.operation_id)
def test_sync_detailed_against_prism(operation: Operation, prism: str) -> None:
    module = importlib.import_module(operation.module_name)
    kwargs = call_kwargs(operation, module)
    with make_client(operation, prism) as client:
        response = module.sync_detailed(client=client, **kwargs)
    check(operation, response)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.operation_id)
def test_asyncio_detailed_against_prism(operation: Operation, prism: str) -> None:
    module = importlib.import_module(operation.module_name)
    kwargs = call_kwargs(operation, module)

    async def call() -> Any:
        async with make_client(operation, prism) as client:
            return await module.asyncio_detailed(client=client, **kwargs)

    check(operation, asyncio.run(call()))


# --- the peer is not a pushover: violations do come back as errors -----------------------------


def test_prism_rejects_a_parameter_violation(prism: str) -> None:
    from assetpay_client.api.market import get_prices

    api_key = AuthenticatedClient(
        base_url=prism, token=API_KEY, prefix="", auth_header_name="api-key", httpx_args=LOCAL
    )
    with api_key as client:
        response = get_prices.sync_detailed(client=client, game=0)  # minimum: 1
    assert response.status_code in (400, 422), response.content
    assert "sl-violations" in response.headers


def test_prism_rejects_the_wrong_credential(prism: str) -> None:
    """A bearer token where the operation wants ``api-key`` is refused (security is checked)."""
    from assetpay_client.api.market import get_prices

    with AuthenticatedClient(base_url=prism, token=API_KEY, httpx_args=LOCAL) as client:
        response = get_prices.sync_detailed(client=client, game=730)
    assert response.status_code == 401, response.content
    assert "sl-violations" in response.headers
    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.success is False
