"""What `-o` means for each input kind, and the combinations refused (exit 2 in the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.plan import Plan, PlanError, plan_run


@pytest.mark.parametrize(("kinds", "output", "fmt", "expected"), [
    (["folder"], "cleaned", None, Plan("text", Path("cleaned"), None)),
    (["folder", "page"], "out", "json", Plan("json", Path("out"), None)),
    (["folder"], "pages.jsonl", None, Plan("jsonl", Path("pages.jsonl"), None)),  # a folder into one JSONL
    (["folder"], "pages.jsonl", "jsonl", Plan("jsonl", Path("pages.jsonl"), None)),
    (["folder"], "-", "jsonl", Plan("jsonl", None, None)),
    (["folder"], "rows.parquet", None, Plan("parquet", Path("rows.parquet"), None)),
    (["jsonl"], "c.jsonl.zst", None, Plan("jsonl", Path("c.jsonl.zst"), "jsonl")),
    (["jsonl"], "c.parquet", None, Plan("parquet", Path("c.parquet"), "jsonl")),
    (["jsonl"], "bodies", "text", Plan("text", Path("bodies"), "jsonl")),  # JSONL into a folder
    (["jsonl"], "cleaned", "jsonl", Plan("jsonl", Path("cleaned"), "jsonl")),
    (["warc"], "pages.jsonl.gz", None, Plan("jsonl", Path("pages.jsonl.gz"), "warc")),
    (["warc"], "pages", "text", Plan("text", Path("pages"), "warc")),
    (["parquet"], "out.parquet", None, Plan("parquet", Path("out.parquet"), "parquet")),
    (["page"], None, None, Plan("text", None, None)),
])
def test_o_means_one_thing_for_each_format(kinds, output, fmt, expected):
    stdin = output is None
    assert plan_run(kinds, output, fmt, stdin=stdin) == expected


def test_stdin_corpora_and_pages_go_to_stdout():
    assert plan_run(["jsonl"], None, None, stdin=True) == Plan("jsonl", None, "jsonl")
    assert plan_run(["warc"], "-", None, stdin=True) == Plan("jsonl", None, "warc")
    assert plan_run(["page"], None, "json", stdin=True) == Plan("json", None, None)


@pytest.mark.parametrize(("kinds", "output", "fmt", "message"), [
    (["folder"], "cj/", "jsonl", "writes one file, and cj/ is a folder"),
    (["folder"], "-", None, "not stdout; use --format jsonl"),
    (["folder"], None, None, "give it with -o FOLDER"),
    (["folder"], "pages.jsonl", "text", "-o pages.jsonl names a jsonl file, but --format text writes a folder"),
    (["folder"], "out.parquet", "jsonl", "names a parquet file, but --format is jsonl"),
    (["jsonl"], None, None, "writes one file: give it with -o (or -o - for stdout)"),
    (["page"], None, "parquet", "writes one file: give it with -o FILE.parquet"),  # not stdout, which it refuses
    (["warc"], "out", None, "name it (-o out.jsonl), or give --format text for a folder of files"),
    (["jsonl"], "-", "parquet", "not to stdout"),
    (["jsonl"], "c.parquet.gz", "parquet", "Parquet compresses its own columns"),
    (["jsonl", "folder"], "out", None, "one at a time"),
    (["warc", "warc"], "out.jsonl", None, "one at a time"),
])
def test_combinations_that_mean_nothing_are_refused_with_one_line(kinds, output, fmt, message):
    with pytest.raises(PlanError, match=re.escape(message)) as raised:
        plan_run(kinds, output, fmt)
    assert "\n" not in str(raised.value)


def test_an_existing_folder_is_not_a_records_file_nor_a_file_a_folder(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(PlanError, match="is a folder"):
        plan_run(["jsonl"], str(tmp_path), "jsonl")
    with pytest.raises(PlanError, match="is a file"):
        plan_run(["folder"], str(tmp_path / "file.txt"), None)


def test_stdin_is_alone_and_a_page_on_it_goes_to_stdout():
    with pytest.raises(PlanError, match="cannot be combined"):
        plan_run(["page", "folder"], "out", None, stdin=True)
    with pytest.raises(PlanError, match="cleaned to stdout"):
        plan_run(["page"], "out", None, stdin=True)
