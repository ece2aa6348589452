"""Probes of session 40: nothing lost or garbled in silence, as a hostile user of the command and the API."""

from __future__ import annotations

import codecs
import io
import json
import warnings

import pytest

from helpers import WARC_PAGE_HTML, run_cli


def _warc(content_types: list[str]) -> bytes:
    """The bytes of a WARC of HTML responses (invented pages) of these Content-Types."""
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for number, content_type in enumerate(content_types):
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                      payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http))
    return stream.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.dat", "-"])
def test_a_warc_that_starts_with_a_byte_order_mark_is_read_as_a_warc(tmp_path, name):
    data = codecs.BOM_UTF8 + _warc(["text/html", "text/html"])
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


STORY = ("The ferry company said on Tuesday that the winter timetable would start a week early, "
         "after two of its boats were taken out of service for repairs in the dry dock.\n\n") * 6


@pytest.mark.parametrize(("encoding", "bom", "junk"), [("utf-16-le", codecs.BOM_UTF16_LE, b"\x00\xd8"),
                                                       ("utf-16-be", codecs.BOM_UTF16_BE, b"\xd8\x00")])
def test_utf16_with_its_bom_and_junk_is_not_read_in_the_other_byte_order(tmp_path, encoding, bom, junk):
    # The text, then over 1% of its characters' worth of lone surrogates (a file's tail overwritten): its BOM's
    # order reads too many bad characters to be sure of, and the other order read every letter as an ideograph.
    data = bom + STORY.encode(encoding) + junk * 120
    (tmp_path / "page.txt").write_bytes(data)
    ran = run_cli("clean", "page.txt", cwd=tmp_path)
    # before: exit 0, the page as "\ufffe呀栀攀 昀攀爀爀礀 ..." (the BOM as U+FFFE, then ideographs)
    assert ran.returncode == 1
    assert ran.stdout == b""
    assert ran.stderr.decode().startswith("error: page.txt: binary data")


@pytest.mark.parametrize("skip_failed", [True, False])
def test_clean_bag_warns_of_a_text_field_no_record_holds(skip_failed):
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    records = [{"id": str(number), "content": STORY} for number in range(4)]
    bag = clean_bag(dask_bag.from_sequence(records, npartitions=2), skip_failed=skip_failed)
    # before: no word; with skip_failed every record was left out, an empty bag (the others each failed alone)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cleaned = bag.compute(scheduler="sync")
    assert [str(warning.message) for warning in caught] == [
        "clean_bag text_field 'text': no record of the bag has this field; none was cleaned (each failed: no text "
        "in it); text is held in 'content', 'id': text_field='content'?"]
    assert cleaned == ([] if skip_failed else [{**record, "cleaner_error": "no text in field 'text'"}
                                               for record in records])


def test_a_field_never_held_is_a_warning_of_its_own_kind_that_a_pipeline_can_make_an_error():
    dask_bag = pytest.importorskip("dask.bag")
    pa = pytest.importorskip("pyarrow")
    from cleaner import FieldNeverHeld
    from cleaner.dask_bag import clean_bag
    from cleaner.datasets_map import CleanBatch

    records = [{"id": str(number), "text": STORY} for number in range(2)]
    # before: a plain UserWarning, told from others only by its words
    with warnings.catch_warnings():
        warnings.simplefilter("error", FieldNeverHeld)
        with pytest.raises(FieldNeverHeld, match="drop_fields 'typo'"):
            clean_bag(dask_bag.from_sequence(records), drop_fields=["typo"]).compute(scheduler="sync")
        with pytest.raises(FieldNeverHeld, match="url_field 'URLX'"):
            CleanBatch(url_field="URLX")(pa.Table.from_pylist(records))


FRENCH = ("Le café du port était fermé à Noël, a dit le maire de la commune après une réunion très longue "
          "avec les élus du département et les pêcheurs.\n\n") * 5


@pytest.mark.parametrize(("bom", "encoding", "was"), [
    (codecs.BOM_UTF8, "cp1252", "ï»¿"), (codecs.BOM_UTF16_LE, "cp1252", "ÿþ"), (codecs.BOM_UTF16_BE, "cp1252", "þÿ"),
    (codecs.BOM_UTF16_LE, "utf-8", "\ufffd\ufffd")])
def test_a_bom_before_a_page_in_another_encoding_is_no_text_of_it(tmp_path, bom, encoding, was):
    from cleaner import clean, clean_html

    data = bom + FRENCH.encode(encoding)  # an editor's or a tool's BOM before a page in another encoding
    (tmp_path / "page.txt").write_bytes(data)
    ran = run_cli("clean", "page.txt", cwd=tmp_path)
    # before: exit 0, the text opening with `was`: "ï»¿Le café du port"
    assert ran.returncode == 0
    assert ran.stdout.decode().startswith("Le café du port était fermé")
    assert clean(data).startswith("Le café du port")
    paragraphs = "".join(f"<p>{line}</p>" for line in FRENCH.split("\n\n") if line)
    # before: `was` a line of its own over the story
    assert clean_html(bom + paragraphs.encode(encoding)).startswith("Le café du port")



