"""A `.warc.gz` with a corrupt gzip member in its middle, and bytes lines in a dask bag: each failed before its fix."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def warc_records(count: int, compress: bool = True) -> tuple[list[bytes], list[str]]:
    """The bytes of each of ``count`` HTML responses as warcio writes them (a gzip member each in a
    `.warc.gz`), and their record ids."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records, ids = [], []
    for number in range(count):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=compress)
        page = f"<html><body><p>{number}: {STORY.strip()}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://a.example/{number}", "response", payload=io.BytesIO(page),
                                           http_headers=headers)
        ids.append(record.rec_headers.get_header("WARC-Record-ID").strip("<>"))
        writer.write_record(record)
        records.append(buffer.getvalue())
    return records, ids


def test_a_corrupt_gzip_member_is_skipped_by_name_and_the_records_after_it_are_cleaned(tmp_path: Path) -> None:
    # Before: the reading stopped at the corrupt member ("... after record ID: what follows it is not read"),
    # and the two records after it were lost.
    members, ids = warc_records(5)
    # Corrupt bytes inside the third member's data, with what looks like gzip members there: a header whose
    # data is junk, and a whole member that holds no WARC record. Neither may come out as a record.
    decoy = gzip.compress(b"no record here\r\n\r\n") + b"\x1f\x8b\x08\x00junk"
    corrupt = members[2][:30] + b"\xff" * 8 + decoy + members[2][30 + 8 + len(decoy):]
    assert len(corrupt) == len(members[2])
    start = len(members[0] + members[1])
    end = start + len(corrupt)  # where the fourth member starts
    (tmp_path / "crawl.warc.gz").write_bytes(members[0] + members[1] + corrupt + members[3] + members[4])
    ran = run_cli("clean", str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "pages.jsonl"),
                  "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1
    rows = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    stretch = f"bytes {start}-{end - 1}"
    assert [row["id"] for row in rows] == [ids[0], ids[1], stretch, ids[3], ids[4]]
    assert [row["cleaner_error"] is None for row in rows] == [True, True, False, True, True]
    assert [f"{number}: " in row["text"] for number, row in enumerate(rows) if number != 2] == [True] * 4
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {tmp_path / 'crawl.warc.gz'}:{stretch}: corrupt or truncated gzip data (")
    assert errors[0].endswith(f" after record {ids[1]}: skipped up to the next gzip member that holds a WARC record")
    assert rows[2]["cleaner_error"] == errors[0].split(f":{stretch}: ", 1)[1]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [failure["source"] for failure in report["failures"]] == [f"{tmp_path / 'crawl.warc.gz'}:{stretch}"]


def test_a_corrupt_last_gzip_member_still_says_what_is_not_read(tmp_path: Path) -> None:
    # No member after it holds a record: the error follows the records before it, as before.
    members, ids = warc_records(3)
    corrupt = members[2][:30] + b"\xff" * 8 + members[2][38:]
    (tmp_path / "crawl.warc.gz").write_bytes(members[0] + members[1] + corrupt)
    ran = run_cli("clean", str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "pages.jsonl"))
    assert ran.returncode == 1
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {tmp_path / 'crawl.warc.gz'}: corrupt or truncated gzip data (")
    assert errors[0].endswith(f" after record {ids[1]}: what follows it is not read")
    rows = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ids[:2]


def test_an_uncompressed_warc_with_a_garbled_record_says_where_it_stops(tmp_path: Path) -> None:
    # Uncompressed, there are no members to go on at: the records before the garbled one come out, and
    # one line names the file, the reason and the record after which the reading stopped.
    records, ids = warc_records(3, compress=False)
    data = b"".join(records)
    second = data.index(b"WARC/1.", 1)
    (tmp_path / "crawl.warc").write_bytes(data[:second] + b"\x00\xffgarbled" + data[second + 10:])
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "pages.jsonl"))
    assert ran.returncode == 1
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {tmp_path / 'crawl.warc'}: ")
    assert f"after {ids[0]}" in errors[0]
    assert "\\x00" in errors[0] and "\x00" not in errors[0]  # the garbled bytes shown, not sent to the terminal
    rows = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ids[:1]


def test_bytes_lines_in_a_dask_bag_are_read_as_json_lines(tmp_path: Path) -> None:
    # Before: each bytes item failed as "not a record: bytes" (a bag read in binary gives bytes lines).
    import dask
    import dask.bag

    from cleaner.dask_bag import clean_bag

    lines = [json.dumps({"id": 1, "text": STORY}).encode() + b"\n", b"  \n", b'{"id": 2, "text": "caf\xe9"}\n',
             b'{"id": 3, "text": "cut']
    with dask.config.set(scheduler="sync"):
        cleaned = clean_bag(dask.bag.from_sequence(lines, npartitions=2)).compute()
    (tmp_path / "in.jsonl").write_bytes(b"".join(lines))
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    read = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert cleaned == read
    assert [row["cleaner_error"] for row in cleaned] == [
        None, "malformed line: not UTF-8", "malformed JSON: Unterminated string starting at (column 19)"]
