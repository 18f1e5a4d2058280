"""Trade and crypto lifecycles on the sandbox, seen by a merchant: the approval callback, signed
notifications, deposits, withdrawals, declines, cancels, auto-cancel and crypto withdrawals.

The merchant side is ``assetpay.webhooks`` (``verify`` on every request, ``asgi_app`` with
``approve``/``reject`` where a real merchant would use it) behind a uvicorn receiver on
127.0.0.1; the sandbox clock runs at real speed and is moved with ``POST /_sandbox/clock``
+ ``POST /_sandbox/tick`` so each step is observed, or runs fast where only the end matters.
Facts: reference sections 3.10-3.14, 4.4, 5 and README "Sandbox and `make demo`".
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest

import assetpay
from assetpay import errors
from assetpay.webhooks import (
    Answer,
    ApprovalRequest,
    CryptoWithdrawalApprovalRequest,
    MemoryDeliveryStore,
    Notification,
    TradeEvent,
    WebhookVerificationError,
    WithdrawApprovalRequest,
    approve,
    asgi_app,
    reject,
    verify,
)
from assetpay_sandbox import Timings

from .conftest import (
    BASE,
    STEAM_ID,
    TRADE_URL,
    Admin,
    Delivery,
    Receiver,
    Reply,
    cheapest_listing,
    free_port,
    merchant_client,
    price_of,
    receiving,
    running,
    wait_until,
)

SECRET = BASE.api_secret
OLD_SECRET = "previous-sandbox-secret"  # noqa: S105 - a test value
WEEK = 7 * 86400.0
FAST: dict[str, Any] = {
    "tick": 0.01,
    "approval_timeout": 0.3,
    "approval_retry_delay": 0.05,
    "callback_retry_delay": 0.05,
    # generous: with a test worker on every core, a busy machine may take over 0.5 s to answer
    "callback_timeout": 2.0,
}
ETH_ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"


def ts(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def approvals(receiver: Receiver, trade_id: str) -> list[Delivery]:
    return [d for d in receiver.of(trade_id) if isinstance(d.event, WithdrawApprovalRequest)]


def events(receiver: Receiver, trade_id: str) -> list[Delivery]:
    return [d for d in receiver.of(trade_id) if isinstance(d.event, TradeEvent)]


def status_of(ap: assetpay.AssetPay, ref: str) -> str:
    return str(ap.trades.get(ref).status)


@dataclass
class Merchant:
    """A merchant's books: users' balances, debited on approval and refunded on failure."""

    balances: dict[str, float]
    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: list[Notification] = field(default_factory=list)
    verdicts: Counter[str] = field(default_factory=Counter)

    def on_approval(self, request: ApprovalRequest) -> Answer:
        with self.lock:
            if isinstance(request, WithdrawApprovalRequest):
                user, amount = request.trade.client_steam_id, float(request.trade.total_price)
            else:
                user, amount = request.withdrawal.steam_id, request.withdrawal.amount_cents / 100
            if self.balances.get(user, 0.0) >= amount:
                self.balances[user] -= amount
                self.verdicts["approve"] += 1
                return approve()
            self.verdicts["reject"] += 1
            return reject("insufficient funds")

    def on_event(self, event: Notification) -> None:
        with self.lock:
            self.seen.append(event)

    def app(self) -> Any:
        return asgi_app(
            [SECRET], on_event=self.on_event, on_approval=self.on_approval,
            store=MemoryDeliveryStore(),
        )  # fmt: skip


@pytest.fixture
def merchant() -> Merchant:
    return Merchant({STEAM_ID: 10_000.0})


# -------------------------------------------------------------------------------------------------
# 1. the withdrawal approval callback
# -------------------------------------------------------------------------------------------------

REJECT = b'{"action":"reject","reason":"no funds"}'
APPROVE = b'{"action":"approve"}'


@dataclass(frozen=True)
class Case:
    replies: tuple[Reply, ...]  # the answer to attempt 1, 2, 3
    status: str  # the trade's status once decided
    error: str | None
    attempts: int


CASES: dict[str, Case] = {
    "200-approve": Case((Reply(200, APPROVE),), "pending", None, 1),
    "200-empty-object": Case((Reply(200, b"{}"),), "pending", None, 1),
    "204-no-body": Case((Reply(204, b""),), "pending", None, 1),
    "200-not-json": Case((Reply(200, b"ok"),), "pending", None, 1),
    "200-reject-body": Case((Reply(200, REJECT),), "failed", "MERCHANT_REJECTED", 1),
    "202-reject-body": Case(
        (Reply(202, b'{"action":"reject"}'),), "failed", "MERCHANT_REJECTED", 1
    ),
    "402": Case((Reply(402, REJECT),), "failed", "MERCHANT_REJECTED", 1),
    "400": Case((Reply(400, b"{}"),), "failed", "MERCHANT_REJECTED", 1),
    "401": Case((Reply(401, b"{}"),), "failed", "MERCHANT_REJECTED", 1),
    "403": Case((Reply(403, b"{}"),), "failed", "MERCHANT_REJECTED", 1),
    "404": Case((Reply(404, b"{}"),), "failed", "MERCHANT_REJECTED", 1),
    "409": Case((Reply(409, b"{}"),), "failed", "MERCHANT_REJECTED", 1),
    "422-approve-body": Case((Reply(422, APPROVE),), "failed", "MERCHANT_REJECTED", 1),
    "408x3": Case((Reply(408, b"{}"),) * 3, "failed", "APPROVAL_TIMEOUT", 3),
    "429x3": Case((Reply(429, b"{}"),) * 3, "failed", "APPROVAL_TIMEOUT", 3),
    "500x3": Case((Reply(500, b"{}"),) * 3, "failed", "APPROVAL_TIMEOUT", 3),
    "502-503-504": Case(
        (Reply(502, b"{}"), Reply(503, b"{}"), Reply(504, b"{}")), "failed", "APPROVAL_TIMEOUT", 3
    ),
    "slow-x3": Case((Reply(200, APPROVE, delay=0.8),) * 3, "failed", "APPROVAL_TIMEOUT", 3),
    "500-then-approve": Case((Reply(500, b"{}"), Reply(200, APPROVE)), "pending", None, 2),
    "429-408-then-approve": Case(
        (Reply(429, b"{}"), Reply(408, b"{}"), Reply(200, APPROVE)), "pending", None, 3
    ),
    "slow-then-reject": Case(
        (Reply(200, APPROVE, delay=0.8), Reply(402, REJECT)), "failed", "MERCHANT_REJECTED", 2
    ),
    "503-then-reject-body": Case(
        (Reply(503, b"{}"), Reply(200, REJECT)), "failed", "MERCHANT_REJECTED", 2
    ),
}


@dataclass
class MatrixRun:
    receiver: Receiver
    trades: dict[str, dict[str, Any]]  # case -> the trade as finally looked up
    created: dict[str, Any]  # case -> the trade as created
    wallet_before: dict[str, float]
    wallet_locked: dict[str, float]
    wallet_after: dict[str, float]
    price: float


@pytest.fixture(scope="module")
def matrix() -> Iterator[MatrixRun]:
    """Every case of CASES at once: one withdrawal per case, answered by a scripted receiver."""
    attempts: Counter[str] = Counter()

    def script(delivery: Delivery, _n: int) -> Reply:
        if not isinstance(delivery.event, WithdrawApprovalRequest):
            return Reply()
        trade = delivery.trade
        case = CASES[trade["externalId"].removeprefix("m-")]
        attempts[trade["id"]] += 1
        return case.replies[min(attempts[trade["id"]], len(case.replies)) - 1]

    receiver = Receiver(SECRET, script=script)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, restock=True, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        before = admin.wallet()
        created = {
            name: user.trades.withdraw(
                items=[{"item_id": lid, "price": price}], external_id=f"m-{name}"
            )
            for name in CASES
        }
        locked = admin.wallet()
        ids = {name: trade.id for name, trade in created.items()}

        def decided() -> bool:
            return all(
                status_of(ap, f"m-{name}") == CASES[name].status for name in CASES
            ) and not admin.state()["deliveries"].get("inflight")

        wait_until(decided, timeout=20)
        trades = {name: admin.http.get(f"/secure/trades/{ids[name]}", headers={
            "api-key": BASE.api_key}).json()["data"] for name in CASES}  # fmt: skip
        after = admin.wallet()
        yield MatrixRun(receiver, trades, created, before, locked, after, price)


@pytest.mark.parametrize("name", list(CASES))
def test_approval_answer_decides_the_withdrawal(matrix: MatrixRun, name: str) -> None:
    case = CASES[name]
    trade = matrix.trades[name]
    assert trade["status"] == case.status
    assert trade.get("error") == case.error
    sent = approvals(matrix.receiver, trade["id"])
    assert len(sent) == case.attempts
    # every attempt carries a new delivery id, and each verifies with the merchant's secret
    assert len({d.delivery_id for d in sent}) == case.attempts
    for delivery in sent:
        assert delivery.error is None
        event = verify(delivery.body, delivery.signature, SECRET)
        assert isinstance(event, WithdrawApprovalRequest)
        assert event.trade.id == trade["id"]
        assert str(event.status) == "initiated"
        with pytest.raises(WebhookVerificationError) as bad:
            verify(delivery.body, delivery.signature, "not-the-secret")
        assert bad.value.reason == "signature_mismatch"
    # the approval request is the trade as created, then exactly one notification per step
    assert sent[0].trade["totalPrice"] == matrix.price
    assert [str(d.event.status) for d in events(matrix.receiver, trade["id"])] == [case.status]


def test_approval_moves_the_wallet(matrix: MatrixRun) -> None:
    """Debited on approval, released on rejection (the lock at creation: next test)."""
    n, price = len(CASES), matrix.price
    approved = sum(1 for c in CASES.values() if c.status == "pending")
    before, locked, after = matrix.wallet_before, matrix.wallet_locked, matrix.wallet_after
    # nothing leaks while approvals are decided: available + locked == before - approved ones
    assert locked["balance"] + locked["pendingBalance"] >= before["balance"] - n * price - 1e-9
    assert after["balance"] == pytest.approx(before["balance"] - approved * price)
    assert after["pendingBalance"] == pytest.approx(0.0)


def test_unreachable_callback_url_times_the_approval_out() -> None:
    """Connection refused counts as a failed attempt: three of them -> APPROVAL_TIMEOUT."""
    url = f"http://127.0.0.1:{free_port()}/assetpay"
    with (
        running(callback_url=url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}], external_id="cr")
        locked = admin.wallet()  # the total is locked while the approval is undecided
        assert locked["balance"] == pytest.approx(1000.0 - price)
        assert locked["pendingBalance"] == pytest.approx(price)
        wait_until(lambda: status_of(ap, "cr") == "failed")
        final = ap.trades.get("cr")
        assert str(final.error) == "APPROVAL_TIMEOUT"
        approval = admin.deliveries(trade.id)[0]
        assert (approval["kind"], approval["attempts"], approval["state"]) == (
            "approval", 3, "failed",
        )  # fmt: skip
        assert admin.wallet() == {
            "balance": 1000.0, "pendingBalance": 0.0, "escrowBalance": 0.0, "currency": "USD",
        }  # fmt: skip


# -------------------------------------------------------------------------------------------------
# 1 + 4. a real merchant (asgi_app): approve what the user can pay, reject the rest; full lifecycle
# -------------------------------------------------------------------------------------------------


def test_withdrawal_lifecycle_with_a_real_merchant(merchant: Merchant) -> None:
    merchant.balances = {STEAM_ID: 5.0}
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        assert price < 5.0
        expensive = max(
            (x for x in server.sandbox.engine.catalogue.listings.values() if x.item.game == 730
             and 5.0 < x.price_cents / 100 < 500),
            key=lambda x: x.price_cents,
        )  # fmt: skip
        dear = expensive.price_cents / 100

        paid = user.trades.withdraw(
            items=[{"item_id": lid, "price": price, "external_id": "it-1"}], external_id="ok"
        )
        assert str(paid.status) == "initiated"
        assert "name" not in paid.to_dict()["items"][0]  # resolved only after approval
        wait_until(lambda: status_of(ap, "ok") == "pending")
        wallet = admin.wallet()
        assert wallet["balance"] == pytest.approx(1000.0 - price)  # debited on approval
        assert wallet["pendingBalance"] == pytest.approx(0.0)
        assert merchant.balances[STEAM_ID] == pytest.approx(5.0 - price)

        refused = user.trades.withdraw(
            items=[{"item_id": expensive.id, "price": dear}], external_id="too-dear"
        )
        wait_until(lambda: status_of(ap, "too-dear") == "failed")
        assert str(ap.trades.get("too-dear").error) == "MERCHANT_REJECTED"
        assert admin.wallet()["balance"] == pytest.approx(1000.0 - price)  # released
        assert [d.status for d in approvals(receiver, refused.id)] == [402]

        # pending -> active -> hold -> completed on the sandbox clock, one callback per step
        admin.advance(61)
        active = ap.trades.get("ok")
        assert str(active.status) == "active"
        assert active.offer_id
        assert active.active_at
        assert active.bot_info
        assert active.items[0].asset_id  # delivered items carry their Steam asset id
        admin.advance(121)
        hold = ap.trades.get("ok")
        assert str(hold.status) == "hold"
        assert hold.hold_end_date
        admin.advance(WEEK + 1)
        done = ap.trades.get("ok")
        assert str(done.status) == "completed"
        assert str(done.items[0].status) == "completed"
        assert done.items[0].external_id == "it-1"
        wait_until(lambda: "completed" in receiver.statuses(paid.id))
        # a delivery is recorded when it arrives; wait for the merchant's answers to be sent too
        wait_until(lambda: all(d.status for d in events(receiver, paid.id)))
        notes = events(receiver, paid.id)
        assert [str(d.event.status) for d in notes] == ["pending", "active", "hold", "completed"]
        assert all(d.status == 200 and d.error is None for d in notes), [
            (getattr(d.event, "status", None), d.status, d.error) for d in notes
        ]
        pending_item = notes[0].trade["items"][0]
        assert pending_item["name"]
        assert pending_item["marketHashName"]
        assert admin.wallet()["balance"] == pytest.approx(1000.0 - price)
        assert merchant.verdicts == Counter({"approve": 1, "reject": 1})
        assert [str(d.event.status) for d in events(receiver, refused.id)] == ["failed"]


def test_self_buy_and_quick_withdraw_need_approval_too(merchant: Merchant) -> None:
    """/secure/buy and quick withdrawals are approval requests like every withdrawal; a quick
    withdrawal holds the worst case and keeps only what the listings bought cost."""
    merchant.balances = {STEAM_ID: 10_000.0}
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        lid, price = cheapest_listing(server)
        bought = ap.trades.buy(trade_url=TRADE_URL, items=[{"item_id": lid, "price": price}])
        assert str(bought.source) == "self"
        wait_until(lambda: status_of(ap, bought.id) == "pending")
        assert approvals(receiver, bought.id)[0].trade["source"] == "self"
        item = server.sandbox.engine.catalogue.listings[lid].item
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        quick = user.trades.quick_withdraw(item_id=item.catalog_id, max_price=100.0, amount=2)
        assert float(quick.total_price) == 200.0  # the worst case is held back
        assert quick.items == []
        wait_until(lambda: status_of(ap, quick.id) == "pending")
        filled = ap.trades.get(quick.id)
        assert len(filled.items) == 2
        spent = float(filled.total_price)
        assert spent == pytest.approx(sum(price_of(i) for i in filled.items))
        assert admin.wallet()["balance"] == pytest.approx(1000.0 - price - spent)
        assert admin.wallet()["pendingBalance"] == pytest.approx(0.0)
        assert merchant.verdicts == Counter({"approve": 2})


# -------------------------------------------------------------------------------------------------
# 2. regular callbacks: retried with the same delivery id; secret rotation (s1)
# -------------------------------------------------------------------------------------------------


def test_notifications_are_retried_with_the_same_delivery_id() -> None:
    """Each event's first two attempts fail (500, then a timeout); the third is answered 200."""
    tries: Counter[str] = Counter()

    def script(delivery: Delivery, _n: int) -> Reply:
        if isinstance(delivery.event, WithdrawApprovalRequest):
            return Reply(200, APPROVE)
        tries[delivery.delivery_id] += 1
        timeout = Reply(200, b"{}", delay=FAST["callback_timeout"] + 0.3)
        return {1: Reply(500, b"{}"), 2: timeout}.get(tries[delivery.delivery_id], Reply())

    receiver = Receiver(SECRET, script=script)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}])
        wait_until(lambda: status_of(ap, trade.id) == "pending")
        for _ in range(3):
            admin.advance(WEEK + 200)
        assert status_of(ap, trade.id) == "completed"

        def last_delivered() -> bool:
            done = receiver.statuses(trade.id)[-1:] == ["completed"]
            return done and tries[events(receiver, trade.id)[-1].delivery_id] == 3

        wait_until(last_delivered, timeout=15)
        notes = events(receiver, trade.id)
        by_id: dict[str, list[Delivery]] = {}
        for d in notes:
            by_id.setdefault(d.delivery_id, []).append(d)
        assert [str(v[0].event.status) for v in by_id.values()] == [
            "pending", "active", "hold", "completed",
        ]  # fmt: skip
        for copies in by_id.values():
            assert len(copies) == 3  # 500, timeout, 200 -- always the same id and body
            assert len({c.body for c in copies}) == 1
            assert (copies[0].status, copies[-1].status) == (500, 200)

        def event_rows() -> list[dict[str, Any]]:
            return [r for r in admin.deliveries(trade.id) if r["kind"] == "event"]

        # the sandbox books the last answer just after the receiver sent it
        wait_until(lambda: all(r["state"] == "delivered" for r in event_rows()), timeout=15)
        rows = event_rows()
        assert [(r["attempts"], r["state"]) for r in rows] == [(3, "delivered")] * 4
        assert [r["delivery_id"] for r in rows] == list(by_id)
        # one subject's notifications go out in order: none overtakes an undelivered one
        order = [str(d.event.status) for d in notes]
        assert order == sorted(order, key=["pending", "active", "hold", "completed"].index)


