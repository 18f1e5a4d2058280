"""Signature verification: round trips, tampering, clock tolerance, rotation, malformed headers."""

from __future__ import annotations

import ast
import hashlib
import hmac
import inspect
import json
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import assetpay.webhooks as webhooks
from assetpay.webhooks import (
    TradeEvent,
    UnknownEvent,
    WebhookConfigurationError,
    WebhookVerificationError,
    sign,
    signed_delivery,
    verify,
)

from .conftest import NOW, OLD_SECRET, SECRET, T, webhook_example

BODY = json.dumps(webhook_example("tradeStatusChanged")).encode()


def header_for(body: bytes = BODY, secret: str = SECRET, **kwargs: Any) -> str:
    kwargs.setdefault("delivery_id", "dlv_01HQ7Z8K3V")
    kwargs.setdefault("timestamp", T)
    return sign(body, secret, **kwargs)


def reason_of(body: bytes | str, header: str | None, secret: Any = SECRET, **kw: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, header, secret, **{"now": NOW, **kw})
    return caught.value.reason


def test_round_trip() -> None:
    event = verify(BODY, header_for(), SECRET, now=NOW)
    assert isinstance(event, TradeEvent)
    assert event.delivery_id == "dlv_01HQ7Z8K3V"
    assert event.timestamp == NOW
    assert event.raw == webhook_example("tradeStatusChanged")


def test_signature_is_hmac_sha256_of_id_t_body() -> None:
    expected = hmac.new(
        SECRET.encode(), b"dlv_01HQ7Z8K3V." + T.encode() + b"." + BODY, hashlib.sha256
    ).hexdigest()
    assert header_for() == f"t={T},id=dlv_01HQ7Z8K3V,s={expected}"


def test_str_body_is_its_utf8_bytes() -> None:
    text = '{"trade": "ünïcode"}'
    header = header_for(text.encode())
    assert isinstance(verify(text, header, SECRET, now=NOW), UnknownEvent)


def test_sign_defaults_and_formatting() -> None:
    header = sign(BODY, SECRET, timestamp=datetime(2026, 3, 4, 10, 0, 0, 123456, tzinfo=UTC))
    parts = dict(segment.split("=", 1) for segment in header.split(","))
    assert parts["t"] == "2026-03-04T10:00:00.123Z"
    assert parts["id"].startswith("dlv_")
    assert sign(BODY, SECRET) != sign(BODY, SECRET)  # fresh delivery ids
    assert verify(BODY, sign(BODY, SECRET), SECRET)  # now is the default clock


def test_signed_delivery() -> None:
    payload = webhook_example("cryptoDeposit")
    body, headers = signed_delivery(payload, SECRET, timestamp=NOW)
    assert json.loads(body) == payload
    assert headers["content-type"] == "application/json"
    assert verify(body, headers["x-assetpay-signature"], SECRET, now=NOW).raw == payload
    raw_body, raw_headers = signed_delivery(b"not json", SECRET, timestamp=NOW)
    assert raw_body == b"not json"
    assert reason_of(raw_body, raw_headers["x-assetpay-signature"]) == "invalid_json"


# --- tampering ---------------------------------------------------------------------------------


def _replace(header: str, key: str, value: str) -> str:
    parts = dict(segment.split("=", 1) for segment in header.split(","))
    parts[key] = value
    return ",".join(f"{k}={v}" for k, v in parts.items())


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (lambda b, h: (b + b" ", h), "signature_mismatch"),
        (lambda b, h: (b.replace(b"10.75", b"99.75"), h), "signature_mismatch"),
        (lambda b, h: (b[:-1], h), "signature_mismatch"),
        (lambda b, h: (b, _replace(h, "id", "dlv_other")), "signature_mismatch"),
        (lambda b, h: (b, _replace(h, "t", "2026-03-04T10:00:01.000Z")), "signature_mismatch"),
        # the same instant written differently is a different message
        (lambda b, h: (b, _replace(h, "t", "2026-03-04T10:00:00Z")), "signature_mismatch"),
        (lambda b, h: (b, _replace(h, "s", "0" * 64)), "signature_mismatch"),
        (lambda b, h: (b, _replace(h, "s", h.split("s=")[1][::-1])), "signature_mismatch"),
        (lambda b, h: (b, _replace(h, "s", h.split("s=")[1][:-1] + "x")), "malformed"),
    ],
    ids=[
        "body-space",
        "body-amount",
        "body-cut",
        "id",
        "t",
        "t-same-instant",
        "s-zero",
        "s-reversed",
        "s-non-hex",
    ],
)
def test_tampering_fails(tamper: Callable[[bytes, str], tuple[bytes, str]], expected: str) -> None:
    body, header = tamper(BODY, header_for())
    assert reason_of(body, header) == expected


