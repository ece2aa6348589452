"""Hostile but realistic inputs found by a fourth probe: each failed before its fix."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import multiprocessing
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cleaner import clean, clean_html, explain_document
from cleaner.decode import DecodeError, decode_bytes
from cleaner.corpus import Entry, clean_entry
from cleaner.executors import ProcessPoolExecutor
from cleaner.html import render
from cleaner.run import RunOptions
from helpers import run_cli, small_file_system

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _entries(count: int) -> list[Entry]:
    lines = [json.dumps({"id": n, "text": f"{n} {STORY}"}).encode() for n in range(count)]
    return [Entry(f"pages.jsonl:{n}", n, line=line) for n, line in enumerate(lines, start=1)]


def test_a_pool_starts_no_more_workers_than_it_has_documents() -> None:
    # Before: --jobs 64 on 3 documents started 64 processes (and handed all 3 to the first).
    pool = ProcessPoolExecutor(64)
    outcomes = pool.map(clean_entry, RunOptions(fmt="jsonl"), _entries(3))
    first = next(outcomes)
    workers = multiprocessing.active_children()
    rest = list(outcomes)
    assert len(workers) == 3
    assert [o.record["id"] for o in [first, *rest]] == [0, 1, 2]
    assert all(o.error is None for o in [first, *rest])



PAGE = f"<html><body><article><p>{STORY * 3}</p></article></body></html>"


def test_a_malformed_line_stands_where_the_document_is_read_and_dropped_fields_go_with_it(tmp_path: Path) -> None:
    # Before: with --html-field html --drop-field html, a cut line's HTML came out in the text field, where the
    # other rows hold cleaned text and the failed ones their text as it was (none): the dropped field, kept.
    lines = [json.dumps({"id": 1, "html": PAGE}), json.dumps({"id": 2, "html": ""}),
             json.dumps({"id": 3, "html": PAGE})[:40]]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    dropped = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", "-", "--html-field", "html", "--drop-field", "html")
    assert dropped.returncode == 1
    rows = [json.loads(line) for line in dropped.stdout.splitlines()]
    assert [set(row) for row in rows] == [{"id", "text", "cleaner_error"}, {"id", "cleaner_error"}, {"cleaner_error"}]
    assert [row.get("text") is None for row in rows] == [False, True, True]
    assert f"{tmp_path / 'in.jsonl'}:3: malformed JSON" in dropped.stderr.decode()
    kept = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", "-", "--html-field", "html")
    rows = [json.loads(line) for line in kept.stdout.splitlines()]
    assert [row["html"] for row in rows] == [PAGE, "", lines[2]] and "text" not in rows[2]  # to be found and mended


def _page(body: str, doctype: str = "<!DOCTYPE html>") -> str:
    return f"{doctype}\n<html><head><title>Harbour</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE html [ <!ENTITY site "Gazette"> ]>',
    '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd" [\n'
    '  <!ENTITY nbsp "&#160;">\n  <!ENTITY copy "&#169; [c]">\n]>',
])
def test_a_doctype_s_internal_subset_is_no_page_text(doctype: str) -> None:
    # Before: libxml2's HTML parser ended the doctype at its first ">", and "]>" became the body's first text.
    body = "<div>Harbour boats return</div>" + "".join(f"<div>{n} {STORY}</div>" for n in range(3))
    for cleaned in (clean_html(_page(body, doctype)), clean(_page(body, doctype))):
        assert "]>" not in cleaned and "ENTITY" not in cleaned and STORY.strip() in cleaned
    assert "]>" not in render(_page(body, doctype))


def test_template_content_is_no_page_text() -> None:
    # Before: the markup a <template> holds for scripts to stamp out, never shown, came through as the article's.
    hidden = "Loading the comments for this story, please wait while we fetch them for you now."
    body = f"<article><p>{STORY}</p><template><p>{hidden}</p></template>tail stays <p>{STORY}</p></article>"
    assert hidden not in clean_html(_page(body)) and STORY.strip() in clean_html(_page(body))
    assert hidden not in render(_page(body))


WESTERN = "Café owners in the old town say the new harbour rules are naïve, and résumé their complaints.\n"
FRENCH = "Les propriétaires de cafés disent que les nouvelles règles du port sont naïves et dépassées.\n"
RUSSIAN = "Владельцы кафе в старом городе говорят, что новые правила порта наивны и устарели.\n"
CHINESE = "港口的新规定让老城区的咖啡馆老板们非常不满，他们说这些规定太天真了。\n"


@pytest.mark.parametrize(("data", "text"), [
    # A Windows-1252 page that starts with "ÿþ": read in byte pairs, it was CJK-looking nonsense.
    (("ÿþ" + FRENCH * 3).encode("cp1252"), "ÿþ" + FRENCH * 3),
    # UTF-8 after two stray bytes.
    (b"\xff\xfe" + (WESTERN * 3).encode("utf-8"), "\ufffd\ufffd" + WESTERN * 3),
    (b"\xff\xfe" + (RUSSIAN * 3).encode("utf-8"), "\ufffd\ufffd" + RUSSIAN * 3),  # CJK-looking as UTF-16, no space
    (b"\xff\xfe" + (STORY * 3).encode("ascii"), "ÿþ" + STORY * 3),  # a few stray bytes in ASCII: Windows-1252
], ids=["cp1252", "utf-8", "utf-8-cyrillic", "ascii"])
def test_bytes_ff_fe_are_no_byte_order_mark_when_the_rest_is_no_utf16(data: bytes, text: str) -> None:
    # The two bytes, UTF-16's BOM before a page in another encoding, are no text of it (session 40: they were kept,
    # as "ÿþ" or "\ufffd\ufffd", as the guess read them): dropped, as UTF-8's BOM is.
    assert decode_bytes(data) == text[2:]


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8])
def test_a_byte_order_mark_alone_is_an_empty_file(bom: bytes) -> None:
    # What Notepad saves for an empty file; it was read as "ÿþ" once the BOM was checked against what follows.
    with pytest.raises(DecodeError, match="empty input"):
        decode_bytes(bom)


def test_binary_data_after_ff_fe_is_refused_as_binary() -> None:
    with pytest.raises(DecodeError, match="binary data"):
        decode_bytes(b"\xff\xfe" + bytes(range(1, 256)) * 8)
    # ASCII read in byte pairs is valid UTF-16, but what follows the two bytes is English: read in Windows-1252,
    # however short, as a longer one is (refused as "encoding unclear" once: the detector's coherence, swayed by "ÿþ");
    # the two bytes dropped, a BOM of another encoding.
    assert decode_bytes(b"\xff\xfe" + STORY.encode("ascii")) == STORY


@pytest.mark.parametrize("text", [WESTERN * 3, CHINESE * 3, WESTERN + "\ud83d" + WESTERN, CHINESE.strip() * 80],
                         ids=["western", "chinese", "cut-emoji", "chinese-without-ascii"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_still_read_as_such(text: str, encoding: str) -> None:
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    data = bom + text.encode(encoding, "surrogatepass")
    assert decode_bytes(data) == text.replace("\ud83d", "\ufffd")  # a cut emoji is one bad character


def _wet(path: Path, pages: list[tuple[str, str, str]], record_type: str = "conversion") -> None:
    """A WET file as Common Crawl writes one (warcinfo, then a conversion record of each page's text), by warcio."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, content_type, text in pages:
            writer.write_record(writer.create_warc_record(url, record_type, payload=io.BytesIO(text.encode()),
                                                          warc_content_type=content_type))


def test_a_wet_file_s_page_texts_are_cleaned_as_texts(tmp_path: Path) -> None:
    # Before: every conversion record was skipped ("conversion record": 2), no record out, exit 0.
    page = f"Home\nNews\nSport\nWeather\nContact\n\n{STORY * 4}\nShare this story\n"
    wet = tmp_path / "CC-MAIN-1.warc.wet.gz"
    _wet(wet, [("https://gazette.example/flood", "text/plain", page), ("https://gazette.example/x", "text/plain", " "),
               ("https://gazette.example/y", "application/octet-stream", "\x00\x01")])
    ran = run_cli("clean", str(wet), "-o", str(tmp_path / "out.jsonl"), "--report", str(tmp_path / "report.json"))
    assert ran.returncode == 1  # the empty page
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["url"] for row in rows] == ["https://gazette.example/flood", "https://gazette.example/x"]
    assert rows[0]["text"] == clean(page, url="https://gazette.example/flood") and rows[0]["cleaner_error"] is None
    assert set(rows[0]) == {"id", "url", "crawl_date", "text", "cleaner_error"}
    assert rows[1]["cleaner_error"] == "empty input"
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["skipped"] == {"warcinfo record": 1, "not HTML or text (application/octet-stream)": 1}


