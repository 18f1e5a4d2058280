"""End to end: the demo flow, and state that survives a restart on the same SQLite file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assetpay_sandbox import demo

from .conftest import STEAM_ID, TRADE_URL, merchant_client, running


@pytest.mark.slow
def test_the_demo_flow(capsys: pytest.CaptureFixture[str]) -> None:
    """Authenticate, deposit two items, one approved and one rejected withdrawal, all settled."""
    started = time.monotonic()
    assert demo.run(speed=150_000, timeout=40) == 0
    out = capsys.readouterr().out
    assert "-> APPROVE" in out
    assert "-> REJECT" in out
    assert "(error MERCHANT_REJECTED)" in out
    assert "hold -> completed" in out
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_trades_and_wallet_survive_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with running(db=db, approval="auto", speed=1.0) as first, merchant_client(first) as ap:
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        row = user.inventory.get(accepted_only=True).inventory[0]
        price = float(row.offer.price)  # type: ignore[union-attr]
        deposit = user.trades.deposit(
            items=[{"item_id": row.id, "price": price}], external_id="dur-dep",
            is_instant=True,
        )  # fmt: skip
        listing = min(
            (x for x in first.sandbox.engine.catalogue.listings.values() if x.item.game == 730),
            key=lambda x: x.price_cents,
        )
        withdrawal = user.trades.withdraw(
            items=[{"item_id": listing.id, "price": listing.price_cents / 100}],
            external_id="dur-wd",
        )  # fmt: skip
        deadline = time.monotonic() + 5
        while ap.trades.get("dur-wd").status == "initiated" and time.monotonic() < deadline:
            time.sleep(0.05)
        balance_before = ap.wallet.balance()
        trades_before = {t.id: t.status for t in ap.trades.get_many(["dur-dep", "dur-wd"])}
    assert trades_before[withdrawal.id] == "pending"

    with running(db=db, approval="auto", speed=1.0) as second, merchant_client(second) as ap:
        assert {t.id: t.status for t in ap.trades.get_many(["dur-dep", "dur-wd"])} == trades_before
        after = ap.wallet.balance()
        assert (after.balance, after.pending_balance, after.escrow_balance) == (
            balance_before.balance, balance_before.pending_balance, balance_before.escrow_balance,
        )  # fmt: skip
        user = ap.as_client(steam_id=STEAM_ID, trade_url=TRADE_URL)
        from assetpay import errors

        with pytest.raises(errors.ExternalIdExistsError):
            user.trades.deposit(items=[{"item_id": row.id, "price": price}], external_id="dur-dep")
        # the lifecycle continues where it stopped: jump a week ahead
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            second.sandbox.engine.clock.advance(8 * 86400)
            statuses = {t.status for t in ap.trades.get_many(["dur-dep", "dur-wd"])}
            if statuses == {"completed"}:
                break
            time.sleep(0.1)
        assert statuses == {"completed"}
        assert ap.wallet.balance().escrow_balance == 0
        assert deposit.id in {t.id for t in ap.trades.get_many(["dur-dep"])}
