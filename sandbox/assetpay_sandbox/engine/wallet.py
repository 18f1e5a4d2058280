"""The merchant wallet's balance and its ledger."""

from __future__ import annotations

import json
import math
from typing import Any

from ..failures import ApiFailure
from .store import Store, _enum, cents, parse_iso, usd


class Wallet(Store):
    # -- wallet and ledger -----------------------------------------------------------------------

    def balance(self) -> dict[str, Any]:
        with self.lock:
            balance, pending, escrow = self._wallet()
        return {
            "balance": usd(balance), "pendingBalance": usd(pending),
            "escrowBalance": usd(escrow), "currency": "USD",
        }  # fmt: skip

    def set_balance(self, amount: float) -> dict[str, Any]:
        with self.tx():
            balance, _, _ = self._wallet()
            delta = cents(amount) - balance
            if delta:
                self._move(balance=delta)
                self._ledger(
                    "ADMIN_CREDIT" if delta > 0 else "ADMIN_DEBIT", "POSTED", abs(delta),
                    self.clock.now(),
                )  # fmt: skip
        return self.balance()

    def ledger(self, p: Any) -> dict[str, Any]:
        with self.lock:
            docs = [
                json.loads(r[0])
                for r in self.db.execute("SELECT doc FROM ledger ORDER BY seq DESC")
            ]
        out = []
        for doc in docs:
            if p.type is not None and doc["type"] != _enum(p.type):
                continue
            if p.status is not None and doc["status"] != _enum(p.status):
                continue
            created = parse_iso(doc["timestamps"]["created"])
            if p.start_date is not None and created < p.start_date.timestamp():
                continue
            if p.end_date is not None and created > p.end_date.timestamp():
                continue
            amount = dict(doc["amount"])
            amount.pop("exchangeRate", None)
            stamps = dict(doc["timestamps"])
            stamps.pop("expired", None)
            out.append({**doc, "amount": amount, "timestamps": stamps})
        limit, offset = p.limit or 50, p.offset or 0
        return {
            "items": out[offset : offset + limit],
            "pagination": {
                "page": offset // limit + 1, "limit": limit, "total": len(out),
                "totalPages": math.ceil(len(out) / limit),
            },
        }  # fmt: skip

    def ledger_entry(self, lid: str) -> dict[str, Any]:
        with self.lock:
            row = self.db.execute("SELECT doc FROM ledger WHERE id = ?", (lid,)).fetchone()
        if row is None:
            raise ApiFailure("NOT_FOUND", "No ledger transaction has this id")
        found: dict[str, Any] = json.loads(row[0])
        return found
