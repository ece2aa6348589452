"""Hostile but realistic inputs found by a sixth probe: each failed before its fix."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from cleaner import Cleaner, DocumentError
from cleaner.compression import CompressionError, decompress, opened_for_reading
from cleaner.outlets import RuleError, load_rule_file
from cleaner.rulecheck import check_rule_file
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"

GAZETTE_RULES = """outlet = "The Harbour Gazette"
domains = [{domains}]

[[drop]]
id = "appeal"
pattern = '^Gazette ferry desk ticker$'

[[example]]
url = "{url}"
input = '''{story}Gazette ferry desk ticker
'''
expected = '''{story}'''
"""


def _gazette_rules(folder: Path, domains: str, url: str = "https://www.gazette.example/a") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "gazette.toml"
    path.write_text(GAZETTE_RULES.format(domains=domains, url=url, story=STORY), encoding="utf-8")
    return path


@pytest.mark.parametrize("domain", ['"www.gazette.example"', '"WWW.Gazette.Example."',
                                    '"https://www.gazette.example/"'])
@pytest.mark.parametrize("url", ["https://www.gazette.example/news/1", "https://gazette.example/news/1",
                                 "http://news.gazette.example/1"])
def test_a_domain_written_with_www_picks_the_outlets_pages(tmp_path: Path, domain: str, url: str) -> None:
    # Before: `domains = ["www.gazette.example"]` picked no page at all: a page's host loses its `www.`
    # before it is matched, the rule file's domains kept theirs.
    rules = _gazette_rules(tmp_path / "rules", domain)
    page = STORY + "Gazette ferry desk ticker\n"
    assert Cleaner(rules=[rules]).clean(page, url=url) == STORY


def test_www_alone_before_a_top_level_domain_is_kept(tmp_path: Path) -> None:
    rules = _gazette_rules(tmp_path / "rules", '"www.com"', url="https://www.com/a")
    assert load_rule_file(rules).domains == ("www.com",)
    page = STORY + "Gazette ferry desk ticker\n"
    assert Cleaner(rules=[rules]).clean(page, url="https://shop.com/a") == page


@pytest.mark.parametrize(("domain", "why"), [('""', "names no host"), ('"gazette example"', "names no host"),
                                             ('"https://"', "names no host"),
                                             ('"gazette.example/sport"', "names a path"),
                                             ('"https://www.gazette.example/sport?page=2"', "names a path")])
def test_a_domain_that_names_no_host_is_refused_by_name(tmp_path: Path, domain: str, why: str) -> None:
    # A path was dropped in silence: `gazette.example/sport` picked every page of gazette.example.
    rules = _gazette_rules(tmp_path / "rules", domain)
    with pytest.raises(RuleError, match=rf"gazette\.toml: domain .* {why}"):
        load_rule_file(rules)
    ran = run_cli("rules", "check", str(rules))
    assert ran.returncode == 1 and why.encode() in ran.stderr + ran.stdout


def test_rules_check_fails_an_example_whose_url_the_domains_do_not_pick(tmp_path: Path) -> None:
    # Before: rules check cleaned each example with the file's rules whatever its URL, so a file whose
    # domains could never pick its example's page passed.
    good = _gazette_rules(tmp_path / "good", '"www.gazette.example"')
    assert check_rule_file(good).ok, check_rule_file(good).problems
    bad = _gazette_rules(tmp_path / "bad", '"gazette.example"', url="https://harbour-news.example/a")
    problems = check_rule_file(bad).problems
    assert len(problems) == 1 and "'harbour-news.example' is none of the file's domains" in problems[0]


def _compressors() -> dict[str, Callable[[bytes], bytes]]:
    return {"gzip": lambda data: gzip.compress(data, mtime=0), "bzip2": bz2.compress, "xz": lzma.compress,
            "zstd": zstandard.ZstdCompressor().compress}


# gzip's trailing zero bytes are padding, which gzip(1) ignores too (test_gzip_trailing_zeros_are_padding).
@pytest.mark.parametrize(("name", "junk"), [
    (name, junk) for name in ("gzip", "bzip2", "xz", "zstd")
    for junk in (b"x", b"GARBAGE AFTER THE DATA\n", b"\x00" * 7) if (name, junk) != ("gzip", b"\x00" * 7)
])
def test_junk_after_compressed_data_fails_by_name(tmp_path: Path, name: str, junk: bytes) -> None:
    # Before: bzip2 and xz read past anything after their last stream in silence (the standard library's
    # readers take bytes that begin no stream for the end); gzip and zstd failed.
    compress = _compressors()[name]
    page = tmp_path / "page.txt.cz"
    page.write_bytes(compress(STORY.encode() * 3) + junk)
    with pytest.raises(CompressionError, match=f"{name}"):
        decompress(page.read_bytes())
    ran = run_cli("clean", str(page), "-o", str(tmp_path / "out"))
    assert ran.returncode == 1 and f"{page}: " in ran.stderr.decode()
    assert not list((tmp_path / "out").glob("*.txt"))


def test_gzip_trailing_zeros_are_padding() -> None:
    assert decompress(gzip.compress(STORY.encode(), mtime=0) + b"\x00" * 7) == STORY.encode()


@pytest.mark.parametrize("name", ["gzip", "bzip2", "xz", "zstd"])
def test_concatenated_streams_are_read_whole(tmp_path: Path, name: str) -> None:
    compress = _compressors()[name]
    records = b'{"text": "one"}\n', b'{"text": "two"}\n'
    (tmp_path / "in.jsonl.cz").write_bytes(compress(records[0]) + compress(records[1]))
    with opened_for_reading(io.BytesIO((tmp_path / "in.jsonl.cz").read_bytes())) as stream:
        assert stream.read() == b"".join(records)


def test_xz_stream_padding_is_read_and_a_stream_after_it_too() -> None:
    # Before: xz's stream padding (null bytes in fours, after or between streams: legal xz, which xz(1)
    # reads) failed at the end as 'truncated', and the stream after padding was dropped in silence.
    first, second = lzma.compress(STORY.encode()), lzma.compress(b"second story\n")
    assert decompress(first + b"\x00" * 8) == STORY.encode()
    assert decompress(first + b"\x00" * 4 + second + b"\x00" * 4) == STORY.encode() + b"second story\n"
    with opened_for_reading(io.BytesIO(first + b"\x00" * 4 + second)) as stream:
        assert stream.read() == STORY.encode() + b"second story\n"
    with pytest.raises(CompressionError, match="stream padding of 3 null bytes"):
        decompress(first + b"\x00" * 3)
    with pytest.raises(CompressionError, match="xz"):
        decompress(first + b"\x00" * 4 + second[:-4])


def test_a_zstd_bomb_is_refused_without_decompressing_it_whole() -> None:
    # Before: 64 KiB of zstd's run-length blocks were decompressed in one call: 1 GiB of zeros in memory
    # before the size limit was looked at.
    program = """
