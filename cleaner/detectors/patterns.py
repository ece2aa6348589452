"""Phrases as data: line patterns and counted cues, written one branch a
line and grouped by language, compiled the first time a Cleaner uses them.

A Cleaner tries on each line only the line patterns its detectors declare
(``LineMatcher``); a pattern no detector of it uses is never compiled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import regex

from ..features import LINE_CACHE_SIZE, Features
from ..model import Block, Page
from ..settings import Settings
from .literals import first_characters, fold, holds_any, required_literals

Branches = Mapping[str, Sequence[str]]
"""Regex branches by language ("en", "de", ...; "any" for language-neutral
forms such as timestamps): one alternative each, no top-level ``|``."""


def _check_branches(branches: Branches) -> tuple[str, ...]:
    flat = tuple(branch for group in branches.values() for branch in group)
    for branch in flat:
        if len(top_level_branches(branch)) != 1:
            raise ValueError(f"one alternative a line, without a top-level '|': {branch!r}")
    return flat


def _check_setting(name: str) -> str:
    if name not in Settings.__dataclass_fields__:
        raise ValueError(f"unknown setting {name!r}")
    return name


class LinePattern:
    """Alternatives that mark a whole line of at most ``max_words`` words
    (the name of a setting), matched case-insensitively.

    Branches anchored at the line's start ("^...") are tried with one
    ``match`` at position 0, the others with one ``search``; each only on
    lines that could match it (see ``literals`` and ``_gated_groups``). Case
    folding is the simple kind: full folding (regex's V1 default) makes
    alternations many times slower and no pattern here needs it.
    """

    def __init__(self, branches: Branches, *, max_words: str) -> None:
        self.branches = {language: tuple(group) for language, group in branches.items()}
        self._all = _check_branches(branches)
        self.max_words = _check_setting(max_words)

    @functools.cached_property
    def _groups(self) -> list[tuple[Finder, Finder | None]]:
        return [
            *_gated_groups([b[1:] for b in self._all if b.startswith("^")], anchored=True),
            *_gated_groups([b for b in self._all if not b.startswith("^")], anchored=False),
        ]

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
    return CompiledOnFirstCall("|".join(f"(?:{b})" for b in branches), "match" if anchored else "search")


class CompiledOnFirstCall:
    """``regex.compile(pattern, regex.I).<method>``, compiled when first
    called: on a short page the gates of most groups never open, and
    compiling them all was most of a start's time."""

    __slots__ = ("pattern", "method", "_call")

    def __init__(self, pattern: str, method: str) -> None:
        self.pattern = pattern
        self.method = method
        self._call: Callable[[str], Any] | None = None

    def __call__(self, text: str) -> Any:
        if self._call is None:
            self._call = getattr(regex.compile(self.pattern, regex.I), self.method)
        return self._call(text)


class LineMatcher:
    """The line patterns of one Cleaner's detectors, with its settings'
    word limits: each distinct line meets each pattern once, and the
    detectors, the fixed-point passes and the pages of one site share the
    result."""

    def __init__(self, patterns: Iterable[LinePattern], settings: Settings) -> None:
        self._limits = [(p, float(getattr(settings, p.max_words))) for p in dict.fromkeys(patterns)]
        self.line_hits = functools.lru_cache(maxsize=LINE_CACHE_SIZE)(self._line_hits)

    def _line_hits(self, text: str, words: float) -> frozenset[LinePattern]:
        folded = fold(text)
        return frozenset(p for p, limit in self._limits if words <= limit and p.matches(text, folded))

    def hits_of(self, blocks: Sequence[Block], features: Sequence[Features]) -> list[frozenset[LinePattern]]:
        """Each block's line hits."""
        return [self.line_hits(b.text, f.words) for b, f in zip(blocks, features)]


class CuePattern:
    """Phrases counted in a line: how many cues of an appeal or a notice it
    carries, each phrase between ``before`` and ``after``. Compiled on first
    use, and cached per line like LinePattern."""

    def __init__(self, phrases: Branches, *, before: str = r"\b", after: str = r"\b") -> None:
        # One capturing group, so that findall counts matches, not parts.
        self.pattern = f"{before}({'|'.join(_check_branches(phrases))}){after}"
        self.phrases = {language: tuple(group) for language, group in phrases.items()}

    @functools.cached_property
    def count(self) -> Callable[[str], int]:
        """The number of cues in a line."""
        findall = CompiledOnFirstCall(self.pattern, "findall")
        literals = required_literals(self.pattern)
        holds_literal = holds_any(literals) if literals else None

        @functools.lru_cache(maxsize=LINE_CACHE_SIZE)
        def count(text: str) -> int:
            if holds_literal and not holds_literal(fold(text)):
                return 0
            return len(findall(text))

        return count


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


def cued_positions(page: Page, cues: CuePattern, *, short_words: float, min_cues: int, max_words: float) -> list[int]:
    """Positions of blocks of at most ``max_words`` that carry enough
    ``cues``: one in a block of at most ``short_words``, ``min_cues`` in a
    longer one, so that a story mentioning one cue in passing is spared."""
    return [
        i for i, (block, feats) in enumerate(zip(page.blocks, page.features))
        if feats.words <= max_words
        and cues.count(block.text) >= (1 if feats.words <= short_words else min_cues)
    ]
