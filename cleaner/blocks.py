"""Segment text into blocks: the units the cleaner keeps or removes.

A block is one non-empty line with its whitespace normalised. Lines are the
natural unit of rendered page text: menus, headline lists and player debris
come one item per line, and paragraphs of prose are single lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# Zero-width and other format characters that pages scatter inside words;
# they are invisible, so normalising them away never changes visible text.
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True, slots=True)
class Block:
    """One input line, whitespace-normalised."""

    index: int
    text: str
    line_no: int
    """1-based line number in the decoded input."""
    blank_before: bool
    """True when at least one blank line separated it from the previous block."""


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


def render(blocks: list[Block]) -> str:
    """Join blocks in order; a blank line separates blocks that had one (or
    removed blocks) between them in the input, a newline the others."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            adjacent = block.index == previous.index + 1 and not block.blank_before
            parts.append("\n" if adjacent else "\n\n")
        parts.append(block.text)
        previous = block
    return "".join(parts) + ("\n" if parts else "")
