"""Hostile but realistic inputs found by a ninth probe: each failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.corpus import parse_record
from helpers import readme_dask_example

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"
STORY_HTML = "<p>This is the real story about the harbour and its boats, told at some length here.</p>"


def test_the_readme_dask_example_skips_a_blank_line_and_fails_a_bad_one_alone(tmp_path: Path) -> None:
    # Before: its `.map(json.loads)` stopped the whole job at a blank line (JSONDecodeError: Expecting
    # value), at a malformed line, and its read_text at a line not in UTF-8 (UnicodeDecodeError).
    pytest.importorskip("dask.bag")
    code = readme_dask_example(tmp_path)
    page = json.dumps({"url": "https://a.example/1", "html": STORY_HTML})
    (tmp_path / "pages-1.jsonl").write_bytes(
        f"{page}\n\n   \n{{\"url\": \"https://a.example/2\", \"html\": \n".encode()
        + b'{"html": "caf\xe9"}\r\n' + f"{page}\n".encode())
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 (the README's own code)
    written = (tmp_path / "cleaned-0.jsonl").read_text(encoding="utf-8")
    records = [parse_record(line.encode("utf-8")) for line in written.splitlines()]
    assert [record["cleaner_error"] for record in records] == [
        None, "malformed JSON: Expecting value (column 40)", "malformed line: not UTF-8", None]
    assert [record["text"] for record in records] == [STORY, None, None, STORY]
    # A line that failed keeps its text, to be found and mended.
    assert records[1]["html"] == '{"url": "https://a.example/2", "html": '
