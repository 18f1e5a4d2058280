"""The requester the generated resources call: one operation id in, one result out.

``assetpay_resources`` (generated from ``x-sdk``) hands over the operation id, the parameters by
wire name and the per-call options. This module turns them into a :class:`Call` -- request
objects to wire JSON, the idempotency key filled in, the scope's auth -- and runs it through the
one call flow; lists become lazy pagers following the operation's ``x-pagination``.
"""

from __future__ import annotations

import uuid
from collections.abc import Coroutine, Mapping
from typing import Any, TypeVar

from assetpay._base_client import (
    NO_AUTH,
    AsyncTransport,
    Call,
    CallEngine,
    CallOptions,
    ConfigurationError,
    Flow,
    SyncTransport,
    _Auth,
)
from assetpay._wire import enum_value, wire_items, wire_object
from assetpay.pagination import AsyncPager, Page, Pager, page_of
from assetpay_catalogue.operations import OPERATIONS, Operation

T = TypeVar("T")


def _operation(operation_id: str) -> Operation:
    try:
        return OPERATIONS[operation_id]
    except KeyError:
        raise ConfigurationError(
            f"operation {operation_id!r} is not in this build's operations index: "
            "generated/ is out of date (run `make client`)"
        ) from None


def build_call(
    operation_id: str,
    auth: _Auth,
    params: Mapping[str, Any],
    body: Mapping[str, Any] | None,
    options: CallOptions,
) -> Call:
    """The :class:`Call` for one operation; ``body`` values may be models, dicts or enums."""
    op = _operation(operation_id)
    wire_body: dict[str, Any] | None = None
    if body is not None:
        objects = {o.field: o for o in op.body_objects}
        wire_body = {}
        for name, value in body.items():
            found = objects.get(name)
            if found is not None and value is not None:
                value = (
                    wire_items(found.schema, value, name)
                    if found.many
                    else wire_object(found.schema, value, name)
                )
            elif isinstance(value, list | tuple):
                value = [enum_value(v) for v in value]
            else:
                value = enum_value(value)
            if value is not None:
                wire_body[name] = value
        if op.key is not None and wire_body.get(op.key) is None:
            # the idempotency key: generated once here, so every attempt repeats it
            wire_body[op.key] = uuid.uuid4().hex
    external_id = wire_body.get("externalId") if wire_body else None
    return Call(
        op,
        params,
        wire_body,
        NO_AUTH if op.security == "none" else auth,
        options,
        external_id=external_id if isinstance(external_id, str) else None,
    )


def _options(
    timeout: float | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    reconcile: bool | None = None,
) -> CallOptions:
    return CallOptions(
        timeout=timeout, max_retries=max_retries, extra_headers=extra_headers, reconcile=reconcile
    )


def _position(op: Operation, params: Mapping[str, Any], position: object | None) -> dict[str, Any]:
    """The parameters of the page at ``position`` (None: the first page)."""
    rule = op.pagination
    assert rule is not None
    query = dict(params)
    if position is not None:
        query[rule.param] = position
    elif rule.style in ("page", "offset"):
        query[rule.param] = 1 if rule.style == "page" else 0
    if rule.size is not None and query.get(rule.size) is None:
        # sent on every page, so the position arithmetic and the server agree on the size
        query[rule.size] = rule.size_default
    return query


class _Requester:
    """What the sync and async requesters share: the transport, and the scope's auth."""

    __slots__ = ("_auth", "_transport")

    def __init__(self, transport: Any, auth: _Auth) -> None:
        self._transport = transport
        self._auth = auth

    @property
    def engine(self) -> CallEngine:
        engine: CallEngine = self._transport.engine
        return engine

    @property
    def scope_auth(self) -> _Auth:
        return self._auth

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._auth!r})"


class SyncRequester(_Requester):
    """Runs generated resource calls with a :class:`SyncTransport` and one scope's auth."""

    __slots__ = ()
    _transport: SyncTransport

    def call(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        reconcile: bool | None = None,
    ) -> Any:
        options = _options(timeout, max_retries, extra_headers, reconcile)
        call = build_call(operation_id, self._auth, params, body, options)
        return self._transport.call(call, reconcile=call.operation.reconcile)

    def pages(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Pager[Any]:
        op = _operation(operation_id)
        options = _options(timeout, max_retries, extra_headers)

        def fetch(position: object | None) -> Page[Any]:
            query = _position(op, params, position)
            result = self._transport.call(
                build_call(operation_id, self._auth, query, None, options)
            )
            return page_of(op, result, query)

        return Pager(fetch)

    def run(self, flow: Flow[T]) -> T:
        """Drive a flow built by hand (the overlay's extras)."""
        return self._transport.run(flow)

    def run_call(self, call: Call) -> Any:
        """Send a call built by hand (``raw``)."""
        return self._transport.call(call)


class AsyncRequester(_Requester):
    """Runs generated resource calls with an :class:`AsyncTransport` and one scope's auth."""

    __slots__ = ()
    _transport: AsyncTransport

    def call(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        reconcile: bool | None = None,
    ) -> Coroutine[Any, Any, Any]:
        """The coroutine of the call (awaited by the generated ``async def`` method, so a bad
        argument still raises when that method is awaited)."""
        options = _options(timeout, max_retries, extra_headers, reconcile)
        call = build_call(operation_id, self._auth, params, body, options)
        return self._transport.call(call, reconcile=call.operation.reconcile)

    def pages(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPager[Any]:
        op = _operation(operation_id)
        options = _options(timeout, max_retries, extra_headers)

        async def fetch(position: object | None) -> Page[Any]:
            query = _position(op, params, position)
            call = build_call(operation_id, self._auth, query, None, options)
            return page_of(op, await self._transport.call(call), query)

        return AsyncPager(fetch)

    def run(self, flow: Flow[T]) -> Coroutine[Any, Any, T]:
        """Drive a flow built by hand (the overlay's extras)."""
        return self._transport.run(flow)

    def run_call(self, call: Call) -> Coroutine[Any, Any, Any]:
        """Send a call built by hand (``raw``)."""
        return self._transport.call(call)


__all__ = ["AsyncRequester", "SyncRequester", "build_call"]
