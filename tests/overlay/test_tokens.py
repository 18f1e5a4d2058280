"""assetpay.tokens against §2.5 of the reference: byte-exact minting, validation, TokenCache.

The oracle is the reference's own Python implementation of ``mint_client_token`` (§2.5), copied
below with type annotations added and nothing else changed; its clock is frozen with monkeypatch.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assetpay import tokens
from assetpay.errors import InvalidTradeurlError, RequestValidationError, ValidationFailedError
from assetpay.tokens import (
    ClientIdentity,
    TokenCache,
    client_identity,
    expires_at,
    merchant_id_of,
    mint,
    token_claims,
)

from .conftest import fuzz

# ------------------------------------------------------------------ the reference (§2.5), verbatim


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _enc(obj: Any) -> str:
    return _b64url(json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def mint_client_token(
    merchant_id: str,
    api_secret: str,
    steam_id: str,
    trade_url: str,
    client_id: str | None = None,
    client_data: dict[str, Any] | None = None,
    ttl_s: int = 86_400,
) -> str:
    if not 1 <= ttl_s <= 86_400:
        raise ValueError("ttl must be 1..86400 seconds")
    client: dict[str, Any] = {"steamID": steam_id, "tradeUrl": trade_url}
    if client_data is not None:
        client["clientData"] = client_data
    if client_id is not None:
        client["clientId"] = client_id
    iat = int(time.time())
    header = {"alg": "HS256", "userId": merchant_id}
    payload = {"merchantId": merchant_id, "client": client, "iat": iat, "exp": iat + ttl_s}
    signing_input = f"{_enc(header)}.{_enc(payload)}"
    sig = hmac.new(
        api_secret.encode("utf-8"), signing_input.encode("ascii"), hashlib.sha256
    ).digest()
    return f"{signing_input}.{_b64url(sig)}"


# ------------------------------------------------------------------ fixtures

NOW = 1_772_618_400  # 2026-03-04T10:00:00Z
MERCHANT = "3f2b8c1e-9d4a-4b7e-a1c2-5e6f7a8b9c0d"
SECRET = "apisecret_test_7d1c9e0b"  # noqa: S105 - a test secret
STEAM_ID = "76561198000000001"
TRADE_TOKEN = "aB3_x-9Z"  # noqa: S105 - the trade URL's token
TRADE_URL = f"https://steamcommunity.com/tradeoffer/new/?partner=39734273&token={TRADE_TOKEN}"
URL_PREFIX = "https://steamcommunity.com/tradeoffer/new/?partner="


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> int:
    """Freeze time.time() (the oracle's clock, and mint's when ``now`` is not given) at NOW."""
    monkeypatch.setattr(time, "time", lambda: float(NOW) + 0.75)
    return NOW


def b64url_decode(segment: str) -> bytes:
    assert "=" not in segment
    assert set(segment) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def decode(token: str) -> tuple[bytes, bytes, bytes]:
    header, payload, signature = token.split(".")
    return b64url_decode(header), b64url_decode(payload), b64url_decode(signature)


def minted(
    *,
    client_id: str | None = None,
    client_data: dict[str, Any] | None = None,
    ttl: int = 86_400,
    now: float | None = NOW,
    steam_id: str = STEAM_ID,
    trade_url: str = TRADE_URL,
) -> str:
    identity = client_identity(steam_id, trade_url, client_id=client_id, client_data=client_data)
    return mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=ttl, now=now)


CLIENT_DATA_WIRE: dict[str, Any] = {
    "totalWager": 1520.5,
    "registrationDate": "2024-01-02T03:04:05.678Z",
    "kycHash": "sha256:0f1e2d",
    "kycLevel": 3,
    "fiatDeposits": True,
    "cryptoDeposits": False,
}

BYTE_EXACT_CASES: list[tuple[str, str | None, dict[str, Any] | None]] = [
    ("no optional fields", None, None),
    ("client_id only", "user-42", None),
    ("client_data only", None, CLIENT_DATA_WIRE),
    ("both", "user-42", CLIENT_DATA_WIRE),
    ("unicode client_id", "игрок-🎮-ß", None),
    ("unicode everywhere", "用户 42", {"kycHash": "ключ-🔑", "kycLevel": 0}),
    ("empty client_data", "", {}),
    ("max-length client_id", "x" * 128, {"totalWager": 0}),
]


# ------------------------------------------------------------------ byte-exactness


@pytest.mark.parametrize(
    ("client_id", "client_data"),
    [(cid, data) for _, cid, data in BYTE_EXACT_CASES],
    ids=[case for case, _, _ in BYTE_EXACT_CASES],
)
@pytest.mark.parametrize("ttl", [1, 3600, 86_400])
def test_mint_is_byte_identical_to_the_reference(
    frozen_clock: int, client_id: str | None, client_data: dict[str, Any] | None, ttl: int
) -> None:
    expected = mint_client_token(
        MERCHANT,
        SECRET,
        STEAM_ID,
        TRADE_URL,
        client_id=client_id,
        client_data=client_data,
        ttl_s=ttl,
    )
    assert (
        minted(client_id=client_id, client_data=client_data, ttl=ttl, now=frozen_clock) == expected
    )
    # without `now`, mint reads the same clock the reference does
    assert minted(client_id=client_id, client_data=client_data, ttl=ttl, now=None) == expected


def test_snake_case_client_data_mints_the_reference_token(frozen_clock: int) -> None:
    snake = {
        "total_wager": 1520.5,
        "registration_date": datetime(2024, 1, 2, 3, 4, 5, 678_901, tzinfo=UTC),
        "kyc_hash": "sha256:0f1e2d",
        "kyc_level": 3,
        "fiat_deposits": True,
        "crypto_deposits": False,
    }
    expected = mint_client_token(
        MERCHANT, SECRET, STEAM_ID, TRADE_URL, client_data=CLIENT_DATA_WIRE
    )
    assert minted(client_data=snake) == expected


def test_the_header_is_exactly_alg_and_user_id() -> None:
    header, _, _ = decode(minted(client_id="u", client_data={"kycLevel": 1}))
    assert header == b'{"alg":"HS256","userId":"' + MERCHANT.encode() + b'"}'
    assert b"typ" not in header


def test_the_payload_keys_are_in_the_reference_order() -> None:
    _, payload, _ = decode(minted(client_id="user-42", client_data=CLIENT_DATA_WIRE, ttl=600))
    claims = json.loads(payload)
    assert list(claims) == ["merchantId", "client", "iat", "exp"]
    assert list(claims["client"]) == ["steamID", "tradeUrl", "clientData", "clientId"]
    assert claims["merchantId"] == MERCHANT
    assert claims["client"]["steamID"] == STEAM_ID
    assert claims["client"]["tradeUrl"] == TRADE_URL
    assert claims["client"]["clientData"] == CLIENT_DATA_WIRE
    assert claims["client"]["clientId"] == "user-42"
    assert claims["iat"] == NOW
    assert claims["exp"] == NOW + 600
    assert b" " not in payload  # compact JSON


def test_optional_client_fields_are_absent_when_not_given() -> None:
    _, payload, _ = decode(minted())
    assert list(json.loads(payload)["client"]) == ["steamID", "tradeUrl"]
    _, payload, _ = decode(minted(client_id="u"))
    assert list(json.loads(payload)["client"]) == ["steamID", "tradeUrl", "clientId"]
    _, payload, _ = decode(minted(client_data={"kycLevel": 2}))
    assert list(json.loads(payload)["client"]) == ["steamID", "tradeUrl", "clientData"]


def test_unicode_is_written_as_utf8_not_escaped() -> None:
    _, payload, _ = decode(minted(client_id="игрок-🎮"))
    assert "игрок-🎮".encode() in payload
    assert b"\\u" not in payload


def test_the_signature_is_hmac_sha256_of_header_and_payload_with_the_secret() -> None:
    token = minted(client_id="user-42", client_data=CLIENT_DATA_WIRE)
    signing_input, _, signature = token.rpartition(".")
    expected = hmac.new(SECRET.encode(), signing_input.encode("ascii"), hashlib.sha256).digest()
    assert hmac.compare_digest(b64url_decode(signature), expected)
    assert len(b64url_decode(signature)) == 32
    other = mint(
        client_identity(STEAM_ID, TRADE_URL, client_id="user-42", client_data=CLIENT_DATA_WIRE),
        merchant_id=MERCHANT,
        api_secret=SECRET + "x",
        now=NOW,
    )
    assert other.rpartition(".")[0] == signing_input
    assert other != token


def test_iat_is_whole_seconds() -> None:
    claims = token_claims(minted(now=NOW + 0.999, ttl=60))
    assert claims is not None
    assert claims["iat"] == NOW
    assert claims["exp"] == NOW + 60


steam_ids = st.text(alphabet="0123456789", min_size=12, max_size=12).map(lambda s: "76561" + s)
trade_urls = st.builds(
    lambda partner, token: f"{URL_PREFIX}{partner}&token={token}",
    st.text(alphabet="0123456789", min_size=1, max_size=10),
    st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
        min_size=8,
        max_size=8,
    ),
)
wire_client_data = st.fixed_dictionaries(
    {},
    optional={
        "totalWager": st.integers(min_value=0, max_value=10**12)
        | st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
        "kycHash": st.text(max_size=40),
        "kycLevel": st.integers(min_value=0, max_value=10),
        "fiatDeposits": st.booleans(),
        "cryptoDeposits": st.booleans(),
    },
)


@fuzz(300)
@given(
    steam_id=steam_ids,
    trade_url=trade_urls,
    client_id=st.none() | st.text(max_size=128),
    client_data=st.none() | wire_client_data,
    ttl=st.integers(min_value=1, max_value=86_400),
    now=st.integers(min_value=0, max_value=4_000_000_000),
    merchant_id=st.text(min_size=1, max_size=40),
    api_secret=st.text(min_size=1, max_size=40),
)
def test_mint_matches_the_reference_for_any_valid_identity(
    steam_id: str,
    trade_url: str,
    client_id: str | None,
    client_data: dict[str, Any] | None,
    ttl: int,
    now: int,
    merchant_id: str,
    api_secret: str,
) -> None:
    identity = client_identity(steam_id, trade_url, client_id=client_id, client_data=client_data)
    token = mint(identity, merchant_id=merchant_id, api_secret=api_secret, ttl=ttl, now=now)
    real_time = time.time
    time.time = lambda: float(now)  # the reference has no clock parameter
    try:
        expected = mint_client_token(
            merchant_id, api_secret, steam_id, trade_url, client_id, client_data, ttl
        )
    finally:
        time.time = real_time
    assert token == expected
    assert merchant_id_of(token) == merchant_id
    assert expires_at(token) == now + ttl


# ------------------------------------------------------------------ validation before minting


def refused(
    steam_id: Any = STEAM_ID,
    trade_url: Any = TRADE_URL,
    client_id: Any = None,
    client_data: Any = None,
) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as caught:
        client_identity(steam_id, trade_url, client_id=client_id, client_data=client_data)
    return caught.value


@pytest.mark.parametrize(
    "steam_id",
    [
        "7656119800000000",  # 16 digits
        "765611980000000000",  # 18 digits
        "12345678901234567",  # 17 digits, not 76561
        "76560198000000001",
        "7656119800000000a",
        " 76561198000000001",
        "76561198000000001\n",
        "",
        None,
        76561198000000001,
    ],
)
def test_bad_steam_ids_are_refused(steam_id: Any) -> None:
    err = refused(steam_id=steam_id)
    assert isinstance(err, ValidationFailedError)
    assert err.key == "VALIDATION_FAILED"
    assert err.code == 1001
    assert set(err.fields) == {"clientSteamId"}


@pytest.mark.parametrize(
    ("steam_id", "trade_url"),
    [
        ("76561" + "\u0661" * 12, TRADE_URL),  # ARABIC-INDIC DIGIT ONE
        ("76561" + "\uff11" * 12, TRADE_URL),  # FULLWIDTH DIGIT ONE
        (STEAM_ID, f"{URL_PREFIX}\u0661\u0662&token={TRADE_TOKEN}"),
    ],
)
def test_non_ascii_digits_are_refused(steam_id: str, trade_url: str) -> None:
    refused(steam_id=steam_id, trade_url=trade_url)


@pytest.mark.parametrize(
    "trade_url",
    [
        TRADE_URL.replace("https://", "http://"),
        f"{URL_PREFIX}39734273&token=aB3_x-9",  # 7-character token
        f"{URL_PREFIX}39734273&token=aB3_x-9Zq",  # 9-character token
        f"{URL_PREFIX}39734273&token=aB3_x+9Z",  # '+' is not base64url
        TRADE_URL + "&foo=bar",
        "https://steamcommunity.com/tradeoffer/new/?token=aB3_x-9Z&partner=39734273",
        f"{URL_PREFIX}12345678901&token={TRADE_TOKEN}",  # 11-digit partner
        f"{URL_PREFIX}&token={TRADE_TOKEN}",
        TRADE_URL.replace("steamcommunity.com", "steamcommunity.com.evil.example"),
        TRADE_URL.replace("steamcommunity.com", "example.com"),
        TRADE_URL.replace("steamcommunity.com", "STEAMCOMMUNITY.COM"),
        TRADE_URL + "\n",
        " " + TRADE_URL,
        "",
        None,
    ],
)
def test_bad_trade_urls_are_refused_as_invalid_tradeurl(trade_url: Any) -> None:
    err = refused(trade_url=trade_url)
    assert isinstance(err, InvalidTradeurlError)
    assert err.key == "INVALID_TRADEURL"
    assert err.code == 13
    assert err.http_status == 400
    assert set(err.fields) == {"clientTradeUrl"}


def test_client_id_of_129_characters_is_refused_and_128_accepted() -> None:
    err = refused(client_id="x" * 129)
    assert set(err.fields) == {"clientId"}
    assert client_identity(STEAM_ID, TRADE_URL, client_id="x" * 128).client_id == "x" * 128


def test_a_non_string_client_id_is_refused() -> None:
    assert set(refused(client_id=42).fields) == {"clientId"}


def test_every_problem_is_reported_at_once() -> None:
    err = refused(steam_id="1", client_id="x" * 129, client_data={"kycLevel": -1, "nope": 1})
    assert set(err.fields) == {
        "clientSteamId",
        "clientId",
        "clientData.kycLevel",
        "clientData.nope",
    }


@pytest.mark.parametrize(
    ("client_data", "field"),
    [
        ({"favouriteColour": "red"}, "clientData.favouriteColour"),
        ({"total_wager": -1}, "clientData.totalWager"),
        ({"totalWager": -0.01}, "clientData.totalWager"),
        ({"totalWager": float("nan")}, "clientData.totalWager"),
        ({"totalWager": float("inf")}, "clientData.totalWager"),
        ({"totalWager": True}, "clientData.totalWager"),
        ({"totalWager": "100"}, "clientData.totalWager"),
        ({"kycLevel": 1.5}, "clientData.kycLevel"),
        ({"kyc_level": -1}, "clientData.kycLevel"),
        ({"kycLevel": True}, "clientData.kycLevel"),
        ({"kycLevel": "3"}, "clientData.kycLevel"),
        ({"fiatDeposits": "yes"}, "clientData.fiatDeposits"),
        ({"crypto_deposits": 1}, "clientData.cryptoDeposits"),
        ({"kycHash": 123}, "clientData.kycHash"),
        ({"registrationDate": "not a date"}, "clientData.registrationDate"),
        ({"registration_date": 1_700_000_000}, "clientData.registrationDate"),
        ({"total_wager": 1, "totalWager": 2}, "clientData.totalWager"),
        ({"kycLevel": 1, "kyc_level": 1}, "clientData.kycLevel"),
    ],
)
def test_bad_client_data_is_refused(client_data: dict[str, Any], field: str) -> None:
    err = refused(client_data=client_data)
    assert isinstance(err, ValidationFailedError)
    assert err.key == "VALIDATION_FAILED"
    assert set(err.fields) == {field}


def test_client_data_that_is_not_a_mapping_is_refused() -> None:
    assert set(refused(client_data=["totalWager", 1]).fields) == {"clientData"}


def test_a_huge_integer_total_wager_is_refused_not_crashed() -> None:
    try:
        client_identity(STEAM_ID, TRADE_URL, client_data={"totalWager": 10**400})
    except RequestValidationError:
        return
    pytest.fail("an unrepresentable totalWager was accepted")


def test_snake_and_camel_case_keys_are_normalised_to_camel_case() -> None:
    identity = client_identity(
        STEAM_ID,
        TRADE_URL,
        client_data={
            "total_wager": 10,
            "kycLevel": 2,
            "fiat_deposits": True,
            "cryptoDeposits": False,
            "kyc_hash": "h",
        },
    )
    assert identity.client_data == {
        "totalWager": 10,
        "kycLevel": 2,
        "fiatDeposits": True,
        "cryptoDeposits": False,
        "kycHash": "h",
    }


PLUS_TWO = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (datetime(2024, 1, 2, 3, 4, 5, 678_901), "2024-01-02T03:04:05.678Z"),  # naive = UTC
        (datetime(2024, 1, 2, 3, 4, 5, 678_901, tzinfo=UTC), "2024-01-02T03:04:05.678Z"),
        (datetime(2024, 1, 2, 5, 4, 5, 678_901, tzinfo=PLUS_TWO), "2024-01-02T03:04:05.678Z"),
        (
            datetime(2024, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-1))),
            "2024-01-02T00:30:00.000Z",
        ),
        (date(2024, 1, 2), "2024-01-02T00:00:00.000Z"),
        ("2024-01-02T03:04:05.678Z", "2024-01-02T03:04:05.678Z"),
        ("2024-01-02T05:04:05.678+02:00", "2024-01-02T03:04:05.678Z"),
        ("2024-01-02T03:04:05", "2024-01-02T03:04:05.000Z"),
        ("2024-01-02", "2024-01-02T00:00:00.000Z"),
        (None, None),
    ],
)
def test_registration_date_is_written_as_iso_utc_with_milliseconds(
    value: Any, wire: str | None
) -> None:
    for key in ("registrationDate", "registration_date"):
        identity = client_identity(STEAM_ID, TRADE_URL, client_data={key: value})
        assert identity.client_data == {"registrationDate": wire}


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run with a local time zone far from UTC, so "naive means local" cannot pass for UTC."""
    monkeypatch.setenv("TZ", "Etc/GMT-14")  # UTC+14 (POSIX signs are inverted)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_naive_registration_date_is_utc_whatever_the_local_zone(far_from_utc: None) -> None:
    assert time.localtime(NOW).tm_gmtoff == 14 * 3600  # the zone really is in force
    naive = datetime(2024, 1, 2, 3, 4, 5, 678_901)
    for value in (naive, "2024-01-02T03:04:05.678"):
        identity = client_identity(STEAM_ID, TRADE_URL, client_data={"registrationDate": value})
        assert identity.client_data == {"registrationDate": "2024-01-02T03:04:05.678Z"}
    identity = client_identity(
        STEAM_ID, TRADE_URL, client_data={"registrationDate": date(2024, 1, 2)}
    )
    assert identity.client_data == {"registrationDate": "2024-01-02T00:00:00.000Z"}


