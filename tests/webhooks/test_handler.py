"""handle(): ping, 401s, dispatch, verdict replay, failures, and concurrency through both stores."""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from assetpay.webhooks import (
    DEFAULT_STORE,
    Answer,
    ApprovalRequest,
    Claim,
    DeliveryStore,
    DeliveryStoreBusy,
    MemoryDeliveryStore,
    Notification,
    SQLiteDeliveryStore,
    TradeEvent,
    UnknownEvent,
    WebhookConfigurationError,
    approve,
    asgi_app,
    handle,
    ok,
    reject,
    signed_delivery,
    wsgi_app,
)

from .conftest import NOW, SECRET, webhook_example


class Recorder:
    """Callbacks that record what they were given."""

    def __init__(self, verdict: Callable[[ApprovalRequest], Any] = lambda _: approve()) -> None:
        self.events: list[Notification] = []
        self.approvals: list[ApprovalRequest] = []
        self.verdict = verdict
        self.lock = threading.Lock()

    def on_event(self, event: Notification) -> None:
        with self.lock:
            self.events.append(event)

    def on_approval(self, event: ApprovalRequest) -> Answer:
        with self.lock:
            self.approvals.append(event)
        answer: Answer = self.verdict(event)
        return answer


def call(
    rec: Recorder,
    payload: Any,
    store: DeliveryStore | None,
    delivery_id: str | None = None,
    **kwargs: Any,
) -> Answer:
    body, headers = signed_delivery(payload, SECRET, delivery_id=delivery_id, timestamp=NOW)
    return handle(
        body,
        headers,
        SECRET,
        on_event=rec.on_event,
        on_approval=rec.on_approval,
        store=store,
        now=NOW,
        **kwargs,
    )


APPROVAL = webhook_example("withdrawApprovalRequested")
CRYPTO_APPROVAL = webhook_example("cryptoWithdrawalApprovalRequested")
NOTIFICATION = webhook_example("tradeStatusChanged")


def test_ping_is_answered_200_without_callbacks(store: DeliveryStore) -> None:
    rec = Recorder()
    ping = json.dumps(webhook_example("callbackUrlTest")).encode()
    answer = handle(
        ping, {}, SECRET, on_event=rec.on_event, on_approval=rec.on_approval, store=store
    )
    assert answer.status == 200
    assert rec.events == []
    assert rec.approvals == []


@pytest.mark.parametrize(
    "headers", [{}, {"X-AssetPay-Signature": "t=1,id=2,s=3"}, [("x-assetpay-signature", "")]]
)
def test_unverified_is_401(headers: Any, store: DeliveryStore) -> None:
    rec = Recorder()
    body = json.dumps(APPROVAL).encode()
    answer = handle(
        body, headers, SECRET, on_event=rec.on_event, on_approval=rec.on_approval, store=store
    )
    assert answer.status == 401
    assert rec.events == []
    assert rec.approvals == []


def test_forged_approval_is_never_2xx(store: DeliveryStore) -> None:
    rec = Recorder()
    body, headers = signed_delivery(APPROVAL, "attacker-secret", timestamp=NOW)
    answer = handle(
        body,
        headers,
        SECRET,
        on_event=rec.on_event,
        on_approval=rec.on_approval,
        store=store,
        now=NOW,
    )
    assert answer.status == 401
    assert rec.approvals == []


def test_notification_once_per_delivery_id(store: DeliveryStore) -> None:
    rec = Recorder()
    assert call(rec, NOTIFICATION, store, "dlv_1") == ok()
    assert call(rec, NOTIFICATION, store, "dlv_1") == ok()
    assert len(rec.events) == 1
    assert call(rec, NOTIFICATION, store, "dlv_2").status == 200
    assert len(rec.events) == 2
    assert isinstance(rec.events[0], TradeEvent)


def test_unknown_events_are_acknowledged(store: DeliveryStore) -> None:
    rec = Recorder()
    assert call(rec, {"something": "new"}, store).status == 200
    assert isinstance(rec.events[0], UnknownEvent)


