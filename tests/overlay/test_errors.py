"""assetpay.errors against the reference: the spec's error table, decision 6 and §6.

Every fixture table comes from openapi.yaml (``x-error-codes``, ``x-error-domains``,
``x-trade-failure-codes``), so a row added to the spec is tested without touching this file.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assetpay import errors
from assetpay.errors import (
    CLASSES_BY_KEY,
    REFUSED_BEFORE_WORK,
    APIError,
    AssetPayError,
    Domain,
    RequestValidationError,
    UnknownAPIError,
    declined_withdrawal_refund,
    domain_of,
    from_envelope,
    request_validation_error,
    trade_failure,
)
from assetpay_client.models.trade_failure_code import TradeFailureCode as ClientTradeFailureCode
from assetpay_schema import TradeErrorCode, TradeFailureCode

from .conftest import (
    class_name,
    domain_rows,
    error_rows,
    fuzz,
    known_codes,
    known_keys,
    trade_failure_rows,
)

#: The 503 keys that state the request was refused before any work (§6.4 and the table).
UNAVAILABLE_BEFORE_WORK = {
    "SYSTEM_MAINTENANCE",
    "SERVICE_UNAVAILABLE",
    "NO_BOTS_AVAILABLE",
    "FLEET_DEGRADED",
}

NEW_KEY = "A_KEY_THIS_CLIENT_HAS_NEVER_SEEN"


def envelope(code: Any, key: Any, message: Any = "m", **extra: Any) -> dict[str, Any]:
    """An error envelope as §6.1 shows it."""
    error: dict[str, Any] = {"code": code, "key": key, "message": message, **extra}
    return {"requestId": "r", "success": False, "error": error}


def error_class(snake: str) -> type[APIError]:
    """The class named ``CamelCase(snake) + "Error"`` exported by assetpay.errors."""
    cls = getattr(errors, class_name(snake))
    assert isinstance(cls, type)
    assert issubclass(cls, APIError)
    return cls


def expected_domain(code: int) -> str:
    """Decision 6: the domain whose range (x-error-domains) holds ``code``, else "unknown"."""
    return next(
        (row["domain"] for row in domain_rows() if row["from"] <= code <= row["to"]), "unknown"
    )


def unknown_codes_of(row: dict[str, Any]) -> list[int]:
    """The lowest and highest codes of a domain range that are not in the error table."""
    free = [c for c in range(row["from"], row["to"] + 1) if c not in known_codes()]
    assert free, f"{row['domain']} has no free code"
    return sorted({free[0], free[-1]})


ROWS = error_rows()
KEY_ONLY_ROWS = [row for row in ROWS if row["code"] is None]


def row_id(row: dict[str, Any]) -> str:
    return f"{row['code']}-{row['key']}"


# ------------------------------------------------------------------ the table, row by row


def test_the_spec_has_key_only_rows() -> None:
    """Decision 6 keeps keys whose numbers are unknown; the parametrisations below rely on it."""
    assert KEY_ONLY_ROWS


def test_every_key_of_the_spec_has_a_class_and_nothing_else_does() -> None:
    assert set(CLASSES_BY_KEY) == known_keys()
    for key, cls in CLASSES_BY_KEY.items():
        assert cls is error_class(key)


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_every_row_is_classified_by_its_code(row: dict[str, Any]) -> None:
    code = row["code"] if row["code"] is not None else 0
    http = row["http"] if row["http"] is not None else 400
    err = from_envelope(envelope(code, row["key"]), http_status=http)

    key_class = error_class(row["key"])
    domain_class = error_class(row["domain"])
    assert type(err) is key_class
    assert issubclass(key_class, domain_class)
    assert isinstance(err, domain_class)
    assert isinstance(err, APIError)
    assert isinstance(err, AssetPayError)
    assert err.code == code
    assert err.key == row["key"]
    assert err.http_status == http
    assert err.request_id == "r"
    assert err.domain is Domain(row["domain"])
    assert err.retryable is row["retryable"]
    assert err.message == "m"


@pytest.mark.parametrize("unknown_code", [0, 99999, -1, 2050])
@pytest.mark.parametrize("row", KEY_ONLY_ROWS, ids=row_id)
def test_key_only_rows_are_classified_by_key_when_the_code_is_unknown(
    row: dict[str, Any], unknown_code: int
) -> None:
    err = from_envelope(envelope(unknown_code, row["key"]), http_status=400)
    assert type(err) is error_class(row["key"])
    assert isinstance(err, error_class(row["domain"]))
    assert err.key == row["key"]
    assert err.code == unknown_code
    assert err.domain is Domain(row["domain"])
    assert err.retryable is row["retryable"]


# ------------------------------------------------------------------ decision 6: the order


@pytest.mark.parametrize(
    ("code", "conflicting_key"),
    [(11, "SERVER_ERROR"), (1006, "PRICE_CHANGED"), (1102, "ONCHAIN_DEPEG"), (1, NEW_KEY)],
)
def test_a_known_code_wins_over_a_conflicting_key(code: int, conflicting_key: str) -> None:
    row = next(row for row in ROWS if row["code"] == code)
    err = from_envelope(envelope(code, conflicting_key), http_status=400)
    assert type(err) is error_class(row["key"])
    assert err.code == code


@pytest.mark.parametrize(
    ("code", "key"),
    [(24, "PRICE_CHANGED"), (5000, "INVALID_TOKEN"), (1099, "ONCHAIN_DEPEG"), (0, "NOT_FOUND")],
)
def test_an_unknown_code_with_a_known_key_is_classified_by_key(code: int, key: str) -> None:
    assert code not in known_codes()
    err = from_envelope(envelope(code, key), http_status=400)
    assert type(err) is error_class(key)
    assert err.code == code
    assert err.key == key


DOMAIN_CASES = [(row["domain"], code) for row in domain_rows() for code in unknown_codes_of(row)]


def test_every_domain_has_a_range_case() -> None:
    assert {domain for domain, _ in DOMAIN_CASES} == {row["domain"] for row in domain_rows()}
    assert len(domain_rows()) == 15


@pytest.mark.parametrize(("domain", "code"), DOMAIN_CASES)
def test_unknown_code_and_unknown_key_fall_back_to_the_domain_range(domain: str, code: int) -> None:
    err = from_envelope(envelope(code, NEW_KEY), http_status=400)
    assert type(err) is error_class(domain)
    assert err.domain is Domain(domain)
    assert err.code == code
    assert err.key == NEW_KEY


@pytest.mark.parametrize("domain", ["two_factor", "booking", "ledger", "email", "idempotency"])
def test_ranges_without_known_keys_still_have_a_domain_class(domain: str) -> None:
    row = next(row for row in domain_rows() if row["domain"] == domain)
    assert not [r for r in ROWS if r["domain"] == domain]  # no key of the table lives here
    err = from_envelope(envelope(row["from"], NEW_KEY), http_status=400)
    assert type(err) is error_class(domain)


@pytest.mark.parametrize("code", [2050, 5000, -1, 0, 100, 999, 2000, 2099, 2500, 10**12])
def test_a_code_outside_every_range_is_unknown(code: int) -> None:
    err = from_envelope(envelope(code, NEW_KEY), http_status=400)
    assert type(err) is UnknownAPIError
    assert err.domain is Domain.UNKNOWN
    assert err.code == code
    assert domain_of(code) is Domain.UNKNOWN


def test_domain_has_one_member_per_range_plus_unknown() -> None:
    assert [member.value for member in Domain] == [
        *(row["domain"] for row in domain_rows()),
        "unknown",
    ]


BOUNDARIES = sorted(
    {c for row in domain_rows() for c in (row["from"] - 1, row["from"], row["to"], row["to"] + 1)}
)


@pytest.mark.parametrize("code", BOUNDARIES)
def test_domain_of_at_every_range_boundary(code: int) -> None:
    assert domain_of(code) is Domain(expected_domain(code))


# ------------------------------------------------------------------ the envelope's fields


def test_a_string_message() -> None:
    err = from_envelope(envelope(11, "PRICE_CHANGED", "Price has changed"), http_status=409)
    assert err.message == "Price has changed"
    assert list(err.messages) == ["Price has changed"]


def test_a_list_of_messages_is_joined_and_kept() -> None:
    messages = ["tradeurl: must be a trade URL", "items.0.price: must be > 0"]
    err = from_envelope(envelope(1001, "VALIDATION_FAILED", messages), http_status=422)
    assert err.message == "tradeurl: must be a trade URL; items.0.price: must be > 0"
    assert list(err.messages) == messages


def test_a_missing_message() -> None:
    body = {"requestId": "r", "success": False, "error": {"code": 11, "key": "PRICE_CHANGED"}}
    err = from_envelope(body, http_status=409)
    assert err.message == ""
    assert [m for m in err.messages if m] == []
    assert str(err) == "PRICE_CHANGED (11, HTTP 409) [request_id=r]"


def test_fields_and_details_are_carried() -> None:
    fields = {"items.0.price": "must be greater than 0", "tradeUrl": "must be a trade URL"}
    details = {"items": [{"itemId": "0010f8d48278ccb8", "marketHashName": "AK", "remaining": 1}]}
    err = from_envelope(
        envelope(45, "ITEM_OVERSTOCKED", fields=fields, details=details), http_status=409
    )
    assert err.fields == fields
    assert err.details == details


def test_str_shows_key_code_message_and_request_id_and_repr_hides_the_message() -> None:
    body = envelope(11, "PRICE_CHANGED", "secret-ish display text")
    body["requestId"] = "5b1f6c9e-request"
    err = from_envelope(body, http_status=409)
    text = str(err)
    for part in ("PRICE_CHANGED", "11", "secret-ish display text", "5b1f6c9e-request"):
        assert part in text
    assert "secret-ish display text" not in repr(err)
    assert repr(err).startswith("PriceChangedError(")
    assert "PRICE_CHANGED" in repr(err)
    assert "5b1f6c9e-request" in repr(err)


def test_request_id_comes_from_the_envelope_or_the_argument() -> None:
    err = from_envelope(envelope(11, "PRICE_CHANGED"), http_status=409)
    assert err.request_id == "r"
    body = {"success": False, "error": {"code": 11, "key": "PRICE_CHANGED", "message": "m"}}
    err = from_envelope(body, http_status=409, request_id="x-request-id-header")
    assert err.request_id == "x-request-id-header"
    err = from_envelope(body, http_status=409)
    assert err.request_id is None


@pytest.mark.parametrize("retry_after", [None, 0.0, 2.5, 60.0])
def test_retry_after_is_passed_through(retry_after: float | None) -> None:
    err = from_envelope(envelope(1005, "RATE_LIMITED"), http_status=429, retry_after=retry_after)
    assert err.retry_after == retry_after
    assert err.retryable is True


# ------------------------------------------------------------------ malformed envelopes

MALFORMED: list[tuple[str, Any]] = [
    ("error missing", {"requestId": "r", "success": False}),
    ("error null", {"requestId": "r", "success": False, "error": None}),
    ("error a string", {"requestId": "r", "success": False, "error": "SERVER_ERROR"}),
    ("error a list", {"requestId": "r", "success": False, "error": [1006, "SERVER_ERROR"]}),
    ("empty body", {}),
    ("code as string", envelope("11", "PRICE_CHANGED")),
    ("code as bool", envelope(True, NEW_KEY)),
    ("code as float", envelope(11.0, NEW_KEY)),
    ("code as null", envelope(None, NEW_KEY)),
    ("code as list", envelope([11], NEW_KEY)),
    ("key as int", envelope(11, 11)),
    ("key empty", envelope(5000, "")),
    ("message as dict", envelope(11, "PRICE_CHANGED", {"en": "Price changed"})),
    ("message as int", envelope(11, "PRICE_CHANGED", 42)),
    ("message list of mixed", envelope(11, "PRICE_CHANGED", ["a", 1, None])),
    ("fields not a dict", envelope(1001, "VALIDATION_FAILED", fields=["items"])),
    ("details not a dict", envelope(45, "ITEM_OVERSTOCKED", details="many")),
    ("requestId not a string", {"requestId": 7, "error": {"code": 11, "key": "PRICE_CHANGED"}}),
    ("not a mapping at all", ["not", "an", "envelope"]),
    ("body null", None),
]


@pytest.mark.parametrize(("case", "body"), MALFORMED, ids=[c for c, _ in MALFORMED])
@pytest.mark.parametrize("http_status", [400, 502])
def test_malformed_envelopes_still_give_an_api_error(
    case: str, body: Any, http_status: int
) -> None:
    err = from_envelope(body, http_status=http_status)
    assert isinstance(err, APIError)
    assert isinstance(err.code, int)
    assert isinstance(err.key, str)
    assert err.key
    assert isinstance(err.message, str)
    assert err.http_status == http_status
    assert err.request_id is None or isinstance(err.request_id, str)
    assert str(err)
    assert repr(err)


def test_an_envelope_without_error_is_unknown() -> None:
    err = from_envelope({"requestId": "r", "success": False}, http_status=500)
    assert type(err) is UnknownAPIError
    assert err.code == 0
    assert err.key == "UNKNOWN"
    assert err.request_id == "r"
    assert err.ambiguous is True


def test_a_numeric_string_code_is_read_as_the_number() -> None:
    err = from_envelope(envelope("11", "PRICE_CHANGED"), http_status=409)
    assert type(err) is error_class("PRICE_CHANGED")
    assert err.code == 11


def test_a_boolean_code_is_not_code_1() -> None:
    """True == 1 in Python; EXTERNAL_ID_EXISTS (1) must not be picked for ``"code": true``."""
    err = from_envelope(envelope(True, NEW_KEY), http_status=409)
    assert not isinstance(err, error_class("EXTERNAL_ID_EXISTS"))
    assert type(err) is UnknownAPIError


def test_a_non_string_key_falls_back_to_the_code() -> None:
    err = from_envelope(envelope(11, 11), http_status=409)
    assert type(err) is error_class("PRICE_CHANGED")
    assert err.key == "PRICE_CHANGED"


def test_a_dict_message_is_shown_as_text() -> None:
    err = from_envelope(envelope(11, "PRICE_CHANGED", {"en": "Price changed"}), http_status=409)
    assert isinstance(err.message, str)
    assert "Price changed" in err.message


@pytest.mark.parametrize("code", ["--1", "²", "1" * 5000])
def test_odd_numeric_strings_as_code_never_raise(code: str) -> None:
    err = from_envelope(envelope(code, NEW_KEY), http_status=400)
    assert isinstance(err, APIError)


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(sorted(known_keys()))
    | st.sampled_from(sorted(known_codes()))
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
error_objects = st.fixed_dictionaries(
    {},
    optional={
        "code": json_values,
        "key": json_values,
        "message": json_values,
        "fields": json_values,
        "details": json_values,
    },
)
bodies = json_values | st.fixed_dictionaries(
    {},
    optional={
        "requestId": json_values,
        "success": json_values,
        "error": error_objects | json_values,
    },
)


@fuzz(400)
@given(body=bodies, http_status=st.integers(min_value=100, max_value=599))
def test_any_json_body_gives_an_api_error(body: Any, http_status: int) -> None:
    err = from_envelope(body, http_status=http_status)
    assert isinstance(err, APIError)
    assert isinstance(err.code, int)
    assert isinstance(err.key, str)
    assert err.key
    assert isinstance(err.message, str)
    assert err.http_status == http_status
    outcome_unknown = type(err).error_key in (None, "SERVER_ERROR")  # unknown key, SERVER_ERROR
    assert err.ambiguous is (http_status >= 500 and outcome_unknown)
    assert str(err)
    assert f"HTTP {http_status}" in str(err)
    if type(err).error_key is None:  # no key of the table: the message says what was there
        assert err.message


# ------------------------------------------------------------------ ambiguous


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_only_a_5xx_server_error_of_the_table_is_ambiguous(row: dict[str, Any]) -> None:
    # a 5xx envelope with a key of the table says what happened (paused, no bots, the offer
    # failed): definitive, as AssetPay's SDK reads it; SERVER_ERROR says nothing of the outcome
    http = row["http"] if row["http"] is not None else 400
    code = row["code"] if row["code"] is not None else 0
    err = from_envelope(envelope(code, row["key"]), http_status=http)
    assert err.ambiguous is (http >= 500 and row["key"] == "SERVER_ERROR")


def test_the_refused_before_work_503_keys_are_503_rows_of_the_table() -> None:
    by_key = {row["key"]: row for row in ROWS}
    for key in UNAVAILABLE_BEFORE_WORK:
        assert by_key[key]["http"] == 503


@pytest.mark.parametrize("key", sorted(UNAVAILABLE_BEFORE_WORK))
@pytest.mark.parametrize("http_status", [500, 502, 503, 504])
def test_refused_before_work_keys_are_never_ambiguous(key: str, http_status: int) -> None:
    code = next(row["code"] for row in ROWS if row["key"] == key)
    assert from_envelope(envelope(code, key), http_status=http_status).ambiguous is False


@pytest.mark.parametrize("http_status", [500, 502, 503, 504, 599])
def test_5xx_envelopes_are_ambiguous_only_when_they_say_nothing_of_the_outcome(
    http_status: int,
) -> None:
    assert from_envelope(envelope(1006, "SERVER_ERROR"), http_status=http_status).ambiguous
    assert from_envelope(envelope(5000, NEW_KEY), http_status=http_status).ambiguous
    assert from_envelope({"success": False, "error": {}}, http_status=http_status).ambiguous
    definitive = [envelope(5, "TRADE_OFFER_FAILED"), envelope(0, "DEPOSITS_PAUSED")]
    for body in definitive:
        assert from_envelope(body, http_status=http_status).ambiguous is False


@pytest.mark.parametrize("http_status", [400, 401, 403, 404, 409, 422, 424, 429, 499])
def test_4xx_envelopes_are_never_ambiguous(http_status: int) -> None:
    for row in ROWS:
        code = row["code"] if row["code"] is not None else 0
        assert from_envelope(envelope(code, row["key"]), http_status=http_status).ambiguous is False


def test_refused_before_work_is_the_sdk_list() -> None:
    """§6.4: the keys raised before any work, which any call may retry."""
    assert {
        "FLEET_DEGRADED",
        "DEPOSIT_IN_PROGRESS",
        "WITHDRAW_IN_PROGRESS",
        "ONCHAIN_CLIENT_WITHDRAW_BUSY",
    } == REFUSED_BEFORE_WORK
    assert known_keys() >= REFUSED_BEFORE_WORK


# ------------------------------------------------------------------ locally refused requests


@pytest.mark.parametrize(
    ("key", "code", "http_status"),
    [
        ("MISSING_ITEMS", 2, 400),
        ("TOO_MANY_ITEMS", 8, 400),
        ("INVALID_AMOUNT", 1601, 400),
        ("INVALID_TRADEURL", 13, 400),
        ("VALIDATION_FAILED", 1001, 422),
    ],
)
def test_request_validation_error_is_also_the_key_class(
    key: str, code: int, http_status: int
) -> None:
    fields = {"items.0.price": "must be greater than 0"}
    err = request_validation_error(key, fields)
    assert isinstance(err, RequestValidationError)
    assert isinstance(err, error_class(key))
    assert isinstance(err, APIError)
    assert isinstance(err, AssetPayError)
    assert err.code == code
    assert err.key == key
    assert err.http_status == http_status
    assert err.fields == fields
    assert "items.0.price" in err.message
    assert err.ambiguous is False
    row = next(row for row in ROWS if row["key"] == key)
    assert (row["code"], row["http"]) == (code, http_status)
    with pytest.raises(error_class(key)):
        raise err


def test_request_validation_error_message_names_the_first_five_fields() -> None:
    fields = {f"items.{i}.price": "must be greater than 0" for i in range(7)}
    err = request_validation_error("VALIDATION_FAILED", fields)
    assert "items.4.price" in err.message
    assert "items.5.price" not in err.message
    assert err.fields == fields
    explicit = request_validation_error("VALIDATION_FAILED", fields, message="bad body")
    assert explicit.message == "bad body"


# ------------------------------------------------------------------ pickling


@pytest.mark.parametrize("row", ROWS[::7], ids=row_id)
def test_pickling_an_api_error_round_trips(row: dict[str, Any]) -> None:
    code = row["code"] if row["code"] is not None else 0
    http = row["http"] if row["http"] is not None else 400
    body = envelope(
        code,
        row["key"],
        ["first", "second"],
        fields={"items.0.price": "must be > 0"},
        details={"scope": "daily", "remainingCents": 1200},
    )
    err = from_envelope(body, http_status=http, retry_after=1.5)
    copy = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert type(copy) is type(err)
    assert copy.__dict__ == err.__dict__
    assert str(copy) == str(err)
    assert copy.args == err.args


def test_pickling_an_unknown_error_round_trips() -> None:
    err = from_envelope(envelope(5000, NEW_KEY), http_status=503)
    copy = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert type(copy) is UnknownAPIError
    assert copy.__dict__ == err.__dict__


def test_pickling_a_request_validation_error_round_trips() -> None:
    err = request_validation_error("MISSING_ITEMS", {"items": "must not be empty"})
    copy = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own bytes
    assert isinstance(copy, RequestValidationError)
    assert isinstance(copy, error_class("MISSING_ITEMS"))
    assert copy.__dict__ == err.__dict__


# ------------------------------------------------------------------ declined withdrawals


@pytest.mark.parametrize(
    ("total", "refund"),
    [
        (100, Decimal("98")),
        (450, Decimal("441")),  # 2% is exactly the $9 cap
        (449, Decimal("440.02")),  # just under the cap
        (451, Decimal("442")),  # just over: capped
        (1000, Decimal("991")),  # 2% would be 20: capped at 9
        (0, Decimal("0")),
        (Decimal("10.75"), Decimal("10.535")),
        ("10.75", Decimal("10.535")),
        ("1000000", Decimal("999991")),
        (45.0, Decimal("44.1")),
        (0.1, Decimal("0.098")),
    ],
)
def test_declined_withdrawal_refund(total: Decimal | int | str | float, refund: Decimal) -> None:
    result = declined_withdrawal_refund(total)
    assert isinstance(result, Decimal)
    assert result == refund


def test_declined_withdrawal_refund_of_45_float_is_exactly_44_1() -> None:
    """Floats go through str: 45.0 means 45.00, not 45.0000000000000000001..."""
    assert declined_withdrawal_refund(45.0) == Decimal("44.1")
    assert declined_withdrawal_refund(10.1) == Decimal("9.898")


@pytest.mark.parametrize(
    "total",
    [-1, Decimal("-0.01"), "-5", Decimal("NaN"), "nan", float("nan"), float("inf"), "Infinity"],
)
def test_declined_withdrawal_refund_refuses_bad_totals(total: Decimal | int | str | float) -> None:
    with pytest.raises(RequestValidationError) as caught:
        declined_withdrawal_refund(total)
    assert caught.value.key == "INVALID_AMOUNT"
    assert isinstance(caught.value, error_class("INVALID_AMOUNT"))


def test_declined_withdrawal_refund_refuses_a_non_numeric_string() -> None:
    with pytest.raises(RequestValidationError):
        declined_withdrawal_refund("ten dollars")


# ------------------------------------------------------------------ trade failure codes


@pytest.mark.parametrize("row", trade_failure_rows(), ids=lambda row: row["code"])
def test_every_trade_failure_code_is_known(row: dict[str, Any]) -> None:
    info = trade_failure(row["code"])
    assert info.known is True
    assert info.code == row["code"]
    assert info.level == row["level"]
    assert info.meaning == row["meaning"]


def test_the_spec_has_16_trade_failure_codes() -> None:
    rows = trade_failure_rows()
    assert len(rows) == 16
    assert {row["level"] for row in rows} == {"item", "trade"}


@pytest.mark.parametrize(
    "member",
    [
        ClientTradeFailureCode.PRICE_CHANGED,
        TradeFailureCode.listing_unavailable,
        TradeErrorCode.approval_timeout,
        TradeErrorCode.price_changed,
    ],
)
def test_trade_failure_accepts_a_generated_enum_member(member: Any) -> None:
    info = trade_failure(member)
    row = next(row for row in trade_failure_rows() if row["code"] == member.value)
    assert info.known is True
    assert info.code == member.value
    assert info.level == row["level"]


@pytest.mark.parametrize(
    "code", ["A_FAILURE_ADDED_LATER", "", 11, ClientTradeFailureCode("A_FAILURE_ADDED_LATER")]
)
def test_an_unknown_trade_failure_code_is_reported_not_raised(code: object) -> None:
    info = trade_failure(code)
    assert info.known is False
    assert info.code == str(getattr(code, "value", code))
    assert info.level == "unknown"
