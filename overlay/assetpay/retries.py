"""When a failed call may be sent again, and how long to wait first. The only retry policy.

Each operation has a retry class in ``openapi.yaml`` (``x-retry``):

``read``
    Safe to repeat. Retried after network errors, timeouts, HTTP 408, 5xx answers that carry no
    AssetPay error envelope (a proxy or load balancer failing) except 501, and an enveloped
    ``SERVER_ERROR``.
``keyed``
    Repeatable because the body carries an idempotency key (crypto withdrawals' ``requestId``,
    reused on every attempt). Retried like ``read``.
``cancel``
    Repeatable: retried after network errors and timeouts, never after an HTTP answer.
``create``
    Creates a trade and has no idempotency key: retried only after failures that prove nothing
    was sent (connection refused, DNS failure, connect timeout). Ambiguous failures are for
    ``reconcile`` to settle, never for a blind resend.

Every class is also retried when AssetPay refuses with a key it raises before doing any work
(``FLEET_DEGRADED``, ``DEPOSIT_IN_PROGRESS``, ``WITHDRAW_IN_PROGRESS``,
``ONCHAIN_CLIENT_WITHDRAW_BUSY``). Other 429 and 503 answers are not retried. Waits grow from
0.5 s, doubling, capped at 8 s, with jitter; a ``Retry-After`` header (seconds or an HTTP date)
is honoured instead.

``max_retry_wait`` bounds every wait: a computed backoff is cut to it, and a ``Retry-After``
longer than it is not waited for (the error is raised at once, ``retry_after`` set). With
``max_retry_wait=0`` nothing is retried.
"""

from __future__ import annotations

import enum
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import NamedTuple

import httpx

from assetpay.errors import OUTCOME_UNKNOWN_KEYS, REFUSED_BEFORE_WORK, APIError

BASE_DELAY = 0.5
MAX_DELAY = 8.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT = 5.0

_JITTER = random.Random()  # noqa: S311 - spreads retries out; nothing secret depends on it


class RetryClass(enum.Enum):
    """How repeatable an operation is (``x-retry`` in the spec)."""

    READ = "read"
    KEYED = "keyed"
    CANCEL = "cancel"
    CREATE = "create"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value (delta seconds or HTTP date).

    None when absent or unreadable; never negative.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(0.0, seconds)


def nothing_was_sent(error: BaseException) -> bool:
    """True when an httpx failure proves the request never reached the server."""
    # A pool timeout expired while waiting for a connection: the request never left either.
    return isinstance(
        error,
        httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol,
    )


class Decision(NamedTuple):
    """The verdict on one failed attempt: retry after ``delay`` seconds, or give up."""

    retry: bool
    delay: float = 0.0
    #: True when the server asked for a longer wait than ``max_retry_wait`` allows.
    wait_too_long: bool = False


GIVE_UP = Decision(retry=False)


class RetryPolicy(NamedTuple):
    """Limits for one call: attempts after the first, and the longest server-requested wait."""

    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT
    rng: random.Random | None = None

    def backoff(self, retry_number: int) -> float:
        """Jittered wait before retry number ``retry_number`` (0 for the first retry)."""
        ceiling = min(MAX_DELAY, BASE_DELAY * (2**retry_number))
        rng = self.rng or _JITTER
        factor = rng.uniform(0.75, 1.0)
        return float(ceiling * factor)

    def _after(self, retry_number: int, retry_after: float | None) -> Decision:
        if self.max_retry_wait <= 0:
            return Decision(retry=False, wait_too_long=True)
        if retry_after is None:
            return Decision(retry=True, delay=min(self.backoff(retry_number), self.max_retry_wait))
        if retry_after > self.max_retry_wait:
            return Decision(retry=False, wait_too_long=True)
        return Decision(retry=True, delay=retry_after)

    def on_exception(
        self, retry_class: RetryClass, error: BaseException, retry_number: int
    ) -> Decision:
        """Decide after an httpx transport failure (no HTTP answer)."""
        if retry_number >= self.max_retries:
            return GIVE_UP
        if nothing_was_sent(error):
            return self._after(retry_number, None)
        if retry_class is RetryClass.CREATE:
            return GIVE_UP
        if isinstance(error, httpx.TransportError):  # timeouts included
            return self._after(retry_number, None)
        return GIVE_UP

    def on_error(self, retry_class: RetryClass, error: APIError, retry_number: int) -> Decision:
        """Decide after AssetPay answered with an error envelope."""
        if retry_number >= self.max_retries:
            return GIVE_UP
        if error.key in REFUSED_BEFORE_WORK:
            return self._after(retry_number, error.retry_after)
        repeatable = retry_class in (RetryClass.READ, RetryClass.KEYED)
        if repeatable and error.key in OUTCOME_UNKNOWN_KEYS and error.http_status >= 500:
            return self._after(retry_number, error.retry_after)
        return GIVE_UP

    def on_status(
        self, retry_class: RetryClass, status: int, retry_after: float | None, retry_number: int
    ) -> Decision:
        """Decide after an HTTP answer without an AssetPay envelope (408, or a 5xx page)."""
        if retry_number >= self.max_retries:
            return GIVE_UP
        if retry_class not in (RetryClass.READ, RetryClass.KEYED):
            return GIVE_UP
        if status == 408 or (status >= 500 and status != 501):  # 501: the same every time
            return self._after(retry_number, retry_after)
        return GIVE_UP


__all__ = [
    "BASE_DELAY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "GIVE_UP",
    "MAX_DELAY",
    "Decision",
    "RetryClass",
    "RetryPolicy",
    "nothing_was_sent",
    "parse_retry_after",
]
