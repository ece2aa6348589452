"""Corpus formats: compressed streams, WARC archives, Parquet files, and the
record fields they share (dotted paths, dropped fields, errors in line)."""

from __future__ import annotations

import bz2
import hashlib
import io
import json
import lzma
import zlib
from gzip import compress as gzip_compress
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import Cleaner
from cleaner.compression import (
    COMPRESSIONS, CompressionError, decompress, inner_name, opened_for_reading, opened_for_writing,
)
from cleaner.errors import OutputError
from cleaner.parquet_io import ParquetError, ParquetWriter, parquet_row_count, parquet_rows, parquet_schema
from cleaner.records import RecordOptions, clean_record, get_field, with_field, without_field
from cleaner.webarchive import MALFORMED_STATUS, SNIFFED_BYTES, WarcError, WarcReader

BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning, as rain continued to fall.")
ARTICLE = "\n\n".join(f"{BODY} Paragraph {n}." for n in range(3)) + "\n"
PAGE_HTML = ("<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav><article>"
             + "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(3)) + "</article></body></html>")
CHROME_LINE = "Harbour Gazette Morning Briefing"
RULE_FILE = f'''outlet = "The Harbour Gazette"
domains = ["gazette.example"]

[[drop]]
id = "briefing"
pattern = '^{CHROME_LINE}$'
'''


@pytest.fixture(scope="module")
def cleaner(tmp_path_factory: pytest.TempPathFactory) -> Cleaner:
    rules = tmp_path_factory.mktemp("rules")
    (rules / "gazette.toml").write_text(RULE_FILE, encoding="utf-8")
    return Cleaner([rules])


# -- compression -------------------------------------------------------------

LINES = b"".join(b'{"text": "record %d"}\n' % n for n in range(5000))


def compressed(data: bytes, suffix: str) -> bytes:
    buffer = io.BytesIO()
    with opened_for_writing(buffer, f"out.jsonl{suffix}") as stream:
        stream.write(data)
    return buffer.getvalue()


def read_lines(data: bytes) -> list[bytes]:
    with opened_for_reading(io.BytesIO(data)) as stream:
        return list(stream)


@pytest.mark.parametrize("compression", COMPRESSIONS, ids=lambda c: c.name)
def test_each_compression_is_written_by_suffix_and_read_by_content(compression):
    data = compressed(LINES, compression.suffixes[0])
    assert data.startswith(compression.magic) and len(data) < len(LINES) / 3
    assert b"".join(read_lines(data)) == LINES
    assert decompress(data) == LINES


@pytest.mark.parametrize("compression", COMPRESSIONS, ids=lambda c: c.name)
def test_a_truncated_compressed_stream_is_an_error_not_a_shorter_input(compression):
    cut = compressed(LINES, compression.suffixes[0])[:-40]
    with pytest.raises(CompressionError, match=compression.name):
        read_lines(cut)
    with pytest.raises(CompressionError, match=compression.name):
        decompress(cut)


def decompressed_prefix(data: bytes, name: str) -> bytes:
    """What a one-shot streaming decompressor makes of ``data``, cut or not."""
    decompressor = {"gzip": lambda: zlib.decompressobj(31), "bzip2": bz2.BZ2Decompressor,
                    "xz": lzma.LZMADecompressor,
                    "zstd": lambda: zstandard.ZstdDecompressor().decompressobj()}[name]()
    return decompressor.decompress(data)


@pytest.mark.parametrize("compression", COMPRESSIONS, ids=lambda c: c.name)
def test_a_truncated_compressed_stream_gives_every_line_decompressed_before_its_error(compression):
    # Before, gzip, bzip2 and xz lost the whole lines decompressed with the read that met the cut.
    # Lines enough to fill several blocks of each format (bzip2's are 900 kB)
    lines = b"".join(b'{"text": "record %d %s"}\n' % (n, hashlib.sha1(b"%d" % n).hexdigest().encode())
                     for n in range(30_000))
    data = compressed(lines, compression.suffixes[0])
    cut = data[: len(data) * 3 // 4]
    whole_lines = decompressed_prefix(cut, compression.name).splitlines(keepends=True)[:-1]
    assert len(whole_lines) > 100
    read: list[bytes] = []
    with pytest.raises(CompressionError, match=compression.name), opened_for_reading(io.BytesIO(cut)) as stream:
        read.extend(stream)
    assert read[: len(whole_lines)] == whole_lines and lines.startswith(b"".join(read))


@pytest.mark.parametrize("compression", COMPRESSIONS, ids=lambda c: c.name)
def test_a_compressed_stream_corrupt_in_its_middle_is_an_error_not_other_data(compression):
    data = bytearray(compressed(LINES, compression.suffixes[0]))
    # zlib's own error (not an OSError) at 100 for gzip; zstd finds it by the checksum its writer adds
    for place in (100, len(data) // 3, len(data) // 2):
        corrupt = data.copy()
        corrupt[place] ^= 0xFF
        with pytest.raises(CompressionError, match=compression.name):
            read_lines(bytes(corrupt))
        with pytest.raises(CompressionError, match=compression.name):
            decompress(bytes(corrupt))


def test_zstd_files_of_several_frames_read_whole():
    frames = zstandard.ZstdCompressor().compress(b"one\n") + zstandard.ZstdCompressor().compress(b"two\n")
    assert read_lines(frames) == [b"one\n", b"two\n"]


def test_plain_data_passes_through_even_when_it_starts_like_a_magic_number():
    text = b"BZh, said the crowd, as the river rose.\n"
    assert read_lines(text) == [text] and decompress(text) == text
    assert compressed(b"plain", "") == b"plain"


def test_inner_name_drops_only_a_compression_suffix():
    assert inner_name("page.html.gz") == "page.html"
    assert inner_name("corpus.jsonl.zst") == "corpus.jsonl"
    assert inner_name("page.html") == "page.html"


# -- record fields -----------------------------------------------------------

def test_dotted_paths_read_write_and_drop_nested_fields_without_changing_the_input():
    record = {"text": "x", "metadata": {"url": "https://a.example/", "html": "<p>"}}
    assert get_field(record, "metadata.url") == "https://a.example/"
    assert get_field(record, "metadata.missing") is None and get_field(record, "text.deeper") is None
    assert with_field(record, "metadata.lang", "en")["metadata"] == {**record["metadata"], "lang": "en"}
    assert without_field(record, "metadata.html") == {"text": "x", "metadata": {"url": "https://a.example/"}}
    assert record == {"text": "x", "metadata": {"url": "https://a.example/", "html": "<p>"}}
    flat = {"metadata.url": "https://b.example/"}
    assert get_field(flat, "metadata.url") == "https://b.example/"


def test_the_url_in_a_nested_field_picks_the_outlet_rules(cleaner):
    record = {"text": f"{CHROME_LINE}\n\n{ARTICLE}", "metadata": {"url": "https://gazette.example/flood"}}
    cleaned = clean_record(cleaner, record, RecordOptions(url_field="metadata.url"))
    assert CHROME_LINE not in cleaned.record["text"] and BODY in cleaned.record["text"]
    assert cleaned.explanation.outlet == "gazette"
    elsewhere = clean_record(cleaner, {**record, "metadata": {"url": "https://other.example/"}},
                             RecordOptions(url_field="metadata.url"))
    assert elsewhere.explanation.outlet is None


def test_a_top_level_url_is_used_without_being_asked_for(cleaner):
    record = {"text": f"{CHROME_LINE}\n\n{ARTICLE}", "url": "https://gazette.example/flood"}
    assert clean_record(cleaner, record, RecordOptions()).explanation.outlet == "gazette"


def test_a_record_that_cannot_be_cleaned_stays_in_line_with_its_reason(cleaner):
    options = RecordOptions(drop_fields=("html",))
    good = clean_record(cleaner, {"id": 1, "text": ARTICLE, "html": "<p>"}, options)
    bad = clean_record(cleaner, {"id": 2, "text": "   ", "html": "<p>"}, options)
    assert good.record == {"id": 1, "text": ARTICLE, "cleaner_error": None}
    assert bad.record == {"id": 2, "text": "   ", "cleaner_error": "empty input"}
    skipped = clean_record(cleaner, {"id": 2, "text": "   "}, RecordOptions(skip_failed=True))
    assert skipped.record is None and skipped.error == "empty input"


def test_html_field_is_cleaned_into_the_text_field_and_can_be_dropped(cleaner):
    options = RecordOptions(html_field="html", drop_fields=("html",), error_field="why")
    cleaned = clean_record(cleaner, {"id": "a", "html": PAGE_HTML}, options).record
    assert set(cleaned) == {"id", "text", "why"} and BODY in cleaned["text"] and "Home" not in cleaned["text"]
    with pytest.raises(ValueError, match="cannot drop 'text'"):
        RecordOptions(drop_fields=("text",))


@pytest.mark.parametrize("fields", [
    {"error_field": "text"}, {"error_field": "text.why"}, {"error_field": "url"}, {"error_field": "meta",
                                                                                  "url_field": "meta.url"},
    {"html_field": "html", "error_field": "html"}, {"text_field": "title", "with_metadata": True},
    {"error_field": "language", "with_metadata": True},
    {"error_field": "metadata.title", "with_metadata": True, "metadata_field": "metadata"},
], ids=str)
def test_fields_that_would_overwrite_each_other_are_refused(fields):
    # The cleaned text, the URL or the HTML read would be lost under the error or the metadata (or, for a
    # field inside another, every record would fail to be written).
    with pytest.raises(ValueError, match="both"):
        RecordOptions(**fields)


@pytest.mark.parametrize("fields", [
    {"text_field": ""}, {"error_field": ""}, {"url_field": "meta..url"}, {"html_field": ".html"},
    {"drop_fields": ("html", "")}, {"with_metadata": True, "metadata_field": "cleaner."},
], ids=str)
def test_a_field_named_by_nothing_is_refused(fields):
    # `--error-field ''` wrote each reason under the key "", `--url-field ''` read no URL, without a word.
    with pytest.raises(ValueError, match="names no field"):
        RecordOptions(**fields)


def test_fields_apart_and_html_cleaned_in_place_are_accepted():
    RecordOptions(html_field="text", url_field="metadata.url", error_field="metadata.cleaner_error",
                  with_metadata=True, metadata_field="metadata")  # datatrove's layout
    RecordOptions(error_field="text_error", url_field="url", with_metadata=True)


def test_with_metadata_adds_title_language_code_and_removed_share(cleaner):
    options = RecordOptions(html_field="html", with_metadata=True)
    cleaned = clean_record(cleaner, {"html": PAGE_HTML}, options).record
    assert cleaned["title"] == "Flood" and cleaned["language"] == "en"
    page = {"text": f"{CHROME_LINE}\n\n{ARTICLE}", "url": "https://gazette.example/flood"}
    share = clean_record(cleaner, page, RecordOptions(with_metadata=True)).record["removed_share"]
    assert share == round(len(CHROME_LINE) / (len(CHROME_LINE) + len(ARTICLE.replace("\n", ""))), 4)
    failed = clean_record(cleaner, {"html": ""}, options).record
    assert "language" not in failed and failed["cleaner_error"]  # kept as it came
    nested = clean_record(cleaner, {"html": PAGE_HTML, "metadata": {"url": "u"}},
                          RecordOptions(html_field="html", with_metadata=True, metadata_field="metadata")).record
    assert nested["metadata"]["language"] == "en" and nested["metadata"]["url"] == "u" and "language" not in nested


# -- WARC --------------------------------------------------------------------

def build_warc(gzip: bool = True) -> bytes:
    """A small crawl as Common Crawl stores one: warcinfo, then request,
    response and metadata records for each fetch."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "tests"}))

    def fetch(url: str, status: str, content_type: str, body: bytes) -> None:
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
        writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 5"),
                                                      warc_content_type="application/warc-fields"))

    fetch("https://gazette.example/flood", "200 OK", "text/html; charset=UTF-8",
          PAGE_HTML.replace("<article>", f"<article><p>{CHROME_LINE}</p>").encode())
    fetch("https://gazette.example/gone", "404 Not Found", "text/html", b"<html>Not found</html>")
    fetch("https://gazette.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
    fetch("https://news.example/tokyo", "200 OK", "text/html; charset=shift_jis",
          f"<html><body><article><p>{'東京で大雨が降りました。' * 20}</p></article></body></html>".encode("shift_jis"))
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_are_documents_and_the_rest_is_counted(gzip):
    reader = WarcReader(io.BytesIO(build_warc(gzip)), html_field="html")
    documents = [document for document, problem in reader if problem is None]
    assert [d["url"] for d in documents] == ["https://gazette.example/flood", "https://news.example/tokyo"]
    assert all(d["id"].startswith("urn:uuid:") for d in documents) and len({d["id"] for d in documents}) == 2
    assert "東京で大雨" in documents[1]["html"]  # decoded by the charset of the HTTP header
    assert reader.skipped == {"warcinfo record": 1, "request record": 4, "metadata record": 4,
                              "status 404": 1, "not HTML (image/png)": 1}


def test_warc_documents_clean_with_their_outlet_rules(cleaner):
    options = RecordOptions(html_field="html", drop_fields=("html",))
    cleaned = [clean_record(cleaner, d, options) for d, _ in WarcReader(io.BytesIO(build_warc()), html_field="html")]
    assert cleaned[0].explanation.outlet == "gazette"
    assert BODY in cleaned[0].record["text"] and CHROME_LINE not in cleaned[0].record["text"]
    assert "東京で大雨" in cleaned[1].record["text"]
    assert all(set(c.record) == {"id", "url", "crawl_date", "text", "cleaner_error"} for c in cleaned)


def test_a_warc_page_over_the_limit_fails_alone_without_being_held_whole():
    pages = list(WarcReader(io.BytesIO(build_warc()), html_field="html", max_bytes=600))
    assert [document["url"] for document, _ in pages] == ["https://gazette.example/flood", "https://news.example/tokyo"]
    assert pages[0][1] == "HTML too large (over 600 bytes)" and pages[0][0]["html"] == b""  # 703 bytes
    assert pages[1][1] is None and "東京で大雨" in pages[1][0]["html"]  # 540 bytes of Shift_JIS


def raw_response(number: int, http: bytes, uri: str | None = "https://x.example/", kind: str = "response") -> bytes:
    """A WARC response record written byte by byte, as warcio would refuse to write it."""
    target = f"WARC-Target-URI: {uri}{number}\r\n" if uri else ""
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\n{target}WARC-Record-ID: <urn:uuid:{number}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def test_a_malformed_status_fails_and_a_malformed_type_or_kind_is_skipped_under_one_reason_not_its_bytes():
    page = b"Content-Type: text/html\r\n\r\n<html><body><p>" + BODY.encode() + b"</p></body></html>"
    data = b"".join(raw_response(n, status + page) for n, status in enumerate([
        b"HTTP/1.1 \x1b[2Jgone\r\n", b"HTTP/1.1 world, not a status\r\n", b"HTTP/1.1 200 OK\r\n"]))
    data += raw_response(3, b"HTTP/1.1 200 OK\r\nContent-Type: \x1b[31mtext/evil\r\n\r\nx")
    data += raw_response(4, b"HTTP/1.1 200 OK\r\n" + page, kind="\x1b[2Jodd")
    reader = WarcReader(io.BytesIO(data), html_field="html")
    assert [(document["id"], problem) for document, problem in reader] == [
        ("urn:uuid:0", MALFORMED_STATUS), ("urn:uuid:1", MALFORMED_STATUS), ("urn:uuid:2", None)]
    assert reader.skipped == {"not HTML (malformed Content-Type, nor does it start as HTML)": 1,
                              "record of unknown type": 1}


def test_a_response_that_does_not_say_its_type_is_read_when_it_starts_as_html():
    # Before: a 200 response without a Content-Type (or with "unknown/unknown", or a malformed one) was skipped
    # as "not HTML" whatever it held; browsers sniff such a body, and crawls hold HTML pages sent that way.
    page = b"\xef\xbb\xbf\n<!DOCTYPE html><html><body><p>" + BODY.encode() * 8 + b"</p></body></html>"
    assert len(page) > SNIFFED_BYTES  # the part read ahead to sniff is read again, not lost
    data = b"".join(raw_response(n, b"HTTP/1.1 200 OK\r\n" + headers + b"\r\n" + body) for n, (headers, body) in
                    enumerate([(b"", page), (b"Content-Type: unknown/unknown\r\n", page),
                               (b"Content-Type: text html\r\n", page), (b"", b"%PDF-1.4 binary"),
                               (b"Content-Type: image/png\r\n", page)]))
    reader = WarcReader(io.BytesIO(data), html_field="html")
    read = [(document["id"], document["html"], problem) for document, problem in reader]
    assert read == [(f"urn:uuid:{n}", page, None) for n in range(3)]
    assert reader.skipped == {"not HTML (no Content-Type, nor does it start as HTML)": 1, "not HTML (image/png)": 1}


def test_a_response_without_a_target_uri_is_read_without_a_url():
    # warcio failed on it (AttributeError), which ended the WARC with an error; the records after it were lost.
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + BODY.encode() + b"</p></body></html>"
    data = raw_response(1, page) + raw_response(2, page, uri=None) + raw_response(3, page)
    read = [(document["id"], document["url"], problem) for document, problem in
            WarcReader(io.BytesIO(data), html_field="html")]
    assert [(record_id, url is None, problem) for record_id, url, problem in read] == [
        ("urn:uuid:1", False, None), ("urn:uuid:2", True, None), ("urn:uuid:3", False, None)]


def test_a_corrupt_warc_is_an_error_after_the_records_before_it():
    data = build_warc(gzip=False)
    reader = WarcReader(io.BytesIO(data + b"this is not a WARC record\r\n\r\n"), html_field="html")
    urls = []
    with pytest.raises(WarcError, match="not a readable WARC"):
        urls.extend(d["url"] for d, _ in reader)
    assert len(urls) == 2


def test_a_warc_cut_inside_a_page_is_an_error_not_a_shorter_page():
    data = build_warc(gzip=False)
    cut = data.index(b"Paragraph 1")  # inside the first page's HTML
    reader = WarcReader(io.BytesIO(data[:cut]), html_field="html")
    with pytest.raises(WarcError, match=r"urn:uuid:.*cut short"):
        list(reader)


@pytest.mark.parametrize("into", [40, 200])  # bytes into the last record's headers
def test_a_warc_cut_inside_a_records_headers_is_an_error_after_the_records_before_it(into):
    # Before, warcio ended there quietly: the records after the cut were lost without a word, exit 0.
    data = build_warc(gzip=False)
    cut = data.rindex(b"WARC/1.0\r\n") + into
    read = []
    with pytest.raises(WarcError, match=r"ends inside (its|the) headers"):
        read.extend(document["url"] for document, _ in WarcReader(io.BytesIO(data[:cut]), html_field="html"))
    assert read == ["https://gazette.example/flood", "https://news.example/tokyo"]


def test_a_warc_gz_cut_inside_a_record_gives_the_records_before_it_then_an_error():
    # Before, the whole records decompressed with the read that met the cut were lost with it.
    data = build_warc(gzip=True)
    read = []
    with pytest.raises(WarcError, match="truncated gzip"):
        read.extend(document["url"] for document, _ in WarcReader(io.BytesIO(data[:-150]), html_field="html"))
    assert read == ["https://gazette.example/flood", "https://news.example/tokyo"]


def test_a_record_whose_content_length_is_wrong_is_an_error_and_warcio_stays_quiet(capsys):
    data = build_warc(gzip=False)
    page = data.index(b"WARC-Target-URI: https://gazette.example/flood", data.index(b"WARC-Type: response"))
    start = data.index(b"Content-Length: ", page) + len(b"Content-Length: ")
    end = data.index(b"\r\n", start)
    shorter = data[:start] + str(int(data[start:end]) - 10).encode() + data[end:]
    with pytest.raises(WarcError, match=r"urn:uuid:.*Content-Length"):
        list(WarcReader(io.BytesIO(shorter), html_field="html"))
    assert capsys.readouterr().err == ""


def warc_of_responses(*responses: tuple[list[tuple[str, str]], bytes]) -> bytes:
    """A WARC of HTML responses, each sent with the HTTP headers given."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number, (headers, body) in enumerate(responses):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://x.example/{number}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    return buffer.getvalue()


def chunked(body: bytes, size: int = 100) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(body[n:n + size]), body[n:n + size])
                    for n in range(0, len(body), size)) + b"0\r\n\r\n"


def test_a_gzip_body_of_several_members_reads_whole_and_one_cut_in_a_later_member_fails():
    # Before, warcio stopped at the first member: the page came out cut, without a word.
    page = PAGE_HTML.encode()
    members = gzip_compress(page[:300]) + gzip_compress(page[300:])
    gzipped = [("Content-Encoding", "gzip")]
    pages = list(WarcReader(io.BytesIO(warc_of_responses(
        (gzipped, members), (gzipped + [("Transfer-Encoding", "chunked")], chunked(members)),
        (gzipped, gzip_compress(page) + b"\r\n\x00\x00"),  # bytes after the stream that start no member
        (gzipped, members[:-30]))), html_field="html"))
    assert [(document["html"], problem) for document, problem in pages[:3]] == [(page, None)] * 3
    assert pages[3][1] == "HTTP body cut short: its gzip Content-Encoding ends early"


def test_a_brotli_body_reads_or_fails_alone_not_the_whole_warc():
    # Before, warcio's error setting up brotli 1.x (AttributeError: no 'unused_data') ended the run with a traceback.
    brotli = pytest.importorskip("brotli")
    page = PAGE_HTML.encode()
    pages = list(WarcReader(io.BytesIO(warc_of_responses(([("Content-Encoding", "br")], brotli.compress(page)),
                                                         ([], page))), html_field="html"))
    assert pages[0][0]["html"] == page or pages[0][1].startswith(
        "HTTP body unreadable: its br Content-Encoding cannot be decompressed (")
    assert pages[1][1] is None and pages[1][0]["html"] == page


def test_a_file_that_is_not_a_warc_is_named_as_such(capsys):
    with pytest.raises(WarcError, match="not a WARC"):
        list(WarcReader(io.BytesIO(b"hello, this is not an archive\n" * 5), html_field="html"))
    assert capsys.readouterr().err == ""


# -- Parquet -----------------------------------------------------------------

def parquet_file(rows: dict, row_group_size: int) -> io.BytesIO:
    buffer = io.BytesIO()
    pq.write_table(pa.table(rows), buffer, row_group_size=row_group_size)
    buffer.seek(0)
    return buffer


def test_parquet_round_trip_keeps_rows_in_line_and_column_types(cleaner):
    texts = [ARTICLE, "", f"{CHROME_LINE}\n\n{ARTICLE}", None, ARTICLE]
    source = parquet_file({
        "id": pa.array(range(5), pa.int32()),
        "text": texts,
        "meta": [{"url": "https://gazette.example/" + str(n)} for n in range(5)],
    }, row_group_size=2)
    assert parquet_row_count(source) == 5
    options = RecordOptions(url_field="meta.url", with_metadata=True)
    output = io.BytesIO()
    writer = ParquetWriter(output, input_schema=parquet_schema(source),
                           changed=frozenset({"text", "cleaner_error", "removed_share"}), group_rows=2)
    for row in parquet_rows(source):
        writer.write(clean_record(cleaner, row, options).record)
    writer.close()
    output.seek(0)
    table = pq.read_table(output)
    assert table.schema.field("id").type == pa.int32()
    assert table.schema.field("removed_share").type == pa.float64()
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [0, 1, 2, 3, 4]
    assert [r["cleaner_error"] is None for r in rows] == [True, False, True, False, True]
    assert CHROME_LINE not in rows[2]["text"] and BODY in rows[2]["text"]
    assert pq.ParquetFile(output).num_row_groups == 3


def test_parquet_output_refuses_a_field_its_first_row_group_lacked():
    writer = ParquetWriter(io.BytesIO(), group_rows=1)
    writer.write({"text": "a"})
    with pytest.raises(OutputError, match="row 2: field 'extra' not written"):
        writer.write({"text": "b", "extra": 1})


def test_parquet_output_refuses_a_value_its_column_cannot_hold_rather_than_truncate_it():
    output = io.BytesIO()
    writer = ParquetWriter(output, group_rows=2)
    writer.write({"score": 1, "meta": {"rank": 1}})
    writer.write({"score": 2.5, "meta": {"rank": 2}})  # ints and floats make a column of floats
    writer.write({"score": 3, "meta": {"rank": 3}})
    assert writer.misfit_field({"score": 4.0, "meta": {"rank": 1.5}}) == \
        ("meta.rank", "a float value in a column of int values")  # pyarrow would write 1
    assert writer.misfit_field({"score": "4", "meta": {"rank": 4}})[0] == "score"
    with pytest.raises(OutputError, match="row 4: field 'meta.rank' not written: a float value"):
        writer.write({"score": 4.0, "meta": {"rank": 1.5}})
    writer.close()
    output.seek(0)
    assert pq.read_table(output).to_pylist() == [{"score": 1.0, "meta": {"rank": 1}},
                                                 {"score": 2.5, "meta": {"rank": 2}},
                                                 {"score": 3.0, "meta": {"rank": 3}}]


def test_a_first_row_group_that_mixes_kinds_in_a_column_refuses_the_later_kind():
    writer = ParquetWriter(io.BytesIO())
    writer.write({"id": 1, "text": "a"})
    assert writer.misfit_field({"id": "b-2", "text": "b"}) == ("id", "a text value in a column of int values")
    assert writer.misfit_field({"id": None, "text": "b"}) is None


def test_a_file_that_is_not_parquet_is_named_as_such():
    with pytest.raises(ParquetError, match="not a readable Parquet file"):
        list(parquet_rows(io.BytesIO(json.dumps({"text": "x"}).encode())))


def test_an_empty_parquet_output_is_still_a_parquet_file(tmp_path: Path):
    path = tmp_path / "empty.parquet"
    with path.open("wb") as sink:
        ParquetWriter(sink, input_schema=pa.schema([("text", pa.string())])).close()
    assert pq.read_table(path).num_rows == 0


# -- corpus files ------------------------------------------------------------

def test_a_corpus_is_known_by_its_name_under_compression_or_by_its_first_bytes():
    from cleaner.corpus import corpus_kind, peek_decompressed

    assert corpus_kind("pages.jsonl.zst") == "jsonl" and corpus_kind("crawl.warc.gz") == "warc"
    assert corpus_kind("rows.parquet") == "parquet" and corpus_kind("PAGES.JSONL") == "jsonl"
    assert corpus_kind("page.html.gz") is None and corpus_kind("notes.txt") is None
    assert corpus_kind("download", peek_decompressed(io.BytesIO(build_warc(gzip=True)))) == "warc"
    assert corpus_kind("download", parquet_file({"text": ["a"]}, 1).read(4)) == "parquet"


def test_jsonl_entries_read_compressed_lines_and_bad_ones_fail_with_their_reason():
    from cleaner.corpus import jsonl_entries, parse_record
    from cleaner.records import RecordError

    data = compressed(b'{"text": "a"}\n\n{"text": }\n[1, 2]\n"caf\xe9"\n{"text": "b"}\n', ".gz")
    entries = list(jsonl_entries(io.BytesIO(data), "pages.jsonl.gz"))
    assert [(e.source, e.number) for e in entries] == [
        ("pages.jsonl.gz:1", 1), ("pages.jsonl.gz:3", 2), ("pages.jsonl.gz:4", 3), ("pages.jsonl.gz:5", 4),
        ("pages.jsonl.gz:6", 5)]
    assert parse_record(entries[0].line) == {"text": "a"}
    reasons = []
    for entry in entries[1:4]:
        with pytest.raises(RecordError) as raised:
            parse_record(entry.line)
        reasons.append(str(raised.value))
    assert reasons == ["malformed JSON: Expecting value (column 10)", "malformed line: not a JSON object",
                       "malformed line: not UTF-8"]
    # Before, 1e400 (JSON's numbers have no bound) was written back as Infinity, which is no JSON.
    with pytest.raises(RecordError, match=r"number out of range \(1e400\)"):
        parse_record(b'{"score": 1e400, "text": "a"}')
    assert parse_record(b'{"score": 1.5e300, "text": "a"}')["score"] == 1.5e300


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_jsonl_line_over_the_limit_fails_alone_without_being_held_whole(encoding):
    from cleaner.corpus import clean_entry, jsonl_entries
    from cleaner.run import RunOptions

    blob = json.dumps({"id": 2, "text": "x" * 5000})  # a 5 GB line, at the scale of the test's limit
    data = "\n".join([json.dumps({"id": 1, "text": BODY}), blob, json.dumps({"id": 3, "text": BODY})]) + "\n"
    entries = list(jsonl_entries(io.BytesIO(data.encode(encoding)), "pages.jsonl", max_bytes=1000))
    assert [entry.source for entry in entries] == ["pages.jsonl:1", "pages.jsonl:2", "pages.jsonl:3"]
    assert all(len(entry.line or b"") <= 1000 for entry in entries)
    outcomes = [clean_entry(RunOptions(fmt="jsonl"), entry) for entry in entries]
    assert [outcome.error for outcome in outcomes] == [None, "line too large (over 1000 bytes)", None]
    assert outcomes[2].record["id"] == 3


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_jsonl_written_in_utf16_with_its_bom_reads_record_by_record(encoding):
    """What Windows PowerShell's `>` writes: UTF-16 with a BOM, CRLF."""
    from cleaner.corpus import jsonl_entries, parse_record
    from cleaner.errors import CorpusError

    records = [{"id": n, "text": f"Zürich, {n}: {BODY}"} for n in range(3)]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in records)
    data = ("\ufeff" + text).encode(encoding.replace("-sig", "")) if encoding != "utf-16" else text.encode(encoding)
    entries = list(jsonl_entries(io.BytesIO(compressed(data, ".gz")), "pages.jsonl.gz"))
    assert [parse_record(e.line) for e in entries] == records
    assert [e.source for e in entries] == ["pages.jsonl.gz:1", "pages.jsonl.gz:2", "pages.jsonl.gz:3"]
    if encoding.startswith("utf-16"):
        with pytest.raises(CorpusError, match="UTF-16"):  # an odd byte at the end
            list(jsonl_entries(io.BytesIO(data + b"{"), "pages.jsonl"))


