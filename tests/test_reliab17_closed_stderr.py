"""A run started with stderr closed (`2>&-`, as a daemon may start it) cleans as any other, its messages going
nowhere: before, Python's sys.stderr was None, the logging set up on it failed, and the run exited 1 having
done nothing, without a word."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from cleaner import Cleaner
from test_drain13 import STORY


def _with_stderr_closed(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], stdout=subprocess.PIPE, check=False,
                          preexec_fn=lambda: os.close(2))


def test_a_page_to_stdout_with_stderr_closed_is_cleaned(tmp_path):
    page = f"Headline\n\n{STORY}\n"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    ran = _with_stderr_closed("clean", str(tmp_path / "page.txt"))
    assert ran.returncode == 0
    assert ran.stdout.decode() == Cleaner().clean(page)


def test_a_folder_with_stderr_closed_is_cleaned_and_its_failures_counted(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    ran = _with_stderr_closed("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "2",
                              "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1  # the empty page: said only by the status and the report
    assert (tmp_path / "out" / "page.txt").is_file()
    files = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"]
    assert (files["cleaned"], files["failed"]) == (1, 1)
