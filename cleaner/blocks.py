"""Segment text into blocks: the units the cleaner keeps or removes.

A block is one non-empty line with its whitespace normalised. Lines are the
natural unit of rendered page text: menus, headline lists and player debris
come one item per line, and paragraphs of prose are single lines.
"""

from __future__ import annotations

import regex

from .model import Block

# Zero-width and other format characters that pages scatter inside words;
# they are invisible, so normalising them away never changes visible text.
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise_line(line: str) -> str:
    """Collapse whitespace runs to one space and drop invisible characters."""
    return " ".join(_INVISIBLE.sub("", line).split())


def segment(text: str) -> list[Block]:
    """Split ``text`` into blocks, one per non-blank line."""
    blocks: list[Block] = []
    blank = False
    # Invisible characters are never line breaks: one pass over the whole text.
    for line_no, raw in enumerate(_INVISIBLE.sub("", text).splitlines(), start=1):
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        blocks.append(Block(len(blocks), line, line_no, blank and bool(blocks)))
        blank = False
    return blocks
