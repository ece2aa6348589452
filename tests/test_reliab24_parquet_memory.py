"""A Parquet file's large row group is made into records a few at a time, not all at once."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.parquet_io import parquet_rows


def test_a_large_row_group_is_not_made_into_records_all_at_once(tmp_path: Path) -> None:
    # Before: each row group's rows were all made Python records at once (to_pylist), beside the group read:
    # a row group of 1 GB of text (one writer's whole file) held some 3 GB while its first row was cleaned.
    texts = [f"{number} " + "story text " * 1000 for number in range(2000)]  # 22 MB in one row group
    pq.write_table(pa.table({"text": texts}), tmp_path / "rows.parquet", row_group_size=len(texts))
    with (tmp_path / "rows.parquet").open("rb") as stream:
        tracemalloc.start()
        try:
            seen = 0
            for row in parquet_rows(stream):
                assert isinstance(row, dict) and row["text"] == texts[seen]
                seen += 1
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert seen == len(texts)
    assert peak < 8 << 20, peak  # the records made at once: all of them held the 22 MB of texts
