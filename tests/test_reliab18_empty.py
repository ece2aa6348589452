"""An empty page is an empty page whatever its type: `clean(b"")` raised DecodeError ("empty input") where
`clean("")` gave "", and so did bytes of whitespace or of a BOM alone, in clean, clean_html, explain and
explain_html. explain_document, which file mode calls, still refuses them by name."""

from __future__ import annotations

import codecs

import pytest

from cleaner import Cleaner, DecodeError, clean, clean_html, explain, explain_document, explain_html

BLANK_TEXTS = ["", " \n\t \r\n", "\ufeff", "\ufeff \n\n", "\u3000\xa0\n"]
"""Text of no character but whitespace (a BOM, read from a file, is none)."""


def _encodings(text: str) -> list[bytes]:
    """``text`` as a file may hold it: UTF-8 with a BOM or without, UTF-16 with its BOM."""
    bare = text.removeprefix("\ufeff")
    return [bare.encode(), codecs.BOM_UTF8 + bare.encode(), codecs.BOM_UTF16_LE + bare.encode("utf-16-le"),
            codecs.BOM_UTF16_BE + bare.encode("utf-16-be")]


@pytest.mark.parametrize("text", BLANK_TEXTS)
def test_blank_bytes_clean_as_blank_text_does(text: str) -> None:
    cleaner = Cleaner()
    for call in (clean, clean_html, cleaner.clean, cleaner.clean_html):
        assert call(text) == ""
        for data in _encodings(text):
            assert call(data) == call(text), (call, data)
    for explaining in (explain, explain_html, cleaner.explain, cleaner.explain_html):
        for data in _encodings(text):
            assert explaining(data).decisions == explaining(text).decisions, (explaining, data)


@pytest.mark.parametrize("data", ["", b"", b"\xef\xbb\xbf", " \n", "\ufeff", "\ufeff \n"])
def test_explain_document_refuses_an_empty_document_by_name(data: str | bytes) -> None:
    # Before: the text of a BOM alone (a record's, a Parquet row's) was cleaned to "" as a success, where its
    # bytes, and "", failed by name ("empty input").
    with pytest.raises(DecodeError, match="empty input"):
        explain_document(data)


def test_binary_bytes_are_still_refused() -> None:
    with pytest.raises(DecodeError, match="binary"):
        clean(bytes(range(32)) * 4)