@pytest.mark.parametrize("payload", [APPROVAL, CRYPTO_APPROVAL], ids=["skins", "crypto"])
@pytest.mark.parametrize(
    "verdict", [approve(), reject("insufficient balance")], ids=["approve", "reject"]
)
def test_approval_verdict_is_replayed(payload: Any, verdict: Answer, store: DeliveryStore) -> None:
    rec = Recorder(lambda _: verdict)
    first = call(rec, payload, store, "dlv_attempt_1")
    second = call(rec, payload, store, "dlv_attempt_2")  # every attempt has a new delivery id
    assert first == second == verdict
    assert len(rec.approvals) == 1
    assert rec.events == []
    assert first.json_bytes() == (
        b'{"action":"approve"}'
        if verdict.status == 200
        else b'{"action":"reject","reason":"insufficient balance"}'
    )


def test_approval_answers_are_the_documented_ones() -> None:
    assert (approve().status, dict(approve().body)) == (200, {"action": "approve"})
    rejected = reject("no funds")
    assert (rejected.status, dict(rejected.body)) == (
        402,
        {"action": "reject", "reason": "no funds"},
    )
    assert dict(rejected.headers) == {"content-type": "application/json"}
    assert ok().status == 200


@pytest.mark.parametrize(
    "bad",
    [
        None,
        ok(),
        Answer(200, {"action": "approve", "extra": 1}),
        Answer(400, {"action": "reject"}),
        Answer(402, {"action": "reject"}),
        "approve",
        True,
        200,
    ],
    ids=["none", "ok", "extra-key", "400", "no-reason", "str", "bool", "int"],
)
def test_bad_on_approval_result_is_500_and_forgotten(bad: Any, store: DeliveryStore) -> None:
    rec = Recorder(lambda _: bad)
    assert call(rec, APPROVAL, store).status == 500
    rec.verdict = lambda _: approve()
    assert call(rec, APPROVAL, store) == approve()
    assert len(rec.approvals) == 2


def test_raising_on_approval_is_500_and_retried(store: DeliveryStore) -> None:
    def boom(_: ApprovalRequest) -> Answer:
        raise RuntimeError("database down")

    rec = Recorder(boom)
    assert call(rec, APPROVAL, store).status == 500
    assert store.verdict("approval:trade:trade-uuid") is None
    rec.verdict = lambda _: reject("closed account")
    assert call(rec, APPROVAL, store).status == 402
    assert call(rec, APPROVAL, store).status == 402
    assert len(rec.approvals) == 2


def test_raising_on_event_is_500_and_retried(store: DeliveryStore) -> None:
    calls: list[Notification] = []

    def flaky(event: Notification) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("boom")

    body, headers = signed_delivery(NOTIFICATION, SECRET, delivery_id="dlv_f", timestamp=NOW)

    def run() -> Answer:
        return handle(
            body,
            headers,
            SECRET,
            on_event=flaky,
            on_approval=lambda _: approve(),
            store=store,
            now=NOW,
        )

    assert run().status == 500
    assert run().status == 200
    assert run().status == 200
    assert len(calls) == 2


def test_unreadable_approval_is_never_acknowledged(store: DeliveryStore) -> None:
    rec = Recorder()
    payload = json.loads(json.dumps(APPROVAL))
    del payload["trade"]["clientTradeUrl"]
    assert call(rec, payload, store).status == 500
    payload["trade"]["status"] = "INITIATED"
    assert call(rec, payload, store).status == 500
    assert rec.events == []
    assert rec.approvals == []


def test_store_none_uses_the_process_default() -> None:
    rec = Recorder()
    payload = json.loads(json.dumps(APPROVAL))
    payload["trade"]["id"] = "default-store-trade"
    assert call(rec, payload, None) == approve()
    assert call(rec, payload, None) == approve()
    assert len(rec.approvals) == 1
    assert DEFAULT_STORE.seen("approval:trade:default-store-trade")


