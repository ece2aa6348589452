"""Second copies of the page's text: repeated paragraphs and the whole story
run together on one line (from page metadata or an embedded copy)."""

from __future__ import annotations

from collections import Counter, defaultdict

import regex

from .base import Example, Page, detector

_TOKEN = regex.compile(r"\w+")
# Word n-grams compared between blocks: long enough that shared phrases
# ("the president said on") rarely make two blocks look alike.
SHINGLE_WORDS = 4
# Blocks shorter than this are labels; repeating them is the business of
# other detectors (menus, headlines).
COPY_MIN_WORDS = 10
# A block is a copy when this share of its n-grams occurs in other blocks...
COPY_COVERED_SHARE = 0.8
# ...spread over several of them, none covering more than this share: a
# line that strings paragraphs together. One paragraph inside a long copy
# stays (it is the original), and so do near-identical paragraphs.
COPY_MAX_SINGLE_SOURCE_SHARE = 0.7

# Blocks on each side whose words measure how much prose surrounds a block.
CONTEXT_BLOCKS = 2


def _context_words(page: Page, i: int) -> float:
    around = [*range(max(0, i - CONTEXT_BLOCKS), i), *range(i + 1, min(len(page.blocks), i + 1 + CONTEXT_BLOCKS))]
    return sum(page.features[j].words for j in around)


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    return {tuple(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


@detector("duplicate-copy", examples=[
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
    texts = page.texts()
    long_blocks = [i for i, f in enumerate(page.features) if f.words >= COPY_MIN_WORDS]
    shingles = {i: _shingles(texts[i]) for i in long_blocks}
    # Copies may differ in quotes, apostrophes and spacing: compare words.
    keys = {i: " ".join(_TOKEN.findall(texts[i].casefold())) for i in long_blocks}
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i in long_blocks:
        for shingle in shingles[i]:
            owners[shingle].add(i)
    hits: set[int] = set()
    copies: dict[str, list[int]] = defaultdict(list)
    for i in long_blocks:
        copies[keys[i]].append(i)
    for positions in copies.values():
        # The copy among most prose stays: it is the story's own paragraph,
        # the others are summaries, teasers or a second rendering.
        kept = max(positions, key=lambda i: _context_words(page, i))
        hits.update(p for p in positions if p != kept)
    for i in long_blocks:
        if i in hits:
            continue
        per_source: Counter[str] = Counter()
        covered = 0
        for shingle in shingles[i]:
            sources = {keys[j] for j in owners[shingle]} - {keys[i]}
            covered += bool(sources)
            per_source.update(sources)
        total = len(shingles[i])
        if (total and covered >= COPY_COVERED_SHARE * total
                and max(per_source.values()) <= COPY_MAX_SINGLE_SOURCE_SHARE * total):
            hits.add(i)
    return sorted(hits)