def test_other_secret_fails() -> None:
    assert reason_of(BODY, header_for(secret="someone-else")) == "signature_mismatch"  # noqa: S106


def test_reserialised_body_fails() -> None:
    pretty = json.dumps(json.loads(BODY), indent=2).encode()
    assert reason_of(pretty, header_for()) == "signature_mismatch"


def test_upper_case_hex_is_accepted() -> None:
    header = header_for()
    digest = header.split("s=")[1]
    assert verify(BODY, _replace(header, "s", digest.upper()), SECRET, now=NOW)


# --- the clock -----------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [-300, -299.999, 0, 299.999, 300])
def test_timestamp_within_tolerance(offset: float) -> None:
    assert verify(BODY, header_for(), SECRET, now=NOW + timedelta(seconds=offset))


@pytest.mark.parametrize("offset", [-301, -300.001, 300.001, 301, 86_400, -86_400 * 365])
def test_timestamp_outside_tolerance(offset: float) -> None:
    now = NOW + timedelta(seconds=offset)
    with pytest.raises(WebhookVerificationError) as caught:
        verify(BODY, header_for(), SECRET, now=now)
    assert caught.value.reason == "timestamp_out_of_range"


def test_now_as_posix_seconds_and_naive_datetime() -> None:
    assert verify(BODY, header_for(), SECRET, now=NOW.timestamp() + 300)
    assert verify(BODY, header_for(), SECRET, now=NOW.replace(tzinfo=None) - timedelta(seconds=300))
    with pytest.raises(WebhookVerificationError):
        verify(BODY, header_for(), SECRET, now=NOW.timestamp() + 301)


@pytest.mark.parametrize("tolerance", [0, 10, 3600])
def test_custom_tolerance(tolerance: int) -> None:
    assert verify(
        BODY, header_for(), SECRET, tolerance=tolerance, now=NOW + timedelta(seconds=tolerance)
    )
    late = NOW + timedelta(seconds=tolerance + 1)
    assert reason_of(BODY, header_for(), tolerance=tolerance, now=late) == "timestamp_out_of_range"


@pytest.mark.parametrize(
    "t",
    [
        "2026-03-04T10:00:00.000Z",
        "2026-03-04T10:00:00Z",
        "2026-03-04T10:00:00",  # naive: UTC
        "2026-03-04T10:00:00.000000+00:00",
        "2026-03-04T11:00:00.000+01:00",
        "2026-03-04T05:00:00-05:00",
    ],
)
def test_timestamp_forms(t: str) -> None:
    event = verify(BODY, header_for(timestamp=t), SECRET, now=NOW)
    assert event.timestamp == NOW
    assert event.timestamp.utcoffset() == timedelta(0)


def test_timestamp_checked_before_signature() -> None:
    header = _replace(header_for(), "s", "0" * 64)
    late = NOW + timedelta(hours=1)
    assert reason_of(BODY, header, now=late) == "timestamp_out_of_range"


def test_signature_checked_before_json() -> None:
    assert reason_of(b"{not json", header_for(b"{other")) == "signature_mismatch"
    assert reason_of(b"{not json", header_for(b"{not json")) == "invalid_json"


# --- rotation ------------------------------------------------------------------------------------

ROTATION = [
    # (signed with, s1 signed with, trusted secrets, verifies)
    (SECRET, OLD_SECRET, [SECRET, OLD_SECRET], True),
    (SECRET, OLD_SECRET, [OLD_SECRET, SECRET], True),
    (SECRET, OLD_SECRET, [SECRET], True),
    (SECRET, OLD_SECRET, [OLD_SECRET], True),
    (SECRET, OLD_SECRET, ["third"], False),
    (SECRET, None, [OLD_SECRET, SECRET], True),
    (SECRET, None, [OLD_SECRET], False),
    (OLD_SECRET, None, [SECRET, OLD_SECRET], True),
    (OLD_SECRET, None, [SECRET], False),
]


@pytest.mark.parametrize(("signer", "previous", "trusted", "ok"), ROTATION)
def test_rotation(signer: str, previous: str | None, trusted: list[str], ok: bool) -> None:
    header = header_for(secret=signer, previous_secret=previous)
    assert ("s1=" in header) == (previous is not None)
    if ok:
        assert verify(BODY, header, trusted, now=NOW)
        assert verify(BODY, header, tuple(trusted), now=NOW)
    else:
        assert reason_of(BODY, header, trusted) == "signature_mismatch"