def test_secret_rotation_signs_with_the_previous_secret_too(merchant: Merchant) -> None:
    receiver = Receiver([SECRET, OLD_SECRET], app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, previous_secret=OLD_SECRET, speed=1.0, **FAST)
        as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):  # fmt: skip
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}])
        wait_until(lambda: status_of(ap, trade.id) == "pending")
        admin.advance(61)
        wait_until(lambda: "active" in receiver.statuses(trade.id))
        sent = receiver.of(trade.id)
        assert len(sent) >= 3  # approval, pending, active
        for delivery in sent:
            assert delivery.signature is not None
            assert {"t", "id", "s", "s1"} <= set(dict(
                p.strip().split("=", 1) for p in delivery.signature.split(",")
            ))  # fmt: skip
            for secrets in ([SECRET, OLD_SECRET], [OLD_SECRET, SECRET], OLD_SECRET, SECRET):
                verify(delivery.body, delivery.signature, secrets)
            with pytest.raises(WebhookVerificationError):
                verify(delivery.body, delivery.signature, "a-third-secret")
        # the old secret verifies only through s1: without it, the old secret fails
        header = sent[0].signature or ""
        s_only = ",".join(p for p in header.split(",") if not p.strip().startswith("s1="))
        with pytest.raises(WebhookVerificationError):
            verify(sent[0].body, s_only, OLD_SECRET)
        assert merchant.verdicts["approve"] == 1


