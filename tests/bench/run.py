"""``make bench``: the client's cost as ratios against raw httpx, measured in one process run.

Each figure is a median over repeats after a warm-up; ratios compare the client with the physical
limit (raw ``httpx.Client.request`` + ``json.loads`` of the same bytes on the same transport), so
a noisy machine still gives stable figures. Prints one table and a last line
``bench: name=ratio ...``. ``--quick`` runs tiny counts (a smoke run for tests).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import hashlib
import hmac
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_stores  # noqa: E402
import bench_webhooks  # noqa: E402

import assetpay  # noqa: E402
from assetpay._json import loads as fast_loads  # noqa: E402
from assetpay.models import materialize  # noqa: E402
from assetpay_client._decode import decode as typed_decode  # noqa: E402


def decode_model(cls: Any, raw: bytes) -> Any:
    """What the client does with the data of an answer: msgspec straight into the model, and
    json + from_dict when that refuses (the bench's documents never are)."""
    model = typed_decode(cls, raw)
    if model is None:
        raise AssertionError(f"the bench document of {cls.__name__} must decode the fast way")
    return model


BASE = "https://api.bench"
KEY = "ap_bench_key"
SECRET = "bench_secret"  # noqa: S105 - a benchmark value
STEAM_ID = "76561198012345678"
TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=12345678&token=AbCdEfGh"


def item(n: int, *, listing: bool = False) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": f"0193f2a4-7c1e-8b2d-9e4f-{n:012d}",
        "appid": 730,
        "name": "AK-47 | Redline",
        "marketHashName": "AK-47 | Redline (Field-Tested)",
        "type": "Rifle",
        "iconUrl": "IzMF03bk9WpSBq-S-ekoE33L-iLqGFHVaU25ZzQNQcXdA3g5gMEPvUZZEfSMJ6dESN8p",
        "tradable": True,
        "marketPrice": 12.5,
        "offer": {"price": 10.5 + n % 7, "delivery": "standard"},
        "exterior": "Field-Tested",
        "wear": "0.25432",
        "rarity": "Classified",
        "color": "#D32CE6",
        "paintSeed": 312,
        "stickers": [],
    }
    if listing:
        row["itemId"] = "0cabcab6d22d2281"
    else:
        row["status"] = "active"
    return row


def trade(n_items: int) -> dict[str, Any]:
    return {
        "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "type": "withdraw",
        "source": "client",
        "status": "active",
        "game": "730",
        "externalId": "wd_bench",
        "merchantId": "merchant-1",
        "clientUserId": "client-1",
        "clientSteamID": STEAM_ID,
        "clientTradeUrl": TRADE_URL,
        "items": [item(i) for i in range(n_items)],
        "totalPrice": 500.0,
        "offerID": "9088123456",
        "createdAt": "2026-03-04T10:00:00.000Z",
        "updatedAt": "2026-03-04T10:00:00.000Z",
    }


def envelope(data: Any) -> bytes:
    return json.dumps({"requestId": "r-bench", "success": True, "data": data}).encode()


TRADE_50 = trade(50)
MARKET_1000 = {"items": [item(i, listing=True) for i in range(1000)], "count": 1000}
BODIES = {
    "/secure/trades/wd_bench": envelope(TRADE_50),
    "/client/trading/withdraw": envelope(TRADE_50),
    "/secure/market": envelope(MARKET_1000),
}


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=BODIES[request.url.path], headers={"content-type": "application/json"}
    )


def median_us(fn: Callable[[], object], number: int, repeats: int) -> float:
    for _ in range(max(1, number // 10)):
        fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter_ns() - start) / number / 1000)
    return statistics.median(samples)


