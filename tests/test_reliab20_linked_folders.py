"""A link to a folder inside the output folder is not written through: it could lead to an input folder, whose
pages the outputs replaced (session 20, reliab20)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import run_cli

SENTENCE = ("The council voted on Tuesday to rebuild the harbour wall after the winter storms, "
            "and the work is expected to take two years to finish.")
PAGE = f"Home\nNews\nSport\nWeather\nContact\nAbout\n\n{SENTENCE}\n\n{SENTENCE} Again.\n"


@pytest.mark.parametrize("linked", ["sub", "sub/deep"])
@pytest.mark.parametrize("resume", [[], ["--resume"]], ids=["run", "resume"])
def test_an_output_subfolder_that_links_into_an_input_folder_is_not_written_through(tmp_path: Path, linked: str,
                                                                                    resume: list[str]) -> None:
    # Before: with out/sub a link to ../in/sub, in/sub/a.txt was replaced by its own cleaned text, exit 0.
    (tmp_path / "in" / "sub" / "deep").mkdir(parents=True)
    pages = [tmp_path / "in" / "sub" / "deep" / "a.txt", tmp_path / "in" / "b.txt"]
    for page in pages:
        page.write_text(PAGE.replace("Again", page.name), encoding="utf-8")
    assert run_cli("clean", "in", "-o", "out", cwd=tmp_path).returncode == 0
    link = tmp_path / "out" / linked
    os.rename(link, tmp_path / "outputs before")
    link.symlink_to(tmp_path / "in" / linked)
    ran = run_cli("clean", "in", "-o", "out", *resume, cwd=tmp_path)
    said = ran.stderr.decode()
    assert ran.returncode == 1, said
    assert [page.read_text(encoding="utf-8") for page in pages] == [PAGE.replace("Again", page.name) for page in pages]
    assert f"output out/sub/deep/a.txt not written: out/{linked} is a link to a folder" in said, said
    assert "cleaned 1 file(s)" in said or "1 up to date" in said, said  # b.txt's output, beside it


def test_resume_finds_no_output_up_to_date_through_a_link_to_a_folder(tmp_path: Path) -> None:
    # Before: out/sub, a link to a folder of copies newer than the inputs, gave "1 up to date": the output was
    # whatever the link led to, in a folder the run would not write through.
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(PAGE, encoding="utf-8")
    assert run_cli("clean", "in", "-o", "out", cwd=tmp_path).returncode == 0
    os.rename(tmp_path / "out" / "sub", tmp_path / "elsewhere")
    (tmp_path / "out" / "sub").symlink_to(tmp_path / "elsewhere")
    ran = run_cli("clean", "in", "-o", "out", "--resume", cwd=tmp_path)
    assert ran.returncode == 1 and "out/sub is a link to a folder" in ran.stderr.decode(), ran.stderr.decode()