def test_without_rotation_there_is_no_s1() -> None:
    receiver = Receiver(SECRET)
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}])
        wait_until(lambda: status_of(ap, trade.id) == "pending" and events(receiver, trade.id))
        for delivery in receiver.of(trade.id):
            assert delivery.signature is not None
            assert "s1=" not in delivery.signature
            with pytest.raises(WebhookVerificationError):
                verify(delivery.body, delivery.signature, OLD_SECRET)


# -------------------------------------------------------------------------------------------------
# 3. deposits
# -------------------------------------------------------------------------------------------------


def _deposit_rows(user: assetpay.ClientScope, game: int = 730) -> list[Any]:
    inventory = user.inventory.get(accepted_only=True, game=game, limit=-1)
    return list(inventory.inventory)


def test_cs2_instant_deposit_credits_pre_then_pending(merchant: Merchant) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        inventory = user.inventory.get(accepted_only=True, game=730, limit=-1)
        collateral = float(inventory.collateral)
        rows = sorted(inventory.inventory, key=lambda r: -price_of(r))
        basket, total = [], 0.0
        for row in rows:  # more than the collateral covers, so the credit is split
            basket.append({"item_id": row.id, "price": price_of(row)})
            total += price_of(row)
            if total > collateral + 1:
                break
        assert total > collateral > 0
        trade = user.trades.deposit(items=basket, is_instant=True, external_id="dep-1")
        pre, pending = float(trade.pre_credit), float(trade.pending_credit)  # type: ignore[arg-type]
        assert pre == pytest.approx(collateral)
        assert pre + pending == pytest.approx(float(trade.total_price))
        assert float(trade.total_price) == pytest.approx(total)
        assert str(trade.status) == "initiated"
        # the exposure of an open deposit uses up the user's collateral
        assert float(user.inventory.get(game=730).collateral) == pytest.approx(0.0)
        start = admin.wallet()

        admin.advance(31)
        active = ap.trades.get("dep-1")
        assert str(active.status) == "active"
        assert active.offer_id
        assert admin.wallet() == start
        admin.advance(121)
        hold = ap.trades.get("dep-1")
        assert str(hold.status) == "hold"
        assert hold.hold_end_date
        wallet = admin.wallet()
        assert wallet["balance"] == pytest.approx(start["balance"] + pre)
        assert wallet["escrowBalance"] == pytest.approx(start["escrowBalance"] + pending)
        admin.advance(WEEK + 1)
        assert status_of(ap, "dep-1") == "completed"
        wallet = admin.wallet()
        assert wallet["balance"] == pytest.approx(start["balance"] + total)
        assert wallet["escrowBalance"] == pytest.approx(0.0)
        wait_until(lambda: "completed" in receiver.statuses(trade.id))
        assert receiver.statuses(trade.id) == ["initiated", "active", "hold", "completed"]
        for delivery in receiver.of(trade.id):  # a deposit's `initiated` is only a notification
            assert isinstance(delivery.event, TradeEvent)
            body = delivery.trade
            assert body["preCredit"] + body["pendingCredit"] == pytest.approx(body["totalPrice"])
        assert merchant.verdicts == Counter()


