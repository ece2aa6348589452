"""Integration probes of session 35: the cleaner between other tools (datasets, datatrove, Dask)."""

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
