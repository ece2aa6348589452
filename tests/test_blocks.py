"""Segmenting: one block a non-blank line, whitespace-normalised, without the
hints pages put inside words."""

from __future__ import annotations

import regex

from cleaner.blocks import INVISIBLE_CHARACTERS, normalise_line, segment


def test_each_invisible_character_is_dropped_and_the_joiners_stay():
    """Segmenting finds invisible characters with plain string scans: each
    of them goes wherever it stands, as the character class of them would
    take it, and a line of nothing else is blank; the joiners that spell a
    word or an emoji stay."""
    words = ["re", "gion", "Bundes", "regierung"]
    for character in INVISIBLE_CHARACTERS:
        text = (f"{character}The {words[0]}{character}{words[1]} and the {words[2]}{character}{words[3]}.\n"
                f"{character}\n"
                f"Persian: می\u200cخواهد, emoji: 👨\u200d👩\u200d👧{character}{character}")
        expected = regex.sub(f"[{INVISIBLE_CHARACTERS}]", "", text)
        blocks = segment(text)
        assert [b.text for b in blocks] == [normalise_line(line) for line in expected.splitlines() if line.strip()]
        assert [b.text for b in blocks] == ["The region and the Bundesregierung.",
                                            "Persian: می\u200cخواهد, emoji: 👨\u200d👩\u200d👧"]
        assert [(b.line_no, b.blank_before) for b in blocks] == [(1, False), (3, True)]
