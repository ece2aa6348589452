"""Faults of session 19's reliability pass, each with what it did before."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import Cleaner, clean, clean_html, explain
from helpers import SAMPLES, interruptible, mounted, run_cli, without_root

PAGE = SAMPLES / "input" / "000_commondreams.txt"


def _with_nuls(text: str) -> str:
    """``text`` with a NUL inside its first long line's words and one at a line's end."""
    line = next(line for line in text.splitlines() if len(line) > 200)
    return text.replace(line, line[:40] + "\x00" + line[40:] + "\x00", 1)


@pytest.mark.parametrize("call", [clean, lambda page: explain(page).text, Cleaner().clean])
def test_a_nul_in_a_str_is_dropped_as_in_bytes(call) -> None:
    # Before: bytes lost their stray NULs as they were decoded, a str kept them: `clean(text)` held a NUL that
    # `clean(text.encode())` did not, and a file of the same text.
    page = _with_nuls(PAGE.read_text(encoding="utf-8"))
    cleaned = call(page)
    assert "\x00" not in cleaned and cleaned
    assert cleaned == call(page.encode())
    assert call(cleaned) == cleaned


def test_a_nul_in_html_given_as_str_is_dropped_as_in_bytes() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in _with_nuls(PAGE.read_text(encoding="utf-8")).splitlines()
                         if len(line) > 80)
    html = f"<!doctype html><html><body><article>{paragraphs}</article></body></html>"
    cleaned = clean_html(html)
    assert "\x00" not in cleaned and cleaned
    assert cleaned == clean_html(html.encode())


@pytest.mark.parametrize(("name", "content", "args"), [
    ("notes.txt", b"my notes, not records\n", ("--format", "jsonl")),
    ("pages.jsonl", b"a page's text saved under a records file's name\n", ()),
    ("notes.jsonl.gz", gzip.compress(b"plain text, gzipped\n", mtime=0), ()),
    ("rows.parquet", b"not a parquet file\n", ("--format", "parquet")),
    ("rows.parquet", b'{"text": "a JSONL corpus, named as the Parquet output"}\n', ()),
])
@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_records_file_is_not_written_over_a_file_that_holds_no_records(
        tmp_path: Path, name: str, content: bytes, args: tuple[str, ...], source: str) -> None:
    # Before: `-o notes.txt --format jsonl` replaced notes.txt with the records, exit 0, without a word (a page's
    # folder of outputs and --report refuse to write over a file no run wrote).
    if name.endswith(".parquet") and source == "stdin":
        pytest.skip("Parquet is not written from stdin")
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / name).write_bytes(content)
    inputs = ("page.txt",) if source == "file" else ("-",)
    ran = run_cli("clean", *inputs, "-o", name, *args, cwd=tmp_path,
                  stdin=PAGE.read_bytes() if source == "stdin" else None)
    assert ran.returncode == 2, ran.stderr
    assert f"{name} exists and holds no records" in ran.stderr.decode()
    assert (tmp_path / name).read_bytes() == content
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([name, "page.txt"])


@pytest.mark.parametrize("existing", [b"", b'{"id": "old", "text": "an earlier run\'s record"}\n',
                                      b'\n\n  {"text": "a record after blank lines"}\n'])
def test_a_records_file_is_written_over_an_earlier_records_file_or_an_empty_file(tmp_path: Path,
                                                                                 existing: bytes) -> None:
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    (tmp_path / "out.jsonl.gz").write_bytes(gzip.compress(existing))
    ran = run_cli("clean", "page.txt", "-o", "out.jsonl.gz", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    records = [json.loads(line) for line in gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()).splitlines()]
    assert [record["id"] for record in records] == ["page.txt"]


def _blocked(pid: int, syscall: str, first_argument: str | None = None) -> None:
    """Return once process ``pid`` waits in system call number ``syscall`` (x86-64: read 0, openat 257) on
    ``first_argument``, as seen twice a tenth of a second apart: a wait, not a call passing through."""
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 2:
        assert time.monotonic() < deadline, "the run never waited for its input"
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
        waiting = fields[:1] == [syscall] and (first_argument is None or fields[1] == first_argument)
        seen = seen + 1 if waiting else 0
        time.sleep(0.1)


@pytest.mark.skipif(platform.machine() != "x86_64" or not Path("/proc/self/syscall").exists(),
                    reason="reads the system call a process waits in (Linux, x86-64 numbers)")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("given", ["stdin", "fifo"])
def test_a_stop_while_a_stream_waits_for_its_first_bytes_writes_the_report(tmp_path: Path, stop: int,
                                                                         given: str) -> None:
    # Before: stopped as stdin or a pipe given by name waited for its first bytes, the run wrote no --report (every
    # other stop writes one): a script that reads it found none.
    report = tmp_path / "report.json"
    if given == "fifo":
        os.mkfifo(tmp_path / "pipe")
    source = "<stdin>" if given == "stdin" else str(tmp_path / "pipe")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-" if given == "stdin" else source,
                            "--report", str(report)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, preexec_fn=interruptible)
    try:
        _blocked(run.pid, "0", "0x0") if given == "stdin" else _blocked(run.pid, "257")
        run.send_signal(stop)
        _, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 128 + stop, stderr
    name = signal.Signals(stop).name
    said = f"stopped by {name}: nothing was cleaned or written ({source} was waiting for its first bytes)"
    assert stderr.decode().splitlines() == [f"error: {source}: not cleaned: the run was stopped", f"error: {said}"]
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["stopped"] == said
    assert written["files"] == {"total": 1, "cleaned": 0, "up_to_date": 0, "failed": 1}
    assert written["failures"] == [{"source": source, "reason": "not cleaned: the run was stopped"}]


@pytest.mark.skipif(platform.machine() != "x86_64" or not Path("/proc/self/syscall").exists(),
                    reason="reads the system call a process waits in (Linux, x86-64 numbers)")
@pytest.mark.parametrize(("report", "why"), [
    ("out/report.json", "out/report.json is where an output may go"),
    ("notes.txt", "notes.txt exists and is not a JSON report"),
])
def test_a_report_a_stop_before_the_run_cannot_write_safely_is_said_not_written(tmp_path: Path, report: str,
                                                                                why: str) -> None:
    # Which files the run writes is not known before stdin says what it holds: the report goes nowhere an
    # output could, nor over a file no report is.
    (tmp_path / "notes.txt").write_text("my notes\n")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-", "--format", "jsonl", "-o", "out",
                            "--report", report], stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        _blocked(run.pid, "0", "0x0")
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 143, stderr
    lines = stderr.decode().splitlines()
    assert any(line.startswith(f"error: {report}: report not written: {why}") for line in lines), lines
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text() == "my notes\n"


def _distinct_pages(count: int) -> list[str]:
    """``count`` pages of the sample's text, each made distinct (nothing cached), a few tenths of a second each."""
    text = PAGE.read_text(encoding="utf-8")
    return [text.replace("Monday", f"Monday, day {n} of {count * 7919},") for n in range(count)]


