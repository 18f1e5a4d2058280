"""Fuzz budgets: written at full size in the tests, scaled by the hypothesis profile in use.

Two profiles are registered by tests/conftest.py: ``full`` (every budget as written; always used
when ``CI`` is set) and ``quick`` (a tenth of each budget, at least 10 examples), chosen with
``ASSETPAY_FUZZ=quick`` for a developer's faster run. ``fuzz(n)`` gives fixed, derandomized runs
of ``n`` examples scaled that way, so CI sees the same cases every time.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE_ENV = "ASSETPAY_FUZZ"
#: profile name -> share of each written budget
PROFILES = {"full": 1.0, "quick": 0.1}
_DEFAULT_EXAMPLES = 100  # hypothesis's own default: the budget of a bare @given


def profile_name() -> str:
    """``full`` in CI (``CI`` set to anything but empty/0/false), else ``$ASSETPAY_FUZZ``."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return "full"
    name = os.environ.get(PROFILE_ENV, "full").strip() or "full"
    if name not in PROFILES:
        raise ValueError(f"{PROFILE_ENV}={name!r}: use one of {', '.join(PROFILES)}")
    return name


def register_profiles() -> None:
    for name, share in PROFILES.items():
        settings.register_profile(
            name, max_examples=max(10, round(_DEFAULT_EXAMPLES * share)), deadline=None
        )
    settings.load_profile(profile_name())


def budget(examples: int) -> int:
    """``examples`` scaled by the loaded profile (never below 10, never above as written)."""
    share = PROFILES[profile_name()]
    return min(examples, max(10, round(examples * share)))


def fuzz(examples: int) -> settings:
    """Fixed-size, derandomized hypothesis runs of ``budget(examples)`` examples."""
    return settings(
        max_examples=budget(examples),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
