"""What every detector declares: its id, what it removes and why, its roles,
the modes it runs in, what it reads of earlier stages, and its examples."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import compress, count
from typing import NamedTuple

from ..fragments import joined, page_wrap_width, wrapped_lines
from ..model import Page
from .patterns import (
    Branches,
    CuePattern,
    LinePattern,
    cued_positions,
    matching_positions,
)


class Role(StrEnum):
    """What a removal means to the stages after it."""

    CHROME = "chrome"
    """Where an article ends: costs a main-content region that crosses it."""
    INTERRUPTION = "interruption"
    """May stand between two paragraphs of one story without ending it."""
    HEADER = "header"
    """The story's header: prose before it is not the story (before-header)."""
    HEADLINE = "headline"
    """A headline line, after which the story's lead may follow."""
    BOX = "box"
    """A box's prose set apart (an author's bio, a newsletter's pitch): in
    the story's tail, selection counts it as it counted it kept."""


class Mode(StrEnum):
    TEXT = "text"
    """Page text, with no markup."""
    HTML = "html"
    """Text that trafilatura extracted from HTML."""


BOTH_MODES = frozenset({Mode.TEXT, Mode.HTML})


class Example(NamedTuple):
    """A detector fixture: ``text``, and the lines the detector must remove
    from it (none for a negative example); ``ids``, when given, the id each
    removed line is removed with (for a detector with several). A named
    tuple, as Output: a frozen dataclass's class costs a start some 4 M
    instructions (its methods compiled), and some 900 examples are made."""

    text: str
    removed: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()


class Output(NamedTuple):
    """An id a detector removes blocks with, what it means, and its roles."""

    id: str
    doc: str
    roles: frozenset[Role] = frozenset()

    @property
    def summary(self) -> str:
        return " ".join(self.doc.split("\n\n")[0].split())


Found = Iterable[int] | Mapping[int, str]
"""What a detector finds on a page: positions of blocks to remove (with its
own id), or positions each with one of its output ids."""
DetectFunction = Callable[[Page], Found]


def table_row(text: str) -> bool:
    """Whether a line is a table's row as extracted HTML renders it
    ("| Pos. | Driver | Points |"): set between pipes, where a menu on one
    line ("News | Sport | Weather") is not. Its cells are the article's data,
    repeated or not."""
    return text.startswith("|") and text.endswith("|") and len(text) > 1


_not_chrome: frozenset[str] = frozenset()
"""The ids the registry declares without the chrome role, handed over by it
(``take_roles``): it imports the detectors, which cannot import it."""


def take_roles(outputs: Iterable[Output]) -> None:
    """Keep what ``chrome_found`` needs of the registry's ``outputs``."""
    global _not_chrome
    _not_chrome = frozenset(output.id for output in outputs if Role.CHROME not in output.roles)


def is_chrome(stage: str) -> bool:
    """Whether a removal by ``stage`` is chrome: a detector's with the chrome
    role, or one by a stage the registry does not declare (an outlet rule's,
    selection's)."""
    return stage not in _not_chrome


def chrome_found(page: Page) -> bool:
    """Whether a stage, in this pass or an earlier one, removed chrome (a
    detector's removal with the chrome role) or anything the registry does
    not declare (an outlet rule's or selection's): signs of a web page
    around the text. Asked by stages that keep a bare article whole."""
    return any(map(is_chrome, {*page.removed.values(), *page.removed_earlier}))


@dataclass(frozen=True)
class Detector:
    """A named step that finds blocks to remove (see ``detector``)."""

    id: str
    detect: DetectFunction = field(repr=False)
    doc: str = ""
    roles: frozenset[Role] = frozenset()
    modes: frozenset[Mode] = BOTH_MODES
    reads: tuple[str, ...] = ()
    """Ids of earlier stages whose removals (``Page.removed``) it looks at."""
    patterns: tuple[LinePattern, ...] = field(default=(), repr=False)
    """The line patterns whose hits (``Page.hits``) it looks at."""
    cues: tuple[CuePattern, ...] = field(default=(), repr=False)
    """The cue patterns it counts in lines."""
    also_removes_as: tuple[Output, ...] = ()
    """Ids besides its own that it removes blocks with."""
    examples: tuple[Example, ...] = field(default=(), repr=False)

    @property
    def summary(self) -> str:
        return self.outputs[0].summary

    @property
    def outputs(self) -> tuple[Output, ...]:
        return (Output(self.id, self.doc, self.roles), *self.also_removes_as)

    def find(self, page: Page) -> Iterator[tuple[int, str]]:
        """(position, id) of each block it removes from ``page``."""
        found = self.detect(page)
        if not isinstance(found, list) and isinstance(found, Mapping):  # a list (most) asks no ABC's check
            yield from found.items()
        else:
            yield from ((position, self.id) for position in found)


def detector(
    id: str, *, examples: Iterable[Example], roles: Iterable[Role] = (), modes: Iterable[Mode] = BOTH_MODES,
    reads: Iterable[str] = (), patterns: Iterable[LinePattern] = (), cues: Iterable[CuePattern] = (),
    also_removes_as: Iterable[Output] = (),
) -> Callable[[DetectFunction], Detector]:
    """Declare a detector: the function gets a Page and returns positions of
    blocks to remove; its docstring says what it removes and why."""

    def wrap(function: DetectFunction) -> Detector:
        return Detector(
            id, function, doc=_dedent(function.__doc__ or ""), roles=frozenset(roles), modes=frozenset(modes),
            reads=tuple(reads), patterns=tuple(patterns), cues=tuple(cues), also_removes_as=tuple(also_removes_as),
            examples=tuple(examples),
        )

    return wrap


