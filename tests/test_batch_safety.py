"""Nothing lost and nothing garbled in silence (issue 11): stale resumes, a
dead worker, bad records, odd files in a folder, an output folder that
cannot be written. Each test reproduces what a hostile but realistic user did."""

from __future__ import annotations

import codecs
import io
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.atomic import atomic_binary_output
from cleaner.batch import RUN_STAMP, Repeat
from cleaner.corpus import Entry, JsonlWriter, clean_entry
from cleaner.records import RecordOptions
from cleaner.run import MAX_INPUT_BYTES, RunOptions
from helpers import children, cpu_time, run_cli, wait_for_cpu_of_a_child, without_root

BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning, as rain continued to fall.")
TIP_LINE = "Send us your tips at the newsroom, we read every one of them."
RULES = 'outlet = "Tips"\nsignatures = ["Send us your tips"]\n\n[[drop]]\nid = "tips"\npattern = "^Send us"\n'


def page(n: int) -> str:
    return f"{TIP_LINE}\n\n{BODY} Story {n}.\n\n{BODY} Again {n}.\n"


def tips_folder(tmp_path: Path, count: int) -> tuple[Path, Path, Path]:
    """(inputs, rules, output) where the rules remove the tip line of each input."""
    src, rules = tmp_path / "in", tmp_path / "rules"
    src.mkdir()
    rules.mkdir()
    (rules / "tips.toml").write_text(RULES, encoding="utf-8")
    for n in range(count):
        (src / f"{n:03}.txt").write_text(page(n), encoding="utf-8")
    return src, rules, tmp_path / "out"


