"""A failed record comes back as it came, plus its reason in the error field: no text field added
(`"text": None`), no metadata fields of None."""

from __future__ import annotations

import pytest

from cleaner.pipeline import Cleaner
from cleaner.records import RecordOptions, clean_record


def test_failed_record_without_text_comes_back_as_it_came() -> None:
    record = {"id": 7, "meta": {"lang": "en"}}
    for options in (RecordOptions(), RecordOptions(with_metadata=True), RecordOptions(with_metadata=True,
                                                                                       metadata_field="cleaner")):
        out = clean_record(Cleaner(), record, options).record
        assert out == {**record, "cleaner_error": "no text in field 'text'"}, options
    assert clean_record(Cleaner(), record, RecordOptions(skip_failed=True)).record is None


def test_failed_record_keeps_its_own_metadata() -> None:
    record = {"text": 5, "title": "own", "date": "2024-05-01"}
    out = clean_record(Cleaner(), record, RecordOptions(with_metadata=True)).record
    assert out == {**record, "cleaner_error": "field 'text' holds int, not text"}


def test_dask_bag_failed_record_comes_back_as_it_came() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    from cleaner import FieldNeverHeld

    bag = dask_bag.from_sequence([{"id": 1}, '{"id": 2}'], npartitions=1)
    with pytest.warns(FieldNeverHeld, match="text_field 'text': no record of the bag has this field"):
        out = clean_bag(bag, with_metadata=True).compute(scheduler="sync")
    assert out == [{"id": 1, "cleaner_error": "no text in field 'text'"},
                   {"id": 2, "cleaner_error": "no text in field 'text'"}]
