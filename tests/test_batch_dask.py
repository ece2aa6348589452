"""The same cleaning on a Dask cluster (a LocalCluster here) as on local workers."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from cleaner import Cleaner
from cleaner.settings import DEFAULT_SETTINGS
from cleaner.executors import DaskExecutor
from helpers import SAMPLES, local_cluster, run_cli
from test_batch import jsonl_records, mixed_folder, tree

# One worker runs these tests, so the cluster starts once and the other
# worker never imports distributed.
pytestmark = pytest.mark.xdist_group("dask")


@pytest.fixture(scope="module")
def distributed():
    return pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    with local_cluster() as cluster:
        yield cluster.scheduler_address


def test_folder_on_dask_equals_local(tmp_path, scheduler):
    src = mixed_folder(tmp_path / "in")
    local = run_cli("clean", str(src), "-o", str(tmp_path / "local"), "--jobs", "1")
    on_dask = run_cli("clean", str(src), "-o", str(tmp_path / "dask"), "--executor", "dask", "--scheduler", scheduler,
                      "--report", str(tmp_path / "report.json"))
    assert on_dask.returncode == local.returncode == 1, on_dask.stderr
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")
    assert json.loads((tmp_path / "report.json").read_text())["files"]["cleaned"] == len(tree(tmp_path / "local"))


def test_jsonl_on_dask_equals_local(tmp_path, scheduler):
    lines = [json.dumps(r) for r in jsonl_records() * 10] + ["{broken"]  # two batches, one per worker
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    local = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "local.jsonl"), "--jobs", "1")
    on_dask = run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "dask.jsonl"),
                      "--executor", "dask", "--scheduler", scheduler)
    assert on_dask.returncode == local.returncode == 1
    assert f"in.jsonl:{len(lines)}: malformed JSON" in on_dask.stderr.decode()
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_clean_bag_cleans_records_on_the_cluster(distributed, scheduler):
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    records = jsonl_records() + [{"id": "no text"}]
    with distributed.Client(scheduler):
        cleaned = clean_bag(dask_bag.from_sequence(records, npartitions=2), skip_failed=True).compute()
    cleaner = Cleaner()
    assert cleaned == [{**r, "text": cleaner.clean(r["text"])} for r in records[:-1]]
    assert cleaned[2]["text"] == (SAMPLES / "expected" / "002_voi.txt").read_text(encoding="utf-8")
    with distributed.Client(scheduler):
        kept = clean_bag(dask_bag.from_sequence(records, npartitions=2), error_field="error").compute()
    # Kept in line: the reason where there is one, None where the record was cleaned.
    assert kept[:-1] == [{**r, "error": None} for r in cleaned]
    assert kept[-1] == {"id": "no text", "error": "no text in field 'text'"}


def test_clean_bag_keeps_every_bad_record_in_line_with_its_reason(distributed, scheduler):
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    good = jsonl_records()[0]
    records = [good, {"id": 1, "text": None}, {"id": 2, "text": 42}, {"id": 3, "text": good["text"].encode()},
               None, '{"id": 5, "text": "a line cut short', {"id": 6, "text": "x" * 10_001}]
    settings = replace(DEFAULT_SETTINGS, max_document_chars=10_000)
    with distributed.Client(scheduler):
        bag = dask_bag.from_sequence(records, npartitions=3)
        kept = clean_bag(bag, settings=settings).compute()
        skipped = clean_bag(bag, skip_failed=True, settings=settings).compute()
    text = Cleaner().clean(good["text"])
    assert [record["text"] for record in kept[:5]] == [text, None, 42, text, None]
    assert kept[5]["text"] == records[5] and kept[6]["text"] == records[6]["text"]
    assert [record["cleaner_error"] for record in kept] == [
        None, "no text in field 'text'", "field 'text' holds int, not text", None, "not a record: NoneType",
        "malformed JSON: Unterminated string starting at (column 19)",
        "document too large: 10,001 characters, over the limit of 10,000 (setting max_document_chars)"]
    assert skipped == [{**good, "text": text}, {"id": 3, "text": text}]


def _dies_on_the_second(options, entry):
    """clean_entry, on a Dask worker that dies on the second record (each time the task is tried)."""
    import os

    from cleaner.corpus import clean_entry

    if entry.number == 2:
        os._exit(3)
    return clean_entry(options, entry)


def test_a_dask_task_whose_workers_died_fails_its_records_by_name_with_their_rows(distributed, scheduler):
    from cleaner.corpus import Entry
    from cleaner.run import RunOptions

    lines = [json.dumps({"id": n, "text": f"Record {n}."}).encode() for n in range(1, 4)]
    entries = [Entry(f"pages.jsonl:{n}", n, line=line) for n, line in enumerate(lines, start=1)]
    def allow_failures(count, dask_scheduler):
        previous, dask_scheduler.allowed_failures = dask_scheduler.allowed_failures, count
        return previous

    with distributed.Client(scheduler) as client:
        allowed = client.run_on_scheduler(allow_failures, 0)  # KilledWorker at the first death, not the fourth
        try:
            executor = DaskExecutor(client)
            executor.BATCH = 1
            outcomes = list(executor.map(_dies_on_the_second, RunOptions(fmt="jsonl"), entries))
        finally:
            client.run_on_scheduler(allow_failures, allowed)
    assert [outcome.record["id"] for outcome in outcomes] == [1, 2, 3]  # rows in line, whichever tasks died
    assert outcomes[1].error.startswith("the Dask task cleaning it failed: KilledWorker: ")
    assert "run_batch-" not in outcomes[1].error  # not the task's own key: one reason for every task so failed
    assert all(outcome.record["cleaner_error"] == outcome.error for outcome in outcomes)


def test_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr(DaskExecutor, "CONNECT_TIMEOUT", 0.2)
    (tmp_path / "in").mkdir()
    result = run_cli("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                     "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode == 2 and "cannot reach Dask scheduler tcp://127.0.0.1:9" in result.stderr.decode()
