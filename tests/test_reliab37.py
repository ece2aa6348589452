"""Probes of session 37: the corpus paths and integrations as users run them."""

from __future__ import annotations

import pytest

from helpers import run_cli

STORY = ("The ferry company said on Tuesday that the winter timetable would start a week early, "
         "after two of its boats were taken out of service for repairs in the dry dock.\n") * 4


@pytest.mark.parametrize("output", ["notes.txt/sub", "notes.txt/deeper/sub", "notes.txt/out.jsonl",
                                    "notes.txt/out.parquet"])
def test_an_output_under_a_file_is_a_usage_error(tmp_path, output):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    # before: exit 1, "notes.txt/sub: cannot write to the output folder: Not a directory", as a full disk is
    ran = run_cli("clean", "page.txt", "more.txt", "-o", output, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"-o {output}: notes.txt is a file, not a folder: nothing can be written under it" in ran.stderr.decode()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
