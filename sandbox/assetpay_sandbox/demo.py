"""``make demo`` / ``python -m assetpay_sandbox.demo``: see the whole flow work in ~30 seconds.

Starts, on 127.0.0.1 and free ports, the sandbox (in memory, a fast clock) and a demo merchant
callback receiver built on ``assetpay.webhooks.asgi_app`` (both under uvicorn). Then, with the
``assetpay`` client: authenticates a user, deposits two items, withdraws one item (the receiver
approves: the user's demo balance covers it) and tries a withdrawal the user cannot afford (the
receiver rejects it, the trade fails), and cashes out $10 of the merchant wallet in USDC. Every
signed callback is printed as it arrives, with a progress line, and next to it every event of the
realtime feed (``ap.realtime()``: trades, wallet fundings, market changes). Stops everything;
exits 0 when every trade settled as expected and the feed saw every status the callbacks did,
1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import assetpay
from assetpay.realtime import DepositEvent, MarketEvent, Realtime
from assetpay.realtime import TradeEvent as FeedTrade
from assetpay.webhooks import (
    Answer,
    ApprovalRequest,
    MemoryDeliveryStore,
    Notification,
    TradeEvent,
    WithdrawApprovalRequest,
    approve,
    asgi_app,
    reject,
)

from .catalogue import DEMO_STEAM_IDS
from .config import DEFAULT_API_KEY, DEFAULT_API_SECRET, DEFAULT_MERCHANT_ID, SandboxConfig
from .server import SandboxServer, ThreadedServer

TERMINAL = {"completed", "failed", "canceled", "declined", "reverted"}
DEMO_USER = "demo-user-1"
DEMO_TRADE_URL = "https://steamcommunity.com/tradeoffer/new/?partner=39734273&token=AbCdEfGh"


@dataclass
class Shop:
    """The demo merchant's own books: one user with a site balance, and what it has seen."""

    balance_cents: int
    started: float = field(default_factory=time.monotonic)
    statuses: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    expected: set[str] = field(default_factory=set)
    events: int = 0
    callbacks_seen: dict[str, list[str]] = field(default_factory=dict)
    feed_seen: dict[str, list[str]] = field(default_factory=dict)
    feed_kinds: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:5.1f}s] {text}", flush=True)

    def progress(self) -> str:
        done = sum(1 for t in self.expected if self.statuses.get(t) in TERMINAL)
        total = len(self.expected) or 1
        bar = "#" * done + "-" * (total - done)
        return f"[{bar}] {done}/{len(self.expected)} settled"

    # -- the callback receiver's two hooks ------------------------------------------------------

    def on_approval(self, event: ApprovalRequest) -> Answer:
        if not isinstance(event, WithdrawApprovalRequest):
            return reject("crypto withdrawals are not part of the demo")
        price = round(float(event.trade.total_price) * 100)
        with self.lock:
            self.callbacks_seen.setdefault(event.trade.id, []).append(_s(event.trade.status))
            label = self.labels.get(event.trade.id, event.trade.id[:8])
            if price <= self.balance_cents:
                self.balance_cents -= price
                self.say(
                    f"approval  {label}: ${price / 100:.2f} <= user balance -> APPROVE "
                    f"(user balance now ${self.balance_cents / 100:.2f})"
                )
                return approve()
            self.say(
                f"approval  {label}: ${price / 100:.2f} > user balance "
                f"${self.balance_cents / 100:.2f} -> REJECT"
            )
            return reject("insufficient demo balance")

    def on_event(self, event: Notification) -> None:
        if not isinstance(event, TradeEvent):
            return
        trade = event.trade
        status, kind, game = _s(trade.status), _s(trade.type_), _s(trade.game)
        with self.lock:
            self.events += 1
            previous = self.statuses.get(trade.id, "-")
            self.statuses[trade.id] = status
            self.callbacks_seen.setdefault(trade.id, []).append(status)
            label = self.labels.get(trade.id, f"{kind} {trade.id[:8]}")
            extra = ""
            if kind == "deposit" and status == "hold":
                pre = round(float(trade.pre_credit or 0) * 100)
                self.balance_cents += pre
                extra = f"  (credit preCredit ${pre / 100:.2f})"
            elif kind == "deposit" and status == "completed":
                pending = round(float(trade.pending_credit or 0) * 100)
                if game == "252490":
                    pending = round(float(trade.total_price) * 100)
                self.balance_cents += pending
                extra = f"  (credit pendingCredit ${pending / 100:.2f})"
            elif status == "failed" and trade.error is not None:
                extra = f"  (error {_s(trade.error)})"
            move = status if previous == status else f"{previous} -> {status}"
            self.say(f"callback  {label}: {move}{extra}   {self.progress()}")
            self.changed.notify_all()

    # -- the realtime feed, read on a thread of its own -------------------------------------------

    def watch(self, feed: Realtime) -> None:
        for event in feed:
            with self.lock:
                self.feed_kinds[event.kind] += 1
                if isinstance(event, FeedTrade):
                    trade = event.trade
                    status = _s(trade.status)
                    self.feed_seen.setdefault(trade.id, []).append(status)
                    label = self.labels.get(trade.id, f"{_s(trade.type_)} {trade.id[:8]}")
                    self.say(f"  feed    trade {label}: {status}")
                elif isinstance(event, DepositEvent):
                    funding = event.funding
                    self.say(
                        f"  feed    deposit (wallet funding) {funding.asset.token} on "
                        f"{funding.asset.chain}: ${funding.amounts.usd} {funding.status.value}"
                    )
                elif isinstance(event, MarketEvent):
                    change = event.change
                    if event.refetch:
                        what = f"sync ({getattr(change, 'reason', '')}): refetch the market"
                    elif event.item is not None:
                        what = f"{change.type} listing {event.item.id} ${_price(event.item):.2f}"
                    else:
                        what = f"{change.type} listing {getattr(change, 'item_id', '?')}"
                    self.say(f"  feed    market {what}")
                else:
                    self.say(f"  feed    {event.kind}: {event}")

    def feed_matches_callbacks(self) -> bool:
        """Every trade's feed statuses are the statuses its callbacks announced, in order."""
        with self.lock:
            return all(
                self.feed_seen.get(trade_id) == statuses
                for trade_id, statuses in self.callbacks_seen.items()
            )

    def wait_settled(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not all(self.statuses.get(t) in TERMINAL for t in self.expected):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.changed.wait(left)
            return True


def run(speed: float = 60_000.0, timeout: float = 50.0, quiet_server: bool = True) -> int:
    del quiet_server
    shop = Shop(balance_cents=2_000)
    receiver_app = asgi_app(
        DEFAULT_API_SECRET, on_event=shop.on_event, on_approval=shop.on_approval,
        store=MemoryDeliveryStore(),
    )  # fmt: skip
    with ThreadedServer(receiver_app) as receiver:
        callback_url = f"{receiver.url}/assetpay/callback"
        config = SandboxConfig(
            db=":memory:", port=0, speed=speed, callback_url=callback_url,
            initial_balance=5_000.0,
        )  # fmt: skip
        with SandboxServer(config) as server:
            shop.say(f"sandbox   {server.url}  (clock x{speed:g}: a 7-day Steam hold takes "
                     f"{7 * 86400 / speed:.1f}s)")  # fmt: skip
            shop.say(f"receiver  {callback_url}  (assetpay.webhooks.asgi_app)")
            with assetpay.AssetPay(api_key=DEFAULT_API_KEY, base_url=server.url) as watcher:
                feed = watcher.realtime().connect()
                shop.say(f"feed      {server.url}/socket.io  (ap.realtime(), lines marked 'feed')")
                reader = threading.Thread(target=shop.watch, args=(feed,), daemon=True)
                reader.start()
                ok = _flow(shop, server.url, timeout)
                time.sleep(0.5)  # the feed's last events, sent with the last callbacks
                feed.close()
                reader.join(5)
            wallet = server.sandbox.engine.balance()
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(shop.feed_kinds.items()))
            shop.say(
                f"merchant wallet: balance ${wallet['balance']:.2f}, escrow "
                f"${wallet['escrowBalance']:.2f}; "
                f"demo user balance ${shop.balance_cents / 100:.2f}; "
                f"{shop.events} callbacks; feed events: {kinds}"
            )
            same = shop.feed_matches_callbacks()
            shop.say("feed vs callbacks: " + ("the same trade statuses" if same else "DIFFERENT"))
            ok = ok and same
    shop.say("stopped sandbox and receiver: " + ("OK" if ok else "FAILED"))
    return 0 if ok else 1


