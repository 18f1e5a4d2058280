"""Signed callbacks to the merchant's URL, from the engine's outbox.

* Header ``X-AssetPay-Signature: t=<ISO>,id=<delivery id>,s=<hex>`` made by
  ``assetpay.webhooks.sign`` with the API secret; with a previous secret configured (a rotation)
  it also carries ``s1``. ``t`` is the real time of each attempt.
* Notifications (every trade status change, crypto events) keep their delivery id across
  retries; they are retried after non-2xx answers, timeouts and network errors with a doubling
  pause (``callback_retry_delay``, at most 60 s), ``callback_attempts`` times, then given up
  (state ``failed``). One subject's callbacks (a trade, a crypto withdrawal) go out in order:
  a later one waits while an earlier one is pending.
* Approval requests (the ``initiated`` withdrawal, the ``awaiting_approval`` crypto withdrawal)
  get a new delivery id per attempt, ``approval_timeout`` seconds each. 2xx approves unless the
  body is ``{"action": "reject", ...}``; any 4xx other than 408/429 rejects
  (``MERCHANT_REJECTED``); 408, 429, 5xx, timeouts and network errors are failed attempts, and
  after ``approval_attempts`` of them the withdrawal is rejected (``APPROVAL_TIMEOUT``).
* ``approval="auto"`` decides approvals without HTTP (approve), for load tests.
* Without a callback URL notifications are dropped (recorded as ``no-url``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx

from assetpay.webhooks import sign

from .config import SandboxConfig
from .engine import Engine

logger = logging.getLogger("assetpay_sandbox.callbacks")

DeliveryHook = Callable[[dict[str, Any]], None]


class Dispatcher:
    def __init__(self, engine: Engine, config: SandboxConfig) -> None:
        self.engine = engine
        self.config = config
        self.stats: Counter[str] = Counter()
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.hooks: list[DeliveryHook] = []

    async def start(self) -> None:
        self._client = httpx.AsyncClient(trust_env=False, follow_redirects=False)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()

    def pump(self) -> None:
        """Start a delivery task for every outbox row that is due."""
        for row in self.engine.due_deliveries():
            task = asyncio.create_task(self._deliver(dict(row)))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _headers(self, body: bytes, delivery_id: str) -> dict[str, str]:
        signature = sign(
            body, self.config.api_secret, delivery_id=delivery_id,
            previous_secret=self.config.previous_secret,
        )  # fmt: skip
        return {
            "content-type": "application/json",
            "user-agent": "AssetPay-Sandbox-Webhooks/1.0",
            "x-assetpay-signature": signature,
        }

    def _emit(self, record: dict[str, Any]) -> None:
        for hook in self.hooks:
            try:
                hook(record)
            except Exception:  # a broken observer must not stop deliveries
                logger.exception("delivery hook failed")

    async def _post(
        self, body: bytes, delivery_id: str, timeout: float
    ) -> tuple[int | None, bytes]:
        assert self._client is not None
        url = self.config.callback_url
        assert url is not None
        try:
            response = await self._client.post(
                url, content=body, headers=self._headers(body, delivery_id), timeout=timeout
            )
        except httpx.TimeoutException:
            return None, b"timeout"
        except httpx.HTTPError as exc:
            return None, type(exc).__name__.encode()
        return response.status_code, response.content

    async def _deliver(self, row: dict[str, Any]) -> None:
        try:
            if row["kind"] == "approval":
                await self._approval(row)
            else:
                await self._event(row)
        except asyncio.CancelledError:
            self.engine.delivery_result(
                row["seq"], state="pending", attempts=row["attempts"], next_try=time.time(),
                result="interrupted",
            )  # fmt: skip
            raise

    async def _event(self, row: dict[str, Any]) -> None:
        body = row["body"].encode()
        if not self.config.callback_url:
            self.engine.delivery_result(
                row["seq"], state="delivered", attempts=0, next_try=time.time(), result="no-url"
            )
            self.stats["dropped_no_url"] += 1
            return
        attempt = int(row["attempts"]) + 1
        status, _ = await self._post(body, row["delivery_id"], self.config.callback_timeout)
        ok = status is not None and 200 <= status < 300
        self.stats["event_attempts"] += 1
        if ok:
            state, next_try = "delivered", time.time()
            self.stats["events_delivered"] += 1
        elif attempt >= self.config.callback_attempts:
            state, next_try = "failed", time.time()
            self.stats["events_given_up"] += 1
        else:
            state = "pending"
            next_try = time.time() + min(
                60.0, self.config.callback_retry_delay * 2 ** (attempt - 1)
            )
        self.engine.delivery_result(
            row["seq"], state=state, attempts=attempt, next_try=next_try, result=str(status)
        )
        self._emit({"kind": "event", "subject": row["subject"], "deliveryId": row["delivery_id"],
                    "attempt": attempt, "status": status, "state": state})  # fmt: skip

    async def _approval(self, row: dict[str, Any]) -> None:
        subject = row["subject"]
        if self.config.approval == "auto":
            self.engine.approval_outcome(subject, True)
            self.engine.delivery_result(
                row["seq"], state="delivered", attempts=0, next_try=time.time(), result="auto"
            )
            self.stats["approvals_auto"] += 1
            return
        if not self.config.callback_url:
            self.engine.approval_outcome(subject, False, "MERCHANT_REJECTED")
            self.engine.delivery_result(
                row["seq"], state="failed", attempts=0, next_try=time.time(), result="no-url"
            )
            return
        attempt = int(row["attempts"]) + 1
        delivery_id = "dlv_" + uuid.uuid4().hex[:24]  # a new id for every approval attempt
        body = row["body"].encode()
        status, content = await self._post(body, delivery_id, self.config.approval_timeout)
        self.stats["approval_attempts"] += 1
        verdict: str | None = None
        if status is not None and 200 <= status < 300:
            verdict = "reject" if _says_reject(content) else "approve"
        elif status is not None and 400 <= status < 500 and status not in (408, 429):
            verdict = "reject"
        if verdict is not None:
            self.engine.approval_outcome(subject, verdict == "approve", "MERCHANT_REJECTED")
            self.engine.delivery_result(
                row["seq"], state="delivered", attempts=attempt, next_try=time.time(),
                result=f"{status} {verdict}", delivery_id=delivery_id,
            )  # fmt: skip
            self.stats[f"approvals_{verdict}d"] += 1
        elif attempt >= self.config.approval_attempts:
            self.engine.approval_outcome(subject, False, "APPROVAL_TIMEOUT")
            self.engine.delivery_result(
                row["seq"], state="failed", attempts=attempt, next_try=time.time(),
                result=f"{status} timeout", delivery_id=delivery_id,
            )  # fmt: skip
            self.stats["approvals_timed_out"] += 1
        else:
            self.engine.delivery_result(
                row["seq"], state="pending", attempts=attempt,
                next_try=time.time() + self.config.approval_retry_delay, result=str(status),
                delivery_id=delivery_id,
            )  # fmt: skip
        self._emit({"kind": "approval", "subject": subject, "deliveryId": delivery_id,
                    "attempt": attempt, "status": status, "verdict": verdict})  # fmt: skip


def _says_reject(content: bytes) -> bool:
    try:
        body = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(body, dict) and body.get("action") == "reject"