@pytest.mark.parametrize(("encoding", "junk"), [("utf-16-le", b"\x00\xd8"), ("utf-16-be", b"\xd8\x00")])
def test_utf16_without_a_bom_with_junk_is_not_read_in_the_other_byte_order(encoding, junk):
    from cleaner import DecodeError, clean

    # Lone surrogates (a tail overwritten) put zero bytes where this order has none: the zero bytes no longer say
    # which order, and the other order read the text's every letter as an ideograph.
    data = STORY.encode(encoding) + junk * 60
    # before: "吀栀攀 昀攀爀爀礀 挀漀洀瀀愀渀礀 ...", as clean's result and exit 0 as a file's
    with pytest.raises(DecodeError, match="binary data"):
        clean(data)


@pytest.mark.parametrize(("bom", "encoding"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_warc_body_is_read_by_its_bom_over_its_headers_charset(tmp_path, bom, encoding):
    from helpers import cleaned_warc

    story = "Der Fährbetrieb sagte am Dienstag, der Winterfahrplan beginne eine Woche früher als gedacht. " * 2
    page = f"<html><body><article>{''.join(f'<p>{n} {story}</p>' for n in range(4))}</article></body></html>"
    body = bom + page.encode(encoding)
    status, records = cleaned_warc(tmp_path, [([("Content-Type", "text/html; charset=windows-1251")], body)])
    # before: "0 Der Fдhrbetrieb sagte ...", each ä (00 E4) read in the header's Windows-1251, exit 0; browsers
    # read such a body by its BOM, whatever the header says
    assert status == 0
    assert records[0]["text"].startswith("0 Der Fährbetrieb sagte")


def test_a_huge_warc_record_id_is_clipped_in_messages_and_kept_whole_in_its_record(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra
    from warcio.warcwriter import WARCWriter

    record_id = "urn:uuid:" + "7" * 100_000
    with (tmp_path / "crawl.warc").open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for status in ("200 OK", "OK"):  # the second's status line malformed: it fails by name
            http = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://gazette.example/1", "response", payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http,
                warc_headers_dict={"WARC-Record-ID": f"<{record_id}>"}))
    ran = run_cli("clean", "crawl.warc", "-o", "-", cwd=tmp_path)
    # before: the error line and the warning of the id given twice, 100,000 characters each
    assert ran.returncode == 1
    said = ran.stderr.decode().splitlines()
    assert all(len(line) < 500 for line in said), [len(line) for line in said]
    assert any("malformed HTTP status line" in line and "(100,009 characters)" in line for line in said)
    assert [json.loads(line)["id"] for line in ran.stdout.splitlines()] == [record_id, record_id]


def test_a_records_long_url_keys_and_media_type_are_clipped_in_messages(tmp_path):
    url = "http://[" + "a" * 100_000  # malformed: it fails its record, by name
    lines = [{"id": "1", "text": STORY, "url": url}, {"id": "2", "k" * 100_000: STORY}]
    twice = f'{{"id": "3", "text": "x", "{"d" * 100_000}": 1, "{"d" * 100_000}": 2}}\n'  # malformed: a key given twice
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines) + twice,
                                          encoding="utf-8")
    (tmp_path / "crawl.warc").write_bytes(_warc(["image/" + "x" * 100_000, "text/html"]))
    for name in ("pages.jsonl", "crawl.warc"):
        ran = run_cli("clean", name, "-o", "-", cwd=tmp_path)
        # before: the malformed URL's error line, the warning naming the keys that hold text, the key given twice's
        # error line, and the summary line
        # naming the WARC record's media type skipped, each of 100,000 characters or more
        said = ran.stderr.decode().splitlines()
        assert all(len(line) < 1000 for line in said), [len(line) for line in said]
        assert any("characters)" in line for line in said)
    assert json.loads(run_cli("clean", "pages.jsonl", "-o", "-", cwd=tmp_path).stdout.splitlines()[0])["url"] == url


def test_the_fields_a_parquet_file_cannot_hold_are_named_in_a_line_of_bounded_length(tmp_path):
    pytest.importorskip("pyarrow")
    late = {"id": "late", "text": STORY, "m" * 100_000: 1} | {f"k{number}": number for number in range(500)}
    records = [{"id": str(number), "text": STORY} for number in range(2049)] + [late]
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    ran = run_cli("clean", "pages.jsonl", "-o", "out.parquet", cwd=tmp_path)
    # before: one error line naming each of the 501 fields the file's columns lack, the first of 100,000 characters
    assert ran.returncode == 1
    said = ran.stderr.decode().splitlines()
    assert said[0].startswith("error: pages.jsonl:2050: field 'mmmm") and len(said[0]) < 1000
    assert "... (100,000 characters)', 'k0', 'k1', 'k2', 'k3' and 496 more not written: " in said[0]


def test_cleaner_step_names_a_document_of_a_huge_id_in_a_line_of_bounded_length():
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.utils.logging import logger

    from cleaner.datatrove_step import CleanerStep

    said: list[str] = []
    sink = logger.add(lambda message: said.append(message.record["message"]), level="WARNING")
    try:
        list(CleanerStep().run(iter([Document(text="", id="7" * 100_000)])))
    finally:
        logger.remove(sink)
    # before: a log line of 100,000 characters
    assert said == [f"cleaner: document {'7' * 200}... (100,000 characters): empty input (dropped)"]
