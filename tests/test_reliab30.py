"""Session 30's reliability fixes: each test failed before its fix (principle 4: nothing lost or garbled in silence)."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from cleaner import Cleaner, RuleError
from helpers import WARC_PAGE_HTML, WARC_STORY, run_cli

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402


def warc_of(path: Path, responses: list[tuple[str, list[tuple[str, str]], bytes]]) -> Path:
    """A WARC written by warcio of HTML responses, each (status line, HTTP headers beside its Content-Type, body)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, (status, headers, body) in enumerate(responses):
            http = StatusAndHeaders(status, [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                          payload=io.BytesIO(body), http_headers=http))
    return path


def test_a_203_response_is_cleaned_as_a_200_and_a_partial_one_fails_unless_it_covers_the_page(tmp_path):
    # Before: every status but 200 was skipped as "status NNN", exit 0: a 203 (a 200 a proxy passed on) holds the
    # page, lost in silence; a 206 holding a part of the page was counted with the records that hold none.
    size = len(WARC_PAGE_HTML)
    crawl = warc_of(tmp_path / "crawl.warc.gz", [
        ("203 Non-Authoritative Information", [], WARC_PAGE_HTML),
        ("206 Partial Content", [("Content-Range", f"bytes 0-{size - 1}/{size}")], WARC_PAGE_HTML),
        ("206 Partial Content", [("Content-Range", f"bytes 0-99/{size}")], WARC_PAGE_HTML[:100]),
        ("204 No Content", [], b""),
    ])
    ran = run_cli("clean", str(crawl), "-o", str(tmp_path / "out.jsonl"), "--report", str(tmp_path / "r.json"))
    assert ran.returncode == 1, ran.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["url"][-1] for record in records] == ["0", "1", "2"]
    assert WARC_STORY.strip() in records[0]["text"] and WARC_STORY.strip() in records[1]["text"]
    assert records[2]["cleaner_error"] == ("HTML cut short: an HTTP 206 Partial Content response holds a part "
                                           f"of the page only (Content-Range: bytes 0-99/{size})")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["skipped"] == {"status 204": 1}


def test_learn_reads_a_page_met_again_through_a_link_once(tmp_path):
    # Before: a link to a page in the folder learnt from counted it twice ("acts on 2 of 5 pages"), so that a line
    # on that page alone became a rule, exit 0 without a word.
    pages = tmp_path / "pages"
    pages.mkdir()
    stories = ["The council voted on Tuesday to approve the new budget for schools, parks and public transport.",
               "Rain is expected across the region this weekend, with flooding possible near the river.",
               "The museum reopened its west wing after a renovation that restored the original ceilings.",
               "A local bakery won the national bread award for its sourdough, beating two hundred entries."]
    for number, story in enumerate(stories):
        own = ["A promotional banner line seen on this one page alone"] if number == 0 else []
        lines = ["Harbour Gazette", "Home | News | Sport | Weather", story, story.replace("The", "A"), *own,
                 "Share this article"]
        (pages / f"p{number}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (pages / "zz-link.txt").symlink_to("p0.txt")
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "-o", str(tmp_path / "gazette.toml"))
    assert ran.returncode == 0, ran.stderr
    rules = (tmp_path / "gazette.toml").read_text(encoding="utf-8")
    assert "Harbour Gazette" in rules and "acts on 4 of 4 pages" in rules
    assert "promotional banner" not in rules
    assert (f"warning: {pages}/zz-link.txt: the same file as {pages}/p0.txt (a link to it, or a hard link): "
            "learned once") in ran.stderr.decode().splitlines()


def brotli_or_skip() -> object:
    return pytest.importorskip("brotli")


