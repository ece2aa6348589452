"""Lines that continue a sentence: one paragraph split over several lines.

A page renderer keeps a paragraph on one line, but text from other sources
breaks it wherever a link or an emphasis began, one span a line: "The report
was written by" / "Jane Doe" / "and published on Monday." Alone, each piece
looks like a label or a headline; together they are a paragraph, and the
stages that judge a line by its shape must see them together.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import weakref
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, compress, count, repeat

from .cache import compiled
from .features import LINE_CACHE_SIZE, LINES_AT_ONCE, Features, measure_all
from .model import Block, Page
from .settings import Settings

# A line that starts mid-sentence: with punctuation that only follows a
# word (but not ". Item", a bullet), a colon whatever follows it (a label
# set apart in bold, then its text: "Firstly" / ": The state...")...
_STARTS_WITH_PUNCTUATION = compiled(r"^([,;:)\]}%、，]|[.…](?!\s*[\p{Lu}\d]))")
_PUNCTUATION_FIRST = frozenset(",;)]}%、，.:…")  # the characters it begins with
# ...or in lower case (not a name such as "iPhone")...
_STARTS_IN_LOWER_CASE = compiled(r"^\p{Ll}(?!\p{Ll}*\p{Lu})")
# ...nor a dateline of a language that writes its weekdays in lower case: a
# weekday, then the day's number ("miércoles, 11 de mayo de 2022 - 3:40 a.m.",
# "quarta-feira, 4 de maio", "mercredi 11 mai 2022", "środa, 11 maja"), which
# starts the page's header under a standfirst, not the standfirst's next line.
_LOWER_CASE_WEEKDAYS = (
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo"  # Spanish
    "|segunda|terça|quarta|quinta|sexta"  # Portuguese (with "-feira"; sábado, domingo as in Spanish)
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"  # French
    "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"  # Italian
    "|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"  # Polish
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"  # Dutch
    "|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"  # Catalan
)
_WEEKDAY_DATE = compiled(rf"^(?:{_LOWER_CASE_WEEKDAYS})(?:-feira)?,?\s+\d{{1,2}}\b")
# A line that stops mid-sentence: after a comma or an opening bracket...
_MID_SENTENCE_MARKS = (",", "、", "，", "(")
# ...or after a word that never ends a sentence (an article, a preposition
# or a conjunction), one branch a language. Not "in", "on", "up": "Sign in".
_OPEN_WORDS = {
    "en": ["a", "an", "the", "of", "to", "by", "for", "from", "with", "and", "or", "but", "at", "into", "than"],
    "de": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
           "aber", "von", "zu", "mit", "für", "auf", "bei", "nach", "aus", "im", "am", "zum", "zur"],
    "fr": ["le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "à", "au", "aux", "par", "pour", "sur",
           "dans", "avec"],
    "es": ["el", "la", "los", "las", "un", "una", "de", "del", "y", "o", "a", "al", "en", "con", "por", "para"],
    "it": ["il", "lo", "la", "gli", "le", "un", "una", "di", "del", "della", "e", "o", "a", "al", "con", "per",
           "su", "da"],
    "pt": ["o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "em", "no", "na",
           "com", "por", "para"],
    "nl": ["de", "het", "een", "van", "en", "of", "op", "met", "voor", "aan", "bij", "te", "naar"],
    "pl": ["i", "w", "z", "na", "do", "o", "od", "za", "po", "dla", "oraz", "lub", "ale", "że"],
}
_OPEN_WORD_SET = frozenset(word for words in _OPEN_WORDS.values() for word in words)
# A letter set alone before a line's text, as text browsers and converters
# mark the items of a nested list ("o Item": lynx, inscriptis): a line that
# starts with the same one as the line above is that list's next item, not
# the rest of its sentence (a menu's items, run together, read as a paragraph).
_LETTER_MARK = compiled(r"^(\p{Ll}) ")
# A full stop, then the next sentence (". Then it rained."): the rest of a
# sentence whose last words were a link or an emphasis, set on a line of
# their own. Unless the line above starts so too: a list's ". Item" bullets.
# Not an ellipsis ("…Is the ice melting?" is a teaser's headline), nor a
# number (".1: Prices", a list's).
_STOP_THEN_SENTENCE = compiled(r"^\.\s*\p{Lu}")
# How a run of fragments ends: a sentence's mark, perhaps inside quotes or brackets,
# German's closing quotes too, which English opens with („So war es.“, ‚ja.‘: as
# features.ends_sentence reads them); a run split at its links and closed so
# (BeautifulSoup's get_text: "zwischen" / "Deutschland" / "und" / "Frankreich" / ".“")
# fell apart into lines of their own, menu entries' words.
_SENTENCE_MARKS = tuple(".!?…。！？")
_CLOSERS = "\"'”’»)]“‘"


@functools.cache
def _lower_case_letter(character: str) -> bool:
    return _STARTS_IN_LOWER_CASE.match(character) is not None


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _line_shape(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``text`` starts with punctuation that only follows a word,
    starts mid-sentence (that, or in lower case), stops mid-sentence, and
    ends like a sentence: each line once, as features are. The patterns run
    only on a line whose first character they could match, and the line's
    end is read by string methods: ``regex`` tries a character class at
    every position, and a pattern call costs more than the line's tests."""
    first = text[:1]
    punctuation = first in _PUNCTUATION_FIRST and _STARTS_WITH_PUNCTUATION.match(text) is not None
    lower = punctuation or (bool(first) and _lower_case_letter(first)
                            and _STARTS_IN_LOWER_CASE.match(text) is not None
                            and _WEEKDAY_DATE.match(text) is None)
    end = text.removesuffix("\n")  # as "$" reads a line: before a final "\n"
    words = text.rsplit(None, 1)
    left_open = end.endswith(_MID_SENTENCE_MARKS) or (bool(words) and words[-1] in _OPEN_WORD_SET)
    return punctuation, lower, left_open, end.rstrip(_CLOSERS).endswith(_SENTENCE_MARKS)


