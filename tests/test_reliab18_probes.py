"""Faults a hostile user of the command line met (session 18), each with what it did before."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SAMPLES, run_cli

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
