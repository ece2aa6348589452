"""Hostile but realistic inputs found by a tenth probe: each failed before its fix."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest


STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _corpus(path: Path, records: int) -> None:
    with path.open("w", encoding="utf-8") as corpus:
        for number in range(records):
            corpus.write(json.dumps({"id": f"r{number}", "text": f"Page {number}.\n{STORY * 3}"}) + "\n")


def _stopped_mid_way(args: list[str], stop: int, watched: str) -> tuple[int, str]:
    """Run `cleaner clean ARGS -v`, stop it by ``stop`` once it has cleaned a record (said on stderr, or
    written to stdout when ``watched`` is "stdout"); its exit status and its last line on stderr."""
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", *args, "-v", "--jobs", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    stream: IO[bytes] | None = run.stdout if watched == "stdout" else run.stderr
    assert stream is not None
    stream.readline()
    run.send_signal(stop)
    out, err = run.communicate(timeout=60)
    return run.returncode, err.decode().splitlines()[-1]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_corpus_run_stopped_by_a_signal_names_what_it_did_not_write(tmp_path: Path, stop: int) -> None:
    # Before: each said "stopped by SIGINT: no output is left half-written", and so did the report: a
    # records file was not written at all (nor named), and stdout and the folder held part of the records,
    # which looked whole.
    corpus = tmp_path / "pages.jsonl"
    _corpus(corpus, 5000)
    name = signal.Signals(stop).name
    records, report = tmp_path / "out" / "cleaned.jsonl", tmp_path / "report.json"
    status, said = _stopped_mid_way([str(corpus), "-o", str(records), "--report", str(report)], stop, "stderr")
    assert (status, said) == (128 + stop, f"error: stopped by {name}: {records} not written")
    assert json.loads(report.read_text(encoding="utf-8"))["stopped"] == f"stopped by {name}: {records} not written"
    assert list(records.parent.iterdir()) == [], "nor its temporary"
    # One there from before stays as it was, and is said to.
    records.write_text("{}\n", encoding="utf-8")
    status, said = _stopped_mid_way([str(corpus), "-o", str(records)], stop, "stderr")
    assert said == f"error: stopped by {name}: {records} not written (the file there is left as it was)"
    assert records.read_text(encoding="utf-8") == "{}\n"

    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(corpus), "-o", "-", "--jobs", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None
    first = run.stdout.readline()
    run.send_signal(stop)
    rest, err = run.communicate(timeout=60)
    lines = (first + rest).decode().splitlines()
    assert 0 < len(lines) < 5000
    said = err.decode().splitlines()[-1]
    assert said == f"error: stopped by {name}: stdout holds the first {len(lines)} record(s) only"

    folder = tmp_path / "bodies"
    status, said = _stopped_mid_way([str(corpus), "--format", "text", "-o", str(folder)], stop, "stderr")
    files = sorted(path.name for path in folder.iterdir())
    assert 0 < len(files) < 5000
    assert said == (f"error: stopped by {name}: {folder} holds the files of the first {len(files)} record(s) only, "
                    "none half-written")
    assert files == sorted(f"r{number}.txt" for number in range(len(files)))
