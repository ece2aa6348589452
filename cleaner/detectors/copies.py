"""Second copies of the page's text: repeated paragraphs and the whole story
run together on one line (from page metadata or an embedded copy)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from itertools import chain

import regex

from ..model import Page
from .base import Example, Mode, detector

_TOKEN = regex.compile(r"\w+")


# N-gram sets are large (some kB a paragraph): keep enough for the long
# blocks of a page's passes, not LINE_CACHE_SIZE.
SHINGLE_CACHE_SIZE = 1024


@functools.lru_cache(maxsize=SHINGLE_CACHE_SIZE)
def _words_and_shingles(text: str, shingle_words: int) -> tuple[str, frozenset[tuple[str, ...]]]:
    """The block's words (casefolded, joined by spaces: copies may differ in
    quotes, apostrophes and spacing) and its word n-grams."""
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    shingles = frozenset(zip(*(tokens[k:] for k in range(shingle_words))))
    return " ".join(tokens), shingles


def _context_words(page: Page, i: int) -> float:
    """The words of the blocks around block i: how much prose surrounds it."""
    context = page.settings.copy_context_blocks
    around = [*range(max(0, i - context), i), *range(i + 1, min(len(page.blocks), i + 1 + context))]
    words: float = sum(page.features[j].words for j in around)
    return words


# Not on extracted HTML: a second copy of the story is an artefact of text
# renderings that the extractor does not make (run anyway, it cost a little F1).
@detector("duplicate-copy", modes={Mode.TEXT}, examples=[
    Example("Six villages were evacuated by the army well before noon.\nThe dam burst at dawn and flooded the valley below.\n"
            "Six villages were evacuated by the army well before noon.\n"
            "The dam burst at dawn and flooded the valley below. Six villages were evacuated by the army well before noon.",
            removed=("Six villages were evacuated by the army well before noon.",
                     "The dam burst at dawn and flooded the valley below. Six villages were evacuated by the army well before noon.")),
    Example("The dam burst at dawn and flooded the valley below, officials said.\n"
            "\"The dam burst at dawn,\" one farmer said, \"and the valley below was gone by seven.\""),
])
def duplicate_copy(page: Page) -> list[int]:
    """A paragraph repeated verbatim (all but the copy among most prose) and a block that strings
    together several of the page's other paragraphs (the story again on one
    line). A story never repeats itself word for word."""
    settings = page.settings
    texts = page.texts()
    long_blocks = [i for i, f in enumerate(page.features) if f.words >= settings.copy_min_words]
    keys = {i: _words_and_shingles(texts[i], settings.shingle_words)[0] for i in long_blocks}
    hits: set[int] = set()
    copies: dict[str, list[int]] = defaultdict(list)
    for i in long_blocks:
        copies[keys[i]].append(i)
    for positions in copies.values():
        if len(positions) > 1:
            # The copy among most prose stays: it is the story's own paragraph,
            # the others are summaries, teasers or a second rendering.
            kept = max(positions, key=lambda i: _context_words(page, i))
            hits.update(p for p in positions if p != kept)
    # Each distinct block once: n-grams that occur in two or more are shared.
    shingles_of = {keys[i]: _words_and_shingles(texts[i], settings.shingle_words)[1] for i in long_blocks}
    occurrences = Counter(chain.from_iterable(shingles_of.values()))
    shared = {shingle for shingle, count in occurrences.items() if count > 1}
    for i in long_blocks:
        own = shingles_of[keys[i]]
        total = len(own)
        if i in hits or not total or len(own & shared) < settings.copy_covered_share * total:
            continue
        # A copy of one paragraph (or the original of a long copy) has a
        # single source covering most of it: stop at the first such source.
        limit = settings.copy_max_single_source_share * total
        if not any(len(own & other) > limit for key, other in shingles_of.items() if key != keys[i]):
            hits.add(i)
    return sorted(hits)