def test_failing_store_is_500_not_a_verdict() -> None:
    class Broken(MemoryDeliveryStore):
        @contextmanager
        def begin(self, key: str, *, wait: float) -> Iterator[Claim]:
            raise OSError("disk full")
            yield Claim(None)  # unreachable: makes this a generator

    rec = Recorder()
    assert call(rec, APPROVAL, Broken()).status == 500
    assert rec.approvals == []


# --- stores --------------------------------------------------------------------------------------


def test_a_store_keeps_only_what_a_block_decided_and_left_without_an_error(
    store: DeliveryStore,
) -> None:
    assert isinstance(store, DeliveryStore)
    assert not store.seen("k")
    assert store.verdict("k") is None

    def crash_after_deciding() -> None:
        with store.begin("k", wait=1) as claim:
            assert claim.stored is None
            claim.decide(approve())
            raise RuntimeError("crash before the commit")

    with pytest.raises(RuntimeError, match="crash"):
        crash_after_deciding()
    assert store.verdict("k") is None
    with store.begin("k", wait=1) as claim:
        assert claim.stored is None  # left undecided: nothing is kept
    assert not store.seen("k")
    with store.begin("k", wait=1) as claim:
        claim.decide(reject("first"))
    assert store.seen("k")
    assert store.verdict("k") == reject("first")
    with store.begin("k", wait=1) as claim:
        assert claim.stored == reject("first")
        assert claim.connection is None
        with pytest.raises(WebhookConfigurationError):
            claim.decide(approve())  # the first verdict wins
    assert store.verdict("k") == reject("first")


def test_a_held_key_makes_others_wait_then_busy_and_is_free_once_the_holder_ends(
    store: DeliveryStore,
) -> None:
    holding, done = threading.Event(), threading.Event()

    def holder() -> None:
        with store.begin("k", wait=1):
            holding.set()
            done.wait(5)  # and leaves undecided, as a crash would

    with ThreadPoolExecutor(1) as pool:
        held = pool.submit(holder)
        assert holding.wait(5)
        started = time.monotonic()
        with pytest.raises(DeliveryStoreBusy), store.begin("k", wait=0.2):
            pass
        waited = time.monotonic() - started
        done.set()
        held.result()
    assert 0.15 <= waited < 2
    with store.begin("k", wait=1) as claim:  # at once: no lease to wait out
        assert claim.stored is None
        claim.decide(approve())
    assert store.verdict("k") == approve()


def test_sqlite_survives_restart(tmp_path: Path) -> None:
    path = tmp_path / "deliveries.db"
    rec = Recorder(lambda _: reject("limit reached"))
    first = SQLiteDeliveryStore(path)
    assert call(rec, APPROVAL, first).status == 402
    first.close()
    again = SQLiteDeliveryStore(path)  # a new process would open it the same way
    assert again.verdict("approval:trade:trade-uuid") == reject("limit reached")
    rec.verdict = lambda _: approve()
    assert call(rec, APPROVAL, again) == reject("limit reached")
    assert len(rec.approvals) == 1
    assert again._connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("payload", [APPROVAL, CRYPTO_APPROVAL], ids=["skins", "crypto"])
def test_concurrent_copies_run_on_approval_once(payload: Any, store: DeliveryStore) -> None:
    start = threading.Barrier(8)
    release = threading.Event()

    def slow_verdict(_: ApprovalRequest) -> Answer:
        release.wait(2)
        return approve()

    rec = Recorder(slow_verdict)

    def attempt(i: int) -> Answer:
        start.wait()
        if i == 7:
            threading.Event().wait(0.2)
            release.set()
        return call(rec, payload, store, f"dlv_attempt_{i}")

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(attempt, range(8)))
    assert len(rec.approvals) == 1
    assert answers == [approve()] * 8


