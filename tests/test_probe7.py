"""Hostile but realistic inputs found by a seventh probe: each failed before its fix."""

from __future__ import annotations


import pyarrow as pa
import pytest

from cleaner.datasets_map import CleanBatch

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
