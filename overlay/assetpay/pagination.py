"""Lazy iteration over every page of a list operation, sync (``for``) and async (``async for``).

Four page styles exist in the API, each with its own rule for "the next page":

- cursor: send the previous page's ``nextCursor`` as ``cursor``; null ends (trades);
- before: send ``nextBefore`` as ``before``; null ends (crypto deposits and withdrawals);
- page: ``page`` + ``perPage``/``limit`` with a total ``count`` (market, inventory);
- offset: ``offset`` + ``limit`` with ``pagination.totalPages`` (ledger).

Nothing is fetched until iteration starts, and iteration stops exactly at the end. A server that
hands back the same position twice raises ``InvalidResponseError`` instead of looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from assetpay.errors import InvalidResponseError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from assetpay_catalogue.operations import Operation

T = TypeVar("T")


def _present(value: object) -> bool:
    """A next-page marker that means "there is more" (not None, not UNSET, not empty)."""
    return value is not None and value != "" and type(value).__name__ != "Unset"


def next_cursor(page: Any) -> object | None:
    """Cursor pages (``TradePage``): the ``nextCursor``, or None at the end."""
    cursor = getattr(page, "next_cursor", None)
    return cursor if _present(cursor) else None


def next_before(page: Any) -> object | None:
    """Before pages (crypto lists): the ``nextBefore``, or None at the end."""
    before = getattr(page, "next_before", None)
    return before if _present(before) else None


def whole_number(value: object, what: str) -> int:
    """A page position field as an int; anything else is an unreadable answer."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidResponseError(f"the page's {what} is not a whole number", ambiguous=False)
    return value


def rows(page: object, field: str) -> list[Any]:
    """A page's rows as a list; anything else is an unreadable answer."""
    found = getattr(page, field, None)
    if not isinstance(found, list):
        raise InvalidResponseError(f"the page's {field} is not a list", ambiguous=False)
    return found


def next_page_number(page_number: int, per_page: int, count: int, received: int) -> int | None:
    """Page-numbered lists: the next page number while rows remain, else None."""
    if received == 0 or per_page <= 0 or page_number * per_page >= count:
        return None
    return page_number + 1


def next_offset(offset: int, limit: int, received: int, page: int, total_pages: int) -> int | None:
    """Offset lists (ledger): the next offset while pages remain, else None."""
    if received == 0 or page >= total_pages:
        return None
    return offset + max(received, 1) if limit <= 0 else offset + limit


def _field(data: object, dotted: str) -> object:
    """``data.<dotted>`` by wire names (``pagination.totalPages``) on a generated model."""
    value: object = data
    for part in dotted.split("."):
        attribute = _snake(part)
        if not hasattr(value, attribute):
            raise InvalidResponseError(f"the page has no {dotted}", ambiguous=False)
        value = getattr(value, attribute)
    return value


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def page_of(operation: Operation, data: object, params: Mapping[str, Any]) -> Page[Any]:
    """The rows of one answer of a paginated operation, and where the next page is, following
    its ``x-pagination`` (``operation.pagination``); ``params`` are the ones that fetched it."""
    rule = operation.pagination
    if rule is None:
        raise TypeError(f"{operation.operation_id} is not paginated")
    found = rows(data, _snake(rule.items))
    if rule.style in ("cursor", "before"):
        assert rule.next is not None
        following = _field(data, rule.next)
        return Page(found, following if _present(following) else None)
    size = params.get(rule.size) if rule.size else None
    if size is None:
        size = rule.size_default
    if rule.style == "page":
        assert rule.count_field is not None
        count = whole_number(_field(data, rule.count_field), rule.count_field)
        page = params.get(rule.param) or 1
        return Page(found, next_page_number(page, size or 0, count, len(found)))
    assert rule.pages is not None
    assert rule.current is not None
    current = whole_number(_field(data, rule.current), rule.current)
    total_pages = whole_number(_field(data, rule.pages), rule.pages)
    offset = params.get(rule.param) or 0
    return Page(found, next_offset(offset, size or 0, len(found), current, total_pages))


@dataclass(frozen=True)
class Page(Generic[T]):
    """One fetched page: its rows and the position of the next page (None at the end)."""

    items: list[T]
    next: object | None


class Pager(Generic[T]):
    """Iterates rows page by page; ``fetch(position)`` returns a :class:`Page`."""

    def __init__(self, fetch: Callable[[object | None], Page[T]]) -> None:
        self._fetch = fetch

    def __iter__(self) -> Iterator[T]:
        position: object | None = None
        seen: set[str] = set()
        while True:
            page = self._fetch(position)
            yield from page.items
            if page.next is None:
                return
            _check_progress(seen, page.next)
            position = page.next

    def pages(self) -> Iterator[Page[T]]:
        """The pages themselves, lazily."""
        position: object | None = None
        seen: set[str] = set()
        while True:
            page = self._fetch(position)
            yield page
            if page.next is None:
                return
            _check_progress(seen, page.next)
            position = page.next


class AsyncPager(Generic[T]):
    """The ``async for`` twin of :class:`Pager`."""

    def __init__(self, fetch: Callable[[object | None], Awaitable[Page[T]]]) -> None:
        self._fetch = fetch

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        position: object | None = None
        seen: set[str] = set()
        while True:
            page = await self._fetch(position)
            yield page
            if page.next is None:
                return
            _check_progress(seen, page.next)
            position = page.next


def _check_progress(seen: set[str], position: object) -> None:
    key = repr(position)
    if key in seen:
        raise InvalidResponseError(
            f"pagination did not advance (position {key[:80]} came back twice)", ambiguous=False
        )
    seen.add(key)


__all__ = [
    "AsyncPager",
    "Page",
    "Pager",
    "next_before",
    "next_cursor",
    "next_offset",
    "next_page_number",
    "page_of",
    "rows",
    "whole_number",
]