import resource, zstandard
from cleaner.compression import CompressionError, decompress
writer = zstandard.ZstdCompressor().compressobj()
chunk = bytes(1 << 20)
bomb = b"".join(writer.compress(chunk) for _ in range(1024)) + writer.flush()
assert len(bomb) < 1 << 16, len(bomb)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    decompress(bomb, limit=8 << 20)
except CompressionError as error:
    print(error)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""
    ran = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    message, grown_mib = ran.stdout.splitlines()
    assert "over 8388608 bytes" in message and int(grown_mib) < 200, ran.stdout


# The peak of this process's memory (VmHWM, in kB): getrusage's ru_maxrss keeps, across exec, that of the
# process forked from (a test worker's hundreds of MB).
_MEASURED_CLEANER = """
import atexit, re, sys
from cleaner.cli import run
def peak():
    with open("/proc/self/status") as status:
        print("peak", re.search(r"VmHWM:\\s*(\\d+)", status.read())[1], file=sys.stderr)
atexit.register(peak)
sys.argv[0] = "cleaner"
run()
"""


def _cleaner_run(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess[str], int]:
    """`cleaner` run in a process of its own: what it did, and its peak memory in MiB."""
    ran = subprocess.run([sys.executable, "-c", _MEASURED_CLEANER, *args], capture_output=True, text=True,
                         timeout=timeout)
    return ran, int(ran.stderr.rsplit("peak ", 1)[-1]) // 1024


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_run_record_that_is_no_regular_file_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    # Before: a FIFO named .cleaner-run in the output folder stopped `cleaner clean` for good (read whole,
    # waiting for a writer); a link to /dev/zero was read until memory ran out (a MemoryError traceback).
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(STORY * 2, encoding="utf-8")
    (tmp_path / "out").mkdir()
    record = tmp_path / "out" / ".cleaner-run"
    os.mkfifo(record) if kind == "fifo" else record.symlink_to("/dev/zero")
    for resume in ([], ["--resume"]):
        ran, _ = _cleaner_run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *resume, timeout=30)
        assert ran.returncode == 2, ran.stderr
        assert f"{record}: not a regular file" in ran.stderr


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_huge_run_record_is_not_read_whole(tmp_path: Path) -> None:
    # Before: --resume read .cleaner-run whole: a 512 MiB file there took over 1 GiB of memory.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(STORY * 2, encoding="utf-8")
    (tmp_path / "out").mkdir()
    warm, _ = _cleaner_run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "warm"))  # the cache filled:
    assert warm.returncode == 0, warm.stderr  # a first start decompressing the language model peaks higher
    with (tmp_path / "out" / ".cleaner-run").open("wb") as record:
        record.truncate(512 << 20)  # sparse: no disk taken
    ran, peak_mib = _cleaner_run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--resume")
    assert ran.returncode == 0, ran.stderr
    assert peak_mib < 200
    assert json.loads((tmp_path / "out" / ".cleaner-run").read_text(encoding="utf-8"))["format"] == "text"
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == STORY * 2