@pytest.mark.parametrize("ttl", [0, -1, 86_401, True, False, 1.5, 3600.0])
def test_a_bad_ttl_is_refused(ttl: Any) -> None:
    identity = client_identity(STEAM_ID, TRADE_URL)
    with pytest.raises(RequestValidationError) as caught:
        mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=ttl, now=NOW)
    assert set(caught.value.fields) == {"ttl"}
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("ttl", [1, 86_400])
def test_the_ttl_bounds_are_accepted(ttl: int) -> None:
    claims = token_claims(minted(ttl=ttl))
    assert claims is not None
    assert claims["exp"] - claims["iat"] == ttl


def test_the_default_ttl_is_24_hours() -> None:
    identity = client_identity(STEAM_ID, TRADE_URL)
    token = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, now=NOW)
    assert expires_at(token) == NOW + 86_400


@pytest.mark.parametrize(("merchant_id", "api_secret"), [("", SECRET), (MERCHANT, "")])
def test_minting_needs_a_merchant_id_and_a_secret(merchant_id: str, api_secret: str) -> None:
    identity = client_identity(STEAM_ID, TRADE_URL)
    with pytest.raises(RequestValidationError):
        mint(identity, merchant_id=merchant_id, api_secret=api_secret, now=NOW)


# ------------------------------------------------------------------ reading tokens


