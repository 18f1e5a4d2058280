"""Session-wide test settings: the hypothesis profile (``full`` in CI, see tests/fuzzing.py)."""

from __future__ import annotations

from fuzzing import register_profiles

register_profiles()
