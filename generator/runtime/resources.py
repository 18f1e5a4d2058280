"""What the generated resource classes stand on: the requester they call, and their bases.

Copied by ``make client`` into ``assetpay_resources/_runtime.py``. The generated resources know
the operation (its id, its parameters by wire name, its Python signature) and nothing else; a
requester -- the ``assetpay`` client's call flow -- does the rest: validation, auth, retries,
errors, reconcile, pagination. Nothing here imports the ``assetpay`` package, so the generated
code depends only on itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class PageLike(Protocol[T_co]):
    """One fetched page: its rows and the position of the next page (None at the end)."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next(self) -> object | None: ...


class Pages(Protocol[T_co]):
    """The rows of every page of a list, fetched lazily as ``for`` goes on."""

    def __iter__(self) -> Iterator[T_co]: ...

    def pages(self) -> Iterator[PageLike[T_co]]: ...


class AsyncPages(Protocol[T_co]):
    """The rows of every page of a list, fetched lazily as ``async for`` goes on."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    def pages(self) -> AsyncIterator[PageLike[T_co]]: ...


class Requester(Protocol):
    """Sends one operation: ``params`` and ``body`` are keyed by wire name, None = not sent."""

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
    ) -> Any: ...

    def pages(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Pages[Any]: ...


class AsyncRequester(Protocol):
    """The ``async`` twin of :class:`Requester`."""

    async def call(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None,
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        reconcile: bool | None = None,
    ) -> Any: ...

    def pages(
        self,
        operation_id: str,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPages[Any]: ...


class SyncResource:
    """Base of the generated synchronous resources."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource:
    """Base of the generated asynchronous resources."""

    __slots__ = ("_requester",)

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


__all__ = [
    "AsyncPages",
    "AsyncRequester",
    "AsyncResource",
    "PageLike",
    "Pages",
    "Requester",
    "SyncResource",
]