def outputs(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


# Item 1: --resume must not keep outputs that other settings made.

def test_usage_error_after_the_checks_records_no_new_settings(tmp_path):
    src, rules, out = tips_folder(tmp_path, 3)
    assert run_cli("clean", str(src), "-o", str(out)).returncode == 0
    assert all(TIP_LINE in text for text in outputs(out).values())
    refused = run_cli("clean", str(src), "-o", str(out), "--rules", str(rules), "--scheduler", "tcp://127.0.0.1:1")
    assert refused.returncode == 2
    resumed = run_cli("clean", str(src), "-o", str(out), "--rules", str(rules), "--resume")
    assert resumed.returncode == 2 and "(rules changed)" in resumed.stderr.decode()


def test_resume_after_a_killed_run_with_new_rules_remakes_every_stale_output(tmp_path):
    src, rules, out = tips_folder(tmp_path, 150)
    assert run_cli("clean", str(src), "-o", str(out)).returncode == 0
    first_run_ended = max(p.stat().st_mtime_ns for p in out.glob("*.txt"))
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "1",
                            "--rules", str(rules)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while run.poll() is None and time.monotonic() < deadline:
        if sum(p.stat().st_mtime_ns > first_run_ended for p in out.glob("*.txt")) >= 5:
            break
        time.sleep(0.01)
    run.kill()
    run.wait()
    remade = sum(TIP_LINE not in text for text in outputs(out).values())
    assert 0 < remade < 150, "killed mid-run"
    result = run_cli("clean", str(src), "-o", str(out), "--rules", str(rules), "--resume")
    assert result.returncode == 0, result.stderr
    with_rules = Cleaner([rules])
    assert outputs(out) == {f"{n:03}.txt": with_rules.clean(page(n)) for n in range(150)}
    assert f"{remade} up to date" in result.stderr.decode()


# Item 12: a worker killed by the OOM killer.

@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_a_killed_worker_fails_its_document_by_name_and_the_rest_finish(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for n in range(30):
        (src / f"{n:03}.txt").write_text(page(n), encoding="utf-8")
    # Last in walk order and slow (distinct lines: nothing is cached), so it
    # is the one document being cleaned once the others' outputs exist.
    big = "\n\n".join(f"{BODY} Line {n} of the long report, number {n * 7919}." for n in range(12000))
    (src / "zz_big.txt").write_text(big, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "--jobs", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(out.glob("0*.txt"))) < 30 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    # Killed once a worker has used CPU time on the big page, the only work left: killed as the last small output
    # appeared, its worker could be between writing it and reporting it (preempted there on a loaded machine),
    # so that small page failed as killed and the big one went to a new worker.
    wait_for_cpu_of_a_child(run, 0.3)
    workers = children(run.pid)
    assert len(workers) == 2 and not (out / "zz_big.txt").exists(), "the big page is being cleaned"
    for worker in workers:  # the busy one and the idle one: only the busy one's document is lost
        os.kill(worker, signal.SIGKILL)
    try:
        _, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        run.kill()
        pytest.fail("the run hangs after its worker was killed")
    assert run.returncode == 1
    killed = "the worker process cleaning it was killed by SIGKILL (out of memory?)"
    assert f"{src / 'zz_big.txt'}: {killed}" in err.decode()
    cleaner = Cleaner()
    assert outputs(out) == {f"{n:03}.txt": cleaner.clean(page(n)) for n in range(30)}
    assert "Traceback" not in err.decode()


def _dies_on_the_second(options: RunOptions, entry: Entry):
    """clean_entry, in a worker that dies (as the OOM killer leaves it) on the second record."""
    if entry.number == 2:
        os._exit(3)
    return clean_entry(options, entry)


def test_a_record_whose_worker_died_keeps_its_row_with_the_reason():
    from cleaner.executors import ProcessPoolExecutor

    lines = [json.dumps({"id": n, "text": page(n)}).encode() for n in range(1, 4)] + [b'{"id": 4, "text": ']
    entries = [Entry(f"pages.jsonl:{n}", n, line=line) for n, line in enumerate(lines, start=1)]
    options = RunOptions(fmt="jsonl")
    outcomes = list(ProcessPoolExecutor(2).map(_dies_on_the_second, options, entries))
    assert [outcome.record["id"] for outcome in outcomes[:3]] == [1, 2, 3]  # rows in line with the input
    died = "the worker process cleaning it exited with status 3"
    assert outcomes[1].error == died and outcomes[1].record == {"id": 2, "text": page(2), "cleaner_error": died}
    assert outcomes[3].record["text"] == lines[3].decode()


# Items 10 and 11: one bad record in a JSONL file.

def test_jsonl_lone_surrogate_in_any_field_is_kept_as_its_escape_and_the_rest_written(tmp_path):
    # More records than the workers are handed at once (2 x 8 x 4), so the rest are written as they stream.
    lines = [json.dumps({"id": n, "text": page(n)}) for n in range(100)]
    lines[10] = json.dumps({"id": 10, "text": page(10) + "\nFans react \ud83d"})
    lines[20] = json.dumps({"id": 20, "title": "Cut \ud83d", "text": page(20)})
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    cleaned = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in cleaned] == list(range(100))
    assert cleaned[20]["title"] == "Cut \ud83d" and cleaned[20]["text"] == Cleaner().clean(page(20))
    assert cleaned[10]["text"] == Cleaner().clean(page(10) + "\nFans react \ud83d")
    piped = run_cli("clean", "-", "--format", "jsonl", stdin=(lines[20] + "\n").encode())
    assert piped.returncode == 0 and json.loads(piped.stdout)["title"] == "Cut \ud83d"
    # Parquet holds UTF-8 only: there the escape is written as its text, and one record fails nothing else.
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [row["id"] for row in rows] == list(range(100)) and rows[20]["title"] == "Cut \\ud83d"
    assert rows[10]["text"] == cleaned[10]["text"].replace("\ud83d", "\\ud83d")


def test_a_record_whose_fields_cannot_be_written_where_asked_fails_alone_and_keeps_its_row(tmp_path):
    lines = [json.dumps({"id": 1, "items": [{"text": BODY}]}), json.dumps({"id": 2, "meta": 5, "text": BODY}),
             json.dumps({"id": 3, "meta": {}, "text": BODY})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = {"items": ["--text-field", "items.0.text"], "meta": ["--error-field", "meta.err"],
            "metadata": ["--with-metadata", "--metadata-field", "meta"]}
    for name, options in runs.items():
        out = tmp_path / f"{name}.jsonl"
        result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(out), "--jobs", "1", *options)
        err = result.stderr.decode()
        assert result.returncode == 1 and "worker" not in err and "Traceback" not in err, err
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [row["id"] for row in rows] == [1, 2, 3]  # each record has its row, in line with the input
        if name != "items":
            assert "in.jsonl:2: field 'meta' is not an object, cannot set 'meta." in err
            assert rows[1]["meta"] == 5 and rows[1]["text"] == BODY  # as it was: no place for the reason
            assert rows[2]["text"] == Cleaner().clean(BODY)


def test_a_malformed_jsonl_line_is_kept_as_its_bytes_were_in_the_text_field():
    line = b'{"id": 7, "text": "Caf\xe9 owners met on Monday \r\n'  # Latin-1, and its closing quote lost
    options = RunOptions(fmt="jsonl", record=RecordOptions(text_field="body.text"))
    outcome = clean_entry(options, Entry("pages.jsonl:3", 3, line=line))
    assert outcome.error == "malformed line: not UTF-8"
    stream = io.BytesIO()
    JsonlWriter(stream).write(outcome.record)
    written = json.loads(stream.getvalue())
    assert written["body"]["text"].encode("utf-8", "surrogateescape") == line.rstrip(b"\r\n")


def test_jsonl_malformed_url_fails_its_record_only(tmp_path):
    records = [{"id": n, "url": f"https://news.example/{n}", "text": page(n)} for n in range(5)]
    records[2]["url"] = "http://[2001:db8::1/story"
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--url-field", "url")
    assert result.returncode == 1
    assert f"{tmp_path / 'in.jsonl'}:3: malformed URL 'http://[2001:db8::1/story'" in result.stderr.decode()
    written = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in written] == [0, 1, 2, 3, 4]  # in line, the failed one with its reason
    assert [r["cleaner_error"] is None for r in written] == [True, True, False, True, True]