def test_claims_of_a_minted_token() -> None:
    token = minted(client_id="user-42", ttl=900)
    assert merchant_id_of(token) == MERCHANT
    assert expires_at(token) == float(NOW + 900)
    claims = token_claims(token)
    assert claims is not None
    assert claims["client"]["clientId"] == "user-42"


def segment(obj: Any) -> str:
    return _b64url(json.dumps(obj).encode())


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "a",
        "a.b",
        "a.b.c",
        "a.b.c.d",
        "..",
        "a.!!!.c",
        "a.\u00e9\u00e9\u00e9.c",
        f"a.{_b64url(b'not json')}.c",
        f"a.{_b64url(b'{not json')}.c",
        f"a.{_b64url(bytes([0xFF, 0xFE, 0xFD]))}.c",
        f"a.{segment(['merchantId', 'exp'])}.c",
        f"a.{segment('a string')}.c",
        f"a.{segment(12)}.c",
        f"a.{segment(None)}.c",
    ],
)
def test_garbage_tokens_read_as_none(garbage: str) -> None:
    assert token_claims(garbage) is None
    assert merchant_id_of(garbage) is None
    assert expires_at(garbage) is None


@pytest.mark.parametrize(
    ("claims", "merchant", "exp"),
    [
        ({}, None, None),
        ({"merchantId": "", "exp": "1700000000"}, None, None),
        ({"merchantId": 7, "exp": True}, None, None),
        ({"merchantId": ["m"], "exp": None}, None, None),
        ({"merchantId": "m", "exp": 1_700_000_000}, "m", 1_700_000_000.0),
        ({"merchantId": "m", "exp": 1_700_000_000.5}, "m", 1_700_000_000.5),
    ],
)
def test_odd_claims_read_as_none(
    claims: dict[str, Any], merchant: str | None, exp: float | None
) -> None:
    token = f"a.{segment(claims)}.c"
    assert token_claims(token) == claims
    assert merchant_id_of(token) == merchant
    assert expires_at(token) == exp


