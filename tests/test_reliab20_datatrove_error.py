"""The datatrove step writes its error field over no value of a Document's own, as `cleaner clean --error-field`,
`clean_bag` and `CleanBatch` do not (session 20, reliab20): a reason an earlier step left there is written over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli
from test_cli_formats import corpus, jsonl_bytes, records_of
from test_formats import ARTICLE, CHROME_LINE

pytestmark = pytest.mark.xdist_group("pipelines")  # datatrove takes seconds to import: on one worker (test_pipelines)


@pytest.mark.parametrize("own", [7, {"kept": "by the crawler"}, ["a"]], ids=["int", "object", "list"])
def test_a_documents_own_value_in_the_error_field_stops_the_step_by_name(own):
    # Before: keep_failed wrote null (or the reason) over metadata["cleaner_error"], a value of the Document's own,
    # without a word.
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    documents = [Document(text=f"{CHROME_LINE}\n\n{ARTICLE}", id="first", metadata={}),
                 Document(text=ARTICLE, id="second", metadata={"cleaner_error": own})]
    step = CleanerStep(keep_failed=True)
    out = step.run(iter(documents))
    assert next(out).metadata["cleaner_error"] is None  # the first, before the one that holds a value
    with pytest.raises(ValueError, match=r"document second holds \w+ in metadata\['cleaner_error'\]"):
        next(out)
    assert documents[1].metadata == {"cleaner_error": own}  # left as it came
    # Without keep_failed no error field is written: nothing is written over.
    assert [document.id for document in CleanerStep().run(iter(documents))] == ["first", "second"]


def test_a_reason_an_earlier_step_left_is_written_over_in_a_local_pipeline(tmp_path: Path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove_step import CleanerStep

    pages = tmp_path / "pages"
    pages.mkdir()
    records = [{"id": "a", "text": ARTICLE, "metadata": {"cleaner_error": "no text in field 'text'"}},
               {"id": "b", "text": "  ", "metadata": {"cleaner_error": "an earlier reason"}},
               {"id": "c", "text": ARTICLE, "metadata": {"cleaner_error": 3}}]
    (pages / "part.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records[:2]), encoding="utf-8")
    LocalPipelineExecutor(pipeline=[JsonlReader(str(pages)), CleanerStep(keep_failed=True),
                                    JsonlWriter(str(tmp_path / "cleaned"), compression=None)],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    written = [json.loads(line) for path in sorted((tmp_path / "cleaned").iterdir())
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["metadata"]["cleaner_error"]) for r in written] == [("a", None), ("b", "empty input")]
    # A value of the Document's own stops the task there, by name, as the command line's run stops.
    (pages / "part.jsonl").write_text(json.dumps(records[2]) + "\n", encoding="utf-8")
    with pytest.raises(Exception, match="document c holds int"):
        LocalPipelineExecutor(pipeline=[JsonlReader(str(pages)), CleanerStep(keep_failed=True),
                                        JsonlWriter(str(tmp_path / "again"), compression=None)],
                              tasks=1, logging_dir=str(tmp_path / "logs2")).run()


def test_a_corpus_datatrove_wrote_is_cleaned_again_over_the_reasons_in_its_metadata():
    # Before: `--error-field metadata.cleaner_error` (the datatrove step's, as its JsonlWriter writes it) stopped
    # the run at the first record an earlier step had failed: its reason was taken for a value of the record's own.
    records = [{**record, "metadata": {"cleaner_error": None}} for record in corpus(2)]
    records[1]["metadata"]["cleaner_error"] = "empty input"
    ran = run_cli("clean", "-", "--format", "jsonl", "--error-field", "metadata.cleaner_error",
                  stdin=jsonl_bytes(records))
    assert ran.returncode == 0 and b"the run stops" not in ran.stderr, ran.stderr
    assert [record["metadata"]["cleaner_error"] for record in records_of(ran.stdout)] == [None, None]
    records[1]["metadata"]["cleaner_error"] = 3  # a value of the record's own is not
    ran = run_cli("clean", "-", "--format", "jsonl", "--error-field", "metadata.cleaner_error",
                  stdin=jsonl_bytes(records))
    assert ran.returncode == 1 and b"<stdin>:2: the record holds int" in ran.stderr, ran.stderr
