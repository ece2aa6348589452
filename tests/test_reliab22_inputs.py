"""Session 22 (reliab22): inputs that were lost or garbled in silence, or refused in words that were not true."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import DecodeError
from cleaner.decode import decode_bytes
from helpers import run_cli
from test_formats import warc_of_responses

# An English page quoting a few Russian words: in KOI8-R, two encodings read it equally well.
CHOIR = ('The school choir sang at the harbour festival on Saturday. Its leader held up a sign that said "Спасибо, '
         'друзья" and thanked the visiting families, who had travelled for two days by train to hear the concert.')


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("label", ["iso-8859-1", "utf-8", "windows-1252"])
def test_an_unclear_encoding_names_what_the_page_declared(label: str) -> None:
    # Before: "encoding unclear (cp1256 or cp874; none declared)" for a page that declared one.
    with pytest.raises(DecodeError, match=f"unclear.*declares {label}") as refused:
        decode_bytes(_html(CHOIR, f'<meta charset="{label}">').encode("koi8_r"))
    assert "none declared" not in str(refused.value)


def test_an_unclear_encoding_of_a_page_that_declares_none_says_none_was() -> None:
    with pytest.raises(DecodeError, match="unclear.*none declared"):
        decode_bytes(_html(CHOIR).encode("koi8_r"))


@pytest.mark.parametrize("after", [b"\r\n", b"\r\n\x00\x00", b"bytes of a crawler's padding " * 700],
                         ids=["line-break", "nuls", "a-block-of-junk"])
def test_a_warc_page_sent_br_encoded_with_bytes_after_its_end_is_read(tmp_path: Path, after: bytes) -> None:
    # Before: "HTTP body corrupt: its br Content-Encoding does not decompress", the page lost: brotli's decoder
    # fails on any byte after its stream's end, which the README says are read past (as a gzip body's are).
    brotli = pytest.importorskip("brotli")
    page = _html(" ".join([CHOIR] * 40)).encode()
    sent_br = [("Content-Encoding", "br")]
    broken = brotli.compress(page)[:-9] + b"\xff" * 40
    (tmp_path / "crawl.warc.gz").write_bytes(warc_of_responses((sent_br, brotli.compress(page) + after),
                                                               (sent_br, broken)))
    ran = run_cli("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    whole, corrupt = [json.loads(line) for line in ran.stdout.decode().splitlines()]
    assert whole["cleaner_error"] is None and "harbour festival" in whole["text"]
    assert corrupt["cleaner_error"].startswith("HTTP body corrupt")
    assert ran.returncode == 1


def test_an_unclear_encoding_names_the_charset_a_warc_pages_http_header_declares(tmp_path: Path) -> None:
    # Before: "none declared" of a page whose header said iso-8859-1 (the decoder saw its bytes alone).
    page = _html(CHOIR).encode("koi8_r")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for content_type in ("text/html; charset=iso-8859-1", "text/html"):
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/", "response", payload=io.BytesIO(page),
                                                      http_headers=http))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    ran = run_cli("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    declared, undeclared = [json.loads(line)["cleaner_error"] for line in ran.stdout.decode().splitlines()]
    assert "unclear" in declared and "HTTP header declares iso-8859-1" in declared
    assert "unclear" in undeclared and "none declared" in undeclared
    assert ran.returncode == 1
