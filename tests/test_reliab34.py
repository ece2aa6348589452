"""Probes of session 34: odd inputs that must fail alone by name or go through, never end a run in a traceback."""

from __future__ import annotations

import io
import json
import sys

import pytest

from helpers import WARC_PAGE_HTML, WARC_STORY, run_cli

STORY = ("The harbour board agreed on Monday to dredge the channel before the autumn storms, "
         "the chair said after a long meeting that ran well into the evening.\n") * 4


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_holding_an_integer_past_pythons_digits_limit_fails_alone(tmp_path, jobs):
    digits = "9" * (sys.get_int_max_str_digits() + 1)  # valid JSON: a checksum, an id of a system of its own
    corpus, output = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    corpus.write_text(f'{{"id": 1, "n": {digits}, "text": {json.dumps(STORY)}}}\n'
                      + json.dumps({"id": 2, "text": STORY}) + "\n", encoding="utf-8")
    # before: ValueError (Exceeds the limit ... for integer string conversion) out of the worker, then out of the
    # run as the dead worker's record was read again: a traceback, no output
    ran = run_cli("clean", str(corpus), "-o", str(output), "--jobs", jobs)
    assert ran.returncode == 1
    assert "c.jsonl:1: malformed line: number out of range (an integer of over" in ran.stderr.decode()
    first, second = (json.loads(line) for line in output.read_text(encoding="utf-8").splitlines())
    assert first["text"] == corpus.read_text(encoding="utf-8").splitlines()[0]  # the line kept as it came
    assert second == {"id": 2, "text": STORY, "cleaner_error": None}


def test_a_rule_file_holding_an_integer_past_pythons_digits_limit_is_skipped_by_name(tmp_path):
    rules, page = tmp_path / "big.toml", tmp_path / "page.txt"
    rules.write_text(f'outlet = "Harbour Gazette"\nid = "big"\nsignatures = ["Harbour"]\n'
                     f'n = {"9" * (sys.get_int_max_str_digits() + 1)}\n', encoding="utf-8")
    page.write_text(STORY, encoding="utf-8")
    # before: tomllib's ValueError (Exceeds the limit ... for integer string conversion), a traceback, no page
    ran = run_cli("clean", str(page), "--rules", str(rules))
    assert ran.returncode == 1
    assert ran.stdout.decode() == STORY
    assert "big.toml: invalid TOML: an integer of over" in ran.stderr.decode()


WIKI_PAGE = "{{Infobox harbour | name = Northport | depth = 12 m}}\n" + STORY


@pytest.mark.parametrize("command", [("clean", "-"), ("explain", "-"), ("report", "-", "-o", "-")])
def test_a_page_on_stdin_that_opens_with_a_brace_but_no_json_object_is_a_page(command):
    # before: stdin opening with `{` was JSONL: clean failed each line as malformed JSON (exit 1), explain and
    # report refused it as a corpus; the same file given by name is a page (corpus.holds_json_lines)
    ran = run_cli(*command, stdin=WIKI_PAGE.encode())
    assert ran.returncode == 0, ran.stderr
    assert "harbour board agreed" in ran.stdout.decode()


@pytest.mark.parametrize("first", ['{"id": 1, "text": "x"}', '{\n  "id": 1', "{ }", '\ufeff {"id": 1}'])
def test_stdin_that_opens_a_json_object_is_still_jsonl(first):
    ran = run_cli("clean", "-", stdin=f"{first}\n".encode())
    assert "record(s) into stdout" in ran.stderr.decode()  # read as records, not cleaned as a page


def test_a_page_that_opens_with_a_brace_is_not_written_over_as_records(tmp_path):
    notes, corpus = tmp_path / "notes.txt", tmp_path / "c.jsonl"
    notes.write_text(WIKI_PAGE, encoding="utf-8")
    corpus.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    # before: its `{` made it an earlier run's records, replaced in silence (exit 0)
    ran = run_cli("clean", str(corpus), "-o", str(notes), "--format", "jsonl")
    assert ran.returncode == 2
    assert "holds no records" in ran.stderr.decode()
    assert notes.read_text(encoding="utf-8") == WIKI_PAGE