def test_s1_alone_is_enough() -> None:
    digest = header_for(secret=OLD_SECRET).split("s=")[1]
    header = f"t={T},id=dlv_01HQ7Z8K3V,s1={digest}"
    assert verify(BODY, header, [SECRET, OLD_SECRET], now=NOW)


def test_a_bad_s_does_not_hide_a_good_s1() -> None:
    good = header_for(secret=OLD_SECRET).split("s=")[1]
    header = f"t={T},id=dlv_01HQ7Z8K3V,s={'a' * 64},s1={good}"
    assert verify(BODY, header, OLD_SECRET, now=NOW)


# --- malformed headers ---------------------------------------------------------------------------

S = "a" * 64
GOOD = header_for()
SIG = GOOD.split("s=")[1]

MALFORMED = {
    "no-equals": "garbage",
    "only-commas": ",,,",
    "whitespace-only": "   ",
    "newline-only": "\n",
    "duplicate-t": f"t={T},t={T},id=x,s={SIG}",
    "duplicate-id": f"t={T},id=x,id=y,s={SIG}",
    "duplicate-s": f"t={T},id=x,s={SIG},s={SIG}",
    "duplicate-unknown": f"t={T},id=x,s={SIG},v=1,v=1",
    "duplicate-after-trim": f"t={T},id=x,s={SIG}, s ={SIG}",
    "missing-t": f"id=x,s={SIG}",
    "missing-id": f"t={T},s={SIG}",
    "missing-s": f"t={T},id=x",
    "only-unknown-signature-keys": f"t={T},id=x,v1={SIG},sig={SIG}",
    "empty-t": f"t=,id=x,s={SIG}",
    "empty-id": f"t={T},id=,s={SIG}",
    "empty-s": f"t={T},id=x,s=",
    "s-short": f"t={T},id=x,s={SIG[:63]}",
    "s-long": f"t={T},id=x,s={SIG}0",
    "s-non-hex": f"t={T},id=x,s={'g' * 64}",
    "s-0x-prefix": f"t={T},id=x,s=0x{SIG[:62]}",
    "s-inner-space": f"t={T},id=x,s={SIG[:32]} {SIG[32:]}",
    "s-unicode-digits": f"t={T},id=x,s={'٣' * 64}",
    "s-fullwidth": f"t={T},id=x,s={chr(0xFF41) * 64}",
    "s-base64": f"t={T},id=x,s=qUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=",
    "s1-short-with-good-s": f"t={T},id=x,s={SIG},s1=abc",
    "bad-timestamp": f"t=yesterday,id=x,s={SIG}",
    "epoch-timestamp": f"t=1772618400,id=x,s={SIG}",
    "timestamp-garbage-suffix": f"t={T}junk,id=x,s={SIG}",
    "timestamp-bad-month": f"t=2026-13-04T10:00:00Z,id=x,s={SIG}",
    "segment-without-equals": f"t={T},id=x,s={SIG},flag",
    "empty-key": f"t={T},id=x,s={SIG},=v",
    "semicolons": f"t={T};id=x;s={SIG}",
    "spaces-instead-of-commas": f"t={T} id=x s={SIG}",
    "lone-surrogate-id": f"t={T},id=\udcff,s={SIG}",
    "very-long": f"t={T},id={'x' * 10_000},s={SIG}",
    "very-many-segments": f"t={T},id=x,s={SIG}," + ",".join(f"k{i}=v" for i in range(2000)),
}


@pytest.mark.parametrize("header", list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_headers(header: str) -> None:
    assert reason_of(BODY, header) == "malformed"


@pytest.mark.parametrize("header", [None, ""])
def test_missing_header(header: str | None) -> None:
    assert reason_of(BODY, header) == "missing_header"


@pytest.mark.parametrize(
    "header",
    [
        f"  t={T} ,\tid=dlv_01HQ7Z8K3V , s={SIG}  ",
        f"s={SIG},id=dlv_01HQ7Z8K3V,t={T}",
        f"id=dlv_01HQ7Z8K3V,t={T},s={SIG},v=2,future=thing",
        f"t={T},id=dlv_01HQ7Z8K3V,s={SIG},",
        f"t={T},,id=dlv_01HQ7Z8K3V,s={SIG}",
    ],
    ids=["whitespace", "reordered", "unknown-keys", "trailing-comma", "double-comma"],
)
def test_lenient_but_valid_headers(header: str) -> None:
    assert verify(BODY, header, SECRET, now=NOW)


def test_bytes_header_is_read_as_ascii() -> None:
    assert verify(BODY, header_for().encode(), SECRET, now=NOW)  # type: ignore[arg-type]
    assert reason_of(BODY, "t=é".encode("latin-1")) == "malformed"  # type: ignore[arg-type]


# --- configuration errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret", [[], (), "", ["ok", ""], [b"bytes"], b"bytes", None, 42, ["ok", None]]
)
def test_unusable_secret_is_a_configuration_error(secret: Any) -> None:
    with pytest.raises(WebhookConfigurationError):
        verify(BODY, header_for(), secret, now=NOW)


