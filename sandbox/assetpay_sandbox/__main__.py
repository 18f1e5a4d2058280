"""``python -m assetpay_sandbox``: run the sandbox on 127.0.0.1 (see ``--help``).

The port is bound before anything is printed: a busy port ends the command with a one-line
error and exit status 1, never with a banner for a server that is not there. Without a callback
URL, withdrawals approve themselves (``--approval auto``), so a first run works as it is.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

import uvicorn

from .app import Sandbox
from .config import (
    DEFAULT_API_KEY,
    DEFAULT_API_SECRET,
    DEFAULT_BALANCE,
    DEFAULT_MERCHANT_ID,
    DEFAULT_PORT,
    DEFAULT_SPEED,
    SandboxConfig,
    default_db_path,
    env_defaults,
    parse_fault,
)


def parser() -> argparse.ArgumentParser:
    env = env_defaults()
    p = argparse.ArgumentParser(
        prog="python -m assetpay_sandbox",
        description="A local AssetPay API for integration tests (127.0.0.1 only).",
    )
    p.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("ASSETPAY_SANDBOX_PORT", DEFAULT_PORT)),
        help=f"port on 127.0.0.1 (default {DEFAULT_PORT}; 0 = any free port)",
    )
    p.add_argument("--seed", type=int, default=1, help="catalogue / lifecycle seed (default 1)")
    p.add_argument(
        "--db",
        default=default_db_path(),
        help="SQLite file, or :memory: (default .sandbox/sandbox.db)",
    )
    p.add_argument(
        "--speed",
        type=float,
        default=DEFAULT_SPEED,
        help=f"sandbox seconds per real second (default {DEFAULT_SPEED:g})",
    )
    p.add_argument(
        "--callback-url",
        default=env["callback_url"],
        help="merchant callback URL (env ASSETPAY_SANDBOX_CALLBACK_URL)",
    )
    p.add_argument(
        "--merchant-id",
        default=env["merchant_id"] or DEFAULT_MERCHANT_ID,
        help=f"merchant id (env ASSETPAY_SANDBOX_MERCHANT_ID; default {DEFAULT_MERCHANT_ID})",
    )
    p.add_argument(
        "--api-key",
        default=env["api_key"] or DEFAULT_API_KEY,
        help=f"API key (env ASSETPAY_SANDBOX_API_KEY; default {DEFAULT_API_KEY})",
    )
    p.add_argument(
        "--api-secret",
        default=env["api_secret"] or DEFAULT_API_SECRET,
        help=f"API secret (env ASSETPAY_SANDBOX_API_SECRET; default {DEFAULT_API_SECRET})",
    )
    p.add_argument(
        "--previous-secret",
        default=env["previous_secret"],
        help="previous API secret during a rotation: callbacks also carry s1",
    )
    p.add_argument(
        "--unverified",
        action="store_true",
        help="act as an unverified merchant (low limits, no crypto)",
    )
    p.add_argument(
        "--rate-limits",
        choices=("verified", "unverified", "off"),
        default=None,
        help="rate-limit table (default: the merchant's verification)",
    )
    p.add_argument(
        "--balance",
        type=float,
        default=DEFAULT_BALANCE,
        help=f"wallet balance of a fresh database in USD (default {DEFAULT_BALANCE:g})",
    )
    p.add_argument(
        "--approval",
        choices=("auto", "callback"),
        default=None,
        help="auto: withdrawals approve themselves; callback: ask the callback URL (refused "
        "with 1705 when there is none). Default: callback with --callback-url, else auto",
    )
    p.add_argument(
        "--auto-approve",
        action="store_true",
        help="the same as --approval auto",
    )
    p.add_argument("--restock", action="store_true", help="bought listings stay on the market")
    p.add_argument(
        "--decline-rate",
        type=float,
        default=0.0,
        help="probability that a user declines a trade offer (default 0)",
    )
    p.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND:P[:OPS]",
        help="inject a fault, e.g. drop:0.05 or rate_limit:0.1:getPrices+deposit",
    )
    p.add_argument("--fault-seed", type=int, default=0, help="seed of the fault RNG")
    return p


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    verified = not args.unverified
    return replace(
        SandboxConfig(),
        port=args.port,
        seed=args.seed,
        db=args.db,
        speed=args.speed,
        callback_url=args.callback_url or None,
        merchant_id=args.merchant_id,
        api_key=args.api_key,
        api_secret=args.api_secret,
        previous_secret=args.previous_secret or None,
        verified=verified,
        rate_limits=args.rate_limits or ("verified" if verified else "unverified"),
        initial_balance=args.balance,
        approval=approval_of(args),
        restock=args.restock,
        decline_rate=args.decline_rate,
        faults=tuple(parse_fault(f) for f in args.fault),
        fault_seed=args.fault_seed,
    )


def approval_of(args: argparse.Namespace) -> Literal["auto", "callback"]:
    """``--approval``, ``--auto-approve``, or by default: callback when a callback URL is set."""
    if args.auto_approve:
        return "auto"
    if args.approval is not None:
        return "callback" if args.approval == "callback" else "auto"
    return "callback" if args.callback_url else "auto"


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (port 0: any free port); OSError when it is taken."""
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY on the connections a listening socket
    # accepts only when its protocol says TCP (0 does not), and without it every answer on a
    # kept-alive connection waited 40 ms for the client's delayed ACK
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # the same option uvicorn sets: a restart need not wait for TIME_WAIT to end; a port
        # another process listens on still refuses the bind
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        print(f"assetpay_sandbox: {exc}", file=sys.stderr)
        return 2
    try:
        sock = listening_socket(config.host, config.port)
    except OSError as exc:
        print(
            f"assetpay_sandbox: cannot listen on {config.host}:{config.port}: "
            f"{exc.strerror or exc} (another sandbox running? choose one with --port)",
            file=sys.stderr,
        )
        return 1
    port = sock.getsockname()[1]
    sandbox = Sandbox(replace(config, port=port))
    print(
        f"AssetPay sandbox on http://{config.host}:{port}  db={config.db}  "
        f"speed={config.speed:g}x  merchant={config.merchant_id}  api-key={config.api_key}  "
        f"callback={config.callback_url or '-'}  approval={config.approval}",
        flush=True,
    )
    server = uvicorn.Server(uvicorn.Config(sandbox.build(), log_level="warning"))
    with sock:
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
