"""Crypto: deposit addresses, deposit history, merchant and client crypto withdrawals."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Mapping
from typing import Any

from ..failures import ApiFailure
from .store import Store, iso, parse_iso

FEES = {"ETH": 300, "BSC": 50, "SOL": 25}
NETWORKS = {"ETH": "ethereum", "BSC": "bsc", "SOL": "solana"}
CONTRACTS = {
    ("ETH", "USDT"): ("0xdAC17F958D2ee523a2206206994597C13D831ec7", 6),
    ("ETH", "USDC"): ("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", 6),
    ("BSC", "USDT"): ("0x55d398326f99059fF775485246999027B3197955", 18),
    ("BSC", "USDC"): ("0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d", 18),
    ("SOL", "USDT"): ("Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB", 6),
    ("SOL", "USDC"): ("EPjFWvdx1gMZVHrDGc5Q4LMp3aNYC8kh3b6B5Fy2Pv9", 6),
}


class Crypto(Store):
    # -- crypto ----------------------------------------------------------------------------------

    def _require_verified(self) -> None:
        if not self.config.verified:
            raise ApiFailure("ONCHAIN_MERCHANT_NOT_VERIFIED", "Crypto is for verified merchants")

    def deposit_address(self, steam_id: str, chain: str, token: str | None) -> dict[str, Any]:
        self._require_verified()
        token = token or "USDC"
        with self.tx():
            key = token if chain == "SOL" else "*"
            self.db.execute(
                "INSERT INTO addresses VALUES (?, ?, ?, 1) ON CONFLICT(steam_id, chain, token)"
                " DO UPDATE SET calls = calls + 1",
                (steam_id, chain, key),
            )
            calls = self.db.execute(
                "SELECT calls FROM addresses WHERE steam_id = ? AND chain = ? AND token = ?",
                (steam_id, chain, key),
            ).fetchone()[0]
        seed = uuid.uuid5(uuid.NAMESPACE_OID, f"{self.config.seed}/{steam_id}/{chain}").hex
        pending = chain == "SOL" and calls == 1
        if chain == "SOL":
            alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            digits = int(seed, 16)
            address = "".join(alphabet[(digits >> (5 * i)) % 58] for i in range(44))
            tokens = [] if pending else [token]
            explorer = f"https://solscan.io/account/{address}"
        else:
            address = "0x" + (seed + seed)[:40]
            tokens = ["USDT", "USDC"]
            explorer = ("https://etherscan.io/address/" if chain == "ETH" else
                        "https://bscscan.com/address/") + address  # fmt: skip
        return {
            "steamId": steam_id, "chain": chain, "network": NETWORKS[chain], "testnet": True,
            "status": "pending" if pending else "active",
            "address": None if pending else address,
            "tokenAccount": None if pending or chain != "SOL" else _token_account(address, token),
            "tokens": [
                {"token": tk, "contract": CONTRACTS[(chain, tk)][0],
                 "decimals": CONTRACTS[(chain, tk)][1]} for tk in tokens
            ],
            "minDepositCents": 500, "minConfirmations": 12 if chain == "ETH" else 15,
            "explorerUrl": None if pending else explorer,
        }  # fmt: skip

    def crypto_deposits(self, steam_id: str, limit: int | None, before: Any) -> dict[str, Any]:
        self._require_verified()
        rng = random.Random(f"crypto:{self.config.seed}:{steam_id}")  # noqa: S311
        rows = []
        for n in range(rng.randint(0, 3)):
            created = self.started - 86400 * (n + 1) - rng.randint(0, 3600)
            amount = rng.choice([2500, 5000, 10000, 25000])
            chain = rng.choice(["ETH", "BSC", "SOL"])
            rows.append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "type": "crypto_deposit", "status": "completed", "steamId": steam_id,
                "chain": chain, "token": "USDC", "amount": f"{amount / 100:.2f}",
                "amountCents": amount, "cryptoAmount": f"{amount / 100:.6f}",
                "address": "0x" + uuid.uuid5(uuid.NAMESPACE_OID, steam_id).hex[:40].ljust(40, "0"),
                "txHash": "0x" + uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                "from": "0x" + uuid.UUID(int=rng.getrandbits(128)).hex[:40].ljust(40, "0"),
                "createdAt": iso(created), "updatedAt": iso(created + 600),
                "completedAt": iso(created + 600),
            })  # fmt: skip
        return self._before_page(rows, limit, before, "deposits")

    @staticmethod
    def _before_page(
        rows: list[dict[str, Any]], limit: int | None, before: Any, name: str
    ) -> dict[str, Any]:
        if before is not None:
            cut = before.timestamp()
            rows = [r for r in rows if parse_iso(r["createdAt"]) < cut]
        rows.sort(key=lambda r: r["createdAt"], reverse=True)
        size = limit or 20
        page = rows[:size]
        more = len(rows) > size
        return {name: page, "nextBefore": page[-1]["createdAt"] if more and page else None}

    def crypto_withdrawals(self, steam_id: str, limit: int | None, before: Any) -> dict[str, Any]:
        self._require_verified()
        with self.lock:
            rows = [
                json.loads(r[0])
                for r in self.db.execute(
                    "SELECT doc FROM crypto_withdrawals WHERE steam_id = ?", (steam_id,)
                )
            ]
        return self._before_page(rows, limit, before, "withdrawals")

    def crypto_withdraw(
        self, steam_id: str, body: Mapping[str, Any], *, client: bool
    ) -> dict[str, Any]:
        self._require_verified()
        with self.tx():
            row = self.db.execute(
                "SELECT doc FROM crypto_withdrawals WHERE steam_id = ? AND request_id = ?",
                (steam_id, body["requestId"]),
            ).fetchone()
            if row is not None:
                found: dict[str, Any] = json.loads(row[0])
                return found
            chain, amount = str(body["chain"]), int(body["amountCents"])
            fee = FEES[chain]
            if amount <= fee:
                raise ApiFailure(
                    "INVALID_AMOUNT", f"amountCents must exceed the {chain} network fee ({fee})"
                )
            balance, _, _ = self._wallet()
            if amount > balance:
                raise ApiFailure("INSUFFICIENT_BALANCE", "The merchant balance is too low")
            if client:
                self._require_callback()
            now = self.clock.now()
            wid = str(uuid.uuid4())
            status = "awaiting_approval" if client else (
                "in_review" if amount >= 1_000_000 else "approved")  # fmt: skip
            doc = {
                "id": wid, "type": "crypto_withdraw", "status": status, "steamId": steam_id,
                "chain": chain, "token": str(body["token"]), "amount": f"{amount / 100:.2f}",
                "amountCents": amount, "feeCents": fee, "receiveCents": amount - fee,
                "cryptoAmount": f"{(amount - fee) / 100:.6f}", "address": str(body["address"]),
                "txHash": None, "reason": None, "createdAt": iso(now), "updatedAt": iso(now),
                "completedAt": None,
            }  # fmt: skip
            self._move(balance=-amount, pending=amount)
            next_at = None if client else now + self.config.timings.crypto_step
            self.db.execute(
                "INSERT INTO crypto_withdrawals(id, steam_id, request_id, status, created, next_at,"
                " doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (wid, steam_id, body["requestId"], status, now, next_at, json.dumps(doc)),
            )
            self._ledger(
                "WITHDRAWAL", "PENDING", amount, now, crypto=f"{(amount - fee) / 100:.6f}",
                token=str(body["token"]), chain=chain, fee=fee, address=str(body["address"]),
                ref=wid,
            )  # fmt: skip
            if client:
                self._enqueue("cw:" + wid, "approval", {"withdrawal": doc})
            else:
                self._enqueue("cw:" + wid, "event", {"withdrawal": doc})
            return doc

    def _save_crypto(self, doc: dict[str, Any], next_at: float | None, now: float) -> None:
        doc["updatedAt"] = iso(now)
        self.db.execute(
            "UPDATE crypto_withdrawals SET status = ?, next_at = ?, doc = ? WHERE id = ?",
            (doc["status"], next_at, json.dumps(doc), doc["id"]),
        )
        self._enqueue("cw:" + doc["id"], "event", {"withdrawal": doc})

    def _crypto_verdict(self, wid: str, approved: bool) -> None:
        row = self.db.execute("SELECT doc FROM crypto_withdrawals WHERE id = ?", (wid,)).fetchone()
        if row is None:
            return
        doc = json.loads(row[0])
        if doc["status"] != "awaiting_approval":
            return
        now = self.clock.now()
        if approved:
            doc["status"] = "approved"
            self._save_crypto(doc, now + self.config.timings.crypto_step, now)
        else:
            doc["status"] = "rejected"
            doc["reason"] = "rejected by the merchant"
            self._move(balance=doc["amountCents"], pending=-doc["amountCents"])
            self._ledger_status(doc, "REJECTED", now)
            self._save_crypto(doc, None, now)

    def _ledger_status(self, doc: Mapping[str, Any], status: str, now: float) -> None:
        self._ledger(
            "WITHDRAWAL", status, int(doc["amountCents"]), parse_iso(doc["createdAt"]),
            crypto=doc["cryptoAmount"], token=doc["token"], chain=doc["chain"],
            fee=int(doc["feeCents"]), address=doc["address"], ref=doc["id"],
        )  # fmt: skip

    def _advance_crypto(self, wid: str, now: float) -> None:
        row = self.db.execute("SELECT doc FROM crypto_withdrawals WHERE id = ?", (wid,)).fetchone()
        if row is None:
            return
        doc = json.loads(row[0])
        step = self.config.timings.crypto_step
        if doc["status"] == "in_review":
            doc["status"] = "approved"
            self._save_crypto(doc, now + step, now)
        elif doc["status"] == "approved":
            doc["status"] = "sent"
            doc["txHash"] = "0x" + uuid.uuid5(uuid.NAMESPACE_OID, wid).hex * 2
            self._save_crypto(doc, now + step, now)
        elif doc["status"] == "sent":
            doc["status"] = "completed"
            doc["completedAt"] = iso(now)
            self._move(pending=-int(doc["amountCents"]))
            self._ledger_status(doc, "COMPLETED", now)
            self._save_crypto(doc, None, now)
        else:
            self.db.execute("UPDATE crypto_withdrawals SET next_at = NULL WHERE id = ?", (wid,))


def _token_account(address: str, token: str) -> str:
    """A Solana associated token account: one per (owner, token), so USDT and USDC differ."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    digits = int(uuid.uuid5(uuid.NAMESPACE_OID, f"{address}/{token}").hex, 16)
    return "".join(alphabet[(digits >> (5 * i)) % 58] for i in range(44))
