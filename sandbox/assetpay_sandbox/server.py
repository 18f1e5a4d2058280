"""Run an ASGI app under uvicorn on a background thread (tests, the demo, embedding).

    with SandboxServer(SandboxConfig(db=":memory:", port=0)) as server:
        client = assetpay.AssetPay(base_url=server.url, ...)

``port=0`` picks a free port on 127.0.0.1; ``url`` is known once ``start()`` returns.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from .app import ASGIApp, Sandbox
from .config import SandboxConfig


class ThreadedServer:
    """uvicorn serving ``app`` on ``host:port`` in a daemon thread."""

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = uvicorn.Config(
            app, host=host, port=port, log_level="warning", lifespan="on",
            timeout_graceful_shutdown=3,
        )  # fmt: skip
        self.server = uvicorn.Server(self.config)
        self.thread: threading.Thread | None = None
        self.port = port
        self.host = host

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> ThreadedServer:
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        sockets = [s for server in self.server.servers for s in server.sockets]
        self.port = int(sockets[0].getsockname()[1])
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout)
            self.thread = None

    def __enter__(self) -> ThreadedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class SandboxServer(ThreadedServer):
    """The sandbox on a background thread; ``sandbox`` gives the engine, faults, dispatcher."""

    def __init__(self, config: SandboxConfig | None = None, **overrides: Any) -> None:
        from dataclasses import replace

        cfg = replace(config or SandboxConfig(), **overrides)
        self.sandbox = Sandbox(cfg)
        super().__init__(self.sandbox.build(), cfg.host, cfg.port)

    def __enter__(self) -> SandboxServer:
        self.start()
        return self
