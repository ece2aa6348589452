"""Hostile but realistic inputs found by a seventh probe: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from cleaner.datasets_map import CleanBatch
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"

STORY_HTML = "<p>This is the real story about the harbour and its boats, told at some length here.</p>"


@pytest.mark.parametrize("nested", [False, True])
def test_a_batch_with_a_column_named_twice_fails_by_name(nested: bool) -> None:
    # Before: a row was read as a dict, which holds one value of a name: of two html columns the
    # story was dropped for the other and the row cleaned as it, without a word.
    story, other = pa.array([STORY_HTML]), pa.array(["<p>x</p>"])
    if nested:
        table = pa.table({"doc": pa.StructArray.from_arrays([story, other], names=["html", "html"])})
        name, field = "doc.html", "doc.html"
    else:
        table = pa.Table.from_arrays([story, other], names=["html", "html"])
        name, field = "html", "html"
    with pytest.raises(ValueError, match=f"column '{name}' is there twice: a record holds only one of them"):
        CleanBatch(html_field=field)(table)


def test_an_output_its_failed_claimant_left_goes_to_the_next_input_whatever_its_name(tmp_path: Path) -> None:
    # Before: the failed inputs were looked up by their printed names (a line break as \x0a), the
    # claimant by its own: an empty `two\nway.html` failed, and `two\nway.txt` was refused as
    # 'already written from' it, though nothing was: no output at all.
    src = tmp_path / "in"
    src.mkdir()
    (src / "two\nway.html").write_bytes(b"")
    (src / "two\nway.txt").write_text(STORY, encoding="utf-8")
    ran = run_cli("clean", str(src), "-o", str(tmp_path / "out"))
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[0] == f"error: {src}/two\\x0away.html: empty input"
    assert "already written" not in ran.stderr.decode()
    assert (tmp_path / "out" / "two\nway.txt").read_text(encoding="utf-8") == STORY
