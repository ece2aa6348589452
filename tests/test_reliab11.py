"""Hostile but realistic inputs found by the eleventh reliability probe: each failed before its fix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def test_a_streamed_batch_of_mixed_values_fails_only_the_rows_that_hold_no_text() -> None:
    # Before: a batch of lists (a streaming IterableDataset's) went through pa.table, which takes a column
    # of one type: a number among the texts stopped the whole map (ArrowTypeError: Expected bytes, got a
    # 'int' object), and bytes among them turned every text of the batch into bytes.
    import datasets

    from cleaner.datasets_map import CleanBatch

    texts = [STORY, 5, None, STORY.encode(), ["a", "list"], STORY]
    streamed = datasets.IterableDataset.from_generator(
        lambda: iter([{"id": number, "text": text} for number, text in enumerate(texts)]))
    cleaned = list(streamed.map(CleanBatch(), batched=True, batch_size=len(texts)))
    assert [(row["id"], row["text"], row["cleaner_error"]) for row in cleaned] == [
        (0, STORY, None),
        (1, 5, "field 'text' holds int, not text"),
        (2, None, "no text in field 'text'"),
        (3, STORY.encode(), None),
        (4, ["a", "list"], "field 'text' holds list, not text"),
        (5, STORY, None)]
    kept = CleanBatch(skip_failed=True)({"id": [1, 2], "text": [5, STORY]})
    assert kept == {"id": [2], "text": [STORY]}
    assert CleanBatch(skip_failed=True)({"id": [1], "text": [None]}) == {"id": [], "text": []}
    with pytest.raises(ValueError, match="differ in length"):
        CleanBatch()({"id": [1, 2], "text": [STORY]})


RAW_TEXT_ELEMENTS = ["iframe", "noembed", "noframes", "xmp", "plaintext", "textarea"]


@pytest.mark.parametrize("tag", RAW_TEXT_ELEMENTS)
def test_markup_held_as_raw_text_by_an_element_never_closed_is_read_as_markup(tag: str) -> None:
    # Before (lxml 6: libxml2 2.14 reads these elements' content as raw text, as HTML5 does; 2.13 read it as
    # markup): a fragment inside one, or a page whose <iframe> is never closed, came out tags and all
    # ("<p>This is the real story ...</p><b>bold</b>", "</body></html>").
    from cleaner import Cleaner

    cleaner = Cleaner()
    fragment = f"<{tag}><p>{STORY.strip()}</p></{tag}>"
    page = f"<html><body><{tag} src='https://v.example/1'><p>{STORY.strip()}</p><p>{STORY.strip()}</p></body></html>"
    for html in (fragment, page):
        text = cleaner.explain_document(html.encode(), kind="html").text
        assert STORY.strip() in text and "<" not in text, (html, text)


def test_a_page_whose_title_is_never_closed_is_read_whole() -> None:
    # Before (lxml 6): "<title>Harbour news</head><body>..." held the whole page as the title's text: the
    # page came out empty, exit 0, and its title was the page's markup. Its fallback's words stay an iframe's.
    from cleaner import Cleaner

    cleaner = Cleaner()
    second = f"And then {STORY}"
    body = f"<p>{STORY.strip()}</p><p>{second.strip()}</p>"
    for html, title in [(f"<html><head><title>Harbour news</head><body>{body}</body></html>", "Harbour news"),
                        (f"<html><body><iframe src='https://v.example/1'>No frames here, sorry{body}", None)]:
        result = cleaner.explain_document(html.encode(), kind="html")
        assert result.text == STORY + second and result.metadata.title == title, result


def test_raw_text_elements_never_closed_one_inside_another_are_refused_by_name() -> None:
    # Each one never closed holds the rest of the page as text, read once for each: beyond a limit, by name.
    from cleaner import Cleaner, DocumentError
    from cleaner.html_parse import MAX_RAW_TEXT_NESTING

    page = "<iframe>" * (MAX_RAW_TEXT_NESTING + 1) + f"<p>{STORY}</p>"
    with pytest.raises(DocumentError, match=r"raw text \(title, iframe...\) never closed, one inside another"):
        Cleaner().explain_document(page.encode(), kind="html")
    nested = "<iframe>" * MAX_RAW_TEXT_NESTING + f"<p>{STORY.strip()}</p>"
    assert Cleaner().explain_document(nested.encode(), kind="html").text == STORY


def test_an_output_folder_that_is_a_link_to_nothing_is_refused_naming_the_link(tmp_path: Path) -> None:
    # Before: `-o loop` (a link that loops) ended the run with "loop: cannot write to the output folder: File
    # exists" (mkdir's reason), and so did a link whose target is not there; a records file in such a link's
    # folder, "not written: Not a directory".
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    records = tmp_path / "pages.jsonl"
    records.write_text('{"id": "a", "text": "' + STORY.strip() + '"}\n', encoding="utf-8")
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "gone").symlink_to(tmp_path / "missing")
    for source, link, reason in [(page, "loop", "a link that loops"), (records, "loop", "a link that loops"),
                                 (page, "gone", f"a broken link (to {tmp_path / 'missing'}: No such file")]:
        ran = run_cli("clean", str(source), "--format", "text", "-o", str(tmp_path / link))
        assert ran.returncode == 2, ran
        assert f"Error: {tmp_path / link}: the output folder is {reason}" in ran.stderr.decode()
    ran = run_cli("clean", str(page), "-o", str(tmp_path / "loop" / "cleaned.jsonl"))
    assert ran.returncode == 2  # session 37: said before the run, naming the link
    assert f"Error: -o {tmp_path / 'loop' / 'cleaned.jsonl'}: {tmp_path / 'loop'} is a link that loops (it leads " \
           "back to itself): nothing can be written under it" in ran.stderr.decode()
    ran = run_cli("clean", str(tmp_path / "loop"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 2 and f"{tmp_path / 'loop'}: a link that loops" in ran.stderr.decode()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["gone", "loop", "page.txt", "pages.jsonl"]
    assert (tmp_path / "loop").is_symlink() and (tmp_path / "gone").is_symlink()


def test_a_line_of_a_byte_order_mark_alone_is_a_blank_line_not_a_failed_record(tmp_path: Path) -> None:
    # Before: a JSONL stream starting with a BOM and then a blank line (stdin's sniffing looks past both), or
    # files so joined, made a record of the BOM ({"text": "\ufeff", "cleaner_error": "malformed JSON: ..."}), a
    # row no input holds, and exit 1; a Dask bag of such lines too.
    import dask
    import dask.bag as db

    from cleaner.dask_bag import clean_bag

    record = '{"id": "a", "text": "' + STORY.strip() + '"}'
    data = f"\ufeff\n{record}\n\ufeff  \r\n{record}\n".encode()
    ran = run_cli("clean", "-", stdin=data)
    assert ran.returncode == 0, ran.stderr
    assert [line for line in ran.stdout.decode().splitlines()] == [
        f'{{"id": "a", "text": {json.dumps(STORY)}, "cleaner_error": null}}'] * 2
    (tmp_path / "pages.jsonl").write_bytes(data)
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "cleaned.jsonl"))
    assert ran.returncode == 0 and len((tmp_path / "cleaned.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    with dask.config.set(scheduler="sync"):
        cleaned = clean_bag(db.from_sequence(["\ufeff", record, "\ufeff "], npartitions=1)).compute()
    assert cleaned == [{"id": "a", "text": STORY, "cleaner_error": None}]


def test_a_compressed_parquet_file_fails_by_saying_it_is_compressed(tmp_path: Path) -> None:
    # Before: "rows.parquet.gz: not a readable Parquet file: Parquet magic bytes not found in footer. Either the
    # file is corrupted or this is not a parquet file." (pyarrow's words), for a file that is neither.
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a"], "text": [STORY]}), tmp_path / "rows.parquet")
    (tmp_path / "rows.parquet.gz").write_bytes(gzip.compress((tmp_path / "rows.parquet").read_bytes()))
    ran = run_cli("clean", str(tmp_path / "rows.parquet.gz"), "-o", str(tmp_path / "cleaned.jsonl"))
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[0] == (
        f"error: {tmp_path / 'rows.parquet.gz'}: not a readable Parquet file: gzip data; a Parquet file is read "
        "from its end, and compresses its own columns: decompress it first")


def test_every_command_names_a_link_that_loops_as_one(tmp_path: Path) -> None:
    # Before: explain, report, rules check and --rules said "File 'loop' does not exist." of a link that is there.
    (tmp_path / "loop").symlink_to("loop")
    loop = str(tmp_path / "loop")
    for args in (["explain", loop], ["report", loop, "-o", str(tmp_path / "r.html")], ["rules", "check", loop],
                 ["clean", "-", "--rules", loop]):
        ran = run_cli(*args, stdin=STORY.encode())
        assert ran.returncode == 2 and f"{loop}: a link that loops (it leads back to itself)" in ran.stderr.decode()


def test_a_warc_target_uri_with_spaces_is_kept_as_it_is_without_a_stray_line(tmp_path: Path) -> None:
    # Before: warcio printed "Replacing spaces in invalid WARC-Target-URI: https://a.example/a story" on stderr for
    # each such record, a line naming no file (under the progress bar too), and the record's url came out as
    # "https://a.example/a%20story", not as the file has it.
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    page = f"<html><body><p>{STORY.strip()}</p></body></html>".encode()
    for url in ("https://a.example/a story", "<https://a.example/wget>"):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers))
    (tmp_path / "crawl.warc").write_bytes(buffer.getvalue())
    # As a user runs it: in this process, pytest's log capture would take warcio's line.
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(tmp_path / "crawl.warc"), "-o",
                          str(tmp_path / "pages.jsonl"), "-q"], capture_output=True, check=False)
    assert (ran.returncode, ran.stderr) == (0, b"")
    records = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(record["url"], record["text"]) for record in records] == [
        ("https://a.example/a story", STORY), ("https://a.example/wget", STORY)]


def test_a_warc_corrupt_in_its_middle_says_after_which_record_it_stops(tmp_path: Path) -> None:
    # Before: "crawl.warc.gz: corrupt or truncated gzip data (Error -3 while decompressing data: ...)", counted
    # as one failure: not where, nor that the pages after it were not read.
    import gzip

    from test_warc11 import warc_records

    members, ids = warc_records(4)
    broken = gzip.compress(b"WARC/1.0\r\n")[:-12] + b"\xff" * 40  # a member that breaks off inside its data
    (tmp_path / "crawl.warc.gz").write_bytes(members[0] + members[1] + broken + members[2] + members[3])
    ran = run_cli("clean", str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "pages.jsonl"))
    assert ran.returncode == 1
    said = ran.stderr.decode().splitlines()[0]
    assert said.startswith(f"error: {tmp_path / 'crawl.warc.gz'}:bytes ")  # the member skipped (tests/test_warc11.py)
    assert ": corrupt or truncated gzip data (" in said
    assert said.endswith(f") after record {ids[1]}: skipped up to the next gzip member that holds a WARC record"), said
    assert len((tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()) == 5
