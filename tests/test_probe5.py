"""Hostile but realistic inputs found by a fifth probe: each failed before its fix."""

from __future__ import annotations

import datetime
import decimal
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def test_parquet_columns_of_dates_decimals_and_bytes_are_written_into_jsonl(tmp_path: Path) -> None:
    # Before: a Parquet file with a timestamp column (a crawl date), cleaned into JSONL, ended the run
    # with a traceback (TypeError: Object of type datetime is not JSON serializable), no output.
    crawled = datetime.datetime(2024, 5, 1, 12, 30, 15, 250000, tzinfo=datetime.UTC)
    table = pa.table({
        "text": [STORY * 2, STORY],
        "crawled": pa.array([crawled, None], pa.timestamp("us", tz="UTC")),
        "day": pa.array([datetime.date(2024, 5, 1), None]),
        "at": pa.array([datetime.time(12, 30), None]),
        "took": pa.array([datetime.timedelta(seconds=90), None], pa.duration("ms")),
        "price": pa.array([decimal.Decimal("12.50"), None], pa.decimal128(10, 2)),
        "raw": pa.array([b"caf\xc3\xa9 \xff", None]),
    })
    pq.write_table(table, tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"text": STORY * 2, "crawled": "2024-05-01T12:30:15.250000+00:00", "day": "2024-05-01",
                       "at": "12:30:00", "took": 90.0, "price": "12.50", "raw": "café \udcff",
                       "cleaner_error": None}
    assert rows[1]["crawled"] is None and rows[1]["price"] is None
