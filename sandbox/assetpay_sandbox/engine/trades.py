"""Trades: deposits, withdrawals, approvals, cancels, lookups and the status lifecycle."""

from __future__ import annotations

import base64
import binascii
import json
import math
import sqlite3
import time
import uuid
from collections import deque
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from ..auth import ClientIdentity, steam_id_of_trade_url
from ..catalogue import (
    CS2,
    RUST,
    inventory_json,
    item_json,
)
from ..failures import ApiFailure
from .crypto import Crypto
from .market import Market
from .store import _enum, cents, iso, usd


def _party(identity: ClientIdentity | None, trade_url: str) -> tuple[str, str]:
    """``(source, steam_id)`` of a new trade: the end user's, or the merchant's own account."""
    if identity is not None:
        return "client", identity.steam_id
    return "self", steam_id_of_trade_url(trade_url)


class TradeStatus(StrEnum):
    """openapi.yaml ``TradeStatus``: where a trade is in its lifecycle."""

    INITIATED = "initiated"
    PENDING = "pending"
    ACTIVE = "active"
    HOLD = "hold"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"
    DECLINED = "declined"
    REVERTED = "reverted"


_S = TradeStatus
#: Every status change the sandbox makes, per trade type; ``_transition`` refuses any other.
TRANSITIONS: Mapping[str, Mapping[TradeStatus, frozenset[TradeStatus]]] = {
    "deposit": {
        # FAILED: no bot could take the offer
        _S.INITIATED: frozenset({_S.ACTIVE, _S.FAILED}),
        # COMPLETED straight from ACTIVE: Rust has no trade-protection hold
        _S.ACTIVE: frozenset({_S.HOLD, _S.COMPLETED, _S.DECLINED}),
        _S.HOLD: frozenset({_S.COMPLETED}),
    },
    "withdraw": {
        # FAILED: approval rejected or timed out, no bot, no listing at the price
        _S.INITIATED: frozenset({_S.PENDING, _S.FAILED}),
        # REVERTED: every item cancelled or auto-cancelled before delivery
        _S.PENDING: frozenset({_S.ACTIVE, _S.REVERTED}),
        _S.ACTIVE: frozenset({_S.HOLD, _S.COMPLETED, _S.DECLINED, _S.REVERTED}),
        _S.HOLD: frozenset({_S.COMPLETED, _S.REVERTED}),
    },
}
ITEM_TERMINAL = frozenset({"completed", "failed", "reverted", "canceled", "declined"})
CANCEL_MIN_AGE = 30 * 60.0
DECLINE_PENALTY_RATE = 0.02
DECLINE_PENALTY_CAP = 900
_BOTS = ("tradingbot01", "tradingbot02", "apbot-eu-07", "apbot-us-03", "apbot-sg-11")


