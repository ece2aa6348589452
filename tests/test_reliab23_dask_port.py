"""A local Dask run says nothing of Dask's port 8787 taken by another cluster of the machine (session 23)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import ROOT, local_cluster
from test_drain13 import pages

pytestmark = pytest.mark.xdist_group("dask")


@contextlib.contextmanager
def _port_taken(port: int) -> Iterator[None]:
    """``port`` held as another cluster's scheduler holds it (already held by one: as well)."""
    holder = socket.socket()
    try:
        with contextlib.suppress(OSError):
            holder.bind(("0.0.0.0", port))
            holder.listen()
        yield
    finally:
        holder.close()


def test_a_local_dask_run_says_nothing_of_dasks_port_taken_by_another_cluster(tmp_path: Path) -> None:
    # Before: its scheduler's HTTP server asked for 8787, and Dask warned in four lines on every such run's
    # stderr ("UserWarning: Port 8787 is already in use. Perhaps you already have a cluster running?"): under
    # another session's tests, test_reliab19b_hangup's one-line check of a hung-up Dask run failed on them.
    pytest.importorskip("distributed")
    pages(tmp_path / "in", 3)
    with _port_taken(8787):
        # A process of its own, as a user's run: in the test's, the warning went to pytest's list of warnings.
        ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "in"), "-o",
                              str(tmp_path / "out"), "--executor", "dask", "--jobs", "1"], capture_output=True,
                             timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert ran.returncode == 0, ran.stderr
    assert b"already in use" not in ran.stderr, ran.stderr
    assert len(list((tmp_path / "out").glob("*.txt"))) == 3


def test_the_tests_own_local_clusters_say_nothing_of_dasks_port_taken() -> None:
    # Before (session 27): the fixtures' LocalCluster(dashboard_address=None) still put its scheduler's HTTP
    # server on 8787, and each dask test module warned "Port 8787 is already in use" under another session's.
    with _port_taken(8787), warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        with local_cluster() as cluster:
            assert len(cluster.workers) == 2
    assert not [warning for warning in said if "already in use" in str(warning.message)]
