"""The terminal closed (SIGHUP) stops a run as SIGTERM does: its report written, its workers stopped
(session 19, reliab19b)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from test_batch import replicate_samples, stopped_after_outputs


def _hung_up_run(tmp_path: Path, ignored: bool, executor: str = "local"
                 ) -> tuple[subprocess.Popen[bytes], bytes, Path]:
    """A run of 2 workers sent SIGHUP, as a closing terminal sends it: to every process of the job."""
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    replicate_samples(src, 40)
    handler = signal.SIG_IGN if ignored else signal.SIG_DFL  # nohup starts it ignored
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "2",
                            "--executor", executor, "--report", str(report)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGHUP, handler))
    err = stopped_after_outputs(run, out, lambda: os.killpg(run.pid, signal.SIGHUP), timeout=60)
    return run, err, report


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_a_hangup_stops_the_run_with_its_report_written(tmp_path, executor):
    # Before: the command and its workers died of it at once: exit -1 (killed), no report, not a word.
    if executor == "dask":
        pytest.importorskip("distributed")
    run, err, report = _hung_up_run(tmp_path, ignored=False, executor=executor)
    assert run.returncode == 128 + signal.SIGHUP, err
    # One line: multiprocessing's resource tracker (Dask's) died of it too, and printed a traceback a resource.
    [said] = err.decode().splitlines()
    assert said.startswith("error: stopped by SIGHUP: "), err
    assert "stopped by SIGHUP" in json.loads(report.read_text())["stopped"]


def test_a_hangup_under_nohup_stops_nothing(tmp_path):
    run, err, report = _hung_up_run(tmp_path, ignored=True)
    assert run.returncode == 0, err
    assert json.loads(report.read_text())["stopped"] is None
