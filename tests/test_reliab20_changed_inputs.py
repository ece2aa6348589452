"""An input changed while it was cleaned is cleaned again by --resume: its output, of the version read, is not
taken for that of the version there now (session 20, reliab20)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from cleaner import Cleaner
from helpers import run_cli

WORDS = "harbour wall storm council winter rebuild years finish town mayor budget vote plan road bridge".split()


def _long_page(lines: int) -> str:
    """A page of ``lines`` paragraphs that takes the cleaner a second or so: time to change it meanwhile."""
    chance = random.Random(1)
    return "\n\n".join(" ".join(chance.choice(WORDS) for _ in range(14)).capitalize() + f" number {number}."
                       for number in range(lines)) + "\n"


def test_an_input_changed_as_it_was_cleaned_is_cleaned_again_by_resume(tmp_path: Path) -> None:
    # Before: the output, written after the change, was newer than the input: --resume kept it, "1 up to date",
    # the output of a page no longer there.
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(_long_page(12_000), encoding="utf-8")
    os.utime(page, ns=(0, page.stat().st_mtime_ns))  # read, its access time moves on (relatime): it was read
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "in", "-o", "out", "--jobs", "1"],
                           stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while page.stat().st_atime_ns == 0:
            assert time.monotonic() < deadline and run.poll() is None, "the page was not read"
            time.sleep(0.001)
        with page.open("a", encoding="utf-8") as stream:
            stream.write("\nA paragraph added after the page was read, to say the harbour wall will be finished.\n")
        _, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 0, stderr.decode()
    again = run_cli("clean", "in", "-o", "out", "--resume", cwd=tmp_path)
    assert again.returncode == 0 and "cleaned 1 file(s)" in again.stderr.decode(), again.stderr.decode()
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == Cleaner().clean(page.read_bytes())
    third = run_cli("clean", "in", "-o", "out", "--resume", cwd=tmp_path)
    assert "1 up to date" in third.stderr.decode(), third.stderr.decode()


def test_an_input_replaced_by_a_version_dated_earlier_is_cleaned_again_by_resume(tmp_path: Path) -> None:
    # Before: a page written again with an older modification time (`tar x`, `rsync -t` of an archive made before
    # the outputs) was older than its output: --resume kept the output of the page that was there before.
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(_long_page(5), encoding="utf-8")
    assert run_cli("clean", "in", "-o", "out", cwd=tmp_path).returncode == 0
    dated = page.stat().st_mtime_ns - 3600 * 10**9
    page.write_text(_long_page(5).replace("number 3.", "number three, told again."), encoding="utf-8")
    os.utime(page, ns=(dated, dated))  # as tar and rsync -t leave a file they write
    again = run_cli("clean", "in", "-o", "out", "--resume", cwd=tmp_path)
    assert "cleaned 1 file(s)" in again.stderr.decode(), again.stderr.decode()
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == Cleaner().clean(page.read_bytes())
