"""A Dask run whose scheduler dies stops by name, with exit 1 and its report, rather than waiting for ever for
the tasks its client was given while it reconnected in vain (before: the run hung until killed)."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from helpers import wait_until
from test_drain13 import pages

pytestmark = pytest.mark.xdist_group("dask")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _started(*command: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _scheduler(port: int) -> subprocess.Popen[bytes]:
    """A Dask scheduler on ``port``, returned once it takes connections (or has ended): a run started before gave
    up after its 10 s of trying to reach it, which a loaded machine may take to start one ("cannot reach")."""
    scheduler = _started("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                         "--no-dashboard")
    wait_until(lambda: _takes_connections(port) or scheduler.poll() is not None, timeout=120)
    return scheduler


def _takes_connections(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


# SIGTERM: the scheduler closes its connections, then its listener (the client reconnected in between, then hung);
# SIGKILL: the client's next task went to a closed client (a traceback), or waited for ever.
@pytest.mark.parametrize("death", [signal.SIGTERM, signal.SIGKILL])
def test_a_dask_run_whose_scheduler_dies_stops_by_name_with_what_it_counted(tmp_path, death):
    pytest.importorskip("distributed")
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    pages(src, 3000)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = _scheduler(port)
    worker = _started("distributed.cli.dask_worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard")
    try:
        run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--report",
                                str(report), "--executor", "dask", "--scheduler", address], stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(list(out.glob("*.txt"))) < 20 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        scheduler.send_signal(death)
        try:
            _, err = run.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            run.kill()
            pytest.fail("the run waited for ever for its lost scheduler")
    finally:
        for process in (scheduler, worker):
            process.kill()
            process.wait()
    said = err.decode()
    assert run.returncode == 1, said
    assert "Traceback" not in said
    stopped = f"the Dask scheduler {address} was lost: the run stops"
    assert said.splitlines()[-1].startswith(f"error: {stopped}")
    # (Not asserted: no temporary file. The worker, killed above as it may be writing, can leave one, which
    # the next run into the folder deletes.)
    written = list(out.glob("*.txt"))
    counted = json.loads(report.read_text(encoding="utf-8"))
    assert counted["stopped"].startswith(stopped)
    files = counted["files"]
    # The outputs of the tasks in flight may be written, their results lost: each is named failed.
    assert files["cleaned"] <= len(written) <= files["cleaned"] + files["failed"]
    assert files["total"] == files["cleaned"] + files["failed"] < 3000


def test_a_dask_run_on_a_scheduler_without_workers_says_it_waits_for_them(tmp_path):
    pytest.importorskip("distributed")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text("A page.\n", encoding="utf-8")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = _scheduler(port)
    try:
        run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "in"), "-o",
                                str(tmp_path / "out"), "--executor", "dask", "--scheduler", address],
                               stderr=subprocess.PIPE)
        # Before: the run waited in silence. Stopped only if the line never comes: its start, on a loaded machine,
        # with an empty cache, can take a good part of 30 s.
        watchdog = threading.Timer(120, run.send_signal, [signal.SIGTERM])
        watchdog.start()
        try:
            line = run.stderr.readline().decode() if run.stderr else ""
        finally:
            watchdog.cancel()
            run.send_signal(signal.SIGTERM)
            run.communicate(timeout=60)
    finally:
        scheduler.kill()
        scheduler.wait()
    assert line == f"warning: the Dask scheduler {address} has no workers: the run waits until some join\n"
