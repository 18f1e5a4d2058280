"""The sandbox's state and rules: trades, wallet, ledger, crypto, verification, on SQLite.

All methods are synchronous and serialised by one lock (one SQLite connection); the ASGI app
calls them from the event loop (each call is short). Money is kept in integer cents.

Lifecycle (sandbox-clock seconds, see ``config.Timings``):

* deposit CS2: ``initiated -> active -> hold -> completed`` (or ``active -> declined``);
  ``preCredit`` is credited at ``hold``, ``pendingCredit`` at ``completed``. Rust:
  ``initiated -> active -> completed``, credited in full at ``completed``.
* withdrawal: ``initiated`` (approval callback) ``-> pending -> active -> hold -> completed``
  (Rust: ``active -> completed``); rejected or unanswered approval -> ``failed`` with
  ``MERCHANT_REJECTED`` / ``APPROVAL_TIMEOUT``; ``active -> declined`` refunds the total less
  min(2 %, $9); cancelled or auto-cancelled items -> ``reverted`` (refunded).

Every change is written to the outbox (``outbox`` table), from which ``callbacks`` delivers
signed callbacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..auth import ClientIdentity, mint, steam_id_of_trade_url
from .store import cents, iso, parse_iso, usd
from .trades import Trades
from .verification import Verification
from .wallet import Wallet


class Engine(Trades, Wallet, Verification):
    """The whole sandbox state: every domain's operations on one SQLite connection."""

    # -- auth ----------------------------------------------------------------------------------

    def authenticate_client(self, body: Mapping[str, Any]) -> dict[str, Any]:
        identity = ClientIdentity(
            body["clientSteamId"], body["clientTradeUrl"], body.get("clientId"),
            body.get("clientData"),
        )  # fmt: skip
        token = mint(self.config.merchant_id, self.config.api_secret, identity)
        return {"token": token}

    def check_trade_url(self, body: Mapping[str, Any]) -> dict[str, Any]:
        url = str(body["tradeurl"])
        steam_id = steam_id_of_trade_url(url)
        partner = int(steam_id) - 76561197960265728
        state = partner if 2 <= partner <= 10 else 1
        messages = {
            1: "Trade URL is valid", 2: "User is banned from CS2 trading",
            3: "User is banned from Rust trading", 4: "User is trade banned",
            5: "Inventory is private", 6: "Trade URL is invalid", 7: "User not found",
            8: "Unknown error", 9: "User cannot trade", 10: "Steam is unavailable",
        }  # fmt: skip
        out: dict[str, Any] = {"state": state, "message": messages[state]}
        if state not in (6, 7, 10):
            out["steamid"] = steam_id
        if state <= 4:
            out["canTrade"] = state != 4
            if state == 4:
                out["reason"] = {"escrowDays": 0, "probation": False}
            out["bans"] = {
                "vacBanned": state == 2,
                "gameBans": 1 if state == 3 else 0,
                "economyBan": "banned" if state == 4 else "none",
            }
        return out

    # -- admin -------------------------------------------------------------------------------------

    def state(self, *, with_trades: bool = False) -> dict[str, Any]:
        with self.lock:
            counts: dict[str, dict[str, int]] = {}
            for row in self.db.execute(
                "SELECT type, status, COUNT(*) FROM trades GROUP BY type, status"
            ):
                counts.setdefault(str(row[0]), {})[str(row[1])] = int(row[2])
            outbox: dict[str, int] = {}
            for row in self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
                outbox[str(row[0])] = int(row[1])
            out: dict[str, Any] = {
                "clock": {"now": iso(self.clock.now()), "speed": self.clock.speed},
                "merchantId": self.config.merchant_id,
                "wallet": self.balance(),
                "trades": counts,
                "deliveries": outbox,
                "cryptoWithdrawals": self.db.execute(
                    "SELECT COUNT(*) FROM crypto_withdrawals"
                ).fetchone()[0],
            }
            if with_trades:
                out["tradeList"] = [
                    {"id": r[0], "externalId": r[1], "type": r[2], "status": r[3]}
                    for r in self.db.execute(
                        "SELECT id, external_id, type, status FROM trades ORDER BY seq"
                    )
                ]
            return out

    def deliveries(self, subject: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            sql = "SELECT seq, delivery_id, subject, kind, attempts, state, last_result FROM outbox"
            args: tuple[Any, ...] = ()
            if subject is not None:
                sql += " WHERE subject = ?"
                args = (subject,)
            return [dict(r) for r in self.db.execute(sql + " ORDER BY seq", args)]


__all__ = ["Engine", "cents", "iso", "parse_iso", "usd"]
