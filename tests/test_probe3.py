"""Hostile but realistic inputs found by a third probe: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, RuleError
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _rule_file(folder: Path, name: str, outlet: str, rule_id: str, line: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f'outlet = "{outlet}"\n[[drop]]\nid = "{rule_id}"\npattern = "^{line}$"\n', encoding="utf-8")
    return path


def test_two_user_rule_files_of_one_id_are_not_one_dropped_in_silence(tmp_path: Path) -> None:
    # Before: the later file replaced the earlier, whose rules were lost, exit 0.
    first = _rule_file(tmp_path / "a", "gazette.toml", "Gazette A", "promo", "Buy our mugs")
    _rule_file(tmp_path / "b", "gazette.toml", "Gazette B", "logo", "Gazette Logo")
    ran = run_cli("clean", "-", "--rules", str(tmp_path / "a"), "--rules", str(tmp_path / "b"), "--outlet", "gazette",
                  stdin=f"Buy our mugs\nGazette Logo\n{STORY}".encode())
    assert ran.returncode == 1
    errors = ran.stderr.decode().splitlines()
    assert any("b/gazette.toml" in line and str(first) in line and "'gazette'" in line for line in errors), errors
    assert b"Buy our mugs" not in ran.stdout  # the first file's rules hold
    with pytest.raises(RuleError, match="already"):
        Cleaner([tmp_path / "a", tmp_path / "b"])


def test_a_rule_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    path = _rule_file(tmp_path / "a", "gazette.toml", "Gazette A", "promo", "Buy our mugs")
    cleaner = Cleaner([tmp_path / "a", path])
    assert [f.id for f in cleaner.rules.files].count("gazette") == 1


def test_a_rule_file_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    # Before: "invalid TOML: Invalid statement (at line 1, column 1)", the file skipped.
    folder = tmp_path / "rules"
    path = _rule_file(folder, "gazette.toml", "Gazette", "promo", "Buy our mugs")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    ran = run_cli("clean", "-", "--rules", str(folder), "--outlet", "gazette", stdin=f"Buy our mugs\n{STORY}".encode())
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode() == STORY


def test_an_outlet_that_is_no_string_is_named_as_such(tmp_path: Path) -> None:
    # Before: "missing 'outlet'" for a file that has one, a number.
    path = tmp_path / "gazette.toml"
    path.write_text("outlet = 5\n", encoding="utf-8")
    ran = run_cli("rules", "check", str(path))
    assert ran.returncode == 1
    assert f"{path}: 'outlet' must be a string (the outlet's name), not int" in ran.stderr.decode()


def test_a_rules_folder_without_rule_files_is_refused(tmp_path: Path) -> None:
    # Before: `--rules FOLDER` with no *.toml in it (rules saved as .txt) added no rule and exited 0.
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "gazette.txt").write_text('outlet = "Gazette"\n', encoding="utf-8")
    ran = run_cli("clean", "-", "--rules", str(folder), stdin=STORY.encode())
    assert ran.returncode == 2
    assert f"folder {folder} holds no *.toml rule file" in ran.stderr.decode()
    with pytest.raises(RuleError, match="no \\*.toml rule files"):
        Cleaner([folder])


def test_learn_writes_only_a_rule_file_that_rules_folders_read(tmp_path: Path) -> None:
    # Before: `learn -o rules/gazette.txt` wrote it and suggested `--rules rules`, which never read it.
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(f"Gazette Logo\n{n} {STORY}", encoding="utf-8")
    ran = run_cli("learn", str(pages), "--outlet", "Gazette", "-o", str(tmp_path / "rules" / "gazette.txt"))
    assert ran.returncode == 2
    assert "a rule file's name ends in .toml" in ran.stderr.decode()
    assert not (tmp_path / "rules").exists()


def test_a_failed_record_keeps_its_null_object_null(tmp_path: Path) -> None:
    # Before: {"doc": null} with --text-field doc.text came out as {"doc": {"text": null}}, in Parquet a struct
    # of nulls where the row held none.
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"id": 1, "doc": {"text": STORY}}) + "\n" + json.dumps({"id": 2, "doc": None}) + "\n",
                     encoding="utf-8")
    ran = run_cli("clean", str(pages), "-o", "-", "--text-field", "doc.text")
    assert ran.returncode == 1
    assert [json.loads(line) for line in ran.stdout.splitlines()][1] == {
        "id": 2, "doc": None, "cleaner_error": "no text in field 'doc.text'"}
    rows = tmp_path / "rows.parquet"
    pq.write_table(pa.table({"id": [1, 2], "doc": pa.array([{"text": STORY, "n": 1}, None])}), rows)
    assert run_cli("clean", str(rows), "-o", str(tmp_path / "out.parquet"), "--text-field", "doc.text").returncode == 1
    assert pq.read_table(tmp_path / "out.parquet").column("doc").to_pylist()[1] is None


def test_datatrove_step_can_keep_the_documents_own_metadata() -> None:
    # Before: with_metadata wrote date (None when the page shows none) over the crawl date WarcReader puts in
    # metadata["date"], and there was no way to put the cleaner's metadata apart.
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    crawled = {"url": "https://gazette.example/a", "date": "2024-05-01T10:00:00Z"}
    step = CleanerStep(with_metadata=True, metadata_field="cleaner")
    [document] = step.run(iter([Document(text=STORY * 3, id="a", metadata=dict(crawled))]))
    assert {key: document.metadata[key] for key in crawled} == crawled
    assert document.metadata["cleaner"]["language"] == "en"


def test_zstd_that_starts_with_a_skippable_frame_is_read(tmp_path: Path) -> None:
    # Before: pzstd's files (a skippable frame before each frame) failed as "binary data (control characters)",
    # in a folder, on stdin and as a corpus.
    import json

    import zstandard

    def pzstd_like(data: bytes) -> bytes:
        skippable = b"\x50\x2a\x4d\x18" + (4).to_bytes(4, "little") + b"\x00\x00\x00\x00"
        return b"".join(skippable + zstandard.ZstdCompressor().compress(part) for part in (data[:40], data[40:]))

    page = f"Headline\n\n{STORY}\n{STORY.replace('harbour', 'river')}".encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt.zst").write_bytes(pzstd_like(page))
    ran = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    assert "river" in (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert b"river" in run_cli("clean", "-", stdin=pzstd_like(page)).stdout
    records = "".join(json.dumps({"id": n, "text": STORY}) + "\n" for n in range(3)).encode()
    (tmp_path / "pages.jsonl.zst").write_bytes(pzstd_like(records))
    ran = run_cli("clean", str(tmp_path / "pages.jsonl.zst"), "-o", "-")
    assert ran.returncode == 0 and len(ran.stdout.splitlines()) == 3, ran.stderr


@pytest.mark.parametrize("command", [["rules", "list"], ["rules", "check"], ["explain"]])
def test_a_reader_that_closes_the_pipe_is_named(command: list[str], tmp_path: Path) -> None:
    # Before: `cleaner rules list | head -1` (and `rules check`) exited 1 without a word (click's quiet EPIPE exit);
    # `rules check` went on checking every file for a reader long gone.
    import subprocess
    import sys

    folder = tmp_path / "rules"
    for n in range(1500):  # a list of ~150 kB: more than a pipe holds, so the writer meets the closed end
        _rule_file(folder, f"o{n}.toml", f"O{n}", "promo", f"Buy our mugs {n}")
    page = tmp_path / "page.txt"
    page.write_text("".join(f"Line {n} of a story about the harbour and its boats, told at length.\n\n"
                            for n in range(3000)), encoding="utf-8")
    args = [*command, str(page)] if command == ["explain"] else [*command, "--rules", str(folder)] \
        if command == ["rules", "list"] else [*command, str(folder)]
    program = subprocess.Popen([sys.executable, "-m", "cleaner", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert program.stdout is not None and program.stderr is not None
    program.stdout.readline()
    program.stdout.close()
    errors = program.stderr.read().decode()
    assert program.wait() == 1
    assert "error: stdout: output stopped short: the reader closed the pipe" in errors.splitlines()


def test_batches_write_metadata_columns_of_one_type_over_an_input_column_of_another() -> None:
    # Before: an int `title` column kept its type in a batch without titles, and datasets failed on the next
    # batch's title ("Failed to parse string: 'The Harbour Story' as a scalar of type int64").
    import datasets
    import pyarrow as pa

    from cleaner.datasets_map import CleanBatch

    paragraphs = "".join(f"<p>{n} {STORY}</p>" for n in range(4))
    page = f"<html><head><title>The Harbour Story</title></head><body><article>{paragraphs}</article></body></html>"
    # An error column typed int, all null: a value of its own would be refused (it would be written over).
    dataset = datasets.Dataset(pa.table({"html": [None, page], "title": [5, 6],
                                         "cleaner_error": pa.array([None, None], pa.int64())}))
    # Now (records14) a row keeps its own title where the cleaner finds none: an int column cannot hold both,
    # and is refused by name before any batch; the metadata goes in an object of its own instead.
    with pytest.raises(ValueError, match="'title' holds int64"):
        dataset.map(CleanBatch(html_field="html", with_metadata=True), batched=True, batch_size=1)
    cleaned = dataset.map(CleanBatch(html_field="html", with_metadata=True, metadata_field="cleaner"), batched=True,
                          batch_size=1)
    assert cleaned["title"] == [5, 6] and [row["title"] for row in cleaned["cleaner"]] == [None, "The Harbour Story"]
    assert cleaned["cleaner_error"] == ["no text in field 'html'", None]


def test_one_rules_folder_given_alone_is_that_folder(tmp_path: Path) -> None:
    # Before: rules="my-rules" was taken one letter at a time: "m: no such rule file or directory".
    from datatrove.data import Document

    from cleaner.datasets_map import CleanBatch
    from cleaner.datatrove_step import CleanerStep

    folder = tmp_path / "my-rules"
    _rule_file(folder, "gazette.toml", "Gazette", "promo", "Buy our mugs")
    page = f"Buy our mugs\n{STORY}"
    for rules in (str(folder), folder):
        assert "gazette" in [f.id for f in Cleaner(rules=rules).rules.files]
        [document] = CleanerStep(rules=rules, outlet="gazette").run(iter([Document(text=page, id="a")]))
        assert document.text == STORY
        assert CleanBatch(rules=rules, outlet="gazette")({"text": [page]})["text"] == [STORY]
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    cleaned = clean_bag(dask_bag.from_sequence([{"text": page}]), rules=str(folder), outlet="gazette")
    assert cleaned.compute(scheduler="sync") == [{"text": STORY, "cleaner_error": None}]


def test_a_warc_response_the_crawler_cut_short_fails_by_name(tmp_path: Path) -> None:
    # Before: a record with WARC-Truncated (Common Crawl's, at its size limit) was cleaned as a whole page, the
    # end of its story missing, exit 0.
    import io
    import json

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraphs = "".join(f"<p>{n} {STORY}</p>" for n in range(6))
    page = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, cut in (("https://a.example/whole", page, None),
                               ("https://a.example/cut", page[:300], "length")):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            if cut:
                record.rec_headers.add_header("WARC-Truncated", cut)
            writer.write_record(record)
    ran = run_cli("clean", str(archive), "-o", "-")
    assert ran.returncode == 1
    records = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [r["cleaner_error"] for r in records] == [None, "HTML cut short by the crawler (WARC-Truncated: length)"]
    assert any(line.endswith(": HTML cut short by the crawler (WARC-Truncated: length)")
               for line in ran.stderr.decode().splitlines())


def test_workers_of_a_killed_run_end_with_it(tmp_path: Path) -> None:
    # Before: after `kill -9` of `cleaner clean --jobs 2` (the OOM killer), its workers waited for work forever,
    # each holding its memory: a forked worker held the command's end of its own pipe, so it never saw it close.
    import os
    import signal
    import subprocess
    import sys
    import time

    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(400):
        (pages / f"p{n}.txt").write_text(f"Story {n}\n\n{STORY}\n{n} {STORY}", encoding="utf-8")
    out = tmp_path / "out"
    command = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(pages), "-o", str(out), "--jobs", "2",
                                "-q"], stderr=subprocess.DEVNULL)

    def state_and_parent(pid: int) -> tuple[str, int]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return "gone", 0
        return fields[0], int(fields[1])

    def workers() -> set[int]:
        pids = (int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit())
        return {pid for pid in pids if state_and_parent(pid)[1] == command.pid}

    def running(pid: int) -> bool:  # a zombie has ended: only its parent's wait is left
        return state_and_parent(pid)[0] not in ("gone", "Z")

    deadline = time.monotonic() + 60
    while not (out.is_dir() and any(out.glob("*.txt")) and len(workers()) == 2) and time.monotonic() < deadline:
        time.sleep(0.05)
    started = workers()
    assert len(started) == 2 and command.poll() is None, "the run ended before it could be killed"
    os.kill(command.pid, signal.SIGKILL)
    command.wait()
    deadline = time.monotonic() + 20
    while any(running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = [pid for pid in started if running(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive


@pytest.mark.parametrize("seconds", ["inf", "1e300"])
def test_a_rule_budget_too_long_to_count_is_no_limit(seconds: str, tmp_path: Path) -> None:
    # Before: every document failed, "pattern ... timed out ... ran past their time budget", exit 1.
    _rule_file(tmp_path / "rules", "gazette.toml", "Gazette", "promo", "Buy our mugs")
    ran = run_cli("clean", "-", "--rule-seconds", seconds, "--rules", str(tmp_path / "rules"), "--outlet", "gazette",
                  stdin=f"Buy our mugs\n{STORY}".encode())
    assert (ran.returncode, ran.stdout.decode()) == (0, STORY), ran.stderr


def test_a_rule_budget_of_nan_is_refused() -> None:
    # Before: accepted (no comparison holds for nan), the budget meaning nothing.
    ran = run_cli("clean", "-", "--rule-seconds", "nan", stdin=STORY.encode())
    assert ran.returncode == 2 and "--rule-seconds': nan is not a number" in ran.stderr.decode()


@pytest.mark.parametrize("arrow", [False, True])
def test_batches_of_a_streaming_dataset_are_cleaned(arrow: bool) -> None:
    # Before: IterableDataset.map(CleanBatch(), batched=True), as streaming corpora are read, stopped with a
    # traceback (TypeError: Index must either be string or integer); with_format("arrow") too.
    import datasets

    from cleaner.datasets_map import CleanBatch

    rows = {"id": [1, 2, 3], "text": [STORY, None, f"Another: {STORY}"]}
    streamed = datasets.Dataset.from_dict(rows).to_iterable_dataset()
    if arrow:
        streamed = streamed.with_format("arrow")
    cleaned = list(streamed.map(CleanBatch(), batched=True, batch_size=2))
    if arrow:
        cleaned = [row for table in cleaned for row in table.to_pylist()]
    assert [(row["id"], row["text"], row["cleaner_error"]) for row in cleaned] == [
        (1, STORY, None), (2, None, "no text in field 'text'"), (3, f"Another: {STORY}", None)]


def test_an_html_report_is_not_written_into_a_folder_it_reports_on(tmp_path: Path) -> None:
    # Before: `cleaner report pages -o pages/report.html` wrote it there, and the next `cleaner clean pages`
    # cleaned the report as a page, exit 0.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "story.txt").write_text(STORY, encoding="utf-8")
    ran = run_cli("report", str(pages), "-o", str(pages / "report.html"))
    assert ran.returncode == 2 and f"is inside input folder {pages}" in ran.stderr.decode()
    assert [p.name for p in pages.iterdir()] == ["story.txt"]


def test_a_json_key_with_a_lone_surrogate_is_a_column_named_by_its_escape(tmp_path: Path) -> None:
    # Before, such a key failed the whole Parquet output ("surrogates not allowed"), exit 1.
    import pyarrow.parquet as pq

    rows = [f'{{"id": {n}, "text": "{STORY.strip()}", "\\ud83d": {n}}}' for n in range(3)]
    (tmp_path / "in.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    ran = run_cli("clean", "in.jsonl", "-o", "out.parquet", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert [(row["id"], row["\\ud83d"]) for row in pq.read_table(tmp_path / "out.parquet").to_pylist()] == \
        [(0, 0), (1, 1), (2, 2)]


def test_a_key_with_a_lone_surrogate_keeps_its_values_in_every_row_group() -> None:
    # The rows of every row group, not only the first's, name the column (and a nested field) by its escape.
    import io

    import pyarrow.parquet as pq

    from cleaner.parquet_io import ParquetWriter

    sink = io.BytesIO()
    writer = ParquetWriter(sink, group_rows=1)
    for n in range(3):
        writer.write({"id": n, "\ud83d": {"\udc00": n}})
    writer.close()
    assert pq.read_table(io.BytesIO(sink.getvalue())).to_pylist() == \
        [{"id": n, "\\ud83d": {"\\udc00": n}} for n in range(3)]
