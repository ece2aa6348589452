"""Session 21 (encode21): pages in the legacy encodings of languages that Windows-1252 cannot write are read in
their own, not garbled in silence (benchmarks/legacy_encodings.py measures the whole table)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.decode import DecodeError, decode_bytes

TEXTS = Path(__file__).resolve().parent / "fixtures" / "encodings" / "texts.txt"


def _text(language: str) -> str:
    """The paragraphs of ``language``'s section of the fixture."""
    sections = TEXTS.read_text(encoding="utf-8").split("\n== ")
    section = next(section for section in sections if section.startswith(f"{language}:"))
    return section.split("\n", 1)[1].strip()


def _html(text: str, meta: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
    return f"<!DOCTYPE html>\n<html><head>{meta}<title>News</title></head><body>\n{paragraphs}</body></html>\n"


@pytest.mark.parametrize(("language", "encoding"), [
    ("cs", "iso8859_2"), ("hu", "cp1250"), ("hu", "iso8859_2"), ("hr", "cp1250"), ("sk", "iso8859_2"),
])
def test_central_european_text_without_a_declaration_is_read_in_its_own_encoding(language: str,
                                                                                   encoding: str) -> None:
    # Before: read as Windows-1252 ("Mìstská", "jövõ") or Windows-1250 ("Kroměříľi"), in silence.
    text = _text(language)
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(("language", "encoding"), [("hr", "cp1250"), ("sl", "iso8859_2"), ("cs", "iso8859_2")])
def test_central_european_html_without_a_declaration_is_read_in_its_own_encoding(language: str,
                                                                                  encoding: str) -> None:
    # Before: its language was not told from its words (the tags' English words and a Serbian-looking
    # Croatian), and Windows-1252 or Windows-1250 read it.
    page = _html(_text(language))
    assert decode_bytes(page.encode(encoding)) == page


@pytest.mark.parametrize("language", ["fr", "de", "es", "pt", "sv"])
def test_western_text_is_still_read_as_windows_1252(language: str) -> None:
    text = _text(language)
    assert decode_bytes(text.encode("cp1252")) == text


def test_a_few_words_of_cyrillic_in_english_are_not_garbled_in_silence() -> None:
    # Before: 2 words in 900 characters (under 1% of the bytes) were read as Windows-1252: "Äîáðî ïîæàëîâàòü".
    text = _text("en-ru")
    try:
        assert decode_bytes(text.encode("cp1251")) == text
    except DecodeError as exc:
        assert "encoding unclear" in str(exc)


@pytest.mark.parametrize(("language", "encoding"), [("cs", "cp1250"), ("hu", "iso8859_2"), ("pl", "iso8859_2")])
def test_a_central_european_page_declared_latin_1_is_read_in_its_own_encoding(language: str, encoding: str) -> None:
    # Before: read as declared, "Mìstská", "jövõ", "W³adze", in silence (a server's default label).
    page = _html(_text(language), '<meta charset="iso-8859-1">')
    assert decode_bytes(page.encode(encoding)) == page


def test_a_western_page_declared_latin_1_is_read_as_declared() -> None:
    page = _html(_text("fr"), '<meta charset="iso-8859-1">')
    assert decode_bytes(page.encode("cp1252")) == page