def test_cs2_deposit_without_instant_credit_pays_at_completion() -> None:
    with running(speed=1.0, tick=0.01) as server, merchant_client(server) as ap, Admin(
        server
    ) as admin:  # fmt: skip
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        row = _deposit_rows(user)[0]
        price = price_of(row)
        trade = user.trades.deposit(items=[{"item_id": row.id, "price": price}])
        assert trade.pre_credit == 0
        assert trade.pending_credit == pytest.approx(price)
        admin.advance(31)
        admin.advance(121)
        assert status_of(ap, trade.id) == "hold"
        assert admin.wallet()["balance"] == 1000.0
        assert admin.wallet()["escrowBalance"] == pytest.approx(price)
        admin.advance(WEEK + 1)
        assert status_of(ap, trade.id) == "completed"
        assert admin.wallet()["balance"] == pytest.approx(1000.0 + price)
        assert admin.wallet()["escrowBalance"] == 0.0


def test_rust_deposit_has_no_hold_and_is_credited_in_full(merchant: Merchant) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        rows = _deposit_rows(user, game=252490)
        assert rows
        row = rows[0]
        amount = min(3, int(row.to_dict()["offer"].get("maxAmount") or 1))
        trade = user.trades.deposit(
            items=[{"item_id": row.id, "price": price_of(row), "amount": amount}],
            game="252490", is_instant=False,
        )  # fmt: skip
        total = float(trade.total_price)
        assert total == pytest.approx(price_of(row) * amount)
        assert float(trade.pre_credit) == pytest.approx(total)  # type: ignore[arg-type]
        assert trade.pending_credit == 0
        admin.advance(31)
        assert status_of(ap, trade.id) == "active"
        admin.advance(121)
        done = ap.trades.get(trade.id)
        assert str(done.status) == "completed"
        assert not done.hold_end_date
        assert admin.wallet()["balance"] == pytest.approx(1000.0 + total)
        assert admin.wallet()["escrowBalance"] == 0.0
        wait_until(lambda: "completed" in receiver.statuses(trade.id))
        assert receiver.statuses(trade.id) == ["initiated", "active", "completed"]


