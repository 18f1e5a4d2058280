"""Event classification, with the spec's webhook examples as fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import pytest

from assetpay.webhooks import (
    CryptoDepositEvent,
    CryptoWithdrawalApprovalRequest,
    CryptoWithdrawalEvent,
    Event,
    TradeEvent,
    UnknownEvent,
    WithdrawApprovalRequest,
    is_test_ping,
    sign,
    verify,
)
from assetpay_client._lazy import materialize
from assetpay_client.models.crypto_deposit import CryptoDeposit
from assetpay_client.models.crypto_withdrawal import CryptoWithdrawal
from assetpay_client.models.trade import Trade

from .conftest import NOW, SECRET, webhook_example, webhook_names

EXPECTED: dict[str, type[Event]] = {
    "tradeStatusChanged": TradeEvent,
    "withdrawApprovalRequested": WithdrawApprovalRequest,
    "cryptoDeposit": CryptoDepositEvent,
    "cryptoWithdrawal": CryptoWithdrawalEvent,
    "cryptoWithdrawalApprovalRequested": CryptoWithdrawalApprovalRequest,
}


def deliver(payload: Any, delivery_id: str = "dlv_1") -> Event:
    body = json.dumps(payload).encode()
    return verify(body, sign(body, SECRET, delivery_id=delivery_id, timestamp=NOW), SECRET, now=NOW)


def test_every_signed_webhook_of_the_spec_is_covered() -> None:
    assert set(webhook_names()) == {*EXPECTED, "callbackUrlTest"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_spec_examples_classify(name: str) -> None:
    payload = webhook_example(name)
    event = deliver(payload, "dlv_spec")
    assert type(event) is EXPECTED[name]
    assert event.raw == payload
    assert event.delivery_id == "dlv_spec"
    assert event.timestamp == datetime(2026, 3, 4, 10, tzinfo=UTC)


def test_trade_event() -> None:
    event = deliver(webhook_example("tradeStatusChanged"))
    assert isinstance(event, TradeEvent)
    assert isinstance(event.trade, Trade)
    assert event.status == "completed"
    assert event.trade.total_price == 10.75
    assert event.dedupe_key == "dlv_1"


def test_withdraw_approval_request_dedupes_on_trade_id() -> None:
    first = deliver(webhook_example("withdrawApprovalRequested"), "dlv_a")
    second = deliver(webhook_example("withdrawApprovalRequested"), "dlv_b")
    assert isinstance(first, WithdrawApprovalRequest)
    assert first.status == "initiated"
    assert first.dedupe_key == second.dedupe_key == "trade-uuid"
    assert not isinstance(first, TradeEvent)  # never handled as a plain notification


def test_initiated_deposit_is_a_notification() -> None:
    payload = webhook_example("withdrawApprovalRequested")
    payload["trade"]["type"] = "deposit"
    assert isinstance(deliver(payload), TradeEvent)


def test_crypto_events() -> None:
    deposit = deliver(webhook_example("cryptoDeposit"))
    assert isinstance(deposit, CryptoDepositEvent)
    assert isinstance(deposit.deposit, CryptoDeposit)
    assert deposit.status == "completed"
    withdrawal = deliver(webhook_example("cryptoWithdrawal"))
    assert isinstance(withdrawal, CryptoWithdrawalEvent)
    assert isinstance(withdrawal.withdrawal, CryptoWithdrawal)
    approval = deliver(webhook_example("cryptoWithdrawalApprovalRequested"), "dlv_x")
    assert isinstance(approval, CryptoWithdrawalApprovalRequest)
    assert approval.dedupe_key == "6e5d4c3b-2a19-4f08-8e7d-6c5b4a392817"
    assert approval.status == "awaiting_approval"


MODEL_OF: dict[type[Event], tuple[str, str]] = {
    TradeEvent: ("trade", "trade"),
    WithdrawApprovalRequest: ("trade", "trade"),
    CryptoDepositEvent: ("deposit", "deposit"),
    CryptoWithdrawalEvent: ("withdrawal", "withdrawal"),
    CryptoWithdrawalApprovalRequest: ("withdrawal", "withdrawal"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("extra_key", [False, True])
def test_the_model_decoded_from_the_bytes_equals_from_dict(name: str, extra_key: bool) -> None:
    """The model is made by msgspec from the body's bytes (classify_body) or from the parsed
    body (assetpay_client._decode.convert) when it can, by from_dict when those decline (an
    undeclared key): equal every way."""
    import assetpay_client._decode as wire

    payload = webhook_example(name)
    event = deliver(payload)
    key, attribute = MODEL_OF[type(event)]
    if extra_key:
        payload[key]["zNew"] = {"kept": True}
        wire._skips.clear()
        assert wire.convert(type(getattr(event, attribute)), payload[key]) is None
        event = deliver(payload)
    else:
        wire._skips.clear()
        model_class = type(getattr(event, attribute))
        assert wire.convert(model_class, payload[key]) is not None
    model = materialize(getattr(event, attribute))
    expected = materialize(type(model).from_dict(payload[key]))
    assert model == expected
    assert repr(model) == repr(expected)
    assert model.to_dict() == expected.to_dict()
    assert model.additional_properties == ({"zNew": {"kept": True}} if extra_key else {})
    wire._skips.clear()


def test_unknown_trade_status_parses() -> None:
    payload = webhook_example("tradeStatusChanged")
    payload["trade"]["status"] = "teleported"
    event = deliver(payload)
    assert isinstance(event, TradeEvent)
    assert event.status == "teleported"
    assert not event.status.is_known


def test_unknown_item_error_and_enums_parse() -> None:
    payload = webhook_example("withdrawApprovalRequested")
    payload["trade"]["status"] = "failed"
    payload["trade"]["error"] = "SOMETHING_NEW"
    payload["trade"]["items"][0].update(status="vanished", error="ITEM_EATEN_BY_GRUE")
    payload["trade"]["source"] = "partner"
    event = deliver(payload)
    assert isinstance(event, TradeEvent)
    assert event.trade.items[0].error == "ITEM_EATEN_BY_GRUE"
    assert event.trade.error == "SOMETHING_NEW"


def test_unknown_crypto_status_parses() -> None:
    payload = webhook_example("cryptoWithdrawal")
    payload["withdrawal"]["status"] = "stuck_in_mempool"
    event = deliver(payload)
    assert isinstance(event, CryptoWithdrawalEvent)
    assert event.status == "stuck_in_mempool"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        [],
        "text",
        42,
        None,
        {"trade": "not an object"},
        {"trade": {"id": "t", "type": "deposit", "status": "completed"}},  # required keys missing
        {"trade": {**webhook_example("tradeStatusChanged")["trade"], "createdAt": "yesterday"}},
        {"deposit": {"id": "d"}},
        {"withdrawal": [1, 2]},
        {"payload": {"trade": {}, "event": "completed"}},  # the obsolete wrapped format
        {"test": True},  # a signed body that happens to look like the ping
        {**webhook_example("tradeStatusChanged"), **webhook_example("cryptoDeposit")},
    ],
)
def test_unreadable_bodies_are_unknown_events(payload: Any) -> None:
    event = deliver(payload)
    assert isinstance(event, UnknownEvent)
    assert event.body == payload
    assert event.dedupe_key == "dlv_1"
    assert event.why


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.pop("merchantId"),
        lambda t: t.update(status="Initiated"),
        lambda t: t.update(type="WITHDRAW"),
        lambda t: t.update(type="swap"),
        lambda t: t.update(id=12345),
        lambda t: t.update(id=""),
        lambda t: t.update(items="none"),
    ],
    ids=["missing-key", "status-case", "type-case", "unknown-type", "int-id", "empty-id", "items"],
)
def test_broken_approval_requests_are_flagged(mutate: Any) -> None:
    payload = webhook_example("withdrawApprovalRequested")
    mutate(payload["trade"])
    event = deliver(payload)
    assert isinstance(event, UnknownEvent)
    assert event.suspected_approval


def test_broken_crypto_approval_is_flagged() -> None:
    payload = webhook_example("cryptoWithdrawalApprovalRequested")
    del payload["withdrawal"]["amountCents"]
    event = deliver(payload)
    assert isinstance(event, UnknownEvent)
    assert event.suspected_approval


# --- the test ping -------------------------------------------------------------------------------

PING = json.dumps(webhook_example("callbackUrlTest")).encode()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Content-Type": "application/json"},
        [("content-type", "application/json")],
        [],
    ],
)
def test_ping_detected(headers: Any) -> None:
    assert is_test_ping(PING, headers)
    assert is_test_ping(PING.decode(), headers)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (PING, {"X-AssetPay-Signature": "t=x"}),
        (PING, {"x-assetpay-signature": ""}),
        (PING, [("X-ASSETPAY-SIGNATURE", "anything")]),
        (b'{"test": 1}', {}),
        (b'{"test": "true"}', {}),
        (b'{"test": false}', {}),
        (b"[true]", {}),
        (b"true", {}),
        (b'{"trade": {}}', {}),
        (b"", {}),
        (b"\xff\xfe", {}),
        (b'{"test": true' + b" " * 70_000 + b"}", {}),
    ],
)
def test_not_a_ping(body: bytes, headers: Any) -> None:
    assert not is_test_ping(body, headers)


def test_import_loads_no_http_client() -> None:
    code = (
        "import sys, assetpay.webhooks as w\n"
        "assert 'httpx' not in sys.modules, 'httpx imported'\n"
        "assert 'assetpay_client' not in sys.modules, 'models imported eagerly'\n"
        "assert w.is_test_ping(b'{\"test\": true}', {})\n"
        "assert 'httpx' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 (fixed code)
