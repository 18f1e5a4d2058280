"""Sandbox settings: the merchant, the clock, storage, callbacks, rate limits and faults.

Every field has a documented test default, so ``python -m assetpay_sandbox`` runs with no
arguments. The merchant credentials can also come from the environment
(``ASSETPAY_SANDBOX_MERCHANT_ID``, ``ASSETPAY_SANDBOX_API_KEY``, ``ASSETPAY_SANDBOX_API_SECRET``,
``ASSETPAY_SANDBOX_PREVIOUS_SECRET``, ``ASSETPAY_SANDBOX_CALLBACK_URL``); flags win over the
environment, the environment over the defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DEFAULT_MERCHANT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
DEFAULT_API_KEY = "ap_sandbox_test_key"
DEFAULT_API_SECRET = "sandbox_test_secret"  # noqa: S105 - the documented test default
DEFAULT_PORT = 8787
DEFAULT_SPEED = 60.0
DEFAULT_BALANCE = 1000.0

FaultKind = Literal["rate_limit", "no_bots", "fleet_degraded", "price_changed", "slow", "drop"]
FAULT_KINDS: tuple[FaultKind, ...] = (
    "rate_limit",
    "no_bots",
    "fleet_degraded",
    "price_changed",
    "slow",
    "drop",
)
RateLimitMode = Literal["verified", "unverified", "off"]
ApprovalMode = Literal["callback", "auto"]


def default_db_path() -> str:
    """``.sandbox/sandbox.db`` at the repository root (or under the current directory)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists() and (parent / "openapi.yaml").exists():
            return str(parent / ".sandbox" / "sandbox.db")
    return str(Path.cwd() / ".sandbox" / "sandbox.db")


@dataclass(frozen=True)
class FaultRule:
    """One injected fault: ``kind`` with ``probability`` (0..1) on ``operations``.

    ``operations`` are operation ids; empty means the kind's default set (trade-creating
    operations for no_bots / fleet_degraded / price_changed / drop, every spec operation for
    rate_limit and slow). ``delay`` is the pause of ``slow`` (seconds); ``retry_after`` the
    Retry-After header sent with 429 and 503 faults.
    """

    kind: FaultKind
    probability: float
    operations: tuple[str, ...] = ()
    delay: float = 1.0
    retry_after: int = 1

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "probability": self.probability,
            "operations": list(self.operations),
            "delay": self.delay,
            "retryAfter": self.retry_after,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> FaultRule:
        kind = raw.get("kind")
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FAULT_KINDS)}")
        probability = raw.get("probability", 0.0)
        if not isinstance(probability, int | float) or not 0.0 <= float(probability) <= 1.0:
            raise ValueError("probability must be a number from 0 to 1")
        operations = raw.get("operations") or ()
        if not isinstance(operations, list | tuple) or not all(
            isinstance(o, str) for o in operations
        ):
            raise ValueError("operations must be a list of operation ids")
        delay = raw.get("delay", 1.0)
        retry_after = raw.get("retryAfter", 1)
        if not isinstance(delay, int | float) or not 0 <= float(delay) <= 60:
            raise ValueError("delay must be 0 to 60 seconds")
        if isinstance(retry_after, bool) or not isinstance(retry_after, int) or retry_after < 0:
            raise ValueError("retryAfter must be an integer >= 0")
        return cls(kind, float(probability), tuple(operations), float(delay), retry_after)


def parse_fault(text: str) -> FaultRule:
    """``kind:probability[:op1+op2]`` as given to ``--fault``, e.g. ``drop:0.05``."""
    parts = text.split(":")
    if len(parts) < 2:
        raise ValueError("a fault is kind:probability[:operationId+operationId]")
    raw: dict[str, object] = {"kind": parts[0], "probability": float(parts[1])}
    if len(parts) > 2 and parts[2]:
        raw["operations"] = parts[2].split("+")
    return FaultRule.from_json(raw)


@dataclass(frozen=True)
class Timings:
    """How long each lifecycle step takes, in sandbox-clock seconds (scaled by ``speed``)."""

    deposit_offer: float = 30.0  # initiated -> active (the bot sends the Steam offer)
    offer_accept: float = 120.0  # active -> hold / completed / declined (the user answers)
    supplier: float = 60.0  # withdrawal pending -> active (the supplier delivers to the bot)
    hold: float = 7 * 86400.0  # CS2 trade-protection hold (hold -> completed)
    cancel_settle: float = 30.0  # accepted item cancel -> item reverted
    crypto_step: float = 60.0  # crypto withdrawal approved -> sent -> completed


@dataclass(frozen=True)
class SandboxConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    seed: int = 1
    db: str = field(default_factory=default_db_path)  # a file path or ":memory:"
    speed: float = DEFAULT_SPEED  # sandbox seconds per real second
    merchant_id: str = DEFAULT_MERCHANT_ID
    api_key: str = DEFAULT_API_KEY
    api_secret: str = DEFAULT_API_SECRET
    previous_secret: str | None = None  # during a rotation: callbacks also carry s1
    callback_url: str | None = None
    verified: bool = True  # verified merchant: higher limits, crypto routes allowed
    rate_limits: RateLimitMode = "verified"  # "verified"/"unverified" tables of the docs, or off
    initial_balance: float = DEFAULT_BALANCE  # USD in the merchant wallet on a fresh database
    approval: ApprovalMode = "callback"  # "auto": withdrawals approve themselves, no HTTP
    restock: bool = False  # True: bought listings stay on the market (endless supply)
    decline_rate: float = 0.0  # probability that a user declines / lets an offer lapse
    faults: tuple[FaultRule, ...] = ()
    fault_seed: int = 0
    timings: Timings = field(default_factory=Timings)
    tick: float = 0.05  # real seconds between lifecycle steps
    approval_timeout: float = 10.0  # real seconds per approval attempt
    approval_attempts: int = 3
    approval_retry_delay: float = 1.0  # real seconds between approval attempts
    callback_timeout: float = 15.0  # real seconds per notification attempt
    callback_attempts: int = 8  # notification attempts before giving up
    callback_retry_delay: float = 1.0  # first retry pause, doubled per attempt (max 60 s)
    merchant_collateral: float = 0.0  # USD the merchant puts up for instant credit

    @property
    def secrets(self) -> tuple[str, ...]:
        """Secrets that verify client tokens: the current one, then the previous one."""
        if self.previous_secret:
            return (self.api_secret, self.previous_secret)
        return (self.api_secret,)


def env_defaults(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """Merchant settings from the environment (None where unset)."""
    env = os.environ if environ is None else environ
    return {
        "merchant_id": env.get("ASSETPAY_SANDBOX_MERCHANT_ID"),
        "api_key": env.get("ASSETPAY_SANDBOX_API_KEY"),
        "api_secret": env.get("ASSETPAY_SANDBOX_API_SECRET"),
        "previous_secret": env.get("ASSETPAY_SANDBOX_PREVIOUS_SECRET"),
        "callback_url": env.get("ASSETPAY_SANDBOX_CALLBACK_URL"),
    }
