"""handle(): one callback request in, one Answer out. The rules that protect the money:

* An approval request is never answered with a 2xx unless ``on_approval`` returned approve():
  a 2xx approves the withdrawal.
* An approval request is never answered with a 4xx unless ``on_approval`` returned reject():
  any 4xx other than 408/429 rejects it. Our own failures answer 5xx (AssetPay retries; after
  three failed attempts the withdrawal is rejected, which costs no money).
* Every delivery is decided inside one store transaction (``DeliveryStore.begin``): the key
  (trade / crypto withdrawal id, or the delivery id of a notification) is taken, the callback
  runs, the answer is stored, and all of it commits together, or none of it does. A callback
  taking two positional parameters, ``on_approval(event, tx)``, gets the store's open DB-API
  connection: a debit written through ``tx`` commits with the verdict, so an approval is
  applied exactly once even if the process dies anywhere (the retry then runs cleanly at once).
  A one-parameter callback acts outside the transaction: after a crash between its action and
  the commit, the retry runs it again (at least once).
* A concurrent copy of a delivery waits up to ``claim_wait`` seconds for the first transaction,
  then answers its stored verdict, or 503 so that AssetPay tries again.
* When a callback raises, or on_approval returns something other than approve()/reject(),
  everything rolls back and the answer is 500, so the retry runs the callback again.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ._answers import Answer, ok, server_error, unauthorized, unavailable
from ._errors import DeliveryStoreBusy, WebhookConfigurationError, WebhookVerificationError
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

OnEvent = Callable[[Notification], object] | Callable[[Notification, Any], object]
OnApproval = Callable[[ApprovalRequest], Answer] | Callable[[ApprovalRequest, Any], Answer]

DEFAULT_STORE: DeliveryStore = MemoryDeliveryStore()
"""Used when ``store`` is None: per process, forgotten on restart. Production: pass an
SQLiteDeliveryStore or a PostgresDeliveryStore shared by every worker."""


@functools.lru_cache(maxsize=256)
def _named_positional(callback: Callable[..., object]) -> int:
    try:
        parameters = inspect.signature(callback).parameters.values()
    except (TypeError, ValueError):  # no signature to read (some builtins): the plain form
        return 1
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(1 for parameter in parameters if parameter.kind in kinds)


def takes_transaction(callback: Callable[..., object]) -> bool:
    """True when ``callback`` names two positional parameters: it is called ``(event, tx)``."""
    try:
        return _named_positional(callback) >= 2
    except TypeError:  # unhashable callable: read it every time
        return _named_positional.__wrapped__(callback) >= 2


def check_store(
    store: DeliveryStore, on_event: object, on_approval: object, claim_wait: float
) -> None:
    """Raise WebhookConfigurationError when a callback takes ``tx`` the store cannot give, or
    ``claim_wait`` is not a number of seconds from 0 to 60."""
    if isinstance(claim_wait, bool) or not isinstance(claim_wait, int | float):
        raise WebhookConfigurationError("claim_wait must be a number of seconds")
    if not 0 <= claim_wait <= 60:  # also false for NaN
        raise WebhookConfigurationError(
            "claim_wait must be between 0 and 60 seconds (keep it under AssetPay's 10 s attempt)"
        )
    for name, callback in (("on_event", on_event), ("on_approval", on_approval)):
        if callable(callback) and takes_transaction(callback) and not store.transactional:
            raise WebhookConfigurationError(
                f"{name} takes (event, tx), which needs a store with a database connection: "
                f"SQLiteDeliveryStore or PostgresDeliveryStore, not {type(store).__name__}"
            )


def store_key(event: ApprovalRequest | Notification) -> str:
    """The key under which the store keeps this event's answer (namespaced by kind)."""
    if isinstance(event, WithdrawApprovalRequest):
        return "approval:trade:" + event.dedupe_key
    if isinstance(event, CryptoWithdrawalApprovalRequest):
        return "approval:crypto-withdrawal:" + event.dedupe_key
    return "delivery:" + event.dedupe_key


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
    gets approval requests and must return ``approve()`` or ``reject(reason)``. Either callback
    may take a second positional parameter, ``tx``: the store's open connection, committed with
    the answer (SQL stores only). ``claim_wait`` bounds the wait for a concurrent copy of the
    same delivery; keep it well under AssetPay's 10 s per approval attempt.

    Returns 200 for the test ping and handled notifications, 401 when verification fails,
    200/402 as on_approval decided, 500 when a callback or the store failed (nothing was
    committed), 503 while another worker holds the same delivery past ``claim_wait``. Raises
    WebhookConfigurationError for bad arguments only (e.g. a ``tx`` callback with a store that
    has no database connection).
    """
    store = DEFAULT_STORE if store is None else store
    check_store(store, on_event, on_approval, claim_wait)
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

    key = store_key(event)
    try:
        stored = store.verdict(key)
        if stored is not None:
            return stored
        with store.begin(key, wait=claim_wait) as claim:
            if claim.stored is not None:
                return claim.stored
            answer = _dispatch(event, on_event, on_approval, claim.connection)
            if answer is None:
                return server_error()  # leaving the block undecided rolls everything back
            claim.decide(answer)
    except DeliveryStoreBusy:
        logger.warning("%s stayed held by another delivery for %ss; answered 503", key, claim_wait)
        return unavailable()
    except Exception:
        logger.exception("the delivery store failed for %s; nothing was committed", key)
        return server_error()
    return answer


def _dispatch(
    event: ApprovalRequest | Notification,
    on_event: OnEvent,
    on_approval: OnApproval,
    tx: object,
) -> Answer | None:
    """Run the right callback; None means "it failed, answer 500 and remember nothing"."""
    try:
        if isinstance(event, WithdrawApprovalRequest | CryptoWithdrawalApprovalRequest):
            answer = _call(on_approval, event, tx)
            if isinstance(answer, Answer) and answer.is_approval_verdict:
                return answer
            logger.error(
                "on_approval returned %r for %s; it must return approve() or reject(reason)",
                type(answer).__name__,
                event.dedupe_key,
            )
            return None
        _call(on_event, event, tx)
        return ok()
    except Exception:
        logger.exception("callback failed for delivery %s", event.delivery_id)
        return None


def _call(callback: Callable[..., object], event: object, tx: object) -> object:
    return callback(event, tx) if takes_transaction(callback) else callback(event)
