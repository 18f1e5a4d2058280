"""A newcomer's first run: the README's Quickstart against `make sandbox`, twice; a busy port.

The sandbox is started the way `make sandbox` starts it (``python -m assetpay_sandbox``, no
callback URL, a database file that persists between runs), on a free port instead of 8787 so
parallel test workers never collide; that address is the only change made to the Quickstart.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetpay_sandbox.__main__ import listening_socket

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
BANNER = re.compile(r"AssetPay sandbox on (http://127\.0\.0\.1:\d+)")
SANDBOX_URL = "http://127.0.0.1:8787"


def quickstart() -> str:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1
    return str(blocks[0])


@contextlib.contextmanager
def sandbox_command(*args: str) -> Iterator[tuple[str, str]]:
    """``python -m assetpay_sandbox *args`` running; yields its banner and the URL it names."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "assetpay_sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        found = BANNER.search(banner)
        assert found, banner + (process.stderr.read() if process.stderr else "")
        yield banner, found[1]
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.slow
def test_the_quickstart_runs_as_written_twice_against_the_sandbox(tmp_path: Path) -> None:
    source = quickstart()
    assert SANDBOX_URL in source
    db = tmp_path / "sandbox.db"  # a file, like make sandbox's .sandbox/sandbox.db
    with sandbox_command("--port", "0", "--db", str(db)) as (banner, url):
        assert "approval=auto" in banner
        outputs = []
        for _ in range(2):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(source.replace(SANDBOX_URL, url), "Quickstart", "exec"), {})  # noqa: S102 - our README
            outputs.append(out.getvalue().splitlines())
    for lines in outputs:
        assert len(lines) == 2, lines
        float(lines[0])  # the balance
        trade_id, status = lines[1].split()
        assert len(trade_id) == 36  # a UUID
        assert status == "initiated"
    assert float(outputs[1][0]) < float(outputs[0][0])  # the first withdrawal was charged
    assert outputs[0][1] != outputs[1][1]  # two trades


@pytest.mark.slow
def test_the_sandbox_refuses_a_busy_port_before_printing_anything(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "assetpay_sandbox", "--port", str(port), "--db", ":memory:"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "approval"),
    [
        ((), "auto"),
        (("--callback-url", "http://127.0.0.1:9/cb"), "callback"),
        (("--callback-url", "http://127.0.0.1:9/cb", "--approval", "auto"), "auto"),
        (("--approval", "callback"), "callback"),
    ],
)
def test_the_sandbox_command_approves_by_itself_unless_a_callback_url_is_set(
    args: tuple[str, ...], approval: str
) -> None:
    with sandbox_command("--port", "0", "--db", ":memory:", *args) as (banner, _):
        assert f"approval={approval}" in banner


def test_the_command_line_sandbox_answers_without_a_delayed_ack_stall() -> None:
    """`make sandbox` serves on a socket it binds itself (uvicorn's ``sockets=``); asyncio sets
    TCP_NODELAY on accepted connections only when the listening socket says it is TCP. Without it
    every answer on a kept-alive connection waited for the client's delayed ACK (44 ms measured
    against 0.7 ms), since uvicorn writes the head and the body of an answer separately."""

    async def accepted_nodelay() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def connected(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        sock = listening_socket("127.0.0.1", 0)
        server = await asyncio.start_server(connected, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection(*sock.getsockname())
            try:
                return await asyncio.wait_for(accepted, 10)
            finally:
                writer.close()

    assert asyncio.run(accepted_nodelay()) == 1
