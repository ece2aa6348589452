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
from test_encode21b_misdeclared import _outcomes
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


def test_bytes_after_a_br_stream_that_ended_with_a_block_are_read_past() -> None:
    # Before: the bytes in the block after the one the stream ended with failed the decoder ("decoder failed").
    brotli = pytest.importorskip("brotli")
    from cleaner.webarchive import _BrotliDecompressor

    page = _html(CHOIR).encode()
    decompressor = _BrotliDecompressor()
    assert decompressor.decompress(brotli.compress(page)) == page
    assert decompressor.decompress(b"\r\n") == b"" and decompressor.eof


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


# An English page in Windows-1252 whose one letter beyond ASCII another encoding's reading made more like "a
# language" by the detector's measure (its coherence), read so in silence: "Ċlesund" (ISO-8859-3).
ALESUND = ("The ferry from Ålesund was delayed by the storm on Friday, and the passengers waited for six hours in the "
           "terminal before the captain decided that the crossing was safe again.")


@pytest.mark.parametrize("text", [ALESUND, _html(ALESUND)], ids=["text", "html"])
def test_an_english_page_in_windows_1252_is_read_in_it(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(("language", "encodings"),
                         [("it", ("cp1252", "iso8859_1", "iso8859_15")), ("en-ru", ("koi8_r",))])
def test_no_case_of_the_legacy_encodings_benchmark_is_garbled(language: str, encodings: tuple[str, ...]) -> None:
    # Before: Italian declared UTF-8 read as Windows-1258 ("peṛ": the detector's coherence again), and KOI8-R words
    # in an English page as Shift_JIS ("蔆ﾂﾒﾏ ﾐﾏﾖﾁﾌﾏﾗﾁﾔﾘ"), in silence.
    outcomes = {case: result for case, result in _outcomes(language).items() if case.split()[0] in encodings}
    assert outcomes and "garbled" not in outcomes.values(), outcomes


def test_a_few_koi8_r_words_in_an_english_page_are_not_read_as_shift_jis() -> None:
    # Before: the detector, finding readings equally good, preferred the one of more two-byte characters:
    # "蔆ﾂﾒﾏ ﾐﾏﾖﾁﾌﾏﾗﾁﾔﾘ" in cp932, in silence. Refused by name now, as equally good readings are.
    text = ('The council met on Tuesday. Guests from the twin town brought a banner that read "Добро пожаловать" '
            "and a letter from their mayor, who could not travel this year because of the floods in the region. "
            "The council thanked them and agreed to share the cost of the new footpath along the river.")
    try:
        assert decode_bytes(text.encode("koi8_r")) == text
    except DecodeError as refused:
        assert "unclear" in str(refused)
