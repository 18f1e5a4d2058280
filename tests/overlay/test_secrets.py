"""No error path leaves a credential where an error tracker looks: the locals of every frame.

Each failure below is produced for real (a closed port, a server that hangs up or never answers,
answers AssetPay would refuse, bad arguments), and its whole traceback, causes included, is
formatted with ``capture_locals=True`` -- what Sentry-like trackers record. The API key, the API
secret, client tokens, webhook secrets (and their bytes) and valid signatures must not appear.
httpx's own INFO log line of an inventory call must not show the user's Steam trade token.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from raw_servers import closed_port, raw_server

import assetpay
from assetpay import errors, webhooks
from assetpay._secret import Secret, SecretHeader
from assetpay.webhooks import WebhookConfigurationError, WebhookVerificationError

from .conftest import STEAM_ID, TRADE_URL, api_token

KEY = "ap_live_KEYSENTINEL0123456789"
SECRET = "api-secret-SECRETSENTINEL-0123"  # noqa: S105 - a test value
FIXED_TOKEN = api_token("merchant-TOKENSENTINEL")
WEBHOOK_SECRET = "whsec-WEBHOOKSENTINEL-0123"  # noqa: S105 - a test value
MERCHANT = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


TESTS = str(Path(__file__).resolve().parents[1])


def formatted(error: BaseException) -> str:
    """What an error tracker records: every frame's locals and every message, causes included.

    Frames of these tests are left out: the caller's own variables hold what the caller passed.
    """
    exception: traceback.TracebackException | None = traceback.TracebackException(
        type(error), error, error.__traceback__, capture_locals=True
    )
    parts: list[str] = []
    seen: set[int] = set()
    while exception is not None and id(exception) not in seen:
        seen.add(id(exception))
        parts.extend(exception.format_exception_only())
        for frame in exception.stack:
            if not str(Path(frame.filename).resolve()).startswith(TESTS):
                parts.append(f"{frame.filename}:{frame.lineno} {frame.name}\n")
                parts.extend(f"  {k} = {v}\n" for k, v in (frame.locals or {}).items())
        context = None if exception.__suppress_context__ else exception.__context__
        exception = exception.__cause__ or context
    return "".join(parts)


def assert_clean(error: BaseException, *secrets: str) -> None:
    text = formatted(error)
    assert "assetpay" in text  # the library's frames were looked at
    for secret in (KEY, SECRET, FIXED_TOKEN, *secrets):
        assert secret not in text
        assert repr(secret.encode()) not in text
        # a token split over a header's value or a repr cut in pieces still shows its middle
        assert secret[len(secret) // 3 : 2 * len(secret) // 3] not in text


# ------------------------------------------------------------------ real servers on 127.0.0.1


def client(base_url: str, **kwargs: Any) -> assetpay.AssetPay:
    settings: dict[str, Any] = {
        "api_key": KEY,
        "api_secret": SECRET,
        "merchant_id": MERCHANT,
        "base_url": base_url,
        "max_retries": 0,
        "timeout": 0.5,
    }
    settings.update(kwargs)
    return assetpay.AssetPay(**settings)


Call = Callable[[assetpay.AssetPay], object]


def failure(action: Call, ap: assetpay.AssetPay) -> errors.AssetPayError:
    """The error ``action`` raises; its traceback starts in this frame, not in the test's."""
    try:
        action(ap)
    except errors.AssetPayError as error:
        return error
    raise AssertionError("the call did not fail")


CALLS: dict[str, Call] = {
    "merchant call (api-key)": lambda ap: ap.wallet.balance(),
    "client call (minted token)": lambda ap: ap.as_client(STEAM_ID, TRADE_URL).trades.list(),
    "client call (caller's token)": lambda ap: ap.with_client_token(FIXED_TOKEN).trades.list(),
    "trade-creating call with reconcile": lambda ap: ap.with_client_token(
        FIXED_TOKEN
    ).trades.withdraw(
        items=[{"item_id": "0cabcab6d22d2281", "price": 10.0}], external_id="wd-1", reconcile=True
    ),
}