def test_deeply_nested_json_payload_reads_as_none() -> None:
    token = f"a.{_b64url(b'[' * 100_000)}.c"
    assert token_claims(token) is None


def test_a_nan_exp_is_unreadable() -> None:
    token = "a." + _b64url(b'{"exp":NaN}') + ".c"
    assert expires_at(token) is None


@fuzz(500)
@given(text=st.text())
def test_reading_arbitrary_text_never_raises(text: str) -> None:
    claims = token_claims(text)
    assert claims is None or isinstance(claims, dict)
    merchant = merchant_id_of(text)
    assert merchant is None or isinstance(merchant, str)
    exp = expires_at(text)
    assert exp is None or isinstance(exp, float)


@fuzz(300)
@given(
    parts=st.lists(
        st.text() | st.binary(max_size=60).map(_b64url) | st.text(max_size=30).map(segment),
        min_size=1,
        max_size=4,
    )
)
def test_reading_arbitrary_dotted_segments_never_raises(parts: list[str]) -> None:
    token = ".".join(parts)
    claims = token_claims(token)
    assert claims is None or isinstance(claims, dict)
    merchant_id_of(token)
    expires_at(token)


# ------------------------------------------------------------------ TokenCache


def identity_with(**client_data: Any) -> ClientIdentity:
    return client_identity(
        STEAM_ID, TRADE_URL, client_id="user-42", client_data=client_data or None
    )


