"""A WARC response whose HTTP status line is malformed (no 3-digit status code) cannot be read as what it claims,
an HTTP response: it may hold a page, so it fails by name and the run exits 1 (principle 4: nothing lost in
silence). Before: it was counted under "skipped" with the records that hold no page (requests, metadata, redirects,
errors, images), and a run whose only problem it was exited 0."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

STORY = ("The council voted on Tuesday to approve the new budget for schools, parks and public transport, "
         "officials said after a long debate that ran late into the evening.")


def crawl(statuses: list[str]) -> bytes:
    """A WARC written by warcio: for each status line, a request and an HTML response with that status."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n, status in enumerate(statuses):
        url = f"https://paper.example/story-{n}"
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = f"<html><body><article><h1>Story {n}</h1><p>{STORY}</p></article></body></html>".encode()
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_a_response_with_a_malformed_status_line_fails_by_name_and_the_run_exits_1(tmp_path):
    src, out, report = tmp_path / "crawl.warc.gz", tmp_path / "out.jsonl", tmp_path / "report.json"
    src.write_bytes(crawl(["200 OK", "OK", "404 Not Found"]))
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--report",
                          str(report)], capture_output=True, text=True)
    assert ran.returncode == 1, ran.stderr  # before: 0
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["skipped"] == {"request record": 3, "status 404": 1}  # before: "malformed HTTP status line" 1 too
    [failure] = written["failures"]
    assert failure["reason"] == "malformed HTTP status line (no 3-digit status code)"
    assert failure["source"].startswith(f"{src}:urn:uuid:")
    assert f"error: {failure['source']}: {failure['reason']}" in ran.stderr.splitlines()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(record["url"], record["cleaner_error"]) for record in records] == [
        ("https://paper.example/story-0", None), ("https://paper.example/story-1", failure["reason"])]
    assert STORY in records[0]["text"] and "text" not in records[1]  # its page, if it held one, not known
