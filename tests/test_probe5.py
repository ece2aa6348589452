"""Hostile but realistic inputs found by a fifth probe: each failed before its fix."""

from __future__ import annotations

import datetime
import decimal
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import clean, explain_document
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def test_parquet_columns_of_dates_decimals_and_bytes_are_written_into_jsonl(tmp_path: Path) -> None:
    # Before: a Parquet file with a timestamp column (a crawl date), cleaned into JSONL, ended the run
    # with a traceback (TypeError: Object of type datetime is not JSON serializable), no output.
    crawled = datetime.datetime(2024, 5, 1, 12, 30, 15, 250000, tzinfo=datetime.UTC)
    table = pa.table({
        "text": [STORY * 2, STORY],
        "crawled": pa.array([crawled, None], pa.timestamp("us", tz="UTC")),
        "day": pa.array([datetime.date(2024, 5, 1), None]),
        "at": pa.array([datetime.time(12, 30), None]),
        "took": pa.array([datetime.timedelta(seconds=90), None], pa.duration("ms")),
        "price": pa.array([decimal.Decimal("12.50"), None], pa.decimal128(10, 2)),
        "raw": pa.array([b"caf\xc3\xa9 \xff", None]),
    })
    pq.write_table(table, tmp_path / "rows.parquet")
    ran = run_cli("clean", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 0, ran.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"text": STORY * 2, "crawled": "2024-05-01T12:30:15.250000+00:00", "day": "2024-05-01",
                       "at": "12:30:00", "took": 90.0, "price": "12.50", "raw": "café \udcff",
                       "cleaner_error": None}
    assert rows[1]["crawled"] is None and rows[1]["price"] is None


