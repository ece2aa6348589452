"""Integration probes of session 35: the cleaner between other tools (datasets, datatrove, Dask)."""

import json

import pytest

datasets = pytest.importorskip("datasets")
pytest.importorskip("pyarrow")

from cleaner.datasets_map import CleanBatch  # noqa: E402

STORY = ("The council voted on Tuesday to approve the new budget, which raises spending on schools by four "
         "percent over last year.\n\nCritics said the plan did not go far enough, arguing that the district's "
         "buildings need far more repair than the budget allows.\n")


def test_a_batch_whose_rows_all_fail_keeps_the_metadata_object_typed():
    # A batch of rows all left out (skip_failed) typed the metadata object's column as text, the other
    # batches as an object: datasets could not join them and the whole map stopped.
    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_dict({"id": ["a", "b"], "text": ["", STORY]})
    cleaned = dataset.map(CleanBatch(skip_failed=True, with_metadata=True, metadata_field="cleaner"),
                          batched=True, batch_size=1, load_from_cache_file=False)
    assert cleaned["id"] == ["b"]
    assert cleaned[0]["cleaner"]["language"] == "en"


@pytest.mark.parametrize("data_format", ["numpy", "pandas"])
def test_a_formatted_dataset_is_refused_by_name_with_the_way_out(data_format):
    # A batch of numpy arrays was cleaned as one row (its text an array: datasets then failed on the arrays
    # given back), a DataFrame refused as if map's input_columns were set: neither said what to do.
    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_dict({"id": ["a", "b"], "text": [STORY, None]}).with_format(data_format)
    with pytest.raises(TypeError, match=rf"{data_format}.*with_format\(None\)"):
        dataset.map(CleanBatch(), batched=True, load_from_cache_file=False)
    cleaned = dataset.with_format(None).map(CleanBatch(), batched=True, load_from_cache_file=False)
    assert cleaned["cleaner_error"] == [None, "no text in field 'text'"]


@pytest.mark.parametrize("metadata_field", [None, "cleaner"])
def test_metadata_columns_are_written_when_the_first_row_group_holds_only_failed_records(tmp_path, metadata_field):
    # A file's columns are those of its first row group: a failed record holds no metadata, so a corpus whose
    # first 2,048 records failed lost the metadata of every record after them, each counted failed.
    pq = pytest.importorskip("pyarrow.parquet")
    from cleaner.parquet_io import ROW_GROUP_ROWS
    from helpers import run_cli

    records = [{"id": n, "text": None} for n in range(ROW_GROUP_ROWS)] + [{"id": -1, "text": STORY}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    extra = ("--metadata-field", metadata_field) if metadata_field else ()
    run_cli("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"), "--with-metadata", *extra)
    last = pq.read_table(tmp_path / "out.parquet").to_pylist()[-1]
    assert last["cleaner_error"] is None
    assert (last[metadata_field] if metadata_field else last)["language"] == "en"
