"""Probes of session 37: the corpus paths and integrations as users run them."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_cli, two_record_corpus, wait_until_it_catches

STORY = ("The ferry company said on Tuesday that the winter timetable would start a week early, "
         "after two of its boats were taken out of service for repairs in the dry dock.\n") * 4


def _learnable(folder):
    folder.mkdir()
    for n in range(4):
        (folder / f"p{n}.txt").write_text(
            f"Subscribe to the Harbour Gazette newsletter today\nHome | News | Sport\n{n}: {STORY}\n"
            "Copyright Harbour Gazette Media Group, all rights reserved\n", encoding="utf-8")


@pytest.mark.parametrize("command", [["report", "page.txt", "-o", "notes.txt/r.html"],
                                     ["learn", "pages", "--outlet", "harbour", "-o", "notes.txt/harbour.toml"]])
def test_a_report_or_rule_file_under_a_file_is_a_usage_error(tmp_path, command):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    _learnable(tmp_path / "pages")
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    # before: exit 1, "notes.txt/r.html: report not written: Not a directory", after the work was done
    ran = run_cli(*command, cwd=tmp_path)
    assert ran.returncode == 2
    said = f"-o {command[-1]}: notes.txt is a file, not a folder: nothing can be written under it"
    assert said in ran.stderr.decode()


@pytest.mark.parametrize("output", ["notes.txt/sub", "notes.txt/deeper/sub", "notes.txt/out.jsonl",
                                    "notes.txt/out.parquet"])
def test_an_output_under_a_file_is_a_usage_error(tmp_path, output):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    # before: exit 1, "notes.txt/sub: cannot write to the output folder: Not a directory", as a full disk is
    ran = run_cli("clean", "page.txt", "more.txt", "-o", output, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"-o {output}: notes.txt is a file, not a folder: nothing can be written under it" in ran.stderr.decode()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize(("target", "said"), [("gone", "a broken link (to gone: No such file or directory)"),
                                              ("loop", "a link that loops (it leads back to itself)")])
@pytest.mark.parametrize("output", ["link/sub", "link/out.jsonl"])
def test_an_output_under_a_dead_link_is_a_usage_error(tmp_path, target, said, output):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "link").symlink_to("link" if target == "loop" else target)
    # before: exit 1, "link/sub: cannot write to the output folder: File exists" (a records file: "No such file")
    ran = run_cli("clean", "page.txt", "more.txt", "-o", output, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"-o {output}: link is {said}: nothing can be written under it" in ran.stderr.decode()


@pytest.mark.parametrize(("name", "how"), [
    ("pages.jsonl", "jq -r 'select(.id == \"ID\") | .text' pages.jsonl | cleaner explain -"),
    ("pages.jsonl.gz", "zcat pages.jsonl.gz | jq -r 'select(.id == \"ID\") | .text' | cleaner explain -"),
    ("crawl.warc.gz", "warcio extract --payload crawl.warc.gz OFFSET | cleaner explain - --url URL "
                      "(warcio index crawl.warc.gz gives each record's offset)"),
    ("rows.parquet", "python -c 'import sys, pyarrow.parquet as pq; "
                     "print(pq.read_table(sys.argv[1])[\"text\"][int(sys.argv[2])])' rows.parquet ROW "
                     "| cleaner explain -"),
])
def test_explain_given_a_corpus_says_how_to_explain_one_record(tmp_path, name, how):
    two_record_corpus(tmp_path, name, STORY)
    # before: "a jsonl corpus, not a page: clean it on its own (cleaner clean pages.jsonl -o ...)" alone,
    # which cleans every record and explains none
    ran = run_cli("explain", name, cwd=tmp_path)
    assert ran.returncode == 1 and ran.stdout == b""
    [line] = ran.stderr.decode().splitlines()
    assert line.endswith(f"; to explain one record, give it on stdin: {how}")


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_explain_given_records_on_stdin_says_how_to_explain_one(tmp_path, name):
    # before (/dev/stdin, a pipe given by name): "jq ... /dev/stdin | cleaner explain -", a path gone once read
    ran = subprocess.run([sys.executable, "-m", "cleaner", "explain", name], capture_output=True,
                         input=two_record_corpus(tmp_path, "pages.jsonl", STORY).read_bytes())
    assert ran.returncode == 1
    [line] = ran.stderr.decode().splitlines()
    assert line.endswith("; to explain one record, give it on stdin: ... | jq -r 'select(.id == \"ID\") | .text' "
                         "| cleaner explain -")


def test_a_run_started_in_the_background_by_a_script_ignores_sigint_as_its_help_and_readme_say(tmp_path):
    # A shell without job control (a script's `cleaner clean ... &`) starts it ignoring SIGINT, as POSIX asks:
    # a Ctrl-C meant for the script is not the run's. Kept, and said (before: said nowhere, `kill -INT` did nothing).
    said = "started with & by a script ignores SIGINT"
    assert said in " ".join(run_cli("clean", "--help").stdout.decode().split())
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8").split())
    assert said in readme
    ignoring = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-"], stdin=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=tmp_path,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        wait_until_it_catches(ignoring, signal.SIGTERM)
        ignoring.send_signal(signal.SIGINT)
        with pytest.raises(subprocess.TimeoutExpired):
            ignoring.wait(timeout=2)
        ignoring.send_signal(signal.SIGTERM)
        assert ignoring.wait(timeout=60) == 128 + signal.SIGTERM
    finally:
        ignoring.kill()
        ignoring.communicate()


class _Escaping(str):
    """A str subclass whose methods change what they give, as markupsafe's Markup escapes what its replace()
    and + are given: its methods are no part of the text."""

    def replace(self, old, new, count=-1):
        return _Escaping(str.replace(self, old, new.replace("&", "&amp;"), count))

    def splitlines(self, keepends=False):
        return [_Escaping(line.upper()) for line in str.splitlines(self, keepends)]

    def __add__(self, other):
        return _Escaping(str.__add__(self, str(other).replace("<", "&lt;")))


class _Shouting(bytes):
    def decode(self, *args, **kwargs):
        return bytes.decode(self, *args, **kwargs).upper()


PAGE = "Home\nNews\n" + STORY + "\nOur ferry & <bus> timetable changes in the winter, the company's spokesman said.\n"


def test_a_str_or_bytes_subclass_is_cleaned_as_its_plain_value():
    from cleaner import Cleaner, clean, clean_html, explain

    html = f"<html><body><article><p>{STORY}</p><p>Buses &amp; ferries run late.</p></article></body></html>"
    # before: the subclass's own methods ran on the text (its lines came out upper-cased: splitlines' doing)
    cleaner = Cleaner()
    for given, plain in [(_Escaping(PAGE), PAGE), (_Shouting(PAGE.encode()), PAGE.encode())]:
        assert clean(given) == clean(plain) and type(clean(given)) is str
        assert explain(given).text == explain(plain).text
        assert cleaner.explain_document(given, kind="text").text == cleaner.explain_document(plain, kind="text").text
    assert clean_html(_Escaping(html)) == clean_html(html)
    assert clean_html(_Shouting(html.encode())) == clean_html(html.encode())


@pytest.mark.parametrize("data", [b"Hello\x00 world\n", b"a\x00b\n", b"Hello\x00 world\x00 again\n", b"Hi\x00\n"])
def test_a_short_text_with_a_stray_nul_is_not_read_as_utf16(data):
    from cleaner import DecodeError, clean

    # before: read as UTF-16 without a BOM (its one zero byte a tenth of the byte pairs), "Hello\0 world\n" came out
    # as ideographs, "效汬o眠牯摬", exit 0; over 5% NULs, it is binary, as the README says of such bytes
    with pytest.raises(DecodeError, match="binary data"):
        clean(data)


@pytest.mark.parametrize("text", ["Hi\n", "Hello world, a short note.\n", "中文的新闻 and some English words.\n",
                                  "日本語のテキストです。\n"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_short_utf16_without_a_bom_is_still_read(text, encoding):
    from cleaner.decode import decode_bytes

    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(("name", "kind"), [("pages.jsonl.gz", "gzip"), ("pages.jsonl.zst", "zstd"),
                                            ("pages.jsonl.bz2", "bzip2"), ("crawl.warc.gz", "gzip"),
                                            ("crawl.warc.xz", "xz")])
def test_an_empty_file_named_as_compressed_fails_by_name(tmp_path, name, kind):
    (tmp_path / name).write_bytes(b"")
    # before: 0 records, exit 0, where zcat, zstdcat and bzcat fail it ("unexpected end of file"): what a
    # compression that stopped before it began leaves
    ran = run_cli("clean", name, "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 1
    assert f"error: {name}: empty (0 bytes), which no {kind} file is (one of nothing holds its header): " \
           "a compression that never began?" in ran.stderr.decode()


def test_an_empty_plain_corpus_is_still_a_corpus_of_no_records(tmp_path):
    (tmp_path / "pages.jsonl").write_bytes(b"")
    ran = run_cli("clean", "pages.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 0 and (tmp_path / "out.jsonl").read_bytes() == b""


LONG = "x" * 300


@pytest.mark.parametrize("command", [["clean", "page.txt", "more.txt", "-o", LONG],
                                     ["clean", "page.txt", "more.txt", "-o", f"{LONG}/out"],
                                     ["clean", "page.txt", "-o", f"{LONG}.jsonl"],
                                     ["clean", "page.txt", "--report", f"{LONG}.json"],
                                     ["report", "page.txt", "-o", f"{LONG}.html"],
                                     ["learn", "pages", "--outlet", "harbour", "-o", f"{LONG}.toml"],
                                     ["clean", f"{LONG}.txt"], ["explain", f"{LONG}.txt"],
                                     ["report", f"{LONG}.txt", "-o", "r.html"], ["clean", "page.txt", "--rules", LONG],
                                     ["learn", LONG, "--outlet", "harbour", "-o", "harbour.toml"]])
def test_a_name_over_255_bytes_is_a_usage_error_not_a_traceback(tmp_path, command):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "more.txt").write_text(STORY, encoding="utf-8")
    _learnable(tmp_path / "pages")
    # before: a traceback, "OSError: [Errno 36] File name too long", exit 1
    ran = run_cli(*command, cwd=tmp_path)
    assert ran.returncode == 2, ran.stderr.decode()[-300:]
    [line] = [line for line in ran.stderr.decode().splitlines() if line.startswith("Error")]
    assert line.endswith(": a name in it is over 255 bytes, which no file system holds") and LONG in line
    assert "Traceback" not in ran.stderr.decode()