def test_malformed_url_option_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(page(0), encoding="utf-8")
    result = run_cli("clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--url", "http://[bad")
    assert result.returncode == 2 and "malformed URL 'http://[bad'" in result.stderr.decode()
    assert not (tmp_path / "out").exists()


# Item 9: a failed input does not claim the output name.

def test_an_input_that_fails_leaves_its_output_name_to_the_next(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "story.html").write_bytes(b"")
    (src / "story.md").write_text(page(1), encoding="utf-8")
    (src / "story.txt").write_text(page(2), encoding="utf-8")
    for jobs in ("1", "2"):
        result = run_cli("clean", str(src), "-o", str(out), "--jobs", jobs)
        err = result.stderr.decode()
        assert result.returncode == 1
        assert (out / "story.txt").read_text() == Cleaner().clean(page(1))
        assert f"{src / 'story.html'}: empty input" in err
        assert f"{src / 'story.txt'}: output {out / 'story.txt'} already written from {src / 'story.md'}" in err
        assert "story.md:" not in err


# Item 14: a second run into the same output folder.

def test_a_second_run_keeps_the_temporary_file_a_running_one_is_writing(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    (out / "sub").mkdir(parents=True)
    dead = out / "sub" / ".b.txt.cleaner-abcd1234.tmp"  # what a killed run leaves
    dead.write_text("partial")
    with atomic_binary_output(out / "sub" / "c.txt") as running:  # another run, writing
        running.write(b"being written")
        assert run_cli("clean", str(src), "-o", str(out)).returncode == 0
        assert not dead.exists()
    assert (out / "sub" / "c.txt").read_text() == "being written"


def test_thousands_of_file_arguments_are_walked_in_linear_time(tmp_path):
    # What `cleaner clean pages/*.txt` passes: each argument was compared with, and stat-ed for, every
    # earlier one (2,000 took 90 s before the first page was cleaned).
    from cleaner.batch import find_inputs, repeated_inputs

    paths = []
    for n in range(2000):
        paths.append(tmp_path / f"{n:04}.txt")
        paths[-1].write_text("A page.\n", encoding="utf-8")
    started = cpu_time()
    assert sum(1 for _ in find_inputs([*paths, paths[0]])) == 2000
    assert repeated_inputs([*paths, paths[0]]) == [Repeat(paths[0])]
    assert cpu_time() - started < 10


def test_a_run_deletes_only_its_own_temporary_files_not_a_users_of_the_same_shape(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    (out / "notes").mkdir(parents=True)
    users = [out / ".draft.20261128.tmp", out / "notes" / ".todo.md.backup01.tmp", out / ".pages.jsonl.x1y2z3w4.tmp"]
    for path in users:
        path.write_text("the user's own")
    killed = ("import os, sys\nfrom pathlib import Path\nfrom cleaner.atomic import atomic_binary_output\n"
              "with atomic_binary_output(Path(sys.argv[1])) as one, atomic_binary_output(Path(sys.argv[2])) as two:\n"
              "    one.write(b'partial'); two.write(b'partial'); one.flush(); two.flush(); os._exit(9)\n")
    subprocess.run([sys.executable, "-c", killed, str(out / "notes" / "b.txt"), str(out / "pages.jsonl")], check=False)
    ours = [path for path in out.rglob(".*.tmp") if path not in users]
    assert len(ours) == 2
    assert run_cli("clean", str(src), "-o", str(out)).returncode == 0
    assert run_cli("clean", str(src), "-o", str(out / "pages.jsonl")).returncode == 0
    assert not any(path.exists() for path in ours)
    assert all(path.read_text() == "the user's own" for path in users)


def test_an_output_that_is_a_fifo_or_a_device_is_written_into_not_replaced(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    fifo = tmp_path / "pipe.jsonl"  # as /dev/stdout is to a pipe: replaced by root, it broke for every process
    os.mkfifo(fifo)
    report = tmp_path / "report.fifo"  # a report into a pipe (or /dev/null) is no report overwritten
    os.mkfifo(report)
    readers = [subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE) for path in (fifo, report)]
    assert run_cli("clean", str(src), "-o", str(fifo), "--report", str(report)).returncode == 0
    records, written = (reader.communicate(timeout=30)[0] for reader in readers)
    assert json.loads(records)["text"] == Cleaner().clean(page(0)) and json.loads(written)["files"]["cleaned"] == 1
    assert fifo.is_fifo() and report.is_fifo()


def test_a_records_file_over_an_input_or_inside_an_input_folder_is_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    runs = [([src / "a.txt"], src / "a.txt", f"output {src / 'a.txt'} is the input file"),
            ([src], src / "a.txt", f"output {src / 'a.txt'} is inside input folder {src}"),
            ([src], src / "pages.jsonl", f"output {src / 'pages.jsonl'} is inside input folder {src}")]
    for inputs, output, message in runs:
        result = run_cli("clean", *map(str, inputs), "-o", str(output), "--format", "jsonl")
        assert result.returncode == 2 and message in result.stderr.decode()
    assert [path.name for path in src.iterdir()] == ["a.txt"] and (src / "a.txt").read_text() == page(0)


# Item 13 and names: file names that are not UTF-8, FIFOs, devices, huge files, long names.

def test_odd_files_are_refused_by_name_not_waited_on_or_read_whole(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    with open(src / "huge.txt", "wb") as sparse:
        sparse.truncate(MAX_INPUT_BYTES + 1)
    (src / "good.txt").write_text(page(0), encoding="utf-8")
    result = run_cli("clean", str(src), "-o", str(out))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert f"{src / 'pipe.txt'}: not a regular file (a FIFO)" in err
    assert f"{src / 'zero.txt'}: not a regular file (a character device)" in err
    assert f"{src / 'huge.txt'}: too large ({MAX_INPUT_BYTES + 1} bytes; the limit is {MAX_INPUT_BYTES})" in err
    assert outputs(out) == {"good.txt": Cleaner().clean(page(0))}


def test_file_names_that_are_not_utf8_are_named_in_messages_reports_and_json(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    bytes_src = os.fsencode(src)
    Path(os.fsdecode(bytes_src + b"/caf\xe9.txt")).write_text(page(0), encoding="utf-8")
    Path(os.fsdecode(bytes_src + b"/bad\xff.txt")).write_bytes(b"")
    report_path = tmp_path / "report.json"
    result = run_cli("clean", str(src), "-o", str(out), "--format", "json", "--report", str(report_path))
    assert result.returncode == 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["failures"] == [{"source": f"{src}/bad\\xff.txt", "reason": "empty input"}]
    (written,) = out.glob("*.json")
    assert os.fsencode(written.name) == b"caf\xe9.json"
    document = json.loads(written.read_text(encoding="utf-8"))
    # Spelt as a page's record id is (a lone surrogate, which os.fsencode gave back, strict JSON parsers refuse).
    assert codecs.escape_decode(document["source"].encode())[0] == bytes_src + b"/caf\xe9.txt"
    html = run_cli("report", str(src), "-o", str(tmp_path / "report.html"))
    assert html.returncode == 1 and "bad\\xff.txt: empty input" in (tmp_path / "report.html").read_text()


def test_names_of_255_bytes_are_cleaned(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    names = ["a" * 251 + ".txt", "é" * 125 + "a.txt"]  # 255 bytes each
    for name in names:
        (src / name).write_text(page(0), encoding="utf-8")
    result = run_cli("clean", str(src), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir() if p.name != RUN_STAMP) == sorted(names)


# Item 7 and the unclear list: where the report and the outputs go.

def test_a_report_path_that_is_an_input_or_not_a_report_is_refused(tmp_path):
    (tmp_path / "page1.txt").write_text(page(1), encoding="utf-8")
    (tmp_path / "page2.txt").write_text(page(2), encoding="utf-8")
    forgotten = run_cli("clean", "--report", "page1.txt", "page2.txt", "-o", "out", cwd=tmp_path)
    assert forgotten.returncode == 2 and "page1.txt exists and is not a JSON report" in forgotten.stderr.decode()
    is_input = run_cli("clean", "page1.txt", "page2.txt", "-o", "out", "--report", "page2.txt", cwd=tmp_path)
    assert is_input.returncode == 2 and "page2.txt is an input" in is_input.stderr.decode()
    assert (tmp_path / "page1.txt").read_text() == page(1) and (tmp_path / "page2.txt").read_text() == page(2)
    nowhere = run_cli("clean", "page1.txt", "-o", "out", "--report", "no/such/folder/r.json", cwd=tmp_path)
    assert nowhere.returncode == 2 and "cannot write into" in nowhere.stderr.decode()
    for _ in range(2):  # a report from an earlier run is overwritten
        assert run_cli("clean", "page1.txt", "-o", "out", "--report", "r.json", cwd=tmp_path).returncode == 0
    assert json.loads((tmp_path / "r.json").read_text())["files"]["cleaned"] == 1


def test_a_report_path_that_is_the_output_is_refused(tmp_path):
    (tmp_path / "page1.txt").write_text(page(1), encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"text": page(2)}) + "\n", encoding="utf-8")
    for command in (["page1.txt", "-o", "out.jsonl", "--report", "out.jsonl"],
                    ["pages.jsonl", "-o", "out.jsonl", "--report", "./out.jsonl"],
                    ["page1.txt", "-o", "out", "--report", "out/page1.txt"]):
        result = run_cli("clean", *command, cwd=tmp_path)
        assert result.returncode == 2 and "where an output goes" in result.stderr.decode(), command
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out").exists()
    assert run_cli("clean", "page1.txt", "-o", "out", "--report", "out/report.json", cwd=tmp_path).returncode == 0


def test_a_report_path_that_is_the_output_folders_run_record_is_refused(tmp_path):
    (tmp_path / "page1.txt").write_text(page(1), encoding="utf-8")
    assert run_cli("clean", "page1.txt", "-o", "out", cwd=tmp_path).returncode == 0
    record = (tmp_path / "out" / ".cleaner-run").read_bytes()
    result = run_cli("clean", "page1.txt", "-o", "out", "--report", "out/.cleaner-run", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "out/.cleaner-run" in result.stderr.decode() and "run record of out" in result.stderr.decode()
    assert (tmp_path / "out" / ".cleaner-run").read_bytes() == record  # --resume still knows what made the outputs


def test_a_read_only_output_folder_is_one_line(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    out.chmod(0o555)
    try:
        result = subprocess.run(without_root([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out)]),
                                capture_output=True, timeout=60)
    finally:
        out.chmod(0o755)
    err = result.stderr.decode().strip()
    assert result.returncode == 1 and err.startswith(f"error: {out}: cannot write to the output folder"), err
    assert len(err.splitlines()) == 1


def test_an_output_folder_that_cannot_be_made_is_one_line_and_said_in_the_report(tmp_path):
    # Before, the run exited without writing its report: the last run's report stayed, saying it all went well.
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    report = tmp_path / "report.json"
    assert run_cli("clean", str(src), "-o", str(tmp_path / "out"), "--report", str(report)).returncode == 0
    # A file above the output folder is a usage error now (test_reliab37): one mkdir cannot make as the run
    # starts is one in /proc, whose folders take none.
    out = Path("/proc/cleaner-test-out")
    result = run_cli("clean", str(src), "-o", str(out), "--report", str(report))
    err = result.stderr.decode().strip()
    assert result.returncode == 1 and err == f"error: {out}: cannot write to the output folder: No such file or " \
                                             "directory", err
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["stopped"] == err.removeprefix("error: ") and written["files"]["cleaned"] == 0


def test_a_full_disk_at_start_is_one_line(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    # No byte may be written: what a full disk does (the error is "File too large", not "No space").
    # Python ignores SIGXFSZ, so a write fails instead of ending the process.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
    try:
        result = run_cli("clean", str(src), "-o", str(tmp_path / "out"))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    err = result.stderr.decode().strip()
    assert result.returncode == 1 and err.endswith("cannot write to the output folder: File too large"), err
    assert len(err.splitlines()) == 1


def test_an_output_file_the_disk_cannot_hold_is_named_with_its_reason(tmp_path):
    src, _, out = tips_folder(tmp_path, 2)
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"p{n}", "text": page(n)}) + "\n" for n in range(2)), encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (330, hard))  # the run's stamp fits, no output does
    try:
        pages = run_cli("clean", str(src), "-o", str(out), "--jobs", "1")
        records = run_cli("clean", str(corpus), "--format", "text", "-o", str(tmp_path / "records"), "--jobs", "1")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert pages.returncode == 1 and records.returncode == 1
    assert f"error: {src / '000.txt'}: output {out / '000.txt'} not written: File too large" \
        in pages.stderr.decode().splitlines()
    assert f"error: {corpus}:1: output {tmp_path / 'records' / 'p0.txt'} not written: File too large" \
        in records.stderr.decode().splitlines()


# Item 8 and the rest: every file of a folder is cleaned or named.

def hostile_folder(root: Path) -> tuple[Path, dict[str, str]]:
    """An input folder holding every case of issue 11 at once, and the text
    each good page must clean to (by path relative to the folder)."""
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    good = {
        "plain.txt": page(1).encode(),
        "sub/story.txt": page(2).encode(),  # story.html beside it is empty
        "cut.txt": page(3).encode() + "“Fans".encode()[:-1],  # cut mid-character
        "stray-nul.txt": page(4).encode().replace(b"\n\n", b"\n\x00\n", 1),
        "cp1251.txt": "Российские власти заявили во вторник, что уровень воды в реке поднялся на два метра за "
                      "ночь и вынудил триста семей покинуть свои дома.\n".encode("cp1251"),
        "lone.txt": b"The council voted on Tuesday to approve the new budget for schools, parks and public "
                    b"transport, officials said after a long debate",
        "a" * 246 + ".txt": page(5).encode(),
        os.fsdecode(b"caf\xe9.txt"): page(6).encode(),
        "deep.html": (b"<html><body>" + b"<div>" * 300 + b"<p>" + BODY.encode() + b"</p>"
                      + b"</div>" * 300 + b"</body></html>"),
    }
    for name, data in good.items():
        (src / name).write_bytes(data)
    (src / "sub" / "story.html").write_bytes(b"")
    (src / "empty.txt").write_bytes(b"")
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (src / "records.jsonl").write_text(json.dumps({"text": page(7)}) + "\n", encoding="utf-8")
    os.mkfifo(src / "pipe.txt")
    (src / "zero.txt").symlink_to("/dev/zero")
    (src / "gone.txt").symlink_to(src / "no-such-file")
    (src / "linked").symlink_to(src / "sub", target_is_directory=True)
    (src / ".hidden.txt").write_text(page(8), encoding="utf-8")
    (src / ".git").mkdir()
    expected = {}
    for name, data in good.items():
        kind = "html" if name.endswith(".html") else "text"
        expected[str(Path(name).with_suffix(".txt"))] = Cleaner().explain_document(data, kind=kind).text
    return src, expected


def test_a_folder_of_every_case_cleans_the_good_pages_and_names_the_bad(tmp_path):
    src, expected = hostile_folder(tmp_path)
    out, report_path = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("clean", str(src), "-o", str(out), "--jobs", "2", "--report", str(report_path))
    err = result.stderr.decode(errors="surrogateescape")
    assert result.returncode == 1 and "Traceback" not in err, err
    written = {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*")
               if p.is_file() and p.name != RUN_STAMP}
    assert written == expected
    assert "BODY" not in expected["deep.txt"] and BODY in expected["deep.txt"]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert {Path(failure["source"]).name: failure["reason"].split(" (")[0] for failure in report["failures"]} == {
        "story.html": "empty input",
        "empty.txt": "empty input",
        "image.png": "binary data",
        "records.jsonl": "a jsonl corpus, not a page: clean it on its own",
        "pipe.txt": "not a regular file",
        "zero.txt": "not a regular file",
        "gone.txt": "broken link",
        "linked": "a link to a folder, not followed",
    }
    for failure in report["failures"]:
        assert f"{failure['source']}: {failure['reason']}" in err
    assert report["hidden_left_out"] == [str(src / ".git"), str(src / ".hidden.txt")]
    assert "2 hidden file(s) or folder(s) left out" in err
    # Whatever the folder holds (not only the cases listed above): every entry is cleaned, named or hidden.
    named = {failure["source"] for failure in report["failures"]} | set(report["hidden_left_out"])
    for root, dirs, files in os.walk(src):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d)) or d.startswith(".")]:
            path = Path(root, name)
            output = out / path.relative_to(src).with_suffix(".txt")
            printable = os.fsencode(path).decode("utf-8", "backslashreplace")
            assert output.exists() or printable in named, f"{path} neither cleaned nor named"
        dirs[:] = [d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d))]


