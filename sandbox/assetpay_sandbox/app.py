"""The ASGI application: every operation of ``openapi.yaml``, the ``/_sandbox/*`` admin routes,
and the realtime feed of ``asyncapi.yaml`` at ``/socket.io`` (``realtime.Feed``).

Routes are generated from ``assetpay_catalogue.operations.OPERATIONS`` (method, path, security,
parameter and body models, success status); ``HANDLERS`` holds the behaviour per operation id.
An operation without a handler (the spec grew) is still served: its input is checked like every
other and it answers the ``data`` of its 2xx example (``assetpay_catalogue.answers``). Each
request goes through:

1. authentication (``api-key``; client token; merchant JWT where ``BearerAuth`` is allowed),
2. the merchant's rate limit for the operation,
3. validation of path/query parameters and body against the generated models,
4. fault injection (``/_sandbox/faults``),
5. the handler, whose result is wrapped as ``{requestId, success: true, data}``.

Refusals are error envelopes (``failures.ApiFailure``). Admin routes are not part of the
spec-driven set and need no credentials (the server listens on 127.0.0.1 only).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from assetpay_catalogue.answers import SUCCESS_DATA
from assetpay_catalogue.operations import OPERATIONS, Operation

from .auth import ClientIdentity, steam_id_of_trade_url, verify_client_token, verify_merchant
from .callbacks import Dispatcher
from .config import FaultRule, SandboxConfig
from .engine import Engine, iso
from .failures import ApiFailure
from .limits import Faults, RateLimiter
from .realtime import Feed
from .validation import declares_422, parse_body, parse_params

logger = logging.getLogger("assetpay_sandbox")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class Ctx:
    op: Operation
    engine: Engine
    params: Any
    body: dict[str, Any]
    identity: ClientIdentity | None
    no_bots: bool


Handler = Callable[[Ctx], Any]


def _ident(ctx: Ctx) -> ClientIdentity:
    assert ctx.identity is not None
    return ctx.identity


def _steam(ctx: Ctx) -> str:
    return str(ctx.params.steam_id.root)


def _create(kind: str, client: bool) -> Handler:
    def handler(ctx: Ctx) -> Any:
        identity = _ident(ctx) if client else None
        trade_url = identity.trade_url if identity is not None else str(ctx.body["tradeUrl"])
        creator = {
            "deposit": ctx.engine.create_deposit,
            "withdraw": ctx.engine.create_withdraw,
            "quick": ctx.engine.create_quick,
        }[kind]
        return creator(ctx.body, identity=identity, trade_url=trade_url, no_bots=ctx.no_bots)

    return handler


_STARTED = time.monotonic()

HANDLERS: dict[str, Handler] = {
    "authenticateClient": lambda c: c.engine.authenticate_client(c.body),
    "checkTradeUrl": lambda c: c.engine.check_trade_url(c.body),
    "getPrices": lambda c: c.engine.prices(c.params.game or 730),
    "getMerchantInventory": lambda c: c.engine.inventory(
        steam_id_of_trade_url(str(c.params.trade_url.root)), c.params, None
    ),
    "getClientInventory": lambda c: c.engine.inventory(_ident(c).steam_id, c.params, _ident(c)),
    "getMerchantMarket": lambda c: c.engine.market(c.params),
    "getClientMarket": lambda c: c.engine.market(c.params),
    "getMerchantMarketItem": lambda c: c.engine.market_item(c.params),
    "getClientMarketItem": lambda c: c.engine.market_item(c.params),
    "getClientMarketSuggestions": lambda c: c.engine.suggestions(c.params.q),
    "sell": _create("deposit", client=False),
    "deposit": _create("deposit", client=True),
    "buy": _create("withdraw", client=False),
    "withdraw": _create("withdraw", client=True),
    "quickBuy": _create("quick", client=False),
    "quickWithdraw": _create("quick", client=True),
    "cancelBuy": lambda c: c.engine.cancel_trade(c.params.trade_id, "self", None),
    "cancelWithdraw": lambda c: c.engine.cancel_trade(
        c.params.trade_id, "client", _ident(c).steam_id
    ),
    "cancelBuyItem": lambda c: c.engine.cancel_item(
        c.params.trade_id, c.params.item_id, "self", None
    ),
    "cancelWithdrawItem": lambda c: c.engine.cancel_item(
        c.params.trade_id, c.params.item_id, "client", _ident(c).steam_id
    ),
    "listMerchantTrades": lambda c: c.engine.list_trades(c.params, source="self", steam_id=None),
    "listClientTrades": lambda c: c.engine.list_trades(
        c.params, source="client", steam_id=_ident(c).steam_id
    ),
    "getMerchantTrades": lambda c: c.engine.lookup(c.params.trade_id),
    "getMerchantCryptoDepositAddress": lambda c: c.engine.deposit_address(
        _steam(c), c.params.chain.value, c.params.token and c.params.token.value
    ),
    "getClientCryptoDepositAddress": lambda c: c.engine.deposit_address(
        _ident(c).steam_id, c.params.chain.value, c.params.token and c.params.token.value
    ),
    "listMerchantCryptoDeposits": lambda c: c.engine.crypto_deposits(
        _steam(c), c.params.limit, c.params.before
    ),
    "listClientCryptoDeposits": lambda c: c.engine.crypto_deposits(
        _ident(c).steam_id, c.params.limit, c.params.before
    ),
    "listMerchantCryptoWithdrawals": lambda c: c.engine.crypto_withdrawals(
        _steam(c), c.params.limit, c.params.before
    ),
    "listClientCryptoWithdrawals": lambda c: c.engine.crypto_withdrawals(
        _ident(c).steam_id, c.params.limit, c.params.before
    ),
    "createMerchantCryptoWithdrawal": lambda c: c.engine.crypto_withdraw(
        str(c.body["steamId"]), c.body, client=False
    ),
    "createClientCryptoWithdrawal": lambda c: c.engine.crypto_withdraw(
        _ident(c).steam_id, c.body, client=True
    ),
    "getWalletBalance": lambda c: c.engine.balance(),
    "listLedgerTransactions": lambda c: c.engine.ledger(c.params),
    "getLedgerTransaction": lambda c: c.engine.ledger_entry(c.params.id),
    "startVerification": lambda c: c.engine.verification_start(
        _ident(c).steam_id, c.body.get("email")
    ),
    "getVerificationStatus": lambda c: c.engine.verification_status(_ident(c).steam_id),
    "linkVerification": lambda c: c.engine.verification_link(_ident(c).steam_id),
    "getHealth": lambda c: {
        "status": "ok",
        "timestamp": iso(c.engine.clock.now()),
        "uptime": round(time.monotonic() - _STARTED, 3),
        "maintenance": {"mode": False},
    },
}


def _example_answer(op_id: str) -> Handler:
    """The handler of an operation with no behaviour here: its 2xx example's ``data``."""

    def answer(_ctx: Ctx) -> Any:
        return copy.deepcopy(SUCCESS_DATA.get(op_id))

    return answer


