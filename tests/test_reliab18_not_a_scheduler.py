"""`--scheduler` at a port where something else listens is a usage error in one line, within the connect
timeout. Before: a service that does not speak first (an HTTP server) held the run for ever (distributed reads
the handshake without a timeout), and one that speaks something else (SSH) made distributed allocate exabytes
for the frame it took its bytes for: a MemoryError traceback, exit 1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from helpers import ROOT, run_cli

pytestmark = pytest.mark.xdist_group("dask")


@pytest.fixture(params=["silent", "speaks-first"])
def not_a_scheduler(request: pytest.FixtureRequest) -> Iterator[str]:
    """The address of a port that accepts connections and either says nothing or says something not Dask's."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # closed: the test is over
                return
            held.append(connection)
            if request.param == "speaks-first":
                connection.sendall(b"SSH-2.0-OpenSSH_9.6\r\n" + b"x" * 100)

    threading.Thread(target=serve, daemon=True).start()
    yield f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()
    for connection in held:
        connection.close()


def test_a_scheduler_address_where_no_dask_scheduler_answers_is_a_usage_error(tmp_path, not_a_scheduler):
    pytest.importorskip("distributed")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A page.\n\nIts text.\n", encoding="utf-8")
    # A process of its own, with a timeout: before, the run never ended.
    result = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "in"), "-o",
                             str(tmp_path / "out"), "--executor", "dask", "--scheduler", not_a_scheduler],
                            capture_output=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2, result.stderr
    [*_, said] = result.stderr.decode().splitlines()
    assert said.startswith(f"Error: cannot reach Dask scheduler {not_a_scheduler}: ")


@pytest.mark.parametrize("address", ["foo", "ucx://127.0.0.1:9", ""])
def test_a_scheduler_address_that_is_none_is_a_usage_error(tmp_path, address):
    # Before: a ValueError or TypeError traceback out of distributed (no port; a protocol it cannot use);
    # an empty one (an unset variable) started a local cluster, in silence.
    pytest.importorskip("distributed")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A page.\n\nIts text.\n", encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--executor", "dask",
                     "--scheduler", address)
    assert result.returncode == 2
    assert "address" in result.stderr.decode().splitlines()[-1]
    assert not (tmp_path / "out").exists()
