from __future__ import annotations

import random

import regex

from cleaner import features
from cleaner.features import measure


def test_every_character_of_a_spaceless_script_passes_the_quick_test():
    # The quick range test lets a line skip the script test: it must let
    # through every character the script test counts, in every plane.
    every = "".join(map(chr, range(0x110000)))
    spaceless = set(features._SPACELESS.findall(every))
    assert spaceless and spaceless <= set(features._maybe_spaceless().findall(every))


def test_the_character_classes_read_by_the_standard_re_find_what_regex_finds():
    every = "".join(map(chr, range(0x110000)))
    for pattern in (features._maybe_spaceless(), features._CLAUSE_MARKS):
        assert pattern.findall(every) == regex.findall(pattern.pattern, every)


def test_an_ascii_line_is_tokenised_and_its_digits_counted_as_regex_reads_them():
    # The standard re reads ASCII lines: every ASCII character, in random lines.
    rng = random.Random(3)
    every = "".join(map(chr, range(128)))
    lines = [every, *("".join(rng.choice(every) for _ in range(rng.randint(0, 60))) for _ in range(3000))]
    for text in lines:
        assert features._ASCII_TOKEN.findall(text) == features._TOKEN.findall(text), text
        assert features._ASCII_DIGIT.findall(text) == features._DIGIT.findall(text), text


def test_a_latin_or_cyrillic_line_is_tokenised_and_its_digits_counted_as_regex_reads_them():
    # The standard re reads lines of the characters _READ_BY_RE lets through:
    # each of them is a word character, a digit or a spaceless one for both or neither.
    every = "".join(map(chr, range(0x110000)))
    read_by_re = "".join(regex.findall(features._READ_BY_RE.pattern[:-1], every))
    assert {"é", "ß", "ł", "ж", "’", "—"} <= set(read_by_re) and features._READ_BY_RE.fullmatch(read_by_re)
    for character in read_by_re:
        assert (features._RE_TOKEN.findall(character) == features._TOKEN.findall(character)
                and features._ASCII_DIGIT.findall(character) == features._DIGIT.findall(character)
                and not features._SPACELESS.search(character)), hex(ord(character))
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(read_by_re) for _ in range(rng.randint(0, 40)))
        assert features._RE_TOKEN.findall(text) == features._TOKEN.findall(text), text


def test_tokens_are_the_words_regex_finds_in_every_kind_of_line():
    # ASCII, Latin and Cyrillic (read by re), and lines of other scripts (read by regex).
    for text in ("The bill passed 52 to 48.", "Straße über Łódź, ж-ё 3½", "Δελτίο τύπου №5", "市议会周二投票",
                 "ǅemal's ﬁrst fiancée", "", "—"):
        assert features._tokens(text)[0] == regex.findall(r"\w+", text), text


def test_spaceless_characters_are_counted_as_parts_of_words():
    # "“" and "é" are non-ASCII but pass no spaceless test: counted as words.
    assert measure("“Café au lait”", frozenset(), 2.0, 0.3).words == 3
    assert measure("東京で会議 2 days", frozenset(), 2.0, 0.3).words == 5 / 2 + 2


def test_shares_and_word_counts_held_once_are_the_values_a_line_s_own_division_gives():
    """measure() hands out shared float objects for word counts and for
    shares of none or all: each field must equal, as a float, what the plain
    division gives, for lines of every kind (none, some and all of their
    words capitalised, stopwords or digits; past the shared word counts)."""
    stopwords = frozenset({"the", "of", "and"})
    lines = ["", "...", "The Of And", "the of and", "Home News Sport", "the council met on Monday.",
             "2024 2025", "Room 12 of 40", "AND THE", " ".join(["word"] * 300), " ".join(["The"] * 256)]
    for text in lines:
        tokens = features._TOKEN.findall(text)
        initials = [t[0] for t in tokens]
        alpha = sum(c.isalpha() for c in initials)
        found = measure(text, stopwords, 2.0, 0.3)
        assert found.words == float(len(tokens)) and type(found.words) is float
        expected_stop = sum(t.lower() in stopwords for t in tokens) / len(tokens) if tokens else 0.0
        expected_title = sum(c.isupper() for c in initials) / alpha if alpha else 0.0
        expected_digits = len(features._DIGIT.findall(text)) / len(text) if text else 0.0
        assert (found.stopword_density, found.title_case_share, found.digit_share) == (
            expected_stop, expected_title, expected_digits), text
        assert all(type(share) is float for share in (found.stopword_density, found.title_case_share,
                                                       found.digit_share))
    # The memory this is for: two lines of as many words share one float.
    assert measure("one two", stopwords, 2.0, 0.3).words is measure("three four", stopwords, 2.0, 0.3).words