@pytest.mark.parametrize("source", ["folder", "jsonl"])
def test_an_output_folder_deleted_during_the_run_is_said_with_the_outputs_lost(tmp_path: Path, source: str) -> None:
    # Before: the outputs written before the folder was deleted were counted as cleaned, the folder was made again
    # for the next ones, and the run said "cleaned 40 file(s) into out", exit 0, with fewer on disk (or none).
    pages = _distinct_pages(40)
    if source == "folder":
        (tmp_path / "src").mkdir()
        for number, page in enumerate(pages):
            (tmp_path / "src" / f"{number:02}.txt").write_text(page, encoding="utf-8")
        given, args = "src", ("--jobs", "2")
    else:
        (tmp_path / "pages.jsonl").write_text("".join(json.dumps({"id": f"{number:02}", "text": page}) + "\n"
                                                      for number, page in enumerate(pages)), encoding="utf-8")
        given, args = "pages.jsonl", ("--format", "text", "--jobs", "2")
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", given, "-o", "out", "--report", "report.json",
                            *args], stderr=subprocess.PIPE, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while not any(out.glob("*.txt")):
            assert time.monotonic() < deadline and run.poll() is None, "no output came"
            time.sleep(0.01)
        shutil.rmtree(out)
        _, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    on_disk = len(list(out.glob("*.txt"))) if out.exists() else 0
    assert run.returncode == 1, stderr
    unit = "file" if source == "folder" else "record"
    cleaned = report[f"{unit}s"]["cleaned"]
    lost = (f"out was deleted or moved during the run: the outputs of the {cleaned} {unit}(s) cleaned before are "
            "not in it")
    assert lost in report["stopped"]
    assert stderr.decode().splitlines()[-1] == f"error: {report['stopped']}"
    assert on_disk < cleaned


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["clean", "--help"], ["rules", "list", "--help"]])
@pytest.mark.parametrize("stdout", ["full", "closed pipe"])
def test_help_and_version_say_a_stdout_that_fails_in_one_line(args: list[str], stdout: str) -> None:
    # Before: `cleaner --help > /dev/full` ended in a traceback (click prints them as it reads the command line,
    # before any command's own guard), and `cleaner --version | head -0` exited 1 without a word.
    if stdout == "full":
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full")
        with open("/dev/full", "wb") as full:
            ran = subprocess.run([sys.executable, "-m", "cleaner", *args], stdout=full, stderr=subprocess.PIPE,
                                 timeout=60)
        said = "error: stdout: not written: No space left on device"
    else:
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            ran = subprocess.run([sys.executable, "-m", "cleaner", *args], stdout=write_end, stderr=subprocess.PIPE,
                                 timeout=60)
        finally:
            os.close(write_end)
        said = "error: stdout: output stopped short: the reader closed the pipe"
    assert (ran.returncode, ran.stderr.decode().splitlines()) == (1, [said])


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_one_page_whose_output_stops_short_is_counted_failed(tmp_path: Path, given: str) -> None:
    # Before: the report of `cleaner clean page.txt --report r.json | head -c 10` counted no file at all (total 0),
    # its page neither cleaned nor failed.
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(_distinct_pages(60)), encoding="utf-8")  # an output larger than a pipe holds
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        with page.open("rb") as stdin:
            ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", "page.txt" if given == "file" else "-",
                                  "--report", "report.json"], stdin=stdin, stdout=write_end, stderr=subprocess.PIPE,
                                 cwd=tmp_path, timeout=120)
    finally:
        os.close(write_end)
    assert ran.returncode == 1, ran.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    stopped = "stdout: output stopped short: the reader closed the pipe"
    assert report["stopped"] == stopped
    assert report["files"] == {"total": 1, "cleaned": 0, "up_to_date": 0, "failed": 1}
    assert report["failures"] == [{"source": "page.txt" if given == "file" else "<stdin>", "reason": stopped}]