def test_a_report_to_dash_goes_to_stdout_not_into_a_file_named_dash(tmp_path: Path) -> None:
    # Before: `cleaner report page.txt -o -` and `cleaner clean ... --report -` each wrote a file named "-"
    # in the current folder, where `-` means stdout everywhere else.
    (tmp_path / "page.txt").write_text(STORY * 2, encoding="utf-8")
    html = run_cli("report", "page.txt", "-o", "-", cwd=tmp_path)
    assert html.returncode == 0, html.stderr
    assert html.stdout.startswith(b"<!doctype html>") and b"harbour" in html.stdout
    assert b"into stdout" in html.stderr
    ran = run_cli("clean", "page.txt", "-o", "out", "--report", "-", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["files"]["cleaned"] == 1
    assert not (tmp_path / "-").exists()
    both = run_cli("clean", "page.txt", "-o", "-", "--format", "jsonl", "--report", "-", cwd=tmp_path)
    assert both.returncode == 2 and b"where the records go" in both.stderr
    named = run_cli("clean", "page.txt", "-o", "out", "--report", "./-", cwd=tmp_path)  # a file named "-", asked for
    assert named.returncode == 0 and json.loads((tmp_path / "-").read_bytes())["files"]["cleaned"] == 1


ARTICLE = "".join(f"<p>{n} {STORY}</p>" for n in range(6)).encode()
PAGE_HTML = b"<html><head><title>Harbour</title></head><body><article>" + ARTICLE + b"</article></body></html>"


def _chunked(data: bytes, size: int) -> bytes:
    parts = [data[start:start + size] for start in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def _warc(path: Path, bodies: dict[str, bytes]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for url, body in bodies.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize(("body", "reason"), [
    (_chunked(PAGE_HTML, 200)[:500], "HTTP body cut short: its chunked Transfer-Encoding ends early"),
    (_chunked(PAGE_HTML, 200)[:-5], "HTTP body cut short: its chunked Transfer-Encoding ends early"),
    (_chunked(PAGE_HTML, 200)[:100], "HTTP body cut short: its chunked Transfer-Encoding ends early"),
    (_chunked(PAGE_HTML, 200).replace(b"\r\nc8\r\n", b"!!c8\r\n", 1),
     "HTTP body corrupt: its chunked Transfer-Encoding"),
], ids=["inside-a-chunk", "before-the-last-chunk", "inside-the-first-chunk", "a-chunk-unterminated"])
def test_a_chunked_http_body_cut_short_fails_by_name(tmp_path: Path, body: bytes, reason: str) -> None:
    # Before: a body sent chunked (Transfer-Encoding: chunked) that ends before its last, empty chunk was
    # cleaned as if it were the page: the story's end was lost without a word.
    _warc(tmp_path / "crawl.warc", {"https://gazette.example/cut": body,
                                    "https://gazette.example/whole": _chunked(PAGE_HTML, 200),
                                    "https://gazette.example/dechunked": PAGE_HTML})  # stored de-chunked
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert ran.returncode == 1
    assert "text" not in rows[0] and rows[0]["cleaner_error"].startswith(reason), rows[0]["cleaner_error"]
    assert rows[1]["cleaner_error"] is None and rows[1]["text"] == rows[2]["text"]
    assert rows[1]["text"].count("harbour") == 6



def test_a_chunked_body_s_trailer_is_no_page_text(tmp_path: Path) -> None:
    # Guards the fix above: a last chunk with a trailer after it ends a whole page, not a corrupt one.
    body = _chunked(PAGE_HTML, 200).removesuffix(b"\r\n") + b"Expires: never\r\n\r\n"
    _warc(tmp_path / "crawl.warc", {"https://gazette.example/trailer": body,
                                    "https://gazette.example/whole": _chunked(PAGE_HTML, 200)})
    ran = run_cli("clean", str(tmp_path / "crawl.warc"), "-o", "-")
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert ran.returncode == 0, ran.stderr
    assert rows[0]["text"] == rows[1]["text"] and "Expires" not in rows[0]["text"]


def _gazette_pages(folder: Path) -> None:
    folder.mkdir()
    for n in range(4):
        story = "".join(f"Paragraph {k} of story {n}: the harbour boats came home late, the crews said.\n"
                        for k in range(5))
        (folder / f"{n}.txt").write_text(f"Gazette Menu Home\n{story}Subscribe to the Harbour Gazette today\n",
                                         encoding="utf-8")


def test_learn_s_domains_are_the_hosts_a_url_is_matched_on(tmp_path: Path) -> None:
    # Before: `--domain www.gazette.example` (or a URL) was written as it was, and the rules it picked by URL
    # picked no page: a URL's host is matched without `www.`.
    _gazette_pages(tmp_path / "pages")
    rules = tmp_path / "rules" / "gazette.toml"
    learned = run_cli("learn", str(tmp_path / "pages"), "--outlet", "Gazette", "-o", str(rules),
                      "--domain", "www.Gazette.example", "--domain", "https://www.gazette.example/")  # a path: refused
    assert learned.returncode == 0, learned.stderr
    assert "domains = ['gazette.example']" in rules.read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Subscribe to the Harbour Gazette today\n" + STORY * 2, encoding="utf-8")
    explained = run_cli("explain", str(page), "--rules", str(rules.parent), "--url", "https://www.gazette.example/a")
    assert b"outlet: gazette" in explained.stderr
    for junk in ("", "a b", "https:///x"):
        refused = run_cli("learn", str(tmp_path / "pages"), "--outlet", "Gazette", "-o", str(tmp_path / "x.toml"),
                          "--domain", junk)
        assert refused.returncode == 2 and b"names no host" in refused.stderr, refused.stderr


def test_a_rule_file_that_is_a_fifo_or_a_device_is_named_not_read_forever(tmp_path: Path) -> None:
    # Before: a FIFO named *.toml in a --rules folder (or a link to /dev/zero) hung every command for good,
    # `--rules /dev/zero` ended in a traceback (RuleError), and `rules check` on such a folder hung.
    page = tmp_path / "page.txt"
    page.write_text(STORY * 2, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "gazette.toml").write_text('outlet = "Gazette"\n[[drop]]\nid = "x"\npattern = "^Menu$"\n',
                                        encoding="utf-8")
    os.mkfifo(rules / "waiting.toml")
    (tmp_path / "zero").mkdir()
    (tmp_path / "zero" / "zero.toml").symlink_to("/dev/zero")
    for given, kind in ((rules, "a FIFO"), (tmp_path / "zero", "a character device"), (Path("/dev/zero"), "a ch")):
        ran = run_cli("clean", str(page), "-o", str(tmp_path / "out"), "--rules", str(given))
        assert ran.returncode == 2 and f"not a regular file ({kind}".encode() in ran.stderr, ran.stderr
        listed = run_cli("rules", "list", "--rules", str(given))
        assert listed.returncode == 2
    checked = run_cli("rules", "check", str(rules))
    assert checked.returncode == 1
    assert f"{rules / 'waiting.toml'}: not a regular file (a FIFO)".encode() in checked.stderr


@pytest.mark.parametrize("controls", [
    '<button type="button">Play</button><button type="button">Pause</button>',
    '<datalist id="harbours"><option value="Dover">Dover</option><option value="Hull">Hull</option></datalist>',
    "<textarea>Paste the embed code</textarea><textarea>here</textarea>",
], ids=["buttons", "datalist", "text-boxes"])
def test_a_short_page_s_form_controls_are_no_words_of_its_text(controls: str) -> None:
    # Before: on a short page (trafilatura's fallback reading), buttons, a datalist's suggestions and text
    # boxes came out run together into words no input has ("PlayPause", "DoverHull"), on the line of the
    # story's paragraphs, which were joined into one.
    story = "The harbour master said the boats would return before the storm reached the coast."
    page = f"<html><body><article><p>{story}</p>{controls}<p>The crews agreed, and waited.</p></article></body></html>"
    explanation = explain_document(page.encode(), kind="html")
    assert explanation.text == f"{story}\nThe crews agreed, and waited.\n"
    assert {d.removed_by for d in explanation.decisions if not d.kept} <= {"html-drop-down", "html-form-control"}
    assert explanation.text == clean(explanation.text)


def test_report_overwrites_only_a_report_and_reads_only_the_start_of_what_it_checks(tmp_path: Path) -> None:
    # Before: any JSON file was taken for a report and written over (`--report settings.json`), and a
    # file given as the report was read whole to check it (a corpus's name: all of it in memory).
    (tmp_path / "page.txt").write_text(STORY * 2, encoding="utf-8")
    settings = tmp_path / "settings.json"
    settings.write_text('{"theme": "dark"}\n', encoding="utf-8")
    refused = run_cli("clean", "page.txt", "-o", "out", "--report", "settings.json", cwd=tmp_path)
    assert refused.returncode == 2 and b"not a JSON report; not overwritten" in refused.stderr
    assert settings.read_text(encoding="utf-8") == '{"theme": "dark"}\n'
    for _ in range(2):  # a report of an earlier run is written over
        ran = run_cli("clean", "page.txt", "-o", "out", "--report", "report.json", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr
    assert json.loads((tmp_path / "report.json").read_bytes())["files"]["cleaned"] == 1
    corpus = tmp_path / "pages.jsonl"
    with corpus.open("wb") as stream:  # sparse: 8 GB that take no disk, and would take memory
        stream.truncate(8 << 30)
    big = run_cli("clean", "page.txt", "-o", "out", "--report", "pages.jsonl", cwd=tmp_path)
    assert big.returncode == 2 and b"not a JSON report" in big.stderr


def test_cleaner_report_writes_over_only_a_report_of_its_own(tmp_path: Path) -> None:
    # Before: `cleaner report page.txt -o story.html` wrote over story.html, a page of the user's.
    (tmp_path / "page.txt").write_text(STORY * 2, encoding="utf-8")
    story = tmp_path / "story.html"
    story.write_text("<!doctype html><html><body><p>Mine.</p></body></html>", encoding="utf-8")
    refused = run_cli("report", "page.txt", "-o", "story.html", cwd=tmp_path)
    assert refused.returncode == 2 and b"not a cleaner report; not overwritten" in refused.stderr
    assert "Mine." in story.read_text(encoding="utf-8")
    for _ in range(2):  # its own report of an earlier run is written over
        ran = run_cli("report", "page.txt", "-o", "report.html", cwd=tmp_path)
        assert ran.returncode == 0, ran.stderr


def test_a_record_whose_url_field_holds_no_text_fails_by_name(tmp_path: Path) -> None:
    # Before: a URL field holding a number or an object was passed over in silence (the outlet's rules it
    # picks left out), where a malformed URL fails the record.
    lines = [{"id": 1, "text": STORY, "url": 5}, {"id": 2, "text": STORY, "url": {"href": "https://a.example/"}},
             {"id": 3, "text": STORY, "url": None}, {"id": 4, "text": STORY, "url": ""},
             {"id": 5, "text": STORY, "url": "https://a.example/x"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", "-")
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert ran.returncode == 1
    assert [row["cleaner_error"] for row in rows] == ["field 'url' holds int, not a URL",
                                                     "field 'url' holds dict, not a URL", None, None, None]


def test_a_rule_file_that_is_a_fifo_is_refused_by_the_python_api_too(tmp_path: Path) -> None:
    # Before: Cleaner(rules=[folder]) with a FIFO named *.toml in the folder waited for a writer forever (the
    # command line alone checked), and a FIFO named alone was "no such rule file".
    rules = tmp_path / "rules"
    rules.mkdir()
    os.mkfifo(rules / "waiting.toml")
    code = ("import sys\nfrom cleaner import Cleaner, RuleError\n"
            "try:\n    Cleaner(rules=[sys.argv[1]])\nexcept RuleError as exc:\n    print(exc)\n")
    for given in (rules, rules / "waiting.toml"):
        ran = subprocess.run([sys.executable, "-c", code, str(given)], capture_output=True, timeout=60, check=True)
        assert ran.stdout.decode().strip() == f"{rules / 'waiting.toml'}: not a regular file (a FIFO)"
