"""Probes of session 40: nothing lost or garbled in silence, as a hostile user of the command and the API."""

from __future__ import annotations

import codecs
import io
import json

import pytest

from helpers import WARC_PAGE_HTML, run_cli


def _warc_of_two_pages() -> bytes:
    """The bytes of a WARC of two HTML responses (invented pages)."""
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for number in range(2):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                      payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http))
    return stream.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.dat", "-"])
def test_a_warc_that_starts_with_a_byte_order_mark_is_read_as_a_warc(tmp_path, name):
    data = codecs.BOM_UTF8 + _warc_of_two_pages()
    if name != "-":
        (tmp_path / name).write_bytes(data)
    # before: by name, `not a readable WARC: Unknown archive format, first line: ['\ufeffWARC/1.0']`, exit 1;
    # on stdin (or named crawl.dat), one page of both records' text, the second's WARC headers in it, exit 0
    ran = run_cli("clean", name, "-o", "-", stdin=data if name == "-" else None, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr.decode()
    records = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [record["url"] for record in records] == ["https://gazette.example/0", "https://gazette.example/1"]
    assert all("real story about the harbour" in record["text"] and "WARC" not in record["text"]
               for record in records)
