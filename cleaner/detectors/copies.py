"""Second copies of the page's text: repeated paragraphs and the whole story
run together on one line (from page metadata or an embedded copy)."""

from __future__ import annotations

import functools
import hashlib
import math
from collections import defaultdict
from typing import TYPE_CHECKING

import regex

from ..model import Page
from .base import Example, Mode, detector

if TYPE_CHECKING:
    import numpy as np

_TOKEN = regex.compile(r"\w+")


# Kept for the long blocks of a page's passes, which meet the same blocks again.
SHINGLE_CACHE_SIZE = 1024


@functools.lru_cache(maxsize=SHINGLE_CACHE_SIZE)
def _words_and_shingles(text: str, shingle_words: int) -> tuple[str, np.ndarray]:
    """The block's words (casefolded, joined by spaces: copies may differ in
    quotes, apostrophes and spacing) and its word n-grams, each as a 64-bit
    hash, sorted and distinct: 8 bytes an n-gram rather than a tuple of
    strings (some 20 times the text), at the cost of a collision between
    two n-grams once in some 10^10 pages. The hash is a polynomial over the
    words' own keyed hashes, the same in every process (Python's ``hash``
    of a string is salted per process, and decisions must not depend on it)."""
    import numpy as np  # imported with the language model, at the first page: not at `import cleaner`

    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    count = len(tokens) - shingle_words + 1
    if count <= 0:
        return " ".join(tokens), np.empty(0, dtype=np.int64)
    words = np.fromiter(map(_word_hash, tokens), dtype=np.uint64, count=len(tokens))
    hashes = np.zeros(count, dtype=np.uint64)
    for k in range(shingle_words):  # wraps modulo 2**64
        hashes = hashes * _SHINGLE_MULTIPLIER + words[k:k + count]
    return " ".join(tokens), np.unique(hashes.view(np.int64))


# An odd 64-bit constant (the golden ratio's): each word's place in the n-gram counts.
_SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15


@functools.lru_cache(maxsize=2**16)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


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
    index = ShingleIndex({keys[i]: _words_and_shingles(texts[i], settings.shingle_words)[1] for i in long_blocks})
    for i in long_blocks:
        total = index.size(keys[i])
        if i in hits or not total or index.shared_count(keys[i]) < settings.copy_covered_share * total:
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
    costs about its length, not its square. ``comparisons`` counts the work.

    Flat arrays, not a dict of lists: each n-gram held by a block costs some
    40 bytes while the index stands, so a page's index stays within a few
    times its text."""

    def __init__(self, shingles_of: dict[str, np.ndarray]) -> None:
        import numpy as np

        self.keys = {key: number for number, key in enumerate(shingles_of)}
        self.shingles = list(shingles_of.values())
        sizes = np.fromiter(map(len, self.shingles), dtype=np.int64, count=len(self.shingles))
        self.offsets = np.r_[0, np.cumsum(sizes)]
        every = np.concatenate(self.shingles) if self.shingles else np.empty(0, dtype=np.int64)
        order = np.argsort(every, kind="stable")
        every = every[order]
        # Runs of one n-gram in hash order, each run its holders (a block
        # holds an n-gram once); ``run_of``: the run of each block's n-grams.
        new_run = np.empty(len(every), dtype=bool)
        new_run[:1] = True
        np.not_equal(every[1:], every[:-1], out=new_run[1:])
        del every
        self.run_starts = np.r_[np.flatnonzero(new_run), len(order)]
        run_of_sorted = np.cumsum(new_run) - 1
        del new_run
        self.holder = np.repeat(np.arange(len(self.shingles), dtype=np.int32), sizes)[order]
        holders = np.diff(self.run_starts)
        self.shared = np.bincount(self.holder, weights=holders[run_of_sorted] > 1, minlength=len(self.shingles))
        self.run_of = np.empty_like(run_of_sorted)
        self.run_of[order] = run_of_sorted
        self.holders_of = holders[self.run_of]
        self.comparisons = 0

    def size(self, key: str) -> int:
        """How many distinct n-grams block ``key`` holds."""
        return len(self.shingles[self.keys[key]])

    def shared_count(self, key: str) -> int:
        """How many of the n-grams block ``key`` holds occur in another block too."""
        return int(self.shared[self.keys[key]])

    def has_source(self, key: str, limit: float) -> bool:
        """Whether another block shares more than ``limit`` of block ``key``'s n-grams.

        Such a block misses fewer than ``len(own) - floor(limit)`` of them, so
        it holds one of any that many: only the holders of the rarest ones
        are candidates (prefix filtering), each checked in full."""
        number = self.keys[key]
        own = self.shingles[number]
        probes = len(own) - math.floor(limit)
        if probes <= 0:
            return False
        import numpy as np

        begin, end = self.offsets[number], self.offsets[number + 1]
        rarest = np.argsort(self.holders_of[begin:end], kind="stable")[:probes]
        checked = {number}
        for run in self.run_of[begin:end][rarest].tolist():
            for other in self.holder[self.run_starts[run]:self.run_starts[run + 1]].tolist():
                self.comparisons += 1
                if other in checked:
                    continue
                checked.add(other)
                theirs = self.shingles[other]
                self.comparisons += min(len(own), len(theirs))
                if len(np.intersect1d(own, theirs, assume_unique=True)) > limit:
                    return True
        return False
