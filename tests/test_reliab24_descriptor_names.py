"""An output named by an open file descriptor (`/dev/stdout`, `/dev/fd/1`) that the shell sent into a file:
written into through the descriptor, never replaced by a file of its own, nor emptied."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


def _run(args: list[str], cwd: Path, stdout: str, mode: str) -> subprocess.CompletedProcess[bytes]:
    with (cwd / stdout).open(mode) as out:
        return subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=cwd, stdout=out, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, check=False)


def _stdout_link(folder: Path) -> Path:
    """A link made as /dev/stdout is (`/dev/stdout -> /proc/self/fd/1`): a test must not risk /dev/stdout itself,
    which the run replaced by a file (as root), for every process of the machine after it."""
    link = folder / "stdout"
    link.symlink_to("/proc/self/fd/1")
    return link


def _records() -> str:
    return "".join(json.dumps({"id": n, "text": PAGE}) + "\n" for n in range(3))


def test_records_into_dev_stdout_sent_into_a_file(tmp_path: Path) -> None:
    # Before: `cleaner clean pages.jsonl -o /dev/stdout > out.jsonl` was told to name its output
    # `/dev/stdout.jsonl`; with --format jsonl the records file was written beside /dev/stdout and renamed over
    # it: out.jsonl stayed empty, exit 0, and /dev/stdout was a file from then on (as root), for every process.
    (tmp_path / "pages.jsonl").write_text(_records(), encoding="utf-8")
    link = _stdout_link(tmp_path)
    for args in (["clean", "pages.jsonl", "--format", "jsonl", "-o", str(link)],
                 ["clean", "pages.jsonl", "-o", str(link)], ["clean", "pages.jsonl", "-o", "/dev/fd/1"]):
        ran = _run(args, tmp_path, "out.jsonl", "wb")
        assert ran.returncode == 0, ran.stderr
        assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
        rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [row["id"] for row in rows] == [0, 1, 2] and all(row["text"].count("harbour") == 6 for row in rows)


def test_records_appended_through_dev_stdout_keep_what_the_file_held(tmp_path: Path) -> None:
    # Before: `-o /dev/stdout >> log.jsonl` was refused, or, had it been written into by name, emptied the file.
    (tmp_path / "pages.jsonl").write_text(_records(), encoding="utf-8")
    (tmp_path / "log.txt").write_text("kept\n", encoding="utf-8")
    ran = _run(["clean", "pages.jsonl", "-o", str(_stdout_link(tmp_path))], tmp_path, "log.txt", "ab")
    assert ran.returncode == 0, ran.stderr
    lines = (tmp_path / "log.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "kept" and len(lines) == 4


def test_a_report_into_dev_stdout_sent_into_a_file(tmp_path: Path) -> None:
    # Before: `--report /dev/stdout > report.json` was refused, the file the shell made being no report yet;
    # `cleaner report -o /dev/stdout > report.html` likewise.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    link = _stdout_link(tmp_path)
    ran = _run(["clean", "page.txt", "-o", "out", "--report", str(link)], tmp_path, "report.json", "wb")
    assert ran.returncode == 0, ran.stderr
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"]["cleaned"] == 1
    html = _run(["report", "page.txt", "-o", str(link)], tmp_path, "report.html", "wb")
    assert html.returncode == 0, html.stderr
    assert (tmp_path / "report.html").read_bytes().startswith(b"<!doctype html>")
    assert link.is_symlink()
