"""A field an option names that no record of the run holds (`--url-field URLX`, `--drop-field typo`: a typo)
is said, on stderr and in the report, not passed over in silence; the exit status stays 0, every record being
written as it should be."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from helpers import run_cli
from test_cli_formats import corpus, rules_folder


def write_corpus(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("option", "field", "done"), [
    ("--url-field", "URLX", "outlet rules were chosen without a URL"),
    ("--drop-field", "typo", "nothing was dropped"),
    ("--drop-field", "meta.typo", "nothing was dropped"),
])
def test_a_field_no_record_holds_is_said_in_one_line_and_in_the_report(tmp_path: Path, option: str, field: str,
                                                                         done: str) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", [{**record, "meta": {"lang": "en"}} for record in corpus(6)])
    result = run_cli("clean", source, "-o", str(tmp_path / "out.jsonl"), option, field, "--jobs", "2",
                     "--rules", rules_folder(tmp_path), "--report", str(tmp_path / "report.json"))
    warning = f"{option} {field!r}: no record of {source} has this field; {done}"
    assert result.returncode == 0
    assert result.stderr.decode().splitlines().count(f"warning: {warning}") == 1
    assert json.loads((tmp_path / "report.json").read_text())["warnings"] == [warning]


def test_a_field_some_records_hold_or_the_default_url_field_none_hold_is_not_warned_of(tmp_path: Path) -> None:
    records = [{"id": n, "text": record["text"]} for n, record in enumerate(corpus(8))]
    records[5] |= {"meta": {"url": "https://gazette.example/story"}, "html": None}  # one record of eight, null too
    source = write_corpus(tmp_path / "corpus.jsonl", records)
    for options in (["--url-field", "meta.url", "--drop-field", "html"], []):  # the default `url`: none hold it
        result = run_cli("clean", source, "-o", str(tmp_path / "out.jsonl"), *options, "--jobs", "2",
                         "--report", str(tmp_path / "report.json"))
        assert result.returncode == 0 and b"warning" not in result.stderr
        assert json.loads((tmp_path / "report.json").read_text())["warnings"] == []


@pytest.mark.parametrize(("options", "said"), [
    ({"drop_fields": ["meta.typo"]}, "drop_fields 'meta.typo': no row of the dataset has this field; nothing was"),
    ({"url_field": "URLX"}, "url_field 'URLX': no row of the dataset has this field; outlet rules were chosen without"),
    # session 36: the outlet given chose them, whatever the URL (it said "chosen by url 'https://voi.id/x'")
    ({"url_field": "URLX", "url": "https://voi.id/x", "outlet": "voi"}, "rules were chosen by outlet 'voi'"),
])
def test_clean_batch_warns_of_a_field_no_row_of_its_table_holds(options: dict, said: str) -> None:
    pa = pytest.importorskip("pyarrow")
    from cleaner.datasets_map import CleanBatch

    table = pa.table({"text": [record["text"] for record in corpus(2)], "meta": [{"url": None}, {"url": "x"}]})
    with pytest.warns(UserWarning, match=said):
        CleanBatch(**options)(table)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # held by one row, null in the other: no warning; nor the default url
        CleanBatch(url_field="meta.url", drop_fields=["meta"])(table)
        CleanBatch()(table)


# Session 27: the other ways in, which saw records one at a time, said nothing of such a typo.

@pytest.mark.parametrize(("options", "said"), [
    ({"url_field": "URLX"}, "clean_bag url_field 'URLX': no record of the bag has this field; outlet rules were"),
    ({"drop_fields": "meta.typo"}, "clean_bag drop_fields 'meta.typo': no record of the bag has this field; nothing"),
])
def test_clean_bag_warns_once_of_a_field_no_record_of_the_bag_holds(options: dict, said: str) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    records = [{**record, "meta": {"lang": "en"}} for record in corpus(6)]
    bag = clean_bag(dask_bag.from_sequence(records, npartitions=3), **options)
    with warnings.catch_warnings(record=True) as said_then:
        warnings.simplefilter("always")
        cleaned = bag.compute(scheduler="sync")
    assert len(said_then) == 1 and str(said_then[0].message).startswith(said)
    assert [record["cleaner_error"] for record in cleaned] == [None] * 6


def test_clean_bag_is_quiet_of_a_field_one_record_of_one_partition_holds() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    from cleaner.dask_bag import clean_bag

    records = [{"text": record["text"]} for record in corpus(6)]
    records[4] |= {"meta": {"url": None}, "html": "<p>x</p>"}  # the third partition's, null too
    for options in ({"url_field": "meta.url", "drop_fields": ["html"]}, {}):  # the default url: none hold it
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            cleaned = clean_bag(dask_bag.from_sequence(records, npartitions=3), **options).compute(scheduler="sync")
        assert len(cleaned) == 6 and ("html" in cleaned[4]) == (not options)
    # A bag of no partitions (made by hand) has no last partition to wait: before, an IndexError.
    assert clean_bag(dask_bag.Bag({}, "no-partitions", 0), url_field="URLX").compute(scheduler="sync") == []


def test_a_streamed_batch_of_lists_is_warned_of_a_field_none_of_its_rows_holds() -> None:
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    rows = corpus(4)
    streamed = datasets.IterableDataset.from_generator(lambda: iter(rows))
    with pytest.warns(UserWarning, match="CleanBatch drop_fields 'typo': no row of a batch has this field; nothing"):
        cleaned = list(streamed.map(CleanBatch(drop_fields=["typo"]), batched=True, batch_size=2))
    assert [row["cleaner_error"] for row in cleaned] == [None] * 4
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        list(streamed.map(CleanBatch(drop_fields=["url"], url_field="url"), batched=True, batch_size=2))


def test_cleaner_step_says_in_the_tasks_log_a_url_field_no_document_of_the_task_holds() -> None:
    pytest.importorskip("datatrove")
    from datatrove.data import Document
    from datatrove.utils.logging import logger

    from cleaner.datatrove_step import CleanerStep

    def logged(step: CleanerStep, metadata: dict) -> list[str]:
        lines: list[str] = []
        sink = logger.add(lines.append, level="WARNING", format="{message}")
        try:
            documents = [Document(text=page["text"], id=page["id"], metadata=dict(metadata)) for page in corpus(3)]
            assert len(list(step.run(iter(documents)))) == 3
        finally:
            logger.remove(sink)
        return [line.rstrip("\n") for line in lines]

    assert logged(CleanerStep(url_field="metadata.URLX"), {"url": "https://gazette.example/story"}) == [
        "cleaner: url_field 'metadata.URLX': no document of this task has this field; outlet rules were chosen "
        "without a URL"]
    assert logged(CleanerStep(url_field="metadata.link"), {"link": "https://gazette.example/story"}) == []
    assert logged(CleanerStep(), {}) == []  # the default metadata.url: documents without one are ordinary