def test_self_sell_is_fully_trusted() -> None:
    with running(speed=1.0, tick=0.01) as server, merchant_client(server) as ap, Admin(
        server
    ) as admin:  # fmt: skip
        rows = ap.inventory.get(trade_url=TRADE_URL, accepted_only=True, game=730).inventory
        row = max(rows, key=lambda r: price_of(r))
        price = price_of(row)
        assert price > 20  # more than any client collateral would cover
        trade = ap.trades.sell(
            trade_url=TRADE_URL, items=[{"item_id": row.id, "price": price}], is_instant=False
        )
        assert str(trade.source) == "self"
        assert float(trade.pre_credit) == pytest.approx(price)  # type: ignore[arg-type]
        assert trade.pending_credit == 0
        assert trade.is_instant is True
        assert trade.collateral.to_dict() == {"merchant": 0, "provider": 0}  # type: ignore[union-attr]
        admin.advance(31)
        admin.advance(121)
        assert status_of(ap, trade.id) == "hold"
        assert admin.wallet()["balance"] == pytest.approx(1000.0 + price)  # all of it at hold
        assert admin.wallet()["escrowBalance"] == 0.0
        admin.advance(WEEK + 1)
        assert status_of(ap, trade.id) == "completed"
        assert admin.wallet()["balance"] == pytest.approx(1000.0 + price)


