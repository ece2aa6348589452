"""Probes of session 36: paths, outputs and runs that were taken in silence, or said in other words."""

from __future__ import annotations

import pytest

from helpers import run_cli

STORY = ("The ferry company said on Tuesday that the winter timetable would start a week early, "
         "after two of its boats were taken out of service for repairs in the dry dock.\n") * 4


@pytest.mark.parametrize("command", [["clean"], ["clean", "-o", "out"], ["explain"], ["report", "-o", "r.html"]])
def test_a_file_named_with_a_folders_trailing_slash_is_a_usage_error(tmp_path, command):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    # before: `clean page.txt/` cleaned page.txt (pathlib drops the /), exit 0, where `cat page.txt/` fails
    # "Not a directory"; `explain` and `report` said "no such file or folder: page.txt/" of a file that is there
    ran = run_cli(command[0], "page.txt/", *command[1:], cwd=tmp_path)
    assert ran.returncode == 2
    said = "page.txt/: it ends in /, a folder's mark, but page.txt is not a folder: give it without the /"
    assert said in ran.stderr.decode()
    assert not (tmp_path / "out").exists()
    assert ran.stdout == b""


def test_outlet_wins_over_a_url_and_a_typod_url_field_says_so(tmp_path):
    import json

    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "a", "link": "https://commondreams.org/a", "text": STORY})
                                      + "\n", encoding="utf-8")
    ran = run_cli("clean", "c.jsonl", "-o", "-", "--url-field", "URLX", "--url", "https://voi.id/x",
                  "--outlet", "londondaily", cwd=tmp_path)
    assert ran.returncode == 0
    # before: "outlet rules were chosen by --url https://voi.id/x", where --outlet chose them
    assert "--url-field 'URLX': no record of c.jsonl has this field; outlet rules were chosen by --outlet " \
           "londondaily" in ran.stderr.decode()
    assert "whatever the URL" in run_cli("clean", "--help").stdout.decode()
