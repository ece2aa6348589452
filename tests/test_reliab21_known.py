"""Session 21 (reliab21): a reason an earlier run left in the error field does not stay in a record now cleaned
with --skip-failed; outputs lost during a run that a stop ends are found at its end as at any other end."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path
from typing import IO

import pytest

from helpers import run_cli
from test_cli_formats import corpus, jsonl_bytes, records_of
from test_reliab20_lost_outputs import A_PAGES, _page, _run_waiting_on_a_pipe, _wait_for

EARLIER_REASON = "empty document"


def _failed_before(records: list[dict]) -> list[dict]:
    """``records`` as an earlier run wrote them: the first failed (its reason kept), the others cleaned."""
    return [{**record, "cleaner_error": EARLIER_REASON if number == 0 else None}
            for number, record in enumerate(records)]


def test_skip_failed_leaves_no_earlier_reason_in_a_record_now_cleaned() -> None:
    # Before: the first record came out cleaned, still saying "empty document" in cleaner_error.
    ran = run_cli("clean", "-", "--format", "jsonl", "--skip-failed", stdin=jsonl_bytes(_failed_before(corpus(2))))
    assert ran.returncode == 0, ran.stderr
    assert [record["cleaner_error"] for record in records_of(ran.stdout)] == [None, None]


def test_the_datatrove_step_leaves_no_earlier_reason_in_a_document_now_cleaned() -> None:
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    record = corpus(1)[0]
    document = Document(text=record["text"], id="d0", metadata={"cleaner_error": EARLIER_REASON})
    cleaned = list(CleanerStep().run(iter([document])))
    assert len(cleaned) == 1 and cleaned[0].metadata.get("cleaner_error") is None


def test_clean_batch_skipping_failures_leaves_no_earlier_reason_in_a_row_now_cleaned() -> None:
    import datasets

    from cleaner.datasets_map import CleanBatch

    records = _failed_before(corpus(2))
    dataset = datasets.Dataset.from_list(records).map(CleanBatch(skip_failed=True), batched=True)
    assert dataset["cleaner_error"] == [None, None]
    streamed = datasets.Dataset.from_list(records).to_iterable_dataset().map(CleanBatch(skip_failed=True),
                                                                             batched=True)
    assert [row["cleaner_error"] for row in streamed] == [None, None]


def test_a_reason_in_an_error_field_of_the_users_stays_with_skip_failed() -> None:
    # Only the cleaner's own field is known to hold an earlier run's reason; a field named otherwise is the record's.
    records = [{**record, "why": "kept by the crawler"} for record in corpus(1)]
    ran = run_cli("clean", "-", "--format", "jsonl", "--skip-failed", "--error-field", "why",
                  stdin=jsonl_bytes(records))
    assert ran.returncode == 0, ran.stderr
    assert records_of(ran.stdout)[0]["why"] == "kept by the crawler"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_outputs_lost_during_a_run_a_stop_ends_are_counted_lost_by_name(tmp_path: Path, jobs: str) -> None:
    # Before: the run stopped by SIGTERM counted a's outputs, deleted with out/sub, as cleaned.
    for number in range(A_PAGES):
        (tmp_path / "a" / "sub").mkdir(parents=True, exist_ok=True)
        (tmp_path / "a" / "sub" / f"{number:02}.txt").write_text(_page(number), encoding="utf-8")
    out = tmp_path / "out"

    def delete_sub_then_stop(pipe: IO[str], run: subprocess.Popen[bytes]) -> None:
        pipe.flush()
        for number in range(A_PAGES):
            _wait_for(out / "sub" / f"{number:02}.txt", run)
        shutil.rmtree(out / "sub")
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=60)

    with pytest.raises(BrokenPipeError):  # the run is gone when the page's end is written
        _run_waiting_on_a_pipe(tmp_path, ["a", "pipe.txt", "-o", "out", "--jobs", jobs], delete_sub_then_stop)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["files"]["cleaned"] == 0, report
    lost = [failure["source"] for failure in report["failures"] if "deleted or moved" in failure["reason"]]
    assert lost == [f"a/sub/{number:02}.txt" for number in range(A_PAGES)], report
    assert report["stopped"].startswith("stopped by SIGTERM"), report


def test_an_output_folder_deleted_during_a_run_a_stop_ends_is_said(tmp_path: Path) -> None:
    # Before: the stopped run said nothing of the outputs that went with out.
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "0.txt").write_text(_page(0), encoding="utf-8")
    out = tmp_path / "out"

    def delete_out_then_stop(pipe: IO[str], run: subprocess.Popen[bytes]) -> None:
        pipe.flush()
        _wait_for(out / "0.txt", run)
        shutil.rmtree(out)
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=60)

    with pytest.raises(BrokenPipeError):
        _run_waiting_on_a_pipe(tmp_path, ["a", "pipe.txt", "-o", "out", "--jobs", "1"], delete_out_then_stop)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert "out was deleted or moved during the run" in report["stopped"], report
    assert "stopped by SIGTERM" in report["stopped"], report
