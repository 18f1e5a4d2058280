"""assetpay.realtime without a server: parsing every example of asyncapi.yaml, what is surfaced
for unknown and broken events, the timings, and the key kept out of reprs.

Pairs with tests/sandbox/test_realtime_client.py (the same client against the sandbox).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import assetpay
from assetpay import ConfigurationError
from assetpay.realtime import (
    DepositEvent,
    InvalidEvent,
    MarketEvent,
    RealtimeTimings,
    TradeEvent,
    UnknownEvent,
    parse_event,
)

ASYNCAPI = Path(__file__).resolve().parents[2] / "asyncapi.yaml"
KINDS = {"trade": TradeEvent, "deposit": DepositEvent, "market": MarketEvent}


def _examples() -> list[tuple[str, str, dict[str, Any]]]:
    document = yaml.safe_load(ASYNCAPI.read_text(encoding="utf-8"))
    return [
        (name, example["name"], example["payload"])
        for name, message in document["components"]["messages"].items()
        for example in message["examples"]
    ]


EXAMPLES = _examples()


def test_every_message_of_asyncapi_yaml_has_an_event_class() -> None:
    assert {name for name, _, _ in EXAMPLES} == set(KINDS)


@pytest.mark.parametrize(("name", "example", "payload"), EXAMPLES)
def test_every_example_parses_to_its_typed_event(
    name: str, example: str, payload: dict[str, Any]
) -> None:
    event = parse_event(name, payload)
    assert isinstance(event, KINDS[name]), f"{name}/{example}: {event}"
    assert event.kind == name
    if isinstance(event, TradeEvent):
        assert isinstance(event.trade, assetpay.models.Trade)
        assert event.trade.to_dict()["id"] == payload["trade"]["id"]
        assert str(event.trade.status) == payload["trade"]["status"]
    elif isinstance(event, DepositEvent):
        assert event.funding.status.value == payload["funding"]["status"]
    elif isinstance(event, MarketEvent):
        assert event.type == payload["type"]
        assert event.refetch == (payload["type"] == "sync")
        if "item" in payload:
            assert isinstance(event.item, assetpay.models.Item)
            assert event.item.id == payload["item"]["id"]
        else:
            assert event.item is None


def test_an_unknown_event_name_is_surfaced_with_its_data() -> None:
    event = parse_event("withdrawal", {"x": 1})
    assert isinstance(event, UnknownEvent)
    assert (event.kind, event.name, event.data) == ("unknown", "withdrawal", {"x": 1})


@pytest.mark.parametrize(
    ("name", "data", "where"),
    [
        ("trade", {}, "trade"),
        ("trade", {"trade": {"id": "t1"}}, "trade.type"),
        ("trade", None, "<payload>"),
        ("deposit", {"funding": {"id": "f"}}, "funding.merchantId"),
        ("market", {"type": "explode"}, "upsert"),
        ("market", {"type": "remove", "game": "CS2", "source": "internal", "itemId": "x"}, "game"),
        ("market", "sync", "valid dictionary"),
    ],
)
def test_a_payload_that_breaks_asyncapi_yaml_is_surfaced_as_invalid(
    name: str, data: Any, where: str
) -> None:
    event = parse_event(name, data)
    assert isinstance(event, InvalidEvent)
    assert (event.kind, event.name, event.data) == ("invalid", name, data)
    assert where in event.error


def test_the_default_timings_are_the_official_sdks() -> None:
    timings = RealtimeTimings()
    assert timings.accept_window == 1.5
    assert timings.server_disconnect == (0.25, 1.25)
    assert (timings.auth_retry, timings.auth_retry_max) == (30.0, 300.0)
    assert (timings.transport_retry, timings.transport_retry_max) == (1.0, 30.0)


@pytest.mark.parametrize(
    "overrides",
    [
        {"accept_window": -1},
        {"auth_retry": "30"},
        {"server_disconnect": (2.0, 1.0)},
        {"auth_retry": 400.0},
        {"transport_retry": 60.0},
        {"connect_timeout": True},
    ],
)
def test_nonsense_timings_are_a_configuration_error(overrides: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RealtimeTimings(**overrides)


def test_the_feed_needs_the_api_key() -> None:
    with assetpay.AssetPay(api_secret="s", merchant_id="m") as ap, pytest.raises(  # noqa: S106
        ConfigurationError, match="api_key"
    ):  # fmt: skip
        ap.realtime()


def test_the_key_is_in_no_repr_of_the_feed() -> None:
    key = "ap_live_secret_7a1b"
    with assetpay.AssetPay(api_key=key) as ap:
        feed = ap.realtime()
        assert key not in repr(feed)

    async def check() -> None:
        async with assetpay.AsyncAssetPay(api_key=key) as aap:
            feed = aap.realtime()
            shown = repr(feed) + repr(vars(feed))
            assert key not in shown

    asyncio.run(check())


def test_without_the_realtime_extra_connect_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "socketio", None)

    async def attempt() -> None:
        async with assetpay.AsyncAssetPay(api_key="ap_x", base_url="http://127.0.0.1:9") as aap:
            with pytest.raises(ConfigurationError, match=r"assetpay\[realtime\]"):
                await aap.realtime().connect()

    asyncio.run(attempt())
