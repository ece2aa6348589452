"""A stop (SIGTERM, SIGINT) and a full disk in one run: the stop is the user's, so the run exits with its status
(143, 130) whatever came first, and the full disk is still said, counted and in the report, with every output
the workers wrote; the same with one process, worker processes or a Dask cluster. Before: exit 1, the stop lost
(taken while the run waited for its workers after the full disk, or kept while the full disk was counted, or
the full disk counted while the run waited after the stop, which dropped the outcomes still to come).

The stop is sent on a line the run prints (a failure, the full disk), not after a guessed time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cleaner import executors
from cleaner.batch import Job, RunStopped
from cleaner.executors import SerialExecutor, finished
from cleaner.run import Outcome, RunOptions
from helpers import local_cluster, small_file_system, wait_for_cpu_of_a_child
from test_drain13 import STORY, pages
from test_reliab14_stops import stopped_run

FULL = "No space left on device"


def slow_page(lines: int) -> str:
    """A page that takes a while to clean (distinct lines: nothing is cached). Some 20,000 lines a second with the
    cache folder warm: at 6,000 a worker finished the page before the stop came, and the test failed, where the
    cache folder was warm (a cold one added the patterns' compiling)."""
    return "\n\n".join(f"{STORY} Line {n}, number {n * 7919}." for n in range(lines))


@contextmanager
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """An output folder's path on a file system with room for the run's record (`.cleaner-run`) and no output."""
    with small_file_system(tmp_path / "small", "64k") as small:
        with (small / "filler").open("wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"x" * 4096)
            except OSError:
                pass
            filler.truncate(filler.tell() - 4096)  # one block free: the run's record
        yield small / "out"


def stopped_on(line_end: str, src: Path, out: Path, report: Path, *options: str,
               then: Callable[[subprocess.Popen[str]], None] | None = None) -> tuple[int, list[str]]:
    """`cleaner clean src -o out` sent SIGTERM as it prints an error line ending with ``line_end`` (once ``then``,
    given the run's process, returns): its exit status and stderr lines."""
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--report",
                            str(report), *options], stderr=subprocess.PIPE, text=True)
    assert run.stderr is not None
    lines = []
    for line in run.stderr:
        lines.append(line.rstrip("\n"))
        if line.startswith("error:") and line.rstrip("\n").endswith(line_end):
            if then is not None:
                then(run)
            run.send_signal(signal.SIGTERM)
            break
    lines += run.stderr.read().splitlines()
    return run.wait(timeout=60), lines


def assert_both_said(code: int, lines: list[str], report: Path) -> dict:
    """Exit 143; the last error line says what ended the run, as the report does: the stop, and the full disk
    first if the run met it, said as it came too (once, on its own); no output."""
    assert code == 143, lines
    written = json.loads(report.read_text(encoding="utf-8"))
    errors = [line for line in lines if line.startswith("error:")]
    assert errors[-1] == f"error: {written['stopped']}", lines
    out = report.parent / "small" / "out"
    assert written["stopped"].endswith(f"stopped by SIGTERM: the inputs not cleaned before it have no output in {out} "
                                       "(--resume cleans them), none is half-written")
    if any(reason.endswith(FULL) for reason in written["failure_reasons"]):
        full = [line for line in lines if line.endswith(f"{FULL}: the run stops")]
        assert len(full) == 1, lines
        assert written["stopped"].startswith(full[0].removeprefix("error: ") + "; stopped by SIGTERM")
    assert written["files"]["cleaned"] == 0
    return written


def test_a_full_disk_met_while_a_stop_waits_for_the_pages_being_cleaned_exits_with_the_stop(tmp_path):
    src, report = tmp_path / "in", tmp_path / "report.json"
    src.mkdir()
    (src / "0000_empty.txt").write_text("", encoding="utf-8")  # its failure is the cue: the next page is begun
    # Cleaned for a while after the cue (~2 s alone), and its output met the full disk, or was stopped at 5 s.
    (src / "0001_slow.txt").write_text(slow_page(40000), encoding="utf-8")
    for n in range(2, 10):
        (src / f"{n:04}.txt").write_text(f"Page {n}.\n\n{STORY}\n", encoding="utf-8")
    with full_disk(tmp_path) as out:
        # The stop waits until a worker has cleaned for a while: on a loaded machine the other worker may still be
        # starting when the empty page fails, and a page not begun is not a failure of the run.
        code, lines = stopped_on("empty input", src, out, report, "--jobs", "2",
                                 then=lambda run: wait_for_cpu_of_a_child(run, 0.5))
        written = assert_both_said(code, lines, report)  # before: exit 1
    slow = str(src / "0001_slow.txt")
    said = {failure["source"]: failure["reason"] for failure in written["failures"]}
    # before: the outcomes after the first full one, yielded as the stop waited, were dropped
    assert said[slow].endswith(FULL) or "stopped with the run" in said[slow], said
    assert written["files"]["failed"] == len(said) >= 2