def paired_us(
    ours: Callable[[], object], base: Callable[[], object], number: int, repeats: int
) -> tuple[float, float]:
    """CPU microseconds per call of each side: the least over alternating rounds.

    CPU time (not wall time) and alternation: on a shared machine, a burst of other load then
    lands on both sides instead of on whichever happened to run during it. Each round starts
    from a collected heap, so that a full collection the other side's garbage set off does not
    land in this side's time. The least round, not the median: interference (another process,
    a frequency change) only ever adds time, and on the two-core development machine the
    median of the same case moved by 30% between runs while the least moved by a few percent.
    """
    for fn in (ours, base):
        for _ in range(max(1, number // 10)):
            fn()
    samples: dict[int, list[float]] = {0: [], 1: []}
    for round_ in range(repeats):
        order = ((0, ours), (1, base)) if round_ % 2 else ((1, base), (0, ours))
        for side, fn in order:
            gc.collect()
            start = time.process_time_ns()
            for _ in range(number):
                fn()
            samples[side].append((time.process_time_ns() - start) / number / 1000)
    return min(samples[0]), min(samples[1])


Row = tuple[str, float, float, str]  # name, ours (us), baseline (us), unit note
Case = tuple[str, Callable[[], object], Callable[[], object]]


def call_overhead(number: int, repeats: int) -> list[Row]:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    ap = assetpay.AssetPay(KEY, SECRET, "merchant-1", base_url=BASE, http_client=http)
    user = ap.as_client(STEAM_ID, TRADE_URL)
    items = [{"item_id": f"0193f2a4-7c1e-8b2d-9e4f-{n:012d}", "price": 12.5} for n in range(50)]
    wire_items = [{"itemId": i["item_id"], "price": i["price"]} for i in items]
    raw_headers = {"api-key": KEY, "accept": "application/json"}

    def raw(method: str, path: str, **kw: Any) -> Callable[[], object]:
        return lambda: json.loads(
            http.request(method, BASE + path, headers=raw_headers, **kw).content
        )

    def get() -> object:
        return ap.trades.get("wd_bench")

    def withdraw() -> object:
        return user.trades.withdraw(items=items, external_id="wd_bench")

    def search() -> object:
        return ap.market.search()

    # lists of models are built when first read: these two rows pay for reading every item
    def get_and_read() -> object:
        return [item.offer for item in ap.trades.get("wd_bench").items]

    def raw_get_and_read() -> object:
        data = json.loads(
            http.request("GET", BASE + "/secure/trades/wd_bench", headers=raw_headers).content
        )
        return [item["offer"] for item in data["data"]["items"]]

    cases: list[Case] = [
        ("trades.get (50 items)", get, raw("GET", "/secure/trades/wd_bench")),
        (
            "withdraw (50 items, validated)",
            withdraw,
            raw(
                "POST",
                "/client/trading/withdraw",
                json={"items": wire_items, "externalId": "wd_bench"},
            ),
        ),
        ("market.search (1000 items)", search, raw("GET", "/secure/market")),
        ("trades.get, every item read", get_and_read, raw_get_and_read),
    ]
    rows: list[Row] = []
    for name, ours, base in cases:
        scale = 20 if "1000" in name else 1
        n = max(1, number // scale)
        ours_us, base_us = paired_us(ours, base, n, max(repeats, 11))
        rows.append((name, ours_us, base_us, "vs raw httpx, CPU"))
    # what the withdrawal does that the raw call does not, as shares of the raw call
    from assetpay._wire import wire_items as to_wire
    from assetpay.validation import to_json, validate_body

    raw_withdraw = rows[1][2]
    text = to_json({"items": to_wire("WithdrawItem", items), "externalId": "wd_bench"})
    rows.append(
        (
            "  of which: strict validation of the body",
            median_us(functools.partial(validate_body, "WithdrawRequest", text), number, repeats),
            raw_withdraw,
            "share of the raw call",
        )
    )
    rows.append(
        (
            "  of which: snake_case items -> wire JSON",
            median_us(functools.partial(to_wire, "WithdrawItem", items), number, repeats),
            raw_withdraw,
            "share of the raw call",
        )
    )
    return rows


def _attrs_parse(cls: Any, raw: bytes) -> object:
    return cls.from_dict(fast_loads(raw))


def _models_all(cls: Any, raw: bytes) -> object:
    return materialize(decode_model(cls, raw))


def parsing(number: int, repeats: int) -> list[Row]:
    from assetpay_client.models.market_page import MarketPage
    from assetpay_client.models.trade import Trade
    from assetpay_schema import MarketPage as PMarketPage
    from assetpay_schema import Trade as PTrade

    rows: list[Row] = []
    for name, data, attrs_cls, pyd_cls, scale in (
        ("Trade, 50 items", TRADE_50, Trade, PTrade, 1),
        ("market page, 1000 items", MARKET_1000, MarketPage, PMarketPage, 20),
    ):
        raw = json.dumps(data).encode()
        n = max(1, number // scale)
        loads = median_us(functools.partial(json.loads, raw), n, repeats)
        decode_us = median_us(functools.partial(fast_loads, raw), n, repeats)
        typed_us = median_us(functools.partial(decode_model, attrs_cls, raw), n, repeats)
        attrs_us = median_us(functools.partial(_attrs_parse, attrs_cls, raw), n, repeats)
        all_us = median_us(functools.partial(_models_all, attrs_cls, raw), n, repeats)
        pyd_us = median_us(functools.partial(pyd_cls.model_validate_json, raw), n, repeats)
        on_read = "vs json.loads; lists on read"
        rows.append((f"decode (msgspec, to dicts): {name}", decode_us, loads, "vs json.loads"))
        rows.append((f"decode into models: {name}", typed_us, loads, on_read))
        rows.append((f"  every list built: {name}", all_us, loads, "vs json.loads"))
        rows.append((f"dicts + from_dict: {name}", attrs_us, loads, on_read))
        rows.append((f"pydantic validate: {name}", pyd_us, loads, "vs json.loads"))
    return rows


# --- reading every field -------------------------------------------------------------------------
# The floor is what a program without this client does: json.loads of the same bytes, then read
# every value of the dicts (nested ones included). Ours: what the client does with an answer
# (msgspec decoding straight into the models, assetpay_client._decode) and then read every
# attribute the JSON set.

Reader = Callable[[Any], None]


def _readers(cls: Any, sample: dict[str, Any]) -> tuple[Reader, Reader]:
    """(read every value of a dict shaped like ``sample``, read the same fields of a ``cls``)."""
    wire_to_name = {wire: name for name, wire in cls._WIRE_NAMES.items()}
    keys = [key for key in sample if key in wire_to_name]
    names = [wire_to_name[key] for key in keys]
    built = materialize(cls.from_dict(sample))
    nested: list[tuple[str, str, bool, Reader, Reader]] = []  # key, name, is_list, readers
    for key, name in zip(keys, names, strict=True):
        value = getattr(built, name)
        if isinstance(sample[key], dict) and hasattr(type(value), "_WIRE_NAMES"):
            nested.append((key, name, False, *_readers(type(value), sample[key])))
        elif isinstance(sample[key], list) and sample[key] and isinstance(sample[key][0], dict):
            nested.append((key, name, True, *_readers(type(value[0]), sample[key][0])))
    get_values, get_attrs = itemgetter(*keys), attrgetter(*names)

    def read_dict(d: dict[str, Any]) -> None:
        get_values(d)
        for key, _, is_list, sub, _ in nested:
            if is_list:
                for value in d[key]:
                    sub(value)
            else:
                sub(d[key])

    def read_model(obj: Any) -> None:
        get_attrs(obj)
        for _, name, is_list, _, sub in nested:
            if is_list:
                for value in getattr(obj, name):
                    sub(value)
            else:
                sub(getattr(obj, name))

    return read_dict, read_model


def market(n_items: int) -> dict[str, Any]:
    return {"items": [item(i, listing=True) for i in range(n_items)], "count": n_items}


def full_reads(number: int, repeats: int, *, quick: bool = False) -> list[Row]:
    from assetpay_client.models.market_page import MarketPage
    from assetpay_client.models.trade import Trade

    rows: list[Row] = []
    sides: dict[int, tuple[Callable[[], None], Callable[[], None]]] = {}
    for name, data, cls, scale, n_items in (
        ("every field read: Trade, 50 items", TRADE_50, Trade, 1, 50),
        ("every field read: market page, 1000 items", MARKET_1000, MarketPage, 20, 1000),
        ("every field read: market page, 10000 items", market(10_000), MarketPage, 200, 10_000),
    ):
        raw = json.dumps(data).encode()
        read_dict, read_model = _readers(cls, data)
        n = max(1, number // scale)

        def floor(raw: bytes = raw, read_dict: Reader = read_dict) -> None:
            read_dict(json.loads(raw))

        def ours(raw: bytes = raw, cls: Any = cls, read_model: Reader = read_model) -> None:
            read_model(decode_model(cls, raw))

        ours_us, floor_us = paired_us(ours, floor, n, max(repeats, 11))
        rows.append((name, ours_us, floor_us, "vs json.loads + reading every value"))
        sides[n_items] = (ours, floor)
    # one 10,000-item page against ten 1,000-item pages, in alternating rounds like the rows
    # above (measured apart, the two sizes drifted with the machine's load by 20-40%). The floor
    # grows too (1.2-1.6x on the development machine: past the CPU caches every object is a miss,
    # and the memory of a large page is new to the process, page by page), so the target is on
    # our growth over the floor's: the baseline is our cost per item at 1,000 items grown as the
    # floor's grows.
    growth: dict[str, float] = {}
    per_item: dict[str, tuple[float, float]] = {}
    for side, label in enumerate(("ours", "floor")):
        big, small = sides[10_000][side], sides[1000][side]

        def ten_small(small: Callable[[], None] = small) -> None:
            for _ in range(10):
                small()

        big_us, small_us = paired_us(big, ten_small, 1, 2 * max(repeats, 11) - 1)
        growth[label] = big_us / small_us
        per_item[label] = (big_us / 10_000, small_us / 10_000)
    rows.append(
        (
            "  per item: 10000 vs 1000 items",
            per_item["ours"][0],
            per_item["ours"][1] * growth["floor"],
            f"ours {per_item['ours'][1]:.2f} -> {per_item['ours'][0]:.2f} us per item "
            f"({growth['ours']:.2f}x), the floor's {per_item['floor'][1]:.2f} -> "
            f"{per_item['floor'][0]:.2f} ({growth['floor']:.2f}x)",
        )
    )
    rows.append(held_memory(1000 if quick else 10_000))
    return rows


def held_memory(n_items: int) -> Row:
    """Bytes held by a page read in full (models) against the same page as json.loads dicts."""
    from assetpay_client.models.market_page import MarketPage

    raw = json.dumps(market(n_items)).encode()

    def held(build: Callable[[], object]) -> float:
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            page = build()
            gc.collect()
            size = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        del page
        return float(size)

    ours = held(lambda: materialize(decode_model(MarketPage, raw)))
    dicts = held(lambda: json.loads(raw))
    return (
        f"memory held: market page, {n_items} items, built",
        ours / 1000,
        dicts / 1000,
        "tracemalloc, vs the page as dicts",
    )


def _fresh_env() -> dict[str, str]:
    """The environment of a measured fresh interpreter: no PYTHONPATH, and bytecode caches
    allowed (an installed package has them; compiling every module on every start is not what a
    user's process pays)."""
    env = {**os.environ, "PYTHONPATH": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def import_time(runs: int) -> list[Row]:
    def one(stmt: str) -> float:
        done = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
            [sys.executable, "-X", "importtime", "-c", stmt],
            capture_output=True, text=True, check=True, env=_fresh_env(),
        )  # fmt: skip
        total = 0
        for line in done.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() in stmt.split()[-1].split(","):
                total = max(total, int(parts[1].strip()))
        return float(total)

    ours = statistics.median(one("import assetpay") for _ in range(runs))
    base = statistics.median(one("import httpx") for _ in range(runs))
    # `import assetpay` defers httpx and the models; the first client pays for them
    first = statistics.median(
        _wall("import assetpay; assetpay.AssetPay('k').close()") for _ in range(runs)
    )
    bare = statistics.median(_wall("import httpx; httpx.Client().close()") for _ in range(runs))
    return [
        ("import assetpay", ours, base, "vs import httpx"),
        ("import + first client", first, bare, "vs httpx + Client(), wall"),
    ]


# --- a fresh process: from the import to the first result ----------------------------------------
# What a serverless handler pays on every cold start. Both sides start from a bare interpreter,
# read the answer's bytes from a file first (outside the timing), serve them from an
# httpx.MockTransport, and stop at the first result: the parsed Trade for ours, json.loads for
# httpx. CPU time (process_time), so that other load on the machine counts less.

_COLD = """
import sys, time
body = open(sys.argv[1], "rb").read()
start = time.process_time()
{stmt}
print((time.process_time() - start) * 1e6)
"""
_COLD_OURS = """
import assetpay, httpx
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)))
ap = assetpay.AssetPay("ap_bench_key", base_url="https://api.bench", http_client=http)
result = ap.trades.get("wd_bench")
"""
_COLD_RAW = """
import httpx, json
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)))
result = json.loads(http.get("https://api.bench/secure/trades/wd_bench").content)
"""


def cold_start(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        body = Path(tmp) / "trade.json"
        body.write_bytes(BODIES["/secure/trades/wd_bench"])

        def one(stmt: str) -> float:
            done = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
                [sys.executable, "-c", _COLD.format(stmt=stmt), str(body)],
                capture_output=True, text=True, check=True,
                env=_fresh_env(),
            )  # fmt: skip
            return float(done.stdout.strip())

        one(_COLD_OURS), one(_COLD_RAW)  # warm-up: writes the bytecode caches
        samples = [(one(_COLD_OURS), one(_COLD_RAW)) for _ in range(runs)]
    # the least of each side, as for the paired rows: interference only ever adds time
    ours = min(sample[0] for sample in samples)
    raw = min(sample[1] for sample in samples)
    return [("cold start: import to first result", ours, raw, "vs httpx + json.loads, CPU")]


# --- callbacks: verify, then read the whole trade ------------------------------------------------


def callback_read(number: int, repeats: int) -> list[Row]:
    from assetpay.webhooks import sign, verify

    body = bench_webhooks.trade_body()
    header = sign(body, bench_webhooks.SECRET)
    fields = dict(part.split("=", 1) for part in header.split(","))
    key = bench_webhooks.SECRET.encode()
    data = json.loads(body)
    from assetpay_client.models.trade import Trade

    read_dict, read_model = _readers(Trade, data["trade"])

    def ours() -> None:
        event: Any = verify(body, header, bench_webhooks.SECRET)
        read_model(event.trade)

    def floor() -> None:
        message = f"{fields['id']}.{fields['t']}.".encode() + body
        expected = hmac.new(key, message, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, fields["s"]):
            raise AssertionError("the floor's signature check must pass")
        read_dict(json.loads(body)["trade"])

    ours_us, floor_us = paired_us(ours, floor, number, max(repeats, 11))
    return [
        (
            "callback: verify + read every field (4 KB)",
            ours_us,
            floor_us,
            "vs HMAC-SHA256 + json.loads + reading",
        )
    ]


def _wall(stmt: str) -> float:
    """Microseconds a fresh interpreter spends on ``stmt`` (startup excluded)."""
    code = f"import time; s = time.perf_counter(); {stmt}; print((time.perf_counter() - s) * 1e6)"
    done = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env=_fresh_env(),
    )  # fmt: skip
    return float(done.stdout.strip())


def webhooks(seconds: float) -> list[Row]:
    from assetpay.webhooks import sign, verify

    body = bench_webhooks.trade_body()
    header = sign(body, bench_webhooks.SECRET)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        verify(body, header, bench_webhooks.SECRET)
        count += 1
    per_second = count / (time.perf_counter() - start)
    # expressed against the 20,000/s target: ratio < 1 means faster than the target
    return [("webhook verify+parse (4 KB)", 1e6 / per_second, 1e6 / 20_000, f"{per_second:,.0f}/s")]


def regeneration() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
            [sys.executable, "-m", "generator", "--out", tmp], cwd=ROOT, check=True,
            capture_output=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    shutil.rmtree(tmp, ignore_errors=True)
    return [("make client (generation)", seconds * 1e6, 20e6, f"{seconds:.1f} s")]


async def _async_throughput(
    base_url: str, api_key: str, total: int, concurrency: int
) -> dict[str, tuple[float, float]]:
    """Each side's (client CPU us per request, requests/s): ``aiohttp`` is AsyncAssetPay on
    ``AiohttpTransport``, ``httpx`` AsyncAssetPay on the same ``httpx.AsyncClient`` as ``raw``.

    Rounds rotate the order of the sides; every round starts each side with a new client
    (default settings otherwise). The ratio is taken on the client's CPU time per request: that is
    the throughput of a process whose client is the bottleneck, which is what the client decides.
    Requests/s on the same machine depends as much on the sandbox process sharing the two cores,
    so it is shown, not compared. Each side's figure is its least round, as in the paired rows
    (another process's burst only ever adds time; medians moved by 5-10% between runs).
    """
    headers = {"api-key": api_key, "accept": "application/json"}
    sem = asyncio.Semaphore(concurrency)

    async def timed(burst: Callable[[], Any]) -> tuple[float, float]:
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        await burst()
        return (time.process_time() - cpu) / total * 1e6, total / (time.perf_counter() - wall)

    async def ours_round(http: httpx.AsyncClient) -> tuple[float, float]:
        async with (
            http,
            assetpay.AsyncAssetPay(api_key, base_url=base_url, http_client=http) as aap,
        ):

            async def one() -> None:
                async with sem:
                    await aap.wallet.balance()

            return await timed(lambda: asyncio.gather(*(one() for _ in range(total))))

    async def raw_round() -> tuple[float, float]:
        async with httpx.AsyncClient() as raw:

            async def one() -> None:
                async with sem:
                    response = await raw.get(f"{base_url}/v1/wallets/me/balance", headers=headers)
                    json.loads(response.content)

            return await timed(lambda: asyncio.gather(*(one() for _ in range(total))))

    sides: dict[str, Callable[[], Awaitable[tuple[float, float]]]] = {
        "aiohttp": lambda: ours_round(httpx.AsyncClient(transport=assetpay.AiohttpTransport())),
        "httpx": lambda: ours_round(httpx.AsyncClient()),
        "raw": raw_round,
    }
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    names = list(sides)
    for round_ in range(10):  # each side first, middle and last in turn; round 0 only warms up
        for name in names[round_ % 3 :] + names[: round_ % 3]:
            sample = await sides[name]()
            if round_:
                samples[name].append(sample)
    return {
        name: (min(cpu for cpu, _ in rounds), max(rate for _, rate in rounds))
        for name, rounds in samples.items()
    }


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def async_throughput(total: int) -> list[Row]:
    """AsyncAssetPay (on AiohttpTransport, and on httpx's own) vs raw httpx.AsyncClient, 50
    concurrent, against the sandbox on loopback.

    The sandbox runs in its own process so that server and client do not share one GIL.
    """
    from assetpay_sandbox.config import DEFAULT_API_KEY

    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - our interpreter, our module, loopback only
        [sys.executable, "-m", "assetpay_sandbox", "--port", str(port), "--db", ":memory:",
         "--rate-limits", "off", "--auto-approve"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base_url}/v1/wallets/me/balance", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the sandbox did not start") from None
                time.sleep(0.1)
        sides = asyncio.run(_async_throughput(base_url, DEFAULT_API_KEY, total, 50))
    finally:
        server.terminate()
        server.wait(timeout=10)
    (fast_cpu, fast_rate), (httpx_cpu, httpx_rate), (raw_cpu, raw_rate) = (
        sides["aiohttp"],
        sides["httpx"],
        sides["raw"],
    )
    return [
        (
            "async, 50 concurrent (sandbox)",
            fast_cpu,
            raw_cpu,
            f"AiohttpTransport vs raw httpx, client CPU per request; "
            f"{fast_rate:,.0f}/s vs {raw_rate:,.0f}/s",
        ),
        (
            "  on httpx's own transport",
            httpx_cpu,
            raw_cpu,
            f"the same transport as raw httpx: the client's own cost; "
            f"{httpx_rate:,.0f}/s vs {raw_rate:,.0f}/s",
        ),
    ]


SHORT = {
    "trades.get (50 items)": "get",
    "withdraw (50 items, validated)": "withdraw",
    "market.search (1000 items)": "search",
    "trades.get, every item read": "get_read_all",
    "  of which: strict validation of the body": "withdraw_validation",
    "  of which: snake_case items -> wire JSON": "withdraw_wire",
    "decode (msgspec, to dicts): Trade, 50 items": "decode_trade",
    "decode into models: Trade, 50 items": "models_trade",
    "  every list built: Trade, 50 items": "models_trade_all",
    "dicts + from_dict: Trade, 50 items": "attrs_trade",
    "pydantic validate: Trade, 50 items": "pydantic_trade",
    "decode (msgspec, to dicts): market page, 1000 items": "decode_market",
    "decode into models: market page, 1000 items": "models_market",
    "  every list built: market page, 1000 items": "models_market_all",
    "dicts + from_dict: market page, 1000 items": "attrs_market",
    "pydantic validate: market page, 1000 items": "pydantic_market",
    "every field read: Trade, 50 items": "read_trade",
    "every field read: market page, 1000 items": "read_market",
    "every field read: market page, 10000 items": "read_market_10k",
    "  per item: 10000 vs 1000 items": "read_per_item_scaling",
    "memory held: market page, 10000 items, built": "memory_10k",
    "memory held: market page, 1000 items, built": "memory_1k",
    "cold start: import to first result": "cold_start",
    "callback: verify + read every field (4 KB)": "callback_read",
    "import assetpay": "import",
    "import + first client": "first_client",
    "webhook verify+parse (4 KB)": "webhooks",
    "async, 50 concurrent (sandbox)": "async",
    "  on httpx's own transport": "async_httpx",
    "make client (generation)": "make_client",
    **bench_stores.SHORT,
}

TARGETS = {
    "every field read: Trade, 50 items": 1.3,
    "every field read: market page, 1000 items": 1.3,
    "  per item: 10000 vs 1000 items": 1.1,
    "memory held: market page, 10000 items, built": 1.2,
    "memory held: market page, 1000 items, built": 1.2,
    "cold start: import to first result": 1.5,
    "callback: verify + read every field (4 KB)": 1.5,
    "trades.get (50 items)": 1.15,
    "withdraw (50 items, validated)": 1.15,
    "market.search (1000 items)": 1.15,
    "import assetpay": 1.5,
    "webhook verify+parse (4 KB)": 1.0,
    # per-request time: at most the raw client's, i.e. at least its throughput
    "async, 50 concurrent (sandbox)": 1.0,
    "make client (generation)": 1.0,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke run)")
    args = parser.parse_args()
    number, repeats = (5, 1) if args.quick else (200, 5)
    rows: list[Row] = []
    rows += call_overhead(number, repeats)
    rows += parsing(number, repeats)
    rows += full_reads(number, repeats, quick=args.quick)
    rows += import_time(2 if args.quick else 15)
    rows += cold_start(2 if args.quick else 15)
    rows += webhooks(0.2 if args.quick else 3.0)
    rows += callback_read(number, repeats)
    rows += bench_stores.rows(*((20, 1) if args.quick else (600, 3)))
    rows += async_throughput(50 if args.quick else 1000)
    if not args.quick:
        rows += regeneration()
    print(f"{'benchmark':<48}{'ours':>12}{'baseline':>12}{'ratio':>8}  {'target':>7}  note")
    summary = []
    for name, ours, base, note in rows:
        ratio = ours / base if base else float("inf")
        target = TARGETS.get(name)
        flag = "" if target is None else ("ok" if ratio <= target else "MISS")
        shown = "" if target is None else f"<={target:.2f}"
        unit = "KB" if name.startswith("memory") else "us"
        print(
            f"{name:<48}{ours:>10.1f}{unit}{base:>10.1f}{unit}{ratio:>7.2f}x  {shown:>7} {flag:>4}"
            f"  {note}"
        )
        summary.append(f"{SHORT.get(name, name)}={ratio:.2f}")
    print("bench: " + " ".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
