"""Servers on 127.0.0.1 that misbehave on purpose (threads of the test's process), for the tests
of what the client makes of each failure: ``raw_server(behaviour)`` reads each request, records
it, then does ``behaviour``; ``closed_port()`` is a port nothing listens on."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

OK = (
    b'{"success": true, "data": {"balance": 1.0, "pendingBalance": 0, "escrowBalance": 0, '
    b'"currency": "USD"}}'
)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Seen:
    """What a raw server received: each request's head and body, in order."""

    def __init__(self) -> None:
        self.requests: list[tuple[bytes, bytes]] = []
        self.lock = threading.Lock()


def read_request(conn: socket.socket) -> tuple[bytes, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
        if name.strip().lower() == b"transfer-encoding" and value.strip() == b"chunked":
            return head, read_chunks(conn, body)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def read_chunks(conn: socket.socket, data: bytes) -> bytes:
    """A chunked body, decoded."""
    while not data.endswith(b"0\r\n\r\n"):
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    body = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line, 16)
        if not size:
            break
        body, data = body + data[:size], data[size + 2 :]
    return body


def answer(body: bytes, *extra: bytes) -> bytes:
    head = [b"HTTP/1.1 200 OK", b"content-type: application/json", *extra]
    head.append(b"content-length: %d" % len(body))
    return b"\r\n".join(head) + b"\r\n\r\n" + body


BEHAVIOURS: dict[str, Callable[[socket.socket], None]] = {
    "answers": lambda conn: conn.sendall(answer(OK)),
    "hangs up": lambda conn: None,
    "stays silent": lambda conn: time.sleep(3),
    "resets": lambda conn: conn.setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
    ),
    "answers garbage": lambda conn: conn.sendall(b"HELLO THERE\r\n\r\n"),
    "breaks off the body": lambda conn: conn.sendall(answer(OK)[:-20]),
}


ANSWERING = ("answers", "sets a cookie")


@contextmanager
def raw_server(behaviour: str) -> Iterator[tuple[str, Seen]]:
    """A server on 127.0.0.1 that reads each request and then does ``behaviour``."""
    seen = Seen()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                while (request := read_request(conn)) is not None:
                    with seen.lock:
                        seen.requests.append(request)
                    BEHAVIOURS[behaviour](conn)
                    if behaviour not in ANSWERING:
                        return
            except OSError:
                return

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", seen
    finally:
        stop.set()
        thread.join(5)
        listener.close()