class Sandbox:
    """The parts of one running sandbox: engine, dispatcher, limits, faults, config."""

    def __init__(self, config: SandboxConfig) -> None:
        self.handlers = {
            op_id: HANDLERS.get(op_id) or _example_answer(op_id) for op_id in OPERATIONS
        }
        self.config = config
        self.engine = Engine(config)
        self.dispatcher = Dispatcher(self.engine, config)
        self.feed = Feed(self.engine, config)
        self.limiter = RateLimiter(config.rate_limits)
        self.faults = Faults(config.faults, config.fault_seed)
        self.requests = 0
        self.requests_by_operation: Counter[str] = Counter()

    # -- spec operations ---------------------------------------------------------------------

    def endpoint(self, op: Operation) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            request_id = str(uuid.uuid4())
            self.requests += 1
            self.requests_by_operation[op.operation_id] += 1
            try:
                identity = None
                headers = request.headers
                if op.security == "api_key":
                    verify_merchant(headers, self.config, bearer_ok=op.bearer_alternative)
                elif op.security == "client_token":
                    identity = verify_client_token(headers, self.config)
                wait = self.limiter.check(op.operation_id)
                if wait is not None:
                    raise ApiFailure(
                        "RATE_LIMITED", "Rate limit exceeded", headers={"Retry-After": str(wait)}
                    )
                params = parse_params(op, request.path_params, request.query_params.multi_items())
                _, body = parse_body(op, await request.body())
                rule = self.faults.draw(op.operation_id)
                no_bots = drop = False
                if rule is not None:
                    no_bots, drop = await self._fault(rule, op)
                ctx = Ctx(op, self.engine, params, body, identity, no_bots)
                try:
                    data = self.handlers[op.operation_id](ctx)
                except ApiFailure as failure:
                    if no_bots and rule is not None and failure.key == "NO_BOTS_AVAILABLE":
                        # the trade was recorded before the refusal; the rule's wait still applies
                        failure.headers.setdefault("Retry-After", str(rule.retry_after))
                    raise
                if isinstance(data, BaseModel):  # pragma: no cover - handlers return JSON
                    data = data.model_dump(mode="json", by_alias=True)
                if drop:
                    request.scope["sandbox.flags"]["drop"] = True
                return JSONResponse(
                    {"requestId": request_id, "success": True, "data": data},
                    status_code=op.success_status,
                    headers={"x-request-id": request_id},
                )
            except ApiFailure as failure:
                status = failure.status
                if status == 422 and not declares_422(op):
                    status = 400
                return JSONResponse(
                    failure.envelope(request_id),
                    status_code=status,
                    headers={**failure.headers, "x-request-id": request_id},
                )

        return run

    async def _fault(self, rule: FaultRule, op: Operation) -> tuple[bool, bool]:
        """Apply a drawn fault: refuse now, or return (no_bots, drop) for the handler."""
        retry = {"Retry-After": str(rule.retry_after)}
        if rule.kind == "slow":
            await asyncio.sleep(rule.delay)
        elif rule.kind == "rate_limit":
            raise ApiFailure("RATE_LIMITED", "Rate limit exceeded (injected)", headers=retry)
        elif rule.kind == "fleet_degraded":
            raise ApiFailure("FLEET_DEGRADED", "Bot fleet degraded (injected)", headers=retry)
        elif rule.kind == "price_changed":
            raise ApiFailure("PRICE_CHANGED", "The price changed (injected)")
        elif rule.kind == "no_bots":
            if op.operation_id in _NO_BOTS_AFTER_RECORD:
                return True, False
            raise ApiFailure(
                "NO_BOTS_AVAILABLE", "No Steam bot is online (injected)", headers=retry
            )
        elif rule.kind == "drop":
            return False, True
        return False, False

    # -- admin ---------------------------------------------------------------------------------

    async def admin_state(self, request: Request) -> Response:
        with_trades = request.query_params.get("trades") in ("1", "true")
        state = self.engine.state(with_trades=with_trades)
        state["faults"] = self.faults.to_json()
        state["callbacks"] = dict(self.dispatcher.stats)
        state["requests"] = self.requests
        state["config"] = {
            "seed": self.config.seed, "db": self.config.db, "speed": self.engine.clock.speed,
            "callbackUrl": self.config.callback_url, "approval": self.config.approval,
            "rateLimits": self.limiter.mode, "restock": self.config.restock,
            "declineRate": self.config.decline_rate, "verified": self.config.verified,
        }  # fmt: skip
        return JSONResponse(state)

    async def admin_clock(self, request: Request) -> Response:
        body = await _json(request)
        try:
            if "speed" in body:
                self.engine.clock.set_speed(float(body["speed"]))
            if "advance" in body:
                self.engine.clock.advance(float(body["advance"]))
        except (TypeError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.engine.save_clock()
        return JSONResponse(self.engine.state()["clock"])

    async def admin_faults(self, request: Request) -> Response:
        if request.method == "POST":
            body = await _json(request)
            try:
                rules = [FaultRule.from_json(r) for r in body.get("rules", [])]
                seed = body.get("seed", self.faults.seed)
                if isinstance(seed, bool) or not isinstance(seed, int):
                    raise ValueError("seed must be an integer")
            except (TypeError, ValueError, AttributeError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            self.faults.configure(rules, seed)
        return JSONResponse(self.faults.to_json())

    async def admin_wallet(self, request: Request) -> Response:
        body = await _json(request)
        try:
            return JSONResponse(self.engine.set_balance(float(body["balance"])))
        except (KeyError, TypeError, ValueError):
            return JSONResponse({"error": 'give {"balance": <USD>}'}, status_code=400)

    async def admin_prices(self, request: Request) -> Response:
        body = await _json(request)
        try:
            self.engine.set_price(str(body["ref"]), float(body["price"]))
        except (KeyError, TypeError, ValueError):
            return JSONResponse({"error": 'give {"ref": <id>, "price": <USD>}'}, status_code=400)
        return JSONResponse({"ref": body["ref"], "price": body["price"]})

    async def admin_deliveries(self, request: Request) -> Response:
        return JSONResponse(self.engine.deliveries(request.query_params.get("subject")))

    async def admin_tick(self, request: Request) -> Response:
        steps = self.engine.step()
        self.dispatcher.pump()
        return JSONResponse({"steps": steps})

    # -- the app -------------------------------------------------------------------------------

    async def _loop(self) -> None:
        while True:
            try:
                self.engine.step()
                self.dispatcher.pump()
            except Exception:  # keep the clock running whatever one step did
                logger.exception("lifecycle step failed")
            await asyncio.sleep(self.config.tick)

    def build(self) -> ASGIApp:
        routes = [
            Route(op.path, self.endpoint(op), methods=[op.method], name=op.operation_id)
            for op in OPERATIONS.values()
        ]
        routes += [
            Route("/_sandbox/state", self.admin_state, methods=["GET"]),
            Route("/_sandbox/clock", self.admin_clock, methods=["POST"]),
            Route("/_sandbox/faults", self.admin_faults, methods=["GET", "POST"]),
            Route("/_sandbox/wallet", self.admin_wallet, methods=["POST"]),
            Route("/_sandbox/prices", self.admin_prices, methods=["POST"]),
            Route("/_sandbox/deliveries", self.admin_deliveries, methods=["GET"]),
            Route("/_sandbox/tick", self.admin_tick, methods=["POST"]),
        ]

        @contextlib.asynccontextmanager
        async def lifespan(_: Starlette) -> AsyncIterator[None]:
            await self.dispatcher.start()
            await self.feed.start()
            task = asyncio.create_task(self._loop())
            try:
                yield
            finally:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
                await self.dispatcher.stop()
                await self.feed.stop()
                self.engine.close()

        async def not_found(request: Request, exc: Exception) -> Response:
            status = exc.status_code if isinstance(exc, HTTPException) else 500
            key = {404: "NOT_FOUND", 405: "NOT_FOUND"}.get(status, "SERVER_ERROR")
            failure = ApiFailure(key, "No such route" if status in (404, 405) else None)
            failure.status = status
            return JSONResponse(failure.envelope(), status_code=status)

        app = Starlette(
            routes=routes,
            lifespan=lifespan,
            exception_handlers={HTTPException: not_found, 500: not_found},
        )
        return self.feed.mount(_drop_after_commit(app))


# NO_BOTS_AVAILABLE on these is raised after the trade record exists (externalId used up)
_NO_BOTS_AFTER_RECORD = frozenset(
    {"deposit", "sell", "withdraw", "buy", "quickWithdraw", "quickBuy"}
)


class DroppedConnection(Exception):
    """Raised after the response head to make the server close the connection (fault "drop")."""


def _drop_after_commit(app: ASGIApp) -> ASGIApp:
    """Fault "drop": the handler committed; the client gets the status line, then a closed
    connection instead of the body (httpx: RemoteProtocolError) -- the ambiguous case."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        flags = {"drop": False}
        scope["sandbox.flags"] = flags

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start" and flags["drop"]:
                await send(message)
                raise DroppedConnection
            await send(message)

        await app(scope, receive, guarded_send)

    return wrapped


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection) and not (
            isinstance(exc, BaseExceptionGroup)
            and any(isinstance(e, DroppedConnection) for e in exc.exceptions)
        )


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def create_app(config: SandboxConfig | None = None) -> ASGIApp:
    """The sandbox as an ASGI app (``uvicorn assetpay_sandbox.app:create_app --factory``)."""
    return Sandbox(config or SandboxConfig()).build()


__all__ = ["HANDLERS", "DroppedConnection", "Sandbox", "create_app"]