class Trades(Market, Crypto):
    # -- trades storage ------------------------------------------------------------------------

    def _insert_trade(
        self, doc: dict[str, Any], internal: dict[str, Any], next_at: float | None
    ) -> None:
        try:
            self.db.execute(
                "INSERT INTO trades(id, external_id, type, source, status, steam_id, game, created,"
                " next_at, doc, internal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc["id"], doc.get("externalId"), doc["type"], doc["source"], doc["status"],
                    doc["clientSteamID"], doc["game"], internal["created"], next_at,
                    json.dumps(doc), json.dumps(internal),
                ),
            )  # fmt: skip
        except sqlite3.IntegrityError:
            raise ApiFailure("EXTERNAL_ID_EXISTS", "This externalId has been used before") from None

    def _save_trade(
        self, doc: dict[str, Any], internal: dict[str, Any], next_at: float | None
    ) -> None:
        self.db.execute(
            "UPDATE trades SET status = ?, next_at = ?, doc = ?, internal = ? WHERE id = ?",
            (doc["status"], next_at, json.dumps(doc), json.dumps(internal), doc["id"]),
        )

    def _load(self, row: sqlite3.Row) -> tuple[dict[str, Any], dict[str, Any]]:
        return json.loads(row["doc"]), json.loads(row["internal"])

    def _trade_row(self, ref: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM trades WHERE id = ? OR external_id = ? ORDER BY id = ? DESC LIMIT 1",
            (ref, ref, ref),
        ).fetchone()
        return row

    def _external_id_used(self, external_id: str | None) -> None:
        if external_id is None:
            return
        row = self.db.execute("SELECT 1 FROM trades WHERE external_id = ?", (external_id,))
        if row.fetchone() is not None:
            raise ApiFailure("EXTERNAL_ID_EXISTS", "This externalId has been used before")

    def _announce(self, doc: Mapping[str, Any], kind: str = "event") -> None:
        """Tell the merchant about ``doc``: a callback (``event`` or ``approval``) and the feed."""
        self._enqueue(str(doc["id"]), kind, {"trade": doc})
        self._publish("trade", {"trade": doc})

    def _bot(self, trade_id: str) -> dict[str, Any]:
        n = int(trade_id.replace("-", "")[:8], 16)
        name = _BOTS[n % len(_BOTS)]
        return {
            "name": name,
            "avatar": f"https://avatars.steamstatic.com/{trade_id.replace('-', '')[:40]}_full.jpg",
            "steamId": str(76561198800000000 + n % 100000),
        }

    # -- deposits ------------------------------------------------------------------------------

    def deposit_guard(self, steam_id: str) -> None:
        """Per-client guard: 5 deposits not yet accepted, 10 per rolling 5 minutes (real time)."""
        active = self.db.execute(
            "SELECT COUNT(*) FROM trades WHERE type = 'deposit' AND steam_id = ? AND status IN"
            " ('initiated', 'pending', 'active')",
            (steam_id,),
        ).fetchone()[0]
        if active >= 5:
            raise ApiFailure(
                "TOO_MANY_ACTIVE_TRADES", "This user already has 5 deposits waiting",
                headers={"Retry-After": "5"},
            )  # fmt: skip
        now = time.time()
        window = self._deposit_times.setdefault(steam_id, deque())
        while window and window[0] <= now - 300:
            window.popleft()
        if len(window) >= 10:
            wait = max(1, math.ceil(window[0] + 300 - now))
            raise ApiFailure(
                "RATE_LIMITED", "At most 10 deposits per user in 5 minutes",
                headers={"Retry-After": str(wait)},
            )  # fmt: skip

    def create_deposit(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source, steam_id = _party(identity, trade_url)
        game = str(body.get("game") or "730")
        with self.tx():
            self._external_id_used(body.get("externalId"))
            self.deposit_guard(steam_id)
            inventory = {r.id: r for r in self._inventory_rows(steam_id)}
            items, total, changed = [], 0, []
            seen: set[str] = set()
            for i, it in enumerate(body["items"]):
                row = inventory.get(it["itemId"])
                if row is None or it["itemId"] in seen or str(row.item.game) != game:
                    raise ApiFailure(
                        "ITEMS_UNAVAILABLE", f"items.{i}: not in the inventory or already offered",
                        details={"items": [{"itemId": it["itemId"]}]},
                    )  # fmt: skip
                seen.add(row.id)
                if not row.accepted:
                    raise ApiFailure("ITEMS_NOT_ACCEPTED", f"items.{i}: not accepted for deposit")
                amount = int(it.get("amount") or 1)
                if amount > row.amount:
                    raise ApiFailure("EXCEEDS_MAX_AMOUNT", f"items.{i}: at most {row.amount}")
                if cents(it["price"]) != row.offer_cents:
                    changed.append({"itemId": row.id, "price": usd(row.offer_cents)})
                doc = inventory_json(row)
                doc["amount"] = amount
                items.append(doc)
                total += row.offer_cents * amount
            if changed:
                raise ApiFailure(
                    "PRICE_CHANGED", "The offer price changed; fetch the inventory again",
                    details={"items": changed},
                )  # fmt: skip
            if not items:
                raise ApiFailure("MISSING_ITEMS")
            now = self.clock.now()
            trade_id = str(uuid.uuid4())
            is_instant = bool(body.get("isInstant"))
            collateral: dict[str, float]
            if source == "self" or game == str(RUST):
                pre, collateral = total, {"merchant": 0, "provider": 0}
            elif is_instant:
                available = self.collateral(identity)
                pre = min(total, available)
                merchant_part = min(pre, cents(self.config.merchant_collateral))
                collateral = {"merchant": usd(merchant_part), "provider": usd(pre - merchant_part)}
            else:
                pre, collateral = 0, {"merchant": 0, "provider": 0}
            doc = self._trade_doc(
                trade_id, "deposit", source, game, steam_id, trade_url, identity, body, items,
                total, now,
            )  # fmt: skip
            doc["preCredit"] = usd(pre)
            doc["pendingCredit"] = usd(total - pre)
            doc["isInstant"] = is_instant or source == "self" or game == str(RUST)
            doc["collateral"] = collateral
            internal = {
                "created": now, "pre": pre, "total": total, "refs": list(seen),
                "due": now + self.config.timings.deposit_offer,
            }  # fmt: skip
            self._insert_trade(doc, internal, now + self.config.timings.deposit_offer)
            for ref in seen:
                self.db.execute(
                    "INSERT OR REPLACE INTO reservations VALUES (?, ?)", (ref, trade_id)
                )
            self._deposit_times.setdefault(steam_id, deque()).append(time.time())
            if no_bots:
                self._fail_no_bots(doc, internal)
            else:
                self._announce(doc)
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    def _trade_doc(
        self,
        trade_id: str,
        type_: str,
        source: str,
        game: str,
        steam_id: str,
        trade_url: str,
        identity: ClientIdentity | None,
        body: Mapping[str, Any],
        items: list[dict[str, Any]],
        total: int,
        now: float,
    ) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": trade_id,
            "type": type_,
            "source": source,
            "status": "initiated",
            "game": game,
        }
        if body.get("externalId") is not None:
            doc["externalId"] = body["externalId"]
        doc["merchantId"] = self.config.merchant_id
        if identity is not None:
            doc["clientUserId"] = str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"{self.config.merchant_id}/{steam_id}")
            )
            if identity.client_id is not None:
                doc["externalClientUserId"] = identity.client_id
        doc["clientSteamID"] = steam_id
        doc["clientTradeUrl"] = trade_url
        doc["items"] = items
        doc["totalPrice"] = usd(total)
        doc["createdAt"] = doc["updatedAt"] = iso(now)
        return doc

    def _fail_no_bots(self, doc: dict[str, Any], internal: dict[str, Any]) -> None:
        """The trade record exists (its externalId is used up) but no bot can take it."""
        self._finish(
            doc, internal, TradeStatus.FAILED, self.clock.now(), error="SERVICE_UNAVAILABLE"
        )

    # -- withdrawals ---------------------------------------------------------------------------

    def _check_balance(self, total: int) -> None:
        balance, _, _ = self._wallet()
        if total > balance:
            raise ApiFailure(
                "MERCHANT_BALANCE_LOW", "The merchant balance cannot pay for this withdrawal",
                details={"required": usd(total), "available": usd(balance)},
            )  # fmt: skip

    def create_withdraw(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source, steam_id = _party(identity, trade_url)
        game = str(body.get("game") or "730")
        with self.tx():
            self._require_callback()
            self._external_id_used(body.get("externalId"))
            available = {lst.id: lst for lst in self._available_listings()}
            items, total, changed = [], 0, []
            refs: list[str] = []
            slippage = int(body.get("slippageBps") or 0)
            for i, it in enumerate(body["items"]):
                lid = it["itemId"]
                listing = self.catalogue.listings.get(lid)
                if listing is None or str(listing.item.game) != game:
                    if not _looks_like_listing(lid):
                        raise ApiFailure("INVALID_LISTING_ID", f"items.{i}.itemId: malformed")
                    raise ApiFailure("LISTING_NOT_FOUND", f"items.{i}: no such listing")
                if lid not in available or lid in refs:
                    raise ApiFailure(
                        "ITEMS_UNAVAILABLE", f"items.{i}: the listing is no longer available",
                        details={"items": [{"itemId": lid}]},
                    )  # fmt: skip
                current = self._listing_price(listing)
                quoted = cents(it["price"])
                if current > quoted:
                    ceiling = (
                        cents(it["maxPrice"])
                        if it.get("maxPrice") is not None
                        # integer cents: float maths put $1.00 + 15% at 114.999... -> 114
                        else quoted * (10_000 + slippage) // 10_000
                    )
                    if current > ceiling:
                        changed.append({"itemId": lid, "price": usd(current)})
                refs.append(lid)
                doc = {
                    "id": lid, "appid": listing.item.game, "tradable": True, "amount": 1,
                    "status": "initiated", "offer": {"price": usd(current)},
                }  # fmt: skip
                if it.get("externalId") is not None:
                    doc["externalId"] = it["externalId"]
                items.append(doc)
                total += current
            if changed:
                raise ApiFailure(
                    "PRICE_CHANGED", "A listing price rose above what you allowed",
                    details={"items": changed},
                )  # fmt: skip
            self._check_balance(total)
            doc = self._start_withdrawal(
                body, source, game, steam_id, trade_url, identity, items, total, refs, no_bots
            )
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    def _start_withdrawal(
        self,
        body: Mapping[str, Any],
        source: str,
        game: str,
        steam_id: str,
        trade_url: str,
        identity: ClientIdentity | None,
        items: list[dict[str, Any]],
        total: int,
        refs: list[str],
        no_bots: bool,
        quick: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        now = self.clock.now()
        trade_id = str(uuid.uuid4())
        doc = self._trade_doc(
            trade_id, "withdraw", source, game, steam_id, trade_url, identity, body, items, total,
            now,
        )  # fmt: skip
        auto_cancel = int(body.get("autoCancel") or 30)
        if game == str(CS2) and auto_cancel != 720:
            doc["autoCancelAt"] = iso(now + auto_cancel * 60)
        internal: dict[str, Any] = {
            "created": now, "total": total, "refs": refs, "approval": "waiting",
            "autoCancel": None if "autoCancelAt" not in doc else now + auto_cancel * 60,
        }  # fmt: skip
        if quick is not None:
            internal["quick"] = dict(quick)
        self._insert_trade(doc, internal, None)
        for ref in refs:
            self._sell_listing(ref, trade_id)
        if no_bots:
            self._fail_no_bots(doc, internal)
        else:
            self._move(balance=-total, pending=total)  # locked until the approval decides
            self._announce(doc, "approval")
        return doc

    def create_quick(
        self,
        body: Mapping[str, Any],
        *,
        identity: ClientIdentity | None,
        trade_url: str,
        no_bots: bool = False,
    ) -> dict[str, Any]:
        source, steam_id = _party(identity, trade_url)
        with self.tx():
            self._require_callback()
            self._external_id_used(body.get("externalId"))
            item = None
            if body.get("itemId") is not None:
                item = self.catalogue.by_catalog_id.get(body["itemId"])
            else:
                item = self.catalogue.by_name.get(body.get("marketHashName") or "")
            if item is None:
                raise ApiFailure("NOT_FOUND", "No catalogue item matches")
            if item.game != CS2:
                raise ApiFailure("QUICK_BUY_UNSUPPORTED_GAME", "Quick buy is CS2-only")
            amount = int(body["amount"])
            worst = cents(body["maxPrice"]) * amount
            self._check_balance(worst)
            quick = {
                "catalogId": item.catalog_id, "maxPrice": cents(body["maxPrice"]),
                "amount": amount, "delivery": body.get("delivery") or "standard",
                "externalIds": body.get("externalIds") or [],
            }  # fmt: skip
            doc = self._start_withdrawal(
                body, source, "730", steam_id, trade_url, identity, [], worst, [], no_bots, quick
            )
        if no_bots:
            raise ApiFailure("NO_BOTS_AVAILABLE", "No Steam bot is online; retry shortly")
        return doc

    # -- approvals -----------------------------------------------------------------------------

    def approval_outcome(self, subject: str, approved: bool, error: str | None = None) -> None:
        """Apply the merchant's verdict on a trade or a crypto withdrawal awaiting approval."""
        with self.tx():
            if subject.startswith("cw:"):
                self._crypto_verdict(subject[3:], approved)
                return
            row = self._trade_row(subject)
            if row is None:
                return
            doc, internal = self._load(row)
            if doc["status"] != "initiated" or internal.get("approval") != "waiting":
                return
            now = self.clock.now()
            total = int(internal["total"])
            if not approved:
                internal["approval"] = "rejected"
                self._move(balance=total, pending=-total)
                self._finish(
                    doc, internal, TradeStatus.FAILED, now, error=error or "MERCHANT_REJECTED"
                )
                return
            internal["approval"] = "approved"
            self._move(pending=-total)  # debited: the purchase is paid
            quick = internal.get("quick")
            if quick is not None:
                self._fill_quick(doc, internal, quick, now)
                if doc["status"] == "failed":
                    return
            for item in doc["items"]:
                listing = self.catalogue.listings.get(item["id"])
                if listing is not None:
                    resolved = item_json(listing.item)
                    for key in ("name", "marketHashName", "type", "iconUrl"):
                        item[key] = resolved[key]
            if internal.get("autoCancel") is not None:
                # the approval wait is real time (x speed): it does not eat into autoCancel
                waited = max(0.0, now - float(internal["created"]))
                internal["autoCancel"] = float(internal["autoCancel"]) + waited
                doc["autoCancelAt"] = iso(float(internal["autoCancel"]))
            internal["supplierAt"] = now + self.config.timings.supplier
            next_at = internal["supplierAt"]
            if internal.get("autoCancel") is not None:
                next_at = min(next_at, float(internal["autoCancel"]))
            self._transition(doc, internal, TradeStatus.PENDING, now, due=next_at)

    def _fill_quick(
        self, doc: dict[str, Any], internal: dict[str, Any], quick: Mapping[str, Any], now: float
    ) -> None:
        item = self.catalogue.by_catalog_id[quick["catalogId"]]
        candidates = sorted(
            (
                lst for lst in self._available_listings()
                if lst.item is item and self._listing_price(lst) <= quick["maxPrice"]
                and (quick["delivery"] != "instant" or lst.delivery == "instant")
            ),
            key=self._listing_price,
        )[: quick["amount"]]  # fmt: skip
        spent = 0
        for n, lst in enumerate(candidates):
            price = self._listing_price(lst)
            entry: dict[str, Any] = {
                "id": lst.id, "appid": CS2, "tradable": True, "amount": 1, "status": "pending",
                "offer": {"price": usd(price), "delivery": lst.delivery},
            }  # fmt: skip
            if n < len(quick["externalIds"]):
                entry["externalId"] = quick["externalIds"][n]
            doc["items"].append(entry)
            internal["refs"].append(lst.id)
            self._sell_listing(lst.id, doc["id"])
            spent += price
        refund = int(internal["total"]) - spent
        self._move(balance=refund)
        internal["total"] = spent
        doc["totalPrice"] = usd(spent)
        if not candidates:
            self._finish(doc, internal, TradeStatus.FAILED, now, error="NO_LISTING_AT_PRICE")

    # -- lifecycle -------------------------------------------------------------------------------

    def _transition(
        self,
        doc: dict[str, Any],
        internal: dict[str, Any],
        status: TradeStatus,
        now: float,
        *,
        due: float | None,
    ) -> None:
        """The one place a trade changes status: check the move against ``TRANSITIONS``, save
        the trade (next step at ``due``, none when it is final) and announce it (callback and
        realtime ``trade`` event)."""
        current = TradeStatus(doc["status"])
        if status not in TRANSITIONS[doc["type"]].get(current, frozenset()):
            raise RuntimeError(f"{doc['type']} {doc['id']}: no transition {current} -> {status}")
        doc["status"] = status.value
        doc["updatedAt"] = iso(now)
        for item in doc["items"]:
            if "status" in item and item["status"] not in ITEM_TERMINAL:
                item["status"] = status.value
        self._save_and_announce(doc, internal, due)

    def _save_and_announce(
        self, doc: dict[str, Any], internal: dict[str, Any], due: float | None
    ) -> None:
        if due is None:
            self._save_trade(doc, internal, None)
        else:
            self._schedule(doc, internal, due)
        self._announce(doc)

    def _finish(
        self,
        doc: dict[str, Any],
        internal: dict[str, Any],
        status: TradeStatus,
        now: float,
        *,
        error: str | None = None,
        refund: int | None = None,
        reverted_by: str | None = None,
    ) -> None:
        """Move the trade to a final status; listings of a trade that did not deliver restock."""
        if error is not None:
            doc["error"] = error
        if reverted_by is not None:
            doc["revertedBy"] = reverted_by
        if refund:
            self._move(balance=refund)
        if status is not TradeStatus.COMPLETED:
            self._restock_trade(doc["id"])
        self._transition(doc, internal, status, now, due=None)

    def step(self, limit: int = 200) -> int:
        """Run every lifecycle step that is due on the sandbox clock; returns how many ran."""
        done = 0
        with self.lock:
            now = self.clock.now()
            self._set_meta("sim_now", repr(now))
            rows = self.db.execute(
                "SELECT * FROM trades WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at"
                " LIMIT ?",
                (now, limit),
            ).fetchall()
            crypto = self.db.execute(
                "SELECT * FROM crypto_withdrawals WHERE next_at IS NOT NULL AND next_at <= ?"
                " LIMIT ?",
                (now, limit),
            ).fetchall()
        for row in rows:
            with self.tx():
                fresh = self.db.execute(
                    "SELECT * FROM trades WHERE id = ?", (row["id"],)
                ).fetchone()
                if fresh is None or fresh["next_at"] is None:
                    continue
                doc, internal = self._load(fresh)
                self._advance(doc, internal, self.clock.now())
                done += 1
        for row in crypto:
            with self.tx():
                self._advance_crypto(str(row["id"]), self.clock.now())
                done += 1
        return done

    def _advance(self, doc: dict[str, Any], internal: dict[str, Any], now: float) -> None:
        t = self.config.timings
        status, rust = doc["status"], doc["game"] == str(RUST)
        if doc["type"] == "deposit":
            if status == "initiated":
                self._offer_sent(doc, internal, now, due=now + t.offer_accept)
            elif status == "active":
                if self.rng.random() < self.config.decline_rate:
                    self._finish(doc, internal, TradeStatus.DECLINED, now)
                elif rust:
                    self._move(balance=int(internal["total"]))
                    self._finish(doc, internal, TradeStatus.COMPLETED, now)
                else:
                    pre, total = int(internal["pre"]), int(internal["total"])
                    self._move(balance=pre, escrow=total - pre)
                    doc["holdEndDate"] = iso(now + t.hold)
                    self._transition(doc, internal, TradeStatus.HOLD, now, due=now + t.hold)
            elif status == "hold":
                pre, total = int(internal["pre"]), int(internal["total"])
                self._move(balance=total - pre, escrow=-(total - pre))
                self._finish(doc, internal, TradeStatus.COMPLETED, now)
            return
        # withdrawals
        cancels = [i for i in internal.get("cancels", []) if float(i[1]) <= now]
        if cancels:
            self._revert_items(doc, internal, {str(i[0]) for i in cancels}, now)
            return
        if status == "pending":
            auto = internal.get("autoCancel")
            supplier_at = float(internal.get("supplierAt", now))
            if auto is not None and float(auto) < supplier_at and now >= float(auto):
                # auto-cancel: the supplier has not delivered in time; unsent items revert
                ids = {i["id"] for i in doc["items"] if i.get("status") not in ITEM_TERMINAL}
                self._revert_items(doc, internal, ids, now)
                return
            for item in doc["items"]:
                listing = self.catalogue.listings.get(item["id"])
                if listing is not None and item.get("status") not in ITEM_TERMINAL:
                    item["assetId"] = listing.asset_id
            self._offer_sent(doc, internal, now, due=now + t.offer_accept)
        elif status == "active":
            total = int(internal["total"]) - int(internal.get("refunded", 0))
            if self.rng.random() < self.config.decline_rate:
                penalty = min(round(total * DECLINE_PENALTY_RATE), DECLINE_PENALTY_CAP)
                self._finish(doc, internal, TradeStatus.DECLINED, now, refund=total - penalty)
            elif rust:
                self._finish(doc, internal, TradeStatus.COMPLETED, now)
            else:
                doc["holdEndDate"] = iso(now + t.hold)
                self._transition(doc, internal, TradeStatus.HOLD, now, due=now + t.hold)
        elif status == "hold":
            self._finish(doc, internal, TradeStatus.COMPLETED, now)

    def _schedule(self, doc: dict[str, Any], internal: dict[str, Any], due: float) -> None:
        """Save the trade with its next status step at ``due`` (or an earlier item cancel)."""
        internal["due"] = due
        self._save_trade(doc, internal, self._next(internal, due))

    @staticmethod
    def _next(internal: Mapping[str, Any], due: float) -> float:
        pending = [float(c[1]) for c in internal.get("cancels", [])]
        return min([due, *pending])

    def _offer_sent(
        self, doc: dict[str, Any], internal: dict[str, Any], now: float, *, due: float
    ) -> None:
        doc["offerID"] = str(9_000_000_000 + int(doc["id"].replace("-", "")[:7], 16))
        doc["botInfo"] = self._bot(doc["id"])
        doc["activeAt"] = iso(now)
        self._transition(doc, internal, TradeStatus.ACTIVE, now, due=due)

    def _revert_items(
        self, doc: dict[str, Any], internal: dict[str, Any], ids: set[str], now: float
    ) -> None:
        refund = 0
        for item in doc["items"]:
            if item["id"] in ids and item.get("status") not in ITEM_TERMINAL:
                item["status"] = "reverted"
                refund += cents(item["offer"]["price"])
                self._restock_listing(item["id"])
        internal["cancels"] = [c for c in internal.get("cancels", []) if c[0] not in ids]
        internal["refunded"] = int(internal.get("refunded", 0)) + refund
        self._move(balance=refund)
        doc["updatedAt"] = iso(now)
        if all(i.get("status") in ITEM_TERMINAL for i in doc["items"]):
            self._finish(doc, internal, TradeStatus.REVERTED, now, reverted_by="supplier")
            return
        # some items still travel: the trade keeps its status and its next step
        self._save_and_announce(doc, internal, float(internal.get("due", now)))

    # -- cancels -------------------------------------------------------------------------------

    def _own_withdrawal(
        self, ref: str, source: str, steam_id: str | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._trade_row(ref)
        if row is None:
            raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
        doc, internal = self._load(row)
        if doc["source"] != source or (steam_id is not None and doc["clientSteamID"] != steam_id):
            raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
        if doc["type"] != "withdraw":
            raise ApiFailure("TRADE_NOT_CANCELLABLE", "Only withdrawals can be cancelled")
        return doc, internal

    def _cancel_refusal(
        self,
        doc: Mapping[str, Any],
        internal: Mapping[str, Any],
        item: Mapping[str, Any],
        now: float,
    ) -> str | None:
        if doc["game"] != str(CS2):
            return "TRADE_CANCEL_UNSUPPORTED"
        if item.get("status") in ITEM_TERMINAL or doc["status"] not in ("pending",):
            return "TRADE_NOT_CANCELLABLE"
        if any(c[0] == item["id"] for c in internal.get("cancels", [])):
            return "TRADE_NOT_CANCELLABLE"
        if now - float(internal["created"]) < CANCEL_MIN_AGE:
            return "TRADE_CANCEL_TOO_SOON"
        return None

    def _accept_cancel(self, internal: dict[str, Any], item_id: str, now: float) -> None:
        internal.setdefault("cancels", []).append(
            [item_id, now + self.config.timings.cancel_settle]
        )

    def cancel_item(
        self, trade_ref: str, item_ref: str, source: str, steam_id: str | None
    ) -> dict[str, Any]:
        with self.tx():
            now = self.clock.now()
            doc, internal = self._own_withdrawal(trade_ref, source, steam_id)
            item = next(
                (i for i in doc["items"] if item_ref in (i["id"], i.get("externalId"))), None
            )
            if item is None:
                raise ApiFailure("ITEM_NOT_FOUND", "The trade has no such item", status=404)
            refusal = self._cancel_refusal(doc, internal, item, now)
            if refusal is not None:
                raise ApiFailure(refusal)
            self._accept_cancel(internal, item["id"], now)
            self._schedule(doc, internal, float(internal.get("due", now)))
            out = {"tradeId": doc["id"], "itemId": item["id"], "status": "cancelled"}
            if item.get("externalId") is not None:
                out["externalId"] = item["externalId"]
            return out

    def cancel_trade(self, trade_ref: str, source: str, steam_id: str | None) -> dict[str, Any]:
        with self.tx():
            now = self.clock.now()
            doc, internal = self._own_withdrawal(trade_ref, source, steam_id)
            results, requested, cancelled = [], 0, 0
            for item in doc["items"]:
                if item.get("status") in ITEM_TERMINAL:
                    continue
                requested += 1
                refusal = self._cancel_refusal(doc, internal, item, now)
                entry: dict[str, Any] = {"itemId": item["id"]}
                if item.get("externalId") is not None:
                    entry["externalId"] = item["externalId"]
                if refusal is None:
                    self._accept_cancel(internal, item["id"], now)
                    entry["status"] = "cancelled"
                    cancelled += 1
                else:
                    entry["status"] = "failed"
                    entry["reason"] = refusal
                results.append(entry)
            if cancelled:
                self._schedule(doc, internal, float(internal.get("due", now)))
            return {
                "tradeId": doc["id"], "requested": requested, "cancelled": cancelled,
                "failed": requested - cancelled, "items": results,
            }  # fmt: skip

    # -- trade lookups ---------------------------------------------------------------------------

    def list_trades(self, p: Any, *, source: str, steam_id: str | None) -> dict[str, Any]:
        with self.lock:
            sql = "SELECT seq, doc FROM trades WHERE source = ?"
            args: list[Any] = [source]
            if steam_id is not None:
                sql += " AND steam_id = ?"
                args.append(steam_id)
            if p.type is not None:
                sql += " AND type = ?"
                args.append(_enum(p.type))
            if p.game is not None:
                sql += " AND game = ?"
                args.append(_enum(p.game))
            if p.cursor is not None:
                sql += " AND seq < ?"
                args.append(self._cursor_seq(p.cursor))
            limit = p.limit or 20
            sql += " ORDER BY seq DESC LIMIT ?"
            args.append(limit + 1)
            rows = self.db.execute(sql, args).fetchall()
            items = [json.loads(r["doc"]) for r in rows[:limit]]
            cursor = None
            if len(rows) > limit:
                last = items[-1]
                raw = json.dumps({"createdAt": last["createdAt"], "id": last["id"]}).encode()
                cursor = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
            return {"items": items, "nextCursor": cursor}

    def _cursor_seq(self, cursor: str) -> int:
        try:
            raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            row = self.db.execute("SELECT seq FROM trades WHERE id = ?", (raw["id"],)).fetchone()
            if row is None:
                raise KeyError("id")
            return int(row[0])
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError, RecursionError):
            raise ApiFailure(
                "VALIDATION_FAILED", "cursor: not a cursor of this list",
                fields={"cursor": "not a cursor of this list"},
            ) from None  # fmt: skip

    def lookup(self, refs: str) -> dict[str, Any] | list[dict[str, Any]]:
        with self.lock:
            parts = refs.split(",")
            found = []
            for ref in parts:
                row = self._trade_row(ref)
                if row is not None:
                    found.append(json.loads(row["doc"]))
            if len(parts) == 1:
                if not found:
                    raise ApiFailure("TRADE_NOT_FOUND", "No trade matches the reference")
                result: dict[str, Any] = found[0]
                return result
            return found


def _looks_like_listing(ref: str) -> bool:
    try:
        uuid.UUID(ref)
        return True
    except ValueError:
        parts = ref.split("-")
        return len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit()