def test_an_unreadable_subfolder_is_named(tmp_path):
    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "a.txt").write_text(page(0), encoding="utf-8")
    (src / "b.txt").write_text(page(1), encoding="utf-8")
    (src / "locked").chmod(0)
    try:
        result = subprocess.run(without_root([sys.executable, "-m", "cleaner", "clean", str(src), "-o",
                                              str(tmp_path / "out")]), capture_output=True, timeout=60)
    finally:
        (src / "locked").chmod(0o755)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert f"{src / 'locked'}: folder not read: Permission denied" in err
    assert (tmp_path / "out" / "b.txt").read_text() == Cleaner().clean(page(1))


# The JSONL reader, fuzzed: whatever a line holds, it is cleaned or named, never a crash.

LINE_PARTS = st.one_of(
    st.binary(max_size=40),
    st.sampled_from([b'{"text": "', b'", "url": "', b'"}', b"\\ud83d", b"\\udc00", b"\\u0000", b"\\x",
                     "“Fans”".encode()[:-1], b"\xff", b"\x00", b"\r", b"\x1b[0m", b"{", b"}", b"[", b"\\"]),
    st.text(max_size=40).map(lambda text: json.dumps(text)[1:-1].encode()),
    st.just(BODY.encode()),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(LINE_PARTS, max_size=12), url_field=st.booleans())
