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


def test_a_utf8_jsonl_with_a_utf16_line_pasted_in_fails_that_line_alone(tmp_path: Path) -> None:
    # Before: the zero bytes of one UTF-16 line in the file's first 4 KiB made the whole file UTF-16: the UTF-8
    # records around it came out as CJK characters, failed as malformed, and the reading stopped at line 2.
    story = "This is the real story about the harbour and its boats, told at some length here."
    lines = [json.dumps({"id": number, "text": f"{number} {story}"}).encode() for number in range(3)]
    lines[1] = lines[1].decode().encode("utf-16")  # its BOM, then UTF-16-LE: as PowerShell's `>>` appends
    (tmp_path / "pages.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1 and "pages.jsonl:2: " in ran.stderr.decode()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row.get("id"), row["cleaner_error"] is None) for row in rows] == [(0, True), (None, False), (2, True)]
    assert rows[2]["text"].strip() == f"2 {story}"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_jsonl_without_its_bom_after_blank_lines_is_still_read_as_utf16(tmp_path: Path,
                                                                                encoding: str) -> None:
    story = "This is the real story about the harbour and its boats, told at some length here."
    text = "\n\n" + "".join(json.dumps({"id": number, "text": f"{number} {story}"}) + "\n" for number in range(2))
    (tmp_path / "pages.jsonl").write_bytes(text.encode(encoding))
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["text"].strip() for row in rows] == [f"{number} {story}" for number in range(2)]
