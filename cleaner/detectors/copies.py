"""Second copies of the page's text: repeated paragraphs and the whole story
run together on one line (from page metadata or an embedded copy)."""

from __future__ import annotations

import hashlib
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..features import casefolded_words
from ..model import Page
from .base import Example, Mode, by_paragraphs_if_wrapped, chrome_found, detector
from .patterns import KnownLines

if TYPE_CHECKING:
    import numpy as np



# Kept for the long blocks of a page's passes, which meet the same blocks again.
SHINGLE_CACHE_SIZE = 1024
# How many of an n-gram's holders has_source takes out of numpy at a time (see _holders_of).
HOLDERS_CHUNK = 64
# The words of long blocks a process indexes with sets (GramSetIndex) before numpy's hashed index: the sets spare a
# one-page start numpy's import; over many pages they cost more (some 11% more instructions on traf-dev's texts),
# the index's n-grams being kept across passes.
SET_INDEX_MAX_WORDS = 2_000


class _Budget:
    """What is left of a process's ``SET_INDEX_MAX_WORDS`` (speed alone: both indexes give the same answers)."""

    def __init__(self, words: float) -> None:
        self.left = words

    def take(self, words: float) -> bool:
        """Whether ``words`` more fit (then taken)."""
        if words > self.left:
            return False
        self.left -= words
        return True


_SET_INDEX_WORDS = _Budget(SET_INDEX_MAX_WORDS)


def copy_key(text: str) -> bytes:
    """What two copies of a block share (see duplicate_copy): a digest of its casefolded words."""
    return _key_of(casefolded_words(text))