def _bound(folder: Path, at: Path) -> contextlib.AbstractContextManager[Path]:
    """``folder`` also at ``at`` (a bind mount: a container's volume) while the block runs; skips where it
    cannot be mounted (not root)."""
    return mounted(at, ["--bind", str(folder)], "a bind mount")


@pytest.mark.parametrize(("output", "why"), [
    ("mounted/cleaned", "output folder mounted/cleaned is inside input folder data"),
    ("mounted/cleaned.jsonl", "output mounted/cleaned.jsonl is inside input folder data"),
])
def test_an_output_inside_an_input_folder_under_another_path_is_refused(tmp_path: Path, output: str,
                                                                       why: str) -> None:
    # Before: the input folder mounted again elsewhere (a container given /data as /in and /data/cleaned as /out)
    # hid that the output went inside it: the run wrote into the input folder (and its walk could clean its own
    # outputs), exit 0.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "page.txt").write_bytes(PAGE.read_bytes())
    with _bound(tmp_path / "data", tmp_path / "mounted"):
        ran = run_cli("clean", "data", "-o", output, cwd=tmp_path)
        assert (ran.returncode, ran.stderr.decode().splitlines()[-1]) == (2, f"Error: {why}")
        ran = run_cli("clean", "data", "-o", "elsewhere", "--report", "mounted/report.json", cwd=tmp_path)
        assert (ran.returncode, ran.stderr.decode().splitlines()[-1]) == (
            2, "Error: Invalid value for --report: mounted/report.json is inside input folder data: it would be "
               "written over a page, or read as one by the next run; write the report elsewhere")
        assert sorted(path.name for path in (tmp_path / "data").iterdir()) == ["page.txt"]


def test_an_input_inside_the_output_folder_under_another_path_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "page.txt").write_bytes(PAGE.read_bytes())
    with _bound(tmp_path / "out", tmp_path / "mounted"):
        ran = run_cli("clean", "mounted/page.txt", "-o", "out", cwd=tmp_path)
        assert (ran.returncode, ran.stderr.decode().splitlines()[-1]) == (
            2, "Error: input mounted/page.txt is inside output folder out")


def test_an_unreadable_run_record_is_said_unreadable(tmp_path: Path) -> None:
    # Before: `out/.cleaner-run` that could not be read was said to be "no run's record", as if its content were
    # wrong.
    (tmp_path / "page.txt").write_bytes(PAGE.read_bytes())
    assert run_cli("clean", "page.txt", "-o", "out", cwd=tmp_path).returncode == 0
    (tmp_path / "out" / ".cleaner-run").chmod(0)
    ran = subprocess.run(without_root([sys.executable, "-m", "cleaner", "clean", "page.txt", "-o", "out", "--resume"]),
                         capture_output=True, cwd=tmp_path, timeout=60)
    assert (ran.returncode, ran.stderr.decode().splitlines()[-1]) == (
        2, "Error: out/.cleaner-run: cannot read the run's record: Permission denied")
