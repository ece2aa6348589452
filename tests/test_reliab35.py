"""Probes of session 35: input, output and settings that were taken in silence, or failed unexplained."""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from cleaner.settings import DEFAULT_SETTINGS
from helpers import run_cli

STORY = ("The harbour board agreed on Monday to dredge the channel before the autumn storms, "
         "the chair said after a long meeting that ran well into the evening.\n") * 4


@pytest.mark.parametrize(("name", "value", "why"), [
    ("rule_seconds_per_document", 0, "more than 0"),  # before: every document with a rule failed, RuleTimeout
    ("rule_seconds_per_document", -1.0, "0 or more"),
    ("max_document_chars", 0, "more than 0"),  # before: every document refused as too large
    ("max_document_lines", -5, "0 or more"),
    ("cjk_chars_per_word", 0.0, "more than 0"),  # before: ZeroDivisionError on a Chinese page
    ("cjk_chars_per_word", -1.7, "0 or more"),  # before: a Chinese line counted negative words, in silence
    ("language_vocabulary_size", 0, "more than 0"),
    ("language_stopword_share", 1.0, "below 1"),  # before: math domain error on every document
    ("menu_min_run", -1, "0 or more"),  # a negative threshold: every run a menu, in silence
    ("stopword_min_density", -0.1, "0 or more"),
])
def test_a_setting_out_of_its_range_is_refused_at_construction(name, value, why):
    with pytest.raises(ValueError, match=f"setting {name} must be {why}"):
        Settings(**{name: value})
    with pytest.raises(ValueError, match=name):
        replace(DEFAULT_SETTINGS, **{name: value})


def test_no_limit_and_a_documented_negative_switch_are_still_settings():
    settings = Settings(rule_seconds_per_document=math.inf, footer_notice_max_gap=-1, menu_min_run=0)
    assert "harbour board" in Cleaner(settings=settings).clean(STORY)


@pytest.mark.parametrize(("output", "fmt"), [("body.txt", []), ("body.json", ["--format", "json"]),
                                             ("Body.TXT", []), ("body.md", []), ("body.html", [])])
@pytest.mark.parametrize("inputs", [["page.txt"], ["page.txt", "other.txt"], ["pages"]])
def test_an_output_named_as_a_file_for_a_folder_of_files_is_a_usage_error(tmp_path, output, fmt, inputs):
    (tmp_path / "pages").mkdir()
    for page in ("page.txt", "other.txt", "pages/a.txt"):
        (tmp_path / page).write_text(STORY, encoding="utf-8")
    # before: a folder body.txt/ holding page.txt was made, exit 0: the user looked for a file body.txt
    ran = run_cli("clean", *inputs, "-o", output, *fmt, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"-o {output} names a file, but --format" in ran.stderr.decode()
    assert not (tmp_path / output).exists()
    if inputs == ["page.txt"]:
        assert "leave out -o" in ran.stderr.decode()


def test_an_existing_folder_named_as_a_file_is_still_written_into(tmp_path):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "out.txt").mkdir()
    ran = run_cli("clean", "page.txt", "-o", "out.txt", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "out.txt" / "page.txt").read_text(encoding="utf-8") == STORY


JSON_LD_PAGE = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dredging agreed"}\n\n'
                + STORY)


@pytest.mark.parametrize("command", [("clean", "-"), ("explain", "-"), ("report", "-", "-o", "-")])
def test_a_page_on_stdin_under_a_json_ld_line_is_a_page_as_by_name(command):
    # before: stdin opening with a whole JSON object was JSONL: clean failed each prose line as malformed JSON
    # (exit 1), explain and report refused it as a corpus; the same file given by name is a page
    ran = run_cli(*command, stdin=JSON_LD_PAGE.encode())
    assert ran.returncode == 0, ran.stderr
    assert "harbour board agreed" in ran.stdout.decode()


@pytest.mark.parametrize("stdin", [
    '{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}\n',
    '{"id": 1, "text": "a"}\n\n\n{"id": 2, "text": "b"}\n',
    '{"id": 1, "text": "a"}\n',  # one record alone
    '{"id": 1, "text": "a"}\n{"id": 2, "text": "cut short\n',
    '{"id": 1, "text": "a"}\n{ "id": 2, "text": "b"}\n',
    '{"id": 1, "text": "' + "a" * 70_000 + '"}\nSome prose after a first line too long to look past.\n',
])
def test_json_lines_on_stdin_are_still_records(stdin):
    ran = run_cli("clean", "-", stdin=stdin.encode())
    assert "record(s) into stdout" in ran.stderr.decode()


