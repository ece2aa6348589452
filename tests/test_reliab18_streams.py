"""A FIFO or a device given by name is read once, as a stream, as `-` is (before: refused, `not a regular file
(a FIFO)`, exit 1, so that `cleaner clean <(zcat page.txt.gz) -o out/` cleaned nothing); inside a folder the
walk still never opens one."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cleaner import Cleaner
from helpers import ROOT, SAMPLES

PAGE = (SAMPLES / "input" / "000_commondreams.txt").read_bytes()


def _cleaner(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """The command in a process of its own: the stream must be a real pipe, as a shell gives it."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True, timeout=120,
                          cwd=cwd, env=environment)


def _fifo_fed(path: Path, data: bytes) -> threading.Thread:
    """A FIFO at ``path`` that a writer fills with ``data`` once a reader opens it."""
    os.mkfifo(path)

    def feed() -> None:
        with open(path, "wb") as writer:
            writer.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    return writer


def test_a_process_substitution_is_cleaned_as_a_page_named_by_its_path(tmp_path: Path) -> None:
    if not shutil.which("bash"):
        pytest.skip("needs bash for <(...)")
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(PAGE))
    command = f"{sys.executable} -m cleaner clean <(zcat page.txt.gz) -o out/"
    ran = subprocess.run(["bash", "-c", command], capture_output=True, timeout=120, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert ran.returncode == 0, ran.stderr
    [written] = (path for path in (tmp_path / "out").iterdir() if not path.name.startswith("."))
    assert written.read_text(encoding="utf-8") == Cleaner().clean(PAGE.decode("utf-8"))


def test_a_fifo_and_dev_stdin_on_a_pipe_are_read_once_as_a_page(tmp_path: Path) -> None:
    expected = Cleaner().clean(PAGE.decode("utf-8"))
    _fifo_fed(tmp_path / "story.txt.gz", gzip.compress(PAGE))  # compressed by content, named as the page it holds
    ran = _cleaner("clean", "story.txt.gz", "-o", "out", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "out" / "story.txt").read_text(encoding="utf-8") == expected
    piped = _cleaner("clean", "/dev/stdin", "-o", str(tmp_path / "piped"), stdin=PAGE)
    assert piped.returncode == 0, piped.stderr
    assert (tmp_path / "piped" / "stdin.txt").read_text(encoding="utf-8") == expected
    to_stdout = _cleaner("clean", "/dev/stdin", stdin=PAGE)  # one page without -o: to stdout, as a file's
    assert to_stdout.returncode == 0 and to_stdout.stdout.decode("utf-8") == expected
    explained = _cleaner("explain", "/dev/stdin", stdin=PAGE)
    assert explained.returncode == 0 and explained.stdout == _cleaner("explain", "-", stdin=PAGE).stdout


def test_a_fifo_holding_records_is_cleaned_as_a_corpus_and_failures_name_its_path(tmp_path: Path) -> None:
    record = {"id": "a", "text": PAGE.decode("utf-8")}
    _fifo_fed(tmp_path / "feed", gzip.compress(json.dumps(record).encode() + b"\n"))
    ran = _cleaner("clean", "feed", "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    [line] = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["text"] == Cleaner().clean(record["text"])
    _fifo_fed(tmp_path / "empty", b"")
    empty = _cleaner("clean", "empty", "-o", "out", cwd=tmp_path)
    assert empty.returncode == 1 and empty.stderr.decode().startswith("error: empty: ")


def test_resume_cleans_a_stream_again_and_a_folder_walk_never_opens_a_fifo(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _cleaner("clean", "/dev/stdin", "-o", str(out), "--resume", stdin=PAGE)
    assert first.returncode == 0, first.stderr
    again = _cleaner("clean", "/dev/stdin", "-o", str(out), "--resume", "-v", stdin=b"A new page.\n\nIts one line.")
    assert again.returncode == 0 and "up to date" not in again.stderr.decode()
    assert "new page" in (out / "stdin.txt").read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # no writer: opened, it would wait for ever
    walked = _cleaner("clean", str(folder), "-o", str(tmp_path / "walked"))
    assert walked.returncode == 1
    assert f"{folder / 'pipe.txt'}: not a regular file (a FIFO)" in walked.stderr.decode()


def test_a_stream_given_twice_is_read_once_whole(tmp_path: Path) -> None:
    # Before this was mended (in the commit that reads streams): each name opened the pipe and looked ahead
    # into it, the second look taking bytes from the middle of the page the first read: its start was lost.
    text = "".join(f"Paragraph {n} of a long story that goes on with more words.\n\n" for n in range(2000))
    ran = _cleaner("clean", "/dev/stdin", "/dev/stdin", "/proc/self/fd/0", "-o", str(tmp_path / "out"),
                   stdin=text.encode())
    assert (tmp_path / "out" / "stdin.txt").read_text(encoding="utf-8") == Cleaner().clean(text)
    assert ran.returncode == 1  # the third name, the same pipe, fails by name: its page was read for the first
    assert "/proc/self/fd/0: the same stream as /dev/stdin, read for it already" in ran.stderr.decode()


def test_report_reads_a_stream_given_by_name_as_clean_does(tmp_path: Path) -> None:
    # Before: `cleaner report <(zcat page.gz) -o report.html` named it "not a regular file (a FIFO)", exit 1.
    ran = _cleaner("report", "/dev/stdin", "-o", str(tmp_path / "report.html"), stdin=gzip.compress(PAGE))
    assert ran.returncode == 0, ran.stderr
    assert "commondreams/logo" in (tmp_path / "report.html").read_text(encoding="utf-8")