def _strict_json(line: str) -> Any:
    """``line`` parsed as JSON is: NaN and Infinity refused."""
    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")
    return json.loads(line, parse_constant=refuse)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_a_jsonl_record_fail_it_by_name(tmp_path: Path, constant: str) -> None:
    # Before: Python's json read `NaN` and `Infinity` (not JSON) and wrote them back: the output line
    # broke every strict JSON reader downstream, and the record counted as cleaned.
    lines = [json.dumps({"id": 1, "text": STORY * 2}), f'{{"id": 2, "score": {constant}, "text": "{STORY.strip()}"}}']
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    assert f"in.jsonl:2: malformed JSON: {constant} is not a JSON value" in ran.stderr.decode()
    rows = [_strict_json(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["cleaner_error"] is None for row in rows] == [True, False]
    assert rows[1]["text"] == lines[1]  # the line, as a malformed line is kept


def test_a_parquet_nan_written_into_jsonl_fails_its_field_by_name(tmp_path: Path) -> None:
    # Before: a float column's NaN (legal in Parquet) was written into JSONL as `NaN`, not JSON.
    table = pa.table({"text": [STORY * 2, STORY * 2], "score": [0.5, float("nan")],
                      "meta": [{"weights": [1.0, 2.0]}, {"weights": [1.0, float("-inf")]}]})
    pq.write_table(table, tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    rows = [_strict_json(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"text": STORY * 2, "score": 0.5, "meta": {"weights": [1.0, 2.0]}, "cleaner_error": None}
    assert "score" not in rows[1] and "weights" not in rows[1]["meta"]
    assert rows[1]["cleaner_error"] == ("field 'score', 'meta.weights' not written: "
                                        "a NaN or infinite number, which JSON cannot hold")
    assert "rows.parquet" in ran.stderr.decode() and "'score'" in ran.stderr.decode()


def _warc(compress: bool, pages: int = 3) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for number in range(pages):
        body = f"<html><body><p>{STORY.strip()} Page {number}.</p></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["gzip-records", "gzip", "bzip2", "xz", "zstd"])
def test_junk_after_a_compressed_warc_loses_no_record(tmp_path: Path, name: str) -> None:
    # Before: the last record, read whole, failed with the junk after it (met reading on past its end),
    # lost from the output: 2 of 3 records written.
    data = _warc(True) if name == "gzip-records" else _compressors()[name](_warc(False))
    (tmp_path / "crawl.warc.cz").write_bytes(data + b"JUNK AFTER THE END")
    ran = run_cli("clean", str(tmp_path / "crawl.warc.cz"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    assert ran.stderr.decode().count("error: ") == 1 and "crawl.warc.cz: " in ran.stderr.decode()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["url"] for row in rows] == [f"https://gazette.example/{number}" for number in range(3)]
    assert all(row["cleaner_error"] is None and "Page" in row["text"] for row in rows)


def test_a_utf32_bom_before_utf8_text_is_no_silent_empty_page() -> None:
    # Before: bytes FF FE 00 00 (UTF-32's BOM, or UTF-16's and a NUL) before UTF-8 text were read as UTF-16,
    # a NUL counting as the ASCII that makes a BOM's reading sure: CJK-looking garbage, cleaned to '', no error.
    with pytest.raises(DocumentError, match="no text encoding reads it"):
        Cleaner().explain_document(codecs.BOM_UTF32_LE + STORY.encode() * 3)
    for encoding in ("utf-16", "utf-32", "utf-16-be"):
        data = (codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b"") + (STORY * 3).encode(encoding)
        assert Cleaner().explain_document(data).text == STORY * 3


def test_a_key_given_twice_in_a_jsonl_record_fails_it_by_name(tmp_path: Path) -> None:
    # Before: Python's json kept the last value of a repeated key: `{"text": STORY, "text": ""}` was
    # cleaned as an empty page, its story dropped without a word.
    lines = [f'{{"id": 1, "text": "{STORY.strip()}", "text": ""}}', f'{{"id": 2, "meta": {{"a": 1, "a": 2}}, '
             f'"text": "{STORY.strip()}"}}', json.dumps({"id": 3, "text": STORY})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    assert "in.jsonl:1: malformed JSON: key 'text' given twice in an object" in ran.stderr.decode()
    assert "in.jsonl:2: malformed JSON: key 'a' given twice in an object" in ran.stderr.decode()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["text"] for row in rows] == [lines[0], lines[1], STORY]


@pytest.mark.parametrize("nested", [False, True])
def test_a_parquet_column_named_twice_fails_the_file_by_name(tmp_path: Path, nested: bool) -> None:
    # Before: each row was read as a dict, which holds one value of a name: of two `text` columns the story
    # was dropped for the other and the record cleaned as it, exit 0.
    if nested:
        repeated = pa.array([[{"a": 1, "b": 2}]], pa.list_(pa.struct([("a", pa.int64()), ("a", pa.int64())])))
        table = pa.Table.from_arrays([pa.array([STORY * 2]), repeated], names=["text", "notes"])
    else:
        table = pa.Table.from_arrays([pa.array([STORY * 2]), pa.array(["Menu"])], names=["text", "text"])
    pq.write_table(table, tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    name = "notes.a" if nested else "text"
    assert f"rows.parquet: column '{name}' is there twice: a record holds only one of them" in ran.stderr.decode()


@pytest.mark.parametrize("url", [5, b"https://gazette.example/a", ["https://gazette.example/a"]])
def test_a_url_that_is_no_str_is_a_type_error_saying_so(url: Any) -> None:
    # Before: "argument of type 'int' is not iterable", "a bytes-like object is required, not 'str'".
    with pytest.raises(TypeError, match=f"the URL must be str, not {type(url).__name__}"):
        Cleaner().clean(STORY, url=url)


@pytest.mark.parametrize(("domain", "url"), [("bücher.example", "https://www.xn--bcher-kva.example/a"),
                                             ("xn--bcher-kva.example", "https://www.Bücher.example/a"),
                                             ("www.bücher.example", "https://bücher.example/a")])
def test_an_international_domain_matches_its_ascii_form(tmp_path: Path, domain: str, url: str) -> None:
    # Before: a rule file's `bücher.example` never picked a crawled page, whose URL gives the host in its
    # ASCII form (xn--bcher-kva.example), nor the reverse.
    rules = _gazette_rules(tmp_path / "rules", f'"{domain}"', url=url)
    assert Cleaner(rules=[rules]).clean(STORY + "Gazette ferry desk ticker\n", url=url) == STORY
    assert check_rule_file(rules).ok


@pytest.mark.parametrize("charset", ["hex", "base64", "rot13", "idna", "undefined", "utf-16be", "utf-16"])
def test_a_page_declaring_a_charset_no_browser_knows_is_read_as_undeclared(charset: str) -> None:
    # Before: Python's codec of the name was tried: `hex` raised a LookupError (not a text encoding) and
    # `idna` a UnicodeError out of the cleaning (a worker's traceback), `utf-16be` made CJK-looking garbage.
    page = (f'<html><head><meta charset="{charset}"></head><body><p>{STORY.strip()} naïve café</p>'
            f"</body></html>").encode("cp1252")
    assert Cleaner().explain_document(page, kind="html").text == STORY.strip() + " naïve café\n"


@pytest.mark.parametrize("charset", ["hex", "idna", "utf-16"])
def test_a_warc_page_whose_http_charset_no_browser_knows_is_sniffed(tmp_path: Path, charset: str) -> None:
    # Before: an HTTP header's charset=idna ended the run with a UnicodeError traceback; utf-16 garbled the page.
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    body = f"<html><body><p>{STORY.strip()} naïve café</p></body></html>".encode("cp1252")
    http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://gazette.example/1", "response",
                                                  payload=io.BytesIO(body), http_headers=http))
    (tmp_path / "crawl.warc").write_bytes(buffer.getvalue())
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 0, ran.stderr
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["text"] == STORY.strip() + " naïve café\n"


def test_a_compressed_warc_on_stdin_with_junk_after_it_loses_no_record() -> None:
    # Before: stdin is read ahead (its first 4 KiB, to know what it holds), and the error met there took
    # the bytes read before it: a small WARC.gz with junk after it gave no record at all.
    ran = run_cli("clean", "-", stdin=_warc(True) + b"JUNK AFTER THE END")
    assert ran.returncode == 1
    rows = [json.loads(line) for line in ran.stdout.decode().splitlines()]
    assert [row["url"] for row in rows] == [f"https://gazette.example/{number}" for number in range(3)]
    assert "<stdin>: corrupt or truncated gzip data" in ran.stderr.decode()


@pytest.mark.parametrize("command", ["clean", "explain"])
@pytest.mark.parametrize("name", ["gzip", "xz"])
def test_a_compressed_page_on_stdin_with_junk_after_it_fails(command: str, name: str) -> None:
    # Before: `cleaner explain -` read the page up to the junk and explained it, exit 0 (the error was kept
    # for a next read that never came).
    ran = run_cli(command, "-", stdin=_compressors()[name](STORY.encode() * 2) + b"junk\n")
    assert ran.returncode == 1 and ran.stdout == b""
    assert ran.stderr.decode().startswith("error: <stdin>: ")


@pytest.mark.parametrize(("record", "field"), [({"meta": {}}, "meta"), ({"meta": {"tags": {}, "a": 1}}, "meta.tags"),
                                               ({"notes": [{}]}, "notes")])
def test_an_empty_object_in_every_row_stops_a_parquet_output_in_one_line(tmp_path: Path, record: dict[str, Any],
                                                                         field: str) -> None:
    # Before: pyarrow cannot write an object of no fields to Parquet: an ArrowNotImplementedError traceback.
    lines = [json.dumps({"text": STORY * 2, **record})] * 3
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"))
    assert ran.returncode == 1 and not (tmp_path / "out.parquet").exists()
    assert f"out.parquet: not written: field '{field}' is an empty object in each of rows 1-3" in ran.stderr.decode()
    assert f"--drop-field {field}" in ran.stderr.decode()
    if "." in field:
        dropped = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                          "--drop-field", field)
        assert dropped.returncode == 0, dropped.stderr
        assert pq.read_table(tmp_path / "out.parquet").to_pylist()[0]["meta"] == {"a": 1}


@pytest.mark.parametrize("progress", ["--progress", "--no-progress"])
def test_a_cut_jsonl_gz_keeps_the_records_before_the_cut_with_a_progress_bar(tmp_path: Path, progress: str) -> None:
    # Before: the progress bar's total was counted first, reading the whole file, and the cut failed the
    # file there: 0 records and no output with the bar (a terminal's default), 1,319 without it.
    lines = "".join(json.dumps({"id": number, "text": STORY}) + "\n" for number in range(2000)).encode()
    data = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    ran = run_cli("clean", str(tmp_path / "cut.jsonl.gz"), "-o", str(tmp_path / "out.jsonl"), progress)
    assert ran.returncode == 1 and "cut.jsonl.gz: corrupt or truncated gzip data" in ran.stderr.decode()
    rows = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) > 1000 and all(json.loads(row)["cleaner_error"] is None for row in rows)


@pytest.mark.parametrize("content", ["array", "lines"])
def test_a_json_file_is_refused_by_name_not_cleaned_as_a_page(tmp_path: Path, content: str) -> None:
    # Before: `pages.json` (an export of records: an array, or JSON lines under a .json name) was cleaned as
    # one text page, its JSON written back as the text, exit 0.
    records = [{"id": number, "text": STORY} for number in range(3)]
    text = json.dumps(records, indent=1) if content == "array" else "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "pages.json").write_text(text, encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "pages.json"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 1 and not list((tmp_path / "out").glob("*.txt"))
    assert "pages.json: JSON, not a page: records are read from JSONL" in ran.stderr.decode()


def test_a_list_the_first_row_group_left_empty_fails_only_the_later_records_that_fill_it(tmp_path: Path) -> None:
    # Before: a field that was [] in each of the first 2,048 records made a column of lists of nothing; the
    # first later record with an item in it failed the whole row group, and the output was not written.
    lines = [json.dumps({"text": STORY, "tags": [] if number < 2050 else ["harbour"]}) for number in range(2060)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"))
    assert ran.returncode == 1
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert len(rows) == 2060 and rows[0]["tags"] == [] and rows[0]["cleaner_error"] is None
    assert rows[-1]["tags"] is None and rows[-1]["cleaner_error"].startswith("field 'tags' not written")
    assert "in.jsonl:2051: field 'tags' not written" in ran.stderr.decode()
