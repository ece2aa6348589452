"""Issue 14's failures, rerun as written: compressed pages and corpora, WARC
archives, a folder into one JSONL, rows that line up, progress and logging."""

from __future__ import annotations

import fcntl
import gzip
import io
import json
import random
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from helpers import run_cli, wait_until
from test_formats import ARTICLE, BODY, CHROME_LINE, PAGE_HTML, RULE_FILE, build_warc


def rules_folder(tmp_path: Path) -> str:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "gazette.toml").write_text(RULE_FILE, encoding="utf-8")
    return str(tmp_path / "rules")


def records_of(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def corpus(count: int = 3) -> list[dict]:
    return [{"id": f"page-{n}", "text": f"{CHROME_LINE}\n\n{ARTICLE}", "url": "https://gazette.example/story"}
            for n in range(count)]


def jsonl_bytes(records: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def test_a_folder_of_html_gz_pages_is_cleaned_not_skipped_as_binary(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"story{n}.html.gz").write_bytes(gzip.compress(PAGE_HTML.encode()))
    (pages / "notes.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(ARTICLE.encode()))
    result = run_cli("clean", str(pages), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    outputs = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert outputs == ["notes.txt", "story0.txt", "story1.txt", "story2.txt"]
    story = (tmp_path / "out" / "story0.txt").read_text(encoding="utf-8")
    assert BODY in story and "Home" not in story


def test_a_gzipped_jsonl_corpus_into_c_jsonl_gives_a_file_of_records(tmp_path):
    (tmp_path / "corpus.jsonl.gz").write_bytes(gzip.compress(jsonl_bytes(corpus())))
    result = run_cli("clean", str(tmp_path / "corpus.jsonl.gz"), "-o", str(tmp_path / "c.jsonl"),
                     "--rules", rules_folder(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c.jsonl").is_file()
    rows = records_of((tmp_path / "c.jsonl").read_bytes())
    assert [r["id"] for r in rows] == ["page-0", "page-1", "page-2"]
    assert all(r["text"] == ARTICLE and r["cleaner_error"] is None for r in rows)  # the url field picked the rules


def test_gzip_on_stdin_is_read_as_the_jsonl_it_holds():
    result = run_cli("clean", "-", "--format", "jsonl", stdin=gzip.compress(jsonl_bytes(corpus(2))))
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in records_of(result.stdout)] == ["page-0", "page-1"]
    assert "malformed" not in result.stderr.decode()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_jsonl_on_stdin_with_a_byte_order_mark_is_read_as_records(encoding):
    # Before, the BOM hid the '{' and the records were cleaned as one text page, exit 0.
    result = run_cli("clean", "-", stdin=jsonl_bytes(corpus(2)).decode().encode(encoding))
    assert result.returncode == 0, result.stderr
    assert [(r["id"], r["cleaner_error"]) for r in records_of(result.stdout)] == [("page-0", None), ("page-1", None)]


@pytest.mark.parametrize("blank", [b"\n" * 12, b"\r\n \t" * 300, b" " * 2000 + b"\n"],
                         ids=["newlines", "crlf-tabs", "spaces"])
def test_jsonl_on_stdin_after_blank_lines_is_read_as_records(blank):
    # Before, only the first 10 bytes were looked at: blank lines hid the '{' and
    # the records were cleaned as one text page of JSON, exit 0.
    result = run_cli("clean", "-", stdin=blank + jsonl_bytes(corpus(2)))
    assert result.returncode == 0, result.stderr
    assert [(r["id"], r["cleaner_error"]) for r in records_of(result.stdout)] == [("page-0", None), ("page-1", None)]


def unread_bytes(pipe: IO[bytes]) -> int:
    """The bytes written into ``pipe`` that its reader has not read yet (FIONREAD, on either end of a pipe)."""
    return int(struct.unpack("i", fcntl.ioctl(pipe.fileno(), termios.FIONREAD, b"\0" * 4))[0])


@pytest.mark.parametrize("compress", [lambda data: b"\n" + data, gzip.compress], ids=["blank-line", "gzip"])
def test_jsonl_on_stdin_whose_writer_sends_one_byte_first_is_read_as_records(compress):
    # Before, only the pipe's first read was looked at: a writer that sent one byte (a blank
    # line, gzip's first magic byte) and then the rest had its records cleaned as one text page,
    # exit 0, the JSON lines written back as they were.
    data = compress(jsonl_bytes(corpus(2)))
    process = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdin is not None
    process.stdin.write(data[:1])
    process.stdin.flush()
    # The rest once the cleaner has read that byte: sent 1.5 s of the clock later, it came before a start that
    # slow (a loaded machine's, or one whose cache is empty) read anything, and the test passed with the bug.
    wait_until(lambda: unread_bytes(process.stdin) == 0 or process.poll() is not None)
    out, err = process.communicate(data[1:], timeout=60)
    assert process.returncode == 0, err
    assert [(r["id"], r["cleaner_error"]) for r in records_of(out)] == [("page-0", None), ("page-1", None)]


@pytest.mark.parametrize("output", ["out.jsonl", "out.parquet"])
def test_strict_writes_no_output_from_an_input_cut_short(tmp_path, output):
    # Before, --strict wrote the records read before the cut and said nothing had stopped.
    data = gzip.compress(jsonl_bytes(corpus(40)))
    (tmp_path / "in.jsonl.gz").write_bytes(data[: len(data) * 3 // 4])
    result = run_cli("clean", "in.jsonl.gz", "-o", output, "--strict", "--report", "report.json", cwd=tmp_path)
    assert result.returncode == 1 and "in.jsonl.gz: corrupt or truncated gzip data" in result.stderr.decode()
    assert not (tmp_path / output).exists()
    assert json.loads((tmp_path / "report.json").read_text())["stopped"] == \
        f"stopped at the bad input (--strict); {output} not written"


def test_a_thousand_identical_failures_are_shown_twenty_times_then_counted(tmp_path):
    (tmp_path / "bad.jsonl").write_bytes(b"{not json\n" * 1705)
    result = run_cli("clean", str(tmp_path / "bad.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 1
    assert sum(": malformed JSON" in line for line in lines) == 21
    assert "error: 1,685 more failed with the same reason (20 shown above): malformed JSON" in result.stderr.decode()
    assert len(records_of((tmp_path / "out.jsonl").read_bytes())) == 1705  # one row each, with its reason


def test_o_jsonl_gz_writes_gzip_that_datasets_loads(tmp_path):
    datasets = pytest.importorskip("datasets")
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(corpus() + [{"id": "empty", "text": ""}]))
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl.gz"))
    assert result.returncode == 1  # the empty record
    assert (tmp_path / "out.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"
    loaded = datasets.load_dataset("json", data_files=str(tmp_path / "out.jsonl.gz"), split="train",
                                   cache_dir=str(tmp_path / "cache"))
    assert loaded["id"] == ["page-0", "page-1", "page-2", "empty"]
    assert loaded["cleaner_error"] == [None, None, None, "empty input"]


def test_o_parquet_writes_parquet_and_parquet_round_trips_row_for_row(tmp_path):
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(corpus()))
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"))
    assert result.returncode == 0, result.stderr
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist() == ["page-0", "page-1", "page-2"]
    rows = pa.table({"id": pa.array([7, 8, 9], pa.int16()), "text": [f"{CHROME_LINE}\n\n{ARTICLE}", None, ARTICLE],
                     "meta": [{"url": "https://gazette.example/a"}] * 3})
    pq.write_table(rows, tmp_path / "rows.parquet", row_group_size=2)
    result = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "cleaned.parquet"),
                     "--url-field", "meta.url", "--with-metadata", "--rules", rules_folder(tmp_path))
    assert result.returncode == 1 and "rows.parquet:row 2: no text in field 'text'" in result.stderr.decode()
    cleaned = pq.read_table(tmp_path / "cleaned.parquet")
    assert cleaned.schema.field("id").type == pa.int16()
    assert cleaned.column("id").to_pylist() == [7, 8, 9]
    assert cleaned.column("text").to_pylist() == [ARTICLE, None, ARTICLE]
    assert cleaned.column("language").to_pylist() == ["en", None, "en"]


def test_parquet_text_columns_keep_their_types_binary_large_and_nested(tmp_path):
    page = f"{CHROME_LINE}\n\n{ARTICLE}"
    meta = pa.struct([("url", pa.large_string()), ("rank", pa.int16()), ("body", pa.large_string())])
    columns = {"large": pa.array([page, None, page], pa.large_string()),
               "raw": pa.array([page.encode(), b"", page.encode()], pa.binary()),
               "meta": pa.array([{"url": "https://gazette.example/a", "rank": n, "body": page if n != 1 else None}
                                  for n in range(3)], meta)}
    pq.write_table(pa.table(columns), tmp_path / "rows.parquet", row_group_size=2)
    for field in ("large", "raw", "meta.body"):
        out = tmp_path / f"{field}.parquet"
        result = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(out), "--text-field", field,
                         "--url-field", "meta.url", "--rules", rules_folder(tmp_path), "--with-metadata",
                         "--metadata-field", "cleaner")
        assert result.returncode == 1, result.stderr  # row 2: None, b"", "" in turn
        cleaned = pq.read_table(out)
        assert cleaned.schema.remove_metadata().field("large").type == pa.large_string()
        assert cleaned.schema.field("raw").type == pa.binary()
        assert cleaned.schema.field("meta").type == meta
        written = cleaned.schema.field("cleaner").type  # none null-typed: a later row group's author would not fit
        assert [written.field(name).type for name in ("author", "removed_share")] == [pa.string(), pa.float64()]
        texts = [row[field] if "." not in field else row["meta"]["body"] for row in cleaned.to_pylist()]
        assert [text if isinstance(text, str | None) else text.decode() for text in texts][::2] == [ARTICLE] * 2


def test_a_record_past_the_first_row_group_with_a_field_it_lacked_fails_alone_by_name(tmp_path):
    from cleaner.parquet_io import ROW_GROUP_ROWS

    records = [{"id": n, "text": BODY, "meta": {"source": "feed"}} for n in range(ROW_GROUP_ROWS + 3)]
    records[-3]["meta"]["author"] = "Jo Lee"  # pyarrow drops a nested field its columns lack, without a word
    records[-2]["extra"] = 1
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(records))
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--jobs", "1")
    err = result.stderr.decode()
    assert result.returncode == 1
    for number, field in ((len(records) - 2, "meta.author"), (len(records) - 1, "extra")):
        reason = (f"field {field!r} not written: a Parquet file's columns are those of its first "
                  f"{ROW_GROUP_ROWS:,} records")
        assert f"in.jsonl:{number}: {reason}" in err
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [row["id"] for row in rows] == list(range(len(records)))
    assert [row["cleaner_error"] is None for row in rows[-3:]] == [False, False, True]
    assert all(row["text"] == rows[0]["text"] for row in rows)


def test_a_record_past_the_first_row_group_with_a_value_of_another_kind_fails_alone_by_name(tmp_path):
    from cleaner.parquet_io import ROW_GROUP_ROWS

    records = [{"id": n, "score": n, "text": BODY} for n in range(ROW_GROUP_ROWS + 2)]
    records[-2]["score"] = 7.5  # a column of ints: pyarrow would write 7, without a word
    records[-1]["id"] = "late-1"  # pyarrow would fail the whole row group
    records[1]["big"] = 2**64  # JSON's ints have no bound; before, pyarrow's OverflowError ended the run in a traceback
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(records))
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--jobs", "1")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert f"in.jsonl:{len(records) - 1}: field 'score' not written: a float value in a column of int values" in err
    assert f"in.jsonl:{len(records)}: field 'id' not written: a text value in a column of int values" in err
    assert "in.jsonl:2: field 'big' not written: an int over 64 bits, which no Parquet column holds" in err
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [(row["id"], row["score"]) for row in rows[-3:]] == [(len(records) - 3, len(records) - 3),
                                                                (len(records) - 2, None), (None, len(records) - 1)]
    assert all(row["text"] == rows[0]["text"] for row in rows)


def test_uint64_values_over_int64s_range_are_written_back_into_their_own_columns(tmp_path):
    # Before, such a value failed its row ("an int over 64 bits, which no Parquet
    # column holds") and was left out of it; in a list it stopped the run.
    big, top = 2**63, 2**64 - 1
    table = pa.table({"id": pa.array([big, 1], pa.uint64()),
                      "meta": pa.array([{"seen": top}, {"seen": 2}], pa.struct([("seen", pa.uint64())])),
                      "hashes": pa.array([[big, top], [3]], pa.list_(pa.uint64())),
                      "text": [BODY, BODY]})
    pq.write_table(table, tmp_path / "in.parquet")
    result = run_cli("clean", "in.parquet", "-o", "out.parquet", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.select(["id", "meta", "hashes"]) == table.select(["id", "meta", "hashes"])
    assert out.column("cleaner_error").to_pylist() == [None, None]


@pytest.mark.parametrize("big_in_list", [False, True])
def test_records_no_parquet_file_can_hold_stop_the_run_in_one_line_without_a_file(tmp_path, big_in_list):
    records = [{"tags": [1, 2], "text": BODY}, {"tags": ["one", 2], "text": BODY}]  # no Arrow type holds both
    if big_in_list:  # before, pyarrow's OverflowError ended the run in a traceback
        records = [{"tags": [1, 2**64], "text": BODY}, {"tags": [3], "text": BODY}]
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(records))
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--jobs", "1")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert not (tmp_path / "out.parquet").exists()
    assert f"{tmp_path / 'out.parquet'}: not written: rows 1-2 cannot be written as Parquet" in err
    assert "cleaned 2 record(s)" not in err and "Traceback" not in err and "Exception ignored" not in err


def test_a_warc_is_cleaned_page_by_page_not_as_one_page(tmp_path):
    warc = tmp_path / "sample.warc"
    warc.write_bytes(build_warc(gzip=False))
    as_written = run_cli("clean", "sample.warc", "-o", "out", cwd=tmp_path)
    assert as_written.returncode == 2 and not (tmp_path / "out").exists()
    assert "-o out.jsonl" in as_written.stderr.decode() and "--format text" in as_written.stderr.decode()
    into_jsonl = run_cli("clean", str(warc), "-o", str(tmp_path / "pages.jsonl"), "--rules", rules_folder(tmp_path),
                         "--report", str(tmp_path / "report.json"))
    assert into_jsonl.returncode == 0, into_jsonl.stderr
    rows = records_of((tmp_path / "pages.jsonl").read_bytes())
    assert [r["url"] for r in rows] == ["https://gazette.example/flood", "https://news.example/tokyo"]
    assert CHROME_LINE not in rows[0]["text"] and BODY in rows[0]["text"] and "html" not in rows[0]
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["records"]["cleaned"] == 2 and report["skipped"]["status 404"] == 1
    assert "11 WARC records not HTML pages" in into_jsonl.stderr.decode()
    into_folder = run_cli("clean", str(warc), "--format", "text", "-o", str(tmp_path / "pages"))
    assert into_folder.returncode == 0, into_folder.stderr
    names = sorted(p.stem for p in (tmp_path / "pages").iterdir() if p.name != ".cleaner-run")
    assert names == sorted(r["id"].replace(":", "_") for r in rows)


def test_a_warc_gz_on_stdin_and_a_jsonl_zst_corpus_round_trip(tmp_path):
    result = run_cli("clean", "-", stdin=build_warc(gzip=True))
    assert result.returncode == 0, result.stderr
    assert len(records_of(result.stdout)) == 2
    (tmp_path / "in.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(jsonl_bytes(corpus(4))))
    result = run_cli("clean", str(tmp_path / "in.jsonl.zst"), "-o", str(tmp_path / "out.jsonl.zst"))
    assert result.returncode == 0, result.stderr
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO((tmp_path / "out.jsonl.zst").read_bytes())) as out:
        assert [r["id"] for r in records_of(out.read())] == [f"page-{n}" for n in range(4)]


def test_a_folder_into_one_jsonl_and_the_outputs_that_mean_nothing(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(PAGE_HTML, encoding="utf-8")
    (pages / "b.txt").write_text(ARTICLE, encoding="utf-8")
    for args in (["-o", "pages.jsonl", "--format", "jsonl"], ["-o", "pages.jsonl"]):
        result = run_cli("clean", str(pages), *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = records_of((tmp_path / "pages.jsonl").read_bytes())
        assert [(r["id"], r["cleaner_error"]) for r in rows] == [("a.html", None), ("b.txt", None)]
    stdout = run_cli("clean", str(pages), "-o", "-", "--format", "jsonl", cwd=tmp_path)
    assert stdout.returncode == 0 and len(records_of(stdout.stdout)) == 2
    for args, message in ((["-o", "cj/", "--format", "jsonl"], "cj/ is a folder"),
                          (["-o", "-"], "not stdout; use --format jsonl"),
                          (["-o", "pages.txt", "--format", "json"], "-o pages.txt names a file")):
        before = set(tmp_path.iterdir())
        result = run_cli("clean", str(pages), *args, cwd=tmp_path)
        err = result.stderr.decode().strip().splitlines()
        assert result.returncode == 2 and message in err[-1] and "Traceback" not in result.stderr.decode()
        assert set(tmp_path.iterdir()) == before  # no file `cj`, no folder `-`


def test_records_keep_their_url_nested_url_and_drop_the_html(tmp_path):
    rules = rules_folder(tmp_path)
    nested = [{"id": 1, "html": PAGE_HTML.replace("<article>", f"<article><p>{CHROME_LINE}</p>"),
               "metadata": {"url": "https://gazette.example/flood"}}]
    result = run_cli("clean", "-", "--html-field", "html", "--url-field", "metadata.url", "--drop-field", "html",
                     "--rules", rules, stdin=jsonl_bytes(nested))
    assert result.returncode == 0, result.stderr
    (row,) = records_of(result.stdout)
    assert set(row) == {"id", "metadata", "text", "cleaner_error"} and CHROME_LINE not in row["text"]
    plain = run_cli("clean", "-", "--rules", rules, stdin=jsonl_bytes(corpus(1)))  # `url` without being asked
    assert records_of(plain.stdout)[0]["text"] == ARTICLE


def test_progress_when_asked_with_stderr_redirected_and_quiet_and_verbose(tmp_path):
    (tmp_path / "in.jsonl").write_bytes(jsonl_bytes(corpus(3)))
    args = ("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    forced = run_cli(*args, "--progress").stderr.decode()
    assert "cleaning: 100%" in forced and "3/3" in forced and "records/s" in forced
    assert "cleaning" not in run_cli(*args).stderr.decode()  # stderr is not a terminal
    assert run_cli(*args, "-q").stderr == b""
    verbose = run_cli(*args, "-v").stderr.decode()
    assert f"{tmp_path / 'in.jsonl'}:2: cleaned" in verbose and "cleaned 3 record(s)" in verbose


def test_language_is_the_iso_code(tmp_path):
    (tmp_path / "page.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "page.txt"), "--format", "json", "-o", str(tmp_path / "out"))
    assert json.loads((tmp_path / "out" / "page.json").read_text())["language"] == "en"
    result = run_cli("clean", "-", "--with-metadata", stdin=jsonl_bytes(corpus(1)))
    assert records_of(result.stdout)[0]["language"] == "en"


def test_a_truncated_corpus_keeps_the_records_read_and_fails_by_name(tmp_path):
    data = gzip.compress(jsonl_bytes(corpus(40)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 3 // 4])
    result = run_cli("clean", str(tmp_path / "cut.jsonl.gz"), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 1
    assert f"{tmp_path / 'cut.jsonl.gz'}: corrupt or truncated gzip data" in result.stderr.decode()
    rows = records_of((tmp_path / "out.jsonl").read_bytes())
    assert 0 < len(rows) < 40 and [r["id"] for r in rows] == [f"page-{n}" for n in range(len(rows))]


def test_a_corpus_inside_a_folder_of_pages_is_refused_by_name(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "more.jsonl").write_bytes(jsonl_bytes(corpus(2)))
    result = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1 and "more.jsonl: a jsonl corpus, not a page" in result.stderr.decode()
    assert (tmp_path / "out" / "page.txt").exists() and not (tmp_path / "out" / "more.txt").exists()


def test_a_warc_page_whose_gzip_content_encoding_is_cut_short_fails_by_name(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    compressed = gzip.compress(PAGE_HTML.encode())
    for url, body in (("https://gazette.example/cut", compressed[:len(compressed) // 2]),
                      ("https://gazette.example/whole", gzip.compress(PAGE_HTML.encode()))):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    result = run_cli("clean", "crawl.warc.gz", "-o", "pages.jsonl", cwd=tmp_path)
    cut, whole = records_of((tmp_path / "pages.jsonl").read_bytes())
    assert result.returncode == 1
    assert cut["url"].endswith("/cut") and "text" not in cut
    assert cut["cleaner_error"] == "HTTP body cut short: its gzip Content-Encoding ends early"
    assert f"crawl.warc.gz:{cut['id']}: HTTP body cut short" in result.stderr.decode()
    assert whole["cleaner_error"] is None and BODY in whole["text"]


def test_a_warc_page_whose_gzip_content_encoding_is_corrupt_fails_in_one_line_of_ours(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Words in random order, so that the compressed body spans several of warcio's reads (16 kB each).
    words, rng = BODY.split(), random.Random(0)
    page = "<html><body><article>" + "".join(f"<p>{' '.join(rng.choices(words, k=40))}.</p>" for _ in range(1500))
    corrupt = bytearray(gzip.compress((page + "</article></body></html>").encode()))
    corrupt[len(corrupt) // 2:len(corrupt) // 2 + 64] = bytes(64)
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://gazette.example/x", "response",
                                                  payload=io.BytesIO(bytes(corrupt)), http_headers=headers))
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    result = run_cli("clean", "crawl.warc.gz", "-o", "pages.jsonl", "-q", cwd=tmp_path)
    [record] = records_of((tmp_path / "pages.jsonl").read_bytes())
    assert result.returncode == 1 and "text" not in record
    assert record["cleaner_error"].startswith("HTTP body corrupt: its gzip Content-Encoding does not decompress (")
    assert result.stderr.decode().splitlines() == [f"error: crawl.warc.gz:{record['id']}: {record['cleaner_error']}"]


CLOSED_PIPE = "error: stdout: output stopped short: the reader closed the pipe"


def test_a_reader_that_stops_reading_the_records_stops_the_run_with_one_line_and_the_report_says_so(tmp_path):
    (tmp_path / "pages.jsonl").write_bytes(jsonl_bytes(corpus(400)))  # more than a pipe holds
    command = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "pages.jsonl", "-o", "-", "--jobs", "1",
                                "--report", "report.json"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert command.stdout is not None and command.stderr is not None
    assert json.loads(command.stdout.readline())["id"] == "page-0"
    command.stdout.close()  # `| head -1`
    err = command.stderr.read().decode()
    assert command.wait() == 1  # not every record was written
    assert err.splitlines() == [CLOSED_PIPE], err  # no traceback, not an input's fault
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["stopped"] == CLOSED_PIPE.removeprefix("error: ") and report["failures"] == []


def test_a_page_cut_short_on_stdout_by_a_closed_pipe_is_not_a_success(tmp_path):
    lines = [f"Paragraph {number} of the council's long account of the flood wall vote, line by line."
             for number in range(6000)]  # its body, several times what a pipe holds, goes out in one write
    command = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-"], cwd=tmp_path,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert command.stdin is not None and command.stdout is not None and command.stderr is not None
    command.stdin.write("\n\n".join(lines).encode())
    command.stdin.close()
    assert command.stdout.read(10) == b"Paragraph "
    command.stdout.close()  # `| head -c 10`
    err = command.stderr.read().decode()
    assert command.wait() == 1
    assert err.splitlines() == [CLOSED_PIPE], err


def test_an_error_field_that_is_the_text_field_is_a_usage_error(tmp_path):
    (tmp_path / "pages.jsonl").write_bytes(jsonl_bytes(corpus(2)))
    for field in ("text", "text.why", "url"):
        result = run_cli("clean", "pages.jsonl", "-o", "out.jsonl", "--error-field", field, cwd=tmp_path)
        assert result.returncode == 2 and "both" in result.stderr.decode(), field
        assert not (tmp_path / "out.jsonl").exists()


def test_metadata_field_keeps_a_records_own_fields_of_the_same_names():
    records = [{**record, "title": "The record's own title", "language": "xx"} for record in corpus(2)]
    top = records_of(run_cli("clean", "-", "--with-metadata", stdin=jsonl_bytes(records)).stdout)
    assert top[0]["language"] == "en"  # the metadata is written over the record's own field, as documented
    result = run_cli("clean", "-", "--with-metadata", "--metadata-field", "cleaner", stdin=jsonl_bytes(records))
    kept = records_of(result.stdout)
    assert [(r["title"], r["language"]) for r in kept] == [("The record's own title", "xx")] * 2
    assert [r["cleaner"]["language"] for r in kept] == ["en", "en"]
    assert [r["text"] for r in kept] == [r["text"] for r in top]


def test_metadata_field_needs_with_metadata():
    result = run_cli("clean", "-", "--metadata-field", "cleaner", stdin=jsonl_bytes(corpus(1)))
    assert result.returncode == 2 and b"written with --with-metadata only" in result.stderr
