"""Hostile but realistic inputs found by a fourth probe: each failed before its fix."""

from __future__ import annotations

import json
import multiprocessing

from cleaner.corpus import Entry, clean_entry
from cleaner.executors import ProcessPoolExecutor
from cleaner.run import RunOptions

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _entries(count: int) -> list[Entry]:
    lines = [json.dumps({"id": n, "text": f"{n} {STORY}"}).encode() for n in range(count)]
    return [Entry(f"pages.jsonl:{n}", n, line=line) for n, line in enumerate(lines, start=1)]


def test_a_pool_starts_no_more_workers_than_it_has_documents() -> None:
    # Before: --jobs 64 on 3 documents started 64 processes (and handed all 3 to the first).
    pool = ProcessPoolExecutor(64)
    outcomes = pool.map(clean_entry, RunOptions(fmt="jsonl"), _entries(3))
    first = next(outcomes)
    workers = multiprocessing.active_children()
    rest = list(outcomes)
    assert len(workers) == 3
    assert [o.record["id"] for o in [first, *rest]] == [0, 1, 2]
    assert all(o.error is None for o in [first, *rest])

