"""A Dask run stopped by SIGTERM counts every output its workers wrote, and its workers write no more
(before: the outcomes of the tasks in flight were dropped, "cleaned 0" with 64 outputs on disk)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from helpers import interruptible, local_cluster, run_cli, wait_until
from test_drain13 import STORY, pages
from test_reliab14_stops import assert_counted, stopped_run

pytestmark = pytest.mark.xdist_group("dask")


@pytest.fixture(scope="module")
def scheduler():
    with local_cluster() as cluster:
        yield cluster.scheduler_address


def test_a_stopped_dask_run_counts_what_its_workers_wrote_and_they_write_no_more(tmp_path, scheduler):
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    texts = pages(src, 600)
    code, err = stopped_run(src, out, report, "--executor", "dask", "--scheduler", scheduler, outputs=20)
    assert code == 143, err
    files = assert_counted(out, report, texts)
    assert 20 <= files["cleaned"] < len(texts)
    # What a task still on the cluster would write: once its workers hold no task at all (one still running,
    # cancelled, too), not 1 s of the clock later, which a loaded machine's task could take to write its next output.
    from distributed import Client

    with Client(scheduler) as client:
        wait_until(lambda: not any(client.run(_tasks_held).values()))
    assert len(list(out.glob("*.txt"))) == files["cleaned"]


def _tasks_held(dask_worker) -> int:
    return len(dask_worker.state.tasks)


def test_jobs_sizes_the_local_dask_cluster():
    pytest.importorskip("distributed")
    from cleaner.executors import DaskExecutor, open_executor

    run = open_executor("dask", 1)
    try:
        assert isinstance(run, DaskExecutor)
        assert list(run.client.nthreads().values()) == [1]  # before: one worker per core, --jobs unheard
    finally:
        run.close()


def test_jobs_with_a_running_dask_cluster_is_a_usage_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Story.\n\n{STORY}\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--executor", "dask",
                  "--scheduler", "tcp://127.0.0.1:9", "--jobs", "4")
    assert ran.returncode == 2  # before: --jobs 4 said nothing, and the cluster's workers did the work
    assert "--jobs applies to the workers started here, not to those of a running Dask cluster" in ran.stderr.decode()
    assert not (tmp_path / "out").exists()


def test_ctrl_c_at_a_terminal_stops_a_local_dask_run_with_its_outputs_counted(tmp_path):
    pytest.importorskip("distributed")
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    texts = pages(src, 300)
    # A terminal's Ctrl-C: SIGINT to every process of the command's group, the local cluster's workers too.
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--report",
                            str(report), "--executor", "dask", "--jobs", "1"], stderr=subprocess.PIPE,
                           start_new_session=True, preexec_fn=interruptible)
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.txt"))) < 20 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    os.killpg(run.pid, signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    files = assert_counted(out, report, texts)  # before: 0 cleaned, 128 failed "stopped", 64 written
    assert files["failed"] == 0