# -------------------------------------------------------------------------------------------------
# 4. withdrawals: declines, cancels, auto-cancel
# -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "refund"),
    [(100.0, 98.0), (1000.0, 991.0), (450.0, 441.0), (10.0, 9.8)],
)
def test_declined_withdrawal_refunds_less_the_capped_penalty(
    merchant: Merchant, total: float, refund: float
) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, decline_rate=1.0, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        admin.set_balance(5000)
        lid, _ = cheapest_listing(server)
        admin.set_price(lid, total)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": total}])
        assert float(trade.total_price) == total
        wait_until(lambda: status_of(ap, trade.id) == "pending")
        assert admin.wallet()["balance"] == pytest.approx(5000 - total)
        admin.advance(61)
        admin.advance(121)
        assert status_of(ap, trade.id) == "declined"
        assert admin.wallet()["balance"] == pytest.approx(5000 - total + refund)
        assert refund == pytest.approx(float(errors.declined_withdrawal_refund(total)))
        wait_until(lambda: "declined" in receiver.statuses(trade.id))


SLOW_SUPPLIER = Timings(supplier=10 * 3600.0)


def test_item_and_trade_cancel_rules(merchant: Merchant) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, timings=SLOW_SUPPLIER, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        a, pa = cheapest_listing(server)
        b, pb = cheapest_listing(server, skip={a})
        c, pc = cheapest_listing(server, skip={a, b})
        trade = user.trades.withdraw(
            items=[
                {"item_id": a, "price": pa, "external_id": "ext-a"},
                {"item_id": b, "price": pb},
                {"item_id": c, "price": pc},
            ],
            auto_cancel=720,
        )
        wait_until(lambda: status_of(ap, trade.id) == "pending")
        paid = 1000.0 - (pa + pb + pc)
        assert admin.wallet()["balance"] == pytest.approx(paid)

        with pytest.raises(errors.APIError) as early:
            user.trades.cancel_item(trade.id, "ext-a")
        assert (early.value.key, early.value.code) == ("TRADE_CANCEL_TOO_SOON", 27)
        whole = user.trades.cancel(trade.id)
        assert (whole.requested, whole.cancelled, whole.failed) == (3, 0, 3)
        assert {str(i.reason) for i in whole.items} == {"TRADE_CANCEL_TOO_SOON"}

        admin.advance(31 * 60)
        one = user.trades.cancel_item(trade.id, "ext-a")  # the per-item externalId works
        assert (str(one.item_id), one.external_id, str(one.status)) == (a, "ext-a", "cancelled")
        assert str(ap.trades.get(trade.id).items[0].status) == "pending"  # not reverted yet
        admin.advance(31)
        after_one = ap.trades.get(trade.id)
        assert str(after_one.status) == "pending"
        assert [str(i.status) for i in after_one.items] == ["reverted", "pending", "pending"]
        assert admin.wallet()["balance"] == pytest.approx(paid + pa)
        wait_until(lambda: any(
            d.trade["items"][0]["status"] == "reverted" for d in events(receiver, trade.id)
        ))  # fmt: skip

        whole = user.trades.cancel(trade.id)
        assert (whole.requested, whole.cancelled, whole.failed) == (2, 2, 0)
        assert {i.item_id for i in whole.items} == {b, c}
        admin.advance(31)
        final = ap.trades.get(trade.id)
        assert str(final.status) == "reverted"
        assert str(final.reverted_by) == "supplier"
        assert admin.wallet()["balance"] == pytest.approx(1000.0)
        wait_until(lambda: "reverted" in receiver.statuses(trade.id))
        with pytest.raises(errors.APIError) as terminal:
            user.trades.cancel_item(trade.id, b)
        assert (terminal.value.key, terminal.value.code) == ("TRADE_NOT_CANCELLABLE", 28)
        nothing = user.trades.cancel(trade.id)
        assert (nothing.requested, nothing.cancelled, nothing.failed) == (0, 0, 0)


