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


def test_a_report_to_dash_goes_to_stdout_not_into_a_file_named_dash(tmp_path: Path) -> None:
    # Before: `cleaner report page.txt -o -` and `cleaner clean ... --report -` each wrote a file named "-"
    # in the current folder, where `-` means stdout everywhere else.
    (tmp_path / "page.txt").write_text(STORY * 2, encoding="utf-8")
    html = run_cli("report", "page.txt", "-o", "-", cwd=tmp_path)
    assert html.returncode == 0, html.stderr
    assert html.stdout.startswith(b"<!doctype html>") and b"harbour" in html.stdout
    assert b"into stdout" in html.stderr
    ran = run_cli("clean", "page.txt", "-o", "out", "--report", "-", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["files"]["cleaned"] == 1
    assert not (tmp_path / "-").exists()
    both = run_cli("clean", "page.txt", "-o", "-", "--format", "jsonl", "--report", "-", cwd=tmp_path)
    assert both.returncode == 2 and b"where the records go" in both.stderr
    named = run_cli("clean", "page.txt", "-o", "out", "--report", "./-", cwd=tmp_path)  # a file named "-", asked for
    assert named.returncode == 0 and json.loads((tmp_path / "-").read_bytes())["files"]["cleaned"] == 1
