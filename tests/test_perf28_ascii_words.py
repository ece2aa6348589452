"""perf28: an ASCII text's words split out of its translated bytes
(features._ascii_words_table), not found by a regex search a word: a page's
lines measured together, and duplicate-copy's casefolded words, are what the
regex's tokens gave."""

from __future__ import annotations

import random
import re

from cleaner.features import LINES_AT_ONCE, casefolded_words, measure, measure_lines
from cleaner.settings import Settings

# Every ASCII character, the line-break sentinel \x01 and the other controls among them.
ASCII = [chr(code) for code in range(128)]
PIECES = [*ASCII, "the", "The", "THE", "tHe", "of", "OF", "and", "a", "A", "word", "Word", "x2", "2024", "_id",
          "snake_case", " ", " ", "  ", ". ", ", ", "\t", "\r", "\x01", "\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x7f"]


def _ascii_texts(rng: random.Random, count: int, most_pieces: int) -> list[str]:
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, most_pieces))) for _ in range(count)]


def test_the_ascii_words_split_out_are_the_regex_s_tokens() -> None:
    rng = random.Random(28)
    texts = ["", " ", "\x01", "_", "a\x01b", "A\nB", "Over_the 2 Hills, and far\taway!", "".join(ASCII),
             *_ascii_texts(rng, 5000, 30)]
    regex_tokens = re.compile(r"\w+", re.ASCII)
    for text in texts:
        words = regex_tokens.findall(text.casefold())
        assert casefolded_words(text) == words  # duplicate-copy's, by the ASCII path
    # A text beyond ASCII: its casefolded words, split out of its UTF-8 too (tests/test_perf29_wide_words.py).
    assert casefolded_words("Straße über ALLES") == ["strasse", "über", "alles"]


def test_an_ascii_page_s_lines_measured_together_are_measured_as_each_alone() -> None:
    """The page's initials and stopword marks come from its translated bytes,
    a line's words ended by the sentinel \\x01: a line holding \\x01 itself (a
    control character), or any other ASCII character, is measured as measure()
    (a regex's tokens, line by line) measures it alone."""
    rng = random.Random(280)
    stopwords = frozenset({"the", "of", "and", "a", "über", "don't"})
    lines = ["", "\x01", "\x01the\x01", "THE of_and", *_ascii_texts(rng, 2 * LINES_AT_ONCE + 7, 25)]
    lines = [line.replace("\n", " ") for line in lines]  # each a line of the page
    settings = Settings()
    expected = [measure(line, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density)
                for line in lines]
    assert measure_lines(lines, stopwords, settings.cjk_chars_per_word,
                         settings.spaceless_stopword_density) == expected
    mixed = [*lines[:50], "Über den Fluss", *lines[50:100]]  # the ASCII lines apart from the others
    assert measure_lines(mixed, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density) == [
        measure(line, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density) for line in mixed]
