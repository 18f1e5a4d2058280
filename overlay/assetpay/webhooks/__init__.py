"""AssetPay callbacks: verify them, read them as typed events, answer them safely.

Standalone: importing this package loads no HTTP client (the generated models, which do, are
imported the first time a verified body is read).

    event = verify(raw_body, request.headers.get("X-AssetPay-Signature"), API_SECRET)

or let ``handle`` (or its ASGI/WSGI wrappers) do everything::

    answer = handle(raw_body, request.headers, API_SECRET,
                    on_event=record, on_approval=decide,
                    store=PostgresDeliveryStore("postgresql://shop@db/shop"))

Verification (``verify``): header ``X-AssetPay-Signature: t=<ISO-8601>,id=<delivery id>,
s=<64 hex>[,s1=<64 hex>]``; HMAC-SHA256 over ``<id>.<t>.<raw body>`` keyed with each trusted
secret, compared in constant time with both ``s`` and ``s1``; ``t`` within ``tolerance``
seconds (300) of now. Failures raise WebhookVerificationError with ``reason``
missing_header / malformed / timestamp_out_of_range / signature_mismatch / invalid_json,
checked in that order; the body is parsed only after the signature holds.

Money rules (enforced by ``handle``; follow them if you write your own glue):

* For an approval request the status code IS the verdict. 2xx approves the withdrawal, any
  4xx other than 408/429 rejects it. Never answer one with a catch-all 200 or 401/400.
* 5xx (or a timeout) is a failed attempt; after three the withdrawal is rejected. That is the
  safe way to say "not now": our own failures answer 500, a concurrent duplicate 503.
* Approval requests get a new delivery id per attempt, so they are deduplicated on the trade
  id / crypto withdrawal id; the first verdict is stored and repeated. Notifications keep
  their delivery id across retries and are deduplicated on it.
* Each delivery is decided in one store transaction: the key is taken, the callback runs, the
  answer is stored, all commit together. ``on_approval(event, tx)`` (two positional
  parameters) writes its debit through ``tx``, the store's open connection, so the debit and
  the verdict commit or roll back together: exactly once, through crashes. One-parameter
  callbacks act outside the transaction and are at least once after a crash.
* A concurrent copy of the same delivery waits up to ``claim_wait`` seconds for the first
  transaction and repeats its verdict, or answers 503.
* ``store=None`` uses one in-memory store per process (DEFAULT_STORE): fine for a single
  process and for tests, lost on restart, no ``tx``. In production pass
  ``SQLiteDeliveryStore(path)`` (one machine) or ``PostgresDeliveryStore(conninfo)`` (any
  number of receivers on any machines), shared by all workers.
* The unsigned test ping (``{"test": true}``, no signature header) is answered 200 and is
  never an event.
"""

from ._answers import Answer, approve, ok, reject, unauthorized
from ._apps import asgi_app, wsgi_app
from ._errors import (
    DeliveryStoreBusy,
    WebhookConfigurationError,
    WebhookError,
    WebhookVerificationError,
)
from ._events import (
    ApprovalRequest,
    CryptoDepositEvent,
    CryptoWithdrawalApprovalRequest,
    CryptoWithdrawalEvent,
    Event,
    Notification,
    TradeEvent,
    UnknownEvent,
    WithdrawApprovalRequest,
)
from ._handler import DEFAULT_STORE, handle
from ._postgres import PostgresDeliveryStore
from ._signature import HEADER, sign, signed_delivery
from ._store import Claim, DeliveryStore, MemoryDeliveryStore, SQLiteDeliveryStore
from ._verification import is_test_ping, verify

SIGNATURE_HEADER = HEADER

__all__ = [
    "DEFAULT_STORE",
    "SIGNATURE_HEADER",
    "Answer",
    "ApprovalRequest",
    "Claim",
    "CryptoDepositEvent",
    "CryptoWithdrawalApprovalRequest",
    "CryptoWithdrawalEvent",
    "DeliveryStore",
    "DeliveryStoreBusy",
    "Event",
    "MemoryDeliveryStore",
    "Notification",
    "PostgresDeliveryStore",
    "SQLiteDeliveryStore",
    "TradeEvent",
    "UnknownEvent",
    "WebhookConfigurationError",
    "WebhookError",
    "WebhookVerificationError",
    "WithdrawApprovalRequest",
    "approve",
    "asgi_app",
    "handle",
    "is_test_ping",
    "ok",
    "reject",
    "sign",
    "signed_delivery",
    "unauthorized",
    "verify",
    "wsgi_app",
]