def starts_mid_sentence(text: str) -> bool:
    """Whether ``text`` starts as the rest of a sentence does: with
    punctuation that only follows a word, or in lower case (see _line_shape)."""
    return _line_shape(text)[1]


def starts_in_lower_case(text: str) -> bool:
    """Whether ``text`` starts as the rest of a sentence does with a word in
    lower case (see _line_shape), not with punctuation (a Markdown link's
    "](" starts no sentence's rest)."""
    punctuation, lower, _, _ = _line_shape(text)
    return lower and not punctuation


def stops_mid_sentence(text: str) -> bool:
    """Whether ``text`` stops as a sentence's first part does: after a
    comma or an opening bracket, or after a word that never ends a sentence
    (see _line_shape)."""
    return _line_shape(text)[2]


def sentence_piece(text: str) -> bool:
    """Whether ``text`` is a piece from inside a sentence: it starts in
    lower case and ends like no sentence ("rising rates for tobacco", a
    list item over its own items, each going on in lower case)."""
    punctuation, lower, _, terminal = _line_shape(text)
    return lower and not punctuation and not terminal


def goes_on_under_box(above: str, below: str, piece_goes_on: bool = False) -> bool:
    """Whether line ``below``, under a box set between them, goes on from
    line ``above``: that stops mid-sentence (after a comma, an opening
    bracket or a word that never ends a sentence: "a new rate for heating
    oil from 1 January," / "higher rates for diesel ...") or, with
    ``piece_goes_on``, is a sentence's piece (see sentence_piece), and this
    starts in lower case. Lines wrapped at a width stop anywhere; a wrapped
    teaser's next link starts with its mark or a capital."""
    return (stops_mid_sentence(above) or piece_goes_on and sentence_piece(above)) and starts_in_lower_case(below)


_INDEX, _TERMINAL, _WORDS = operator.attrgetter("index"), operator.attrgetter("terminal"), operator.attrgetter("words")
_GOES_ON = operator.itemgetter(1)  # of a _line_shape: it starts mid-sentence
_DOT_FIRST, _SPACE_SECOND = operator.methodcaller("startswith", "."), operator.methodcaller("startswith", " ", 1, 2)

