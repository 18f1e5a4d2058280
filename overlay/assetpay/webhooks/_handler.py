"""handle(): one callback request in, one Answer out. The rules that protect the money:

* An approval request is never answered with a 2xx unless ``on_approval`` returned approve():
  a 2xx approves the withdrawal.
* An approval request is never answered with a 4xx unless ``on_approval`` returned reject():
  any 4xx other than 408/429 rejects it. Our own failures answer 5xx (AssetPay retries; after
  three failed attempts the withdrawal is rejected, which costs no money).
* ``on_approval`` runs at most once per trade / crypto withdrawal id, even when AssetPay's
  retries arrive concurrently (threads or processes sharing an SQLiteDeliveryStore): the store
  hands out one claim; the others wait up to ``claim_wait`` seconds for that verdict and repeat
  it, or answer 503 so AssetPay tries again.
* A repeated approval request gets the stored verdict; a repeated notification (same delivery
  id) is acknowledged without calling ``on_event`` again.
* When a callback raises, or on_approval returns something other than approve()/reject(),
  nothing is remembered and the answer is 500, so the retry runs the callback again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from ._answers import Answer, ok, server_error, unauthorized, unavailable
from ._errors import WebhookVerificationError
from ._events import (
    ApprovalRequest,
    CryptoWithdrawalApprovalRequest,
    Notification,
    UnknownEvent,
    WithdrawApprovalRequest,
)
from ._signature import HEADER
from ._store import DeliveryStore, MemoryDeliveryStore
from ._verification import Body, Headers, header_value, is_test_ping, verify

logger = logging.getLogger("assetpay.webhooks")

OnEvent = Callable[[Notification], object]
OnApproval = Callable[[ApprovalRequest], Answer]

DEFAULT_STORE: DeliveryStore = MemoryDeliveryStore()
"""Used when ``store`` is None: per process, forgotten on restart. Production: pass an
SQLiteDeliveryStore (or your own DeliveryStore) shared by every worker."""


def store_key(event: ApprovalRequest | Notification) -> str:
    """The key under which the store keeps this event's answer (namespaced by kind)."""
    if isinstance(event, WithdrawApprovalRequest):
        return "approval:trade:" + event.dedupe_key
    if isinstance(event, CryptoWithdrawalApprovalRequest):
        return "approval:crypto-withdrawal:" + event.dedupe_key
    return "delivery:" + event.dedupe_key


def _wait_for_verdict(store: DeliveryStore, key: str, wait: float) -> Answer | None:
    deadline = time.monotonic() + wait
    pause = 0.005
    while True:
        answer = store.verdict(key)
        if answer is not None:
            return answer
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        time.sleep(min(pause, left))
        pause = min(pause * 2, 0.1)


def handle(
    body: Body,
    headers: Headers,
    secret: str | Sequence[str],
    *,
    on_event: OnEvent,
    on_approval: OnApproval,
    store: DeliveryStore | None = None,
    tolerance: float = 300,
    now: float | datetime | None = None,
    claim_wait: float = 5.0,
) -> Answer:
    """Answer one callback request (framework-free; see the module rules).

    ``headers`` is a mapping or a list of pairs (names case-insensitive). ``on_event`` gets
    every notification, including UnknownEvent; its return value is ignored. ``on_approval``
    gets approval requests and must return ``approve()`` or ``reject(reason)``.

    Returns 200 for the test ping and handled notifications, 401 when verification fails,
    200/402 as on_approval decided, 500 when a callback failed, 503 while another worker holds
    the same delivery. Raises WebhookConfigurationError for bad arguments only.
    """
    if is_test_ping(body, headers):
        return ok()
    try:
        event = verify(body, header_value(headers, HEADER), secret, tolerance=tolerance, now=now)
    except WebhookVerificationError as error:
        logger.info("rejected an unverifiable callback: %s", error.reason)
        return unauthorized()
    if isinstance(event, UnknownEvent) and event.suspected_approval:
        logger.error(
            "delivery %s resembles an approval request but could not be read (%s); "
            "answering 500 so that it is not approved",
            event.delivery_id,
            event.why,
        )
        return server_error()

    store = DEFAULT_STORE if store is None else store
    key = store_key(event)
    try:
        stored = store.verdict(key)
        if stored is not None:
            return stored
        if not store.claim(key):
            stored = _wait_for_verdict(store, key, claim_wait)
            return stored if stored is not None else unavailable()
    except Exception:
        logger.exception("the delivery store failed for %s", key)
        return server_error()

    try:
        answer = _dispatch(event, on_event, on_approval)
    except BaseException:
        store.release(key)
        raise
    if answer is None:
        store.release(key)
        return server_error()
    try:
        store.remember(key, answer)
    except Exception:
        # The callback has acted; its answer is the truth even if it could not be stored.
        # The claim stays until it lapses, so a concurrent retry gets 503, not a second run.
        logger.exception("could not store the answer for %s", key)
    return answer


def _dispatch(
    event: ApprovalRequest | Notification, on_event: OnEvent, on_approval: OnApproval
) -> Answer | None:
    """Run the right callback; None means "it failed, answer 500 and remember nothing"."""
    try:
        if isinstance(event, WithdrawApprovalRequest | CryptoWithdrawalApprovalRequest):
            answer: object = on_approval(event)
            if isinstance(answer, Answer) and answer.is_approval_verdict:
                return answer
            logger.error(
                "on_approval returned %r for %s; it must return approve() or reject(reason)",
                type(answer).__name__,
                event.dedupe_key,
            )
            return None
        on_event(event)
        return ok()
    except Exception:
        logger.exception("callback failed for delivery %s", event.delivery_id)
        return None
