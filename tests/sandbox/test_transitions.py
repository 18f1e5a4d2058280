"""The sandbox's one place where trades change status: the typed state and its transition table."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assetpay_sandbox.engine.trades import TRANSITIONS, TradeStatus

from .conftest import STEAM_ID, TRADE_URL, merchant_client, price_of, running

ACTIVE_STATUSES = {"initiated", "pending", "active", "hold"}


def test_the_state_is_the_specs_trade_status() -> None:
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
    assert {s.value for s in TradeStatus} == set(
        spec["components"]["schemas"]["TradeStatus"]["enum"]
    )


@pytest.mark.parametrize("trade_type", sorted(TRANSITIONS))
def test_every_status_in_the_table_is_reached_from_initiated(trade_type: str) -> None:
    table = TRANSITIONS[trade_type]
    reached, todo = {TradeStatus.INITIATED}, [TradeStatus.INITIATED]
    while todo:
        for target in table.get(todo.pop(), frozenset()):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    named = set(table) | {t for targets in table.values() for t in targets}
    assert named == reached
    # only the in-flight statuses move on; the final ones are final
    assert {s.value for s in table} <= ACTIVE_STATUSES


def test_a_move_outside_the_table_is_refused_and_announces_nothing() -> None:
    with running(speed=1.0, tick=3600.0) as server, merchant_client(server) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        row = next(iter(user.inventory.get(accepted_only=True, game=730).inventory))
        trade = user.trades.deposit(items=[{"item_id": row.id, "price": price_of(row)}])
        engine = server.sandbox.engine
        heard: list[str] = []
        engine.feed_listeners.append(lambda event, _payload: heard.append(event))
        before = engine.deliveries(trade.id)
        with engine.tx():
            stored = engine._trade_row(trade.id)
            assert stored is not None
            doc, internal = engine._load(stored)
            with pytest.raises(RuntimeError, match="no transition initiated -> completed"):
                engine._transition(
                    doc, internal, TradeStatus.COMPLETED, engine.clock.now(), due=None
                )
        assert engine.deliveries(trade.id) == before
        assert heard == []
        assert str(ap.trades.get(trade.id).status) == "initiated"
