"""Session 28's gaps in principle 4 (nothing lost or garbled in silence): each fails by name, in one line."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cleaner import DecodeError, clean
from helpers import interruptible, run_cli, wait_until

STORY = "This is the real story about the harbour and its boats, told at some length here."
RECORDS = [{"id": number, "text": f"{number} {STORY}"} for number in range(3)]


@pytest.mark.parametrize("dumped", [json.dumps(RECORDS), json.dumps(RECORDS, indent=2),
                                    "[\n" + ",\n".join(json.dumps(record) for record in RECORDS) + "\n]",
                                    json.dumps(RECORDS[0], indent=2)],
                         ids=["array-on-one-line", "array-pretty-printed", "array-a-record-a-line",
                              "object-pretty-printed"])
def test_a_jsonl_file_that_holds_one_json_document_fails_in_one_line_naming_it(tmp_path: Path, dumped: str) -> None:
    # Before: a pretty-printed array failed line by line (`pages.jsonl:1: malformed JSON: Expecting value`, ...,
    # one error a line, each a record of its own), and one on one line as a record that was no object.
    (tmp_path / "pages.jsonl").write_text(dumped + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    errors = [line for line in ran.stderr.decode().splitlines() if line.startswith("error:")]
    assert ran.returncode == 1
    assert len(errors) == 1 and f"{tmp_path / 'pages.jsonl'}: " in errors[0], ran.stderr
    assert "not JSON lines" in errors[0] and "jq -c" in errors[0]


def test_jsonl_whose_first_record_is_cut_short_still_cleans_the_records_after_it(tmp_path: Path) -> None:
    lines = [json.dumps(record) for record in RECORDS]
    (tmp_path / "pages.jsonl").write_text("\n".join([lines[0][:30], *lines[1:]]) + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1 and "pages.jsonl:1: " in ran.stderr.decode()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["cleaner_error"] is None for row in rows] == [False, True, True]


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(f"{STORY}\n\nAnd a second paragraph of it, which the harbour master told us about.\n",
                    encoding="utf-8")
    return page


def test_one_page_cleaned_into_dev_null_is_cleaned_and_written_nowhere_else(tmp_path: Path) -> None:
    # Before: a usage error, `output /dev/null is a file, but --format text writes a folder of files`.
    ran = run_cli("clean", str(_page(tmp_path)), "-o", os.devnull)
    assert (ran.returncode, ran.stdout) == (0, b""), ran.stderr


@pytest.mark.parametrize("from_stdin", [False, True])
def test_one_page_cleaned_into_a_fifo_goes_into_it(tmp_path: Path, from_stdin: bool) -> None:
    page, fifo = _page(tmp_path), tmp_path / "cleaned.fifo"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()))
    reader.start()
    try:
        ran = (run_cli("clean", "-", "-o", str(fifo), stdin=page.read_bytes()) if from_stdin
               else run_cli("clean", str(page), "-o", str(fifo)))
    finally:
        if reader.is_alive():  # nothing opened it for writing: let the reader go
            with fifo.open("wb"):
                pass
        reader.join()
    assert (ran.returncode, ran.stdout) == (0, b""), ran.stderr
    assert STORY in read[0].decode()


def test_a_device_given_as_the_output_folder_is_said_to_be_one(tmp_path: Path) -> None:
    _page(tmp_path)
    ran = run_cli("clean", str(tmp_path), "-o", os.devnull)
    assert ran.returncode == 2
    assert f"output {os.devnull} is a character device, but --format text writes a folder" in ran.stderr.decode()


@pytest.mark.parametrize("data", [b"\xff\xfe\x00", b"\xfe\xff\x00", b"\xff\xfe\x00\xd8", b"\xef\xbb\xbf\xff"],
                         ids=["utf16-le-cut", "utf16-be-cut", "utf16-lone-surrogate", "utf8-bom-bad-byte"])
def test_bytes_that_read_as_no_character_are_no_text_for_the_api_and_the_cli(tmp_path: Path, data: bytes) -> None:
    # Before: read as one U+FFFD, which the cleaning removed: `""` from clean(), exit 0 with an empty output.
    with pytest.raises(DecodeError, match="no text: its bytes read as U\\+FFFD alone"):
        clean(data)
    (tmp_path / "page.txt").write_bytes(data)
    ran = run_cli("clean", str(tmp_path / "page.txt"))
    assert ran.returncode == 1 and ran.stdout == b""
    assert f"{tmp_path / 'page.txt'}: no text" in ran.stderr.decode()


def test_a_byte_order_mark_alone_is_still_an_empty_page_and_stray_bad_bytes_stay_replaced() -> None:
    assert clean(b"\xff\xfe") == ""
    assert "\ufffd" in clean(f"{STORY}\n\nA second paragraph at the café, and a stray byte: ".encode() + b"\xff.\n")


@pytest.mark.parametrize(("output", "report"), [(None, "/dev/stdout"), ("-", "/dev/fd/1"), ("/dev/stdout", "-")])
@pytest.mark.parametrize("records", [False, True])
def test_a_report_into_stdout_where_the_output_goes_is_refused_by_any_name(tmp_path: Path, output: str | None,
                                                                          report: str, records: bool) -> None:
    # Before: the report went after the cleaned page or records, into one stream, exit 0: a JSONL that no reader
    # could read past its last record (`--report -` alone was refused).
    if records:
        (tmp_path / "pages.jsonl").write_text("".join(json.dumps(record) + "\n" for record in RECORDS),
                                              encoding="utf-8")
    source = str(tmp_path / "pages.jsonl") if records else str(_page(tmp_path))
    output = output or ("-" if records else None)  # records are written to stdout only with -o -
    ran = run_cli("clean", source, *(["-o", output] if output else []), "--report", report)
    assert ran.returncode == 2 and ran.stdout == b""
    assert "is stdout, where the" in ran.stderr.decode()


def _waits_for_a_partner(pid: int) -> bool:
    """Whether process ``pid`` waits in the opening of a FIFO for the other end (Linux: its wait channel)."""
    return Path(f"/proc/{pid}/wchan").read_text() == "wait_for_partner"


@pytest.mark.parametrize("into", ["page", "page-from-stdin-as-a-record", "records", "report"])
def test_ctrl_c_stops_a_run_whose_output_fifo_has_no_reader(tmp_path: Path, into: str) -> None:
    # Before: a stop that came as the output FIFO waited for its reader was held off (a page or record is written
    # whole or not at all), and the open went on waiting: Ctrl-C did nothing, the run never ended (a page from
    # stdin as a record; a page into a FIFO since this session's -o for one page). Records and a report were
    # stopped: kept as guards.
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    (tmp_path / "pages.jsonl").write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    page = _page(tmp_path)
    args = {"page": [str(page), "-o", str(fifo)],
            "page-from-stdin-as-a-record": ["-", "--format", "jsonl", "-o", str(fifo)],
            "records": [str(tmp_path / "pages.jsonl"), "-o", str(fifo)],
            "report": [str(page), "-o", str(tmp_path / "out"), "--report", str(fifo)]}[into]
    with page.open("rb") as stdin:
        run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", *args], stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=interruptible)
    try:
        wait_until(lambda: run.poll() is not None or _waits_for_a_partner(run.pid))
        assert run.poll() is None and _waits_for_a_partner(run.pid)
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    assert run.returncode == 130, err
    assert "stopped by SIGINT" in err.decode()


def test_report_reads_a_page_on_stdin_as_clean_and_explain_do(tmp_path: Path) -> None:
    # Before: `cleaner report - -o r.html` was a usage error saying "Path '-' does not exist".
    ran = run_cli("report", "-", "-o", str(tmp_path / "report.html"), stdin=_page(tmp_path).read_bytes())
    assert ran.returncode == 0, ran.stderr
    assert "&lt;stdin&gt;" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "reported 1 document(s)" in ran.stderr.decode()


def test_report_of_stdin_beside_other_inputs_or_of_records_on_stdin_says_why_not(tmp_path: Path) -> None:
    ran = run_cli("report", "-", str(_page(tmp_path)), "-o", str(tmp_path / "report.html"), stdin=b"")
    assert ran.returncode == 2 and "cannot be combined with other inputs" in ran.stderr.decode()
    ran = run_cli("report", "-", "-o", str(tmp_path / "report.html"), stdin=json.dumps(RECORDS[0]).encode() + b"\n")
    assert ran.returncode == 1 and "<stdin>: a jsonl corpus, not a page" in ran.stderr.decode()


def test_one_page_into_dev_stdout_closed_fails_as_an_output_not_as_a_folder(tmp_path: Path) -> None:
    # Before (since -o takes a stream for one page): "/dev/stdout: the output folder is a broken link", exit 2.
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(_page(tmp_path)), "-o", "/dev/stdout"],
                         stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), check=False)
    assert ran.returncode == 1
    assert ran.stderr.decode().splitlines()[-1] == "error: /dev/stdout: not written: Bad file descriptor"


def test_junk_after_a_gzip_page_is_said_to_be_trailing_garbage_as_after_the_other_compressions(tmp_path: Path) -> None:
    # Before: "corrupt or truncated gzip data (Not a gzipped file (b'JU'))", of a file that is one; bzip2, xz and
    # zstd said "trailing garbage after the ... data".
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(_page(tmp_path).read_bytes()) + b"JUNK")
    ran = run_cli("clean", str(tmp_path / "page.txt.gz"))
    assert ran.returncode == 1 and ran.stdout == b""
    assert f"{tmp_path / 'page.txt.gz'}: trailing garbage after the gzip data" in ran.stderr.decode()


def test_a_jsonl_of_one_record_cut_short_after_a_value_fails_as_its_line(tmp_path: Path) -> None:
    # Its line ends where the JSON would go on, as a pretty-printed document's first line does: no line after it.
    (tmp_path / "pages.jsonl").write_text(json.dumps(RECORDS[0])[:-1] + "\n", encoding="utf-8")
    ran = run_cli("clean", str(tmp_path / "pages.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert ran.returncode == 1 and "pages.jsonl:1: malformed JSON" in ran.stderr.decode()
