"""Faults a hostile user of the command line met (session 18), each with what it did before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLES, run_cli

PAGE = SAMPLES / "input" / "000_commondreams.txt"


def test_resume_does_not_take_a_folder_at_an_outputs_path_for_its_output(tmp_path: Path) -> None:
    # Before: `--resume` found out/page.txt newer than the page, a folder, and skipped the page as up to date:
    # exit 0, "1 up to date", and no output.
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    out = tmp_path / "out"
    assert run_cli("clean", "page.txt", "-o", "out", cwd=tmp_path).returncode == 0
    (out / "page.txt").unlink()
    (out / "page.txt").mkdir()
    resumed = run_cli("clean", "page.txt", "-o", "out", "--resume", cwd=tmp_path)
    assert resumed.returncode == 1
    assert "page.txt: output out/page.txt not written: Is a directory" in resumed.stderr.decode()


@pytest.mark.parametrize("blocker", ["file", "loop"])
def test_resume_names_an_output_whose_folder_is_a_file_or_a_looping_link(tmp_path: Path, blocker: str) -> None:
    # Before: looking for the output (out/sub/page.txt) raised NotADirectoryError (OSError ELOOP for a link
    # that loops) out of the worker: a traceback, and the run ended there.
    (tmp_path / "pages" / "sub").mkdir(parents=True)
    (tmp_path / "pages" / "sub" / "page.txt").write_bytes(PAGE.read_bytes())
    out = tmp_path / "out"
    assert run_cli("clean", "pages", "-o", "out", cwd=tmp_path).returncode == 0
    (out / "sub" / "page.txt").unlink()
    (out / "sub").rmdir()
    if blocker == "file":
        (out / "sub").write_text("not a folder", encoding="utf-8")
    else:
        (out / "sub").symlink_to("loop")
        (out / "loop").symlink_to("sub")
    resumed = run_cli("clean", "pages", "-o", "out", "--resume", "--jobs", "1", cwd=tmp_path)
    assert resumed.returncode == 1
    assert "pages/sub/page.txt: output out/sub/page.txt not written" in resumed.stderr.decode()


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_page_stdouts_encoding_cannot_hold_is_named_not_a_traceback(tmp_path: Path, encoding: str) -> None:
    # Before: `PYTHONIOENCODING=ascii cleaner clean page.txt` ended in a UnicodeEncodeError traceback.
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(PAGE), "--report", str(tmp_path / "r.json")],
                         capture_output=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding})
    assert ran.returncode == 1
    [said] = ran.stderr.decode().splitlines()
    assert said.startswith(f"error: stdout: not written: its encoding, {encoding}, cannot hold '")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["stopped"] == said.removeprefix("error: ")
