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


def test_segmenting_a_page_gives_each_line_as_normalising_it_alone_does():
    """Lines are normalised, numbered and told blank for the whole page at
    once, and a page of single spaces and line feeds is not normalised at
    all: each block is what the page's line gives normalised on its own,
    whatever whitespace, line breaks and invisible characters the page holds."""
    import random

    rng = random.Random(11)
    piece_sets = [["a", "word", " ", "\n", "\n\n"], ["a", " ", "  ", "\n", "\r\n", "\r", "\t"],
                  ["x", " ", "\n", "\xa0", "\u2028", "\x0b", "\x1c", "\x85", "\u3000"],
                  ["ab", " ", "\n", *INVISIBLE_CHARACTERS]]
    for pieces in piece_sets:
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            expected = []
            blank = False
            for line_no, line in enumerate(text.splitlines(), start=1):
                line = normalise_line(line)
                if not line:
                    blank = True
                    continue
                expected.append((len(expected), line, line_no, blank and bool(expected)))
                blank = False
            assert [(b.index, b.text, b.line_no, b.blank_before) for b in segment(text)] == expected, repr(text)


def test_resegmenting_the_blocks_kept_is_segmenting_their_rendering():
    """resegment numbers the blocks kept and tells their blank lines for the
    whole page at once: as segmenting their rendered text does."""
    import random

    from cleaner.blocks import resegment
    from cleaner.model import render

    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(["a", "b c", "\n", "\n\n", "\n \n"]) for _ in range(rng.randint(0, 40)))
        kept = [block for block in segment(text) if rng.random() < 0.7]
        expected = [(b.index, b.text, b.line_no, b.blank_before) for b in segment(render(kept))]
        assert [(b.index, b.text, b.line_no, b.blank_before) for b in resegment(kept)] == expected, repr(text)
        assert all(type(b.blank_before) is bool and type(b.line_no) is int for b in resegment(kept))


def test_other_whitespace_is_every_whitespace_character_but_a_space_and_a_line_feed():
    # What a page is scanned for to tell whether its lines need normalising.
    from cleaner.blocks import OTHER_WHITESPACE

    every = map(chr, range(0x110000))
    assert OTHER_WHITESPACE == "".join(c for c in every if c.isspace() and c not in " \n")


def test_a_number_that_names_a_blocks_index_and_another_blocks_line_is_one_int():
    """segment and resegment draw indices and line numbers from one list of
    ints: a page of short lines holds an int of 32 bytes a number, not two."""
    from cleaner.blocks import resegment

    blocks = segment("\n".join(f"line {n}" if n % 7 else "" for n in range(2000)))
    for made in (blocks, resegment(blocks[::2])):
        assert all(b.line_no is made[b.line_no].index for b in made if b.line_no < len(made))
        assert sum(b.line_no < len(made) for b in made) > len(made) // 3
