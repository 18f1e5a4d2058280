"""``Secret``: a credential held so that nothing which prints objects can show it.

The API key, the API secret and client tokens are kept in ``Secret`` objects from the moment the
client receives them. Their ``repr``/``str`` are masked, so logs, ``repr()`` of clients and the
local variables an error tracker records with a traceback show ``Secret('***')``; the value is
read only where it is used (an ``httpx.Auth`` writing the header, the HMAC of a token).
"""

from __future__ import annotations

from collections.abc import Generator

import httpx


class Secret:
    """A string that is never shown: ``reveal()`` returns it, every other view is masked."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The value itself, for the one place that has to send or sign with it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


class SecretHeader(httpx.Auth):
    """Adds one credential header (``api-key: ...``, ``Authorization: Bearer ...``) to a request.

    The header is written inside httpx's auth flow, so the call's own frames hold this object
    (masked) rather than the plain value.
    """

    def __init__(self, name: str, secret: Secret, *, prefix: str = "") -> None:
        self.name = name
        self.secret = secret
        self._prefix = prefix

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.name] = self._prefix + self.secret.reveal()
        yield request

    def __repr__(self) -> str:
        return f"SecretHeader({self.name!r}, {self.secret!r})"


__all__ = ["Secret", "SecretHeader"]
