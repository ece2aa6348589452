"""The per-page choice between two readings of an HTML page (stage ``html-reading``).

- ``extraction``: trafilatura's extract of the pruned markup, then the text
  detectors without main-content selection (the HTML path as it always was);
- ``rendering``: the whole page rendered as text (html-text), cleaned as
  text mode cleans any page.

The extractor sometimes keeps furniture around the story: the menus and
teasers of a page laid out in tables, a list of headlines it took for a
paragraph. Text mode, reading the whole page, drops those by their shape.
The rendering is read only on pages in the languages where text mode's
reading was measured to be the better one. On a page laid out in tables the
rendering's reading is kept: there the extractor's region is often a cell of
furniture. Elsewhere the rendering is read only when main-content selection
would cut something from the extraction. When everything the
rendering's reading keeps is also in the extraction, the two agree on the
story and the extraction has only kept more around it: the rendering's
reading is kept. Anything else (the rendering keeps text the extraction
dropped, or a different region) keeps the extraction, which is the better
reader of markup. The thresholds are the ``html_rendering_*`` fields of
``Settings``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .settings import DEFAULT_SETTINGS, Settings

CHOICE_ID = "html-reading"
EXTRACTION = "extraction"
RENDERING = "rendering"

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int) -> Counter[tuple[str, ...]]:
    """Multiset of the ``size``-word runs of ``text`` (lower case)."""
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def held_share(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    """Share of ``part``'s word runs that ``whole`` holds too (1 for an empty part)."""
    total = sum(part.values())
    return sum((part & whole).values()) / total if total else 1.0


@dataclass(frozen=True)
class Features:
    """What the choice reads: the two readings' lengths and overlaps."""

    extraction_chars: int
    rendering_chars: int
    rendering_in_extraction: float
    """Share of the rendering's reading (its word runs) that the extraction holds."""
    extraction_in_rendering: float
    """Share of the extraction that the rendering's reading holds."""


def features(extraction: str, rendering: str, settings: Settings = DEFAULT_SETTINGS) -> Features:
    size = settings.html_reading_shingle_words
    extracted, rendered = shingles(extraction, size), shingles(rendering, size)
    return Features(
        extraction_chars=len(extraction), rendering_chars=len(rendering),
        rendering_in_extraction=held_share(rendered, extracted),
        extraction_in_rendering=held_share(extracted, rendered),
    )


@dataclass(frozen=True)
class Choice:
    """The reading kept and why."""

    reading: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reading} ({self.reason})"


def by_alone(alone: bool) -> Choice | None:
    """The extraction, on a page that shows an article and nothing else
    (html_alone): it is the page's whole text, read as text mode reads it."""
    return Choice(EXTRACTION, "the page shows an article and nothing else") if alone else None


def by_language(language: str | None, settings: Settings) -> Choice | None:
    """The extraction, on a page whose extraction is in a language outside
    ``html_rendering_languages``; None: the rendering may be kept."""
    if language in settings.html_rendering_languages:
        return None
    return Choice(EXTRACTION, f"the rendering is not read on pages in language {language or 'unknown'}")


def by_layout(layout_tables: int, settings: Settings) -> Choice | None:
    """The rendering, on a page laid out in tables (at least
    ``html_rendering_layout_tables`` of them): the extractor reads such a
    page's cells as blocks and often takes a cell of menus or teasers with the
    story or for it, where text mode, reading the whole page, finds the story
    by its prose. None: the readings are compared."""
    if layout_tables < settings.html_rendering_layout_tables:
        return None
    return Choice(RENDERING, f"the page is laid out in {layout_tables} tables")


def by_selection(extraction: str, selection: str) -> Choice | None:
    """The extraction, when main-content selection would cut nothing from it:
    it kept nothing around the story for the rendering's reading to drop
    (on the choosing folds such pages lost when given the rendering's reading).
    None: the rendering may be kept."""
    if selection != extraction:
        return None
    return Choice(EXTRACTION, "main-content selection finds nothing around the story to cut")


def choose(found: Features, settings: Settings) -> Choice:
    """The rendering's reading when the extraction holds all of it, is
    longer, and is mostly the same text; else the extraction."""
    inside, overlap = found.rendering_in_extraction, found.extraction_in_rendering
    length = found.rendering_chars / found.extraction_chars if found.extraction_chars else float("inf")
    measured = (f"{inside:.0%} of the rendering's reading is in the extraction, {overlap:.0%} of the extraction "
                f"in it, {length:.0%} of its length")
    if not found.rendering_chars:
        return Choice(EXTRACTION, "the rendering's reading is empty")
    if inside < settings.html_rendering_min_inside:
        return Choice(EXTRACTION, f"{measured}: the readings keep different text")
    if length > settings.html_rendering_max_length:
        return Choice(EXTRACTION, f"{measured}: the extraction keeps no more")
    if overlap < settings.html_rendering_min_overlap:
        return Choice(EXTRACTION, f"{measured}: too little of the extraction to be the same story")
    return Choice(RENDERING, f"{measured}: the same story, without what the extraction kept around it")
