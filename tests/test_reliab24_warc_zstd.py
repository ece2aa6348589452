"""A `.warc.zst` of the IIPC's warc-zstd form (Archive Team's): a dictionary frame first, then a frame a record."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _records(count: int) -> list[bytes]:
    records = []
    for number in range(count):
        article = "".join(f"<p>{n} {STORY}</p>" for n in range(6))
        html = f"<html><head><title>Harbour {number}</title></head><body><article>{article}</article></body></html>"
        stream = io.BytesIO()
        writer = WARCWriter(stream, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=http))
        records.append(stream.getvalue())
    return records


def _warc_zst(records: list[bytes], *, compressed_dictionary: bool) -> bytes:
    dictionary = zstandard.train_dictionary(2048, records * 16)
    stored = dictionary.as_bytes()
    if compressed_dictionary:
        stored = zstandard.ZstdCompressor().compress(stored)
    compressor = zstandard.ZstdCompressor(dict_data=dictionary, write_checksum=True)
    return (struct.pack("<II", 0x184D2A5D, len(stored)) + stored
            + b"".join(compressor.compress(record) for record in records))


@pytest.mark.parametrize("compressed_dictionary", [False, True], ids=["dictionary", "compressed-dictionary"])
def test_a_warc_zst_with_its_dictionary_is_read(tmp_path: Path, compressed_dictionary: bool) -> None:
    # Before: the dictionary frame was read past as any skippable frame, and the first record's frame failed,
    # "corrupt or truncated zstd data (zstd decompressor error: Dictionary mismatch)": no page of the file read.
    data = _warc_zst(_records(4), compressed_dictionary=compressed_dictionary)
    (tmp_path / "crawl.warc.zst").write_bytes(data)
    for ran in (run_cli("clean", str(tmp_path / "crawl.warc.zst"), "-o", "-"), run_cli("clean", "-", stdin=data)):
        assert ran.returncode == 0, ran.stderr
        rows = [json.loads(line) for line in ran.stdout.splitlines()]
        assert [row["url"] for row in rows] == [f"https://gazette.example/{n}" for n in range(4)]
        assert all(row["text"].count("harbour") == 6 for row in rows)


def test_a_dictionary_frame_cut_short_fails_by_name(tmp_path: Path) -> None:
    # Guards the fix above: a file that ends inside its dictionary frame is said cut short, not read as empty.
    (tmp_path / "crawl.warc.zst").write_bytes(_warc_zst(_records(4), compressed_dictionary=False)[:1000])
    ran = run_cli("clean", str(tmp_path / "crawl.warc.zst"), "-o", "-")
    assert ran.returncode == 1
    assert b"zstd dictionary frame" in ran.stderr