# Chains whose continuations are kept (each holds its lines' texts and
# features, which the line caches hold too): a pass's pages, rebuilt as
# stages remove blocks, meet a few hundred chains again at most.
CHAIN_CACHE_SIZE = 1024


def _sentence_start(feats: Features, link_words: float, stopwords: bool, stopword_density: float) -> bool:
    """Whether an unfinished line reads as the start of a sentence, not as
    a label: longer than a link's text (``link_words``), or rich in
    stopwords (the page has some, and the line has ``stopword_density``)."""
    return feats.words > link_words or (stopwords and feats.stopword_density >= stopword_density)


def continuations(page: Page) -> list[bool]:
    """For each block, whether it continues the sentence the block before it
    left unfinished (the two adjacent in the input: nothing removed between
    them). It does when it starts with punctuation, or when the block before
    ends with a comma or a word that never ends a sentence. A link's text
    (fragment_link_max_words or fewer) followed by a line in lower case
    joins that line, and the sentence it stands in, if any: an unfinished
    line that reads as a sentence's start, or a run of fragments, before it
    (a label there is a menu's). A line in lower case after an unfinished
    line longer than a link's text continues it too: text wrapped at a fixed
    width (mail, plain-text posts). All only in a run of lines that ends like a
    sentence: lower-case menus ("home", "politics", "sport") run on as
    fragments do, but never end with a full stop. A list's next item, marked
    by the letter that marks the line above ("o Item": see _LETTER_MARK),
    continues nothing."""
    blocks, feats = page.blocks, page.features
    n = len(blocks)
    follows = [False] * n
    # A line continues only the line right before it, and only an unfinished
    # one: the page falls into chains of lines each after an unfinished line,
    # and nothing read or set below crosses from one chain to the next. Most
    # lines end like sentences, so most chains are one line, and such a
    # line continues nothing. A chain's answer is kept: the pages a pass
    # rebuilds as its stages remove blocks, and the next pass, keep most chains.
    indices = list(map(_INDEX, blocks))
    adjacent = list(map(operator.eq, indices[1:], map((1).__add__, indices)))
    texts = page.texts()
    settings = page.settings
    # On a page wrapped at a fixed width, where block i+1 goes on with the paragraph of block i (see
    # ``wrapped_lines``): a chain goes on there even past a line that ends like a sentence.
    width = page_wrap_width(page)
    wraps = wrapped_lines(blocks, width, settings.wrap_indent_chars) if width else [False] * (n - 1)
    # Where a chain goes on (block i+1 adjacent to an unfinished block i, or wrapped from it), told for
    # every block in C: the loop below visits those places alone, not every block.
    goes_on = compress(range(n - 1), map(operator.and_, adjacent,
                                         map(operator.or_, map(operator.not_, map(_TERMINAL, feats)), wraps)))
    start = end = -1  # the chain found so far: blocks start..end
    for i in chain(goes_on, (n,)):
        if i != end:  # the chain ended at ``end``; one begins at i
            if start >= 0:
                follows[start:end + 1] = _chain_continuations(
                    tuple(texts[start:end + 1]), tuple(feats[start:end + 1]),
                    settings.fragment_link_max_words, bool(page.stopwords), settings.list_item_stopword_density,
                    (False, *wraps[start:end]) if width else ())
            start = i
        end = i + 1
    return follows


