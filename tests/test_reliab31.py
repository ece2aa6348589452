"""Session 31's reliability fixes: each test failed before its fix (principle 4: nothing lost or garbled in silence)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import SAMPLES, run_cli

PAGE = SAMPLES / "input" / "000_commondreams.txt"


@pytest.mark.parametrize("name", ["out.jsonl.lz4", "out.jsonl.br", "out.jsonl.zip", "out.jsonl.7z", "out.jsonl.lzma",
                                  "out.jsonl.Z", "out.jsonl.tgz", "out.parquet.lz4"])
def test_a_records_file_named_for_a_compression_not_written_is_refused(tmp_path, name):
    # Before: `-o out.jsonl.lz4` (or .br, .zip...) wrote plain JSONL under a name that says lz4 (with --format
    # jsonl), or made a folder of that name (without), exit 0: `lz4cat` then failed on it.
    for extra in ([], ["--format", "jsonl" if ".jsonl" in name else "parquet"]):
        ran = run_cli("clean", str(PAGE), "-o", str(tmp_path / name), *extra)
        assert ran.returncode == 2, ran.stderr
        assert "is not written" in ran.stderr.decode() and ".gz, .zst, .bz2 or .xz" in ran.stderr.decode()
        assert not (tmp_path / name).exists()


@pytest.mark.parametrize("name", ["out.txt.gz", "bodies.zst", "pages.json.xz", "out.bz2"])
def test_a_folder_of_pages_named_as_a_compressed_file_is_refused_unless_it_is_a_folder(tmp_path, name):
    # Before: `cleaner clean page.txt -o out.txt.gz` made a folder of that name holding page.txt, uncompressed,
    # exit 0: the name says one compressed file, which `zcat out.txt.gz` then failed to read.
    ran = run_cli("clean", str(PAGE), "-o", str(tmp_path / name))
    assert ran.returncode == 2, ran.stderr
    assert "writes a folder of files" in ran.stderr.decode()
    assert not (tmp_path / name).exists()
    (tmp_path / name).mkdir()  # a folder so named is the user's own: written into
    ran = run_cli("clean", str(PAGE), "-o", str(tmp_path / name))
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / name / PAGE.with_suffix(".txt").name).is_file()


def test_records_files_under_the_compressions_written_and_folders_of_other_names_still_go(tmp_path):
    for name in ("out.jsonl.gz", "out.ndjson.zst", "out.jsonl.bz2", "out.jsonl.xz", "rows.parquet"):
        assert run_cli("clean", str(PAGE), "-o", str(tmp_path / name)).returncode == 0, name
    ran = run_cli("clean", str(PAGE), "-o", str(tmp_path / "cleaned.v2"), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    assert json.loads((tmp_path / "cleaned.v2" / PAGE.with_suffix(".json").name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["report.json.gz", "report.json.zst", "report.json.lz4"])
def test_a_run_report_named_as_a_compressed_file_is_refused(tmp_path, name):
    # Before: `--report report.json.gz` wrote plain JSON under the gzip name, exit 0 (`zcat` then failed on it).
    ran = run_cli("clean", str(PAGE), "-o", str(tmp_path / "out.jsonl"), "--report", str(tmp_path / name))
    assert ran.returncode == 2, ran.stderr
    assert "a report is written uncompressed" in ran.stderr.decode()
    assert not (tmp_path / name).exists() and not (tmp_path / "out.jsonl").exists()


def test_an_html_report_named_as_a_compressed_file_is_refused(tmp_path):
    # Before: `cleaner report page -o report.html.gz` wrote plain HTML under the gzip name, exit 0.
    ran = run_cli("report", str(PAGE), "-o", str(tmp_path / "report.html.gz"))
    assert ran.returncode == 2, ran.stderr
    assert "a report is written uncompressed, and this name says gzip" in ran.stderr.decode()
    assert not (tmp_path / "report.html.gz").exists()
    assert run_cli("report", str(PAGE), "-o", str(tmp_path / "report.html")).returncode == 0


def _story(dateline: str) -> str:
    paragraphs = "\n\n".join(f"Paragraph {n} of the story tells how the council argued over the bridge and the money "
                             "for the roads of the town, at some length, before the vote." for n in range(4))
    return f"Council approves the bridge\n\n{dateline}\n\n{paragraphs}\n"


@pytest.mark.parametrize("found_first", [True, False])
def test_records_that_keep_an_int_date_beside_dates_the_cleaner_found_stop_a_parquet_run(tmp_path, found_first):
    # Before: the first record's kind typed the column: with a found date first, each record that kept its own int
    # date failed ("field 'date' not written: an int value in a column of text values"); with an int first, each
    # record with a found date failed instead. Now the clash stops the run, in either order, saying what to do.
    records = [{"id": "found", "text": _story("Published: 2024-05-03\n\nBy Jane Smith"), "date": 20240101},
               {"id": "own", "text": _story("By Jane Smith"), "date": 20240101}]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(record) + "\n" for record in records[::1 if found_first else -1]),
                      encoding="utf-8")
    out = tmp_path / "out.parquet"
    ran = run_cli("clean", str(corpus), "-o", str(out), "--with-metadata")
    err = ran.stderr.decode()
    assert ran.returncode == 1, err
    assert "keeps int in 'date'" in err and "--metadata-field cleaner" in err and "the run stops" in err
    assert not out.exists()
    ran = run_cli("clean", str(corpus), "-o", str(out), "--with-metadata", "--metadata-field", "cleaner")
    assert ran.returncode == 0, ran.stderr
    import pyarrow.parquet as pq

    rows = {row["id"]: row for row in pq.read_table(out).to_pylist()}
    assert rows["own"]["date"] == rows["found"]["date"] == 20240101
    assert rows["found"]["cleaner"]["date"] is not None and rows["own"]["cleaner"]["date"] is None


def test_records_that_keep_an_int_date_go_into_parquet_where_the_cleaner_finds_no_date(tmp_path):
    # The fix declined before typed the cleaner's metadata columns as text up front: every record here would fail.
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": _story("By Jane Smith"), "date": 20240101 + n}) + "\n"
                              for n in range(3)), encoding="utf-8")
    ran = run_cli("clean", str(corpus), "-o", str(tmp_path / "out.parquet"), "--with-metadata")
    assert ran.returncode == 0, ran.stderr
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "out.parquet").column("date").to_pylist() == [20240101, 20240102, 20240103]


@pytest.mark.parametrize(("byline", "author", "date"), [
    ("By Jane Smith, 3 May 2024", "Jane Smith", "3 May 2024"),
    ("By Jo Lee | May 3, 2024 10:42", "Jo Lee", "May 3, 2024 10:42"),
    ("By Anna Kowalska · 03.05.2024", "Anna Kowalska", "03.05.2024"),
    ("By Jane Smith", "Jane Smith", None),
    # a CMS's byline with its date field empty keeps the separator (before: author "Jane Smith," - reliab32)
    ("By Jane Smith,", "Jane Smith", None),
    ("By Jo Lee |", "Jo Lee", None),
])
def test_a_text_pages_byline_gives_the_name_as_author_and_the_date_after_it_as_date(byline, author, date):
    # Before: "By Jane Smith, 3 May 2024" gave the author "Jane Smith, 3 May 2024" and no date (--with-metadata,
    # --format json): the date written into the author, garbled, where a dateline of its own gave the date.
    from cleaner import explain

    page = f"Home | News | Sport\n\n{_story(byline)}\nShare this article: Facebook Twitter Email\n"
    metadata = explain(page).metadata
    assert (metadata.author, metadata.date) == (author, date)


@pytest.mark.parametrize(("kind", "data"), [
    ("lz4", b"\x04\x22\x4d\x18\x64\x40\xa7" + bytes(range(40))),
    ("lzip", b"LZIP\x01\x0c" + bytes(range(40))),
    ("compress (.Z)", b"\x1f\x9d\x90" + bytes(range(40))),
    ("lzma", b"\x5d\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff" + bytes(range(40))),
])
def test_a_page_in_a_compression_not_read_is_named_by_it(tmp_path, kind, data):
    # Before: "binary data (control characters)", as if the file held no text, its compression unnamed.
    (tmp_path / "page.txt.x").write_bytes(data)
    for args, stdin in (([str(tmp_path / "page.txt.x")], None), (["-"], data)):
        ran = run_cli("clean", *args, stdin=stdin)
        assert ran.returncode == 1
        assert f"binary data ({kind}-compressed, which is not read here: decompress it first)" in ran.stderr.decode()


def test_resume_into_a_folder_made_by_other_code_of_the_same_version_is_refused(tmp_path, monkeypatch):
    # Before: the run record held the version alone, 0.1.0 through every change of the code: --resume after a pull
    # kept the outputs the older code made as up to date, exit 0, and datasets loaded a map's from its cache.
    import cleaner.batch

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_bytes(PAGE.read_bytes())
    out = tmp_path / "out"
    assert run_cli("clean", str(pages), "-o", str(out)).returncode == 0
    assert run_cli("clean", str(pages), "-o", str(out), "--resume").returncode == 0
    monkeypatch.setattr(cleaner.batch, "code_digest", lambda: "other code")
    ran = run_cli("clean", str(pages), "-o", str(out), "--resume")
    assert ran.returncode == 2
    assert "its outputs were made with other settings (code changed); run without --resume" in ran.stderr.decode()
    assert run_cli("clean", str(pages), "-o", str(out)).returncode == 0


def _warc_bytes() -> bytes:
    import io

    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from helpers import WARC_PAGE_HTML

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://gazette.example/a", "response",
                                                  payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http))
    return stream.getvalue()


def test_a_warc_record_whose_bytes_do_not_match_its_block_digest_fails_by_name(tmp_path):
    # Before: a `.warc` record with a byte changed since the crawler wrote it (no gzip checksum guards a plain
    # WARC) was cleaned as the page, exit 0, though its own WARC-Block-Digest said it was corrupt.
    data = _warc_bytes()
    changed = data.replace(b"harbour and its boats", b"harbour and its bo@ts", 1)
    (tmp_path / "crawl.warc").write_bytes(changed)
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["cleaner_error"].startswith("WARC record corrupt: its bytes do not match its WARC-Block-Digest")
    (tmp_path / "crawl.warc").write_bytes(data)
    assert run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl")).returncode == 0


def test_a_warc_record_whose_payload_digest_alone_differs_is_cleaned(tmp_path):
    # Crawlers differ on the bytes a WARC-Payload-Digest is of (a chunked body's, as sent or de-chunked): the block
    # digest, of the record's bytes as stored, says whether they changed.
    data = _warc_bytes()
    start = data.index(b"WARC-Payload-Digest: sha1:") + len(b"WARC-Payload-Digest: sha1:")
    (tmp_path / "crawl.warc").write_bytes(data[:start] + b"A" * 32 + data[start + 32:])
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 0, ran.stderr


def test_zero_bytes_padding_a_gzip_corpus_are_read_past_as_gzip_reads_them(tmp_path):
    # Before: a `.jsonl.gz` (or `.warc.gz`) padded with zero bytes (to a block's size: a tape's, a preallocated
    # download's) failed as "corrupt or truncated gzip data (bytes that begin no gzip member at byte N)" after its
    # last record, exit 1, though `zcat` reads it without a word and its page, read whole, was cleaned.
    import gzip

    lines = "".join(json.dumps({"id": n, "text": PAGE.read_text(encoding="utf-8")}) + "\n" for n in range(2))
    member = gzip.compress(lines.encode("utf-8"))
    for name, data in (("padded.jsonl.gz", member + bytes(512)), ("between.jsonl.gz", member + bytes(7) + member),
                       ("warc.warc.gz", gzip.compress(_warc_bytes()) + bytes(100))):
        (tmp_path / name).write_bytes(data)
        for args, stdin in (([str(tmp_path / name)], None), (["-"], data)):
            ran = run_cli("clean", *args, "-o", str(tmp_path / "out.jsonl"), stdin=stdin)
            assert ran.returncode == 0, (name, ran.stderr)
            records = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
            assert len(records) == {"padded.jsonl.gz": 2, "between.jsonl.gz": 4, "warc.warc.gz": 1}[name]
    (tmp_path / "junk.jsonl.gz").write_bytes(member + bytes(8) + b"junk")
    ran = run_cli("clean", str(tmp_path / "junk.jsonl.gz"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1 and f"bytes that begin no gzip member at byte {len(member) + 8}" in ran.stderr.decode()


def _synced_paths(monkeypatch) -> list[str]:
    """The paths os.fsync is called on from here on (the real fsync runs too)."""
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_records_file_reaches_the_disk_before_its_name_and_its_name_after(tmp_path, monkeypatch, fmt):
    # Before: renamed into place unsynced, a power cut could leave out.jsonl empty or cut short under its
    # final name, which --resume then took as done.
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": PAGE.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    out = tmp_path / "out" / f"pages.{fmt}"
    synced = _synced_paths(monkeypatch)
    ran = run_cli("clean", str(source), "-o", str(out), "--format", fmt)
    assert ran.returncode == 0, ran.stderr
    temporaries = [i for i, path in enumerate(synced) if Path(path).name.startswith(f".pages.{fmt}.cleaner-")]
    folder = [i for i, path in enumerate(synced) if path == str(out.parent)]
    assert temporaries and folder and temporaries[-1] < folder[-1], synced
    assert out.stat().st_size > 0


def test_an_output_folder_s_pages_are_not_each_synced(tmp_path, monkeypatch):
    # Some milliseconds a page: an output folder's pages are renamed in unsynced (README says to clean such a
    # folder again, not --resume, after a power cut).
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    synced = _synced_paths(monkeypatch)
    ran = run_cli("clean", str(pages), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert ran.returncode == 0, ran.stderr
    assert not [path for path in synced if path.endswith(".txt") or ".p0.txt.cleaner-" in path], synced
