"""Segment text into blocks: the units the cleaner keeps or removes.

A block is one non-empty line with its whitespace normalised. Lines are the
natural unit of rendered page text: menus, headline lists and player debris
come one item per line, and paragraphs of prose are single lines.
"""

from __future__ import annotations

import operator
from itertools import accumulate, chain, compress, islice

from .model import Block

# Format characters that pages scatter inside words as hints (break or
# hyphenation opportunities, a stray byte-order mark): dropping them changes
# neither how a line reads nor its words. The zero-width joiner and
# non-joiner stay: they are part of a word's spelling (Persian, Hindi) or of
# an emoji, and the cleaner never rewrites text.
INVISIBLE_CHARACTERS = "\u200b\u2060\ufeff\u00ad"


# The whitespace (str.split's) other than a space and a line feed: tabs,
# no-break and other spaces, carriage returns and other line breaks. Found
# by ``in`` (a fast scan each), as invisible characters are.
OTHER_WHITESPACE = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _visible(text: str) -> str:
    """``text`` without its invisible characters: found by ``in`` and
    ``replace`` (a fast scan each), where a character class of ``regex``
    tried at every character of a page cost more than the page's segmenting."""
    for character in INVISIBLE_CHARACTERS:
        if character in text:
            text = text.replace(character, "")
    return text


def normalise_line(line: str) -> str:
    """Collapse whitespace runs to one space and drop invisible characters."""
    return " ".join(_visible(line).split())


def segment(text: str) -> list[Block]:
    """Split ``text`` into blocks, one per non-blank line."""
    lines = text.splitlines()
    # Invisible characters are never line breaks: dropped line by line, and
    # only when the text holds one (not a second copy of the whole text).
    invisible = any(map(text.__contains__, INVISIBLE_CHARACTERS))
    if invisible:
        lines = list(map(_visible, lines))
    # The page's lines each normalised, numbered and told blank, in C: no
    # Python step for each line but the Block made of it. A page whose only
    # whitespace is single spaces inside lines and line feeds (most pages)
    # is normalised already: its lines are not split into words and joined.
    if (invisible or any(map(text.__contains__, OTHER_WHITESPACE)) or "  " in text or " \n" in text
            or "\n " in text or text[:1] == " " or text[-1:] == " "):
        lines = list(map(" ".join, map(str.split, lines)))
    # A block's index and line number drawn from one list of numbers: a number both name is one int
    # object, not two of 32 bytes each (a page of short lines holds some 150 bytes a line in its blocks).
    numbers = list(range(len(lines) + 1))
    line_nos = list(compress(islice(numbers, 1, None), lines))
    # A blank line before a block: its number more than one after the last block's.
    blank_before = chain((False,), map((1).__lt__, map(operator.sub, line_nos[1:], line_nos)))
    return list(map(Block, numbers, filter(None, lines), line_nos, blank_before))


def resegment(blocks: list[Block]) -> list[Block]:
    """``segment(render(blocks))`` for blocks that ``segment`` made, without
    the rendered text or new copies of the blocks' texts: the passes over a
    document each see the blocks still kept, renumbered, with the line
    numbers and blank lines of their rendering."""
    indices = list(map(_INDEX, blocks))
    # A blank line in the rendering before each block but the first that did not follow the one before it
    # in the input (a removed block between them, or a blank line there already); each line is one further on.
    follows = map(operator.and_, map(operator.eq, indices[1:], map((1).__add__, indices)),
                  map(operator.not_, map(_BLANK_BEFORE, blocks[1:])))
    blank_before = [False, *map(operator.not_, follows)]
    line_nos = list(accumulate(map((1).__add__, blank_before)))
    # Indices and line numbers drawn from one list of numbers, as in ``segment``.
    numbers = list(range(line_nos[-1] + 1 if line_nos else 0))
    return list(map(Block, numbers, map(_TEXT, blocks), map(numbers.__getitem__, line_nos), blank_before))


_INDEX, _TEXT, _BLANK_BEFORE = map(operator.attrgetter, ("index", "text", "blank_before"))
