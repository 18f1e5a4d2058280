"""``ap.raw`` / ``user.raw``: routes the spec does not have yet, through the same call flow.

The scope's auth, ``x-request-id``, the error taxonomy and ``assetpay.meta`` apply as to every
call. GET is retried like any read; other methods are treated as creating something (sent again
only when the first attempt provably never left) unless ``retry=`` names another class of
``x-retry``. The result is the envelope's ``data`` as JSON (dicts and lists), since no model is
known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from assetpay._base_client import Call, CallOptions, _Auth
from assetpay.errors import request_validation_error
from assetpay_catalogue.operations import Operation

if TYPE_CHECKING:
    from assetpay._requester import AsyncRequester, SyncRequester

RetryClassName = Literal["read", "keyed", "cancel", "create"]

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def raw_call(
    method: str,
    path: str,
    params: Mapping[str, Any] | None,
    json: Any,
    auth: _Auth,
    options: CallOptions,
    retry: RetryClassName | None = None,
) -> Call:
    """A :class:`Call` for ``method path`` with no operation in the spec behind it."""
    verb = method.upper() if isinstance(method, str) else ""
    if verb not in _METHODS:
        raise request_validation_error(
            "VALIDATION_FAILED", {"method": f"one of {', '.join(sorted(_METHODS))}"}
        )
    if retry not in (None, "read", "keyed", "cancel", "create"):
        raise request_validation_error(
            "VALIDATION_FAILED", {"retry": "one of read, keyed, cancel, create"}
        )
    if not isinstance(path, str) or not path.startswith("/") or "://" in path or "?" in path:
        raise request_validation_error(
            "VALIDATION_FAILED", {"path": "an API path such as /secure/trades (query in params=)"}
        )
    operation = Operation(
        operation_id=f"raw {verb} {path}",
        method=verb,
        path=path,
        tag="raw",
        module="",
        envelope_module="",
        envelope="",
        success_status=200,
        retry=retry or ("read" if verb == "GET" else "create"),
        timeout=None,
        security="api_key",
        bearer_alternative=False,
        body_schema=None,
        body_required=False,
        params=(),
        params_model=None,
        reconcile=False,
        key=None,
        body_objects=(),
        pagination=None,
        statuses=(),
    )
    return Call(operation, dict(params or {}), json, auth, options)


class RawResource:
    """Send any request to the API as this scope (``ap.raw`` / ``user.raw``)."""

    __slots__ = ("_requester",)

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        retry: RetryClassName | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """``method path`` with ``params`` in the query and ``json`` as the body; the ``data``."""
        options = CallOptions(timeout, max_retries, extra_headers)
        auth = self._requester.scope_auth
        call = raw_call(method, path, params, json, auth, options, retry)
        return self._requester.run_call(call)

    def get(self, path: str, **kwargs: Any) -> Any:
        """``GET path`` (keywords as for :meth:`request`)."""
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        """``POST path`` (keywords as for :meth:`request`)."""
        return self.request("POST", path, **kwargs)


class AsyncRawResource:
    """``raw`` of the async client."""

    __slots__ = ("_requester",)

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        retry: RetryClassName | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """``method path`` with ``params`` in the query and ``json`` as the body; the ``data``."""
        options = CallOptions(timeout, max_retries, extra_headers)
        auth = self._requester.scope_auth
        call = raw_call(method, path, params, json, auth, options, retry)
        return await self._requester.run_call(call)

    async def get(self, path: str, **kwargs: Any) -> Any:
        """``GET path`` (keywords as for :meth:`request`)."""
        return await self.request("GET", path, **kwargs)

    async def post(self, path: str, **kwargs: Any) -> Any:
        """``POST path`` (keywords as for :meth:`request`)."""
        return await self.request("POST", path, **kwargs)


__all__ = ["AsyncRawResource", "RawResource", "raw_call"]