def test_cancel_refusals_outside_pending_cs2_withdrawals(merchant: Merchant) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        cs2 = user.trades.withdraw(items=[{"item_id": lid, "price": price}], auto_cancel=720)
        rust_id, rust_price = cheapest_listing(server, game=252490)
        rust = user.trades.withdraw(
            items=[{"item_id": rust_id, "price": rust_price}], game="252490"
        )
        assert not rust.auto_cancel_at  # Rust withdrawals have no auto-cancel
        wait_until(lambda: {status_of(ap, cs2.id), status_of(ap, rust.id)} == {"pending"})
        admin.advance(31 * 60)  # the supplier delivered: the offer is out
        assert status_of(ap, cs2.id) == "active"
        with pytest.raises(errors.APIError) as active:
            user.trades.cancel_item(cs2.id, lid)
        assert active.value.key == "TRADE_NOT_CANCELLABLE"
        with pytest.raises(errors.APIError) as unsupported:
            user.trades.cancel_item(rust.id, rust_id)
        assert unsupported.value.key == "TRADE_CANCEL_UNSUPPORTED"
        with pytest.raises(errors.APIError) as missing:
            user.trades.cancel_item(cs2.id, "no-such-item")
        assert missing.value.http_status == 404


def test_auto_cancel_reverts_undelivered_items(merchant: Merchant) -> None:
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, timings=SLOW_SUPPLIER, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        a, pa = cheapest_listing(server)
        b, pb = cheapest_listing(server, skip={a})
        default = user.trades.withdraw(items=[{"item_id": a, "price": pa}])  # 30 minutes
        disabled = user.trades.withdraw(items=[{"item_id": b, "price": pb}], auto_cancel=720)
        assert default.auto_cancel_at
        assert ts(default.to_dict()["autoCancelAt"]) - ts(default.to_dict()["createdAt"]) == (
            pytest.approx(1800, abs=0.01)
        )
        assert not disabled.auto_cancel_at
        wait_until(lambda: {status_of(ap, default.id), status_of(ap, disabled.id)} == {"pending"})
        admin.advance(25 * 60)
        assert status_of(ap, default.id) == "pending"
        admin.advance(6 * 60)
        reverted = ap.trades.get(default.id)
        assert str(reverted.status) == "reverted"
        assert [str(i.status) for i in reverted.items] == ["reverted"]
        assert status_of(ap, disabled.id) == "pending"
        assert admin.wallet()["balance"] == pytest.approx(1000.0 - pb)  # a refunded in full
        wait_until(lambda: "reverted" in receiver.statuses(default.id))


def test_approval_wait_does_not_count_towards_auto_cancel() -> None:
    """The receiver takes 0.5 s (real) to approve while the clock runs 3600x: ~30 sandbox
    minutes pass; the 30-minute auto-cancel still starts from the approval."""

    def script(delivery: Delivery, _n: int) -> Reply:
        if isinstance(delivery.event, WithdrawApprovalRequest):
            return Reply(200, APPROVE, delay=0.5)
        return Reply()

    receiver = Receiver(SECRET, script=script)
    with (
        receiving(receiver),
        running(
            callback_url=receiver.url, timings=SLOW_SUPPLIER, speed=3600.0,
            **{**FAST, "approval_timeout": 3.0},
        ) as server,
        merchant_client(server) as ap,
    ):  # fmt: skip
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        lid, price = cheapest_listing(server)
        trade = user.trades.withdraw(items=[{"item_id": lid, "price": price}])
        wait_until(lambda: events(receiver, trade.id))
        pending = events(receiver, trade.id)[0].trade
        assert pending["status"] == "pending"
        waited = ts(pending["updatedAt"]) - ts(pending["createdAt"])
        assert waited > 600
        assert ts(pending["autoCancelAt"]) - ts(pending["updatedAt"]) == pytest.approx(
            1800, abs=0.01
        )


# -------------------------------------------------------------------------------------------------
# 7. crypto
# -------------------------------------------------------------------------------------------------


