"""A WARC response's HTTP codings as servers write them: names of any case, and the aliases HTTP names."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.warcwriter import WARCWriter

from cleaner.run import MAX_INPUT_BYTES
from helpers import WARC_PAGE_HTML as PAGE_HTML, cleaned_warc, run_cli


def _chunked(data: bytes, size: int) -> bytes:
    parts = [data[start:start + size] for start in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def test_a_transfer_coding_named_in_capitals_is_read_as_chunked(tmp_path: Path) -> None:
    # Before: `Transfer-Encoding: Chunked` (HTTP's codings are case-insensitive; some servers write it so)
    # was not de-chunked: each chunk's size in hex came into the page's text, and the line breaks around
    # it cut its words ("... Tues" / "32" / "day to ..."), exit 0 without a word.
    status, rows = cleaned_warc(tmp_path, [([], PAGE_HTML),
                                           ([("Transfer-Encoding", "Chunked")], _chunked(PAGE_HTML, 50)),
                                           ([("Transfer-Encoding", " CHUNKED ")], _chunked(PAGE_HTML, 50))])
    assert status == 0, rows
    assert rows[0]["text"].count("harbour") == 6
    assert rows[1]["text"] == rows[0]["text"] and rows[2]["text"] == rows[0]["text"]


def test_a_chunked_body_cut_short_fails_whatever_the_case_of_its_coding(tmp_path: Path) -> None:
    # Guards the fix above: the coding once read as chunked, a cut body is named as one sent lower case is.
    status, rows = cleaned_warc(tmp_path, [([("Transfer-Encoding", "Chunked")], _chunked(PAGE_HTML, 50)[:300])])
    assert status == 1
    assert rows[0]["cleaner_error"] == "HTTP body cut short: its chunked Transfer-Encoding ends early"


def test_x_gzip_is_read_as_gzip(tmp_path: Path) -> None:
    # Before: `Content-Encoding: x-gzip`, which HTTP says to read as gzip (RFC 9110, 8.4.1.3), was taken as
    # no coding: the page failed as "binary data (gzip-compressed)".
    status, rows = cleaned_warc(tmp_path, [([], PAGE_HTML),
                                           ([("Content-Encoding", "x-gzip")], gzip.compress(PAGE_HTML)),
                                           ([("Content-Encoding", "X-Gzip"), ("Transfer-Encoding", "chunked")],
                                            _chunked(gzip.compress(PAGE_HTML), 40))])
    assert status == 0, rows
    assert rows[1]["text"] == rows[0]["text"] and rows[2]["text"] == rows[0]["text"]


def test_the_first_segment_of_a_segmented_record_fails_by_name(tmp_path: Path) -> None:
    # Before: a response split into segments (WARC 1.1, section 9: the first keeps its type and says
    # WARC-Segment-Number: 1, `continuation` records hold the rest) was cleaned as if its first segment were
    # the page: the story's end was lost, exit 0 in silence (the continuation was skipped as no page).
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    first, rest = (http + PAGE_HTML)[:400], (http + PAGE_HTML)[400:]
    with (tmp_path / "crawl.warc").open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        whole = writer.create_warc_record("https://gazette.example/whole", "response",
                                          payload=io.BytesIO(http + PAGE_HTML))
        segment = writer.create_warc_record("https://gazette.example/cut", "response", payload=io.BytesIO(first),
                                            warc_headers_dict={"WARC-Segment-Number": "1"})
        origin = segment.rec_headers.get_header("WARC-Record-ID")
        continuation = writer.create_warc_record(
            "https://gazette.example/cut", "continuation", payload=io.BytesIO(rest),
            warc_headers_dict={"WARC-Segment-Number": "2", "WARC-Segment-Origin-ID": origin,
                               "WARC-Segment-Total-Length": str(len(http + PAGE_HTML))})
        for record in (whole, segment, continuation):
            writer.write_record(record)
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert ran.returncode == 1
    assert rows[0]["cleaner_error"] is None and rows[0]["text"].count("harbour") == 6
    assert rows[1]["url"] == "https://gazette.example/cut" and "text" not in rows[1]
    assert "segment" in rows[1]["cleaner_error"], rows[1]
    assert len(rows) == 2


def test_a_zstd_body_is_read(tmp_path: Path) -> None:
    # Before: `Content-Encoding: zstd` (browsers ask for it since 2024; crawlers driving one keep the bytes as
    # sent) was taken as no coding: the page failed as "binary data (zstd-compressed)".
    import zstandard

    compressor = zstandard.ZstdCompressor(write_checksum=True)
    half = len(PAGE_HTML) // 2
    frames = compressor.compress(PAGE_HTML[:half]) + compressor.compress(PAGE_HTML[half:])
    status, rows = cleaned_warc(tmp_path, [([], PAGE_HTML),
                                           ([("Content-Encoding", "zstd")], compressor.compress(PAGE_HTML)),
                                           # two frames, read one after another
                                           ([("Content-Encoding", "zstd")], frames),
                                           ([("Content-Encoding", "zstd"), ("Transfer-Encoding", "chunked")],
                                            _chunked(frames, 7)),  # a frame's magic cut between reads
                                           ([("Content-Encoding", "zstd")], compressor.compress(PAGE_HTML) + b"\r\n")])
    assert status == 0, rows
    assert all(row["text"] == rows[0]["text"] for row in rows), rows


def test_a_zstd_body_cut_short_or_too_large_fails_by_name(tmp_path: Path) -> None:
    # Guards the fix above: a zstd body cut inside its frame is named as a gzip one is, and one that would
    # decompress past a page's limit (zstd's run-length blocks: 200 MB of 7 kB) fails alone.
    import zstandard

    compressor = zstandard.ZstdCompressor(write_checksum=True)
    status, rows = cleaned_warc(tmp_path, [([("Content-Encoding", "zstd")],
                                            compressor.compress(PAGE_HTML * 40)[:-40]),
                                           ([("Content-Encoding", "zstd")], compressor.compress(bytes(200 << 20))),
                                           ([], PAGE_HTML)])
    assert status == 1
    assert rows[0]["cleaner_error"] == "HTTP body cut short: its zstd Content-Encoding ends early"
    assert rows[1]["cleaner_error"] == f"HTML too large (over {MAX_INPUT_BYTES} bytes)" and "text" not in rows[1]
    assert rows[2]["cleaner_error"] is None