@pytest.mark.parametrize("call", list(CALLS), ids=list(CALLS))
def test_a_refused_connection_leaves_no_secret_in_the_traceback(call: str) -> None:
    with (
        client(f"http://127.0.0.1:{closed_port()}") as ap,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        CALLS[call](ap)
    assert caught.value.ambiguous is False
    assert_clean(caught.value)


@pytest.mark.parametrize("behaviour", ["hangs up", "stays silent"])
@pytest.mark.parametrize("call", list(CALLS), ids=list(CALLS))
def test_a_broken_or_silent_connection_leaves_no_secret_in_the_traceback(
    call: str, behaviour: str
) -> None:
    with raw_server(behaviour) as (url, _), client(url) as ap:
        error = failure(CALLS[call], ap)
        minted = ap.as_client(STEAM_ID, TRADE_URL).token()
    assert isinstance(error, errors.APIConnectionError)
    assert error.ambiguous is True
    assert_clean(error, minted)


def test_a_token_that_cannot_be_obtained_leaves_no_secret_in_the_traceback() -> None:
    # no secret: the token must come from POST /auth/authenticate-client, which cannot connect
    with (
        client(f"http://127.0.0.1:{closed_port()}", api_secret=None) as ap,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        ap.as_client(STEAM_ID, TRADE_URL).trades.list()
    assert_clean(caught.value)


ANSWERS: dict[str, httpx.Response] = {
    "an error envelope": httpx.Response(
        401,
        json={
            "requestId": "r",
            "success": False,
            "error": {"code": 1901, "key": "INVALID_API_KEY"},
        },
    ),
    "an HTML page": httpx.Response(502, text="<html>bad gateway</html>"),
    "a NaN": httpx.Response(200, content=b'{"success": true, "data": {"balance": NaN}}'),
    "data the models cannot read": httpx.Response(200, json={"success": True, "data": [1, 2]}),
}


@pytest.mark.parametrize("answer", list(ANSWERS), ids=list(ANSWERS))
@pytest.mark.parametrize("call", list(CALLS), ids=list(CALLS))
def test_a_refused_answer_leaves_no_secret_in_the_traceback(call: str, answer: str) -> None:
    with respx.mock(base_url="https://api.test", assert_all_mocked=True) as router:
        router.route().mock(return_value=ANSWERS[answer])
        with client("https://api.test") as ap:
            error = failure(CALLS[call], ap)
            minted = ap.as_client(STEAM_ID, TRADE_URL).token()
        sent = router.calls.last.request
    assert (
        KEY in sent.headers.get("api-key", "")
        or FIXED_TOKEN in sent.headers.get("authorization", "")
        or minted in sent.headers.get("authorization", "")
    )  # the credential did go out
    assert_clean(error, minted)


@pytest.mark.parametrize(
    "refused",
    [
        lambda ap: ap.wallet.balance(timeout=-1),
        lambda ap: ap.wallet.balance(extra_headers={"x-note": "a\nb"}),
        lambda ap: ap.mint_client_token(steam_id=STEAM_ID, trade_url=TRADE_URL, ttl=0),
        lambda ap: ap.mint_client_token(steam_id="123", trade_url=TRADE_URL),
        lambda ap: ap.as_client("123", TRADE_URL),
    ],
    ids=["timeout", "extra_headers", "ttl", "steam id", "identity"],
)
def test_a_refused_argument_leaves_no_secret_in_the_traceback(refused: Call) -> None:
    with client("https://api.test") as ap:
        error = failure(refused, ap)
    assert error.ambiguous is False
    assert_clean(error)


def test_a_refused_setting_leaves_no_secret_in_the_traceback() -> None:
    def build() -> None:
        assetpay.AssetPay(api_key=KEY, api_secret=SECRET, base_url="http://[::1")

    try:
        build()
    except errors.ConfigurationError as error:
        assert_clean(error)
    else:
        raise AssertionError("the client was built")


def test_the_async_client_leaves_no_secret_in_the_traceback() -> None:
    async def run() -> BaseException:
        async with assetpay.AsyncAssetPay(
            api_key=KEY, api_secret=SECRET, merchant_id=MERCHANT, max_retries=0,
            base_url=f"http://127.0.0.1:{closed_port()}",
        ) as aap:  # fmt: skip
            try:
                await aap.with_client_token(FIXED_TOKEN).trades.list()
            except errors.APIConnectionError as error:
                return error
        raise AssertionError("the call did not fail")

    assert_clean(asyncio.run(run()))


@pytest.mark.parametrize("behaviour", ["refuses", "hangs up", "stays silent"])
def test_the_aiohttp_transport_leaves_no_secret_in_the_traceback(behaviour: str) -> None:
    """aiohttp's errors hold the request's headers (``ClientResponseError.request_info``); the
    transport raises its httpx error outside the handler, so none of them is attached."""

    async def run(url: str) -> errors.APIConnectionError:
        async with (
            httpx.AsyncClient(transport=assetpay.AiohttpTransport()) as http,
            assetpay.AsyncAssetPay(
                api_key=KEY, api_secret=SECRET, merchant_id=MERCHANT, max_retries=0,
                base_url=url, http_client=http, timeout=0.5,
            ) as aap,
        ):  # fmt: skip
            for call in (aap.wallet.balance, aap.with_client_token(FIXED_TOKEN).trades.list):
                try:
                    await call()
                except errors.APIConnectionError as error:
                    assert_clean(error)
                    last = error
        return last

    if behaviour == "refuses":
        error = asyncio.run(run(f"http://127.0.0.1:{closed_port()}"))
    else:
        with raw_server(behaviour) as (url, _):
            error = asyncio.run(run(url))
    assert error.ambiguous is (behaviour != "refuses")


# ------------------------------------------------------------------ webhooks


def delivery(body: bytes, secret: str = WEBHOOK_SECRET) -> tuple[str, str]:
    """(header, the valid signature of ``body``)."""
    header = webhooks.sign(body, secret, delivery_id="dlv_1", timestamp=NOW)
    return header, header.rsplit("s=", 1)[1]


NOW = datetime(2026, 3, 4, 10, 0, 0, tzinfo=UTC)
BODY = b'{"trade": {"id": "t-1"}}'


def expected_signature(body: bytes) -> str:
    message = b"dlv_1.2026-03-04T10:00:00.000Z." + body
    return hmac.new(WEBHOOK_SECRET.encode(), message, hashlib.sha256).hexdigest()


def webhook_cases() -> dict[str, tuple[bytes, str | None, Callable[[], object]]]:
    """name -> (the body verified, the header sent, the call)."""
    header, _ = delivery(BODY)
    forged = header.rsplit("s=", 1)[0] + "s=" + "0" * 64
    not_json, _ = delivery(b"not json")
    later = NOW.replace(year=2027)
    tampered = BODY + b" "
    bad_secrets: Any = [WEBHOOK_SECRET, 5]
    return {
        "no header": (BODY, None, lambda: webhooks.verify(BODY, None, WEBHOOK_SECRET, now=NOW)),
        "malformed header": (
            BODY, "t=x", lambda: webhooks.verify(BODY, "t=x", WEBHOOK_SECRET, now=NOW)
        ),
        "too old": (BODY, header, lambda: webhooks.verify(BODY, header, WEBHOOK_SECRET, now=later)),
        "forged signature": (
            BODY, forged, lambda: webhooks.verify(BODY, forged, WEBHOOK_SECRET, now=NOW)
        ),
        "tampered body": (
            tampered, header, lambda: webhooks.verify(tampered, header, WEBHOOK_SECRET, now=NOW)
        ),
        "signed but not JSON": (
            b"not json", not_json,
            lambda: webhooks.verify(b"not json", not_json, WEBHOOK_SECRET, now=NOW),
        ),
        "one bad secret in a list": (
            BODY, header, lambda: webhooks.verify(BODY, header, bad_secrets, now=NOW)
        ),
        "a lone surrogate secret": (
            BODY, header, lambda: webhooks.verify(BODY, header, [WEBHOOK_SECRET, "\ud800"], now=NOW)
        ),
        "a bad tolerance": (
            BODY, header,
            lambda: webhooks.verify(BODY, header, WEBHOOK_SECRET, now=NOW, tolerance=-1),
        ),
    }  # fmt: skip


@pytest.mark.parametrize("case", list(webhook_cases()))
def test_a_refused_callback_leaves_no_secret_and_no_computed_signature_in_the_traceback(
    case: str,
) -> None:
    body, header, action = webhook_cases()[case]
    try:
        action()
    except (WebhookVerificationError, WebhookConfigurationError) as error:
        text = formatted(error)
    else:
        raise AssertionError("the callback was accepted")
    assert WEBHOOK_SECRET not in text
    assert repr(WEBHOOK_SECRET.encode()) not in text
    valid = expected_signature(body)
    if header is None or valid not in header:  # the caller's own header is theirs to show
        assert valid not in text


def test_a_valid_callback_still_verifies() -> None:
    header, _ = delivery(BODY)
    event = webhooks.verify(BODY, header, [WEBHOOK_SECRET, "old-secret"], now=NOW)
    assert event.delivery_id == "dlv_1"


# ------------------------------------------------------------------ masks and logs


def test_secret_objects_never_show_their_value() -> None:
    secret = Secret(SECRET)
    header = SecretHeader("api-key", secret)
    for text in (repr(secret), str(secret), repr(header), f"{secret}", f"{[secret]}"):
        assert SECRET not in text
    assert secret.reveal() == SECRET
    with pytest.raises(TypeError):
        __import__("pickle").dumps(secret)


def test_httpx_logs_inventory_urls_without_the_trade_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    trade_token = TRADE_URL.rsplit("token=", 1)[1]
    with respx.mock(base_url="https://api.test", assert_all_mocked=True) as router:
        router.route().mock(return_value=httpx.Response(502, text="down"))
        with (
            client("https://api.test") as ap,
            caplog.at_level(logging.INFO, logger="httpx"),
            pytest.raises(errors.AssetPayError),
        ):
            ap.inventory.get(trade_url=TRADE_URL)
        sent = str(router.calls.last.request.url)
    assert "token%3D" + trade_token in sent or "token=" + trade_token in sent  # it is in the URL
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines
    assert any("token%3D***" in line or "token=***" in line for line in lines)
    for line in lines:
        assert trade_token not in line
