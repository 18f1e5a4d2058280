"""Rate limits per merchant (the reference's section 3.0 table) and injected faults.

Limits are sliding windows over real seconds, counted per operation for the merchant (the
``/client/*`` limits are shared by all of the merchant's users). Operations without a published
number have no limit. ``/secure/market/item`` publishes "6,000 per period"; the sandbox reads
it as per minute. An exceeded limit answers 429 ``RATE_LIMITED`` (1005) with ``Retry-After``
(whole seconds until a slot frees up).

Faults: each request to an operation draws once from a seeded RNG; the rules that apply to the
operation share the unit interval in order (``probability`` each), so at most one fault hits a
request. Counts per kind are kept for ``GET /_sandbox/faults``.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable

from assetpay_catalogue.operations import OPERATIONS

from .config import FaultKind, FaultRule, RateLimitMode

MINUTE, HOUR = 60.0, 3600.0

# operation id -> (verified limit, unverified limit or None, window seconds)
RATE_LIMITS: dict[str, tuple[int, int | None, float]] = {
    "checkTradeUrl": (100_000, 100, HOUR),
    "getPrices": (1_000, 100, HOUR),
    "getMerchantInventory": (10_000, 100, MINUTE),
    "getMerchantMarketItem": (6_000, None, MINUTE),
    "sell": (5_000, 50, MINUTE),
    "buy": (5_000, 50, MINUTE),
    "cancelBuyItem": (60, 10, MINUTE),
    "listMerchantTrades": (3_000, 100, MINUTE),
    "getClientInventory": (1_000, 10, MINUTE),
    "getClientMarket": (300, 30, MINUTE),
    "getClientMarketItem": (600, 30, MINUTE),
    "getClientMarketSuggestions": (600, 30, MINUTE),
    "listClientTrades": (3_000, 30, MINUTE),
    "deposit": (500, 5, MINUTE),
    "withdraw": (500, 5, MINUTE),
    "cancelWithdrawItem": (60, 10, MINUTE),
}

TRADE_CREATING = frozenset(
    op.operation_id for op in OPERATIONS.values() if op.retry == "create" and op.body_schema
    and op.path.startswith(("/client/trading", "/secure/sell", "/secure/buy"))
)  # fmt: skip
PRICED = frozenset({"deposit", "sell", "withdraw", "buy"})
DEFAULT_FAULT_OPERATIONS: dict[FaultKind, frozenset[str]] = {
    "rate_limit": frozenset(OPERATIONS),
    "slow": frozenset(OPERATIONS),
    "no_bots": TRADE_CREATING,
    "fleet_degraded": TRADE_CREATING,
    "price_changed": PRICED,
    "drop": TRADE_CREATING | {"createClientCryptoWithdrawal", "createMerchantCryptoWithdrawal"},
}


class RateLimiter:
    def __init__(self, mode: RateLimitMode) -> None:
        self.mode = mode
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}

    def check(self, operation_id: str) -> int | None:
        """Count one call; return None if allowed, else the seconds to wait (Retry-After)."""
        if self.mode == "off" or operation_id not in RATE_LIMITS:
            return None
        verified, unverified, window = RATE_LIMITS[operation_id]
        limit = verified if self.mode == "verified" else unverified
        if limit is None:
            return None
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(operation_id, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) >= limit:
                return max(1, math.ceil(hits[0] + window - now))
            hits.append(now)
            return None


class Faults:
    def __init__(self, rules: Iterable[FaultRule] = (), seed: int = 0) -> None:
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.configure(rules, seed)

    def configure(self, rules: Iterable[FaultRule], seed: int) -> None:
        with self._lock:
            self.rules = tuple(rules)
            self.seed = seed
            self._rng = random.Random(f"faults:{seed}")  # noqa: S311 - fault injection only
            self.counts.clear()

    def draw(self, operation_id: str) -> FaultRule | None:
        with self._lock:
            applicable = [
                r for r in self.rules
                if operation_id in (set(r.operations) or DEFAULT_FAULT_OPERATIONS[r.kind])
            ]  # fmt: skip
            if not applicable:
                return None
            roll = self._rng.random()
            edge = 0.0
            for rule in applicable:
                edge += rule.probability
                if roll < edge:
                    self.counts[rule.kind] += 1
                    return rule
            return None

    def to_json(self) -> dict[str, object]:
        with self._lock:
            return {
                "seed": self.seed,
                "rules": [r.to_json() for r in self.rules],
                "injected": dict(self.counts),
            }
