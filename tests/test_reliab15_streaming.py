"""A streaming dataset (`IterableDataset`) cleaned with metadata over a typed column of another kind is refused
by name, as a `Dataset` is (test_records14_metadata): before, the column came back mixed, the cleaner's text
dates among the rows' own timestamps (ints among titles), for whatever reads it next to fail on or to misread."""

from __future__ import annotations

import datetime

import pytest

from test_records14_metadata import HTML

datasets = pytest.importorskip("datasets")

from cleaner.datasets_map import CleanBatch  # noqa: E402 (needs the datasets extra)

# A page whose date the cleaner finds, and one it finds none in: the rows' own stays there.
DATED = HTML.replace("<head>", "<head><meta name='date' content='2024-06-01'>")


def streamed(name: str, value: object) -> datasets.IterableDataset:
    datasets.disable_progress_bars()
    rows = [{"html": DATED, name: value}, {"html": "<p>A short note.</p>", name: value}]
    return datasets.Dataset.from_list(rows).to_iterable_dataset()


@pytest.mark.parametrize("batched", [True, False], ids=["batched", "row-by-row"])
@pytest.mark.parametrize(("name", "value"), [("date", datetime.datetime(2024, 5, 1)), ("title", 7)],
                         ids=["timestamp", "int"])
def test_streamed_metadata_over_a_column_of_another_kind_is_refused_by_name(name, value, batched):
    cleaned = streamed(name, value).map(CleanBatch(html_field="html", with_metadata=True), batched=batched)
    with pytest.raises(ValueError, match=f"'{name}' holds .*metadata_field=\"cleaner\""):
        list(cleaned)  # before: [2024-06-01 as text, the second row's own timestamp]: one column, two kinds
    apart = streamed(name, value).map(CleanBatch(html_field="html", with_metadata=True, metadata_field="cleaner"),
                                      batched=batched)
    assert [row[name] for row in apart] == [value, value]


def test_streamed_metadata_over_a_dropped_column_of_another_kind_is_written():
    cleaned = streamed("date", datetime.datetime(2024, 5, 1)).map(
        CleanBatch(html_field="html", with_metadata=True, drop_fields=["date"]), batched=True)
    assert [row["date"] for row in cleaned] == ["2024-06-01", None]


def test_streamed_metadata_over_a_column_of_its_kind_keeps_the_rows_own_where_the_cleaner_finds_none():
    cleaned = streamed("date", "2024-05-01").map(CleanBatch(html_field="html", with_metadata=True), batched=True)
    assert [row["date"] for row in cleaned] == ["2024-06-01", "2024-05-01"]
