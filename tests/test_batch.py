"""Batch cleaning at scale: parallel == serial, kill and resume, JSONL, the run report."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.batch import RUN_STAMP
from helpers import SAMPLES, interruptible, run_cli

SAMPLE_FILES = sorted((SAMPLES / "input").iterdir())
BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning, as rain continued to fall.")
PAGE_HTML = ("<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav><article>"
             + "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(3)) + "</article></body></html>")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too: a killed run's temporaries) but the run stamp."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != RUN_STAMP}


def replicate_samples(folder: Path, copies: int) -> None:
    """``copies`` copies of each sample, spread over subfolders."""
    for copy in range(copies):
        sub = folder / f"part{copy % 5}"
        sub.mkdir(parents=True, exist_ok=True)
        for sample in SAMPLE_FILES:
            (sub / f"{copy:03}_{sample.name}").write_bytes(sample.read_bytes())


def mixed_folder(folder: Path) -> Path:
    replicate_samples(folder, 3)
    (folder / "part1" / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    (folder / "part2" / "empty.txt").write_bytes(b"")
    (folder / "part2" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    return folder


def without_timing(report: dict) -> dict:
    return {key: value for key, value in report.items() if key != "seconds"}


def test_parallel_output_report_and_messages_equal_serial(tmp_path):
    src = mixed_folder(tmp_path / "in")
    runs = {}
    for jobs in ("1", "2"):
        out, report = tmp_path / f"out{jobs}", tmp_path / f"report{jobs}.json"
        result = run_cli("clean", str(src), "-o", str(out), "--jobs", jobs, "--report", str(report))
        assert result.returncode == 1, result.stderr  # the empty and the binary file
        messages = result.stderr.decode().replace(str(out), "OUT")
        runs[jobs] = (tree(out), messages, without_timing(json.loads(report.read_text())))
    assert runs["1"] == runs["2"]
    outputs = runs["2"][0]
    assert len(outputs) == 3 * len(SAMPLE_FILES) + 1
    assert outputs["part0/000_002_voi.txt"] == (SAMPLES / "expected" / "002_voi.txt").read_bytes()
    assert "\r" not in runs["2"][1] and "cleaning" not in runs["2"][1], "no progress bar in a pipe"


def stopped_after_outputs(run: subprocess.Popen[bytes], out: Path, stop: Callable[[], None], timeout: float) -> bytes:
    """The stderr of ``run``, stopped by ``stop`` once it has written 10 outputs into ``out`` (or ended, or
    a minute passed); fails the test when its workers outlive it by ``timeout`` seconds."""
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.txt"))) < 10 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    stop()
    try:  # workers left running would hold the pipes open
        _, err = run.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the run's workers outlived it")
    return err


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_run_stops_its_workers_and_says_so(tmp_path, stop):
    src = tmp_path / "in"
    replicate_samples(src, 40)
    out = tmp_path / "out"
    # SIGINT as a shell's Ctrl-C sends it to the command alone (a process started in the background ignores it).
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                           preexec_fn=interruptible)
    err = stopped_after_outputs(run, out, lambda: run.send_signal(stop), timeout=30)
    assert run.returncode == 128 + stop, err
    assert err.decode().splitlines()[-1].startswith(f"error: stopped by {stop.name}: ")
    expected = {name: (SAMPLES / "expected" / name).read_bytes() for name in os.listdir(SAMPLES / "expected")}
    written = tree(out)  # the temporaries of the workers stopped mid-write are deleted (test_probe9)
    assert all(content == expected[name.split("_", 1)[1]] for name, content in written.items()
               if not Path(name).name.startswith(".")), "no truncated output"


def test_killed_run_resumes_to_exactly_the_uninterrupted_outputs(tmp_path):
    src = tmp_path / "in"
    replicate_samples(src, 20)
    total = 20 * len(SAMPLE_FILES)
    out = tmp_path / "out"
    expected = {name: (SAMPLES / "expected" / name).read_bytes() for name in os.listdir(SAMPLES / "expected")}
    # Own session, so the SIGKILL reaches the pool workers as well as the parent.
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.txt"))) < 20 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    written = tree(out)
    assert 0 < len(written) < total, "killed mid-run"
    assert all(content == expected[name.split("_", 1)[1]] for name, content in written.items()
               if not Path(name).name.startswith(".")), "no truncated output"
    (out / "part0" / ".000_002_voi.txt.cleaner-abcd1234.tmp").write_text("partial")  # as a kill mid-write leaves

    report = tmp_path / "report.json"
    result = run_cli("clean", str(src), "-o", str(out), "--resume", "--jobs", "2", "--report", str(report))
    assert result.returncode == 0, result.stderr
    outputs = tree(out)
    assert sorted(outputs) == sorted(str(p.relative_to(src)) for p in src.rglob("*.txt")), "no stale .tmp left"
    assert all(content == expected[name.split("_", 1)[1]] for name, content in outputs.items())
    files = json.loads(report.read_text())["files"]
    assert files["up_to_date"] >= len([n for n in written if not Path(n).name.startswith(".")])
    assert files["cleaned"] + files["up_to_date"] == total


def cleaned_once(tmp_path: Path, first_line: str) -> tuple[Path, Path]:
    """A folder of one page, ``first_line`` above BODY, cleaned once: (input folder, output folder)."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(f"{first_line}\n\n{BODY}\n", encoding="utf-8")
    assert run_cli("clean", str(src), "-o", str(out)).returncode == 0
    return src, out


