"""Real receiver processes for the crash and duplicate experiments of test_receivers.py.

``Receiver`` runs tests/webhooks/merchant_app.py under uvicorn with N workers on a Unix socket,
in its own process group, and stops it on exit. ``Merchant`` is the shared state those
processes write: the store (SQLite file or PostgreSQL schema), the ``debits`` table beside it,
the log of on_approval calls and the hold markers.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg

from assetpay.webhooks import signed_delivery

from .conftest import SECRET, webhook_example

HERE = Path(__file__).resolve().parent
DEBITS = "CREATE TABLE debits (subject TEXT NOT NULL, cents INTEGER NOT NULL, pid INTEGER NOT NULL)"


@dataclass
class Merchant:
    """One merchant's state, shared by all its receivers."""

    kind: str  # "sqlite" or "postgres"
    target: str  # the SQLite path or the PostgreSQL connection string
    home: Path
    calls: Path = field(init=False)

    def __post_init__(self) -> None:
        self.calls = self.home / "calls.log"
        with contextlib.closing(self.connect()) as db:
            db.execute(DEBITS)
            db.commit()

    def connect(self) -> Any:
        return (
            psycopg.connect(self.target)
            if self.kind == "postgres"
            else sqlite3.connect(self.target)
        )

    @property
    def env(self) -> dict[str, str]:
        return {
            "ASSETPAY_TEST_STORE": f"{self.kind}:{self.target}",
            "ASSETPAY_TEST_SECRET": SECRET,
            "ASSETPAY_TEST_CALLS": str(self.calls),
            "ASSETPAY_TEST_HOLD_DIR": str(self.home),
        }

    def hold(self, subject: str) -> None:
        """The next on_approval of ``subject`` holds its open transaction until killed."""
        (self.home / f"{subject}.hold").touch()

    def holder(self, subject: str, timeout: float = 20) -> int:
        """The pid of the worker holding ``subject`` (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for marker in self.home.glob(f"{subject}.held-*"):
                return int(marker.name.rsplit("-", 1)[1])
            time.sleep(0.02)
        raise AssertionError(f"no worker took the hold of {subject} in {timeout}s")

    def calls_by_subject(self) -> Counter[str]:
        if not self.calls.exists():
            return Counter()
        return Counter(line.split()[1] for line in self.calls.read_text().splitlines())

    def calling_pids(self) -> set[int]:
        if not self.calls.exists():
            return set()
        return {int(line.split()[0]) for line in self.calls.read_text().splitlines()}

    def debits_by_subject(self) -> Counter[str]:
        with contextlib.closing(self.connect()) as db:
            rows = db.execute("SELECT subject FROM debits").fetchall()
        return Counter(str(row[0]) for row in rows)


class Receiver:
    """``uvicorn merchant_app:create_app --workers N`` on a Unix socket, for one ``with`` block."""

    def __init__(self, merchant: Merchant, *, workers: int = 2, **settings: str) -> None:
        self.merchant = merchant
        self.workers = workers
        name = f"receiver-{uuid.uuid4().hex[:8]}"
        # a short directory of its own: a Unix socket path must stay under 108 bytes
        self.socket_dir = Path(tempfile.mkdtemp(prefix="assetpay-"))
        self.socket = self.socket_dir / "r.sock"
        self.settings = settings
        self.process: subprocess.Popen[bytes] | None = None
        self.client: httpx.Client | None = None
        self.log = merchant.home / f"{name}.log"

    def __enter__(self) -> Receiver:
        env = {**os.environ, **self.merchant.env, **self.settings}
        command = [
            sys.executable, "-m", "uvicorn", "merchant_app:create_app", "--factory",
            "--app-dir", str(HERE), "--uds", str(self.socket), "--workers", str(self.workers),
            "--log-level", "warning", "--no-access-log",
        ]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our interpreter, our app
                command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        transport = httpx.HTTPTransport(uds=str(self.socket))
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
        self.client = httpx.Client(
            transport=transport, base_url="http://receiver", timeout=30, limits=limits
        )
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_ready(self, timeout: float = 30) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the receiver exited: {self.log.read_text()[-2000:]}")
            with contextlib.suppress(httpx.TransportError):
                if (
                    self.post(b'{"test": true}', {"content-type": "application/json"}).status_code
                    == 200
                ):
                    return
            time.sleep(0.05)
        raise AssertionError(f"the receiver did not answer in {timeout}s: {self.log.read_text()}")

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):  # workers the supervisor left behind
                os.killpg(self.process.pid, signal.SIGKILL)
        shutil.rmtree(self.socket_dir, ignore_errors=True)

    def post(self, body: bytes, headers: dict[str, str]) -> httpx.Response:
        assert self.client is not None
        return self.client.post("/assetpay/callback", content=body, headers=headers)

    def approval(self, trade_id: str) -> httpx.Response:
        """Send one approval attempt for ``trade_id`` (a new delivery id, signed now)."""
        return self.post(*approval_delivery(trade_id))


def approval_delivery(trade_id: str) -> tuple[bytes, dict[str, str]]:
    payload = webhook_example("withdrawApprovalRequested")
    payload["trade"]["id"] = trade_id
    return signed_delivery(payload, SECRET, timestamp=datetime.now(UTC))
