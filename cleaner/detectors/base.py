"""What every detector is: an id, a docstring, a function, and examples."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex

from ..blocks import Block
from ..features import Features, measure


@dataclass
class Page:
    """The blocks still kept when a stage runs, with their features."""

    blocks: list[Block]
    features: list[Features]
    stopwords: frozenset[str] = frozenset()
    language: str | None = None
    removed: dict[int, str] = field(default_factory=dict)
    """Blocks of the pass that earlier stages removed: block index → stage id."""

    @classmethod
    def of(cls, blocks: list[Block], stopwords: frozenset[str] = frozenset(), language: str | None = None) -> Page:
        """A page measuring its own blocks."""
        return cls(blocks, [measure(b.text, stopwords) for b in blocks], stopwords, language)

    def texts(self) -> list[str]:
        return [b.text for b in self.blocks]


@dataclass(frozen=True)
class Example:
    """A detector fixture: ``text``, and the lines the detector must remove
    from it (none for a negative example)."""

    text: str
    removed: tuple[str, ...] = ()


DetectFunction = Callable[[Page], Iterable[int]]


@dataclass(frozen=True)
class Detector:
    id: str
    detect: DetectFunction
    examples: tuple[Example, ...] = field(default=(), repr=False)

    @property
    def doc(self) -> str:
        return (self.detect.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


def detector(id: str, *, examples: Iterable[Example]) -> Callable[[DetectFunction], Detector]:
    """Declare a detector: the function gets a Page and yields positions of
    blocks to remove; its docstring says what it removes and why."""

    def wrap(function: DetectFunction) -> Detector:
        return Detector(id, function, tuple(examples))

    return wrap


def line_pattern(*alternatives: str) -> regex.Pattern[str]:
    """Compile alternatives into one case-insensitive pattern for whole lines."""
    return regex.compile("|".join(f"(?:{a})" for a in alternatives), regex.I | regex.V1)


def matching_positions(page: Page, pattern: regex.Pattern[str], *, max_words: float = float("inf")) -> list[int]:
    """Positions of blocks matching ``pattern`` with at most ``max_words`` words."""
    return [
        i for i, (block, feats) in enumerate(zip(page.blocks, page.features))
        if feats.words <= max_words and pattern.search(block.text)
    ]


def cued_positions(
    page: Page, cues: regex.Pattern[str], *, short_words: float, min_cues: int, max_words: float
) -> list[int]:
    """Positions of blocks of at most ``max_words`` that carry enough
    ``cues``: one in a block of at most ``short_words``, ``min_cues`` in a
    longer one, so that a story mentioning one cue in passing is spared."""
    return [
        i for i, (block, feats) in enumerate(zip(page.blocks, page.features))
        if feats.words <= max_words
        and len(cues.findall(block.text)) >= (1 if feats.words <= short_words else min_cues)
    ]


def runs(flags: Iterable[bool]) -> Iterator[range]:
    """Maximal runs of consecutive positions whose flag is true."""
    start = None
    position = -1
    for position, flag in enumerate(flags):
        if flag and start is None:
            start = position
        elif not flag and start is not None:
            yield range(start, position)
            start = None
    if start is not None:
        yield range(start, position + 1)
