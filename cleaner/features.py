"""Language-aware block features: words, length, stopword density, punctuation.

Stopwords are those of the page language (see language.py). Scripts
written without spaces are measured in characters: ``Settings.cjk_chars_per_word``
characters of Chinese or Japanese count as one word,
``Settings.southeast_asian_chars_per_word`` of Thai, Lao, Khmer or Myanmar.
"""

from __future__ import annotations

import functools
import operator
import re
import string
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from typing import NamedTuple, cast

from .cache import compiled
from .settings import DEFAULT_SETTINGS, Settings

_TOKEN = compiled(r"\w+")
_DIGIT = compiled(r"\d")
# The same on an ASCII line, where ``regex``'s word characters and digits
# are ASCII's: the standard ``re`` finds them two to four times as fast.
_ASCII_TOKEN = re.compile(r"\w+", re.ASCII)
_ASCII_DIGIT = re.compile(r"[0-9]")
# A line of these characters besides ASCII's (Latin and Cyrillic letters,
# the common punctuation): ``re``'s word characters are ``regex``'s among
# them, no digit is but ASCII's, and none is of a spaceless script (tested,
# character by character), so ``re`` reads it as it reads an ASCII line.
_READ_BY_RE = re.compile(r"[\x00-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u024f\u0400-\u0482\u048a-\u04ff"
                         r"\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e]*")
