"""cleaner inside other tools' pipelines: a datatrove step and a function
for `datasets.map(..., batched=True)`, run with the real libraries."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from typing import TYPE_CHECKING

import pytest

from test_formats import ARTICLE, BODY, CHROME_LINE, PAGE_HTML, RULE_FILE

if TYPE_CHECKING:
    from datatrove.data import Document

# datasets and datatrove take seconds to import: each test imports what it
# runs, and the tests run on one worker, so the other never imports them.
pytestmark = pytest.mark.xdist_group("pipelines")

@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "gazette.toml").write_text(RULE_FILE, encoding="utf-8")
    return folder


def documents() -> list[Document]:
    from datatrove.data import Document

    return [
        Document(text=f"{CHROME_LINE}\n\n{ARTICLE}", id="a", metadata={"url": "https://gazette.example/flood"}),
        Document(text="  ", id="b", metadata={}),
        Document(text="", id="c", metadata={"html": PAGE_HTML}),
    ]


def test_datatrove_step_cleans_text_with_outlet_rules_from_metadata_url(rules):
    from cleaner.datatrove_step import CleanerStep

    step = CleanerStep(rules=[rules], with_metadata=True)
    out = list(step.run(iter(documents()[:2])))
    assert [d.id for d in out] == ["a"]
    assert out[0].text == ARTICLE and out[0].metadata["language"] == "en" and out[0].metadata["removed_share"] > 0
    assert step.stats["failed"].total == 1 and step.stats["forwarded"].total == 1


def test_datatrove_step_cleans_html_in_metadata_and_keeps_failures_when_asked(rules):
    from cleaner.datatrove_step import CleanerStep

    step = CleanerStep(rules=[rules], html_field="metadata.html", keep_failed=True)
    out = {d.id: d for d in step.run(iter(documents()))}
    assert BODY in out["c"].text and "Home" not in out["c"].text and out["c"].metadata["cleaner_error"] is None
    assert out["a"].metadata["cleaner_error"] == "no text in field 'metadata.html'"
    assert out["a"].text == documents()[0].text  # a failed document passes unchanged


def test_datatrove_step_names_each_document_it_cannot_clean_in_its_log(rules):
    from datatrove.data import Document
    from datatrove.utils.logging import logger

    from cleaner.datatrove_step import CleanerStep

    bad = [Document(text=None, id="none\nINFO forged line", metadata={}), Document(text=42, id="number", metadata={}),
           Document(text="x" * 10_000_001, id="huge", metadata={}),
           Document(text=ARTICLE, id="url", metadata={"url": "http://[::1"})]
    shown_ids = ["none\\x0aINFO forged line", "number", "huge", "url"]  # an id's line break would forge a log line
    for keep_failed, fate in ((False, "dropped"), (True, "passed on")):
        messages: list[str] = []
        sink = logger.add(messages.append, level="WARNING", format="{message}")
        try:
            step = CleanerStep(rules=[rules], keep_failed=keep_failed)
            out = list(step.run(iter([documents()[0], *bad])))
        finally:
            logger.remove(sink)
        assert len(out) == 1 + keep_failed * len(bad) and step.stats["failed"].total == len(bad)
        assert [message.strip() for message in messages] == [
            f"cleaner: document {shown}: {reason} ({fate})" for shown, reason in zip(shown_ids, [
                "no text in field 'text'", "field 'text' holds int, not text",
                "document too large: 10,000,001 characters, over the limit of 10,000,000 (setting max_document_chars)",
                "malformed URL 'http://[::1': Invalid IPv6 URL"])]


def test_datatrove_step_runs_in_a_local_pipeline_between_reader_and_writer(tmp_path, rules):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove_step import CleanerStep

    pages = tmp_path / "pages"
    pages.mkdir()
    with (pages / "part.jsonl").open("w", encoding="utf-8") as stream:
        for document in documents()[:2]:
            stream.write(json.dumps({"id": document.id, "text": document.text, "metadata": document.metadata}) + "\n")
    LocalPipelineExecutor(pipeline=[
        JsonlReader(str(pages)),
        CleanerStep(rules=[rules]),
        JsonlWriter(str(tmp_path / "cleaned"), compression=None),
    ], tasks=1, logging_dir=str(tmp_path / "logs")).run()
    written = [json.loads(line) for path in sorted((tmp_path / "cleaned").iterdir())
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"]) for r in written] == [("a", ARTICLE)]


def test_batched_function_cleans_a_dataset_row_for_row(rules):
    import datasets

    from cleaner.datasets_map import CleanBatch

    dataset = datasets.Dataset.from_dict({
        "id": [1, 2, 3, 4],
        "html": [PAGE_HTML, PAGE_HTML, "", PAGE_HTML],
        "url": ["https://a.example/1", None, None, "https://a.example/4"],
    })
    function = CleanBatch(html_field="html", drop_fields=["html"], with_metadata=True, rules=[rules])
    cleaned = dataset.map(function, batched=True, batch_size=2)
    assert cleaned.column_names == ["id", "url", "text", "cleaner_error", "title", "author", "date", "language",
                                    "removed_share"]
    assert cleaned["id"] == [1, 2, 3, 4]
    assert [BODY in (text or "") for text in cleaned["text"]] == [True, True, False, True]
    assert cleaned["cleaner_error"] == [None, None, "empty input", None]
    assert cleaned["language"] == ["en", "en", None, "en"]
    without_failures = dataset.map(CleanBatch(html_field="html", skip_failed=True), batched=True, batch_size=2)
    assert without_failures["id"] == [1, 2, 4] and "cleaner_error" not in without_failures.column_names
    # Before, a batch whose rows all failed stopped the map: Arrow cannot take rows by an empty (null-typed) list.
    all_failing = dataset.map(CleanBatch(html_field="html", skip_failed=True), batched=True, batch_size=1)
    assert all_failing["id"] == [1, 2, 4]


def test_batched_function_keeps_column_types_and_bad_rows_whatever_the_first_batch_holds():
    import datasets
    import pyarrow as pa

    from cleaner.datasets_map import CleanBatch

    page = f"{CHROME_LINE}\n\n{ARTICLE}"
    table = pa.table({"large": pa.array([None, page, page], pa.large_string()),
                      "raw": pa.array([b"", page.encode(), page.encode()], pa.binary()),
                      "number": pa.array([7, 8, 9], pa.int16())})
    for field, expected in {"large": pa.large_string(), "raw": pa.binary(), "number": pa.int16()}.items():
        function = CleanBatch(text_field=field, with_metadata=True, metadata_field="cleaner")
        cleaned = datasets.Dataset(table).map(function, batched=True, batch_size=1)  # a first batch all failed
        assert cleaned.data.schema.field(field).type == expected and cleaned.num_rows == 3
        assert cleaned.data.schema.field("cleaner").type.field("author").type == pa.string()
        errors = cleaned["cleaner_error"]
        if field == "number":
            assert cleaned[field] == [7, 8, 9] and errors == ["field 'number' holds int, not text"] * 3
        else:
            assert errors[0] in ("no text in field 'large'", "empty input") and errors[1:] == [None, None]
            assert all(BODY in (text if isinstance(text, str) else text.decode()) for text in cleaned[field][1:])


def test_batched_function_pickles_without_its_cleaner_and_hashes_the_same(rules):
    import datasets

    from cleaner.datasets_map import CleanBatch

    function = CleanBatch(rules=[rules])
    function({"text": [ARTICLE]})  # builds its Cleaner
    copy = pickle.loads(pickle.dumps(function))
    batch = {"text": [f"{CHROME_LINE}\n\n{ARTICLE}"], "url": ["https://gazette.example/"]}
    assert copy(batch)["text"] == [ARTICLE]  # a batch of lists, as an IterableDataset hands over, comes back as one
    assert datasets.fingerprint.Hasher.hash(function) == datasets.fingerprint.Hasher.hash(CleanBatch(rules=[rules]))