@functools.lru_cache(maxsize=CHAIN_CACHE_SIZE)
def _chain_continuations(texts: tuple[str, ...], feats: tuple[Features, ...], link_words: float, stopwords: bool,
                         stopword_density: float, wrapped: tuple[bool, ...] = ()) -> tuple[bool, ...]:
    """``continuations`` of a chain, lines each adjacent to the line before
    it and each but the last unfinished or ``wrapped`` from it (on a page
    wrapped at a fixed width: see ``wrapped_lines``), of ``texts`` with
    their features (the other arguments: see ``_sentence_start``)."""
    n = len(texts)
    shapes = [_line_shape(text) for text in texts]
    follows = [i > 0 and (shapes[i][0] or shapes[i - 1][2]) for i in range(n)]
    items = _next_items(texts)
    # A line that goes on with a sentence: in lower case, after punctuation, or a full stop and the next one.
    going_on = list(map(_GOES_ON, shapes))
    if any(map(_DOT_FIRST, texts)):  # in C: most chains have none
        stops = [text[:1] == "." and _STOP_THEN_SENTENCE.match(text) is not None for text in texts]
        for i in range(1, n):
            if stops[i] and (going_on[i] or not stops[i - 1]):
                going_on[i] = follows[i] = True
        going_on[0] = going_on[0] or stops[0]
    # A line wrapped at a fixed width: a sentence's start, then lower case.
    for i in range(1, n):
        if going_on[i] and feats[i - 1].words > link_words:
            follows[i] = True
    for i in range(n - 1):
        if not (feats[i].words <= link_words and going_on[i + 1]):
            continue
        in_sentence = i > 0 and (follows[i] or follows[i - 1]
                                 or _sentence_start(feats[i - 1], link_words, stopwords, stopword_density))
        if in_sentence or i == 0:
            follows[i] = follows[i] or in_sentence
            follows[i + 1] = True
    # The next item of a list marked by a letter continues nothing (see _LETTER_MARK).
    follows = _but_items(follows, items)
    # A run that does not end like a sentence stays apart, line by line.
    end = n
    for i in reversed(range(n)):
        if not follows[i]:
            if not shapes[end - 1][3]:
                follows[i + 1:end] = [False] * (end - i - 1)
            end = i
    # A line wrapped from the one above goes on with it however its run ends: the
    # width tells it, not the words (a paragraph may end in a link's address).
    if wrapped:
        follows = _but_items(list(map(operator.or_, follows, wrapped)), items)
    return tuple(follows)


def _but_items(follows: list[bool], items: list[bool] | None) -> list[bool]:
    """``follows`` false at a list's next item (see _next_items)."""
    return [follow and not item for follow, item in zip(follows, items)] if items else follows


def _next_items(texts: tuple[str, ...]) -> list[bool] | None:
    """For each line, whether it is a list's next item, marked by the letter that marks the line above
    (see _LETTER_MARK); None where no line holds such a mark (most chains)."""
    if not any(map(_SPACE_SECOND, texts)):  # in C: most chains have no such line
        return None
    # The pattern only on a line whose second character is the space it needs (a call costs some thousands
    # of instructions; a chain that holds one such line holds many without).
    letters = [mark.group(1) if text[1:2] == " " and (mark := _LETTER_MARK.match(text)) else None for text in texts]
    return [False, *(letter is not None and letter == above for above, letter in zip(letters, letters[1:]))]


class Runs:
    """Runs of consecutive positions that cover ``range(n)`` in order, kept
    as the starts of the runs: a machine word a run, not a list of ints
    (a page may have tens of thousands of blocks)."""

    __slots__ = ("_starts",)

    def __init__(self, starts: Iterable[int], n: int) -> None:
        self._starts = array("q", starts)
        self._starts.append(n)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, position: int) -> range:
        if not -len(self) <= position < len(self):
            raise IndexError(position)
        position %= len(self)
        return range(self._starts[position], self._starts[position + 1])

    def __iter__(self) -> Iterator[range]:
        return map(range, self._starts[:-1], self._starts[1:])


Joined = tuple[Page, Runs]
# Each page's joined page while the page is in use: the stages of a pass
# that read sentences get the same Page object until one of them removes a
# block (a page is not changed once built). None: no line joins another.
_joined_pages: weakref.WeakKeyDictionary[Page, tuple[Page | None, Runs]] = weakref.WeakKeyDictionary()


