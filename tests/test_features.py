from __future__ import annotations

import regex

from cleaner import features
from cleaner.features import measure


def test_every_character_of_a_spaceless_script_passes_the_quick_test():
    # The quick range test lets a line skip the script test: it must let
    # through every character the script test counts, in every plane.
    every = "".join(map(chr, range(0x110000)))
    spaceless = set(features._SPACELESS.findall(every))
    assert spaceless and spaceless <= set(features._MAYBE_SPACELESS.findall(every))


def test_the_character_classes_read_by_the_standard_re_find_what_regex_finds():
    every = "".join(map(chr, range(0x110000)))
    for pattern in (features._MAYBE_SPACELESS, features._CLAUSE_MARKS):
        assert pattern.findall(every) == regex.findall(pattern.pattern, every)


def test_spaceless_characters_are_counted_as_parts_of_words():
    # "“" and "é" are non-ASCII but pass no spaceless test: counted as words.
    assert measure("“Café au lait”", frozenset(), 2.0, 0.3).words == 3
    assert measure("東京で会議 2 days", frozenset(), 2.0, 0.3).words == 5 / 2 + 2