def test_the_cache_hands_out_a_token_until_five_minutes_before_exp() -> None:
    identity = identity_with()
    token = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
    exp = NOW + 3600
    cache = TokenCache()
    assert cache.get(identity, now=NOW) is None
    cache.put(identity, token, now=NOW)
    assert cache.get(identity, now=NOW) == token
    assert cache.get(identity, now=exp - 301) == token
    assert cache.get(identity, now=exp - 300.001) == token
    assert cache.get(identity, now=exp - 300) is None
    assert cache.get(identity, now=exp - 1) is None
    assert cache.get(identity, now=exp + 10) is None


def test_a_token_shorter_than_the_renewal_window_is_never_handed_out() -> None:
    identity = identity_with()
    token = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=300, now=NOW)
    cache = TokenCache()
    cache.put(identity, token, now=NOW)
    assert cache.get(identity, now=NOW) is None


def test_the_renewal_window_can_be_changed() -> None:
    identity = identity_with()
    token = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
    cache = TokenCache(renew_before=60)
    cache.put(identity, token, now=NOW)
    assert cache.get(identity, now=NOW + 3600 - 61) == token
    assert cache.get(identity, now=NOW + 3600 - 60) is None


def test_a_token_without_exp_lives_24_hours_from_when_it_was_stored() -> None:
    identity = identity_with()
    token = f"{segment({'alg': 'HS256'})}.{segment({'merchantId': MERCHANT})}.sig"
    cache = TokenCache()
    cache.put(identity, token, now=NOW)
    assert cache.get(identity, now=NOW + 86_400 - 301) == token
    assert cache.get(identity, now=NOW + 86_400 - 300) is None