def pattern_detector(
    id: str, doc: str, *, branches: Branches, max_words: str, examples: Iterable[Example],
    roles: Iterable[Role] = (), modes: Iterable[Mode] = BOTH_MODES,
) -> Detector:
    """A detector that removes every line its pattern marks: phrases as
    data, one branch a line, grouped by language (see ``LinePattern``)."""
    pattern = LinePattern(branches, max_words=max_words)

    def detect(page: Page) -> list[int]:
        return with_wrapped_rest(page, matching_positions(page, pattern), getattr(page.settings, max_words))

    return Detector(id, detect, doc=_dedent(doc), roles=frozenset(roles), modes=frozenset(modes),
                    patterns=(pattern,), examples=tuple(examples))


def cue_detector(
    id: str, doc: str, *, cues: CuePattern, short_words: str, min_cues: str, max_words: str,
    examples: Iterable[Example], roles: Iterable[Role] = (), modes: Iterable[Mode] = BOTH_MODES,
) -> Detector:
    """A detector that removes blocks carrying enough ``cues`` (see
    ``cued_positions``); the limits are the names of settings."""

    @by_paragraphs_if_wrapped  # a paragraph's cues and words, as a renderer that keeps it on one line shows them
    def detect(page: Page) -> list[int]:
        settings = page.settings
        return cued_positions(page, cues, short_words=getattr(settings, short_words),
                              min_cues=getattr(settings, min_cues), max_words=getattr(settings, max_words))

    return Detector(id, detect, doc=_dedent(doc), roles=frozenset(roles), modes=frozenset(modes),
                    cues=(cues,), examples=tuple(examples))


def by_sentences(function: DetectFunction) -> DetectFunction:
    """``function`` run on the page with each paragraph split over several
    lines joined into one block (see ``fragments``), its findings mapped
    back to the page's lines: for detectors that judge a line by its
    shape, to which a piece of a sentence is no label or headline."""

    def detect(page: Page) -> Found:
        whole, groups = joined(page)
        if len(groups) == len(page.blocks):
            return function(page)
        found = function(whole)
        if isinstance(found, Mapping):
            return {i: stage for position, stage in found.items() for i in groups[position]}
        return [i for position in found for i in groups[position]]

    detect.__doc__ = function.__doc__
    return detect


def by_paragraphs_if_wrapped(function: DetectFunction) -> DetectFunction:
    """``function`` run as ``by_sentences`` runs it on a page wrapped at a
    fixed width (see ``fragments.wrap_width``), else on the page's lines:
    for detectors that take short lines under a heading for a list's
    items, which a paragraph's wrapped lines are not, but to which the
    pieces of a sentence split at its links still read as items."""
    joining = by_sentences(function)

    def detect(page: Page) -> Found:
        return joining(page) if page_wrap_width(page) else function(page)

    detect.__doc__ = function.__doc__
    return detect


def wrapped_on(page: Page) -> list[bool]:
    """For each block but the last, whether the next one goes on with its
    paragraph on a page wrapped at a fixed width (see ``fragments.wrap_width``
    and ``fragments.wrapped_lines``; the two adjacent in the input); all
    False on a page whose lines are its paragraphs."""
    blocks = page.blocks
    width = page_wrap_width(page)
    if not width:
        return [False] * max(len(blocks) - 1, 0)
    return [wraps and after.index == before.index + 1
            for wraps, before, after in zip(wrapped_lines(blocks, width, page.settings.wrap_indent_chars), blocks,
                                            blocks[1:])]


def with_wrapped_rest(page: Page, positions: list[int], max_words: float) -> list[int]:
    """``positions`` of lines a phrase marks, and on a page wrapped at a
    fixed width the lines wrapped from each that starts a paragraph (see
    ``wrapped_on``), where the paragraph has at most ``max_words``: a
    renderer that keeps the paragraph on one line shows the phrase at the
    start of a line that is the whole paragraph ("We use cookies to ..." /
    "... of our site."), and a pattern marks the line. A marked line in the
    middle of a paragraph stays alone."""
    if not positions:
        return positions
    goes_on = wrapped_on(page)
    if not any(goes_on):
        return positions
    features = page.features
    found = set(positions)
    for i in positions:
        if i > 0 and goes_on[i - 1]:
            continue
        end = i
        while end < len(goes_on) and goes_on[end]:
            end += 1
        if end > i and sum(features[k].words for k in range(i, end + 1)) <= max_words:
            found.update(range(i + 1, end + 1))
    return sorted(found)


def _dedent(doc: str) -> str:
    return "\n".join(line.strip() for line in doc.strip().splitlines())


def runs(flags: Iterable[bool]) -> Iterator[range]:
    """Maximal runs of consecutive positions whose flag is true."""
    # Only the true flags' positions are visited: the false, most of a page's, are skipped in C.
    start = end = -1
    for position in compress(count(), flags):
        if position != end:
            if start >= 0:
                yield range(start, end)
            start = position
        end = position + 1
    if start >= 0:
        yield range(start, end)
