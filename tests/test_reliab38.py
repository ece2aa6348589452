"""Probes of session 38: what a corpus holds that was lost, changed or left unsaid."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import warnings

import pytest

from helpers import WARC_PAGE_HTML, run_cli, two_record_corpus

STORY = ("The ferry company said on Tuesday that the winter timetable would start a week early, "
         "after two of its boats were taken out of service for repairs in the dry dock.\n") * 4


def _warc(ids: list[str | None]) -> bytes:
    """A WARC (warcio's writing) of one HTML response a record, with these WARC-Record-IDs (None: warcio's own)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for number, record_id in enumerate(ids):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://gazette.example/{number}", "response",
                                           payload=io.BytesIO(WARC_PAGE_HTML), http_headers=http)
        if record_id is not None:
            record.rec_headers.replace_header("WARC-Record-ID", f"<{record_id}>")
        writer.write_record(record)
    return stream.getvalue()


@pytest.mark.parametrize("blank", [b"\r\n", b"\r\n\r\n", b"\n\n\n", b" \t\r\n"])
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl.dat", "-"])
def test_a_warc_with_blank_lines_before_its_first_record_is_read(tmp_path, blank, name):
    data = blank + _warc([None, None])
    if name.endswith(".gz"):  # the blank lines in a gzip member of their own, as a writer that flushed them would
        data = gzip.compress(blank) + gzip.compress(data[len(blank):])
    if name != "-":
        (tmp_path / name).write_bytes(data)
    # before: "record at the start has no Content-Length", both pages lost, exit 1 (warcio reads blank lines
    # between records, not before the first); on stdin or as crawl.dat the WARC was cleaned as one page, exit 0
    ran = run_cli("clean", name, "-o", "out.jsonl", cwd=tmp_path, stdin=data if name == "-" else None)
    assert ran.returncode == 0, ran.stderr.decode()
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["url"] for record in records] == ["https://gazette.example/0", "https://gazette.example/1"]
    assert all("real story about the harbour" in record["text"] for record in records)


def test_a_warc_of_blank_lines_alone_holds_no_page(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(b"\r\n\r\n")
    ran = run_cli("clean", "crawl.warc", "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 0 and (tmp_path / "out.jsonl").read_bytes() == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_negative_zero_comes_back_as_written(tmp_path, jobs):
    line = ('{"id": -0, "text": "Home\\nNews\\n", "score": -0, "scores": [-0, 0, -0.0, -1], '
            '"deep": {"n": -0}, "big": -12345678901234567890}\n')
    (tmp_path / "pages.jsonl").write_text(line, encoding="utf-8")
    # before: `-0` came back `0` (Python's json reads it as the int 0), a value the cleaner does not touch changed
    ran = run_cli("clean", "pages.jsonl", "-o", "out.jsonl", "--jobs", jobs, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr.decode()
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert written.startswith('{"id": -0, "text": "') and \
        '"score": -0, "scores": [-0, 0, -0.0, -1], "deep": {"n": -0}, "big": -12345678901234567890,' in written
    out = run_cli("clean", "pages.jsonl", "-o", "out", "--format", "text", cwd=tmp_path)
    assert out.returncode == 0 and (tmp_path / "out" / "-0.txt").is_file()  # named as its id is written


def test_a_negative_zero_is_still_the_number_zero():
    from cleaner.corpus import parse_record

    record = parse_record(b'{"n": -0, "m": 5}')
    assert record == {"n": 0, "m": 5} and isinstance(record["n"], int)


@pytest.mark.parametrize(("name", "write"), [
    ("pages.jsonl", lambda path, rows: path.write_text("".join(json.dumps(row) + "\n" for row in rows))),
    ("pages.jsonl.zst", None),
    ("rows.parquet", None),
])
def test_a_text_field_no_record_holds_is_said_once_with_where_the_text_is(tmp_path, name, write):
    rows = [{"id": str(n), "content": f"{n}: {STORY}", "lang": "en"} for n in range(4)]
    path = tmp_path / name
    if name.endswith(".zst"):
        import zstandard

        path.write_bytes(zstandard.ZstdCompressor().compress("".join(json.dumps(row) + "\n" for row in rows).encode()))
    elif name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        write(path, rows)
    # before: a line a record, "no text in field 'text'", and no word of why every record failed
    ran = run_cli("clean", name, "-o", "out.jsonl", "--report", "report.json", cwd=tmp_path)
    assert ran.returncode == 1
    said = (f"warning: --text-field 'text': no record of {name} has this field; none was cleaned (each failed: no "
            "text in it); text is held in 'content', 'lang', 'id': --text-field content?")
    assert ran.stderr.decode().count("warning: ") == 1 and said in ran.stderr.decode()
    assert json.loads((tmp_path / "report.json").read_text())["warnings"] == [said.removeprefix("warning: ")]
    assert run_cli("clean", name, "-o", "out.jsonl", "--text-field", "content", cwd=tmp_path).returncode == 0


def test_an_html_field_no_record_holds_is_said_once(tmp_path):
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "1", "body": "<p>Hello</p>"}) + "\n", encoding="utf-8")
    ran = run_cli("clean", "pages.jsonl", "-o", "-", "--html-field", "html", cwd=tmp_path)
    assert ran.returncode == 1
    assert ("warning: --html-field 'html': no record of pages.jsonl has this field; none was cleaned (each failed: "
            "no text in it); text is held in 'body', 'id': --html-field body?") in ran.stderr.decode()