def test_resume_recleans_inputs_changed_since_their_output(tmp_path):
    src, out = cleaned_once(tmp_path, "Skip to content")
    (out / "a.txt").write_text("stale")
    os.utime(out / "a.txt", ns=((src / "a.txt").stat().st_mtime_ns - 10**9,) * 2)  # input edited since
    result = run_cli("clean", str(src), "-o", str(out), "--resume")
    assert result.returncode == 0 and (out / "a.txt").read_text() == BODY + "\n"
    result = run_cli("clean", str(src), "-o", str(out), "--resume")
    assert "cleaned 0 file(s)" in result.stderr.decode() and "1 up to date" in result.stderr.decode()


def test_resume_refuses_outputs_made_with_other_rules_or_format(tmp_path):
    src, out = cleaned_once(tmp_path, "Send us your tips")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "tips.toml").write_text(
        'outlet = "Tips"\nsignatures = ["Send us your tips"]\n\n[[drop]]\nid = "tips"\npattern = "^Send us"\n',
        encoding="utf-8")
    other_rules = run_cli("clean", str(src), "-o", str(out), "--resume", "--rules", str(tmp_path / "rules"))
    assert other_rules.returncode == 2 and "(rules changed); run without --resume" in other_rules.stderr.decode()
    other_format = run_cli("clean", str(src), "-o", str(out), "--resume", "--format", "json")
    assert other_format.returncode == 2 and "(format changed)" in other_format.stderr.decode()
    assert (out / "a.txt").read_text() == "Send us your tips\n\n" + BODY + "\n"  # refused runs wrote nothing
    assert run_cli("clean", str(src), "-o", str(out), "--rules", str(tmp_path / "rules")).returncode == 0
    assert (out / "a.txt").read_text() == BODY + "\n"
    again = run_cli("clean", str(src), "-o", str(out), "--resume", "--rules", str(tmp_path / "rules"))
    assert again.returncode == 0 and "1 up to date" in again.stderr.decode()