def test_client_crypto_withdrawal_goes_through_approval(merchant: Merchant) -> None:
    merchant.balances = {STEAM_ID: 150.0}
    receiver = Receiver(SECRET, app=merchant.app())
    with (
        receiving(receiver),
        running(callback_url=receiver.url, speed=1.0, **FAST) as server,
        merchant_client(server) as ap,
        Admin(server) as admin,
    ):
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        ok = user.crypto.withdraw(
            chain="ETH", token="USDC", address=ETH_ADDRESS, amount_cents=10_000,  # noqa: S106
            request_id="cw-approve-1",
        )  # fmt: skip
        assert str(ok.status) == "awaiting_approval"
        assert (ok.fee_cents, ok.receive_cents) == (300, 9_700)
        again = user.crypto.withdraw(
            chain="ETH", token="USDC", address=ETH_ADDRESS, amount_cents=10_000,  # noqa: S106
            request_id="cw-approve-1",
        )  # fmt: skip
        assert again.id == ok.id  # requestId is the idempotency key: one withdrawal, one debit
        assert admin.wallet()["balance"] == pytest.approx(900.0)

        def crypto_status(wid: str) -> str:
            rows = ap.crypto.withdrawals(steam_id=STEAM_ID).withdrawals
            return next(str(w.status) for w in rows if w.id == wid)

        wait_until(lambda: crypto_status(ok.id) == "approved")
        no = user.crypto.withdraw(
            chain="BSC", token="USDT", address=ETH_ADDRESS, amount_cents=10_000,  # noqa: S106
            request_id="cw-reject-1",
        )  # fmt: skip
        wait_until(lambda: crypto_status(no.id) == "rejected")
        assert admin.wallet()["balance"] == pytest.approx(900.0)  # the rejected one came back
        admin.advance(61)
        admin.advance(61)
        assert crypto_status(ok.id) == "completed"
        wallet = admin.wallet()
        assert wallet["balance"] == pytest.approx(900.0)
        assert wallet["pendingBalance"] == 0.0
        wait_until(lambda: receiver.statuses(ok.id)[-1:] == ["completed"])
        assert receiver.statuses(ok.id) == ["awaiting_approval", "approved", "sent", "completed"]
        assert receiver.statuses(no.id) == ["awaiting_approval", "rejected"]
        first = receiver.of(ok.id)[0]
        assert isinstance(first.event, CryptoWithdrawalApprovalRequest)
        assert first.status == 200
        assert json.loads(first.body)["withdrawal"]["id"] == ok.id
        assert receiver.of(no.id)[0].status == 402
        assert merchant.verdicts == Counter({"approve": 1, "reject": 1})
        # another user's identical requestId is another withdrawal
        other = ap.crypto.withdraw(
            steam_id="76561198000000002", chain="ETH", token="USDC",  # noqa: S106
            address=ETH_ADDRESS, amount_cents=1_000, request_id="cw-approve-1",
        )  # fmt: skip
        assert other.id != ok.id


def test_deposit_addresses() -> None:
    with running() as server, merchant_client(server) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        eth = user.crypto.deposit_address(chain="ETH")
        assert (str(eth.status), eth.address is not None) == ("active", True)
        assert {str(t.token) for t in eth.tokens} == {"USDT", "USDC"}
        assert ap.crypto.deposit_address(steam_id=STEAM_ID, chain="ETH").address == eth.address
        assert user.crypto.deposit_address(chain="ETH").address == eth.address  # permanent
        assert user.crypto.deposit_address(chain="BSC").address != eth.address
        other = ap.crypto.deposit_address(steam_id="76561198000000002", chain="ETH")
        assert other.address != eth.address
        first = user.crypto.deposit_address(chain="SOL", token="USDT")  # noqa: S106
        assert (str(first.status), first.address, first.tokens) == ("pending", None, [])
        ready = user.crypto.deposit_address(chain="SOL", token="USDT")  # noqa: S106
        assert str(ready.status) == "active"
        assert ready.address
        assert [str(t.token) for t in ready.tokens] == ["USDT"]


def test_solana_token_accounts_differ_per_token() -> None:
    with running() as server, merchant_client(server) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        accounts = {}
        for token in ("USDT", "USDC"):
            user.crypto.deposit_address(chain="SOL", token=token)
            accounts[token] = user.crypto.deposit_address(chain="SOL", token=token).token_account
        assert accounts["USDT"] != accounts["USDC"]


def test_crypto_lists_page_with_before_and_next_before() -> None:
    with running(speed=1.0) as server, merchant_client(server) as ap, Admin(server) as admin:
        made = []
        for n in range(5):
            made.append(
                ap.crypto.withdraw(
                    steam_id=STEAM_ID, chain="SOL", token="USDC",  # noqa: S106
                    address=ETH_ADDRESS, amount_cents=1_000 + n, request_id=f"page-{n:04d}",
                ).id
            )  # fmt: skip
            admin.clock(advance=60)
        pages, before = [], None
        while True:
            page = ap.crypto.withdrawals(steam_id=STEAM_ID, limit=2, before=before)
            pages.append([w.id for w in page.withdrawals])
            if page.next_before is None:
                break
            assert page.next_before == page.withdrawals[-1].created_at
            before = page.next_before
        assert pages == [made[4:2:-1], made[2:0:-1], made[:1]]
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        assert [w.id for w in user.crypto.iterate_withdrawals(limit=2)] == made[::-1]
        # deposits page the same way
        steam = next(
            s for s in (f"7656119800000{n:04d}" for n in range(1, 200))
            if len(ap.crypto.deposits(steam_id=s, limit=100).deposits) >= 3
        )  # fmt: skip
        everything = [d.id for d in ap.crypto.deposits(steam_id=steam, limit=100).deposits]
        paged, before = [], None
        while True:
            page_d = ap.crypto.deposits(steam_id=steam, limit=1, before=before)
            paged += [d.id for d in page_d.deposits]
            if page_d.next_before is None:
                break
            before = page_d.next_before
        assert paged == everything