def test_jsonl_writer_keeps_a_record_with_a_lone_surrogate_as_valid_json():
    from cleaner.corpus import JsonlWriter

    stream = io.BytesIO()
    writer = JsonlWriter(stream)
    writer.write({"text": "Fans react \ud83d"})
    writer.write({"text": "Café"})
    lines = stream.getvalue().decode("utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["Fans react \ud83d", "Café"]
    assert lines[1] == '{"text": "Café"}'


def test_entry_file_names_come_from_the_record_id_made_safe():
    from cleaner.corpus import entry_file_name

    assert entry_file_name({"id": "urn:uuid:0f3c-11"}, 1) == "urn_uuid_0f3c-11"
    assert entry_file_name({"id": "../../etc/passwd"}, 2) == "etc_passwd"
    assert entry_file_name({"text": "no id"}, 7) == "000007"


def test_entries_of_each_corpus_kind_are_labelled_and_counted():
    from collections import Counter

    from cleaner.corpus import count_entries, entries

    skipped: Counter[str] = Counter()
    warc = io.BytesIO(build_warc())
    assert count_entries("warc", warc) is None
    labels = [e.source for e in entries("warc", warc, "crawl.warc.gz", skipped)]
    assert len(labels) == 2 and all(label.startswith("crawl.warc.gz:urn:uuid:") for label in labels)
    assert skipped["status 404"] == 1
    rows = parquet_file({"text": ["a", "b", "c"]}, 2)
    assert count_entries("parquet", rows) == 3
    assert [e.source for e in entries("parquet", rows, "rows.parquet", skipped)][-1] == "rows.parquet:row 3"
    lines = io.BytesIO(compressed(b'{"text": "a"}\n\n{"text": "b"}\n', ".zst"))
    assert count_entries("jsonl", lines) == 2 and len(list(entries("jsonl", lines, "p.jsonl.zst", skipped))) == 2