def test_a_page_under_a_json_ld_line_is_not_written_over_as_records(tmp_path):
    (tmp_path / "notes.txt").write_text(JSON_LD_PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    # before: taken for an earlier run's records, replaced, exit 0
    ran = run_cli("clean", "c.jsonl", "-o", "notes.txt", "--format", "jsonl", cwd=tmp_path)
    assert ran.returncode == 2
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == JSON_LD_PAGE


def test_a_record_then_a_malformed_line_on_stdin_is_still_jsonl():
    ran = run_cli("clean", "-", stdin=b'{"id": 1, "text": "a"}\nnot JSON\n')
    assert ran.returncode == 1 and "<stdin>:2: malformed JSON" in ran.stderr.decode()


@pytest.mark.parametrize("name", ["c.jsonl", "-"])
def test_json_lines_ended_by_a_carriage_return_alone_fail_by_name(tmp_path, name):
    lines = b'{"id": 1, "text": "a"}\r{"id": 2, "text": "b"}\r'
    (tmp_path / "c.jsonl").write_bytes(lines)
    # before: one record, the whole file, failed "malformed JSON: Extra data (column 23)", its bytes written back
    ran = run_cli("clean", name, "-o", "out.jsonl", cwd=tmp_path, stdin=lines)
    assert ran.returncode == 1
    shown = "c.jsonl" if name == "c.jsonl" else "<stdin>"
    assert f"{shown}: records end in a carriage return alone (CR, classic Mac OS line ends)" in ran.stderr.decode()
    assert "tr '\\r' '\\n'" in ran.stderr.decode()


def test_a_carriage_return_inside_a_record_line_is_white_space_still():
    ran = run_cli("clean", "-", stdin=b'{"id": 1,\r "text": "' + STORY.encode()[:80] + b'"}\r\n')
    assert ran.returncode == 0, ran.stderr


CZECH_STORY = ("Šťastná obec opravila most přes řeku. Starosta řekl, že práce skončily v září "
               "a že žádné další uzavírky silnice nejsou plánované.")


def _warc_of_one_page(path, content_types: list[str], body: bytes):
    from warcio.statusandheaders import StatusAndHeaders  # the warc extra
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", value) for value in content_types], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://obec.example/most", "response",
                                                      payload=io.BytesIO(body), http_headers=http))


@pytest.mark.parametrize(("content_types", "found"), [
    # a proxy's header after the application's: the last wins, as browsers read it (the Fetch standard)
    (["text/html; charset=iso-8859-2", "text/html; charset=windows-1250"], CZECH_STORY),
    (["text/html; charset=iso-8859-2, text/html; charset=windows-1250"], CZECH_STORY),  # one header, two values
    (["text/html; charset=windows-1250", "text/html"], CZECH_STORY),  # the same type, no charset: the one before's
    (["text/html; charset=windows-1250", "nonsense"], CZECH_STORY),  # a malformed one is passed over
])
def test_two_content_types_of_a_response_are_read_as_browsers_read_them(tmp_path, content_types, found):
    page = f"<html><body><article><h1>Most</h1><p>{CZECH_STORY}</p><p>{CZECH_STORY}</p></article></body></html>"
    _warc_of_one_page(tmp_path / "crawl.warc", content_types, page.encode("cp1250"))
    # before: the first header decided: ISO-8859-2 read Windows-1250's š, ť and Ž as C1 controls, in silence
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    assert ran.returncode == 0, ran.stderr
    assert found in json.loads(ran.stdout)["text"]


def test_a_later_content_type_that_is_not_html_is_the_responses_type(tmp_path):
    _warc_of_one_page(tmp_path / "crawl.warc", ["text/html", "application/pdf"], b"%PDF-1.4 <html>")
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    assert ran.stdout == b"" and "not HTML (application/pdf)" in ran.stderr.decode()


