"""Hostile but realistic inputs found by the eleventh reliability probe: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def test_a_streamed_batch_of_mixed_values_fails_only_the_rows_that_hold_no_text() -> None:
    # Before: a batch of lists (a streaming IterableDataset's) went through pa.table, which takes a column
    # of one type: a number among the texts stopped the whole map (ArrowTypeError: Expected bytes, got a
    # 'int' object), and bytes among them turned every text of the batch into bytes.
    import datasets

    from cleaner.datasets_map import CleanBatch

    texts = [STORY, 5, None, STORY.encode(), ["a", "list"], STORY]
    streamed = datasets.IterableDataset.from_generator(
        lambda: iter([{"id": number, "text": text} for number, text in enumerate(texts)]))
    cleaned = list(streamed.map(CleanBatch(), batched=True, batch_size=len(texts)))
    assert [(row["id"], row["text"], row["cleaner_error"]) for row in cleaned] == [
        (0, STORY, None),
        (1, 5, "field 'text' holds int, not text"),
        (2, None, "no text in field 'text'"),
        (3, STORY.encode(), None),
        (4, ["a", "list"], "field 'text' holds list, not text"),
        (5, STORY, None)]
    kept = CleanBatch(skip_failed=True)({"id": [1, 2], "text": [5, STORY]})
    assert kept == {"id": [2], "text": [STORY]}
    assert CleanBatch(skip_failed=True)({"id": [1], "text": [None]}) == {"id": [], "text": []}
    with pytest.raises(ValueError, match="differ in length"):
        CleanBatch()({"id": [1, 2], "text": [STORY]})