def test_a_text_field_one_record_holds_is_not_warned_of(tmp_path):
    lines = [json.dumps({"id": "1", "content": STORY}), json.dumps({"id": "2", "text": STORY})]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = run_cli("clean", "pages.jsonl", "-o", "-", cwd=tmp_path)
    assert ran.returncode == 1 and "warning" not in ran.stderr.decode()
    assert "pages.jsonl:1: no text in field 'text'" in ran.stderr.decode()


def test_clean_batch_warns_of_a_text_field_no_row_holds():
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    dataset = datasets.Dataset.from_dict({"id": ["1", "2"], "content": [STORY, STORY]})
    # before: each row's error column said "no text in field 'text'", and nothing else did
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dataset.map(CleanBatch(), batched=True, load_from_cache_file=False)
    assert [str(warning.message) for warning in caught if "text_field" in str(warning.message)] == [
        "CleanBatch text_field 'text': no row of the dataset has this field; none was cleaned (each failed: no text "
        "in it); text is held in 'content', 'id': text_field='content'?"]


def test_cleaner_step_says_an_html_field_no_document_holds():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    documents = [Document(text=STORY, id=str(n), metadata={"url": "https://gazette.example/"}) for n in range(2)]
    said: list[str] = []
    from datatrove.utils.logging import logger

    sink = logger.add(lambda message: said.append(message.record["message"]), level="WARNING")
    try:
        assert list(CleanerStep(html_field="metadata.html").run(iter(documents))) == []
    finally:
        logger.remove(sink)
    assert said[-1] == ("cleaner: html_field 'metadata.html': no document of this task has this field; none was "
                        "cleaned (each failed: no text in it); text is held in 'text', 'id': html_field='text'?")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_pages_that_share_a_warc_record_id_are_said_and_told_apart(tmp_path, name):
    data = _warc(["urn:uuid:1", "urn:uuid:2", "urn:uuid:1", "urn:uuid:1"])
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    # before: exit 0 and no word; four records, three of one id, each named alike in any message
    ran = run_cli("clean", name, "-o", "out.jsonl", "--report", "report.json", cwd=tmp_path)
    assert ran.returncode == 0
    said = (f"warning: {name}: 1 WARC-Record-ID(s) given to more than one page, which the standard makes unique: "
            "urn:uuid:1 (3 pages); their outputs carry the same id")
    assert said in ran.stderr.decode().splitlines()
    assert json.loads((tmp_path / "report.json").read_text())["warnings"] == [said.removeprefix("warning: ")]
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [record["id"] for record in records] == ["urn:uuid:1", "urn:uuid:2", "urn:uuid:1", "urn:uuid:1"]


def test_a_page_whose_id_comes_again_is_named_by_its_place_among_them():
    from cleaner.corpus import warc_entries

    said: list[str] = []
    entries = list(warc_entries(io.BytesIO(_warc(["urn:uuid:1", "urn:uuid:1"])), "crawl.warc", {}, said))
    assert [entry.source for entry in entries] == ["crawl.warc:urn:uuid:1", "crawl.warc:urn:uuid:1 (page 2 of that id)"]
    assert len(said) == 1