def test_a_record_parquet_cannot_hold_keeps_its_row_when_its_error_field_cannot_go_in_it(tmp_path: Path) -> None:
    # Before: a record past the first row group with a new field, whose --error-field meta.err could not be set
    # (meta is a number), ended the run with a traceback (RecordError) and left no output.
    lines = [json.dumps({"id": n, "meta": 5, "text": STORY}) for n in range(2049)]
    lines.append(json.dumps({"id": 2049, "meta": 5, "text": STORY, "extra": 1}))
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--error-field", "meta.err",
                  "--jobs", "1", "-q")
    assert ran.returncode == 1
    # Each record failed first as its error field cannot be set; that reason stays, before the field's loss.
    unset = "field 'meta' is not an object, cannot set 'meta.err'"
    assert f"{tmp_path / 'in.jsonl'}:2050: {unset}; field 'extra' not written" in ran.stderr.decode()
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert len(rows) == 2050 and rows[-1] == {  # its reason under the whole path (test_probe7)
        "id": 2049, "meta": 5, "text": STORY,
        "meta.err": f"{unset}; field 'extra' not written: a Parquet file's columns are those of its first 2,048 "
                    "records"}


@pytest.mark.parametrize("name", ["page.jsonl", "page.jsonl.gz", "page.parquet"])
def test_a_page_on_stdin_goes_into_the_records_file_named(tmp_path: Path, name: str) -> None:
    # Before: its record went to stdout (Parquet's bytes too) and the file named by -o was never written, exit 0.
    ran = run_cli("clean", "-", "-o", str(tmp_path / name), stdin=STORY.encode())
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == b""
    if name.endswith(".parquet"):
        rows = pq.read_table(tmp_path / name).to_pylist()
    else:
        rows = [json.loads(line) for line in gzip.open(tmp_path / name) if line.strip()] if name.endswith(".gz") \
            else [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": "<stdin>", "text": STORY, "cleaner_error": None}]


def test_a_corrupt_parquet_row_group_is_named_in_one_line(tmp_path: Path) -> None:
    # Before: pyarrow's two-line reason ("...Invalid data\nDeserializing page header failed.\n") went to stderr as is.
    import pyarrow as pa

    pq.write_table(pa.table({"id": [1, 2], "text": [STORY, STORY]}), tmp_path / "rows.parquet")
    data = (tmp_path / "rows.parquet").read_bytes()
    (tmp_path / "rows.parquet").write_bytes(data[:4] + bytes(8) + data[12:])  # the first page's header
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.parquet"), "-q")
    assert ran.returncode == 1
    lines = ran.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / 'rows.parquet'}:rows 1-2: row group 0 could "
                                                    "not be read, its 2 row(s) are lost: "), lines


