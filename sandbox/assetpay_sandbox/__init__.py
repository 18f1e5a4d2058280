"""A local AssetPay API: every operation of ``openapi.yaml``, spec-validated, with auth, state on
SQLite, the trade lifecycle on an accelerated clock, signed callbacks and fault injection.

    python -m assetpay_sandbox --port 8787 --callback-url http://127.0.0.1:9000/assetpay

or in-process::

    from assetpay_sandbox import SandboxConfig, SandboxServer
    with SandboxServer(SandboxConfig(db=":memory:", port=0)) as server:
        ...  # server.url, server.sandbox.engine, server.sandbox.faults
"""

from .app import HANDLERS, Sandbox, create_app
from .catalogue import DEMO_STEAM_IDS
from .config import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    DEFAULT_MERCHANT_ID,
    FaultRule,
    SandboxConfig,
    Timings,
)
from .server import SandboxServer, ThreadedServer

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_API_SECRET",
    "DEFAULT_MERCHANT_ID",
    "DEMO_STEAM_IDS",
    "HANDLERS",
    "FaultRule",
    "Sandbox",
    "SandboxConfig",
    "SandboxServer",
    "ThreadedServer",
    "Timings",
    "create_app",
]