def test_unique_warc_record_ids_are_not_warned_of(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_warc([None, None, None]))
    ran = run_cli("clean", "crawl.warc", "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 0 and "warning" not in ran.stderr.decode()


@pytest.mark.parametrize(("name", "how"), [
    ("pages.jsonl", "jq -r 'select(.id == \"ID\") | .text' pages.jsonl | cleaner report - -o r.html"),
    ("pages.jsonl.gz", "zcat pages.jsonl.gz | jq -r 'select(.id == \"ID\") | .text' | cleaner report - -o r.html"),
])
def test_report_given_a_corpus_says_how_to_report_one_record(tmp_path, name, how):
    two_record_corpus(tmp_path, name, STORY)
    # before: "a jsonl corpus, not a page: clean it on its own (cleaner clean pages.jsonl -o ...)" alone, where
    # explain says how to explain one record
    ran = run_cli("report", name, "-o", "r.html", cwd=tmp_path)
    assert ran.returncode == 1
    [line] = [line for line in ran.stderr.decode().splitlines() if line.startswith("error")]
    assert line.endswith(f"; to report one record, give it on stdin: {how}")


def test_report_given_a_corpus_in_a_folder_or_on_stdin_says_how_to_report_one_record(tmp_path):
    (tmp_path / "pages").mkdir()
    two_record_corpus(tmp_path / "pages", "more.jsonl", STORY)
    (tmp_path / "pages" / "crawl.warc").write_bytes(_warc([None]))
    ran = run_cli("report", "pages", "-o", "r.html", cwd=tmp_path)
    assert "pages/more.jsonl | cleaner report - -o r.html" in ran.stderr.decode()
    assert "warcio extract --payload pages/crawl.warc OFFSET | cleaner report - -o r.html --url URL" \
        in ran.stderr.decode()
    piped = subprocess.run([sys.executable, "-m", "cleaner", "report", "-", "-o", "r.html"], capture_output=True,
                           input=two_record_corpus(tmp_path, "p.jsonl", STORY).read_bytes(), cwd=tmp_path)
    assert piped.returncode == 1
    assert piped.stderr.decode().splitlines()[0].endswith(
        "; to report one record, give it on stdin: ... | jq -r 'select(.id == \"ID\") | .text' "
        "| cleaner report - -o r.html")


def test_workers_of_a_killed_run_end_without_a_traceback(tmp_path):
    import signal
    import time

    record = json.dumps({"text": STORY * 3}) + "\n"
    (tmp_path / "pages.jsonl").write_text(record * 4000, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "pages.jsonl", "-o", "out.jsonl", "--jobs", "2",
                            "--no-progress"], cwd=tmp_path, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(path.stat().st_size > 100_000 for path in tmp_path.glob(".out.jsonl.*")):
        assert run.poll() is None and time.monotonic() < deadline, "the run ended before it could be killed"
        time.sleep(0.02)
    run.send_signal(signal.SIGKILL)
    # The workers hold stderr until they end: read to its end, it is all they said. Before: each whose outcomes
    # the command had not read died of "ConnectionResetError: [Errno 104] Connection reset by peer", a traceback
    _, stderr = run.communicate(timeout=60)
    assert b"Traceback" not in stderr, stderr.decode()[-500:]
    assert not (tmp_path / "out.jsonl").exists()


def test_junk_after_a_warcs_last_record_is_shown_in_part(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_warc([None]) + b"x" * 200_000)
    # before: the error line held the 200,000 bytes of junk, which warcio gives as its "first line"
    ran = run_cli("clean", "crawl.warc", "-o", "out.jsonl", cwd=tmp_path)
    assert ran.returncode == 1
    [error] = [line for line in ran.stderr.decode().splitlines() if line.startswith("error")]
    assert error.startswith("error: crawl.warc: not a readable WARC record after urn:uuid:")
    assert "Invalid WARC record, first line: xxxxxxxxxx" in error and len(error) < 500
    assert error.endswith(" characters)") and "200,0" in error  # how much there is, said
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1


def test_a_value_parquet_cannot_hold_is_shown_in_part(tmp_path):
    pytest.importorskip("pyarrow")
    record = {"id": "1", "text": STORY, "mixed": [1.5, {"note": "v" * 100_000}]}
    (tmp_path / "pages.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    # before: the error line held pyarrow's message whole, the 100,000 characters of the value it could not convert
    ran = run_cli("clean", "pages.jsonl", "-o", "out.parquet", cwd=tmp_path)
    assert ran.returncode == 1 and not (tmp_path / "out.parquet").exists()
    [error] = [line for line in ran.stderr.decode().splitlines() if line.startswith("error")]
    assert error.startswith("error: out.parquet: not written: rows 1-1 cannot be written as Parquet: Could not convert")
    assert len(error) < 500 and error.endswith(" characters)")