def _flow(shop: Shop, base_url: str, timeout: float) -> bool:
    with assetpay.AssetPay(
        api_key=DEFAULT_API_KEY, api_secret=DEFAULT_API_SECRET, merchant_id=DEFAULT_MERCHANT_ID,
        base_url=base_url, reconcile=True,
    ) as ap:  # fmt: skip
        token = ap.clients.authenticate(
            steam_id=DEMO_STEAM_IDS[0], trade_url=DEMO_TRADE_URL, client_id=DEMO_USER
        ).token
        shop.say(f"auth      POST /auth/authenticate-client -> client token {token[:24]}...")
        user = ap.with_client_token(token)
        inventory = user.inventory.get(accepted_only=True, sort="priceAsc")
        picked = inventory.inventory[:2]
        deposit = user.trades.deposit(
            items=[{"item_id": i.id, "price": _price(i)} for i in picked],
            external_id=f"demo-dep-{int(time.time())}", is_instant=True,
        )  # fmt: skip
        names = " + ".join(str(i.market_hash_name) for i in picked)
        _expect(shop, deposit, f"deposit  {names}")
        shop.say(f"deposit   {names}: ${deposit.total_price:.2f}, {deposit.status}")

        listings = _listings(user)
        cheap = min((lst for lst in listings if lst.offer.price * 100 <= shop.balance_cents),
                    key=lambda lst: lst.offer.price)  # fmt: skip
        pricey = max(listings, key=lambda lst: lst.offer.price)
        for listing, tag in ((cheap, "withdraw"), (pricey, "withdraw (too dear)")):
            trade = user.trades.withdraw(
                items=[{"item_id": listing.id, "price": listing.offer.price}],
                external_id=f"demo-wd-{listing.id[:8]}-{int(time.time())}",
            )  # fmt: skip
            label = f"{tag} {listing.market_hash_name or listing.id}"
            _expect(shop, trade, label)
            shop.say(f"withdraw  {label}: ${trade.total_price:.2f}, {trade.status}")
        cash_out = ap.crypto.withdraw(
            steam_id=DEMO_STEAM_IDS[0], chain="ETH", token="USDC", amount_cents=1_000,  # noqa: S106
            address="0x" + "5e" * 20, request_id=f"demo-cash-out-{int(time.time())}",
        )  # fmt: skip
        shop.say(f"cash out  $10.00 USDC on ETH from the merchant wallet: {cash_out.status}")
        settled = shop.wait_settled(timeout)
        with shop.lock:
            finals = {shop.labels[t]: shop.statuses.get(t) for t in shop.expected}
        for label, status in finals.items():
            shop.say(f"final     {label}: {status}")
        wanted = sorted(["completed", "completed", "failed"])
        return settled and sorted(str(s) for s in finals.values()) == wanted


def _price(item: Any) -> float:
    return float(item.offer.price)


def _s(value: Any) -> str:
    return str(getattr(value, "value", value))


def _expect(shop: Shop, trade: Any, label: str) -> None:
    with shop.lock:
        shop.expected.add(trade.id)
        shop.labels[trade.id] = label
        shop.statuses.setdefault(trade.id, _s(trade.status))


def _listings(user: Any) -> list[Any]:
    page = user.market.search(game=730, per_page=-1)
    out: list[Any] = []
    for row in page.items:
        if row.item_id:
            out.extend(user.market.listings(item_id=row.item_id, per_page=100))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assetpay_sandbox.demo", description=__doc__)
    p.add_argument("--speed", type=float, default=60_000.0, help="sandbox clock speed")
    p.add_argument("--timeout", type=float, default=50.0, help="seconds to wait for settlement")
    args = p.parse_args(argv)
    started = time.monotonic()
    code = run(args.speed, args.timeout)
    print(f"demo finished in {time.monotonic() - started:.1f}s (exit {code})", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