def joined(page: Page) -> Joined:
    """The page with each run of continuing lines joined into one block, and
    for each block of it the positions of ``page`` it stands for. Block
    indices are renumbered so that a joined block takes one index: what is
    adjacent on ``page`` stays adjacent, and removed blocks keep their place
    between."""
    if page not in _joined_pages:
        whole, groups = _joined(page)
        _joined_pages[page] = (None if whole is page else whole, groups)
    known, groups = _joined_pages[page]
    return page if known is None else known, groups


def _joined(page: Page) -> Joined:
    follows = continuations(page)
    n = len(page.blocks)
    if not any(follows):
        return page, Runs(range(n), n)
    # The first block of each group, as machine words: a list's ints past 256 are objects of 32 bytes each,
    # nearly one a block on a page of tens of thousands of blocks.
    firsts = array("q", compress(range(n), map(operator.not_, follows)))
    groups = Runs(firsts, n)
    inner = sorted(page.blocks[i].index for i in compress(range(n), follows))
    # A pass numbers its blocks 0, 1, 2...: the ints of the page's blocks and of those removed are then
    # every number up to the last, and a new number is one of them, not a new int (32 bytes) a block.
    held = sorted(chain(map(_INDEX, page.blocks), page.removed))
    numbers = held if all(map(operator.eq, held, count())) else None

    def renumbered(index: int) -> int:
        number = index - bisect.bisect_right(inner, index)
        return numbers[number] if numbers else number

    # A group's first block is renumbered by the joining blocks before it (those before it on the page).
    joining_before = array("q", accumulate(follows))
    blocks, features, hits = list(map(page.blocks.__getitem__, firsts)), list(map(page.features.__getitem__, firsts)), \
        list(map(page.hits.__getitem__, firsts))
    # Most groups are a line alone: its own block, features and hits, not copies of them (a new Block
    # only where its number moves). The few joined lines are measured together.
    joined_texts: list[str] = []
    at: list[int] = []
    for group_number, first in enumerate(firsts):
        block = blocks[group_number]
        number = block.index - joining_before[first]
        if numbers:
            number = numbers[number]
        end = firsts[group_number + 1] if group_number + 1 < len(firsts) else n
        if end - first == 1:
            if block.index != number:
                blocks[group_number] = Block(number, block.text, block.line_no, block.blank_before)
            continue
        text = " ".join(page.blocks[i].text for i in range(first, end))
        blocks[group_number] = Block(number, text, block.line_no, block.blank_before)
        joined_texts.append(text)
        at.append(group_number)
        hits[group_number] = frozenset().union(*(page.hits[i] for i in range(first, end)))
    for group_number, measured in zip(at, measure_all(joined_texts, page.stopwords, page.settings)):
        features[group_number] = measured
    removed = {renumbered(index): stage for index, stage in page.removed.items()}
    return Page(blocks, features, page.stopwords, page.language, removed, hits, page.settings,
                page.removed_earlier), groups


def wrapped_lines(blocks: list[Block], width: int, indent: int = 0) -> list[bool]:
    """For each block but the last, whether the next one goes on with its
    paragraph on a page wrapped at ``width``: no blank line between (the
    blank line parts paragraphs), and the next line's first word would not
    have fitted at the end of this one (a list's short items leave room),
    nor does it start with a bullet (see _BULLETS). In a list's item (its
    first line marked, see _ITEM_MARK) the line is read as indented by
    ``indent`` characters: text browsers indent an item's wrapped lines,
    and a block's text is read without its indentation."""
    wraps: list[bool] = []
    in_item = False
    for before, after in zip(blocks, blocks[1:]):
        # An item's first line, or a line wrapped from one.
        in_item = (in_item and bool(wraps) and wraps[-1]) or _ITEM_MARK.match(before.text) is not None
        edge = width - indent if in_item else width
        first_word = _first_word(after.text)
        wraps.append(not after.blank_before and bool(first_word) and len(before.text) + 1 + len(first_word) > edge
                     and not (after.text[:1] in _BULLETS and after.text[1:2] == " "))
    return wraps