_RE_TOKEN = re.compile(r"\w+")
_SPACELESS = compiled(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# The blocks those scripts lie in (a superset, tested): a range test per
# character where the script test is several, and most non-ASCII lines
# (quotes, accents, Cyrillic, Arabic) fail it. Plain characters and ranges:
# the standard ``re`` finds them three times as fast as ``regex``. Compiled
# at the first line outside _READ_BY_RE: ``re`` takes some 6 ms over its
# ranges, a fortieth of a start, which most texts never need.
@functools.cache
def _maybe_spaceless() -> re.Pattern[str]:
    return re.compile(
        r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\ua9e0-\uaa7f\uf900-\ufaff"
        r"\uff00-\uffef\U00010000-\U0010ffff]")


# Those of the spaceless scripts whose words are several characters long (a
# consonant with its marks a syllable): counted by southeast_asian_chars_per_word,
# the others by cjk_chars_per_word. Looked for on a spaceless line only where
# the blocks they lie in (a superset, tested) hold a character: a range test
# is one ``re`` step where the script test is several, and a Chinese line has
# none. Compiled at the first spaceless line, as _maybe_spaceless is.
_SOUTHEAST_ASIAN = compiled(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


@functools.cache
def _maybe_southeast_asian() -> re.Pattern[str]:
    return re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\uaa7f\U000116d0-\U000116ff]")


# Sentence-final punctuation across scripts (Latin, CJK, Devanagari, Arabic...), and
# the full stops of scripts that have their own: Urdu ۔, Ethiopic ። ፧, Armenian ։,
# Myanmar ။, Khmer ។ ៕, Tibetan ། ༎, Mongolian ᠃, the double danda ॥, the full-width
# and half-width stops ． ｡, the Greek question mark ; (U+037E), and the full-width
# colon, semicolon and bracket that CJK text closes with where others put : ; ),
# Khmer's colon ៖, and Thai's old marks of a passage's end ๚ ๛ (rare: Thai
# and Lao end a sentence with a space and a paragraph with the line, see
# Features.unmarked_end).
_TERMINAL_CHARACTERS = frozenset(".!?…。！？؟।:;\"'”’»」』)]۔።፧։။។៕៖།༎᠃॥．｡\u037e：；）๚๛")
# Direction marks, embeddings and isolates: right-to-left pages set them
# after a line's full stop or around the line ("الجمعة.\u200f", "\u202b...\u202c"),
# where they hide how the sentence ends.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# German and other quotes close with what English opens with („So war es.“,
# ‚ja.‘): after a sentence's own punctuation such a mark ends it too.
_LOW_QUOTE_CLOSERS = frozenset("“‘")
_SENTENCE_PUNCTUATION = frozenset(".!?…")
# A post's sentence may end with an emoji or a smiley instead of a full stop
# (searched for in the line's last characters only).
_EMOJI_TAIL_CHARS = 16
_EMOJI_END = compiled(r"\w[\W\p{M}]*(?:\p{Extended_Pictographic}|[:;]-?\(|<3)[\W\p{M}]*$")


def _may_end_with_emoji(tail: str) -> bool:
    """False where a line's ``tail`` surely holds no emoji nor smiley (_EMOJI_END): no ASCII character is
    pictographic, so an ASCII tail needs a smiley's bracket or heart; told without the pattern's call."""
    return not tail.isascii() or "(" in tail or "<3" in tail


# Marks that divide running text into sentences and clauses, across scripts:
# a long line with none is a list of names or tags, not prose (plain
# characters: ``re`` counts them twice as fast as ``regex``).
_CLAUSE_MARK_CHARACTERS = ".,;:!?…。，、；：！？؟،।؛۔።፣፤፥፧։՝။၊។៕៖།༎᠂᠃॥．｡､\u037e"
_CLAUSE_MARKS = re.compile(f"[{_CLAUSE_MARK_CHARACTERS}]")
# Lines that _READ_BY_RE reads, measured together as a page of lines each
# ended by a line break (in no line, and neither a word character, digit
# nor clause mark): each line's count of something is the length of its
# part of a string of one character for each thing found, split at the
# line breaks. Words are split out of the page's UTF-8 translated by a
# table (see _words_table), not found by a regex search a word, and the
# characters counted are kept by ``bytes.translate`` (a table's lookup a
# byte, in C), where no byte of a character beyond ASCII is an ASCII one.
_FIRST = operator.itemgetter(0)


def _all_bytes_but(kept: str) -> bytes:
    """Every byte but those of ``kept`` and the line break: what
    ``bytes.translate`` deletes to keep them."""
    return bytes(sorted(set(range(256)) - set((kept + "\n").encode("ascii"))))


_ALL_BUT_LETTERS = _all_bytes_but(string.ascii_letters)
_ALL_BUT_UPPER = _all_bytes_but(string.ascii_uppercase)
_ALL_BUT_DIGITS = _all_bytes_but(string.digits)
_ASCII_BREAK = b"\x01"


def _words_table(lowered: bool, line_break: bytes) -> bytes:
    """A ``bytes.translate`` table that keeps ASCII's word bytes (re.ASCII's
    \\w; lowered or not) and every byte beyond ASCII, makes a line break
    ``line_break`` and every other byte a space: a text's words (its `\\w+`
    runs) are then what ``bytes.split`` finds in its UTF-8's translation, with
    no regex call a word, where each character beyond ASCII is a word
    character once those that are none are spaces (see _WIDE_NON_WORD)."""
    table = bytearray(range(256))
    for code in range(128):
        character = chr(code)
        word = character in string.ascii_letters + string.digits + "_"
        table[code] = ord(character.lower() if lowered else character) if word else ord(" ")
    table[ord("\n")] = ord(line_break)
    return bytes(table)


# A page's lines' words, each line's ended by a word _ASCII_BREAK (spaces put around it).
_WORDS_BY_LINE, _LOWERED_WORDS_BY_LINE = (_words_table(lowered, _ASCII_BREAK) for lowered in (False, True))
_LOWERED_WORDS = _words_table(True, b" ")
# The characters beyond ASCII that are no word character (punctuation, quotes,
# spaces, controls), by ``re`` for a text _READ_BY_RE reads and by ``regex``
# (as _TOKEN) for any other: made spaces, a text's other characters beyond
# ASCII are word characters, which _words_table keeps. Looked for by the
# pattern's set of first characters, in C; few lines hold many.
_WIDE_NON_WORD_READ_BY_RE = re.compile(r"[^\x00-\x7f\w]")
_WIDE_NON_WORD = compiled(r"[^\x00-\x7f\w]")
_ALL_BUT_CLAUSE_MARKS = _all_bytes_but("".join(c for c in _CLAUSE_MARK_CHARACTERS if c.isascii()))
# The letters without case that _READ_BY_RE lets through (tested): a page's
# initials seldom hold one, and without one a line's cased letters (see
# _cased) are its letters, one test a character where _cased makes two.
_CASELESS_READ_BY_RE = re.compile(r"[\u01bb\u01c0-\u01c3]")
# The clause marks beyond ASCII that _READ_BY_RE lets through ("…"): counted as a full stop is.
_WIDE_CLAUSE_MARKS_READ_BY_RE = "".join(c for c in _CLAUSE_MARK_CHARACTERS if not c.isascii()
                                        and _READ_BY_RE.fullmatch(c))
# The marks text renderers set around a link, which are not the line's
# words: a Markdown link's or image's target (html2text: "[the text](https://
# site.example/path)", "![alt](image.png)", a link around an image, a target
# left alone where the line was wrapped inside the link: "text](https://...)"),
# with the link's title after its address ('(https://... "Share on Twitter")':
# a blogroll's titles read as sentences, its links as a paragraph),
# its parentheses escaped as "\(", a text browser's reference number before
# a link's text (lynx: "[12]the text"), and a bare address (lynx's list of
# references: "12. https://site.example/2020/01/a-story-s-slug/", of any
# scheme: "file:///2020/01/a-story/" where the page was dumped from a file).
# A line is measured without them (the output keeps them): an address would
# count as words (a slug's as prose), a link's closing bracket as a
# sentence's end. html2text wraps a long address at a hyphen in it: the line
# ends inside the target ("[the text](https://site.example/a-story-") and
# the next one starts with the address's rest ("s-slug/)", or is a piece of
# it broken again: "site.example/2020/a-"), which is measured out where it
# holds a path's slash or a name's dot and extension ("s-slug/", "logo.png";
# not "1950)" or "U.S.)"), and a paragraph's lines joined read the address
# whole, its break after the hyphen aside.
_ADDRESS_CHARACTER = r"(?:[^()\s\\]|\\.|(?<=-)\s(?=[^()\s]))"  # or the wrap after a hyphen, lines joined
_LINK_TITLE = r"(?:\s+\"(?:[^\"\\]|\\.)*\")?"
_LINK_TARGET = r"\]\(" + _ADDRESS_CHARACTER + r"*" + _LINK_TITLE + r"\)"  # address, then title
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]*)" + _LINK_TARGET)
_MARKDOWN_TARGET = re.compile(_LINK_TARGET)
_OPEN_TARGET = re.compile(r"\]\((?:[^()\s\\]|\\.)*$")  # wrapped inside its address
_TAIL_CHARACTER = r"(?:[\w\-.~/?#@!&*+=%:]|\\.)"  # an address's, not a sentence's: no comma, quote or bracket
_TARGET_TAIL = re.compile(rf"^[\w%]{_TAIL_CHARACTER}*(?:/|\.[a-z][a-z0-9]){_TAIL_CHARACTER}*(?:{_LINK_TITLE}\)|-$)")
_REFERENCE_NUMBER = re.compile(r"\[\d+\](?=\w)")
_ADDRESS = re.compile(r"""\b[a-z][a-z0-9+.-]*://\S+?(?=[.,;:!?)\]"'”’»]*(?:\s|$))""")  # a mark after it stays


