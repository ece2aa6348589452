"""Segment text into blocks: the units the cleaner keeps or removes.

A block is one non-empty line with its whitespace normalised. Lines are the
natural unit of rendered page text: menus, headline lists and player debris
come one item per line, and paragraphs of prose are single lines.
"""

from __future__ import annotations

from .model import Block

# Format characters that pages scatter inside words as hints (break or
# hyphenation opportunities, a stray byte-order mark): dropping them changes
# neither how a line reads nor its words. The zero-width joiner and
# non-joiner stay: they are part of a word's spelling (Persian, Hindi) or of
# an emoji, and the cleaner never rewrites text.
INVISIBLE_CHARACTERS = "\u200b\u2060\ufeff\u00ad"


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
    blocks: list[Block] = []
    blank = False
    # Invisible characters are never line breaks: dropped line by line, and
    # only when the text holds one (not a second copy of the whole text).
    invisible = any(map(text.__contains__, INVISIBLE_CHARACTERS))
    for line_no, raw in enumerate(text.splitlines(), start=1):
        if invisible:
            raw = _visible(raw)
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        # Most lines are normalised already: keep one string of each, not two.
        blocks.append(Block(len(blocks), raw if line == raw else line, line_no, blank and bool(blocks)))
        blank = False
    return blocks


def resegment(blocks: list[Block]) -> list[Block]:
    """``segment(render(blocks))`` for blocks that ``segment`` made, without
    the rendered text or new copies of the blocks' texts: the passes over a
    document each see the blocks still kept, renumbered, with the line
    numbers and blank lines of their rendering."""
    result: list[Block] = []
    line_no = 0
    previous: Block | None = None
    for block in blocks:
        adjacent = previous is not None and block.index == previous.index + 1 and not block.blank_before
        line_no += 1 if adjacent or previous is None else 2
        result.append(Block(len(result), block.text, line_no, previous is not None and not adjacent))
        previous = block
    return result
