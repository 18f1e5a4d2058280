"""How many 4 KB trade callbacks verify() authenticates and parses per second on one core.

Run: .venv/bin/python tests/bench/bench_webhooks.py [seconds]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from assetpay.webhooks import TradeEvent, sign, verify

SECRET = "whsec_bench_0123456789abcdef"  # noqa: S105 (a benchmark key)


def trade_body(target: int = 4096) -> bytes:
    """A realistic CS2 deposit callback, padded with items to about ``target`` bytes."""
    trade: dict[str, Any] = {
        "id": "5b0c7a9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
        "type": "deposit",
        "source": "client",
        "status": "hold",
        "game": "730",
        "externalId": "order-981273",
        "merchantId": "merchant-uuid",
        "clientUserId": "client-uuid",
        "externalClientUserId": "user-123",
        "clientSteamID": "76561198012345678",
        "clientTradeUrl": "https://steamcommunity.com/tradeoffer/new/?partner=52079950&token=abcd",
        "items": [],
        "totalPrice": 0.0,
        "preCredit": 0.0,
        "pendingCredit": 0.0,
        "isInstant": True,
        "offerID": "9088123456",
        "holdEndDate": "2026-03-11T10:00:00.000Z",
        "createdAt": "2026-03-04T10:00:00.000Z",
        "updatedAt": "2026-03-04T10:05:00.000Z",
    }
    n = 0
    while len(json.dumps({"trade": trade}).encode()) < target:
        n += 1
        trade["items"].append(
            {
                "id": f"730_2_{31000000000 + n}",
                "assetId": str(31000000000 + n),
                "appid": 730,
                "name": "AK-47 | Redline (Field-Tested)",
                "marketHashName": "AK-47 | Redline (Field-Tested)",
                "tradable": True,
                "amount": 1,
                "marketPrice": 12.5,
                "offer": {"price": 10.75, "delivery": "instant"},
                "exterior": "Field-Tested",
                "wear": "0.25432",
            }
        )
        trade["totalPrice"] = round(10.75 * n, 2)
    if len(trade["items"]) > 1:  # stay just under the target size
        trade["items"].pop()
        trade["totalPrice"] = round(10.75 * len(trade["items"]), 2)
    return json.dumps({"trade": trade}).encode()


def main(seconds: float = 3.0) -> None:
    body = trade_body()
    now = datetime.now(UTC)
    header = sign(body, SECRET, delivery_id="dlv_bench", timestamp=now)
    assert isinstance(verify(body, header, SECRET, now=now), TradeEvent)
    for label, secret in (("1 secret", SECRET), ("2 secrets", ["other", SECRET])):
        count = 0
        start = time.perf_counter()
        deadline = start + seconds
        while True:
            for _ in range(500):
                verify(body, header, secret, now=now)
            count += 500
            if time.perf_counter() >= deadline:
                break
        elapsed = time.perf_counter() - start
        print(
            f"verify+parse, {len(body)} B trade callback, {label}: "
            f"{count / elapsed:,.0f}/s ({elapsed / count * 1e6:.1f} us each)"
        )


def breakdown(number: int = 3000) -> None:
    """Where the time of one verify() goes (private helpers; for profiling only)."""
    from assetpay._json import loads
    from assetpay.webhooks._events import classify
    from assetpay.webhooks._signature import check, tolerance_of

    body = trade_body()
    now = datetime.now(UTC)
    header = sign(body, SECRET, delivery_id="dlv_bench", timestamp=now)
    keys, window = (SECRET.encode(),), tolerance_of(300)
    parsed = json.loads(body)
    steps: dict[str, Callable[[], object]] = {
        "header + HMAC + compare": lambda: check(header, body, keys, window, now),
        "decode (pydantic-core)": lambda: loads(body),
        "json.loads, for comparison": lambda: json.loads(body),
        "classify (generated models)": lambda: classify(parsed, "dlv_bench", now),
        "classify, then read every item": lambda: [
            item.offer
            for item in classify(parsed, "dlv_bench", now).trade.items  # type: ignore[union-attr]
        ],
    }
    for label, step in steps.items():
        start = time.perf_counter()
        for _ in range(number):
            step()
        print(f"  {label:<30} {(time.perf_counter() - start) / number * 1e6:7.1f} us")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
    breakdown()