def test_fuzz_jsonl_reader_cleans_or_names_every_line(parts, url_field):
    line = b"".join(parts)
    options = RunOptions(fmt="jsonl", record=RecordOptions(url_field="url" if url_field else "no_url_here"))
    outcome = clean_entry(options, Entry("f.jsonl:1", 1, line=line))
    assert outcome.record is not None  # a row for every line, failed or not
    written = io.BytesIO()
    JsonlWriter(written).write(outcome.record)
    assert written.getvalue().endswith(b"\n") and written.getvalue().count(b"\n") == 1
    back = json.loads(written.getvalue())
    if outcome.error is not None:
        assert "\n" not in outcome.error and outcome.error and back["cleaner_error"] == outcome.error
    else:
        assert back.keys() == {*json.loads(line), "cleaner_error"}


@settings(max_examples=100, deadline=None)
@given(field=st.sampled_from(["text", "title"]), prefix=st.text(max_size=20),
       surrogate=st.integers(0xD800, 0xDFFF))
def test_fuzz_jsonl_lone_surrogates_anywhere_come_back_as_they_were(field, prefix, surrogate):
    record = {"text": BODY, field: f"{BODY if field == 'text' else ''} {prefix}{chr(surrogate)}"}
    outcome = clean_entry(RunOptions(fmt="jsonl"), Entry("f.jsonl:1", 1, line=json.dumps(record).encode()))
    assert outcome.error is None and outcome.record is not None
    written = io.BytesIO()
    JsonlWriter(written).write(outcome.record)
    back = json.loads(written.getvalue())
    if field == "title":
        assert back["title"] == record["title"]
    else:
        assert back["text"] == Cleaner().explain_document(record["text"], kind="text").text