def without_reference_numbers(text: str) -> str:
    """``text`` without a text browser's reference numbers before its links' texts (lynx: "[43]Read on"):
    each copy of a repeated link numbered anew, its texts compared without them."""
    return _REFERENCE_NUMBER.sub("", text) if "[" in text else text


# What each of the marks above holds: a page without any keeps its lines as
# they are. Told by the marks' literals and, for an address's wrapped rest, a
# line's start after a line feed (a literal the engine skips to): one pattern
# of them all, tried at each position of the page, ran on every page of every
# pass (see as_matched).
_LINK_TAIL_AFTER_LINE_FEED = re.compile(r"\n\S*[/.]\S*(?:\)|-$|\s+\")", re.MULTILINE)


def _may_hold_link_marks(page: str) -> bool:
    """Whether a line of ``page`` (lines joined, each after a line feed: see
    _after_line_feeds) may hold a link mark."""
    return "[" in page or "](" in page or "://" in page or _LINK_TAIL_AFTER_LINE_FEED.search(page) is not None


def _after_line_feeds(lines: Iterable[str]) -> str:
    """``lines`` joined, each after a line feed: the page the gates above and
    below read, made once (not a second copy of a large page for each pattern)."""
    return "\n" + "\n".join(lines)


def without_link_marks(text: str) -> str:
    """``text`` as measured: without the link marks of text renderers (see above)."""
    if ")" in text or text.endswith("-"):
        text = _TARGET_TAIL.sub("", text)
    if "](" in text:
        for _ in range(2):  # a link around an image: the image first, then the link
            text = _MARKDOWN_LINK.sub(r"\1", text)
        text = _MARKDOWN_TARGET.sub("", text)
        text = _OPEN_TARGET.sub("", text)
    text = without_reference_numbers(text)
    if "://" in text:
        text = _ADDRESS.sub("", text)
    return text