def test_the_cache_is_per_identity() -> None:
    cache = TokenCache()
    plain = identity_with()
    rich = identity_with(kyc_level=3)
    richer = identity_with(kyc_level=3, fiat_deposits=True)
    other_user = client_identity(STEAM_ID, TRADE_URL, client_id="user-43")
    assert len({plain, rich, richer, other_user}) == 4
    tokens_by_identity = {
        identity: mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
        for identity in (plain, rich, richer, other_user)
    }
    assert len(set(tokens_by_identity.values())) == 4
    for identity, token in tokens_by_identity.items():
        cache.put(identity, token, now=NOW)
    for identity, token in tokens_by_identity.items():
        assert cache.get(identity, now=NOW) == token
    # the same inputs validate to an equal identity: same entry
    assert cache.get(identity_with(kycLevel=3), now=NOW) == tokens_by_identity[rich]


def test_discard_removes_only_the_given_token() -> None:
    identity = identity_with()
    other = identity_with(kyc_level=1)
    old = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
    new = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW + 1)
    other_token = mint(other, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
    cache = TokenCache()
    cache.put(identity, new, now=NOW)
    cache.put(other, other_token, now=NOW)
    cache.discard(identity, old)  # a stale INVALID_TOKEN for a token already replaced
    assert cache.get(identity, now=NOW) == new
    cache.discard(identity, new)
    assert cache.get(identity, now=NOW) is None
    assert cache.get(other, now=NOW) == other_token
    cache.discard(identity, new)  # already gone: no error
    cache.discard(other)
    assert cache.get(other, now=NOW) is None


def test_the_cache_survives_concurrent_use() -> None:
    cache = TokenCache()
    identities = [identity_with(kyc_level=n) for n in range(8)]
    issued = {
        identity: mint(identity, merchant_id=MERCHANT, api_secret=SECRET, ttl=3600, now=NOW)
        for identity in identities
    }
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            start.wait()
            for i in range(400):
                identity = identities[(n + i) % len(identities)]
                token = issued[identity]
                cache.put(identity, token, now=NOW)
                got = cache.get(identity, now=NOW)
                assert got is None or got == token
                if i % 3 == 0:
                    cache.discard(identity, token)
                repr(cache)
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    for identity, token in issued.items():
        cache.put(identity, token, now=NOW)
        assert cache.get(identity, now=NOW) == token


# ------------------------------------------------------------------ secrets stay out of reprs


def test_the_cache_repr_reveals_no_token() -> None:
    identity = identity_with()
    token = mint(identity, merchant_id=MERCHANT, api_secret=SECRET, now=NOW)
    cache = TokenCache()
    cache.put(identity, token, now=NOW)
    text = repr(cache) + str(cache)
    for part in token.split("."):
        assert part not in text
    assert TRADE_TOKEN not in text
    assert "1 identit" in text


def test_the_identity_repr_shows_steam_id_and_client_id_only() -> None:
    identity = client_identity(
        STEAM_ID,
        TRADE_URL,
        client_id="user-42",
        client_data={"kycHash": "kyc-secret-hash", "totalWager": 987654.25},
    )
    for text in (repr(identity), str(identity), f"{identity}", repr([identity])):
        assert STEAM_ID in text
        assert "user-42" in text
        assert TRADE_TOKEN not in text
        assert "tradeoffer" not in text
        assert "kyc-secret-hash" not in text
        assert "987654" not in text


def test_validation_errors_do_not_echo_the_identity() -> None:
    err = refused(
        steam_id="not-a-steam-id",
        client_id="x" * 129,
        client_data={"kycHash": 5, "secretThing": "kyc-secret-hash"},
    )
    text = str(err) + repr(err) + repr(err.fields)
    assert "kyc-secret-hash" not in text
    assert "not-a-steam-id" not in text
    err = refused(trade_url=TRADE_URL + "&x=1")
    assert TRADE_TOKEN not in str(err) + repr(err.fields)


def test_identity_is_frozen_and_hashable() -> None:
    identity = identity_with(kyc_level=1)
    with pytest.raises(AttributeError):
        identity.trade_url = "x"  # type: ignore[misc]
    assert hash(identity) == hash(identity_with(kyc_level=1))


def test_module_constants_are_the_reference_values() -> None:
    assert tokens.MAX_TTL == 86_400
    assert tokens.RENEW_BEFORE == 300
