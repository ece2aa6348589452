"""``with_metadata`` on records (JSONL, Parquet, datasets): where the cleaner finds no value, the record's
own stays, as in the datatrove step; a value it finds replaces the record's own."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from cleaner.pipeline import Cleaner
from cleaner.records import RecordOptions, clean_record

PAGE = ("Home | News | Sport\n\n"
        "The council approved the new budget on Tuesday after a long debate among members of the committee.\n"
        "The vote was seven to two, with two members abstaining from the final decision on spending.\n"
        "Mayor Jane Doe said the plan would fund road repairs and two new libraries in the coming year.\n\n"
        "Share this article\nCopyright 2024 Example News\n")
HTML = ("<html><head><title>Budget approved</title></head><body>"
        + "".join(f"<p>{line}</p>" for line in PAGE.splitlines() if line) + "</body></html>")


def test_record_keeps_its_own_metadata_where_the_cleaner_finds_none() -> None:
    """The record's `date` (a crawl date) and `author` became None where the page gave none."""
    record = {"text": PAGE, "date": "2024-05-01T10:00:00Z", "author": "crawler"}
    out = clean_record(Cleaner(), record, RecordOptions(with_metadata=True)).record
    assert out is not None
    assert out["date"] == "2024-05-01T10:00:00Z" and out["author"] == "crawler"
    assert out["language"] == "en" and out["title"] is None  # found, and none of its own: None as before


def test_a_value_the_cleaner_finds_replaces_the_records_own() -> None:
    record = {"html": HTML, "title": "old title", "date": "2024-05-01"}
    out = clean_record(Cleaner(), record, RecordOptions(html_field="html", with_metadata=True)).record
    assert out is not None
    assert out["title"] == "Budget approved" and out["date"] == "2024-05-01"


def test_parquet_output_keeps_the_records_own_metadata_and_its_column_type(tmp_path: Path) -> None:
    """A Parquet `title` column of large_string came out as nulls where the page gave no title."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from helpers import run_cli

    table = pa.table({"text": [PAGE, PAGE], "date": pa.array(["2024-05-01", None], pa.large_string())})
    pq.write_table(table, tmp_path / "in.parquet")
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--with-metadata")
    assert ran.returncode == 0, ran.stderr
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.schema.field("date").type == pa.large_string()
    assert out.column("date").to_pylist() == ["2024-05-01", None]


def test_parquet_metadata_over_a_column_of_another_kind_is_refused_by_name(tmp_path: Path) -> None:
    """A `date` column of timestamps cannot hold both a date the cleaner finds (text) and the row's own:
    refused before any row, naming the column and the way out (it was written over with nulls)."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from helpers import run_cli

    when = datetime.datetime(2024, 5, 1, 10, 0)
    pq.write_table(pa.table({"text": [PAGE], "date": pa.array([when], pa.timestamp("s"))}), tmp_path / "in.parquet")
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--with-metadata")
    assert ran.returncode != 0 and not (tmp_path / "out.parquet").exists()
    assert b"'date' holds timestamp" in ran.stderr and b"--metadata-field cleaner" in ran.stderr
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--with-metadata",
                  "--metadata-field", "cleaner")
    assert ran.returncode == 0, ran.stderr
    assert pq.read_table(tmp_path / "out.parquet").column("date").to_pylist() == [when]


def test_datasets_date_column_keeps_its_values_and_type() -> None:
    """A datasets `date` column of crawl dates became None where the page gave no date."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    features = datasets.Features({"text": datasets.Value("string"), "date": datasets.Value("large_string"),
                                  "author": datasets.Value("large_string")})
    dataset = datasets.Dataset.from_list([{"text": PAGE, "date": "2024-05-01T10:00:00Z", "author": "crawler"},
                                          {"text": None, "date": "2024-05-02", "author": None}], features=features)
    out = dataset.map(CleanBatch(with_metadata=True), batched=True)
    assert out.features["date"] == datasets.Value("large_string")
    assert out["date"] == ["2024-05-01T10:00:00Z", "2024-05-02"] and out["author"] == ["crawler", None]
    assert out["language"] == ["en", None]


@pytest.mark.parametrize("column", ["timestamp", "int"])
def test_datasets_metadata_over_a_column_of_another_kind_is_refused_by_name(column: str) -> None:
    """A `date` of timestamps or a `title` of ints cannot hold both the value the cleaner finds and the
    row's own (the first batch would settle one type, a later one fail inside datasets): refused by name."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    name, value = ("date", datetime.datetime(2024, 5, 1)) if column == "timestamp" else ("title", 7)
    dataset = datasets.Dataset.from_list([{"text": PAGE, name: value}])
    with pytest.raises(ValueError, match=f"'{name}' holds .*metadata_field=\"cleaner\""):
        dataset.map(CleanBatch(with_metadata=True), batched=True)
    apart = dataset.map(CleanBatch(with_metadata=True, metadata_field="cleaner"), batched=True)
    assert apart.features[name] == dataset.features[name] and apart[name] == [value]


def test_parquet_metadata_over_a_dropped_column_of_another_kind_is_written(tmp_path: Path) -> None:
    """A `date` column of timestamps the run drops (--drop-field date) holds no value of the row's own:
    the dates the cleaner finds go there as text (it was refused as a clash)."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from helpers import run_cli

    when = datetime.datetime(2024, 5, 1, 10, 0)
    pq.write_table(pa.table({"text": [PAGE], "date": pa.array([when], pa.timestamp("s"))}), tmp_path / "in.parquet")
    ran = run_cli("clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--with-metadata",
                  "--drop-field", "date")
    assert ran.returncode == 0, ran.stderr
    column = pq.read_table(tmp_path / "out.parquet").column("date")
    assert pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
    assert column.to_pylist() != [when]


def test_datasets_metadata_over_a_dropped_column_of_another_kind_is_written() -> None:
    """The same through CleanBatch(drop_fields=...): the dropped column is the cleaner's alone."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_list([{"text": PAGE, "date": datetime.datetime(2024, 5, 1)}])
    out = dataset.map(CleanBatch(with_metadata=True, drop_fields=["date"]), batched=True)
    assert out["language"] == ["en"] and not isinstance(out["date"][0], datetime.datetime)
