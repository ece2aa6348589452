"""What the cleaner works on and what it returns: blocks, the page a stage
sees, decisions and the explanation of a document.

Every other module may import this one; it imports none of them but the
features and settings it carries, so there is no import cycle through it.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress

from .features import Features, measure_all
from .settings import DEFAULT_SETTINGS, Settings


# init=False: a frozen dataclass's __init__ sets each field through
# object.__setattr__; the slots' own setters take half the time, and a page
# makes a Block a line (and a document a Decision a line: see Decision).
# (One written here, not one dataclass compiles at each start to replace.)
@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One input line, whitespace-normalised."""

    index: int
    text: str
    line_no: int
    """1-based line number in the decoded input."""
    blank_before: bool
    """True when at least one blank line separated it from the previous block."""

    def __init__(self, index: int, text: str, line_no: int, blank_before: bool) -> None:
        set_index, set_text, set_line_no, set_blank_before = _BLOCK_SETTERS
        set_index(self, index)
        set_text(self, text)
        set_line_no(self, line_no)
        set_blank_before(self, blank_before)


_BLOCK_SETTERS = tuple(getattr(Block, name).__set__ for name in ("index", "text", "line_no", "blank_before"))


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
    if parts:  # the last newline joined with the rest: not a second copy of the whole text to add it
        parts.append("\n")
    return "".join(parts)


@dataclass(eq=False)
class Page:
    """The blocks still kept when a stage runs, with their features. Equal
    only to itself: what stages derive from a page is kept by the page's
    identity (see ``fragments.joined``)."""

    blocks: list[Block]
    features: list[Features]
    stopwords: frozenset[str] = frozenset()
    language: str | None = None
    removed: dict[int, str] = field(default_factory=dict)
    """Blocks of the pass that earlier stages removed: block index → stage id."""
    hits: Sequence[frozenset[object]] = field(default_factory=list)
    """For each block, the line patterns of the cleaner's detectors that mark
    it (see ``detectors.patterns.LineMatcher``); none when not given."""
    settings: Settings = DEFAULT_SETTINGS
    removed_earlier: frozenset[str] = frozenset()
    """Ids of the stages that removed blocks in earlier passes over the document."""
    earlier_findings: dict[str, object] = field(default_factory=dict)
    """What stages noted of the document's earlier pages, by the stage's id,
    shared by the pages of its passes: a later pass's page is the earlier
    pages' blocks less those removed, and a stage that finds less on fewer
    blocks may tell from its note that it would find nothing (see
    ``detectors.copies``). A stage checks its note against the page: a
    note is a shortcut, never the reason of a decision."""

    def __post_init__(self) -> None:
        if not self.hits:
            self.hits = [frozenset()] * len(self.blocks)

    @classmethod
    def of(cls, blocks: list[Block], stopwords: frozenset[str] = frozenset(), language: str | None = None,
           settings: Settings = DEFAULT_SETTINGS) -> Page:
        """A page measuring its own blocks, without line-pattern hits."""
        return cls(blocks, measure_all([b.text for b in blocks], stopwords, settings), stopwords, language,
                   settings=settings)

    def adjacent(self, i: int) -> bool:
        """Whether block ``i`` stands right under block ``i - 1`` in the input, nothing removed between
        them: false for the first block, and for a position past the last."""
        blocks = self.blocks
        return 0 < i < len(blocks) and blocks[i].index == blocks[i - 1].index + 1

    def texts(self) -> tuple[str, ...]:
        # Made once, and a tuple so that no stage copies it: stages ask for it a dozen times a page, and a
        # copy each time cost the page's length, some stages' runs times over (near-copied pages).
        return self._texts

    @functools.cached_property
    def _texts(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks)

    @functools.cached_property
    def indices(self) -> tuple[int, ...]:
        """Each block's index (its line in the pass's input), in order: what ``removed`` is keyed by, found
        among the blocks by bisection. Made once a page: selection's steps asked for it a dozen times."""
        return tuple(b.index for b in self.blocks)

    def marked_by(self, pattern: object) -> list[int]:
        """Positions of the blocks whose hits hold ``pattern``."""
        return list(self._marked.get(pattern, ()))

    @functools.cached_property
    def _marked(self) -> dict[object, list[int]]:
        # The blocks of each pattern, read off the hits once for the page's
        # pattern detectors (a dozen), not once for each.
        marked: dict[object, list[int]] = defaultdict(list)
        # Most blocks have no hits: skipped in C.
        for position, hits in compress(enumerate(self.hits), self.hits):
            for pattern in hits:
                marked[pattern].append(position)
        return marked


@dataclass(frozen=True)
class Metadata:
    """What the page says about the article, apart from its body."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True, init=False)  # init=False: as Block's
class Decision:
    """One input block and, if it was removed, the id of what removed it."""

    block: Block
    removed_by: str | None = None

    def __init__(self, block: Block, removed_by: str | None = None) -> None:
        set_block, set_removed_by = _DECISION_SETTERS
        set_block(self, block)
        set_removed_by(self, removed_by)

    @property
    def kept(self) -> bool:
        return self.removed_by is None


_DECISION_SETTERS = tuple(getattr(Decision, name).__set__ for name in ("block", "removed_by"))


@dataclass(frozen=True)
class Explanation:
    """The cleaned text together with every decision taken on the way."""

    decisions: tuple[Decision, ...]
    outlet: str | None = None
    language: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    reading: str | None = None
    """HTML only: which reading of the page was kept, and why (html_choice)."""

    @property
    def text(self) -> str:
        return render([d.block for d in self.decisions if d.kept])

    @property
    def removed_counts(self) -> Counter[str]:
        return Counter(d.removed_by for d in self.decisions if d.removed_by)

    @property
    def chars(self) -> int:
        """Characters in the input blocks."""
        return sum(len(d.block.text) for d in self.decisions)

    @property
    def removed_chars(self) -> int:
        """Characters in the removed blocks."""
        return sum(len(d.block.text) for d in self.decisions if not d.kept)

    @property
    def removed_share(self) -> float:
        """Share of input characters in removed blocks."""
        return removed_share(self.removed_chars, self.chars)


def removed_share(removed_chars: int, chars: int) -> float:
    """Share of ``chars`` removed, 0 for no text: of a document or of a run."""
    return removed_chars / chars if chars else 0.0
