"""The README's code is true: every Python block compiles, and the callback handler works."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest

from assetpay.webhooks import signed_delivery
from assetpay.webhooks._postgres import POSTGRES_SCHEMA

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
    return next(b for b in BLOCKS if "def on_approval(event, tx)" in b and "wsgi_app(" in b)


def test_the_readme_shows_the_postgres_schema_the_store_creates() -> None:
    assert f"```sql\n{POSTGRES_SCHEMA}```" in README


def test_the_complete_handler_debits_once_and_refunds_only_what_it_debited(tmp_path: Path) -> None:
    shop_db = tmp_path / "shop.db"
    source = handler_block().replace("/var/lib/shop/shop.db", str(shop_db))
    source = source.replace('API_SECRET = "..."', f"API_SECRET = {SECRET!r}")
    namespace: dict[str, Any] = {}
    exec(compile(source, "README handler", "exec"), namespace)  # noqa: S102 - our own README
    client = httpx.Client(
        transport=httpx.WSGITransport(app=namespace["app"]), base_url="http://shop"
    )
    with closing(sqlite3.connect(shop_db)) as db:
        db.execute("INSERT INTO balances VALUES ('user-123', 5000)")
        db.commit()

    def balance() -> int:
        with closing(sqlite3.connect(shop_db)) as db:
            return int(db.execute("SELECT cents FROM balances").fetchone()[0])

    def post(payload: dict[str, Any]) -> httpx.Response:
        body, headers = signed_delivery(payload, SECRET)  # a new delivery id every time
        return client.post("/assetpay/callback", content=body, headers=headers)

    trade = {
        "id": "t-1", "type": "withdraw", "source": "client", "status": "initiated",
        "game": "730", "merchantId": "m", "clientSteamID": "76561198012345678",
        "clientTradeUrl": "x", "externalClientUserId": "user-123", "items": [],
        "totalPrice": 45.0, "createdAt": "2026-03-04T10:00:00.000Z",
        "updatedAt": "2026-03-04T10:00:00.000Z",
    }  # fmt: skip
    approved = post({"trade": trade})
    assert (approved.status_code, json.loads(approved.content)) == (200, {"action": "approve"})
    assert balance() == 500
    assert post({"trade": trade}).status_code == 200  # a repeated approval request: same verdict,
    assert balance() == 500  # and no second debit

    rejected = post({"trade": {**trade, "id": "t-2"}})
    assert rejected.status_code == 402
    assert json.loads(rejected.content)["action"] == "reject"

    assert post({"trade": {**trade, "id": "t-2", "status": "failed"}}).status_code == 200
    assert post({"trade": {**trade, "id": "t-3", "type": "deposit", "status": "failed"}}).is_success
    assert balance() == 500  # a rejected withdrawal and a failed deposit were never charged

    assert post({"trade": {**trade, "status": "failed"}}).status_code == 200
    assert balance() == 5000  # the approved withdrawal failed: its debit is given back
    assert post({"trade": {**trade, "status": "reverted"}}).status_code == 200
    assert balance() == 5000  # once