@pytest.mark.parametrize("command", [("report", "-o", "-"), ("explain",)])
def test_a_long_last_line_into_a_pipe_whose_reader_closed_it_is_named(tmp_path, command):
    import subprocess

    page = tmp_path / "page.txt"  # one block of ~400 kB, the last line explain prints; a report is one write
    page.write_text(" ".join(f"word{n} of a harbour story told at length." for n in range(10_000)) + "\n",
                    encoding="utf-8")
    program = subprocess.Popen([sys.executable, "-m", "cleaner", *command, str(page)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert program.stdout is not None and program.stderr is not None
    program.stdout.read(100)
    program.stdout.close()
    errors = program.stderr.read().decode()
    # before: the one large write was taken in part (what the pipe held) and Python's buffered stdout dropped the
    # rest in silence: exit 0, 'reported 1 document(s) into stdout'
    assert program.wait() == 1, errors
    assert "error: stdout: output stopped short: the reader closed the pipe" in errors.splitlines()


def test_the_command_learn_says_to_run_next_cleans_with_the_rule_file_alone(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(5):
        (pages / f"p{n}.txt").write_text(f"Gazette Menu | Home | Sport\nStory {n}: {STORY}"
                                         "Copyright Gazette Ltd 2024. All rights reserved.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mine"\n', encoding="utf-8")  # a project's own
    ran = run_cli("learn", "pages", "--outlet", "Gazette", "-o", "gazette.toml", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    suggested = ran.stderr.decode().split("then: cleaner ")[1].strip().split(" ")
    # before: `--rules .`, every *.toml under the folder (pyproject.toml: 'unknown key(s) project', exit 1)
    cleaned = run_cli(*[("out" if word == "OUTDIR" else word) for word in suggested], cwd=tmp_path)
    assert cleaned.returncode == 0, cleaned.stderr
    assert "Copyright Gazette" not in (tmp_path / "out" / "p0.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("start", "kind"), [(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "WARC"),
                                             (b"PAR1\x15\x04\x15\xd6\x14\n\x00\x12", "Parquet")])
def test_a_warc_or_parquet_file_named_as_jsonl_fails_once_by_name(tmp_path, start, kind):
    corpus = tmp_path / "crawl.jsonl"
    corpus.write_bytes(start + b"Content-Length: 0\r\n\r\n" * 30)
    # before: each of its lines failed as malformed JSON (or not UTF-8), their bytes written back as records' text
    ran = run_cli("clean", str(corpus), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1
    assert f"crawl.jsonl: a {kind} file by its content" in ran.stderr.decode()
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == ""  # no rows of its bytes


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_name_holding_a_unicode_line_separator_is_said_on_one_line(tmp_path, separator):
    (tmp_path / f"a{separator}b.txt").write_bytes(b"")  # empty: fails by name
    ran = run_cli("clean", str(tmp_path), "-o", str(tmp_path.with_name(tmp_path.name + "-out")))
    errors = ran.stderr.decode()
    # before: the name went out as it is, a line break to Python's splitlines (a log reader's lines)
    assert errors.splitlines() == errors.split("\n")[:-1]
    assert f"a\\u{ord(separator):04x}b.txt: empty input" in errors


@pytest.mark.parametrize("spelling", ["Response", "RESPONSE"])
def test_a_warc_record_type_in_another_case_is_that_type(tmp_path, spelling):
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra
    from warcio.warcwriter import WARCWriter

    with (tmp_path / "crawl.warc").open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/story", "response",
                                                      payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http))
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(crawl.read_bytes().replace(b"WARC-Type: response", f"WARC-Type: {spelling}".encode()))
    # before: skipped as 'record of unknown type', 0 records, exit 0: the page lost
    ran = run_cli("clean", str(crawl), "-o", "-")
    assert ran.returncode == 0, ran.stderr
    assert WARC_STORY.strip() in json.loads(ran.stdout)["text"]
