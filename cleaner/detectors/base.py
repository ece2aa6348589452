"""What every detector is: an id, a docstring, a function, and examples."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex

from ..blocks import Block
from ..features import LINE_CACHE_SIZE, Features, measure
from .literals import first_characters, fold, holds_any, required_literals


@dataclass
class Page:
    """The blocks still kept when a stage runs, with their features."""

    blocks: list[Block]
    features: list[Features]
    stopwords: frozenset[str] = frozenset()
    language: str | None = None
    removed: dict[int, str] = field(default_factory=dict)
    """Blocks of the pass that earlier stages removed: block index → stage id."""
    hits: list[frozenset[LinePattern]] = field(default_factory=list)
    """For each block, the line patterns that mark it (see ``line_hits``);
    worked out here when not given."""

    def __post_init__(self) -> None:
        if len(self.hits) != len(self.blocks):
            self.hits = hits_of(self.blocks, self.features)

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


class LinePattern:
    """Alternatives that mark a whole line of at most ``max_words`` words,
    matched case-insensitively.

    Branches anchored at the line's start ("^...") are tried with one
    ``match`` at position 0, the others with one ``search``; each only on
    lines that could match it (see ``literals`` and ``_gated_groups``). Case
    folding is the simple kind: full folding (regex's V1 default) makes
    alternations many times slower and no pattern here needs it.
    """

    def __init__(self, *alternatives: str, max_words: float) -> None:
        branches = [branch for alternative in alternatives for branch in top_level_branches(alternative)]
        self._groups = [
            *_gated_groups([b[1:] for b in branches if b.startswith("^")], anchored=True),
            *_gated_groups([b for b in branches if not b.startswith("^")], anchored=False),
        ]
        self.max_words = max_words
        LINE_PATTERNS.append(self)
        line_hits.cache_clear()  # cached before this pattern existed

    def matches(self, text: str, folded: str | None = None) -> bool:
        """Whether the pattern marks ``text`` (whatever its length);
        ``folded`` is ``literals.fold(text)`` when the caller has it."""
        folded = fold(text) if folded is None else folded
        for find, may_match in self._groups:
            if (may_match is None or may_match(folded)) and find(text):
                return True
        return False


Finder = Callable[[str], object]


def _gated_groups(branches: list[str], *, anchored: bool) -> list[tuple[Finder, Finder | None]]:
    """The branches compiled in up to three groups, each with the cheap test
    a folded line must pass before the regex runs: anchored branches whose
    first characters are known need a line that begins with one; branches
    with required literals need a line that holds one; the rest run on every
    line."""
    starting: list[str] = []
    holding: list[str] = []
    rest: list[str] = []
    for branch in branches:
        if anchored and first_characters(branch) is not None:
            starting.append(branch)
        elif required_literals(branch) is not None:
            holding.append(branch)
        else:
            rest.append(branch)
    groups: list[tuple[Finder, Finder | None]] = []
    if starting:
        starts = frozenset().union(*map(first_characters, starting))  # type: ignore[arg-type]
        groups.append((_compile(starting, anchored), lambda folded: folded[:1] in starts))
    if holding:
        groups.append((_compile(holding, anchored), holds_any(frozenset().union(*map(required_literals, holding)))))  # type: ignore[arg-type]
    if rest:
        groups.append((_compile(rest, anchored), None))
    return groups


def _compile(branches: list[str], anchored: bool) -> Finder:
    pattern = regex.compile("|".join(f"(?:{b})" for b in branches), regex.I)
    return pattern.match if anchored else pattern.search


LINE_PATTERNS: list[LinePattern] = []
"""Every line pattern, tried on each line by line_hits."""


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def line_hits(text: str, words: float) -> frozenset[LinePattern]:
    """The line patterns that mark a line of ``words`` words: each distinct
    line meets every pattern once, and the detectors, the fixed-point passes
    and the pages of one site share the result."""
    folded = fold(text)
    return frozenset(p for p in LINE_PATTERNS if words <= p.max_words and p.matches(text, folded))


def hits_of(blocks: list[Block], features: list[Features]) -> list[frozenset[LinePattern]]:
    """Each block's line hits."""
    return [line_hits(b.text, f.words) for b, f in zip(blocks, features)]


class CuePattern:
    """Phrases counted in a line: how many cues of an appeal or a notice it
    carries. Cached per line like LinePattern."""

    def __init__(self, pattern: str) -> None:
        self._findall = regex.compile(pattern, regex.I).findall
        literals = required_literals(pattern)
        self._holds_literal = holds_any(literals) if literals else None
        self.count: Callable[[str], int] = functools.lru_cache(maxsize=LINE_CACHE_SIZE)(self._count)

    def _count(self, text: str) -> int:
        if self._holds_literal and not self._holds_literal(fold(text)):
            return 0
        return len(self._findall(text))


def top_level_branches(pattern: str) -> list[str]:
    """Split ``pattern`` at the ``|`` that are outside groups and sets."""
    branches, start, depth, in_set, escaped = [], 0, 0, False, False
    for position, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:position])
            start = position + 1
    return [*branches, pattern[start:]]


def matching_positions(page: Page, pattern: LinePattern) -> list[int]:
    """Positions of the blocks that ``pattern`` marks."""
    return [i for i, hits in enumerate(page.hits) if pattern in hits]


def cued_positions(
    page: Page, cues: CuePattern, *, short_words: float, min_cues: int, max_words: float
) -> list[int]:
    """Positions of blocks of at most ``max_words`` that carry enough
    ``cues``: one in a block of at most ``short_words``, ``min_cues`` in a
    longer one, so that a story mentioning one cue in passing is spared."""
    return [
        i for i, (block, feats) in enumerate(zip(page.blocks, page.features))
        if feats.words <= max_words
        and cues.count(block.text) >= (1 if feats.words <= short_words else min_cues)
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
