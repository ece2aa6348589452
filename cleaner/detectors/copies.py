"""Second copies of the page's text: repeated paragraphs and the whole story
run together on one line (from page metadata or an embedded copy)."""

from __future__ import annotations

import functools
import heapq
import math
from collections import defaultdict

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
    index = ShingleIndex(shingles_of)
    for i in long_blocks:
        own = shingles_of[keys[i]]
        total = len(own)
        if i in hits or not total or index.shared_count(own) < settings.copy_covered_share * total:
            continue
        # A copy of one paragraph (or the original of a long copy) has a
        # single source covering most of it.
        if not index.has_source(keys[i], settings.copy_max_single_source_share * total):
            hits.add(i)
    return sorted(hits)


class ShingleIndex:
    """The blocks' n-grams, each with the blocks that hold it: a block meets
    only the blocks it shares n-grams with, not every block of the page, so
    that a page of many paragraphs (a thread where each post quotes the last)
    costs about its length, not its square. ``comparisons`` counts the work."""

    def __init__(self, shingles_of: dict[str, frozenset[tuple[str, ...]]]) -> None:
        self.shingles_of = shingles_of
        self.holders: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for key, shingles in shingles_of.items():
            for shingle in shingles:
                self.holders[shingle].append(key)
        self.comparisons = 0

    def shared_count(self, own: frozenset[tuple[str, ...]]) -> int:
        """How many of the n-grams ``own`` holds occur in another block too."""
        return sum(len(self.holders[shingle]) > 1 for shingle in own)

    def has_source(self, key: str, limit: float) -> bool:
        """Whether another block shares more than ``limit`` of block ``key``'s n-grams.

        Such a block misses fewer than ``len(own) - floor(limit)`` of them, so
        it holds one of any that many: only the holders of the rarest ones
        are candidates (prefix filtering), each checked in full."""
        own = self.shingles_of[key]
        probes = len(own) - math.floor(limit)
        if probes <= 0:
            return False
        rarest = heapq.nsmallest(probes, own, key=lambda shingle: len(self.holders[shingle]))
        checked = {key}
        for shingle in rarest:
            for other in self.holders[shingle]:
                self.comparisons += 1
                if other in checked:
                    continue
                checked.add(other)
                self.comparisons += min(len(own), len(self.shingles_of[other]))
                if len(own & self.shingles_of[other]) > limit:
                    return True
        return False
