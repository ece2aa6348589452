"""An entry where an output goes in the output folder that is no regular file (a FIFO, a link to a device) is
replaced by the output, as a link to a file is: not written into as a stream, as an output named by the user
(`-o /dev/stdout`) is (session 20, reliab20)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner

SENTENCE = ("The council voted on Tuesday to rebuild the harbour wall after the winter storms, "
            "and the work is expected to take two years to finish.")


def _stray_entries(out: Path) -> None:
    """A link to /dev/null where a.txt's output goes, a FIFO where b.txt's goes."""
    (out / "a.txt").unlink()
    (out / "a.txt").symlink_to(os.devnull)
    (out / "b.txt").unlink()
    os.mkfifo(out / "b.txt")


@pytest.mark.parametrize("source", ["pages", "records"])
def test_a_fifo_or_a_link_to_a_device_where_an_output_goes_is_replaced(tmp_path: Path, source: str) -> None:
    # Before: the FIFO held the run forever, waiting for a reader; the output written into /dev/null was lost,
    # counted cleaned.
    texts = {name: f"{SENTENCE} Page {name}.\n" for name in ("a", "b")}
    if source == "pages":
        (tmp_path / "in").mkdir()
        for name, text in texts.items():
            (tmp_path / "in" / f"{name}.txt").write_text(text, encoding="utf-8")
        command = ["in", "-o", "out"]
    else:
        (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": name, "text": text}) + "\n"
                                                   for name, text in texts.items()), encoding="utf-8")
        command = ["in.jsonl", "--format", "text", "-o", "out"]
    clean = [sys.executable, "-m", "cleaner", "clean", *command]
    subprocess.run(clean, cwd=tmp_path, check=True, capture_output=True)
    _stray_entries(tmp_path / "out")
    run = subprocess.Popen(clean, cwd=tmp_path, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, stderr = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)  # its workers too, held by the FIFO
        run.communicate()
        pytest.fail("the run waited on the FIFO for a reader")
    assert run.returncode == 0, stderr.decode()
    for name, text in texts.items():
        output = tmp_path / "out" / f"{name}.txt"
        assert not output.is_symlink() and output.is_file()
        assert output.read_text(encoding="utf-8") == Cleaner().clean(text)
    assert Path(os.devnull).is_char_device()


def test_resume_takes_no_link_where_an_output_goes_for_an_output(tmp_path: Path) -> None:
    # Before: a link to a file newer than the input was "up to date": the output was what the link led to.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"{SENTENCE} Page a.\n", encoding="utf-8")
    clean = [sys.executable, "-m", "cleaner", "clean", "in", "-o", "out", "--resume"]
    subprocess.run(clean, cwd=tmp_path, check=True, capture_output=True)
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")  # newer than the input
    (tmp_path / "out" / "a.txt").unlink()
    (tmp_path / "out" / "a.txt").symlink_to(tmp_path / "notes.txt")
    ran = subprocess.run(clean, cwd=tmp_path, capture_output=True)
    assert ran.returncode == 0 and b"cleaned 1 file(s)" in ran.stderr, ran.stderr.decode()
    assert not (tmp_path / "out" / "a.txt").is_symlink()
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == Cleaner().clean(f"{SENTENCE} Page a.\n")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