class Stopped(BaseException):
    """What the command's SIGTERM handler raises (cli._Stopped), here."""


def stop_while_cleaned(options: RunOptions, job: Job) -> Outcome:
    """A page whose output the disk cannot hold, stopped (SIGTERM) while it is cleaned."""
    os.kill(os.getpid(), signal.SIGTERM)
    return RunStopped(str(job.source), error=f"{job.source}: not written: {FULL}")


def test_one_process_raises_a_stop_kept_while_its_page_was_cleaned_over_the_full_disk_it_met(tmp_path):
    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        outcomes = SerialExecutor().map(stop_while_cleaned, RunOptions(), [Job(tmp_path / "a.txt", Path("a.txt"))])
        assert isinstance(next(outcomes), RunStopped)  # its stop kept: the page was being cleaned
        full = OSError(FULL)
        with pytest.raises(Stopped) as raised:  # before: nothing raised, the stop dropped with the map
            list(finished(outcomes, full))
        assert raised.value.__context__ is full
    finally:
        signal.signal(signal.SIGTERM, previous)


def stopped_and_slow(options: RunOptions, job: Job) -> Outcome:
    """A page stopped (SIGTERM) while it is cleaned, and cleaned longer than the stop waits for it."""
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(10)  # past executors.STOP_SECONDS (a tenth of a second here): the stop is raised in it
    raise AssertionError("not stopped")


def test_one_process_raises_a_stop_that_ended_its_page_when_the_pages_failure_met_a_full_disk(tmp_path, monkeypatch):
    # A page that outlasts the stop's wait (a loaded machine's), failed as stopped: its failure, a record in a
    # records file, meets the full disk. Before: that full disk, thrown in as the failure was yielded, replaced the
    # stop, which was lost: `cleaner clean corpus.jsonl -o out.jsonl` stopped so exited 1, not a word of the stop.
    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    monkeypatch.setattr(executors, "STOP_SECONDS", 0.1)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        outcomes = SerialExecutor().map(stopped_and_slow, RunOptions(), [Job(tmp_path / "a.txt", Path("a.txt"))])
        assert "stopped with the run" in (next(outcomes).error or "")
        with pytest.raises(Stopped):  # before: nothing raised, the stop dropped with the map
            list(finished(outcomes, OSError(FULL)))
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(scope="module")
def cluster():
    with local_cluster() as cluster:
        yield cluster


def events(cluster) -> list[str]:
    """The names of the Dask Events its scheduler keeps."""
    return [str(name) for name in cluster.scheduler.extensions["events"]._events]


@pytest.mark.xdist_group("dask")
def test_a_long_lived_dask_scheduler_keeps_no_event_of_the_runs_it_served(tmp_path, cluster):
    src = tmp_path / "in"
    pages(src, 200)
    code, err = stopped_run(src, tmp_path / "out", tmp_path / "report.json", "--executor", "dask", "--scheduler",
                            cluster.scheduler_address, outputs=10)
    assert code == 143, err
    assert events(cluster) == []  # before: the stopped run's, set
    pages(tmp_path / "few", 2)
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "few"), "-o", str(tmp_path / "o2"),
                          "--executor", "dask", "--scheduler", cluster.scheduler_address], capture_output=True)
    assert ran.returncode == 0, ran.stderr
    assert events(cluster) == []


@pytest.mark.xdist_group("dask")
def test_a_stop_while_a_full_disk_run_waits_for_its_workers_exits_with_the_stop(tmp_path, cluster):
    src, report = tmp_path / "in", tmp_path / "report.json"
    src.mkdir()
    for n in range(32):  # the first task's (executors.DaskExecutor.BATCH): all fail on the full disk
        (src / f"{n:04}.txt").write_text(f"Page {n}.\n\n{STORY}\n", encoding="utf-8")
    (src / "zz_slow.txt").write_text(slow_page(40000), encoding="utf-8")  # the second's, running at the cue (~2 s)
    with full_disk(tmp_path) as out:
        code, lines = stopped_on(f"{FULL}: the run stops", src, out, report, "--executor", "dask",
                                 "--scheduler", cluster.scheduler_address)
        assert_both_said(code, lines, report)  # before: exit 1, the full disk said only once the run ended
    assert events(cluster) == []
