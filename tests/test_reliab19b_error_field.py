"""--error-field never writes over a field the records hold in silence (session 19, reliab19b)."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest
import pyarrow.parquet as pq

from helpers import run_cli
from test_cli_formats import corpus, jsonl_bytes, records_of


def test_an_error_field_a_record_holds_stops_the_run_by_name(tmp_path):
    # Before: `--error-field id` wrote null (or the reason) over every record's id, exit 0, without a word.
    (tmp_path / "pages.jsonl").write_bytes(jsonl_bytes(corpus(3)))
    ran = run_cli("clean", "pages.jsonl", "-o", "out.jsonl", "--error-field", "id", cwd=tmp_path)
    said = ran.stderr.decode()
    assert ran.returncode == 1, said
    assert "pages.jsonl:1" in said and "'id'" in said, said
    assert not (tmp_path / "out.jsonl").exists()


def test_an_error_field_held_by_a_later_record_only_stops_the_run_there(tmp_path):
    records = corpus(3)
    records[2]["meta"] = {"why": "kept by the crawler"}
    (tmp_path / "pages.jsonl").write_bytes(jsonl_bytes(records))
    ran = run_cli("clean", "pages.jsonl", "-o", "out.jsonl", "--error-field", "meta.why", cwd=tmp_path)
    assert ran.returncode == 1 and "pages.jsonl:3" in ran.stderr.decode(), ran.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_a_parquet_column_the_error_field_would_replace_stops_the_run(tmp_path):
    pq.write_table(pa.Table.from_pylist(corpus(2)), tmp_path / "pages.parquet")
    ran = run_cli("clean", "pages.parquet", "-o", "out.parquet", "--error-field", "id", cwd=tmp_path)
    assert ran.returncode == 1 and "'id'" in ran.stderr.decode(), ran.stderr
    assert not (tmp_path / "out.parquet").exists()


def test_an_error_field_dropped_null_or_not_written_is_no_clash(tmp_path):
    records = [{**record, "error": None} for record in corpus(2)]  # a cleaned output, cleaned again
    records[1]["id"] = 7
    for options in (["--error-field", "error"], ["--error-field", "id", "--drop-field", "id"],
                    ["--error-field", "id", "--skip-failed"]):
        ran = run_cli("clean", "-", "--format", "jsonl", *options, stdin=jsonl_bytes(records))
        assert ran.returncode == 0, (options, ran.stderr)
        assert len(records_of(ran.stdout)) == 2
    kept = records_of(run_cli("clean", "-", "--format", "jsonl", "--error-field", "id", "--skip-failed",
                              stdin=jsonl_bytes(records)).stdout)
    assert [record["id"] for record in kept] == ["page-0", 7]


def test_an_error_field_over_a_pages_id_is_a_usage_error(tmp_path):
    # Before: a folder of pages into records with `--error-field id` wrote null over each page's name.
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(corpus(1)[0]["text"])
    ran = run_cli("clean", "pages", "-o", "out.jsonl", "--error-field", "id", cwd=tmp_path)
    assert ran.returncode == 2 and "'id'" in ran.stderr.decode(), ran.stderr
    assert not (tmp_path / "out.jsonl").exists()
    ran = run_cli("clean", "pages", "-o", "out.jsonl", "--error-field", "why", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == ["a.txt"]


def test_the_error_fields_help_says_what_it_refuses():
    said = " ".join(run_cli("clean", "--help").stdout.decode().split())
    assert "--drop-field" in said.split("--error-field TEXT", 1)[1].split("--skip-failed", 1)[0]


def test_the_library_refuses_an_error_field_a_record_holds_as_the_command_does():
    # Before: clean_bag and CleanBatch wrote null over every record's own `id` (error_field="id"), without a word.
    import dask.bag

    from cleaner.dask_bag import clean_bag
    from cleaner.datasets_map import CleanBatch

    records = corpus(2)
    with pytest.raises(ValueError, match="the record holds str in 'id'"):
        clean_bag(dask.bag.from_sequence(records), error_field="id").compute(scheduler="sync")
    with pytest.raises(ValueError, match="the record holds str in 'id'"):
        CleanBatch(error_field="id")(pa.Table.from_pylist(records))
    with pytest.raises(ValueError, match="the record holds str in 'id'"):
        CleanBatch(error_field="id")({key: [record[key] for record in records] for key in records[0]})
    kept = clean_bag(dask.bag.from_sequence(records), error_field="id", drop_fields="id").compute(scheduler="sync")
    assert [record["id"] for record in kept] == [None, None]  # dropped: the caller let it go


def test_records_a_run_failed_are_cleaned_again_over_their_reasons(tmp_path):
    # Before: cleaning the output of a run again stopped at the first record that run had failed: its reason in
    # cleaner_error was taken for a value of the record's own.
    records = corpus(2)
    records[1]["text"] = ""
    (tmp_path / "pages.jsonl").write_bytes(jsonl_bytes(records))
    first = run_cli("clean", "pages.jsonl", "-o", "once.jsonl", cwd=tmp_path)
    once = records_of((tmp_path / "once.jsonl").read_bytes())
    assert first.returncode == 1 and once[1]["cleaner_error"], first.stderr
    again = run_cli("clean", "once.jsonl", "-o", "twice.jsonl", cwd=tmp_path)
    assert again.returncode == 1 and b"the run stops" not in again.stderr, again.stderr
    assert records_of((tmp_path / "twice.jsonl").read_bytes()) == once