# An output that fills the disk part way: one line naming it, nothing half-written left.

def file_size_limited(limit: int) -> None:
    """In a child process: writing past ``limit`` bytes fails, as on a full disk."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


@pytest.mark.parametrize("source", ["folder", "corpus"])
def test_a_records_file_the_disk_cannot_hold_is_one_line_and_not_left_half(tmp_path, source):
    src, _, _ = tips_folder(tmp_path, 40)
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text("".join(json.dumps({"text": page(n)}) + "\n" for n in range(40)), encoding="utf-8")
    out = tmp_path / "cleaned.jsonl"
    result = subprocess.run([sys.executable, "-m", "cleaner", "clean", str(src if source == "folder" else corpus),
                             "-o", str(out), "--jobs", "1"], capture_output=True, timeout=120,
                            preexec_fn=lambda: file_size_limited(4000))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert err.strip().splitlines() == [f"error: {out}: not written: File too large"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", "rules", "pages.jsonl"])


@pytest.mark.parametrize("command", [["clean", "-"], ["clean", "-", "--format", "jsonl"], ["explain", "-"]])
def test_stdout_that_cannot_be_written_is_one_line(command):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "cleaner", *command], input=page(0).encode(), stdout=full,
                                stderr=subprocess.PIPE, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == "error: stdout: not written: No space left on device"


def test_an_endless_stdin_is_refused_as_too_large_not_read_until_memory_runs_out():
    def limited_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, resource.getrlimit(resource.RLIMIT_AS)[1]))

    for command in (["clean", "-"], ["explain", "-"]):
        with open("/dev/zero", "rb") as zeros:
            result = subprocess.run([sys.executable, "-m", "cleaner", *command], stdin=zeros, capture_output=True,
                                    timeout=120, preexec_fn=limited_memory)
        err = result.stderr.decode()
        assert result.returncode == 1 and "Traceback" not in err, err
        assert f"error: <stdin>: too large (over {MAX_INPUT_BYTES} bytes)" in err.splitlines()


# Probe: an input given twice (a repeated argument, a file inside a folder also given).

def test_an_input_given_twice_is_cleaned_once_and_named(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(page(0), encoding="utf-8")
    (src / "sub" / "b.txt").write_text(page(1), encoding="utf-8")
    a, b, sub = src / "a.txt", src / "sub" / "b.txt", src / "sub"
    runs = [([a, a], a, "", ["a.txt"]),
            ([src, b], b, f" (inside {src} too)", ["a.txt", "sub/b.txt"]),
            ([sub, src], sub, f" (inside {src} too)", ["b.txt", "a.txt"])]
    for number, (inputs, repeat, within, ids) in enumerate(runs):
        records, report = tmp_path / f"out{number}.jsonl", tmp_path / f"report{number}.json"
        result = run_cli("clean", *map(str, inputs), "-o", str(records), "--report", str(report), "--jobs", "1")
        assert result.returncode == 0, result.stderr
        assert f"warning: {repeat}: given more than once{within}; cleaned once" in result.stderr.decode()
        assert [json.loads(line)["id"] for line in records.read_text().splitlines()] == ids
        written = json.loads(report.read_text())
        assert written["files"]["total"] == len(ids) and written["repeats_left_out"] == [str(repeat)]
    folder = tmp_path / "folder"
    result = run_cli("clean", str(sub), str(src), "-o", str(folder))
    assert result.returncode == 0 and outputs(folder).keys() == {"a.txt", "b.txt"}
    assert not (folder / "sub").exists()