def test_two_inputs_with_one_output_name_first_wins(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    (first / "story.txt").write_text(BODY + " First.\n", encoding="utf-8")
    (first / "story.html").write_text(PAGE_HTML, encoding="utf-8")
    (second / "story.md").write_text(BODY + " Second.\n", encoding="utf-8")
    result = run_cli("clean", str(first), str(second), "-o", str(tmp_path / "out"), "--jobs", "2")
    err = result.stderr.decode()
    assert result.returncode == 1
    # Walk order is sorted: first/story.html comes before first/story.txt and second/.
    assert (tmp_path / "out" / "story.txt").read_text() == Cleaner().clean_html(PAGE_HTML)
    for loser in (first / "story.txt", second / "story.md"):
        assert f"{loser}: output {tmp_path / 'out' / 'story.txt'} already written from {first / 'story.html'}" in err


def test_report_counts_bytes_failures_and_removals_per_rule(tmp_path):
    src = mixed_folder(tmp_path / "in")
    report_path = tmp_path / "report.json"
    result = run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--format", "json", "--report", str(report_path))
    assert result.returncode == 1
    report = json.loads(report_path.read_text())
    outputs = sorted((tmp_path / "out").rglob("*.json"))
    assert report["files"] == {"total": len(outputs) + 2, "cleaned": len(outputs), "up_to_date": 0, "failed": 2}
    assert report["bytes_out"] == sum(p.stat().st_size for p in outputs)
    assert report["bytes_in"] == sum(p.stat().st_size for p in src.rglob("*") if p.suffix in (".txt", ".html"))
    per_rule: dict[str, int] = {}
    for output in outputs:
        for rule, count in json.loads(output.read_text())["removed"].items():
            per_rule[rule] = per_rule.get(rule, 0) + count
    assert report["removed_blocks"] == per_rule and per_rule["commondreams/logo"] == 3
    assert {(Path(f["source"]).name, f["reason"].split(" (")[0]) for f in report["failures"]} == {
        ("empty.txt", "empty input"), ("image.png", "binary data")}


def jsonl_records() -> list[dict]:
    return [{"id": n, "text": sample.read_text(encoding="utf-8"), "meta": {"source": sample.name}}
            for n, sample in enumerate(SAMPLE_FILES)]


def test_jsonl_round_trip_keeps_fields_and_order_and_reports_bad_lines(tmp_path):
    records = jsonl_records()
    lines = [json.dumps(r) for r in records]
    lines[2:2] = ['{"id": "broken", "text": ', "", '["not", "an object"]']
    lines.append('{"id": "no text"}')
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report_path = tmp_path / "report.json"
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2",
                     "--report", str(report_path))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert f"{tmp_path / 'in.jsonl'}:3: malformed JSON" in err
    assert f"{tmp_path / 'in.jsonl'}:5: malformed line: not a JSON object" in err
    assert f"{tmp_path / 'in.jsonl'}:8: no text in field 'text'" in err
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    # Every line has its row, a bad one with the reason (issue 14): the output lines up with the input.
    assert [r.get("id") for r in rows] == [0, 1, None, None, 2, 3, "no text"]
    assert [r["cleaner_error"] for r in rows if r["cleaner_error"]] == [
        f"malformed JSON: Expecting value (column {len(lines[2]) + 1})", "malformed line: not a JSON object",
        "no text in field 'text'"]
    assert [r["text"] for r in rows[2:4]] == [lines[2], lines[4]]  # a malformed line kept, to be found and mended
    cleaned = [r for r in rows if r["cleaner_error"] is None]
    assert all(list(c) == [*r, "cleaner_error"] and c["meta"] == r["meta"] for c, r in zip(cleaned, records))
    file_mode = run_cli("clean", str(SAMPLES / "input"), "-o", str(tmp_path / "files"))
    assert file_mode.returncode == 0
    for record in cleaned:
        assert record["text"] == (tmp_path / "files" / record["meta"]["source"]).read_text(encoding="utf-8")
    report = json.loads(report_path.read_text())
    assert report["records"] == {"total": 7, "cleaned": 4, "up_to_date": 0, "failed": 3}
    skipping = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "skip.jsonl"), "--skip-failed")
    assert skipping.returncode == 1
    kept = [json.loads(line) for line in (tmp_path / "skip.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kept == [{k: v for k, v in c.items() if k != "cleaner_error"} for c in cleaned]

    strict = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "strict.jsonl"), "--strict")
    assert strict.returncode == 1 and ":3: malformed JSON" in strict.stderr.decode()
    assert not (tmp_path / "strict.jsonl").exists() and not list(tmp_path.glob(".strict.jsonl.*"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_nested_too_deep_fails_alone_the_same_with_any_jobs(tmp_path, jobs):
    # Before: 100,000 levels ended the run in a RecursionError traceback, no output; 900 levels cleaned
    # with --jobs 1 but killed the worker sending it back with --jobs 2.
    record = {"id": 0, "text": jsonl_records()[0]["text"]}
    lines = [json.dumps(record)] + [f'{{"id": {n}, "m": {"[" * depth}{"]" * depth}, "text": "x"}}'
                                    for n, depth in ((1, 900), (2, 100_000))] + [json.dumps(record)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("clean", "in.jsonl", "-o", "out.jsonl", "--jobs", jobs, cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["cleaner_error"] for r in rows] == [None, *["malformed line: JSON nested deeper than 200 levels"] * 2,
                                                  None]
    assert [r["text"] for r in rows[1:3]] == lines[1:3]


def test_jsonl_stdin_to_stdout_and_html_field():
    record = {"url": "https://example.org/flood", "html": PAGE_HTML, "crawl": 7}
    result = run_cli("clean", "-", "--format", "jsonl", "--html-field", "html",
                     stdin=(json.dumps(record) + "\n").encode())
    assert result.returncode == 0, result.stderr
    (cleaned,) = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert cleaned["html"] == PAGE_HTML and cleaned["crawl"] == 7
    assert cleaned["text"] == Cleaner().clean_html(PAGE_HTML) and "Home" not in cleaned["text"]


def test_jsonl_url_field_picks_each_records_outlet(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "ledger.toml").write_text(
        'outlet = "Ledger"\ndomains = ["ledger.example"]\n\n'
        '[[drop]]\nid = "tip-line"\npattern = "^Send us your tips"\n',
        encoding="utf-8")
    text = f"{BODY}\n\nSend us your tips at the newsroom, we read every one of them carefully each day.\n\n{BODY}\n"
    records = [{"id": 1, "url": "https://ledger.example/news/flood", "text": text},
               {"id": 2, "url": "https://other.example/flood", "text": text},
               {"id": 3, "text": text}]
    stdin = "".join(json.dumps(r) + "\n" for r in records).encode()
    result = run_cli("clean", "-", "--format", "jsonl", "--rules", str(tmp_path / "rules"), "--url-field", "url",
                     "--url", "https://ledger.example/", stdin=stdin)
    assert result.returncode == 0, result.stderr
    ledger, other, fallback = [json.loads(line)["text"] for line in result.stdout.decode().splitlines()]
    assert "Send us your tips" not in ledger and "Send us your tips" in other
    assert fallback == ledger  # no URL field: --url applies
    assert BODY in ledger and BODY in other


@pytest.mark.parametrize("args, message", [
    (["in.jsonl", "--format", "json", "-o", "out.jsonl"], "names a jsonl file, but --format json writes a folder"),
    (["in.jsonl"], "writes one file: give it with -o (or -o - for stdout)"),
    (["in.jsonl", "-o", "in.jsonl"], "is the input file"),
    (["in", "-o", "out", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --executor dask"),
    (["in", "-o", "in/out"], "is inside input folder"),
    (["in.jsonl", "-o", "out.jsonl", "--resume"], "--resume applies to pages cleaned into a folder"),
    (["in", "-o", "out", "--strict"], "apply to records read"),
    (["-", "--report", "-"], "- is stdout, where the cleaned page goes"),
])
def test_usage_errors_name_the_problem(tmp_path, args, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "in.jsonl").write_text("{}\n")
    result = run_cli("clean", *args, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr.decode()


def test_progress_bar_on_a_terminal_shows_count_and_rate(tmp_path):
    pty = pytest.importorskip("pty")
    src = tmp_path / "in"
    replicate_samples(src, 2)
    pid, terminal = pty.fork()
    if pid == 0:  # the child: cleaner with its stderr on the terminal
        os.execv(sys.executable, [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(tmp_path / "out")])
    shown = b""
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the child has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.waitpid(pid, 0)
    text = shown.decode()
    assert "cleaning" in text and "8/8" in text and "files/s" in text  # the ETA shows once it is known


def test_outputs_get_the_usual_file_mode_not_a_private_one(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("The council voted on Tuesday to raise taxes by two per cent, the first rise in "
                                  "a decade.\n")
    result = run_cli("clean", str(source), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "out" / "a.txt").stat().st_mode) == 0o666 & ~mask
