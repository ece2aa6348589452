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
