"""A fresh process decodes its first answers and callbacks without msgspec, with the same results.

msgspec (about 8 ms to load, then a Struct per model) is loaded once a process has read
``assetpay._json.WARM_BYTES`` of JSON, or at once for a document of ``LARGE_BYTES`` or more;
before that the standard library decodes and ``from_dict`` builds the models. Each case runs in a
new interpreter: in this one (tests/conftest.py) msgspec is loaded from the start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from assetpay.webhooks import sign

from .conftest import example_response

ROOT = Path(__file__).resolve().parents[2]

# answers (request path -> body) and callbacks (body, signature header) the script reads
SCRIPT = """
import json, sys
import httpx
import assetpay
from assetpay import _json, webhooks

material = json.load(open(sys.argv[1]))
answers = {path: body.encode() for path, body in material["answers"].items()}
def answer(request):
    return httpx.Response(200, content=answers[request.url.path])

http = httpx.Client(transport=httpx.MockTransport(answer))

def run():
    seen = []
    with assetpay.AssetPay("ap_cold_key", base_url="https://api.test", http_client=http) as ap:
        for result in (ap.trades.get("wd_1"), ap.wallet.balance(), ap.market.search(game=730)):
            seen.append([repr(result), result.to_dict()])
    for body, header in material["callbacks"]:
        event = webhooks.verify(body.encode(), header, material["secret"])
        model = getattr(event, "trade", None) or getattr(event, "withdrawal", None)
        seen.append([type(event).__name__, repr(event), model.to_dict(), event.raw])
    return seen

cold = run()
report = {"loaded_cold": "msgspec" in sys.modules, "read": _json._read}
_json._load_decoder()
warm = run()
from assetpay_client import _decode
report.update(
    same=cold == warm,
    models_decoded_fast=sorted(cls.__name__ for cls in _decode._structs),
)
print(json.dumps(report))
"""


def run_script(tmp_path: Path, material: dict[str, Any]) -> dict[str, Any]:
    (tmp_path / "material.json").write_text(json.dumps(material), encoding="utf-8")
    (tmp_path / "script.py").write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - our interpreter, our script
        [sys.executable, str(tmp_path / "script.py"), str(tmp_path / "material.json")],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def material(market_items: int = 1) -> dict[str, Any]:
    """The spec's examples of a trade, a balance and a market page (its item ``market_items``
    times), and a trade notification and withdrawal approval request made of that trade."""
    secret = "whsec-cold-decoding"  # noqa: S105 - a test value
    trade = example_response("getMerchantTrades")[1]
    market = example_response("getMerchantMarket")[1]
    market["data"]["items"] = market["data"]["items"] * market_items
    notification = {"trade": {**trade["data"], "type": "deposit", "status": "hold"}}
    approval = {"trade": {**trade["data"], "type": "withdraw", "status": "initiated"}}
    callbacks = [json.dumps(body).encode() for body in (notification, approval)]
    return {
        "answers": {
            "/secure/trades/wd_1": json.dumps(trade),
            "/v1/wallets/me/balance": json.dumps(example_response("getWalletBalance")[1]),
            "/secure/market": json.dumps(market),
        },
        "callbacks": [[body.decode(), sign(body, secret)] for body in callbacks],
        "secret": secret,
    }


def test_a_few_answers_and_callbacks_never_load_msgspec_and_read_the_same(
    tmp_path: Path,
) -> None:
    report = run_script(tmp_path, material())
    assert report["loaded_cold"] is False
    assert 0 < report["read"] < 128 * 1024
    assert report["same"] is True  # reprs, to_dict(), event types and raw bodies
    # and the second round really went msgspec's way, answers and callbacks
    fast = set(report["models_decoded_fast"])
    assert {"Trade", "WalletBalance", "MarketPage"} <= fast
    assert any(name.endswith("Envelope") for name in fast)


def test_a_large_answer_loads_msgspec_at_once(tmp_path: Path) -> None:
    large = material(market_items=400)
    assert len(large["answers"]["/secure/market"]) >= 128 * 1024
    report = run_script(tmp_path, large)
    assert report["loaded_cold"] is True
    assert report["same"] is True


def test_msgspec_is_loaded_after_warm_bytes_of_answers() -> None:
    script = (
        "import sys\n"
        "from assetpay import _json\n"
        "below = _json.LARGE_BYTES - 1\n"
        "calls = 0\n"
        "while not _json.fast(below):\n"
        "    assert 'msgspec' not in sys.modules\n"
        "    calls += 1\n"
        # the call that reaches WARM_BYTES loads it
        "assert calls == _json.WARM_BYTES // below, calls\n"
        "assert 'msgspec' in sys.modules and _json.warm() and _json.fast(1)\n"
        "assert _json.loads(b'[1.5]') == [1.5]\n"
    )
    done = subprocess.run(  # noqa: S603 - our interpreter, a fixed script
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False,
        cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
