"""A hostile user's inputs (session 27): each fails by name and is counted, the rest of the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli
from test_warc11 import warc_records


def test_a_warc_record_whose_type_line_is_garbled_fails_by_name_between_the_others(tmp_path: Path) -> None:
    # Before: a WARC-Type line without its colon left the record of no type: skipped as "record of unknown
    # type" in the summary, its page lost with exit 0.
    records, ids = warc_records(3, compress=False)
    records[1] = records[1].replace(b"WARC-Type: response", b"WARC-Type response", 1)
    (tmp_path / "crawl.warc").write_bytes(b"".join(records))
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    assert f"crawl.warc:{ids[1]}: the record has no WARC-Type" in ran.stderr.decode()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["url"] for row in rows] == [f"https://a.example/{number}" for number in range(3)]
    assert [row["cleaner_error"] is None for row in rows] == [True, False, True]
