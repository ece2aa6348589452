"""Cheaper ways to the same answers (perf22a): each against the way it replaces."""

from __future__ import annotations

from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import features
from cleaner.cache import compiled
from cleaner.detectors import captions, chrome, footers, headers, lists
from cleaner.detectors.headers import has_letter, title_key
from cleaner.detectors.patterns import PageText
from cleaner.outlets import RuleBudget, RuleTimeout, is_plain_phrase


def test_plain_phrases_of_the_shapes_rule_files_use() -> None:
    for plain in [r"(?m)^Example Daily$", r"Example\.org", r"Example Daily's video", "Пример"]:
        assert is_plain_phrase(compiled(plain, regex.V1))
    for other in [r"Example.org", r"(?i)example daily", r"Example (Daily|Weekly)", r"Example\s+Daily", r"Ex+ample"]:
        assert not is_plain_phrase(compiled(other, regex.V1))
    assert not is_plain_phrase(compiled("example daily", regex.V1 | regex.IGNORECASE))


def test_a_spent_budget_fails_a_plain_phrase_too() -> None:
    with pytest.raises(RuleTimeout):
        RuleBudget(0.0).search(compiled("Example Daily", regex.V1), "nothing here", "signature")


_HEAD_LINES = st.lists(st.text(alphabet=st.sampled_from("abcé日 -"), max_size=6), max_size=30)
_PREFIXES = st.lists(st.text(alphabet=st.sampled_from("abcé日 -"), min_size=1, max_size=3), max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_HEAD_LINES, _PREFIXES)
def test_lines_by_prefix_whichever_side_is_read(lines: list[str], prefixes: list[str]) -> None:
    by_length: dict[int, set[str]] = {}
    for prefix in prefixes:
        by_length.setdefault(len(prefix), set()).add(prefix)
    page = PageText(lines)
    found = {head: sorted(positions) for head, positions in
             page.starting_with({n: frozenset(of) for n, of in by_length.items()})}
    expected = {prefix: [i for i, folded in enumerate(page.folded) if folded[:len(prefix)] == prefix]
                for prefix in prefixes}
    assert found == {prefix: positions for prefix, positions in expected.items() if positions}


_ASCII_KEY_TEXTS = st.text(alphabet=st.characters(max_codepoint=127), max_size=50)
_KEY_TEXTS = st.text(alphabet=st.one_of(st.sampled_from("_ éİß\u0307K\t\n\x0b\x1c"), st.characters()), max_size=30)
_WORD_RUNS = regex.compile(r"[\W_]+")


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_ASCII_KEY_TEXTS, _KEY_TEXTS))
def test_title_key_is_the_substitution_of_non_words(text: str) -> None:
    title_key.cache_clear()
    assert title_key(text) == _WORD_RUNS.sub(" ", text.casefold()).strip()


_PIECES = st.sampled_from(["...", "…", "[…]", "[...]", "\n", ".", "a", "Z", " ", "]", "[", "\"", "'", "“", "‘", "„",
                           "«", "‹", "「", "『", "»", "1", "iv", "X", "12.3", ")", "\t", "ı", "İ", "٣", "é", "_"])
_LINES = st.one_of(st.lists(_PIECES, max_size=8).map("".join), st.text(max_size=12),
                   st.text(alphabet=st.characters(max_codepoint=127), max_size=12))


@settings(max_examples=4000, deadline=None)
@given(_LINES)
def test_line_tests_are_the_patterns_they_replace(text: str) -> None:
    assert lists.cut_off(text) == bool(regex.search(r"(\.\.\.|…|\[…\]|\[\.\.\.\])$", text))
    assert text.startswith(lists._OPENING_QUOTES) == bool(regex.match(r"^[\"'“‘„«‹「『]", text))
    assert has_letter(text) == bool(regex.search(r"\p{L}", text))
    # A line's number is looked for only where it may begin: elsewhere the pattern finds none.
    if text[:1] in lists._NO_SECTION_NUMBER_STARTS:
        assert lists._SECTION_NUMBER.match(text) is None


@pytest.mark.parametrize("start", [chr(c) for c in range(128)])
def test_no_section_number_starts_with_what_the_gate_passes_over(start: str) -> None:
    for rest in ["1. ", ". ", ") ", "v. ", "x. ", "2 ", "i. ", ""]:
        if lists._SECTION_NUMBER.match(start + rest):
            assert start not in lists._NO_SECTION_NUMBER_STARTS


_CAPTION_PIECES = st.sampled_from(["The crowd waits at dusk", ".", "!", "?", " ", "  ", "\t", "Jo Lee", "Ana Ruiz Gil",
                                   "(", ")", "O'Neil", "Smith-Jones", "José Núñez", "Zoë", "’", "-", "'", "1", "AP",
                                   "rain", "Łukasz", "ß", "Ⅻ", "ǅ", "x"])
_CAPTIONS = st.one_of(st.lists(_CAPTION_PIECES, max_size=9).map("".join), st.text(max_size=20))


