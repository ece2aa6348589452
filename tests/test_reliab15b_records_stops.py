"""A stop (SIGTERM) and a full disk met by a run writing records (a JSONL file, or a corpus's records into a folder
of files): the run exits with the stop's status, 143, and the full disk is said as it comes and is in the report,
as for a folder of pages (tests/test_reliab15_stops.py). Before: the run closed its map at the full disk instead
of winding it down, and a stop the map kept while the page was cleaned, to be raised once its record was counted,
was dropped with it: exit 1, the stop not said.

The stop is sent on what the run does, not after a guessed time: on the full disk's line, or, to come while a page
is cleaned, once the run has spent a fifth of a second of its own CPU time on it after the empty first input's
failure line (the page takes ~1 s alone: well within the 5 s a stop lets it have, on a loaded machine too)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpers import wait_for_cpu
from test_reliab15_stops import FULL, full_disk, slow_page, stopped_on

LAYOUTS = ["pages into a JSONL file", "a corpus into a JSONL file", "a corpus into a folder of files"]


def inputs(tmp_path: Path, layout: str, texts: list[str]) -> Path:
    """``texts`` as pages of a folder, or as the records of a JSONL corpus, in order."""
    if layout.startswith("pages"):
        src = tmp_path / "in"
        src.mkdir()
        for n, text in enumerate(texts):
            (src / f"{n:04}.txt").write_text(text, encoding="utf-8")
        return src
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{n}", "text": text}) + "\n" for n, text in enumerate(texts)),
                   encoding="utf-8")
    return src


def cleaning(run: subprocess.Popen[str]) -> None:
    """Return once process ``run`` has spent CLEANING_CUE_SECONDS of CPU time more (it is cleaning a slow page),
    or has ended."""
    wait_for_cpu(run, CLEANING_CUE_SECONDS)


CLEANING_CUE_SECONDS = 0.2

OUTLASTED = "its cleaning was stopped with the run"
"""The failure of a page the stop waited for in vain (executors.STOP_SECONDS)."""


def stopped_over_full_disk(tmp_path: Path, layout: str, texts: list[str], cue: str, jobs: int) -> dict:
    """`cleaner clean` of ``texts`` onto a full disk, sent SIGTERM on the error line ending with ``cue`` (the
    full disk's: FULL), or, with one process, as the page after that line is cleaned (`cleaning`):
    it exits 143; the full disk is said once as it comes, and the last line, as the report's `"stopped"`, names
    it and the stop; no output, nor a temporary file, is left. The report."""
    src, report = inputs(tmp_path, layout, texts), tmp_path / "report.json"
    with full_disk(tmp_path) as folder:
        out = folder if layout.endswith("folder of files") else folder.with_suffix(".jsonl")
        code, lines = stopped_on(cue, src, out, report, "--jobs", str(jobs), *(("--format", "text") if out == folder
                                 else ()), then=cleaning if jobs == 1 else None)
        assert code == 143, lines  # before: 1 with one process
        written = json.loads(report.read_text(encoding="utf-8"))
        assert not [path.name for path in folder.parent.rglob("*.tmp")], "temporary files left"
        if any(OUTLASTED in failure["reason"] for failure in written["failures"]):
            # A machine so loaded that the page outlasted the stop's wait (5 s of the clock; it takes ~0.5 s of
            # CPU): the page failed as stopped, its record was not written, so no full disk was met.
            assert lines[-1] == f"error: {written['stopped']}" and "stopped by SIGTERM" in written["stopped"], lines
            return written
        full = [line.removeprefix("error: ") for line in lines if FULL in line]
        assert len(full) == 2 and lines[-1] == f"error: {written['stopped']}" == f"error: {full[1]}", lines
        assert full[1].startswith(f"{full[0]}; stopped by SIGTERM: "), lines
        if out != folder:
            assert not out.exists() and full[1].endswith(f"stopped by SIGTERM: {out} not written")
        else:
            assert [path.name for path in out.iterdir()] == [".cleaner-run"]
    return written


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_process_raises_a_stop_kept_while_the_page_whose_record_met_a_full_disk_was_cleaned(tmp_path, layout):
    # The stop comes as the second page is cleaned: kept until its record is written and counted, which fails.
    written = stopped_over_full_disk(tmp_path, layout, ["", slow_page(3000)], "empty input", jobs=1)
    assert written["failures"][0]["reason"] == "empty input"
    stopped = OUTLASTED in written["failures"][-1]["reason"]  # see stopped_over_full_disk
    if layout.endswith("folder of files") and not stopped:  # a record's own file: its failure names it, counted
        assert written["failures"][1]["reason"].endswith(FULL) and written["records"]["failed"] == 2


def test_worker_processes_are_waited_for_after_a_records_file_met_a_full_disk_and_a_stop_then_is_taken(tmp_path):
    # The first page's record (~30 KB) meets the full disk; the other worker is cleaning the second page (~1 s).
    stopped_over_full_disk(tmp_path, LAYOUTS[0], [slow_page(150), slow_page(3000)], FULL, jobs=2)
