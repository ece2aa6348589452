"""A hostile user's records through the library entry points (datatrove, datasets, Dask): each record
that cannot be cleaned fails alone, counted; nothing else is lost or changed."""

from __future__ import annotations

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