def _first_word(text: str) -> str:
    """The first word of a line, after the marks that set each line of a quote apart ("> ": Markdown,
    html2text): a quote's lines are wrapped at the width the marks fill too, and a mark alone (">", the
    blank line between the quote's paragraphs) has no word to wrap."""
    if text[:1] == ">":
        text = text.lstrip("> ")
    return text.split(None, 1)[0] if text else ""


# The bullets that mark a list's items in rendered text ("* Item": html2text,
# lynx, w3m; "+ " a nested list's): a line that starts with one is the next
# item, not the rest of a line wrapped above it (html2text leaves its items
# whole, each longer than the width). Not a dash: a sentence wrapped before
# " - " starts its next line with one.
_BULLETS = frozenset("*+•·▪")
# How text browsers mark a list's item, whose wrapped lines they indent: a
# bullet of any level (lynx: "* ", "+ ", "o ", "# "; w3m: "• ", "◦ ") or a number ("3. ").
_ITEM_MARK = compiled(r"^(?:[*+•·▪◦o#-]|\d+\.) ")


# Lines a renderer that wraps paragraphs leaves whole however long (html2text:
# a list's items, "* " or "1. ", and a table's rows, " | " between cells): they
# say nothing of the width, and a page of long ones read as running past any
# edge, its wrapped paragraphs as lines of their own. A cell's " | " is a plain
# substring test, and an item's mark is looked for after a line feed (a literal
# the engine skips to): one pattern for both, tried at every position of every
# line on every page of every pass, was a sixth of the text path's instructions.
_ITEM_AFTER_LINE_FEED = re.compile(r"\n(?:[-*+]|\d+\.) ")


# Whether each line met lately is one a renderer left whole (at most
# LINE_CACHE_SIZE lines): a line's answer is its own (no place found spans two
# lines), and the pages a pass rebuilds, and its next pass, read the same
# long lines again, where the scan read each page's whole text at each.
_kept_whole: dict[str, bool] = {}


def lines_kept_whole(texts: list[str]) -> set[int]:
    """The positions of ``texts`` that are lines a renderer left whole (see
    above): a line holding " | ", or an item's mark at its start (or after a
    line feed in it). The lines met lately looked up, the others found by
    ``_scanned_kept_whole``."""
    known = list(map(_kept_whole.get, texts))
    unknown = list(dict.fromkeys(compress(texts, map(operator.is_, known, repeat(None)))))  # each once, in C
    if unknown:
        found = _scanned_kept_whole(unknown)
        answers = dict(zip(unknown, map(found.__contains__, range(len(unknown)))))
        if len(_kept_whole) + len(answers) > LINE_CACHE_SIZE:
            _kept_whole.clear()  # emptied when full (a page of more distinct lines is not kept)
        if len(answers) <= LINE_CACHE_SIZE:
            _kept_whole.update(answers)
        known = list(map(answers.get, texts, known))  # those just found, else those known (the default)
    return set(compress(range(len(texts)), known))


def _scanned_kept_whole(texts: list[str]) -> set[int]:
    """``lines_kept_whole`` found by a scan of the lines joined, LINES_AT_ONCE
    at a time: no place found spans two lines, and a page of more lines is
    not held again whole (a second copy of a large page, up to 4 bytes a
    character, was the highest moment of some stages)."""
    found: set[int] = set()
    for start in range(0, len(texts), LINES_AT_ONCE):
        found.update(start + line for line in _scanned_kept_whole_together(texts[start:start + LINES_AT_ONCE]))
    return found


def _scanned_kept_whole_together(texts: list[str]) -> set[int]:
    """``lines_kept_whole`` found by one scan of the lines joined, each place
    found mapped to its line: a test a line cost more than the scan, on the
    pages that hold a table's row or a list's item (a third of them)."""
    page = "\n" + "\n".join(texts)
    items = [match.start() for match in _ITEM_AFTER_LINE_FEED.finditer(page)]
    at = page.find(" | ")
    if not items and at < 0:  # most pages
        return set()
    # Where each line's line feed stands in ``page``: a place found belongs to the last line starting at or before it.
    feeds = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
    found = {bisect.bisect_right(feeds, item) - 1 for item in items}
    while at >= 0:
        line = bisect.bisect_right(feeds, at) - 1
        found.add(line)
        at = page.find(" | ", feeds[line + 1])  # the next line's: one place a line is enough
    return found


