"""The sandbox clock: Unix seconds that run ``speed`` times faster than real time.

Trade timestamps (``createdAt``, ``holdEndDate``, ...), lifecycle steps and the 30-minute cancel
rule use it. It starts at the real time on a fresh database and continues from the last saved
sandbox time after a restart, so a trade never sees its clock run backwards. ``advance`` jumps
ahead (``POST /_sandbox/clock``). Rate limits, token expiry, callback timeouts and signature
timestamps use the real clock.
"""

from __future__ import annotations

import threading
import time


class SimClock:
    def __init__(self, speed: float, start: float | None = None) -> None:
        if not speed > 0:
            raise ValueError("speed must be > 0")
        self._lock = threading.Lock()
        self._speed = float(speed)
        self._base_sim = time.time() if start is None else float(start)
        self._base_real = time.monotonic()

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> float:
        with self._lock:
            return self._base_sim + (time.monotonic() - self._base_real) * self._speed

    def _rebase(self) -> None:
        real = time.monotonic()
        self._base_sim += (real - self._base_real) * self._speed
        self._base_real = real

    def set_speed(self, speed: float) -> None:
        if not speed > 0:
            raise ValueError("speed must be > 0")
        with self._lock:
            self._rebase()
            self._speed = float(speed)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._rebase()
            self._base_sim += seconds