@pytest.mark.parametrize("tolerance", [-1, float("nan"), float("inf"), 1e12, "300", True])
def test_unusable_tolerance(tolerance: Any) -> None:
    with pytest.raises(WebhookConfigurationError):
        verify(BODY, header_for(), SECRET, tolerance=tolerance, now=NOW)


@pytest.mark.parametrize("body", [{"trade": {}}, None, 42, ["x"]])
def test_parsed_body_is_a_configuration_error(body: Any) -> None:
    with pytest.raises(WebhookConfigurationError, match="raw request body"):
        verify(body, header_for(), SECRET, now=NOW)


def test_error_classes_are_not_value_or_type_errors() -> None:
    for cls in (WebhookVerificationError, WebhookConfigurationError):
        assert issubclass(cls, webhooks.WebhookError)
        assert not issubclass(cls, ValueError | TypeError)


@pytest.mark.parametrize(
    ("kwargs"),
    [{"delivery_id": ""}, {"delivery_id": "a,b"}, {"delivery_id": " x"}, {"timestamp": "a,b"}],
)
def test_sign_refuses_headers_that_cannot_verify(kwargs: dict[str, Any]) -> None:
    with pytest.raises(WebhookConfigurationError):
        sign(BODY, SECRET, **kwargs)


# --- no leaks ------------------------------------------------------------------------------------


def test_errors_never_show_secrets_or_signatures() -> None:
    good = header_for(previous_secret=OLD_SECRET)
    s_value = good.split("s=")[1].split(",")[0]
    s1_value = good.split("s1=")[1]
    cases: list[tuple[bytes, str | None, Any]] = [
        (BODY + b"x", good, [SECRET, OLD_SECRET]),
        (BODY, good, ["wrong-secret"]),
        (BODY, good.replace("t=", "t=x"), [SECRET]),
        (b"not json", header_for(b"not json"), [SECRET]),
        (BODY, None, [SECRET]),
        (BODY, good + "," + good, [SECRET]),
    ]
    for body, header, secrets in cases:
        with pytest.raises(WebhookVerificationError) as caught:
            verify(body, header, secrets, now=NOW)
        error = caught.value
        shown = " ".join([str(error), repr(error), repr(error.args), str(error.__dict__)])
        for forbidden in (SECRET, OLD_SECRET, "wrong-secret", s_value, s1_value):
            assert forbidden not in shown
        clone = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
        assert clone.reason == error.reason


def test_configuration_errors_never_show_secrets() -> None:
    with pytest.raises(WebhookConfigurationError) as caught:
        verify(BODY, header_for(), ["whsec_visible_if_leaked", ""], now=NOW)
    assert "whsec_visible_if_leaked" not in f"{caught.value} {caught.value!r}"


# --- constant-time comparison --------------------------------------------------------------------


def test_every_candidate_goes_through_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def counting(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    header = header_for(previous_secret=OLD_SECRET)
    verify(BODY, header, ["x", "y", SECRET], now=NOW)
    assert len(calls) == 3 * 2  # every secret x (s, s1), no early exit
    with pytest.raises(WebhookVerificationError):
        verify(BODY, header, ["x", "y"], now=NOW)
    assert len(calls) == 3 * 2 + 2 * 2


SIGNATURE_NAMES = {"expected", "candidate", "candidates", "digest", "signature", "s", "s1"}


def _names(node: ast.AST) -> set[str]:
    found = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    found |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    return found


def test_no_plain_comparison_touches_a_signature() -> None:
    package = Path(inspect.getfile(webhooks)).parent
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare) and any(
                isinstance(op, ast.Eq | ast.NotEq | ast.Is | ast.IsNot | ast.In | ast.NotIn)
                for op in node.ops
            ):
                touched = _names(node) & SIGNATURE_NAMES
                assert not touched, f"{path.name}:{node.lineno} compares {touched} with ==/in"
    source = (package / "_signature.py").read_text(encoding="utf-8")
    assert "compare_digest(expected, candidate)" in source
