"""The README's code is true: every Python block compiles, and the callback handler works."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from assetpay.webhooks import signed_delivery

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BLOCKS: list[str] = re.findall(r"```python\n(.*?)```", README, flags=re.S)
SECRET = "readme-test-secret"  # noqa: S105 - a test value


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_every_python_block_compiles(index: int) -> None:
    # framework recipes use decorators on undefined names; compiling checks the syntax only
    compile(BLOCKS[index], f"README.md block {index}", "exec")


def handler_block() -> str:
    return next(b for b in BLOCKS if "def on_approval(event)" in b and "wsgi_app(" in b)


def test_the_complete_handler_approves_rejects_and_refunds(tmp_path: Path) -> None:
    balances = {"user-123": 50.0}
    refunds: list[tuple[str, float]] = []

    def debit_user(user: str, amount: float) -> bool:
        if balances.get(user, 0.0) < amount:
            return False
        balances[user] -= amount
        return True

    def refund_user(user: str, amount: float) -> None:
        refunds.append((user, amount))

    source = handler_block().replace("/var/lib/shop/assetpay-deliveries.db", str(tmp_path / "d.db"))
    source = source.replace('API_SECRET = "..."', f"API_SECRET = {SECRET!r}")
    namespace: dict[str, Any] = {"debit_user": debit_user, "refund_user": refund_user}
    exec(compile(source, "README handler", "exec"), namespace)  # noqa: S102 - our own README
    client = httpx.Client(
        transport=httpx.WSGITransport(app=namespace["app"]), base_url="http://shop"
    )

    def post(trade: dict[str, Any]) -> httpx.Response:
        body, headers = signed_delivery({"trade": trade}, SECRET)
        return client.post("/assetpay/callback", content=body, headers=headers)

    trade = {
        "id": "t-1", "type": "withdraw", "source": "client", "status": "initiated",
        "game": "730", "merchantId": "m", "clientSteamID": "76561198012345678",
        "clientTradeUrl": "x", "externalClientUserId": "user-123", "items": [],
        "totalPrice": 45.0, "createdAt": "2026-03-04T10:00:00.000Z",
        "updatedAt": "2026-03-04T10:00:00.000Z",
    }  # fmt: skip
    approved = post(trade)
    assert approved.status_code == 200
    assert json.loads(approved.content) == {"action": "approve"}
    assert balances["user-123"] == 5.0
    assert post(trade).status_code == 200  # a repeated approval request: same verdict,
    assert balances["user-123"] == 5.0  # and no second debit

    rejected = post({**trade, "id": "t-2"})
    assert rejected.status_code == 402
    assert json.loads(rejected.content)["action"] == "reject"

    failed = post({**trade, "status": "failed"})
    assert failed.status_code == 200
    assert refunds == [("user-123", 45.0)]