def _credited_by_name_both_ways(text: str) -> bool:
    stopwords = frozenset({"the", "at"})
    gated = captions._credited_by_name(text, stopwords)
    with mock.patch.object(captions, "_may_end_with_name", lambda text: True):
        assert captions._credited_by_name(text, stopwords) == gated
    return gated


@settings(max_examples=4000, deadline=None)
@given(_CAPTIONS)
def test_a_name_credit_is_read_the_same_without_its_gate(text: str) -> None:
    _credited_by_name_both_ways(text)


@pytest.mark.parametrize("text", ["The crowd waits at dusk. Jo Lee", "The crowd waits at dusk. (Ana Ruiz Gil)",
                                  "The crowd waits at dusk!  Bo Lees' Neil-", "The crowd waits at dusk. Zoë Núñez’"])
def test_name_credits_found_through_the_gate(text: str) -> None:
    assert _credited_by_name_both_ways(text)


_BYLINE_PIECES = st.sampled_from(["By", "by", "BY", "bY", "Von", "VON", "Posted by", "WRITTEN BY", "Di", "DI", "Door",
                                  "Przez", "Autor", "AUTORIN", "Auteur", "Autore", "Par", "Por", "Ba", "Bi", "Wo", "Ab",
                                  "Dı", "Dİ", "Bſ", " ", ":", "Jo Lee", "Ana Ruiz", "·", "on", "Monday", "x", "ı", "İ"])
_BYLINES = st.one_of(st.lists(_BYLINE_PIECES, max_size=6).map("".join), st.text(max_size=12))


@settings(max_examples=4000, deadline=None)
@given(_BYLINES)
def test_a_byline_is_tried_wherever_its_pattern_could_match(text: str) -> None:
    if footers._BYLINE_NAME.match(text):
        assert text[:1] in footers._BYLINE_INITIALS
        assert text[:2].lower() in footers._BYLINE_HEADS or not text[1:2].isascii()
    if headers._NAME_LINE.match(text):
        assert " " in text


_DATE_PIECES = st.sampled_from(["12", "3", "2024", "1998", "-", "/", ".", " ", ", ", "March", "mars", "3月", "年", "日",
                                "tháng", "năm", "de", "maj", "أبريل", "٢٠٢٤", "١٢", "१२", "2024-03-12", "T10:30",
                                "ago", "AGO", "hours", "min", "minſ", "weeK", "weeks", "·", "|", "\n", "x", "Zoë"])
_DATE_LINES = st.one_of(st.lists(_DATE_PIECES, max_size=8).map("".join), st.text(max_size=16))


@settings(max_examples=5000, deadline=None)
@given(_DATE_LINES)
def test_dates_are_searched_wherever_one_may_be(text: str) -> None:
    if headers.ANY_DATE.search(text):
        assert headers.may_hold_date(text)
    if headers._RELATIVE_DATE.search(text):
        assert headers._may_end_relative_date(text)


@pytest.mark.parametrize("text", ["12 March 2024", "12.3.24", "2024年3月12日", "3 hours ago", "· 5 min",
                                  "3 hours ago\n"])
def test_dates_found_through_their_gates(text: str) -> None:
    assert headers.ANY_DATE.search(text) or headers._RELATIVE_DATE.search(text)
    assert headers.may_hold_date(text) or headers._may_end_relative_date(text)


def test_no_gallery_label_is_longer_than_its_bound() -> None:
    from re import _parser  # type: ignore[attr-defined]  # the pattern's widest match, as the standard parser reads it

    widest = _parser.parse(chrome._GALLERY_LABEL.pattern).getwidth()[1]
    assert widest + len("\n") <= chrome._GALLERY_LABEL_MAX_CHARS  # "$" matches before a final line break
    assert chrome._GALLERY_LABEL.match("Galería de fotos\n")


def test_no_ascii_character_is_pictographic() -> None:
    assert not any(regex.match(r"\p{Extended_Pictographic}", chr(c)) for c in range(128))


_TAIL_PIECES = st.sampled_from(["word", " ", ".", ":(", ";-(", "<3", "(", ")", "❤", "😀", "\u0301", "©", "!", "x", "9",
                                "\n", "...", ":-)", "<", "3"])


@settings(max_examples=4000, deadline=None)
@given(st.one_of(st.lists(_TAIL_PIECES, max_size=6).map("".join), st.text(max_size=16)))
def test_an_emoji_end_is_looked_for_wherever_one_may_be(tail: str) -> None:
    if features._EMOJI_END.search(tail):
        assert features._may_end_with_emoji(tail)


def test_every_letter_stays_in_a_title_key() -> None:
    # key_may_fit counts a text's letters (str.isalpha) as characters its key keeps: each casefolds to
    # word characters of regex's, none of them "_".
    letters = [chr(code) for code in range(0x110000) if chr(code).isalpha()]
    kept = regex.compile(r"[^\W_]+")
    assert len(letters) > 100_000
    assert all(kept.fullmatch(letter.casefold()) for letter in letters)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("жЖßİ ـ_-.")), max_size=40),
       st.integers(min_value=0, max_value=30))
def test_key_may_fit_beyond_ascii(text: str, most: int) -> None:
    if len(title_key(text)) <= most:
        assert headers.key_may_fit(text, most)
