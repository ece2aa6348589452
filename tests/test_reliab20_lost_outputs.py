"""Outputs lost after they were written, with a subfolder of the output folder deleted during the run, are
counted failed and named, and the run exits 1 (session 20, reliab20)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest

from cleaner.executors import ProcessPoolExecutor
from helpers import SAMPLES

PAGE = (SAMPLES / "input" / "000_commondreams.txt").read_text(encoding="utf-8")


def _page(number: int) -> str:
    return PAGE.replace("Monday", f"Monday, day {number},")


def _wait_for(path: Path, run: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert time.monotonic() < deadline and run.poll() is None, "no output came"
        time.sleep(0.01)


def _run_waiting_on_a_pipe(tmp_path: Path, args: list[str],
                           meanwhile: Callable[[IO[str], subprocess.Popen[bytes]], None]) -> tuple[int, str, Any]:
    """Run ``cleaner clean ARGS --report report.json`` in tmp_path, whose input pipe.txt (made here) is a pipe
    read as its turn comes: the run waits there, with the start of a page written, while ``meanwhile`` acts;
    then the page's end. Its exit status, what it said and its report."""
    os.mkfifo(tmp_path / "pipe.txt")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", *args, "--report", "report.json"],
                           stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        with (tmp_path / "pipe.txt").open("w", encoding="utf-8") as pipe:
            page = _page(100)
            pipe.write(page[:-200])  # the start the run looks at (its kind), before it cleans
            meanwhile(pipe, run)
            pipe.write(page[-200:])
        _, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    return run.returncode, stderr.decode(), json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))


A_PAGES = 2 * ProcessPoolExecutor.CHUNKSIZE
"""a's pages: as many as --jobs 2 reads before it hands them out, so that all are cleaned as the run waits on the
pipe given after them."""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_outputs_of_a_subfolder_deleted_during_the_run_are_counted_lost_by_name(tmp_path: Path, jobs: str) -> None:
    # Before: a's outputs, written into out/sub and then deleted with it, were counted as cleaned; the folder was
    # made again for b's sub/99.txt, and the run said "cleaned 18 file(s) into out", exit 0.
    for folder, number in [*(("a", number) for number in range(A_PAGES)), ("b", 99)]:
        (tmp_path / folder / "sub").mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "sub" / f"{number:02}.txt").write_text(_page(number), encoding="utf-8")
    out = tmp_path / "out"

    def delete_sub_once_a_is_cleaned(pipe: IO[str], run: subprocess.Popen[bytes]) -> None:
        pipe.flush()
        for number in range(A_PAGES):
            _wait_for(out / "sub" / f"{number:02}.txt", run)
        shutil.rmtree(out / "sub")

    returncode, said, report = _run_waiting_on_a_pipe(
        tmp_path, ["a", "pipe.txt", "b", "-o", "out", "--jobs", jobs], delete_sub_once_a_is_cleaned)
    assert returncode == 1, said
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*.txt")) == ["pipe.txt", "sub/99.txt"]
    assert report["files"] == {"total": A_PAGES + 2, "cleaned": 2, "up_to_date": 0, "failed": A_PAGES}, said
    lost = [line for line in said.splitlines() if "deleted or moved during the run" in line]
    named = [f"a/sub/{number:02}.txt" for number in range(A_PAGES)]
    assert [line.split(":", 2)[1].strip() for line in lost] == named, said
    assert all(f"{out.name}/sub" in line for line in lost), said
    assert sorted(failure["source"] for failure in report["failures"]) == named


def test_outputs_found_up_to_date_then_lost_with_their_folder_are_counted_lost(tmp_path: Path) -> None:
    # Before: --resume counted them up to date, exit 0, with the folder that held them gone.
    for number in range(3):
        (tmp_path / "a" / "sub" / "deep").mkdir(parents=True, exist_ok=True)
        (tmp_path / "a" / "sub" / "deep" / f"{number}.txt").write_text(_page(number), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "cleaner", "clean", "a", "-o", "out"], cwd=tmp_path, check=True)

    def delete_sub_once_a_is_found_up_to_date(pipe: IO[str], run: subprocess.Popen[bytes]) -> None:
        # More than the pipe holds: written once the run reads the page, a's outputs found up to date.
        pipe.write("".join(f"Line {number} of a long page about the harbour wall.\n" for number in range(8000)))
        pipe.flush()
        shutil.rmtree(tmp_path / "out" / "sub")

    returncode, said, report = _run_waiting_on_a_pipe(
        tmp_path, ["a", "pipe.txt", "-o", "out", "--resume", "--jobs", "1"], delete_sub_once_a_is_found_up_to_date)
    assert returncode == 1, said
    assert report["files"] == {"total": 4, "cleaned": 1, "up_to_date": 0, "failed": 3}, said
    assert said.count("its output went with out/sub, deleted or moved during the run") == 3, said


def test_outputs_past_the_memory_held_are_checked_from_disk_names_with_line_breaks_too(tmp_path: Path) -> None:
    from cleaner.written import SPOOL_BYTES, WrittenOutputs

    out = tmp_path / "out"
    outputs = WrittenOutputs(out)
    names = [f"folder {number // 1000}/page\n{number:05}.txt" for number in range(SPOOL_BYTES // 1000 + 100)]
    source = "in/" + "long name/" * 100  # 1,000 bytes a source: past SPOOL_BYTES
    for name in names:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).touch()
        outputs.add(f"{source}{name}", name, up_to_date=False)
    shutil.rmtree(out / "folder 3")
    (out / names[-1]).unlink()
    lost = list(outputs.lost())
    assert [item.source for item in lost] == [f"{source}{name}" for name in names if name.startswith("folder 3/")] + [
        f"{source}{names[-1]}"]
    assert "went with" in lost[0].reason and "not in" in lost[-1].reason


def test_a_records_file_deleted_during_the_run_is_counted_lost_by_name(tmp_path: Path) -> None:
    # Before: a record's file deleted after it was written was counted cleaned, exit 0.
    records = [json.dumps({"id": f"r{number}", "text": _page(number)}) + "\n" for number in range(4)]
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-", "--format", "text", "-o", "out",
                            "--jobs", "1", "--report", "report.json"], stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=tmp_path)
    try:
        assert run.stdin is not None
        run.stdin.write("".join(records[:2]).encode())
        run.stdin.flush()
        _wait_for(tmp_path / "out" / "r1.txt", run)
        (tmp_path / "out" / "r0.txt").unlink()
        run.stdin.write("".join(records[2:]).encode())
        _, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    said = stderr.decode()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert run.returncode == 1, said
    assert report["records"] == {"total": 4, "cleaned": 3, "up_to_date": 0, "failed": 1}, said
    assert "<stdin>:1: its output is not in out any more: deleted or moved during the run" in said, said