def test_a_corrupt_parquet_row_group_loses_its_rows_alone(tmp_path: Path) -> None:
    # Before: the reading stopped at the corrupt group, and the rows of the groups after it were neither cleaned
    # nor counted (one failure for the file, the output short by every row past the group).
    import pyarrow as pa

    pq.write_table(pa.table({"id": list(range(6)), "text": [STORY] * 6}), tmp_path / "rows.parquet", row_group_size=2)
    middle = pq.ParquetFile(tmp_path / "rows.parquet").metadata.row_group(1).column(0).data_page_offset
    data = (tmp_path / "rows.parquet").read_bytes()
    (tmp_path / "rows.parquet").write_bytes(data[:middle] + bytes(8) + data[middle + 8:])  # its first page's header
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.parquet"), "-q")
    assert ran.returncode == 1
    lines = ran.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / 'rows.parquet'}:rows 3-4: row group 1 could "
                                                    "not be read, its 2 row(s) are lost: "), lines
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [row["id"] for row in rows if row["cleaner_error"] is None] == [0, 1, 4, 5]
    assert all(row["text"] == STORY for row in rows if row["cleaner_error"] is None)
    assert sum(row["cleaner_error"] is not None for row in rows) == 1


def test_a_parquet_output_of_no_rows_has_the_columns_its_rows_would_have(tmp_path: Path) -> None:
    # Before: it had the input's columns, the dropped HTML among them and no text or error column (no column at
    # all from a JSONL file), so that it did not stack with the outputs of the other shards of a corpus.
    import pyarrow as pa

    pq.write_table(pa.table({"id": pa.array([], pa.int64()), "html": pa.array([], pa.large_string())}),
                   tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.parquet"), "--html-field", "html",
                  "--drop-field", "html", "--with-metadata")
    assert ran.returncode == 0, ran.stderr
    schema = pq.read_schema(tmp_path / "out.parquet")
    assert schema.names == ["id", "text", "title", "author", "date", "language", "removed_share", "cleaner_error"]
    assert schema.field("id").type == pa.int64() and schema.field("removed_share").type == pa.float64()
    (tmp_path / "none.jsonl").write_text("\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "none.parquet"), "--skip-failed")
    assert ran.returncode == 0 and pq.read_schema(tmp_path / "none.parquet").names == ["text"]


def test_a_drop_down_s_options_are_not_run_together_into_words() -> None:
    # Before: "Sort by <select><option>newest</option><option>oldest</option></select>" came out as "newestoldest".
    body = (f"<article><p>{STORY}</p><form>Sort comments by <select><option>newest</option><option>oldest"
            f"</option></select></form><p>{STORY.replace('harbour', 'river')}</p></article>")
    explanation = explain_document(_page(body).encode(), kind="html")
    assert "newestoldest" not in explanation.text and "newest" not in explanation.text
    assert ("html-drop-down", "newest oldest") in [(d.removed_by, d.block.text) for d in explanation.decisions
                                                    if not d.kept]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_jsonl_file_without_a_byte_order_mark_is_read_as_utf16(tmp_path: Path, encoding: str) -> None:
    # Before: its first line was read (json.loads guesses UTF-16 from bytes), the others failed as not UTF-8, and
    # the last line break's second byte made a third record of its own.
    lines = [json.dumps({"id": n, "text": f"{n} {STORY}"}) for n in range(2)]
    (tmp_path / "in.jsonl").write_bytes("\n".join(lines).encode(encoding) + "\n".encode(encoding))
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", "-")
    assert ran.returncode == 0, ran.stderr
    assert [json.loads(line)["text"] for line in ran.stdout.splitlines()] == [f"{n} {STORY}" for n in range(2)]


def test_a_warc_s_resource_records_of_html_or_text_are_pages(tmp_path: Path) -> None:
    # Before: a page stored without its HTTP exchange (a resource record: warcit, browser archivers) was skipped
    # ("resource record"): a WARC of such pages gave no record, exit 0.
    page = f"<html><body><nav><a href='/'>Home</a></nav><article><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    warc = tmp_path / "pages.warc.gz"
    _wet(warc, [("file:///site/story.html", "text/html; charset=utf-8", page),
                ("file:///site/notes.txt", "text/plain", f"Home\n\n{STORY}"),
                ("file:///site/logo.png", "image/png", "PNG")], record_type="resource")
    ran = run_cli("clean", str(warc), "-o", "-")
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [row["url"] for row in rows] == ["file:///site/story.html", "file:///site/notes.txt"]
    assert rows[0]["text"] == clean_html(page) and rows[1]["text"] == clean(f"Home\n\n{STORY}")


def test_a_page_on_stdin_left_out_with_skip_failed_still_makes_its_records_file(tmp_path: Path) -> None:
    # Before: no file at all, where a corpus whose records all failed makes an empty one.
    ran = run_cli("clean", "-", "-o", str(tmp_path / "page.jsonl"), "--skip-failed", stdin=b"   \n")
    assert ran.returncode == 1 and b"<stdin>: empty input" in ran.stderr
    assert (tmp_path / "page.jsonl").read_bytes() == b""
    # And one that cannot be read (a gzip stream cut short) keeps its row, as one that cannot be cleaned does.
    ran = run_cli("clean", "-", "--format", "jsonl", stdin=gzip.compress(STORY.encode())[:-12])
    assert ran.returncode == 1
    assert json.loads(ran.stdout)["cleaner_error"].startswith("corrupt or truncated gzip data")


def test_a_disk_that_fills_during_a_run_stops_it_in_one_line(tmp_path: Path) -> None:
    # Before: each later file failed with a line of its own ("No space left on device"), 85 of 100 here, and the
    # run went on trying; a full disk ends the run, as the README says.
    with small_file_system(tmp_path / "small", "16k") as small:
        pages = tmp_path / "pages"
        pages.mkdir()
        for n in range(40):
            (pages / f"{n:02}.txt").write_text(f"{n} {STORY}" * 20, encoding="utf-8")
        ran = run_cli("clean", str(pages), "-o", str(small / "out"), "--jobs", "1", "--report",
                      str(tmp_path / "report.json"))
        errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error:")]
        assert ran.returncode == 1
        assert len(errors) == 1 and errors[0].endswith("not written: No space left on device: the run stops"), errors
        report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
        assert report["stopped"] == errors[-1].removeprefix("error: ")
        assert report["files"]["failed"] == 1 and report["files"]["cleaned"] < 39
