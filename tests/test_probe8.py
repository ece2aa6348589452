"""Hostile but realistic inputs found by an eighth probe: each failed before its fix."""

from __future__ import annotations

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def test_datatrove_step_keeps_the_documents_own_metadata_where_the_cleaner_finds_none() -> None:
    # Before: with_metadata wrote None over the Document's own author and date (a crawl date, a
    # byline an earlier step found) whenever the page showed none; a value found is still written.
    from datatrove.data import Document

    from cleaner.datatrove_step import CleanerStep

    page = ("<html><head><title>Boats of the harbour</title></head><body><h1>Boats of the harbour</h1>"
            + f"<p>{STORY}</p>" * 3 + "</body></html>")
    own = {"title": "Crawl title", "author": "Own Author", "date": "2024-05-01T10:00:00Z", "url": "https://a.example/"}
    step = CleanerStep(with_metadata=True, html_field="text")
    [document] = step.run(iter([Document(text=page, id="a", metadata=dict(own))]))
    assert document.metadata["title"] == "Boats of the harbour"  # found: written over the document's own
    assert {key: document.metadata[key] for key in ("author", "date", "url")} == {
        "author": "Own Author", "date": "2024-05-01T10:00:00Z", "url": "https://a.example/"}
    assert document.metadata["language"] == "en"


def test_failures_of_ever_new_reasons_are_counted_in_bounded_memory() -> None:
    # Before: every distinct reason (a column number, a size) was a key of its own: millions of failing
    # records kept millions of reasons. Past REASONS_COUNTED they are counted together, and said so.
    import io

    from cleaner.progress import REASONS_COUNTED, REPEATS_SHOWN, configure_logging, log_failure, summarise_repeats

    stream = io.StringIO()
    repeats = configure_logging(0, stream)
    extra = 3 * REPEATS_SHOWN
    for column in range(REASONS_COUNTED + extra):
        log_failure(f"pages.jsonl:{column}", f"malformed JSON: Expecting value (column {column})")
    summarise_repeats(repeats)
    assert len(repeats.counts) == REASONS_COUNTED
    lines = stream.getvalue().splitlines()
    assert len(lines) == REASONS_COUNTED + REPEATS_SHOWN + 1
    assert lines[-2] == f"error: pages.jsonl:{REASONS_COUNTED + REPEATS_SHOWN - 1}: malformed JSON: Expecting value " \
                        f"(column {REASONS_COUNTED + REPEATS_SHOWN - 1})"
    assert lines[-1] == (f"error: {extra - REPEATS_SHOWN:,} more failed with other reasons than the first "
                         f"{REASONS_COUNTED:,} ({REPEATS_SHOWN} of them shown above)")
