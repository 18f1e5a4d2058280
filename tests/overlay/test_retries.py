"""assetpay.retries: what each retry class retries, how long it waits, and when it stops.

The rule the table encodes (§7 Idempotency, §6.4): a trade-creating call is resent blindly only
when the failure proves nothing was sent; keys refused before any work may be retried by anyone.
Where AssetPay's own SDK differs (§10), the cases it was compared on are pinned at the end.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from assetpay import retries
from assetpay.errors import OUTCOME_UNKNOWN_KEYS, REFUSED_BEFORE_WORK, APIError, from_envelope
from assetpay.retries import (
    GIVE_UP,
    Decision,
    RetryClass,
    RetryPolicy,
    nothing_was_sent,
    parse_retry_after,
)

from .conftest import error_rows, fuzz, spec

READ, KEYED, CANCEL, CREATE = (
    RetryClass.READ,
    RetryClass.KEYED,
    RetryClass.CANCEL,
    RetryClass.CREATE,
)
ALL_CLASSES = [READ, KEYED, CANCEL, CREATE]
NOW = datetime(2026, 3, 4, 10, 0, 0, tzinfo=UTC)


def seeded(seed: int = 1234, **kwargs: Any) -> RetryPolicy:
    return RetryPolicy(rng=random.Random(seed), **kwargs)  # noqa: S311 - jitter, seeded


def ceiling(retry_number: int) -> float:
    """The documented backoff ceiling: 0.5 s doubling, capped at 8 s."""
    return min(8.0, 0.5 * 2.0**retry_number)


def assert_backoff(decision: Decision, retry_number: int) -> None:
    assert decision.retry is True
    assert decision.wait_too_long is False
    low, high = 0.75 * ceiling(retry_number), ceiling(retry_number)
    assert low <= decision.delay <= high


# ------------------------------------------------------------------ Retry-After


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("0", 0.0),
        ("2", 2.0),
        ("2.5", 2.5),
        (" 3 ", 3.0),
        ("120", 120.0),
        ("-1", 0.0),
        ("-2.5", 0.0),
        ("Wed, 04 Mar 2026 10:00:30 GMT", 30.0),  # IMF-fixdate, 30 s after NOW
        ("Wed, 04 Mar 2026 11:00:00 GMT", 3600.0),
        ("Wednesday, 04-Mar-26 10:00:30 GMT", 30.0),  # obsolete RFC 850 form
        ("Wed Mar  4 10:00:30 2026", 30.0),  # obsolete asctime form
        ("Wed, 04 Mar 2026 10:00:00 GMT", 0.0),  # now
        ("Wed, 04 Mar 2026 09:59:00 GMT", 0.0),  # in the past
        ("Tue, 01 Jan 2019 00:00:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(header: str, seconds: float) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


@pytest.mark.parametrize(
    "header", [None, "", "   ", "soon", "2 seconds", "nan", "NaN", "inf", "Infinity", "1e400"]
)
def test_unreadable_retry_after_is_none(header: str | None) -> None:
    assert parse_retry_after(header, now=NOW) is None


@fuzz(300)
@given(header=st.text(max_size=40))
def test_parse_retry_after_never_raises_and_is_never_negative(header: str) -> None:
    seconds = parse_retry_after(header, now=NOW)
    assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


# ------------------------------------------------------------------ transport failures

NOTHING_SENT = "nothing was sent"


def make(exc_type: type[httpx.TransportError]) -> httpx.TransportError:
    request = httpx.Request("POST", "https://api.assetpay.gg/secure/buy")
    return exc_type("boom", request=request)


# failure -> the classes that retry it
TABLE: list[tuple[type[httpx.TransportError], set[RetryClass]]] = [
    (httpx.ConnectError, {READ, KEYED, CANCEL, CREATE}),  # nothing was sent
    (httpx.ConnectTimeout, {READ, KEYED, CANCEL, CREATE}),  # nothing was sent
    (httpx.PoolTimeout, {READ, KEYED, CANCEL, CREATE}),  # nothing was sent: no connection yet
    (httpx.ReadTimeout, {READ, KEYED, CANCEL}),  # a cancel is repeatable
    (httpx.WriteTimeout, {READ, KEYED, CANCEL}),
    (httpx.ReadError, {READ, KEYED, CANCEL}),
    (httpx.RemoteProtocolError, {READ, KEYED, CANCEL}),
    (httpx.WriteError, {READ, KEYED, CANCEL}),
]


def table_cases() -> list[Any]:
    cases = []
    for exc_type, retried_by in TABLE:
        for retry_class in ALL_CLASSES:
            retried = retry_class in retried_by
            marks: list[Any] = []
            cases.append(
                pytest.param(
                    retry_class,
                    exc_type,
                    retried,
                    id=f"{retry_class.value}-{exc_type.__name__}-{'retry' if retried else 'stop'}",
                    marks=marks,
                )
            )
    return cases


@pytest.mark.parametrize(("retry_class", "exc_type", "retried"), table_cases())
def test_transport_failure_policy(
    retry_class: RetryClass, exc_type: type[httpx.TransportError], retried: bool
) -> None:
    decision = seeded().on_exception(retry_class, make(exc_type), 0)
    if retried:
        assert_backoff(decision, 0)
    else:
        assert decision == GIVE_UP
        assert decision.retry is False


@pytest.mark.parametrize(
    ("exc_type", "sent_nothing"),
    [
        (httpx.ConnectError, True),
        (httpx.ConnectTimeout, True),
        pytest.param(httpx.PoolTimeout, True),
        (httpx.ReadTimeout, False),
        (httpx.WriteTimeout, False),
        (httpx.ReadError, False),
        (httpx.RemoteProtocolError, False),
        (httpx.WriteError, False),
    ],
)
def test_nothing_was_sent(exc_type: type[httpx.TransportError], sent_nothing: bool) -> None:
    assert nothing_was_sent(make(exc_type)) is sent_nothing


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize("error", [ValueError("x"), RuntimeError("x"), KeyboardInterrupt()])
def test_non_transport_exceptions_are_never_retried(
    retry_class: RetryClass, error: BaseException
) -> None:
    assert seeded().on_exception(retry_class, error, 0) == GIVE_UP


def test_retry_classes_are_the_spec_x_retry_values() -> None:
    used = {
        operation["x-retry"]
        for item in spec()["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-retry" in operation
    }
    assert used == {retry_class.value for retry_class in RetryClass}


# ------------------------------------------------------------------ answers without an envelope


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
def test_408_and_5xx_pages_are_retried_for_read_and_keyed_only(
    retry_class: RetryClass, status: int
) -> None:
    decision = seeded().on_status(retry_class, status, None, 0)
    if retry_class in (READ, KEYED):
        assert_backoff(decision, 0)
    else:
        assert decision == GIVE_UP


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429])
def test_other_statuses_are_never_retried(retry_class: RetryClass, status: int) -> None:
    assert seeded().on_status(retry_class, status, None, 0) == GIVE_UP
    assert seeded().on_status(retry_class, status, 1.0, 0) == GIVE_UP


@pytest.mark.parametrize("retry_class", [READ, KEYED])
def test_retry_after_is_honoured_on_a_status_answer(retry_class: RetryClass) -> None:
    policy = seeded(max_retry_wait=5.0)
    assert policy.on_status(retry_class, 503, 2.0, 0) == Decision(retry=True, delay=2.0)
    assert policy.on_status(retry_class, 503, 5.0, 0) == Decision(retry=True, delay=5.0)
    too_long = policy.on_status(retry_class, 503, 5.5, 0)
    assert too_long.retry is False
    assert too_long.wait_too_long is True


# ------------------------------------------------------------------ error envelopes

ROWS_BY_KEY = {row["key"]: row for row in error_rows()}


def api_error(
    key: str, *, http_status: int | None = None, retry_after: float | None = None
) -> APIError:
    row = ROWS_BY_KEY[key]
    code = row["code"] if row["code"] is not None else 0
    status = http_status or row["http"] or 409
    body = {"requestId": "r", "success": False, "error": {"code": code, "key": key, "message": "m"}}
    return from_envelope(body, http_status=status, retry_after=retry_after)


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize("key", sorted(REFUSED_BEFORE_WORK))
def test_refused_before_work_keys_are_retried_for_every_class(
    retry_class: RetryClass, key: str
) -> None:
    policy = seeded(max_retry_wait=5.0)
    assert_backoff(policy.on_error(retry_class, api_error(key), 0), 0)
    assert policy.on_error(retry_class, api_error(key, retry_after=0.0), 0) == Decision(
        retry=True, delay=0.0
    )
    assert policy.on_error(retry_class, api_error(key, retry_after=3.0), 1) == Decision(
        retry=True, delay=3.0
    )
    assert policy.on_error(retry_class, api_error(key, retry_after=5.0), 0) == Decision(
        retry=True, delay=5.0
    )
    too_long = policy.on_error(retry_class, api_error(key, retry_after=5.01), 0)
    assert too_long.retry is False
    assert too_long.wait_too_long is True


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize(
    ("key", "http_status"),
    [
        ("RATE_LIMITED", 429),
        ("TOO_MANY_ACTIVE_TRADES", 429),
        ("NO_BOTS_AVAILABLE", 503),
        ("SYSTEM_MAINTENANCE", 503),
        ("SERVICE_UNAVAILABLE", 503),
        ("PRICE_CHANGED", 409),
        ("EXTERNAL_ID_EXISTS", 409),
        ("INVALID_TOKEN", 401),
    ],
)
def test_other_keys_are_not_retried(retry_class: RetryClass, key: str, http_status: int) -> None:
    policy = seeded()
    assert policy.on_error(retry_class, api_error(key, http_status=http_status), 0) == GIVE_UP
    short_wait = api_error(key, http_status=http_status, retry_after=1.0)
    assert policy.on_error(retry_class, short_wait, 0) == GIVE_UP


@pytest.mark.parametrize(
    "row",
    [row for row in error_rows() if row["key"] not in REFUSED_BEFORE_WORK | OUTCOME_UNKNOWN_KEYS],
    ids=lambda row: row["key"],
)
def test_no_other_row_of_the_table_is_retried(row: dict[str, Any]) -> None:
    err = api_error(row["key"], retry_after=0.5)
    for retry_class in ALL_CLASSES:
        assert seeded().on_error(retry_class, err, 0) == GIVE_UP


# ------------------------------------------------------------------ how many times


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_max_retries_bounds_every_kind_of_failure(
    retry_class: RetryClass, max_retries: int
) -> None:
    policy = seeded(max_retries=max_retries)
    fleet = api_error("FLEET_DEGRADED")
    for retry_number in range(max_retries + 3):
        allowed = retry_number < max_retries
        assert (
            policy.on_exception(retry_class, make(httpx.ConnectError), retry_number).retry
            is allowed
        )
        assert policy.on_error(retry_class, fleet, retry_number).retry is allowed
        expected_status = allowed and retry_class in (READ, KEYED)
        assert policy.on_status(retry_class, 503, None, retry_number).retry is expected_status


def test_max_retries_zero_never_retries() -> None:
    policy = seeded(max_retries=0)
    for retry_class in ALL_CLASSES:
        assert policy.on_exception(retry_class, make(httpx.ConnectError), 0) == GIVE_UP
        assert policy.on_exception(retry_class, make(httpx.ReadTimeout), 0) == GIVE_UP
        assert (
            policy.on_error(retry_class, api_error("FLEET_DEGRADED", retry_after=0.0), 0) == GIVE_UP
        )
        assert policy.on_status(retry_class, 502, 0.0, 0) == GIVE_UP


def test_defaults() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == retries.DEFAULT_MAX_RETRIES == 2
    assert policy.max_retry_wait == retries.DEFAULT_MAX_RETRY_WAIT == 5.0
    assert retries.BASE_DELAY == 0.5
    assert retries.MAX_DELAY == 8.0
    assert policy.on_exception(CREATE, make(httpx.ConnectError), 1).retry is True
    assert policy.on_exception(CREATE, make(httpx.ConnectError), 2) == GIVE_UP


# ------------------------------------------------------------------ backoff


@pytest.mark.parametrize("seed", [0, 1, 42, 2**31 - 1])
def test_backoff_is_jittered_within_three_quarters_of_a_doubling_capped_ceiling(seed: int) -> None:
    policy = seeded(seed)
    delays = [policy.backoff(n) for n in range(12)]
    for n, delay in enumerate(delays):
        assert 0.75 * ceiling(n) <= delay <= ceiling(n)
        assert delay <= 8.0
    ceilings = [ceiling(n) for n in range(12)]
    assert ceilings == sorted(ceilings)
    assert ceilings[:6] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert max(delays[4:]) <= 8.0
    assert min(delays[4:]) >= 6.0


def test_backoff_is_reproducible_with_a_seeded_rng() -> None:
    policy, again = seeded(7), seeded(7)
    first = [policy.backoff(n) for n in range(8)]
    second = [again.backoff(n) for n in range(8)]
    assert first == second
    assert len({round(d / ceiling(n), 12) for n, d in enumerate(first)}) > 1  # it is jittered


def test_the_decision_delay_is_the_backoff() -> None:
    reference, policy = seeded(99), seeded(99, max_retries=10, max_retry_wait=8.0)
    for n in range(6):
        expected = reference.backoff(n)
        got = policy.on_exception(READ, make(httpx.ReadTimeout), n)
        assert got == Decision(retry=True, delay=expected)


@fuzz(300)
@given(seed=st.integers(min_value=0, max_value=2**64), retry_number=st.integers(0, 60))
def test_backoff_bounds_for_any_seed(seed: int, retry_number: int) -> None:
    delay = seeded(seed).backoff(retry_number)
    assert 0.75 * ceiling(retry_number) <= delay <= ceiling(retry_number) <= 8.0


# ------------------------------------------------------------------ against AssetPay's own SDK


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
def test_an_enveloped_server_error_is_retried_for_reads_and_keyed_calls_only(
    retry_class: RetryClass,
) -> None:
    # aligned with the SDK: a read or a keyed call cannot duplicate anything; a cancel or a
    # create answered SERVER_ERROR may have taken effect, so it is left to the caller/reconcile
    decision = seeded().on_error(retry_class, api_error("SERVER_ERROR", http_status=500), 0)
    if retry_class in (READ, KEYED):
        assert_backoff(decision, 0)
    else:
        assert decision == GIVE_UP


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
def test_a_501_page_is_never_retried(retry_class: RetryClass) -> None:
    # aligned with the SDK: "not implemented" answers the same every time
    assert seeded().on_status(retry_class, 501, None, 0) == GIVE_UP


@pytest.mark.parametrize("retry_class", [READ, KEYED])
def test_a_408_page_is_still_retried_for_reads_and_keyed_calls(retry_class: RetryClass) -> None:
    # kept (the SDK does not): a 408 means the request was not taken in; repeating a read or a
    # keyed call cannot duplicate anything
    assert_backoff(seeded().on_status(retry_class, 408, None, 0), 0)


@pytest.mark.parametrize("retry_class", ALL_CLASSES)
def test_max_retry_wait_zero_retries_nothing(retry_class: RetryClass) -> None:
    policy = seeded(max_retry_wait=0.0)
    for key in sorted(REFUSED_BEFORE_WORK):
        refused = policy.on_error(retry_class, api_error(key), 0)
        assert refused.retry is False
        assert refused.wait_too_long is True
        assert policy.on_error(retry_class, api_error(key, retry_after=0.0), 0).retry is False
    assert policy.on_exception(retry_class, make(httpx.ConnectError), 0).retry is False
    assert policy.on_status(retry_class, 503, None, 0).retry is False


@pytest.mark.parametrize("max_retry_wait", [0.1, 0.3, 1.0, 2.5])
def test_max_retry_wait_caps_the_backoff_too(max_retry_wait: float) -> None:
    policy = seeded(max_retries=10, max_retry_wait=max_retry_wait)
    for retry_number in range(8):
        decision = policy.on_error(READ, api_error("FLEET_DEGRADED"), retry_number)
        assert decision.retry is True
        assert 0 < decision.delay <= max_retry_wait
        assert decision.delay <= ceiling(retry_number)
