"""Settings are checked when the client is built, per-call options before anything is sent.

Everything refused is a ``ConfigurationError`` (an ``AssetPayError``) that names the setting at
fault and is never ambiguous: no request reached AssetPay.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest
import respx

import assetpay
from assetpay import _base_client, errors

from .conftest import (
    API_KEY,
    BASE_URL,
    STEAM_ID,
    TRADE_URL,
    SleepLog,
    example_response,
    make_async_client,
    make_client,
)

# (constructor keywords, a word the message must contain)
BAD_SETTINGS: list[tuple[dict[str, Any], str]] = [
    ({"api_key": 123}, "api_key"),
    ({"api_key": b"ap_bytes"}, "api_key"),
    ({"api_key": "ap_kéy"}, "api_key"),
    ({"api_key": "ap key"}, "api_key"),
    ({"api_key": "ap_key\r\nx-injected: 1"}, "api_key"),
    ({"api_secret": 42}, "api_secret"),
    ({"merchant_id": 7}, "merchant_id"),
    ({"base_url": "http://[::1"}, "base_url"),
    ({"base_url": "ftp://x"}, "base_url"),
    ({"base_url": "https://"}, "base_url"),
    ({"base_url": "https://api.test/?x=1"}, "base_url"),
    ({"base_url": None}, "base_url"),
    ({"base_url": "http://api.test:99999"}, "base_url"),
    ({"timeout": 0}, "timeout"),
    ({"timeout": -1}, "timeout"),
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": math.inf}, "timeout"),
    ({"timeout": "30"}, "timeout"),
    ({"timeout": True}, "timeout"),
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": 1.5}, "max_retries"),
    ({"max_retries": 10**6}, "max_retries"),
    ({"max_retries": False}, "max_retries"),
    ({"max_retry_wait": -1}, "max_retry_wait"),
    ({"max_retry_wait": math.nan}, "max_retry_wait"),
    ({"max_retry_wait": "5"}, "max_retry_wait"),
    ({"reconcile": "yes"}, "reconcile"),
    ({"http_client": "<an httpx.AsyncClient>"}, "http_client"),
    ({"http_client": "<an object>"}, "http_client"),
]


def built(kwargs: dict[str, Any], *, sync: bool = True) -> dict[str, Any]:
    """The keywords with placeholders for objects replaced (ids stay the same in every worker)."""
    objects: dict[str, Any] = {
        "<an httpx.AsyncClient>": httpx.AsyncClient() if sync else httpx.Client(),
        "<an object>": object(),
    }
    return {key: objects.get(value, value) if isinstance(value, str) else value
            for key, value in kwargs.items()}  # fmt: skip


def balance_answer() -> httpx.Response:
    status, envelope = example_response("getWalletBalance")
    return httpx.Response(status, json=envelope)


def _id(case: tuple[dict[str, Any], str]) -> str:
    return ",".join(f"{key}={value!r}"[:40] for key, value in case[0].items())


@pytest.mark.parametrize(("kwargs", "word"), BAD_SETTINGS, ids=[_id(c) for c in BAD_SETTINGS])
def test_a_bad_setting_is_refused_when_the_client_is_built(
    kwargs: dict[str, Any], word: str
) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        make_client(**built(kwargs))
    assert word in str(caught.value)
    assert caught.value.ambiguous is False


@pytest.mark.parametrize(("kwargs", "word"), BAD_SETTINGS, ids=[_id(c) for c in BAD_SETTINGS])
def test_the_async_client_refuses_the_same_settings(kwargs: dict[str, Any], word: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        make_async_client(**built(kwargs, sync=False))
    assert word in str(caught.value)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_url": "http://[::1]:8787"},
        {"base_url": "http://127.0.0.1:8787/"},
        {"base_url": "https://api.test/prefix"},
        {"timeout": 0.001},
        {"max_retries": 0},
        {"max_retry_wait": 0},
        {"api_key": None, "api_secret": None, "merchant_id": None},
        {"api_key": ""},
    ],
)
def test_good_settings_are_accepted(kwargs: dict[str, Any]) -> None:
    make_client(**kwargs).close()


def test_configuration_error_lives_in_assetpay_errors() -> None:
    assert errors.ConfigurationError is assetpay.ConfigurationError
    assert errors.ConfigurationError is _base_client.ConfigurationError
    assert issubclass(errors.ConfigurationError, errors.AssetPayError)
    assert "ConfigurationError" in errors.__all__
    assert "ConfigurationError" in (errors.__doc__ or "")


# ------------------------------------------------------------------ per-call options

# (per-call keywords, a word the message must contain)
BAD_OPTIONS: list[tuple[dict[str, Any], str]] = [
    ({"timeout": -1}, "timeout"),
    ({"timeout": 0}, "timeout"),
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": "5"}, "timeout"),
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": 2.0}, "max_retries"),
    ({"extra_headers": {"x-note": "naïve ✓"}}, "extra_headers"),
    ({"extra_headers": {"x-note": "café"}}, "extra_headers"),
    ({"extra_headers": {"x-note": "a\r\nx-injected: 1"}}, "extra_headers"),
    ({"extra_headers": {"x-note\n": "a"}}, "extra_headers"),
    ({"extra_headers": {"x note": "a"}}, "extra_headers"),
    ({"extra_headers": {"": "a"}}, "extra_headers"),
    ({"extra_headers": {b"x-bytes": "a"}}, "extra_headers"),
    ({"extra_headers": {"x-number": 5}}, "extra_headers"),
    ({"extra_headers": [("x-note", "a")]}, "extra_headers"),
]


@pytest.mark.parametrize(("options", "word"), BAD_OPTIONS, ids=[_id(c) for c in BAD_OPTIONS])
def test_a_bad_per_call_option_is_refused_before_anything_is_sent(
    api: respx.MockRouter, sleeps: SleepLog, options: dict[str, Any], word: str
) -> None:
    route = api.get("/v1/wallets/me/balance").mock(return_value=balance_answer())
    with make_client() as ap, pytest.raises(errors.ConfigurationError) as caught:
        ap.wallet.balance(**options)
    assert word in str(caught.value)
    assert caught.value.ambiguous is False
    assert route.call_count == 0


@pytest.mark.parametrize(
    ("options", "word"), BAD_OPTIONS[:8], ids=[_id(c) for c in BAD_OPTIONS[:8]]
)
def test_a_bad_option_on_a_create_is_not_ambiguous_and_is_not_reconciled(
    api: respx.MockRouter, sleeps: SleepLog, options: dict[str, Any], word: str
) -> None:
    with make_client(reconcile=True) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        with pytest.raises(errors.ConfigurationError) as caught:
            user.trades.withdraw(
                items=[{"item_id": "0cabcab6d22d2281", "price": 10.0}],
                external_id="wd-options",
                **options,
            )
    assert word in str(caught.value)
    assert caught.value.ambiguous is False
    assert len(api.calls) == 0


def test_the_async_client_checks_per_call_options_too(
    api: respx.MockRouter, sleeps: SleepLog
) -> None:
    async def run() -> None:
        async with make_async_client() as aap:
            with pytest.raises(errors.ConfigurationError):
                await aap.wallet.balance(extra_headers={"x-note": "é\n"})

    asyncio.run(run())
    assert len(api.calls) == 0


def test_good_extra_headers_are_sent_as_given(api: respx.MockRouter, sleeps: SleepLog) -> None:
    route = api.get("/v1/wallets/me/balance").mock(return_value=balance_answer())
    with make_client() as ap:
        ap.wallet.balance(extra_headers={"X-Shop": "shop\tno 1"}, timeout=2, max_retries=0)
    sent = route.calls.last.request
    assert sent.headers["x-shop"] == "shop\tno 1"
    assert sent.headers["api-key"] == API_KEY
    assert sent.extensions["timeout"]["read"] == 2.0


def test_the_base_url_of_an_ipv6_host_is_used_as_given(sleeps: SleepLog) -> None:
    with respx.mock(base_url="http://[::1]:8787", assert_all_mocked=True) as router:
        route = router.get("/v1/wallets/me/balance").mock(return_value=balance_answer())
        with make_client(base_url="http://[::1]:8787/") as ap:
            ap.wallet.balance()
    assert str(route.calls.last.request.url) == "http://[::1]:8787/v1/wallets/me/balance"
    assert BASE_URL not in str(route.calls.last.request.url)
