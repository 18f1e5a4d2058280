"""Shared material of the overlay tests: the spec's own error tables, loaded from openapi.yaml.

The tables are read with PyYAML from the root extensions ``x-error-domains``, ``x-error-codes``
and ``x-trade-failure-codes``, so the tests check the overlay against the spec rather than against
the generated catalogue it was rendered from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from fuzzing import fuzz as fuzz  # the overlay tests import it from here

REPO_ROOT = Path(__file__).resolve().parents[2]


@cache
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def error_rows() -> list[dict[str, Any]]:
    """Every row of ``x-error-codes`` (code, key, http, domain, retryable, ...)."""
    rows = spec()["x-error-codes"]
    assert isinstance(rows, list)
    assert rows
    return rows


def domain_rows() -> list[dict[str, Any]]:
    """Every row of ``x-error-domains`` (from, to, domain, title)."""
    rows = spec()["x-error-domains"]
    assert isinstance(rows, list)
    assert rows
    return rows


def trade_failure_rows() -> list[dict[str, Any]]:
    """Every row of ``x-trade-failure-codes`` (code, level, meaning)."""
    rows = spec()["x-trade-failure-codes"]
    assert isinstance(rows, list)
    assert rows
    return rows


def known_codes() -> frozenset[int]:
    return frozenset(row["code"] for row in error_rows() if row["code"] is not None)


def known_keys() -> frozenset[str]:
    return frozenset(row["key"] for row in error_rows())


def camel(snake: str) -> str:
    """``PRICE_CHANGED`` -> ``PriceChanged``, ``two_factor`` -> ``TwoFactor``."""
    return "".join(part.capitalize() for part in snake.split("_"))


def class_name(snake: str) -> str:
    """``CamelCase(name) + "Error"``, without doubling it (``SERVER_ERROR`` -> ``ServerError``)."""
    name = camel(snake)
    return name if name.endswith("Error") else name + "Error"


# ------------------------------------------------------------------ client tests (test_client_*)
# Shared material of the tests that drive AssetPay / AsyncAssetPay over a mocked transport (respx).

import asyncio  # noqa: E402
import base64  # noqa: E402
import copy  # noqa: E402
import hashlib  # noqa: E402
import hmac  # noqa: E402
import json  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
import respx  # noqa: E402

import assetpay  # noqa: E402
from assetpay import _base_client  # noqa: E402
from assetpay import tokens as _tokens  # noqa: E402

BASE_URL = "https://api.test"
API_KEY = "ap_test_key"
API_SECRET = "test_secret"  # noqa: S105 - a test value
MERCHANT_ID = "merchant-1"
STEAM_ID = "76561198012345678"
TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=12345678&token=AbCdEfGh"
REQUEST_ID = "550e8400-e29b-41d4-a716-446655440000"


def operation_spec(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path, operation object) of ``operationId`` in openapi.yaml."""
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise KeyError(operation_id)


def example_response(operation_id: str) -> tuple[int, dict[str, Any]]:
    """The spec's own 2xx ``example`` of an operation: (status, envelope), deep-copied."""
    _, _, op = operation_spec(operation_id)
    for code, response in op["responses"].items():
        if str(code).startswith("2"):
            example = response["content"]["application/json"]["example"]
            assert isinstance(example, dict)
            return int(code), copy.deepcopy(example)
    raise KeyError(operation_id)


def example_data(operation_id: str) -> Any:
    return example_response(operation_id)[1]["data"]


def ok(data: Any, *, request_id: str | None = REQUEST_ID, status: int = 200) -> httpx.Response:
    """A success envelope answer."""
    body: dict[str, Any] = {"success": True, "data": data}
    if request_id is not None:
        body["requestId"] = request_id
    return httpx.Response(status, json=body)


def fail(
    key: str,
    code: int,
    status: int,
    *,
    headers: dict[str, str] | None = None,
    fields: dict[str, str] | None = None,
) -> httpx.Response:
    """An AssetPay error envelope answer."""
    error: dict[str, Any] = {"code": code, "key": key, "message": f"{key} (test)"}
    if fields is not None:
        error["fields"] = fields
    body = {"requestId": REQUEST_ID, "success": False, "error": error}
    return httpx.Response(status, json=body, headers=headers)


def html(status: int = 502) -> httpx.Response:
    """A proxy's error page: no AssetPay envelope."""
    return httpx.Response(
        status, text="<html><body>Bad gateway</body></html>", headers={"content-type": "text/html"}
    )


def b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def decode_jwt(
    token: str, secret: str | None = API_SECRET
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, payload) of a JWT; the HS256 signature is checked when ``secret`` is given."""
    head, payload, signature = token.split(".")
    if secret is not None:
        expected = hmac.new(
            secret.encode(), f"{head}.{payload}".encode("ascii"), hashlib.sha256
        ).digest()
        assert hmac.compare_digest(expected, b64url_decode(signature)), "bad signature"
    header = json.loads(b64url_decode(head))
    claims = json.loads(b64url_decode(payload))
    assert isinstance(header, dict)
    assert isinstance(claims, dict)
    return header, claims


def api_token(merchant_id: str = "merchant-from-api", *, exp: int = 4_102_444_800) -> str:
    """A token as the API would issue it (signed with another secret than the client's)."""
    payload = {
        "merchantId": merchant_id,
        "client": {"steamID": STEAM_ID, "tradeUrl": TRADE_URL},
        "iat": exp - 86_400,
        "exp": exp,
    }

    def enc(obj: object) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    signing_input = f"{enc({'alg': 'HS256', 'userId': merchant_id})}.{enc(payload)}"
    sig = hmac.new(b"server-secret", signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(sig).rstrip(b'=').decode()}"


def bearer(request: httpx.Request) -> str:
    value = request.headers["authorization"]
    assert value.startswith("Bearer ")
    return value.removeprefix("Bearer ")


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A respx router on BASE_URL; every request must match a route (no real network)."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False, assert_all_mocked=True) as router:
        yield router


@dataclass
class SleepLog:
    """Every wait the client asked for (sync and async), none of them really slept."""

    waits: list[float] = field(default_factory=list)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepLog:
    log = SleepLog()

    def fake_sleep(seconds: float) -> None:
        log.waits.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        log.waits.append(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(
        _base_client, "time", SimpleNamespace(sleep=fake_sleep, monotonic=lambda: 0.0)
    )
    monkeypatch.setattr(_base_client, "async_sleep", fake_async_sleep)
    return log


@dataclass
class Clock:
    """The clock of assetpay.tokens (minting ``iat`` and cache expiry)."""

    now: float = 1_772_618_400.0  # 2026-03-04T10:00:00Z

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(_tokens, "time", c)
    return c


def make_client(**kwargs: Any) -> assetpay.AssetPay:
    """A merchant client on BASE_URL with all credentials unless overridden."""
    params: dict[str, Any] = {
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "merchant_id": MERCHANT_ID,
        "base_url": BASE_URL,
        "http_client": httpx.Client(),
    }
    params.update(kwargs)
    return assetpay.AssetPay(**params)


def make_async_client(**kwargs: Any) -> assetpay.AsyncAssetPay:
    params: dict[str, Any] = {
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "merchant_id": MERCHANT_ID,
        "base_url": BASE_URL,
        "http_client": httpx.AsyncClient(),
    }
    params.update(kwargs)
    return assetpay.AsyncAssetPay(**params)


@pytest.fixture
def ap(sleeps: SleepLog) -> Iterator[assetpay.AssetPay]:
    client = make_client()
    yield client
    client.close()
    client._transport.http.close()