@pytest.mark.parametrize("content_coding", ["gzip", "br", "deflate"])
def test_a_body_compressed_as_a_transfer_coding_over_a_content_encoding_is_read(tmp_path, content_coding):
    # Before: warcio undid one of the two compressions, and the page failed as "binary data (gzip-compressed)",
    # neither named.
    compress = {"gzip": gzip.compress, "deflate": zlib.compress,
                "br": lambda data: brotli_or_skip().compress(data)}[content_coding]
    twice = gzip.compress(compress(WARC_PAGE_HTML))
    headers = [("Content-Encoding", content_coding), ("Transfer-Encoding", "gzip")]
    crawl = warc_of(tmp_path / "crawl.warc.gz", [("200 OK", headers, twice)])
    ran = run_cli("clean", str(crawl), "-o", "-")
    assert ran.returncode == 0, ran.stderr
    [record] = [json.loads(line) for line in ran.stdout.splitlines()]
    assert WARC_STORY.strip() in record["text"]


def test_a_body_under_two_compressions_stored_decompressed_once_or_corrupt_inside(tmp_path):
    # A crawler that undid the transfer coding and kept its header: the body is the Content-Encoding's alone.
    once = gzip.compress(WARC_PAGE_HTML)
    corrupt = gzip.compress(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256)) * 4)
    headers = [("Content-Encoding", "gzip"), ("Transfer-Encoding", "gzip")]
    crawl = warc_of(tmp_path / "crawl.warc.gz", [("200 OK", headers, once), ("200 OK", headers, corrupt)])
    ran = run_cli("clean", str(crawl), "-o", "-")
    assert ran.returncode == 1
    first, second = [json.loads(line) for line in ran.stdout.splitlines()]
    assert WARC_STORY.strip() in first["text"] and first["cleaner_error"] is None
    assert second["cleaner_error"] == "HTTP body corrupt: its gzip Content-Encoding does not decompress"


def test_a_cleaned_parquet_struct_keeps_its_nested_fields_metadata(tmp_path):
    # Before: the struct column holding the text was written again with fields of no metadata (their descriptions
    # gone, exit 0), where the column's own metadata and the columns kept as they were kept theirs.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    described = {b"description": b"the page as crawled"}
    document = pa.struct([pa.field("body", pa.string(), metadata=described),
                          pa.field("lang", pa.string(), metadata={b"description": b"ISO 639-1"})])
    schema = pa.schema([pa.field("doc", document, metadata={b"description": b"the document"})])
    pq.write_table(pa.Table.from_pylist([{"doc": {"body": WARC_STORY * 3, "lang": "en"}}], schema=schema),
                   tmp_path / "in.parquet")
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--text-field",
                  "doc.body")
    assert ran.returncode == 0, ran.stderr
    written = pq.read_schema(tmp_path / "out.parquet").field("doc")
    assert written.metadata == {b"description": b"the document"}
    assert [(child.name, child.metadata) for child in written.type] == [
        ("body", described), ("lang", {b"description": b"ISO 639-1"})]


def write_only_stdin(path: Path) -> None:
    """In the child: stdin open for writing only (`0>file`)."""
    os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT), 0)


@pytest.mark.parametrize("command", [["clean", "-"], ["explain", "-"], ["report", "-", "-o", "report.html"]])
def test_a_stdin_that_cannot_be_read_is_named_not_an_empty_page_or_a_traceback(tmp_path, command):
    # Before: stdin closed (`<&-`) was said "<stdin>: empty input", as `< /dev/null` is; open for writing only
    # (`0>file`), clean and explain ended in a traceback (OSError: Bad file descriptor).
    cleaner = [sys.executable, "-m", "cleaner", *command]
    closed = subprocess.run(cleaner, capture_output=True, timeout=60, cwd=tmp_path, preexec_fn=lambda: os.close(0))
    assert (closed.returncode, closed.stderr.decode().splitlines()[0]) == (1, "error: <stdin>: cannot read: closed")
    unreadable = subprocess.run(cleaner, capture_output=True, timeout=60, cwd=tmp_path,
                                preexec_fn=lambda: write_only_stdin(tmp_path / "written"))
    assert unreadable.returncode == 1
    assert unreadable.stderr.decode().splitlines()[0] == "error: <stdin>: cannot read: Bad file descriptor"


