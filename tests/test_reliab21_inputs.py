"""Session 21 (reliab21): what a hostile but realistic user's inputs found, each promise of the README held."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import DecodeError
from cleaner.decode import decode_bytes
from helpers import run_cli
from test_formats import warc_of_responses

CHINESE = "北京市政府今天宣布了新的交通计划。根据该计划，明年起市区公交线路将增加，并将听取市民的意见。\n"
JAPANESE = "東京都は今日、新しい交通計画を発表しました。計画では、来年から市内の路線バスを増やす予定です。\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("line", [CHINESE, JAPANESE], ids=["chinese", "japanese"])
def test_utf16_without_a_bom_of_chinese_or_japanese_text_is_read(encoding: str, line: str) -> None:
    # Before: "binary data (control characters)": few zero bytes, and its characters' low bytes are control bytes.
    assert decode_bytes((line * 20).encode(encoding)) == line * 20


def test_a_utf16_page_without_a_bom_is_cleaned_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_bytes((JAPANESE * 6).encode("utf-16-le"))
    ran = run_cli("clean", "in", "-o", "out", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert JAPANESE.strip() in (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")


def test_binary_data_is_still_refused_as_binary() -> None:
    for seed in range(20):
        data = bytes([1, 0, 2, 0]) * 100 + os.urandom(2000) + bytes(range(32)) * 10
        with pytest.raises(DecodeError, match="binary"):
            decode_bytes(data + bytes([seed]))


RUSSIAN = ("Президент России заявил сегодня, что правительство подготовит новый закон о налогах до конца года. "
           "Депутаты обсудят проект на следующей неделе, а голосование пройдёт в декабре.")
GERMAN = ("Die Stadtverwaltung hat heute einen neuen Verkehrsplan vorgestellt. Für die Bürger ändert sich "
          "einiges: größere Busse, häufigere Takte und neue Haltestellen am Südufer.")


def _page(body: str, charset: str) -> str:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(4))
    return (f'<html><head><meta charset="{charset}"><title>Story</title></head><body>'
            f"<article>{paragraphs}</article></body></html>")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_a_page_declared_latin_1_that_is_cyrillic_is_read_in_its_own_encoding(tmp_path: Path, encoding: str) -> None:
    # Before: read as declared, it came out "Ïðåçèäåíò Ðîññèè...", exit 0 (a server's default label on a Russian page).
    (tmp_path / "page.html").write_bytes(_page(RUSSIAN, "iso-8859-1").encode(encoding))
    ran = run_cli("clean", "page.html", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert RUSSIAN.split(",")[0] in ran.stdout.decode()


def test_a_page_truly_in_windows_1252_is_read_as_declared() -> None:
    page = _page(GERMAN + " À Ärger über Öl: Ça, Émile, où ès?", "iso-8859-1").encode("cp1252")
    assert "Bürger" in decode_bytes(page) and "Ärger über Öl" in decode_bytes(page)


def test_a_warc_page_whose_http_header_says_latin_1_of_cyrillic_is_read_in_its_own_encoding(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=ISO-8859-1")], protocol="HTTP/1.1")
    body = _page(RUSSIAN, "iso-8859-1").encode("cp1251")
    writer.write_record(writer.create_warc_record("https://gazette.example/ru", "response",
                                                  payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    ran = run_cli("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert RUSSIAN.split(",")[0] in json.loads(ran.stdout)["text"]


def _jsonl(records: list[dict]) -> bytes:
    return b"".join(b"\xef\xbb\xbf" + json.dumps(record).encode() + b"\r\n" for record in records)


RECORDS = [{"id": f"r{number}", "text": f"{GERMAN} Absatz {number}."} for number in range(2)]


def test_jsonl_on_stdin_after_a_line_of_a_bom_alone_is_read_as_jsonl() -> None:
    # Before: an empty file Notepad saved (a BOM alone) joined before a JSONL made stdin a page: the records
    # were cleaned as one text, into nothing, exit 0.
    # A pipe, as users give it (the test runner's stdin is read otherwise).
    for start in (b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"):
        ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-"], input=start + _jsonl(RECORDS),
                             capture_output=True, timeout=60)
        assert ran.returncode == 0, ran.stderr
        records = [json.loads(line) for line in ran.stdout.decode().splitlines()]  # as a page, the lines came back
        assert [(record["id"], record.get("cleaner_error", "no such field")) for record in records] == [
            ("r0", None), ("r1", None)], ran.stdout


def test_a_jsonl_line_after_a_bom_alone_is_read_from_a_file_too(tmp_path: Path) -> None:
    # Before: "malformed JSON: Unexpected UTF-8 BOM", the first record failed.
    (tmp_path / "joined.jsonl").write_bytes(b"\xef\xbb\xbf" + _jsonl(RECORDS))
    ran = run_cli("clean", "joined.jsonl", "-o", "-", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert [json.loads(line)["cleaner_error"] for line in ran.stdout.decode().splitlines()] == [None, None]


def test_a_warc_page_sent_br_encoded_is_read(tmp_path: Path) -> None:
    # Before: "HTTP body unreadable: its br Content-Encoding cannot be decompressed (AttributeError: ...)".
    brotli = pytest.importorskip("brotli")
    page = _page(GERMAN, "utf-8").encode()
    compressed, sent_br = brotli.compress(page), [("Content-Encoding", "br")]
    cut_short = compressed[:len(compressed) // 2]
    (tmp_path / "crawl.warc.gz").write_bytes(warc_of_responses((sent_br, compressed), (sent_br, cut_short)))
    ran = run_cli("clean", "crawl.warc.gz", "-o", "-", cwd=tmp_path)
    whole, cut = [json.loads(line) for line in ran.stdout.decode().splitlines()]
    assert whole["cleaner_error"] is None and GERMAN.split(":")[0] in whole["text"]
    assert cut["cleaner_error"] == "HTTP body cut short: its br Content-Encoding ends early"
    assert ran.returncode == 1
