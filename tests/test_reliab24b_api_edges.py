"""Edges met by a hostile but ordinary user: a WARC body that decompresses past a page's limit."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.decode import sniff_encoding
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


JAPANESE = ["委員会は火曜日に会合を開き、議会の複数の議員から批判を受けている新しい予算案について話し合った。",
            "当局者によると、この計画により今後二年間で固定資産税が約三パーセント引き上げられるという。",
            "文書によれば、この措置は長い公開討論の後、来週投票にかけられる予定である。"]


@pytest.mark.parametrize("declared", ['<meta charset="iso-2022-jp">', ""])
def test_an_iso_2022_jp_page_is_read_as_japanese(tmp_path: Path, declared: str) -> None:
    # Before: ISO-2022-JP (Japanese mail's encoding, and some old pages') is 7-bit, its kanji ASCII bytes after
    # an escape, so its bytes decode as UTF-8: the page came out as ASCII garbage ("$B0Q0w2q$O2P..."), which
    # was all removed, an empty output and exit 0, whatever the page declared.
    article = "".join(f"<p>{line}</p>\n" for line in JAPANESE)
    html = f"<html><head>{declared}<title>予算</title></head><body><article>{article}</article></body></html>"
    (tmp_path / "page.html").write_bytes(html.encode("iso2022_jp"))
    (tmp_path / "notes.txt").write_bytes("\n\n".join(JAPANESE).encode("iso2022_jp"))
    ran = run_cli("clean", str(tmp_path / "page.html"), str(tmp_path / "notes.txt"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    for name in ("page.txt", "notes.txt"):
        assert (tmp_path / "out" / name).read_text(encoding="utf-8").split() == JAPANESE


def test_a_terminal_log_with_escapes_stays_utf8() -> None:
    # Guards the fix above: a terminal's escapes (`tput sgr0` writes ESC ( B, which ISO-2022-JP shares) are
    # no sign of ISO-2022-JP: the log's UTF-8 letters stay as they are.
    log = "Build für Café: \x1b[32mOK\x1b(B\x1b[m in 3 s.\nNächster Schritt läuft jetzt.\n".encode()
    assert sniff_encoding(log) == "utf-8"