def _key_of(words: list[str]) -> bytes:
    """A 128-bit digest of a block's words (casefolded, joined by spaces:
    copies may differ in quotes, apostrophes and spacing), for two blocks the
    same when their words are (two different ones share it once in 2^128),
    some 49 bytes rather than a copy of the text."""
    return hashlib.blake2b(" ".join(words).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _keys_and_shingles(texts: Sequence[str], shingle_words: int) -> list[tuple[bytes, np.ndarray]]:
    """Each block's key (see ``_key_of``) and its word n-grams, each as a
    64-bit hash, sorted and distinct: 8 bytes an n-gram rather than a tuple
    of strings (some 20 times the text), at the cost of a collision between
    two n-grams once in some 10^10 pages. The hash is a polynomial over the
    words' own keyed hashes, the same in every process (Python's ``hash`` of
    a string is salted per process, and decisions must not depend on it).
    Kept for the blocks the page's next pass meets again."""
    return _KNOWN_SHINGLES.of([(text, shingle_words) for text in texts], _compute_keys_and_shingles)


def _compute_keys_and_shingles(blocks: list[tuple[str, int]]) -> list[tuple[bytes, np.ndarray]]:
    """``_keys_and_shingles`` of blocks of one n-gram length, computed for
    all of them at once (numpy's calls on one block's few words were most
    of the time): the n-grams of the blocks' words run together, of which
    those that lie within one block are kept."""
    import numpy as np  # not for a small page (see GramSetIndex)

    shingle_words = blocks[0][1]
    keys = []
    # The blocks' words run together, each ended by a NUL, hashed all at once: one string a block,
    # not a list of every word (a string a word, some 50 bytes) while the hashes are made.
    ended_words: list[str] = []
    block_words: list[int] = []
    for text, _ in blocks:
        tokens = casefolded_words(text)
        keys.append(_key_of(tokens))
        block_words.append(len(tokens))
        ended_words.append("\0".join([*tokens, ""]))
    lengths = np.array(block_words, dtype=np.int64)
    counts = np.maximum(lengths - shingle_words + 1, 0)  # the n-grams within each block
    if not counts.any():
        return [(key, np.empty(0, dtype=np.int64)) for key in keys]
    words = _word_hashes("".join(ended_words))
    total = len(words) - shingle_words + 1
    hashes = np.zeros(total, dtype=np.uint64)
    for k in range(shingle_words):  # wraps modulo 2**64
        hashes = hashes * _SHINGLE_MULTIPLIER + words[k:k + total]
    owner = np.repeat(np.arange(len(blocks)), counts)
    first_word = np.cumsum(lengths) - lengths
    first_gram = np.cumsum(counts) - counts
    grams = hashes.view(np.int64)[np.repeat(first_word - first_gram, counts) + np.arange(owner.size)]
    # Sorted and distinct within each block, as np.unique gives them (its
    # first call imports numpy.ma, 10 ms of a start): by n-gram, then by
    # block in a stable sort, which numpy makes a radix sort on numbers of
    # 16 bits or fewer (a part holds at most PART_LINES blocks): a fifth
    # fewer instructions than lexsort's two comparison sorts.
    by_gram = np.argsort(grams)
    order = by_gram[np.argsort(owner.astype(np.min_scalar_type(len(blocks)))[by_gram], kind="stable")]
    grams, owner = grams[order], owner[order]
    distinct = np.ones(len(grams), dtype=bool)
    distinct[1:] = (grams[1:] != grams[:-1]) | (owner[1:] != owner[:-1])
    grams, owner = grams[distinct], owner[distinct]
    bounds = np.searchsorted(owner, np.arange(len(blocks) + 1)).tolist()
    return [(key, grams[bounds[i]:bounds[i + 1]]) for i, key in enumerate(keys)]


_KNOWN_SHINGLES: KnownLines[tuple[str, int], tuple[bytes, np.ndarray]] = KnownLines(SHINGLE_CACHE_SIZE)


def _grams(text: str, n: int) -> set[tuple[str, ...]]:
    """The distinct word n-grams of ``text`` (casefolded words, as the hashed index reads them)."""
    words = casefolded_words(text)
    return set(zip(*(words[k:] for k in range(n))))


class GramSetIndex:
    """``ShingleIndex``'s answers from sets of the n-grams themselves, with
    no numpy: the same answers but for a collision of the index's hashes.
    Used until numpy is imported, for a page of at most
    ``copy_sets_max_words`` words in long blocks (the sets cost some 20
    times their text), while the process's ``SET_INDEX_MAX_WORDS`` last,
    so that a one-page start does not pay numpy's import (more than
    half of a one-page start; a page in two has some block covered by the
    others, which the index is asked about)."""

    def __init__(self, grams_of: dict[Hashable, set[tuple[str, ...]]]) -> None:
        self._grams = grams_of
        self._holders: defaultdict[tuple[str, ...], list[Hashable]] = defaultdict(list)
        for key, grams in grams_of.items():
            for gram in grams:
                self._holders[gram].append(key)
        self._sharing_of: dict[Hashable, Counter[Hashable]] = {}
        self.comparisons = 0

    def size(self, key: Hashable) -> int:
        return len(self._grams[key])

    def shared_count(self, key: Hashable) -> int:
        return sum(len(self._holders[gram]) > 1 for gram in self._grams[key])

    def _sharing(self, key: Hashable) -> Counter[Hashable]:
        """The other blocks that share n-grams with block ``key``, with how many: counted once a block
        (duplicate-copy asks has_source, then held_whole, of the same block)."""
        held = self._sharing_of.get(key)
        if held is None:
            held = self._sharing_of[key] = Counter()
            for gram in self._grams[key]:
                held.update(self._holders[gram])
            del held[key]
            self.comparisons += sum(held.values())
        return held

    def held_whole(self, key: Hashable, share: float) -> int:
        return sum(count >= share * len(self._grams[other]) for other, count in self._sharing(key).items())

    def has_source(self, key: Hashable, limit: float) -> bool:
        return any(count > limit for count in self._sharing(key).values())


# An odd 64-bit constant (the golden ratio's): each word's place in the n-gram counts, a word's length in its hash.
_SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15


def _word_hashes(ended_words: str) -> np.ndarray:
    """A 64-bit hash of each word of ``ended_words`` (each ended by a NUL,
    none in it), the same in every process (Python's string hash is salted)
    and wherever the word stands: each character's code point and place in
    its word mixed (``_mixed``), summed over the word with its length, and
    mixed again; computed for all the words at once. Two different words
    share one once in some 2^64, as a 64-bit digest's; a BLAKE2b digest a
    word, its frequent words kept, cost some 4,000 instructions a word (a
    twentieth of a text's cleaning)."""
    import numpy as np

    codes = np.frombuffer(ended_words.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    ends = np.flatnonzero(codes == 0)
    starts = np.concatenate([np.zeros(1, dtype=np.int64), ends + 1])[:-1]
    lengths = ends - starts
    # Each character's place in its word, by a running count that a word's first character sets back to
    # 0; then the code point below it (a code point is below 2^21): one array of the text's length.
    pairs = np.ones(len(codes), dtype=np.int64)
    pairs[starts[1:]] = -lengths[:-1]
    pairs[:1] = 0
    np.cumsum(pairs, out=pairs)
    pairs <<= 21
    pairs |= codes
    mixed = _mixed(pairs.view(np.uint64))
    mixed[ends] = 0  # the NULs count for nothing
    summed = np.cumsum(mixed, out=mixed)
    before = np.where(starts > 0, summed[starts - 1], np.uint64(0))
    return _mixed(summed[ends] - before + lengths.astype(np.uint64) * np.uint64(_SHINGLE_MULTIPLIER))


# The values ``_mixed`` reads at once: its temporaries take at most this many times 8 bytes, not the text's length.
_MIXED_AT_ONCE = 1 << 16


def _mixed(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser of each of ``values`` (unsigned, 64 bits): a
    one-to-one map that spreads each bit over all, in place."""
    import numpy as np

    for start in range(0, len(values), _MIXED_AT_ONCE):
        part = values[start:start + _MIXED_AT_ONCE]  # a view: changed in place
        part ^= part >> np.uint64(30)
        part *= np.uint64(0xBF58476D1CE4E5B9)
        part ^= part >> np.uint64(27)
        part *= np.uint64(0x94D049BB133111EB)
        part ^= part >> np.uint64(31)
    return values


def _runs(groups: Iterable[list[int]], max_gap: int) -> list[list[list[int]]]:
    """Groups of copies (each the positions of one paragraph's copies, in page
    order) joined into runs, each a passage printed more than once: a group
    joins the run whose last group it follows copy by copy, each of its copies
    at most ``max_gap`` blocks after the same copy of that group. The k-th
    copies of a run's groups are then the passage's k-th copy."""
    runs: list[list[list[int]]] = []
    by_last_start: dict[int, list[list[int]]] = {}  # each run, by the first copy of its last group
    for group in sorted(groups):
        run = next((r for start in range(group[0] - max_gap, group[0])
                    if (r := by_last_start.get(start)) and _follows(r[-1], group, max_gap)), None)
        if run is None:
            run = []
            runs.append(run)
        else:
            del by_last_start[run[-1][0]]
        run.append(group)
        by_last_start[group[0]] = run
    return runs


def _follows(group: list[int], other: list[int], max_gap: int) -> bool:
    """Whether each copy of ``other`` comes at most ``max_gap`` blocks after the same copy of ``group``."""
    return len(group) == len(other) and all(0 < b - a <= max_gap for a, b in zip(group, other))


def _words_around(page: Page, first: int, last: int, copies: set[int]) -> float:
    """The words of the blocks next to blocks first..last (one copy of a
    passage), copies aside: how much of the page's own text surrounds it."""
    context = page.settings.copy_context_blocks
    around = [*range(max(0, first - context), first), *range(last + 1, min(len(page.blocks), last + 1 + context))]
    words: float = sum(page.features[j].words for j in around if j not in copies)
    return words


# Not on extracted HTML: a second copy of the story is an artefact of text
# renderings that the extractor does not make (run anyway, it cost a little F1).
@detector("duplicate-copy", modes={Mode.TEXT}, examples=[
    Example("Six villages were evacuated by the army well before noon.\nThe dam burst at dawn and flooded the valley below.\n"
            "Six villages were evacuated by the army well before noon.\n"
            "The dam burst at dawn and flooded the valley below. Six villages were evacuated by the army well before noon.",
            removed=("Six villages were evacuated by the army well before noon.",
                     "The dam burst at dawn and flooded the valley below. Six villages were evacuated by the army well before noon.")),
    # A story printed twice (the second rendering's punctuation its own): one
    # copy goes whole, here the first, which has less of the page's other
    # text around it; never a paragraph of each.
    Example("Weather desk\n"
            "The storm reached the coast on Sunday night with gusts of over a hundred kilometres an hour.\n"
            "Ferries stayed in port and the coast road was closed for most of Monday morning.\n"
            "Crews worked through the day to bring power back to some twenty thousand homes.\n"
            "The storm reached the coast on Sunday night, with gusts of over a hundred kilometres an hour.\n"
            "Ferries stayed in port, and the coast road was closed for most of Monday morning.\n"
            "Crews worked through the day to bring power back to some twenty thousand homes!\n"
            "More stories from the weather desk",
            removed=("The storm reached the coast on Sunday night with gusts of over a hundred kilometres an hour.",
                     "Ferries stayed in port and the coast road was closed for most of Monday morning.",
                     "Crews worked through the day to bring power back to some twenty thousand homes.")),
    Example("The dam burst at dawn and flooded the valley below, officials said.\n"
            "\"The dam burst at dawn,\" one farmer said, \"and the valley below was gone by seven.\""),
    # A box the page shows twice (its prompt, its pitch, a share link): every copy of the pitch goes.
    Example("Die Brücke bleibt bis zum Sommer gesperrt, teilte die Stadt am Montag mit.\n"
            "Der Morgen im Tal: Abonnieren Sie unseren Newsletter\n"
            "Was die Region bewegt, jeden Morgen um sechs Uhr in Ihrem Postfach.\nArtikel teilen\n"
            "Der Morgen im Tal: Abonnieren Sie unseren Newsletter\n"
            "Was die Region bewegt, jeden Morgen um sechs Uhr in Ihrem Postfach.\nArtikel teilen",
            removed=("Was die Region bewegt, jeden Morgen um sechs Uhr in Ihrem Postfach.",
                     "Was die Region bewegt, jeden Morgen um sechs Uhr in Ihrem Postfach.")),
    # A standfirst between headline and byline, alike in a teaser of the story far below: one copy goes.
    Example("The bridge that never opened\n"
            "A town built a bridge in 1990 and has waited ever since for a road to reach it.\nBy Ann Lee\n"
            "The bridge stands in a field two miles east of the town, its railings still wrapped in plastic.\n"
            "The council ran out of money for the road a year after the bridge was finished, and never found more.\n"
            "Children now cycle across it on summer evenings, and a farmer parks his tractor under it in winter.\n"
            "A new plan would finish the road by 2030, if the region pays for half of it, the mayor said.\n"
            "More stories\nThe bridge that never opened\n"
            "A town built a bridge in 1990 and has waited ever since for a road to reach it.\nBy Ann Lee",
            removed=("A town built a bridge in 1990 and has waited ever since for a road to reach it.",)),
])
@by_paragraphs_if_wrapped  # a wrapped paragraph's lines are no passage: its first line may be another's
def duplicate_copy(page: Page) -> list[int]:
    """A paragraph or passage repeated verbatim (all but one copy, kept whole) and a block that strings
    together several of the page's other paragraphs (the story again on one
    line). A story never repeats itself word for word.

    But a text that is a story printed twice, with no chrome found around it,
    is given as it stands: copies holding copy_bare_kept_min_share of its
    words stay until a pass finds chrome (see keep_bare_articles)."""
    hits = _copies(page)
    settings = page.settings
    if hits and settings.keep_bare_articles:
        words = [f.words for f in page.features]
        if (sum(words[i] for i in hits) >= settings.copy_bare_kept_min_share * sum(words)
                and not chrome_found(page)):
            return []
    return hits


def _copies(page: Page) -> list[int]:
    settings = page.settings
    texts = page.texts()
    long_blocks = [i for i, f in enumerate(page.features) if f.words >= settings.copy_min_words]
    long_texts = [texts[i] for i in long_blocks]
    if _none_among(page, long_texts):
        return []
    long_words = sum(page.features[i].words for i in long_blocks)
    sets_first = "numpy" not in sys.modules and long_words <= settings.copy_sets_max_words and \
        _SET_INDEX_WORDS.take(long_words)
    # Each block's key and n-grams.
    shingled = {} if sets_first else \
        dict(zip(long_blocks, _keys_and_shingles([texts[i] for i in long_blocks], settings.shingle_words)))
    keys = {i: copy_key(texts[i]) if sets_first else shingled[i][0] for i in long_blocks}
    hits: set[int] = set()
    # The first block of each key, and all the blocks of each key more than one block has.
    first: dict[bytes, int] = {}
    copies: dict[bytes, list[int]] = {}
    for i in long_blocks:
        if keys[i] in first:
            copies.setdefault(keys[i], [first[keys[i]]]).append(i)
        else:
            first[keys[i]] = i
    copy_blocks = {i for positions in copies.values() for i in positions}
    for run in _runs(copies.values(), settings.copy_run_max_gap):
        if len(run) == 1 and _boxed_alike(run[0], texts, settings.copy_box_line_max_words,
                                          settings.copy_box_max_blocks_apart):
            hits.update(run[0])  # a box the page shows twice, a pitch between its prompt and its share links
            continue
        # One copy of a passage stays, whole: the one among most other text,
        # the story's own (the others are summaries, teasers or a second
        # rendering); of copies alike in that, the first. Copies are not
        # text around a copy: a story printed twice has only the other copy.
        kept = max(range(len(run[0])), key=lambda k: _words_around(page, run[0][k], run[-1][k], copy_blocks))
        hits.update(group[k] for group in run for k in range(len(group)) if k != kept)
    # Each distinct block once: n-grams that occur in two or more are shared.
    index: GramSetIndex | ShingleIndex
    if sets_first:
        index = GramSetIndex({key: _grams(texts[i], settings.shingle_words) for key, i in first.items()})
    else:
        # Handed to the index one by one and dropped here: the views of the
        # copies' n-grams would keep their arrays alive beside the index's own.
        pending = {i: shingled[i][1] for i in first.values()}
        del shingled
        index = ShingleIndex((key, pending.pop(i)) for key, i in first.items())
    covered = False  # whether any block has its share of n-grams in others
    for i in long_blocks:
        total = index.size(keys[i])
        if i in hits or not total or index.shared_count(keys[i]) < settings.copy_covered_share * total:
            continue
        covered = True
        # A copy of one paragraph (or the original of a long copy) has a
        # single source covering most of it; a line stringing paragraphs
        # together holds several of them whole.
        if not index.has_source(keys[i], settings.copy_max_single_source_share * total) and \
                index.held_whole(keys[i], settings.copy_covered_share) >= settings.copy_min_strung_blocks:
            hits.add(i)
    if not hits and not covered:
        _note_none(page, long_texts)
    return sorted(hits)


def _boxed_alike(copies: list[int], texts: Sequence[str], max_words: float, max_apart: int) -> bool:
    """Whether each of a paragraph's ``copies`` stands between the same two
    short lines (of at most ``max_words`` words, 0: never), each copy at
    most ``max_apart`` blocks under the one before: a box the page shows
    twice in a row (a newsletter's prompt, its pitch, a share link; a
    carousel's slide), none of it the story's. A story's standfirst and its
    copy in a teaser far below may stand alike between headline and byline."""
    if max_words <= 0 or copies[0] == 0 or copies[-1] + 1 >= len(texts):
        return False
    if any(b - a > max_apart for a, b in zip(copies, copies[1:])):
        return False
    above, under = {texts[i - 1] for i in copies}, {texts[i + 1] for i in copies}
    return len(above) == len(under) == 1 and all(len(line.split()) <= max_words for line in (*above, *under))


def _note_none(page: Page, long_texts: list[str]) -> None:
    """Note that the long blocks of ``page``, ``long_texts``, hold no copy
    and none of them has copy_covered_share of its n-grams in the others."""
    page.earlier_findings[duplicate_copy.id] = (page.settings, frozenset(long_texts))


def _none_among(page: Page, long_texts: list[str]) -> bool:
    """Whether the long blocks of ``page`` (``long_texts``, each a distinct
    text) are blocks of an earlier page of the document that held no copy
    and no block covered by the others (see ``_note_none``): then neither
    do they, since fewer blocks share fewer n-grams and repeat no key that
    the earlier page did not (the pages of the later passes, which read
    no further than a copy in an earlier one, need no index of n-grams)."""
    noted = page.earlier_findings.get(duplicate_copy.id)
    if not isinstance(noted, tuple) or noted[0] is not page.settings:
        return False
    earlier_texts: frozenset[str] = noted[1]
    return earlier_texts.issuperset(long_texts) and len(set(long_texts)) == len(long_texts)


class ShingleIndex:
    """The blocks' n-grams, each with the blocks that hold it: a block meets
    only the blocks it shares n-grams with, not every block of the page, so
    that a page of many paragraphs (a thread where each post quotes the last)
    costs about its length, not its square. ``comparisons`` counts the work.

    Flat arrays, not a dict of lists, and each block's n-grams a slice of
    one array of them all, each n-gram told by its run (the n-grams' ranks
    once sorted and made distinct; a block's runs ascend as its n-grams do):
    while the index stands, an n-gram held by a block costs 8 bytes and a
    distinct one 8 more, so that a page's index stays within a few times its
    text (some 24 bytes an n-gram while it is built)."""

    def __init__(self, shingles_of: Iterable[tuple[Hashable, np.ndarray]]) -> None:
        """``shingles_of``: each block's key and its n-grams, sorted and
        distinct; read once, so that a generator's arrays need not all be kept."""
        import numpy as np

        self.keys: dict[Hashable, int] = {}
        parts: list[np.ndarray] = []
        for key, shingles in shingles_of:
            self.keys[key] = len(parts)
            parts.append(shingles)
        sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        self.offsets = np.r_[0, np.cumsum(sizes)]
        every = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
        del parts
        order = np.argsort(every, kind="stable").astype(np.int32)  # half the memory while the rest is built
        ordered = every[order]
        del every  # the n-grams' runs stand for them from here on
        # Runs of one n-gram in hash order, each run its holders (a block
        # holds an n-gram once); ``run_of``: the run of each block's n-grams.
        new_run = np.empty(len(ordered), dtype=bool)
        new_run[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new_run[1:])
        del ordered
        self.run_starts = np.r_[np.flatnonzero(new_run), len(order)].astype(np.int32)
        run_of_sorted = np.cumsum(new_run, dtype=np.int32)
        run_of_sorted -= 1
        del new_run
        self.run_of = np.empty_like(run_of_sorted)
        self.run_of[order] = run_of_sorted
        del run_of_sorted
        self.holder = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)[order]
        del order
        self.holders = np.diff(self.run_starts)
        """How many blocks hold each run's n-gram."""
        # Each block's size and shared n-grams as Python ints, read once: the
        # detector asks both of every long block, and a numpy scalar's
        # indexing and arithmetic cost a microsecond or more a question.
        self.sizes: list[int] = sizes.tolist()
        # The holders of the n-grams that more than one block holds: the runs' flags, one a holder.
        self.shared: list[int] = np.bincount(self.holder[np.repeat(self.holders > 1, self.holders)],
                                             minlength=len(sizes)).tolist()
        self.comparisons = 0

    def _shingles(self, number: int) -> np.ndarray:
        """The runs of block ``number``'s n-grams, ascending."""
        return self.run_of[self.offsets[number]:self.offsets[number + 1]]

    def size(self, key: Hashable) -> int:
        """How many distinct n-grams block ``key`` holds."""
        return self.sizes[self.keys[key]]

    def shared_count(self, key: Hashable) -> int:
        """How many of the n-grams block ``key`` holds occur in another block too."""
        return self.shared[self.keys[key]]

    def held_whole(self, key: Hashable, share: float) -> int:
        """How many other blocks have at least ``share`` of their n-grams in block ``key``."""
        import numpy as np

        number = self.keys[key]
        runs = self._shingles(number)
        runs = runs[self.holders[runs] > 1]
        if not len(runs):
            return 0
        # The holders of each of those n-grams, run after run.
        starts, counts = self.run_starts[runs], self.holders[runs]
        positions = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(int(counts.sum()))
        self.comparisons += len(positions)
        held = np.bincount(self.holder[positions], minlength=len(self.offsets) - 1)
        held[number] = 0
        return int(np.count_nonzero((held > 0) & (held >= share * np.diff(self.offsets))))

    def _holders_of(self, run: int) -> Iterator[int]:
        """The blocks that hold n-gram ``run``, in order, converted a chunk at a time: has_source mostly stops
        at the first few, and a whole list of an n-gram every block holds (near-copied lines) made each call
        cost the page's length, the page its square."""
        start, end = int(self.run_starts[run]), int(self.run_starts[run + 1])
        for chunk in range(start, end, HOLDERS_CHUNK):
            yield from self.holder[chunk:min(chunk + HOLDERS_CHUNK, end)].tolist()

    def has_source(self, key: Hashable, limit: float) -> bool:
        """Whether another block shares more than ``limit`` of block ``key``'s n-grams.

        Such a block misses fewer than ``len(own) - floor(limit)`` of them, so
        it holds one of any that many: only the holders of the rarest ones
        are candidates (prefix filtering), each checked in full."""
        number = self.keys[key]
        own = self._shingles(number)
        probes = len(own) - math.floor(limit)
        if probes <= 0:
            return False
        import numpy as np

        rarest = np.argsort(self.holders[own], kind="stable")[:probes]
        checked = {number}
        for run in own[rarest].tolist():
            for other in self._holders_of(run):
                self.comparisons += 1
                if other in checked:
                    continue
                checked.add(other)
                theirs = self._shingles(other)
                self.comparisons += min(len(own), len(theirs))
                if len(np.intersect1d(own, theirs, assume_unique=True)) > limit:
                    return True
        return False