def test_lines_measured_together_are_measured_as_each_alone():
    """measure_lines measures a page's lines of ASCII, Latin and Cyrillic together (each pattern
    once over the page, LINES_AT_ONCE lines at a time) and measure_all
    looks up lines met before: each line's features are still those
    measure() gives it alone, whatever the line holds (stopwords in any
    case, digits, underscores, clause marks, sentence ends, other scripts,
    a line break, nothing)."""
    from cleaner.features import LINES_AT_ONCE, measure_all, measure_lines
    from cleaner.settings import Settings

    rng = random.Random(13)
    stopwords = frozenset({"the", "of", "and", "a", "über", "жизнь"})
    pieces = ["the", "The", "THE", "of", "and", "word", "Word", "x2", "2024", "_id", " ", " ", ".", ",", "!", ":",
              "?", ")", "'", "…", "“", "über", "Straße", "Élan", "ǅemal", "ǃKung", "Жизнь", "№", "²", "東京", "😊",
              "<3", ":(", "\t", "a"]
    lines = ["", "\n", "a\nb", "...", "Ünïcode only", *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
                                                        for _ in range(3 * LINES_AT_ONCE))]
    settings = Settings()
    expected = [measure(line, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density)
                for line in lines]
    for together in (lines, [line for line in lines if line.isascii()], lines[:1], []):
        assert measure_lines(together, stopwords, settings.cjk_chars_per_word,
                             settings.spaceless_stopword_density) == [expected[lines.index(line)] for line in together]
    assert measure_all(lines, stopwords, settings) == expected
    assert measure_all(reversed(lines), stopwords, settings) == expected[::-1]  # looked up this time


def test_a_word_count_alone_is_what_measuring_counts():
    """word_count (title parts) counts words as measure does, in every
    script: spaceless characters by cjk_chars_per_word, other tokens one each."""
    from cleaner.features import word_count

    for text in ["", "Floods close 40 schools", "Déjà vu à Paris", "Депутаты обсудили закон",
                 "多地推出旧房改造补贴 老小区", "町の小さな書店 Example 2024", "ข่าวด่วน วันนี้", "٣ أخبار اليوم",
                 "x" * 300 + " y" * 300]:
        for cjk_chars_per_word in (1.0, 2.5):
            assert word_count(text, cjk_chars_per_word) == measure(text, frozenset(), cjk_chars_per_word, 0.0).words


def test_rendering_marks_patterns_asked_only_where_a_line_may_start_with_a_mark(monkeypatch):
    """without_rendering_marks asks its leading-marks pattern only of lines
    whose first character could start it: the same text as asking every
    line, on random lines of the marks, spaces, link marks and words."""
    from cleaner import features

    class EveryCharacter:
        def __contains__(self, character: object) -> bool:
            return True

    rng = random.Random(21)
    alphabet = list("#*+>_\\[] \t\na.1") + ["**", "__", "[x](http://a.b)", "Share", "1. "]
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 8))) for _ in range(50_000)]
    gated = [features.without_rendering_marks(text) for text in texts]
    monkeypatch.setattr(features, "_LEADING_MARK_CHARACTERS", EveryCharacter())
    features.without_rendering_marks.cache_clear()  # each line worked out again, ungated
    assert [features.without_rendering_marks(text) for text in texts] == gated