# Each page's wrap width while the page is in use: a pass's stages ask it of
# one Page object a dozen times (a page is not changed once built).
_page_widths: weakref.WeakKeyDictionary[Page, int] = weakref.WeakKeyDictionary()


def page_wrap_width(page: Page) -> int:
    """``wrap_width`` of the page's blocks, read once a page."""
    width = _page_widths.get(page)
    if width is None:
        width = _page_widths[page] = wrap_width(page.texts(), page.features, page.settings)
    return width


def wrap_width(texts: Sequence[str], feats: list[Features], settings: Settings) -> int:
    """The width ``texts`` were wrapped at, or 0 for text whose lines are
    its paragraphs. Wrapped text has lines of words that end near one
    right edge, short of it by less than a word: the edge is where most of
    them end within wrap_edge_chars characters (a window's end). Lines that
    run past it run past by one word that could not be broken (a link's
    address, which lynx and html2text keep whole, counts its parts as
    words): the edge holds their last space. See the wrap_* settings."""
    # Read in C, line by line: this runs on every page of every pass.
    long_enough = list(map(float(settings.wrap_line_min_words).__le__, map(_WORDS, feats)))
    lines = list(compress(texts, long_enough))
    kept_whole = lines_kept_whole(lines)
    if kept_whole:  # many pages hold no such line
        candidates = list(compress(range(len(texts)), long_enough))
        for line in kept_whole:
            long_enough[candidates[line]] = False
        lines = list(compress(texts, long_enough))
    if len(lines) < settings.wrap_min_lines:
        return 0
    # A line whose last space lies past the widest edge breaks past any edge: where they are too many
    # for the share below (most pages: a renderer's paragraphs a line each), no edge needs looking for.
    past = list(map(settings.wrap_max_width.__le__, map(str.rfind, lines, repeat(" "))))
    inside_edge = len(lines) - sum(past)
    if inside_edge / len(lines) < settings.wrap_within_min_share:
        # Lines of Markdown links past that edge ("[a](/a) [b](/b) ..."), which a converter that wraps
        # paragraphs leaves whole (html2text), say nothing of the width either: read without them.
        past_any_edge = list(compress(range(len(lines)), past))
        runs = list(compress(past_any_edge, map(operator.contains, map(lines.__getitem__, past_any_edge),
                                                repeat("]("))))
        if not runs or len(lines) - len(runs) < settings.wrap_min_lines or (
                inside_edge / (len(lines) - len(runs)) < settings.wrap_within_min_share):
            return 0
        candidates = list(compress(range(len(texts)), long_enough))
        for k in runs:
            long_enough[candidates[k]] = False
        lines = list(compress(texts, long_enough))
    lines_ends = list(zip(lines, compress(map(_TERMINAL, feats), long_enough)))
    lengths = sorted(map(len, lines))
    best, width = 0, 0
    for end, length in enumerate(lengths):
        if length > settings.wrap_max_width:
            break
        held = end + 1 - bisect.bisect_left(lengths, length - settings.wrap_edge_chars)
        if held >= best:
            best, width = held, length
    if width < settings.wrap_min_width:  # verse, not a renderer's wrapping
        return 0
    edge = [terminal for text, terminal in lines_ends if width - settings.wrap_edge_chars <= len(text) <= width]
    within = sum(text.rfind(" ") < width for text in lines) / len(lines)
    # Most lines that reach the edge stop mid-sentence: sentences a line each, of about one length, do not.
    unfinished = edge.count(False) / len(edge) if edge else 0.0
    near_edge = max(settings.wrap_near_edge_min_share * len(lines), settings.wrap_edge_min_lines)
    wrapped = (len(edge) >= near_edge and within >= settings.wrap_within_min_share
               and unfinished >= settings.wrap_unfinished_min_share)
    return width if wrapped else 0