@pytest.mark.parametrize("view", ["string_view", "binary_view"])
def test_a_parquet_text_column_of_views_stays_one(tmp_path, view):
    # Before: a text column of string_view (pyarrow 16 and later; Polars' own) or binary_view came back as string,
    # exit 0, where a large_string or binary one keeps its type.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    if not hasattr(pa, view):
        pytest.skip(f"pyarrow {pa.__version__} has no {view}")
    story = (WARC_STORY * 3).encode() if view == "binary_view" else WARC_STORY * 3
    pq.write_table(pa.table({"text": pa.array([story], getattr(pa, view)())}), tmp_path / "in.parquet")
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"))
    assert ran.returncode == 0, ran.stderr
    written = pq.read_table(tmp_path / "out.parquet")
    assert written.schema.field("text").type == getattr(pa, view)()
    value = written.column("text")[0].as_py()
    assert WARC_STORY.strip() in (value.decode() if isinstance(value, bytes) else value)


def test_a_body_of_several_content_codings_is_read_and_one_of_an_unknown_coding_named(tmp_path):
    # Before: 'Content-Encoding: gzip, br' (codings in the order applied, RFC 9110 8.4) and 'gzip, identity' failed
    # as "binary data", and so did 'compress' (LZW, which nothing here decompresses), none of the codings named.
    brotli = pytest.importorskip("brotli")
    crawl = warc_of(tmp_path / "crawl.warc.gz", [
        ("200 OK", [("Content-Encoding", "gzip, br")], brotli.compress(gzip.compress(WARC_PAGE_HTML))),
        ("200 OK", [("Content-Encoding", "gzip, identity")], gzip.compress(WARC_PAGE_HTML)),
        ("200 OK", [("Content-Encoding", "utf-8")], WARC_PAGE_HTML),  # no coding's name: a server's mistake
        ("200 OK", [("Content-Encoding", "compress")], zlib.compress(WARC_PAGE_HTML)),
    ])
    ran = run_cli("clean", str(crawl), "-o", "-")
    assert ran.returncode == 1
    records = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [WARC_STORY.strip() in record.get("text", "") for record in records] == [True, True, True, False]
    assert records[3]["cleaner_error"] == "HTTP body unreadable: its compress Content-Encoding cannot be decompressed"


@pytest.mark.parametrize("pattern", ["Share this|", "(?i)", "^(?:Advertisement)?", "$"])
@pytest.mark.parametrize("place", ["pattern", "signature"])
def test_a_rule_pattern_that_matches_an_empty_string_is_refused_by_name(tmp_path, pattern, place):
    # Before: a stray '|' ('Share this|') or a pattern all optional matched an empty string in every line: its
    # [[drop]] rule removed every line of each page of the outlet, exit 0, and as a signature it picked every page.
    signature, dropped = (pattern, "^Share this$") if place == "signature" else ("^Gazette Logo$", pattern)
    (tmp_path / "gazette.toml").write_text(f"outlet = 'Gazette'\nsignatures = [{signature!r}]\n"
                                           f"[[drop]]\nid = 'share'\npattern = {dropped!r}\n", encoding="utf-8")
    with pytest.raises(RuleError) as refused:
        Cleaner(rules=[tmp_path])
    where, every = ("signature 1", "page") if place == "signature" else ("[[drop]] #1 (share)", "line")
    assert str(refused.value) == (f"{tmp_path / 'gazette.toml'}: {where}: pattern {pattern!r} matches an empty "
                                  f"string, and so every {every} (a stray '|', or all of it optional?)")