def test_loser_answers_503_when_the_winner_is_too_slow(store: DeliveryStore) -> None:
    gate = threading.Event()

    def stuck(_: ApprovalRequest) -> Answer:
        gate.wait(5)
        return reject("too late")

    rec = Recorder(stuck)
    with ThreadPoolExecutor(2) as pool:
        winner = pool.submit(call, rec, APPROVAL, store, "dlv_w")
        while not rec.approvals:
            threading.Event().wait(0.01)
        loser = call(rec, APPROVAL, store, "dlv_l", claim_wait=0.1)
        gate.set()
        assert winner.result().status == 402
    assert loser.status == 503  # not 2xx (approves) and not 4xx (rejects)
    assert loser.headers["retry-after"] == "1"
    assert len(rec.approvals) == 1
    assert call(rec, APPROVAL, store, "dlv_later") == reject("too late")


def _process_worker(path: str, barrier: Any, results: Any) -> None:
    import json as _json

    from assetpay.webhooks import SQLiteDeliveryStore as Store
    from assetpay.webhooks import approve as _approve
    from assetpay.webhooks import handle as _handle
    from assetpay.webhooks import signed_delivery as _signed

    store = Store(path)
    body, headers = _signed(APPROVAL, SECRET, timestamp=NOW)
    ran: list[int] = []

    def decide(_: object) -> Answer:
        ran.append(1)
        threading.Event().wait(0.3)
        return _approve()

    barrier.wait()
    answer = _handle(
        body, headers, SECRET, on_event=lambda _: None, on_approval=decide, store=store, now=NOW
    )
    results.put((len(ran), answer.status, _json.dumps(dict(answer.body))))


def test_concurrent_processes_run_on_approval_once(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    SQLiteDeliveryStore(path)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(4)
    results = ctx.Queue()
    procs = [ctx.Process(target=_process_worker, args=(path, barrier, results)) for _ in range(4)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=30) for _ in procs]
    for p in procs:
        p.join(10)
    assert sum(ran for ran, _, _ in outcomes) == 1
    assert {(status, body) for _, status, body in outcomes} == {(200, '{"action": "approve"}')}


def test_an_approval_with_an_unreadable_item_is_never_handed_over(store: DeliveryStore) -> None:
    # lists of models are built on first read, but an approval request is parsed whole first
    rec = Recorder()
    for bad in ({"tradable": "no id"}, "an item", None):
        payload = json.loads(json.dumps(APPROVAL))
        payload["trade"]["items"][0] = bad
        assert call(rec, payload, store).status == 500
    assert rec.approvals == []
    assert call(rec, APPROVAL, store).status == 200  # the readable one is approved
    assert len(rec.approvals) == 1


def test_a_notification_whose_items_cannot_be_read_is_500_and_retried(
    store: DeliveryStore,
) -> None:
    payload = json.loads(json.dumps(NOTIFICATION))
    payload["trade"]["items"] = [{"tradable": "no id"}]

    class ItemReader(Recorder):
        read = True

        def on_event(self, event: Notification) -> None:
            super().on_event(event)
            assert isinstance(event, TradeEvent)
            if self.read:
                _ = event.trade.items  # raises InvalidResponseError

    rec = ItemReader()

    def run(read: bool) -> Answer:
        rec.read = read
        return call(rec, payload, store, delivery_id="dlv_items")

    assert run(True).status == 500  # nothing remembered: AssetPay sends it again
    assert run(True).status == 500
    assert run(False).status == 200
    assert run(True).status == 200  # acknowledged once, not run again
    assert len(rec.events) == 3


@pytest.mark.parametrize("claim_wait", [-1, float("nan"), 61, "5", True])
def test_a_claim_wait_that_is_not_seconds_is_refused(claim_wait: Any) -> None:
    rec = Recorder()
    with pytest.raises(WebhookConfigurationError, match="claim_wait"):
        call(rec, APPROVAL, MemoryDeliveryStore(), claim_wait=claim_wait)
    for factory in (asgi_app, wsgi_app):
        with pytest.raises(WebhookConfigurationError, match="claim_wait"):
            factory(SECRET, on_event=print, on_approval=rec.on_approval, claim_wait=claim_wait)
    assert rec.approvals == []
