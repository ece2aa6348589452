"""perf29: the words of a text beyond ASCII split out of its UTF-8 translated
by a table (features._words_table), its non-word characters beyond ASCII
made spaces first, not found by a regex search a word: a page's lines that
_READ_BY_RE reads, measured together, are what ``measure`` gives each alone
(words, stopwords lowered, initials' case), and duplicate-copy's casefolded
words are the regex's, on invented texts in several scripts."""

from __future__ import annotations

import random

import regex

from cleaner.features import _READ_BY_RE, LINES_AT_ONCE, casefolded_words, measure, measure_lines
from cleaner.settings import Settings

# Every character beyond ASCII that _READ_BY_RE reads: letters of Latin and Cyrillic with and without case,
# those whose lowering is longer ("İ") or leaves the set ("Ɓ"), punctuation, quotes, spaces, C1 controls.
READ_BY_RE = [chr(code) for code in range(0x80, 0x2060) if _READ_BY_RE.fullmatch(chr(code))]
WORDS = ["the", "The", "über", "Über", "ÜBER", "и", "И", "Москва", "МОСКВА", "ёлка", "İş", "İŞ", "iş", "ßtraße",
         "ǰak", "ŉa", "µm", "ªº", "Ɓe", "žluť", "x2", "_id", "ça", "Ça", "ç_a"]
GLUE = [" ", "  ", ", ", ". ", "\u00a0", "«", "»", "“", "”", "‘", "’", "—", "–", "…", "‐", "\u2028", "\x85", "\x01",
        "\t", "¿", "¡", "×", "҂", "‿"]
STOPWORDS = frozenset({"the", "über", "и", "ёлка", "i̇ş", "iş", "ça", "of"})


def _texts(rng: random.Random, count: int, pieces: list[str], most_pieces: int) -> list[str]:
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most_pieces))) for _ in range(count)]


def _read_by_re_lines(rng: random.Random, count: int) -> list[str]:
    pieces = [*WORDS, *GLUE, *READ_BY_RE, *(chr(code) for code in range(128) if chr(code) != "\n")]
    lines = [" ".join(READ_BY_RE), "İSTANBUL İş iş", "\x01", "", "Ɓ ɓ", *_texts(rng, count, pieces, 30)]
    return [line for line in lines if _READ_BY_RE.fullmatch(line)]


def test_a_wide_page_s_lines_measured_together_are_measured_as_each_alone() -> None:
    """Each line's word count, stopword share (a word lowered alone: "İş" is "i̇ş", with a combining dot, as
    the page lowered at once gives it), initials' case share, digits and clause marks: what ``measure`` says
    of the line alone, for lines of every character _READ_BY_RE reads beyond ASCII."""
    settings = Settings()
    lines = _read_by_re_lines(random.Random(29), 2 * LINES_AT_ONCE + 11)
    assert sum(not line.isascii() for line in lines) > LINES_AT_ONCE  # pages of wide lines, in several parts
    expected = [measure(line, STOPWORDS, settings.cjk_chars_per_word, settings.spaceless_stopword_density)
                for line in lines]
    assert measure_lines(lines, STOPWORDS, settings.cjk_chars_per_word, settings.spaceless_stopword_density) == expected
    one = measure_lines(["İş ve İŞ iş"], STOPWORDS, settings.cjk_chars_per_word, settings.spaceless_stopword_density)
    assert one[0].stopword_density == 3 / 4  # "İş" and "İŞ" lower to "i̇ş", "iş" is one, "ve" none


def test_casefolded_words_beyond_ascii_are_the_regex_s() -> None:
    """duplicate-copy's words of a text beyond ASCII, in any script (marks, spaceless scripts, lone
    surrogates, non-word characters beyond ASCII between words): ``regex``'s ``\\w+`` of the casefolded text."""
    rng = random.Random(290)
    scripts = ["東京で会議", "北京は晴れ。", "ΟΔΟΣ", "σοφός", "مرحبا", "नमस्ते", "ภาษาไทย", "e\u0301te\u0301", "ﬁnal",
               "x\u200dy", "12³", "①②", "\U0001d400BC", "\U0001f600", "\ud800", "\u0331", "፣", "、"]
    texts = ["a\ud800b", "Straße über ALLES", *_texts(rng, 3000, [*WORDS, *GLUE, *scripts, *READ_BY_RE], 20)]
    for text in texts:
        assert casefolded_words(text) == regex.findall(r"\w+", text.casefold()), text