@pytest.mark.parametrize("pattern", [r"^\W*$", "(?=.*Sponsored)", "^Share this$", r"(?m)^\s*$"])
def test_a_rule_pattern_that_matches_an_empty_string_only_where_it_names_something_loads(tmp_path, pattern):
    (tmp_path / "gazette.toml").write_text(f"outlet = 'Gazette'\n[[drop]]\nid = 'x'\npattern = {pattern!r}\n",
                                           encoding="utf-8")
    Cleaner(rules=[tmp_path])


def test_a_rule_file_that_is_a_broken_link_is_said_so_once(tmp_path):
    # Before: in a folder, "gone.toml: cannot read: [Errno 2] No such file or directory: 'gone.toml'", the file
    # named twice; given by name, "no such rule file or directory": neither said it is a link that leads nowhere.
    (tmp_path / "gone.toml").symlink_to(tmp_path / "moved.toml")
    broken = f"a broken link (to {tmp_path / 'moved.toml'}: No such file or directory)"
    for given, said in ((tmp_path, f"cannot read: {broken}"), (tmp_path / "gone.toml", broken)):
        with pytest.raises(RuleError) as refused:
            Cleaner(rules=[given])
        assert str(refused.value) == f"{tmp_path / 'gone.toml'}: {said}"


@pytest.mark.parametrize("command", ["learn", "report"])
def test_learn_and_report_say_the_hidden_pages_they_leave_out_as_clean_does(tmp_path, command):
    # Before: learn and report left '.draft.txt' out without a word, where `cleaner clean` of the same folder says
    # "1 hidden file(s) or folder(s) left out".
    pages = tmp_path / "pages"
    pages.mkdir()
    for number, name in enumerate(["a.txt", "b.txt", ".draft.txt"]):
        (pages / name).write_text(f"Harbour Gazette\n{WARC_STORY}{number} {WARC_STORY}Share this article\n",
                                  encoding="utf-8")
    options = ["--outlet", "Gazette", "-o", str(tmp_path / "gazette.toml")] if command == "learn" \
        else ["-o", str(tmp_path / "report.html")]
    ran = run_cli(command, str(pages), *options)
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr.decode().splitlines()[-1].endswith("; 1 hidden file(s) or folder(s) left out")


def test_a_first_record_of_no_text_does_not_fail_every_cleaned_text_after_it_in_parquet(tmp_path):
    # Before: a first record whose text field held an int (failed, kept as it came) made the Parquet column of ints,
    # and every later record's cleaned text failed as "a text value in a column of int values": 0 records cleaned.
    pq = pytest.importorskip("pyarrow.parquet")
    lines = [{"text": 5}, {"text": WARC_STORY * 3}, {"text": ["a list"]}, {"text": WARC_STORY * 2}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"))
    assert ran.returncode == 1
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [isinstance(row["text"], str) and WARC_STORY.strip() in row["text"] for row in rows] == [
        False, True, False, True]
    assert rows[0]["cleaner_error"] == ("field 'text' holds int, not text; field 'text' not written: "
                                        "an int value in a column of text values")
    assert rows[1]["cleaner_error"] is None and rows[3]["cleaner_error"] is None


def test_a_206_whose_content_range_is_written_with_an_equals_sign_but_covers_the_page_is_cleaned(tmp_path):
    # Before: `Content-Range: bytes=0-N-1/N` (the Range request's `=` in the response's header) failed as "HTML cut
    # short" though its numbers say the whole page; a range that is a part still fails, written either way.
    size = len(WARC_PAGE_HTML)
    crawl = warc_of(tmp_path / "crawl.warc.gz", [
        ("206 Partial Content", [("Content-Range", f"bytes=0-{size - 1}/{size}")], WARC_PAGE_HTML),
        ("206 Partial Content", [("Content-Range", f"bytes=0-99/{size}")], WARC_PAGE_HTML[:100]),
    ])
    ran = run_cli("clean", str(crawl), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1, ran.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[0]["cleaner_error"] is None and WARC_STORY.strip() in records[0]["text"]
    assert records[1]["cleaner_error"].startswith("HTML cut short: an HTTP 206 Partial Content response")
