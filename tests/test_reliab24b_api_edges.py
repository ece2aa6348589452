"""Edges met by a hostile but ordinary user: a WARC body that decompresses past a page's limit."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.run import MAX_INPUT_BYTES
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here."
ARTICLE = "".join(f"<p>{n} {STORY}</p>" for n in range(6))
PAGE_HTML = f"<html><body><article>{ARTICLE}</article></body></html>".encode()


def test_a_zstd_body_too_large_fails_as_too_large_as_a_gzip_one_does(tmp_path: Path) -> None:
    # Before: a zstd body that decompresses past a page's limit in its first read failed as "HTTP body corrupt: its
    # zstd Content-Encoding does not decompress" (the limit's error taken as corrupt data), not as too large.
    import zstandard

    huge = b"<html><body><p>" + bytes(MAX_INPUT_BYTES + (1 << 20)) + b"</p></body></html>"
    bodies = [("zstd", zstandard.ZstdCompressor().compress(huge)), ("gzip", gzip.compress(huge, 1)),
              ("zstd", zstandard.ZstdCompressor().compress(PAGE_HTML))]
    with (tmp_path / "crawl.warc").open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for number, (coding, body) in enumerate(bodies):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", coding)],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert ran.returncode == 1
    too_large = f"HTML too large (over {MAX_INPUT_BYTES} bytes)"
    assert [row["cleaner_error"] for row in rows] == [too_large, too_large, None]
    assert "harbour" in rows[2]["text"]
