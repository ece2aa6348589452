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


CHROME = "Home\nNews\nSport\nSubscribe to our newsletter\nCopyright 2024 The Gazette. All rights reserved.\n"


def test_a_page_cleaned_to_nothing_is_counted_and_its_empty_output_fails_a_second_run(tmp_path):
    import json

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chrome.txt").write_text(CHROME, encoding="utf-8")
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    ran = run_cli("clean", "in", "-o", "out", "--report", "r.json", cwd=tmp_path)
    assert ran.returncode == 0
    assert (tmp_path / "out" / "chrome.txt").read_bytes() == b""
    # before: said nowhere (counted cleaned, exit 0), and the second run failed it as "empty input" unexplained
    assert "cleaned 2 file(s) into out, " in ran.stderr.decode()
    assert "; 1 cleaned to nothing (every block removed: an empty output)" in ran.stderr.decode()
    assert json.loads((tmp_path / "r.json").read_text())["emptied"] == 1
    again = run_cli("clean", "out", "-o", "out2", cwd=tmp_path)
    assert again.returncode == 1 and "out/chrome.txt: empty input" in again.stderr.decode()


def test_a_record_cleaned_to_nothing_is_counted_too(tmp_path):
    import json

    lines = [json.dumps({"id": n, "text": text}) for n, text in enumerate([CHROME, STORY])]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", "c.jsonl", "-o", "out.jsonl", "--report", "r.json", cwd=tmp_path)
    assert ran.returncode == 0
    assert "; 1 cleaned to nothing (every block removed: an empty output)" in ran.stderr.decode()
    assert json.loads((tmp_path / "r.json").read_text())["emptied"] == 1


def test_a_report_inside_an_input_folder_is_refused_naming_the_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(STORY, encoding="utf-8")
    # before: "in/report.json is an input", of a file that is not there; `report -o` said it as here
    ran = run_cli("clean", "in", "-o", "out", "--report", "in/report.json", cwd=tmp_path)
    assert ran.returncode == 2
    assert ("in/report.json is inside input folder in: it would be written over a page, or read as one by the next "
            "run; write the report elsewhere") in " ".join(ran.stderr.decode().split())
    assert not (tmp_path / "out").exists() and not (tmp_path / "in" / "report.json").exists()


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_one_page_cleaned_to_nothing_says_so(tmp_path, given):
    (tmp_path / "chrome.txt").write_text(CHROME, encoding="utf-8")
    ran = (run_cli("clean", "chrome.txt", cwd=tmp_path) if given == "file"
           else run_cli("clean", "-", stdin=CHROME.encode(), cwd=tmp_path))
    # before: an empty stdout, exit 0, and no word of it (a batch's summary line counts it)
    assert ran.returncode == 0 and ran.stdout == b""
    name = "chrome.txt" if given == "file" else "<stdin>"
    assert f"{name}: cleaned to nothing (every block removed: an empty output)" in ran.stderr.decode()
    assert "cleaned to nothing" not in run_cli("clean", "-", stdin=STORY.encode()).stderr.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("page", "folder", "fmt"), [("a", "a.txt", "text"), ("k.html", "k.txt", "text"),
                                                      ("k.html", "K.TXT", "text"), ("s.txt", "s.json", "json")])
def test_a_folder_named_as_a_pages_output_beside_it_is_written_as_a_twin(tmp_path, jobs, page, folder, fmt):
    (tmp_path / "in" / folder).mkdir(parents=True)
    (tmp_path / "in" / page).write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / folder / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / folder / "c.txt").write_text(STORY, encoding="utf-8")
    # before: one of them failed (`Is a directory` or `Not a directory`), which one as the workers' race went
    ran = run_cli("clean", "in", "-o", "out", "--format", fmt, "-j", jobs, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    written = sorted(path.relative_to(tmp_path / "out").as_posix() for path in (tmp_path / "out").rglob("*.*")
                     if path.is_file() and path.name != ".cleaner-run")
    suffix = f".{fmt.replace('text', 'txt')}"
    twin = next(path.parent.name for path in (tmp_path / "out").rglob(f"b{suffix}"))
    assert twin.startswith(f"{folder}~")
    assert written == sorted([f"{page.split('.')[0]}{suffix}", f"{twin}/b{suffix}", f"{twin}/c{suffix}"])
    assert f"in/{folder}: written as out/{twin}: " in ran.stderr.decode()
    assert ran.stderr.decode().count("written as") == 1


def test_a_folder_named_as_a_page_of_another_folder_given_is_a_twin_whichever_comes_first(tmp_path):
    for top in ("one", "two"):
        (tmp_path / top).mkdir()
    (tmp_path / "one" / "a.txt").mkdir()
    (tmp_path / "one" / "a.txt" / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "two" / "a.html").write_text(STORY, encoding="utf-8")
    for order in (("one", "two"), ("two", "one")):
        ran = run_cli("clean", *order, "-o", "-".join(order), "-j", "2", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr
        out = tmp_path / "-".join(order)
        assert (out / "a.txt").is_file() and len(list(out.glob("a.txt~*/b.txt"))) == 1
