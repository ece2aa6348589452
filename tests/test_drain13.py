"""A run of worker processes that stops (SIGTERM, SIGINT, a full disk) counts every output its workers wrote:
before, the outcomes received but not yet counted were dropped, and the workers killed as they wrote, so the
report said "cleaned 69" of 71 outputs on disk."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import Cleaner
from helpers import interruptible, run_cli, small_file_system, wait_for_cpu_of_a_child

STORY = ("The council voted on Tuesday to approve the new budget for schools, parks and public transport, "
         "officials said after a long debate that ran late into the evening.")


def pages(folder: Path, count: int) -> dict[str, str]:
    """``count`` small pages in ``folder``: {name: text}."""
    folder.mkdir()
    texts = {f"{n:04}.txt": f"Page {n}.\n\n{STORY}\n" for n in range(count)}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return texts


def outputs(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_run_counts_every_output_its_workers_wrote_and_resumes_to_the_whole(tmp_path, stop):
    texts = pages(tmp_path / "in", 2000)
    out, report = tmp_path / "out", tmp_path / "report.json"
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "in"), "-o", str(out),
                            "--jobs", "2", "--report", str(report)], stderr=subprocess.PIPE,
                           preexec_fn=interruptible)
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.txt"))) < 50 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    run.send_signal(stop)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 128 + stop, err
    written = outputs(out)
    assert 0 < len(written) < len(texts), "stopped mid-run"
    cleaner = Cleaner()
    assert all(text == cleaner.clean(texts[name]) for name, text in written.items()), "none half-written"
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert (files["cleaned"], files["failed"]) == (len(written), 0)  # before: 49 of 50, 69 of 71

    resumed = run_cli("clean", str(tmp_path / "in"), "-o", str(out), "--jobs", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(written)} up to date" in resumed.stderr.decode()
    assert outputs(out) == {name: cleaner.clean(text) for name, text in texts.items()}


def test_a_disk_that_fills_under_two_workers_counts_the_outputs_the_other_wrote(tmp_path):
    with small_file_system(tmp_path / "small", "64k") as small:
        pages(tmp_path / "in", 200)
        report = tmp_path / "report.json"
        ran = run_cli("clean", str(tmp_path / "in"), "-o", str(small / "out"), "--jobs", "2", "--report", str(report))
        assert ran.returncode == 1
        errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and errors[0].endswith("No space left on device: the run stops"), errors
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
        written = outputs(small / "out")
        assert files["cleaned"] == len(written) > 0  # before: 6 of 15 (the other worker's, after the full one)


def test_a_page_still_being_cleaned_when_the_stop_has_waited_enough_is_named(tmp_path):
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    texts = pages(src, 30)
    # Last in walk order and slow (distinct lines: nothing is cached): the page a worker is on at the stop.
    (src / "zz_big.txt").write_text("\n\n".join(f"{STORY} Line {n}, number {n * 7919}." for n in range(12000)),
                                    encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "2",
                            "--report", str(report)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(out.glob("0*.txt"))) < len(texts) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    # Stopped once a worker has used CPU time on the big page, the only work left: its worker may not have begun
    # it when the last small output appears (it writes it, reports it, then looks for a stop before the next
    # page); stopped then, the page is never begun, so neither cleaned nor failed. 0.5 s of the clock later
    # was not enough on a machine loaded so that the worker did not run meanwhile.
    wait_for_cpu_of_a_child(run, 0.3)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 143, err
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    if (out / "zz_big.txt").exists():  # it was done within executors.STOP_SECONDS: counted
        assert (files["cleaned"], files["failed"]) == (31, 0)
    else:
        assert (files["cleaned"], files["failed"]) == (30, 1)
        said = "the worker process cleaning it was stopped with the run (any output it has is whole)"
        assert f"error: {src / 'zz_big.txt'}: {said}" in err.decode().splitlines()
