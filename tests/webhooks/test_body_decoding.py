"""Callbacks decoded from their bytes straight into the model (``classify_body``) are the events
``classify`` makes of the parsed body: same kind, same model, same ``raw``; whatever the fast way
is not sure of, it leaves to ``classify``. ``raw`` is parsed when first read."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from concurrency import at_once
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from model_documents import document

import assetpay_client._decode as wire
from assetpay._json import loads
from assetpay.models import materialize
from assetpay.webhooks import (
    CryptoDepositEvent,
    CryptoWithdrawalApprovalRequest,
    CryptoWithdrawalEvent,
    TradeEvent,
    UnknownEvent,
    WebhookVerificationError,
    WithdrawApprovalRequest,
    sign,
    verify,
)
from assetpay.webhooks._events import _members, classify, classify_body
from assetpay_client.models.crypto_deposit import CryptoDeposit
from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
from assetpay_client.models.crypto_withdrawal_status import CryptoWithdrawalStatus
from assetpay_client.models.item_offer import ItemOffer
from assetpay_client.models.trade import Trade
from assetpay_client.models.trade_status import TradeStatus

from .conftest import NOW, SECRET, webhook_example

KINDS: dict[str, type[Any]] = {
    "trade": Trade,
    "withdrawal": CryptoWithdrawal,
    "deposit": CryptoDeposit,
}
EXAMPLES = {
    "tradeStatusChanged": TradeEvent,
    "withdrawApprovalRequested": WithdrawApprovalRequest,
    "cryptoDeposit": CryptoDepositEvent,
    "cryptoWithdrawal": CryptoWithdrawalEvent,
    "cryptoWithdrawalApprovalRequested": CryptoWithdrawalApprovalRequest,
}
MODEL_ATTRIBUTE = {
    TradeEvent: "trade",
    WithdrawApprovalRequest: "trade",
    CryptoDepositEvent: "deposit",
    CryptoWithdrawalEvent: "withdrawal",
    CryptoWithdrawalApprovalRequest: "withdrawal",
}


@pytest.fixture(autouse=True)
def no_skips() -> None:
    """Each case decides on its own (a refusal makes the next answers skip the fast way)."""
    wire._skips.clear()


def both_ways(body: bytes) -> tuple[Any, Any]:
    wire._skips.clear()
    fast = classify_body(body, "dlv_1", NOW)
    slow = classify(loads(body), "dlv_1", NOW)
    return fast, slow


def assert_same_event(fast: Any, slow: Any) -> None:
    assert type(fast) is type(slow)
    assert fast.delivery_id == slow.delivery_id
    assert fast.timestamp == slow.timestamp
    assert fast.dedupe_key == slow.dedupe_key
    assert fast.status == slow.status
    attribute = MODEL_ATTRIBUTE[type(fast)]
    ours, theirs = getattr(fast, attribute), getattr(slow, attribute)
    assert type(ours) is type(theirs)
    try:
        expected = materialize(theirs)
    except Exception as error:  # a list that cannot be parsed: fails the same way on read
        with pytest.raises(type(error)):
            materialize(ours)
    else:
        assert materialize(ours) == expected
        assert repr(ours) == repr(expected)
        assert ours.to_dict() == expected.to_dict()
    assert fast.raw == slow.raw


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_spec_example_is_decoded_the_fast_way(name: str) -> None:
    body = json.dumps(webhook_example(name)).encode()
    fast, slow = both_ways(body)
    assert type(fast) is EXAMPLES[name]
    assert_same_event(fast, slow)


def trade_statuses() -> list[str]:
    return [status.value for status in TradeStatus] + ["Initiated", " initiated", "", "gone"]


@st.composite
def bodies(draw: st.DrawFn) -> dict[str, Any]:
    """Callback bodies near the real ones: documents of the models (clean or not), statuses and
    types that are or resemble approvals, ids of every kind, several kinds, other keys."""
    kind = draw(st.sampled_from(sorted(KINDS)))
    obj = draw(document(KINDS[kind], clean=draw(st.booleans())))
    if kind == "trade" and draw(st.booleans()):
        obj.update(type="withdraw", status="initiated")  # an approval request
    elif kind == "trade":
        obj["type"] = draw(st.sampled_from(["withdraw", "deposit", "WITHDRAW", "Deposit", "x"]))
        obj["status"] = draw(st.sampled_from(trade_statuses()))
    elif kind == "withdrawal" and draw(st.booleans()):
        obj["status"] = "awaiting_approval"
    elif kind == "withdrawal":
        listed = [status.value for status in CryptoWithdrawalStatus]
        obj["status"] = draw(st.sampled_from([*listed, "Awaiting_Approval", "", "gone"]))
    if draw(st.integers(0, 4)) == 0:
        obj["id"] = draw(st.sampled_from(["", 12345, None, "9d3f1c2e"]))
    body: dict[str, Any] = {kind: obj}
    if draw(st.integers(0, 6)) == 0:
        other = draw(st.sampled_from(sorted(set(KINDS) - {kind})))
        body[other] = draw(document(KINDS[other], clean=True))
    if draw(st.integers(0, 6)) == 0:
        body["event"] = draw(st.sampled_from(["trade.updated", 1, None]))
    return body


@settings(
    max_examples=1_500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(payload=bodies())
def test_the_fast_way_classifies_as_classify_does(payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    fast, slow = both_ways(body)
    if fast is None:
        return
    assert_same_event(fast, slow)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(payload=bodies())
def test_clean_exact_bodies_are_never_left_to_classify(payload: dict[str, Any]) -> None:
    """The fast way is taken whenever there is nothing to doubt (else the test above could hold
    by never taking it)."""
    ((kind, obj),) = list(payload.items())[:1]
    wire._skips.clear()
    model = wire.convert(KINDS[kind], obj)
    if len(payload) != 1 or model is None:
        return
    slow = classify(loads(json.dumps(payload).encode()), "dlv_1", NOW)
    if isinstance(slow, UnknownEvent):
        return
    fast = classify_body(json.dumps(payload).encode(), "dlv_1", NOW)
    assert fast is not None
    assert_same_event(fast, slow)


@pytest.mark.parametrize(
    ("change", "left"),
    [
        (lambda t: t.update(status="Initiated"), True),
        (lambda t: t.update(type="WITHDRAW"), True),
        (lambda t: t.update(id=""), True),
        (lambda t: t.update(id=12345), True),
        (lambda t: t.update(zNew={"kept": True}), True),
        (lambda t: t["items"][0].update(zNew=1), True),
        (lambda t: t.update(type="deposit"), False),
        (lambda t: None, False),
    ],
    ids=[
        "status-case",
        "type-case",
        "empty-id",
        "int-id",
        "undeclared",
        "undeclared-inside",
        "deposit",
        "as-is",
    ],
)
def test_doubtful_approval_requests_are_left_to_classify(change: Any, left: bool) -> None:
    payload = webhook_example("withdrawApprovalRequested")
    change(payload["trade"])
    fast, slow = both_ways(json.dumps(payload).encode())
    assert (fast is None) is left
    if fast is not None:
        assert_same_event(fast, slow)


@pytest.mark.parametrize(
    "text",
    [
        '{"trade": TRADE, "other": 1e400}',
        '{"trade": TRADE, "other": [1, {"x": -1e999}]}',
    ],
)
def test_a_number_too_large_anywhere_is_invalid_json(text: str) -> None:
    trade = json.dumps(webhook_example("tradeStatusChanged")["trade"])
    inner = trade[:-1] + ', "zNew": 1e400}'
    for body in (text.replace("TRADE", trade).encode(), f'{{"trade": {inner}}}'.encode()):
        assert classify_body(body, "dlv_1", NOW) is None
        with pytest.raises(WebhookVerificationError) as caught:
            verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW)
        assert caught.value.reason == "invalid_json"


def test_a_model_that_ignores_undeclared_keys_turns_the_fast_way_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """msgspec would skip the values of undeclared keys unchecked there: no document is taken."""
    monkeypatch.setattr(wire, "_member_decoders", {})
    monkeypatch.setattr(ItemOffer, "_WIRE_OPEN", False)
    decode_members, members = _members()
    body = json.dumps(webhook_example("tradeStatusChanged")).encode()
    assert decode_members(members, body) is None
    assert classify_body(body, "dlv_1", NOW) is None
    assert isinstance(verify(body, sign(body, SECRET, timestamp=NOW), SECRET, now=NOW), TradeEvent)
    monkeypatch.undo()
    assert wire.decode_members(members, body) is not None


# --- raw, parsed when first read -----------------------------------------------------------------


def fast_event(name: str = "tradeStatusChanged") -> tuple[Any, bytes]:
    body = json.dumps(webhook_example(name)).encode()
    event = classify_body(body, "dlv_1", NOW)
    assert event is not None
    return event, body


def test_raw_is_parsed_once_when_first_read() -> None:
    event, body = fast_event()
    assert object.__getattribute__(event, "_body") == body
    raw = event.raw
    assert raw == json.loads(body)
    assert event.raw is raw
    assert object.__getattribute__(event, "_body") is None  # the bytes are let go


def test_threads_reading_raw_get_the_same_object() -> None:
    event, _ = fast_event("withdrawApprovalRequested")
    seen = at_once(8, lambda: event.raw)
    assert len(seen) == 8
    assert all(raw is seen[0] for raw in seen)


def test_repr_copy_and_pickle_carry_raw() -> None:
    event, body = fast_event("cryptoWithdrawal")
    assert "raw={" in repr(event)
    event, _ = fast_event("cryptoWithdrawal")
    for other in (copy.copy(event), copy.deepcopy(event), pickle.loads(pickle.dumps(event))):  # noqa: S301
        assert type(other) is CryptoWithdrawalEvent
        assert other.raw == json.loads(body)
        assert other.withdrawal == event.withdrawal


def test_events_made_by_hand_keep_their_raw() -> None:
    trade = Trade.from_dict(webhook_example("tradeStatusChanged")["trade"])
    event = TradeEvent("dlv_9", NOW, {"given": True}, trade)
    assert event.raw == {"given": True}
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        event.nothing  # type: ignore[attr-defined]  # noqa: B018
