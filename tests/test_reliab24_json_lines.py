"""JSON lines under the names other tools give them, and under a page's name: records, never a page's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


def _json_lines(path: Path) -> None:
    path.write_text("".join(json.dumps({"url": f"https://gazette.example/{n}", "text": PAGE}) + "\n"
                            for n in range(3)), encoding="utf-8")


@pytest.mark.parametrize("name", ["items.jl", "items.jsonlines", "items.jl.gz"])
def test_scrapy_s_json_lines_names_are_records(tmp_path: Path, name: str) -> None:
    # Before: Scrapy's JSON lines feeds (`scrapy crawl -o items.jl`; its `jsonlines` format) were cleaned as one
    # text page: its lines of JSON all removed, an empty output file, exit 0 in silence.
    _json_lines(tmp_path / "items.jl")
    if name.endswith(".gz"):
        import gzip

        (tmp_path / name).write_bytes(gzip.compress((tmp_path / "items.jl").read_bytes()))
    else:
        (tmp_path / "items.jl").rename(tmp_path / name)
    ran = run_cli("clean", str(tmp_path / name), "-o", str(tmp_path / "out.jl"))
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jl").read_text(encoding="utf-8").splitlines()]
    assert [row["url"] for row in rows] == [f"https://gazette.example/{n}" for n in range(3)]
    assert all(row["text"].count("harbour") == 6 and row["cleaner_error"] is None for row in rows)


@pytest.mark.parametrize("name", ["records.txt", "records.dat", "records"])
def test_json_lines_under_a_page_s_name_fail_by_name(tmp_path: Path, name: str) -> None:
    # Before: JSON lines in a file whose name says page or nothing were cleaned as one text page: every line
    # removed, an empty output, exit 0 in silence (on stdin the same bytes are read as records).
    _json_lines(tmp_path / name)
    alone = run_cli("clean", str(tmp_path / name), "-o", str(tmp_path / "out"))
    assert alone.returncode == 1
    assert b"JSON lines, not a page" in alone.stderr and name.encode() in alone.stderr
    assert not list((tmp_path / "out").glob("*.txt"))
    (tmp_path / "folder").mkdir()
    (tmp_path / name).rename(tmp_path / "folder" / name)
    (tmp_path / "folder" / "story.txt").write_text(PAGE, encoding="utf-8")
    walked = run_cli("clean", str(tmp_path / "folder"), "-o", str(tmp_path / "walked"))
    assert walked.returncode == 1 and b"JSON lines, not a page" in walked.stderr
    assert sorted(path.name for path in (tmp_path / "walked").glob("*.txt")) == ["story.txt"]
    explained = run_cli("explain", str(tmp_path / "folder" / name))
    assert explained.returncode == 1 and b"JSON lines, not a page" in explained.stderr


@pytest.mark.parametrize("start", ["{{Infobox port | name = Port }}\n\n", "{\n", "{ a brace, then words }\n\n",
                                   '{"unclosed": \n\n',
                                   '{"@context": "https://schema.org", "@type": "NewsArticle"}\n\n'])
def test_a_page_that_opens_with_a_brace_is_still_a_page(tmp_path: Path, start: str) -> None:
    # Guards the fix above: only first lines that are each a whole JSON object say the file holds records, not
    # one alone above prose (a page's JSON-LD block, printed by a naive text extractor).
    (tmp_path / "page.txt").write_text(start + PAGE, encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "page.txt"))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode().count("harbour") == 6


@pytest.mark.parametrize("broken", [1, 0])
def test_json_lines_under_a_page_s_name_one_of_its_first_two_malformed_fail_by_name(tmp_path: Path,
                                                                                     broken: int) -> None:
    # Before (session 27): a second line (or a first) cut short made the file a page: its lines removed as a
    # page's, one record's text came out as a line of JSON, exit 0 in silence.
    _json_lines(tmp_path / "records.txt")
    lines = (tmp_path / "records.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[broken] = lines[broken][:40] + "\n"  # a record cut inside its text: still opens as one
    (tmp_path / "records.txt").write_text("".join(lines), encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "records.txt"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 1 and b"records.txt: JSON lines, not a page" in ran.stderr
    assert not list((tmp_path / "out").glob("*.txt"))


@pytest.mark.parametrize("indent", [2, None])
def test_a_json_array_of_records_under_a_page_s_name_or_on_stdin_fails_by_name(tmp_path: Path,
                                                                               indent: int | None) -> None:
    # Before (session 27): a JSON array (datasets' to_json(lines=False), an API's answer, `jq -s`) named .txt,
    # or piped in, was cleaned as one text page: its records came out as lines of JSON, exit 0 in silence.
    records = [{"url": f"https://gazette.example/{n}", "text": PAGE} for n in range(3)]
    (tmp_path / "records.txt").write_text(json.dumps(records, indent=indent), encoding="utf-8")
    named = run_cli("clean", str(tmp_path / "records.txt"), "-o", str(tmp_path / "out"))
    assert named.returncode == 1 and b"records.txt: JSON, not a page" in named.stderr
    assert not list((tmp_path / "out").glob("*.txt"))
    piped = run_cli("clean", "-", stdin=(tmp_path / "records.txt").read_bytes())
    assert piped.returncode == 1 and b"JSON, not a page" in piped.stderr and not piped.stdout


@pytest.mark.parametrize("start", ["[Photo: the harbour at dawn]\n\n", "[1]\n\n", "{}\n\n"])
def test_a_page_that_opens_with_a_bracket_or_json_above_its_prose_is_still_a_page(tmp_path: Path,
                                                                                  start: str) -> None:
    (tmp_path / "page.txt").write_text(start + PAGE, encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "page.txt"))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode().count("harbour") >= 6