# The marks Markdown sets at a line's start (html2text: "## " a heading, "* " or
# "+ " a list's item, "> " a quote, one after another: "> * ") and around its
# whole text ("**Related**", "__Share__"). A renderer that shows the page as a
# browser does shows none of them, nor the link marks above: the phrases that
# mark a line ("Related", "Share this") are looked for in the line without
# them (see as_matched), and "### Related" over a list of links is that list's
# heading.
_LEADING_MARKS = re.compile(r"^(?:(?:#{1,6}|[*+>])(?:\s+|$))+")
_ENCLOSING_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_LEADING_MARK_CHARACTERS = frozenset("#*+>")  # those _LEADING_MARKS may start with
_MARKDOWN_AFTER_LINE_FEED = re.compile(r"\n(?:#|[*+>]\s|__)")
# Markdown's marks inside a line, which a browser-like renderer shows as
# nothing (html2text): emphasis around a label or a name ("**Rating:** 36
# Votes", "1. **Jo Lee** says:", "_Reuters_"), the backslash that escapes a
# character Markdown would read as a mark ("25\. Februar 2020": a number
# and a full stop, which would start a numbered item), a numbered item's
# mark before a link or emphasis ("1. [Jo Lee](...)": a date written so has
# no mark after its full stop), and the bracket that opens a link whose
# target was wrapped to the next line ("[ 25\. Februar 2020 um 13:02 Uhr ](https://site.example/2020/a-").
_INNER_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=\S)_(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_ITEM_NUMBER_BEFORE_MARK = re.compile(r"^\d{1,3}\.\s+(?=!?\[|\*\*|__)")
_UNCLOSED_BRACKET = re.compile(r"\[(?=[^\]]*$)")
# A text browser's reference number before a link whose text is a mark, not
# a word (lynx: "14:14 [55]Reply [56]Quote [57]#", a comment's permalink),
# which the measure leaves in the line (see _REFERENCE_NUMBER: a citation's
# "[1]," is no link's).
_REFERENCE_BEFORE_MARK = re.compile(r"\[\d+\](?=[^\s\w\[\]])")


def _may_hold_rendering_marks(page: str) -> bool:
    """Whether a line of ``page`` (see _may_hold_link_marks) may hold a rendering mark."""
    return (_may_hold_link_marks(page) or "**" in page or "__" in page or "\\" in page
            or _MARKDOWN_AFTER_LINE_FEED.search(page) is not None)


# Distinct lines whose context-free results (features, pattern hits) are
# kept: the fixed-point passes meet the same lines again, and so do the pages
# of one site (menus, footers).
LINE_CACHE_SIZE = 8192


# The fixed-point passes ask again of the same lines: each is worked out once.
@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def without_rendering_marks(text: str) -> str:
    """``text`` as a phrase is looked for in it: without its link marks and
    Markdown's marks of a heading, a list's item, a quote, emphasis and
    escapes (see above), its spaces normalised where a mark went."""
    bare = _ITEM_NUMBER_BEFORE_MARK.sub("", text) if text[:1].isdigit() else text
    opened = "](" in bare and _OPEN_TARGET.search(bare) is not None  # a link whose target goes on below
    bare = without_link_marks(bare)
    # Each pattern only where a line's first characters could start it: most lines have no mark.
    if bare[:1] in _LEADING_MARK_CHARACTERS:
        bare = _LEADING_MARKS.sub("", bare)
    if opened:
        bare = _UNCLOSED_BRACKET.sub("", bare, count=1)
    if "]" in bare:
        bare = _REFERENCE_BEFORE_MARK.sub("", bare)
    emphasised = bare.startswith(("**", "__")) and _ENCLOSING_EMPHASIS.match(bare)
    if emphasised:
        bare = emphasised[2]
    if "**" in bare or "__" in bare:
        bare = _INNER_EMPHASIS.sub(r"\2", bare)
    if "_" in bare:
        bare = _UNDERSCORE_EMPHASIS.sub(r"\1", bare)
    if "\\" in bare:
        bare = _ESCAPE.sub(r"\1", bare)
    return bare if bare == text else " ".join(bare.split())


# A typographic apostrophe inside a word ("l’article", "n’engagent", "don’t"): a
# phrase is looked for with the typewriter's ("l'article"), as the patterns are
# written, whichever of the two the page sets.
_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")


def with_typed_apostrophes(text: str) -> str:
    """``text`` with each typographic apostrophe inside a word typed as "'"."""
    return _TYPOGRAPHIC_APOSTROPHE.sub("'", text) if "’" in text else text


def as_matched(texts: list[str]) -> list[str]:
    """Each of ``texts`` as a phrase is looked for in it (see
    without_rendering_marks and with_typed_apostrophes); ``texts`` itself
    where no line holds a mark or such an apostrophe (most pages)."""
    page = _after_line_feeds(texts)
    if "’" in page:
        texts = list(map(with_typed_apostrophes, texts))
    if not _may_hold_rendering_marks(page):
        return texts
    return list(map(without_rendering_marks, texts))


# Word counts as floats made once: each line's features hold a shared one,
# not 24 bytes of their own (most lines have fewer words).
_WHOLE_NUMBERS = tuple(float(n) for n in range(256))


class Features(NamedTuple):
    """Context-free measurements of one block (a named tuple: made for
    every distinct line, and a frozen dataclass took several times as long
    to make)."""

    words: float
    """Word count; spaceless-script characters count 1/cjk_chars_per_word each."""
    chars: int
    stopword_density: float
    terminal: bool
    """Ends like a sentence."""
    title_case_share: float
    """Share of word tokens starting with an upper-case letter, among those
    of a script with case."""
    digit_share: float
    clause_marks: int
    """Sentence and clause punctuation marks in the block."""
    unmarked_end: bool
    """Ends in a letter of a script that writes no sentence marks (Thai,
    Lao: a space ends a sentence, the line a paragraph): that it does not
    end like a sentence says nothing."""


# Equal features, held once: a page's lines share a few thousand distinct
# features (short menu items, lines of a number and a word), where each line
# held a tuple and its floats of its own (some 150 bytes a line). Emptied
# when full, so that it never holds more than the line cache does.
_SHARED_FEATURES: dict[Features, Features] = {}


def _shared(features: Features) -> Features:
    shared = _SHARED_FEATURES.setdefault(features, features)
    if shared is features and len(_SHARED_FEATURES) > LINE_CACHE_SIZE:
        _SHARED_FEATURES.clear()
    return shared


# Markdown's emphasis closed after a sentence's mark (html2text: "**Have any
# questions?**", "_The end._"): the line ends like a sentence all the same.
_CLOSING_EMPHASIS = ("**", "__", "_")
_MARKS_BEFORE_EMPHASIS = tuple(".!?…:")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (or a clause a colon opens),
    direction marks after its last character aside, and Markdown's
    emphasis closed after it ("**Done.**")."""
    if text and text[-1] in BIDI_CONTROLS:
        text = text.rstrip(BIDI_CONTROLS)
    if not text:
        return False
    if text[-1] in _TERMINAL_CHARACTERS:
        return True
    if text[-1] in "*_" and any(text.endswith(mark) and text[:-len(mark)].endswith(_MARKS_BEFORE_EMPHASIS)
                                for mark in _CLOSING_EMPHASIS):
        return True
    if not text[-1].isalpha() and _may_end_with_emoji(tail := text[-_EMOJI_TAIL_CHARS:]) and _EMOJI_END.search(tail):
        return True
    return (
        text[-1] in _LOW_QUOTE_CLOSERS and len(text) > 1 and text[-2] in _SENTENCE_PUNCTUATION)


def casefolded_words(text: str) -> list[str]:
    """The ``\\w+`` runs of ``text.casefold()`` as ``regex`` finds them: the
    casefolded words, since casefolding maps each word character to word
    characters only and each other character to others (every code point:
    tested). Split out of its translated UTF-8 (see _words_table; an ASCII
    text's casefolding is the table's lowering): on a line of some ten words
    or more, a fifth of the instructions of the regex's search a word on
    ASCII, some half beyond it."""
    if text.isascii():
        return text.encode("ascii").translate(_LOWERED_WORDS).decode("ascii").split()
    spaced: str = _WIDE_NON_WORD.sub(" ", text.casefold())  # a lone surrogate is no word character: a space
    return spaced.encode("utf-8").translate(_LOWERED_WORDS).decode("utf-8").split()


def _tokens(text: str) -> tuple[list[str], bool]:
    """The ``\\w+`` runs of ``text`` as ``regex`` finds them, and whether the standard ``re`` read them: a line of
    the characters _READ_BY_RE allows (ASCII's digits alone, nothing of a
    spaceless script), where it is two to four times as fast as ``regex``."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text), True
    if _READ_BY_RE.fullmatch(text):
        return _RE_TOKEN.findall(text), True
    return _TOKEN.findall(text), False


# Thai and Lao write no sentence punctuation: a space between two of their
# words ends a clause or a sentence where other scripts put a comma or a
# full stop (a paragraph of them is no list of names for lacking marks).
_UNPUNCTUATED_SCRIPT_BREAK = compiled(r"(?<=[\p{Thai}\p{Lao}]) (?=[\p{Thai}\p{Lao}])")


def unpunctuated_script_breaks(text: str) -> int:
    """The clause breaks of a Thai or Lao line: its spaces between two of those scripts' characters."""
    return len(_UNPUNCTUATED_SCRIPT_BREAK.findall(text))


def _words(text: str, tokens: list[str], read_by_re: bool, cjk_chars_per_word: float,
           southeast_asian_chars_per_word: float) -> tuple[float, int]:
    """The word count of ``text`` (of ``_tokens``'s answer), and its characters of spaceless scripts."""
    spaceless = (0 if read_by_re or not _maybe_spaceless().search(text) or not _SPACELESS.search(text)
                 else len(_SPACELESS.findall(text)))
    if spaceless:
        southeast_asian = len(_SOUTHEAST_ASIAN.findall(text)) if _maybe_southeast_asian().search(text) else 0
        return ((spaceless - southeast_asian) / cjk_chars_per_word + southeast_asian / southeast_asian_chars_per_word
                + sum(1 for t in tokens if not _SPACELESS.search(t))), spaceless
    return (_WHOLE_NUMBERS[len(tokens)] if len(tokens) < len(_WHOLE_NUMBERS) else float(len(tokens))), 0


def word_count(text: str, cjk_chars_per_word: float,
               southeast_asian_chars_per_word: float = DEFAULT_SETTINGS.southeast_asian_chars_per_word) -> float:
    """``measure(text, ...).words`` alone, without the other features' work."""
    return _words(text, *_tokens(text), cjk_chars_per_word, southeast_asian_chars_per_word)[0]


def _cased(initials: Sequence[str]) -> int:
    """How many of the characters ``initials`` are letters of a script with
    case (lower, upper or title case: a single character's istitle() is
    either of the last two). The words of a script without case (Thai,
    Arabic, Chinese) say nothing of title case: a Thai share row of labels
    and brand names is all capitals, as its English one is."""
    return sum(map(str.islower, initials)) + sum(map(str.istitle, initials))


def _unmarked_end(text: str) -> bool:
    """Whether ``text`` ends in a character of Thai or Lao (their blocks), a number after it aside
    ("... 500 คน", "... ปี 2568"), not in a mark of _TERMINAL_CHARACTERS: see Features.unmarked_end."""
    last = text.rstrip(_NUMBER_TAIL)[-1:]
    return "\u0e00" <= last <= "\u0eff" and last not in _TERMINAL_CHARACTERS


# What may close a line after its last word: a number ("ปี 2568", "2,500", "40%").
_NUMBER_TAIL = string.digits + " ,%"


def measure(text: str, stopwords: frozenset[str], cjk_chars_per_word: float,
            spaceless_stopword_density: float,
            southeast_asian_chars_per_word: float = DEFAULT_SETTINGS.southeast_asian_chars_per_word) -> Features:
    """The features of ``text``; the numbers are the Settings fields of
    those names."""
    tokens, read_by_re = _tokens(text)
    digits = len((_ASCII_DIGIT if read_by_re else _DIGIT).findall(text))
    words, spaceless = _words(text, tokens, read_by_re, cjk_chars_per_word, southeast_asian_chars_per_word)
    # map() over C-level methods: this runs for every line of every page.
    stop = sum(map(stopwords.__contains__, map(str.lower, tokens)))
    initials = [t[0] for t in tokens]
    alpha = _cased(initials)
    upper = sum(map(str.isupper, initials))
    # A share of none or all is the constant 0.0 or 1.0 (the same value), held once, not by each line.
    return _shared(Features(  # by position: keywords cost a third of the call
        words,
        len(text),
        ((stop / len(tokens) if stop else 0.0) if tokens and not spaceless
         else (spaceless_stopword_density if spaceless else 0.0)),
        ends_sentence(text),
        (1.0 if upper == alpha else upper / alpha if upper else 0.0) if alpha else 0.0,
        digits / len(text) if digits else 0.0,
        len(_CLAUSE_MARKS.findall(text)) + (unpunctuated_script_breaks(text) if spaceless else 0),
        bool(spaceless) and _unmarked_end(text),
    ))


def measure_all(texts: Iterable[str], stopwords: frozenset[str], settings: Settings) -> list[Features]:
    """The features of each of ``texts``, measured with ``settings``: the
    lines met before looked up (the fixed-point passes meet the same lines
    again, and so do the pages of one site), the others measured together
    (``measure_lines``)."""
    global _line_cache
    texts = list(texts)
    key = (stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density,
           settings.southeast_asian_chars_per_word)
    cached_with, cache = _line_cache
    if cached_with != key:  # a page of another language: its lines measured anew
        cache = {}
        _line_cache = (key, cache)
    found = list(map(cache.get, texts))
    unknown = list(dict.fromkeys(compress(texts, map(operator.not_, found))))  # each once, in C
    if not unknown:
        return cast("list[Features]", found)  # every line found
    # A page's lines with no link mark are measured as they are, unmapped.
    as_measured = list(map(without_link_marks, unknown)) if _may_hold_link_marks(_after_line_feeds(unknown)) \
        else unknown
    measured = dict(zip(unknown, measure_lines(as_measured, *key)))
    if len(cache) + len(measured) > LINE_CACHE_SIZE:
        cache.clear()  # emptied when full (a page of more distinct lines is not kept)
    if len(measured) <= LINE_CACHE_SIZE:
        cache.update(measured)
    # A line's features: those just measured, else those found (dict.get's default).
    return cast("list[Features]", list(map(measured.get, texts, found)))


# The features of the distinct lines met last (at most LINE_CACHE_SIZE),
# with the stopwords and the three numbers they were measured with.
_line_cache: tuple[tuple[frozenset[str], float, float, float], dict[str, Features]] = (
    (frozenset(), 0.0, 0.0, 0.0), {})


def measure_lines(texts: list[str], stopwords: frozenset[str], cjk_chars_per_word: float,
                  spaceless_stopword_density: float,
                  southeast_asian_chars_per_word: float = DEFAULT_SETTINGS.southeast_asian_chars_per_word,
                  ) -> list[Features]:
    """``measure`` of each of ``texts``: the lines _READ_BY_RE reads (most
    lines of most pages: ASCII, Latin, Cyrillic) measured together,
    LINES_AT_ONCE at a time (a page's words are not all held at once), the
    others one by one."""
    measured: list[Features] = []
    for start in range(0, len(texts), LINES_AT_ONCE):
        lines = texts[start:start + LINES_AT_ONCE]
        ascii_lines = list(map(str.isascii, lines))
        if all(ascii_lines):
            measured += _measured_together(lines, stopwords)
            continue
        # The ASCII lines apart from the others: a page of them is read a byte a character, and faster.
        wide = [not is_ascii and _READ_BY_RE.fullmatch(text) is not None for text, is_ascii in zip(lines, ascii_lines)]
        ascii_together = iter(_measured_together(list(compress(lines, ascii_lines)), stopwords))
        wide_together = iter(_measured_together(list(compress(lines, wide)), stopwords))
        measured += [next(ascii_together) if is_ascii else next(wide_together) if is_wide else
                     measure(text, stopwords, cjk_chars_per_word, spaceless_stopword_density,
                             southeast_asian_chars_per_word)
                     for text, is_ascii, is_wide in zip(lines, ascii_lines, wide)]
    return measured


# Lines measured together: the words of so many lines are held at once.
LINES_AT_ONCE = 1024


def _measured_together(lines: list[str], stopwords: frozenset[str]) -> list[Features]:
    """``measure`` of ``lines`` that _READ_BY_RE reads, each pattern run once over the page they make."""
    page = "\n".join(lines)
    if not lines or page.count("\n") != len(lines) - 1:  # a text holding a line break is no line of a page
        return [measure(text, stopwords, 0.0, 0.0, 0.0) for text in lines]  # (no spaceless script)
    initials, stops = _initials_and_stops(page, stopwords)
    if initials.isascii():
        encoded = initials.encode("ascii")
        alphas = list(map(len, encoded.translate(None, _ALL_BUT_LETTERS).split(b"\n")))
        uppers = list(map(len, encoded.translate(None, _ALL_BUT_UPPER).split(b"\n")))
    else:
        caseless = _CASELESS_READ_BY_RE.search(initials) is not None
        alphas = [_cased(part) if caseless else sum(map(str.isalpha, part)) for part in initials.split("\n")]
        uppers = [sum(map(str.isupper, part)) for part in initials.split("\n")]
    for mark in _WIDE_CLAUSE_MARKS_READ_BY_RE:
        page = page.replace(mark, ".")
    data = page.encode("utf-8")
    words, stop_counts = (list(map(len, found.split("\n"))) for found in (initials, stops))
    digits, clauses = (list(map(len, data.translate(None, others).split(b"\n")))
                       for others in (_ALL_BUT_DIGITS, _ALL_BUT_CLAUSE_MARKS))
    shared, new = _SHARED_FEATURES.setdefault, tuple.__new__
    measured = [
        shared(features, features) for features in (
            new(Features, (  # the fields as measure() gives them, in order
                _WHOLE_NUMBERS[n] if n < len(_WHOLE_NUMBERS) else float(n),
                len(text),
                stop / n if stop else 0.0,
                # Most lines end in a letter (no sentence's end) or in a mark of one.
                text[-1:] in _TERMINAL_CHARACTERS or (not text[-1:].isalpha() and ends_sentence(text)),
                (1.0 if upper == alpha else upper / alpha if upper else 0.0) if alpha else 0.0,
                digit / len(text) if digit else 0.0,
                clause,
                False))  # no spaceless script
            for text, n, stop, alpha, upper, digit, clause in zip(lines, words, stop_counts, alphas, uppers, digits,
                                                                  clauses))]
    if len(_SHARED_FEATURES) > LINE_CACHE_SIZE:
        _SHARED_FEATURES.clear()
    return measured


def _initials_and_stops(page: str, stopwords: frozenset[str]) -> tuple[str, str]:
    """The first character of each word of ``page`` (ASCII or read by
    _READ_BY_RE) and a mark for each of its stopwords, each line's ended by
    a line break, from the words split out of its translated UTF-8, lowered
    for the stopwords: an ASCII page by the table, another by one
    ``str.lower`` of the page (which lowers each word character of
    _READ_BY_RE's alone, into word characters: the lowered words are the
    words lowered, tested). A third of the instructions of a regex search
    and a ``str.lower`` for each word."""
    if page.isascii():
        data = page.encode("ascii")
        words, lowered = (_by_line(data, table).split() for table in (_WORDS_BY_LINE, _LOWERED_WORDS_BY_LINE))
        initials = bytes(map(_FIRST, words)).replace(_ASCII_BREAK, b"\n").decode("ascii")  # a line break's is itself
    else:
        spaced = _WIDE_NON_WORD_READ_BY_RE.sub(" ", page)
        wide_words = _by_line(spaced.encode("utf-8"), _WORDS_BY_LINE).decode("utf-8").split()
        initials = "".join(map(_FIRST, wide_words)).replace("\x01", "\n")
        lowered = _by_line(spaced.lower().encode("utf-8"), _WORDS_BY_LINE).split()
    return initials, b"".join(map(_stop_marks(stopwords).get, lowered, repeat(b""))).decode("ascii")


def _by_line(data: bytes, table: bytes) -> bytes:
    """``data`` translated by ``table``, each line break's _ASCII_BREAK a word of its own."""
    return data.translate(table).replace(_ASCII_BREAK, b" \x01 ")


@functools.lru_cache(maxsize=16)
def _stop_marks(stopwords: frozenset[str]) -> dict[bytes, bytes]:
    """A mark for each stopword (by its UTF-8) and a line break for _ASCII_BREAK: a page's
    words mapped by it (others to nothing) are its stopwords, line by line."""
    return {**dict.fromkeys((word.encode("utf-8", "surrogatepass") for word in stopwords), b"s"),
            _ASCII_BREAK: b"\n"}