NUMBERS = ('"score": 0.1000000000000000055511151231257827, "ratio": 0.12345678901234567890123, "big": 1E5, '
           '"price": 1.50, "tiny": 2.5e-7, "plain": 0.5, "n": -3, "nested": {"x": [1.10, {"y": 3.0e0}]}')


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_records_numbers_are_written_back_as_they_came(tmp_path, jobs):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(f'{{"id": 1, {NUMBERS}, "text": {json.dumps(STORY)}}}\n', encoding="utf-8")
    # before: 0.1000000000000000055511151231257827 came back 0.1, 0.12345678901234567890123 0.12345678901234568 (another
    # value), 1E5 100000.0, 1.50 1.5, 3.0e0 3.0: a record's other fields were rewritten
    ran = run_cli("clean", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--jobs", jobs)
    assert ran.returncode == 0, ran.stderr
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert written.startswith(f'{{"id": 1, {NUMBERS}, "text": ')
    assert json.loads(written)["nested"] == {"x": [1.1, {"y": 3.0}]}


def test_a_records_numbers_kept_as_written_are_numbers_in_parquet(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(f'{{"id": 1, "price": 1.50, "text": {json.dumps(STORY)}}}\n'
                      f'{{"id": 2, "price": 2.25, "text": {json.dumps(STORY)}}}\n', encoding="utf-8")
    ran = run_cli("clean", str(corpus), "-o", str(tmp_path / "out.parquet"))
    assert ran.returncode == 0, ran.stderr
    assert pq.read_table(tmp_path / "out.parquet").column("price").to_pylist() == [1.5, 2.25]


def test_a_number_kept_as_written_is_named_a_float_in_reasons():
    ran = run_cli("clean", "-", stdin=b'{"id": 1, "text": 1.50}\n')
    assert ran.stdout == b'{"id": 1, "text": 1.50, "cleaner_error": "field \'text\' holds float, not text"}\n'


@pytest.mark.parametrize(("command", "shown"), [
    (("clean", "page.txt", "--report", "made/"), "made/report.json"),
    (("report", "page.txt", "-o", "made/"), "made/report.html"),
    (("learn", "pages", "--outlet", "Gazette", "-o", "made/"), "made/outlet.toml"),
])
def test_a_file_output_named_as_a_folder_is_a_usage_error(tmp_path, command, shown):
    (tmp_path / "pages").mkdir()
    for page in ("page.txt", "pages/a.txt", "pages/b.txt"):
        (tmp_path / page).write_text(STORY, encoding="utf-8")
    # before: pathlib dropped the `/`, and a file named `made` was written: the user looked for a folder
    ran = run_cli(*command, cwd=tmp_path)
    assert ran.returncode == 2
    said = f"made/ names a folder (it ends in /), and this is a file: give its name, e.g. {shown}"
    assert said in ran.stderr.decode()
    assert not (tmp_path / "made").exists()



@pytest.mark.parametrize(("report", "why"), [("gone/r.json", "no such folder"), ("page.txt/r.json", "not a folder")])
def test_a_report_that_cannot_be_written_says_why(tmp_path, report, why):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    # before: "cannot write into FOLDER", no reason (a typo in a folder's name, or a file's)
    ran = run_cli("clean", "page.txt", "--report", report, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"cannot write into {tmp_path / report.split('/')[0]}: {why}" in ran.stderr.decode()


@pytest.mark.parametrize(("head", "encoding"), [
    (b'<meta charset="x-bogus"><meta charset="iso-8859-2">', "iso8859-2"),  # before: None, the second not read
    (b'<meta charset="iso-8859-2"><meta charset="windows-1250">', "iso8859-2"),  # the first, as browsers read
    (b'<meta charset="x-bogus">', None),
])
def test_a_pages_meta_charsets_are_read_as_browsers_prescan_them(head, encoding):
    from cleaner.decode import declared_encoding

    assert declared_encoding(b"<html><head>" + head + b"</head><body>x</body></html>") == encoding


@pytest.mark.parametrize("url", ["not a url", "https:///story", "/just/a/path", "http://gazette example/story"])
def test_a_url_that_names_no_host_is_a_usage_error(tmp_path, url):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    # before: taken, exit 0: no outlet's rules could be picked by it, and none were, without a word
    ran = run_cli("clean", "page.txt", "--url", url, cwd=tmp_path)
    assert ran.returncode == 2
    assert f"{url} names no host" in ran.stderr.decode()


@pytest.mark.parametrize("url", ["gazette.example/story", "http://localhost:8080/a", "http://[::1]/a",
                                 "https://192.0.2.7/story"])
def test_a_url_with_a_host_is_taken(tmp_path, url):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    assert run_cli("clean", "page.txt", "--url", url, cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("command", [("clean",), ("explain",)])
def test_json_lines_ended_by_a_carriage_return_alone_are_no_page_either(tmp_path, command):
    (tmp_path / "records.txt").write_bytes(b'{"id": 1, "text": "a"}\r{"id": 2, "text": "b"}\r')
    # before: cleaned as a page, its records written back as its text, exit 0 (JSON lines ended by \n are refused)
    ran = run_cli(*command, "records.txt", cwd=tmp_path)
    assert ran.returncode == 1
    assert "records.txt: records end in a carriage return alone" in ran.stderr.decode()


def test_a_page_with_classic_mac_line_ends_is_still_a_page(tmp_path):
    (tmp_path / "page.txt").write_bytes(STORY.replace("\n", "\r").encode())
    ran = run_cli("clean", "page.txt", cwd=tmp_path)
    assert ran.returncode == 0 and "harbour board agreed" in ran.stdout.decode()


def test_an_input_named_with_a_slash_is_not_told_to_name_a_file(tmp_path):
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    ran = run_cli("explain", "page.txt/", cwd=tmp_path)
    assert ran.returncode == 2 and "give its name" not in ran.stderr.decode()
    assert "page.txt/: it ends in /, a folder's mark, but page.txt is not a folder" in ran.stderr.decode()


def test_a_records_number_id_names_its_file_as_written(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(f'{{"id": 1.50, "text": {json.dumps(STORY)}}}\n{{"id": 1E5, "text": {json.dumps(STORY)}}}\n',
                      encoding="utf-8")
    ran = run_cli("clean", str(corpus), "-o", str(tmp_path / "out"), "--format", "text")
    assert ran.returncode == 0, ran.stderr
    # before: 1.5.txt and 100000.0.txt, names no id of the input holds
    assert sorted(path.name for path in (tmp_path / "out").iterdir() if not path.name.startswith(".")) == [
        "1.50.txt", "1E5.txt"]
