"""A hostile user's records through the library entry points (datatrove, datasets, Dask): each record
that cannot be cleaned fails alone, counted; nothing else is lost or changed."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE = ("Home | News | Sport\n\n"
        "The council approved the new budget on Tuesday after a long debate among members of the committee.\n"
        "The vote was seven to two, with two members abstaining from the final decision on spending.\n"
        "Mayor Jane Doe said the plan would fund road repairs and two new libraries in the coming year.\n\n"
        "Share this article\nCopyright 2024 Example News\n")


def test_datatrove_document_without_metadata_is_cleaned_with_metadata() -> None:
    """A Document whose metadata is None (built by hand, not by a reader) stopped the whole task
    with an AttributeError under ``with_metadata=True``; it is cleaned as one with empty metadata."""
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    documents = [Document(text=PAGE, id="bare", metadata=None),  # type: ignore[arg-type]
                 Document(text=PAGE, id="next", metadata={"date": "2020-01-01"})]
    out = list(CleanerStep(with_metadata=True).run(iter(documents)))
    assert [document.id for document in out] == ["bare", "next"]
    assert out[0].text.startswith("The council approved")
    assert out[0].metadata["language"] == "en"
    assert out[1].metadata["date"] == "2020-01-01"  # no date found in the text: the Document's own stays


def test_clean_batch_on_a_streamed_row_cleans_the_row_not_its_characters() -> None:
    """``IterableDataset.map(CleanBatch())`` without ``batched=True`` hands over one row, its values no
    lists: CleanBatch zipped the text's characters into rows and gave back a list of one-character
    texts (or failed on a number: "object of type 'int' has no len()"); the row is cleaned as one."""
    datasets = pytest.importorskip("datasets")
    from cleaner import clean
    from cleaner.datasets_map import CleanBatch

    rows = [{"text": PAGE, "n": 1}, {"text": None, "n": 2}, {"text": "A" + PAGE, "n": 3}]
    out = list(datasets.Dataset.from_list(rows).to_iterable_dataset().map(CleanBatch()))
    assert [row["n"] for row in out] == [1, 2, 3]
    assert out[0]["text"] == clean(PAGE) and out[0]["cleaner_error"] is None
    assert out[1]["text"] is None and out[1]["cleaner_error"] == "no text in field 'text'"
    assert out[2]["text"] == clean("A" + PAGE)
    only_text = list(datasets.Dataset.from_list([{"text": PAGE}]).to_iterable_dataset().map(CleanBatch()))
    assert only_text == [{"text": clean(PAGE), "cleaner_error": None}]


def test_clean_batch_refuses_skip_failed_on_rows_given_alone() -> None:
    """``map`` without ``batched=True`` cannot leave a row out: ``skip_failed`` failed inside datasets
    ("Only single-row pyarrow tables are allowed but got table with 0 rows"); it is refused by name."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_list([{"text": PAGE}, {"text": None}])
    for mapped in (dataset, dataset.to_iterable_dataset()):
        with pytest.raises(ValueError, match="skip_failed needs batched=True"):
            list(mapped.map(CleanBatch(skip_failed=True)))


def test_clean_batch_cache_follows_the_rule_files_contents(tmp_path: Path) -> None:
    """datasets names a map's cache file by the pickled function: CleanBatch's held only the rule
    folder's path, so after a rule file changed, ``map`` loaded the outputs of the old rules from the
    cache in silence; the rules' contents (and the cleaner's version) are in its state now."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    rules = tmp_path / "rules"
    rules.mkdir()
    rule_file = rules / "gazette.toml"
    rule = 'outlet = "Harbour Gazette"\ndomains = ["gazette.example"]\n[[drop]]\nid = "line"\npattern = \'^{}\'\n'
    rule_file.write_text(rule.format("The vote was"))
    datasets.Dataset.from_list([{"text": PAGE, "url": "https://gazette.example/a"}]).save_to_disk(tmp_path / "pages")

    def cleaned() -> str:
        text: str = datasets.load_from_disk(tmp_path / "pages").map(CleanBatch(rules=rules), batched=True)[0]["text"]
        return text

    assert "The vote was" not in cleaned() and "Mayor Jane Doe" in cleaned()
    rule_file.write_text(rule.format("Mayor Jane Doe"))
    assert "The vote was" in cleaned() and "Mayor Jane Doe" not in cleaned()


def test_clean_batch_names_what_it_takes_when_given_a_column() -> None:
    """``map(CleanBatch(), input_columns=["text"])`` hands over the text column alone, a list:
    CleanBatch failed with "'list' object has no attribute 'items'"; it says what it needs."""
    datasets = pytest.importorskip("datasets")
    from cleaner.datasets_map import CleanBatch

    datasets.disable_progress_bars()
    dataset = datasets.Dataset.from_list([{"text": PAGE}])
    with pytest.raises(TypeError, match="leave map's input_columns unset"):
        dataset.map(CleanBatch(), batched=True, input_columns=["text"])
