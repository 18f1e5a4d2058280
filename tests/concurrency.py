"""Many threads doing one thing at the same moment (for the tests of thread-safe reads)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def at_once(count: int, action: Callable[[], T]) -> list[T]:
    """Run ``action`` in ``count`` threads released together by a barrier; their results."""
    gate = threading.Barrier(count)
    results: list[T] = []
    lock = threading.Lock()

    def run() -> None:
        gate.wait()
        result = action()
        with lock:
            results.append(result)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
