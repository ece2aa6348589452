"""Language-aware block features: words, length, stopword density, punctuation.

Stopwords are those of the page language (see language.py). Scripts
written without spaces (Chinese, Japanese, Thai...) are measured in
characters: ``Settings.cjk_chars_per_word`` characters count as one word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from .settings import Settings

_TOKEN = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")
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
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
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


# Sentence-final punctuation across scripts (Latin, CJK, Devanagari, Arabic...).
_TERMINAL_CHARACTERS = frozenset(".!?…。！？؟।:;\"'”’»」』)]")
# German and other quotes close with what English opens with („So war es.“,
# ‚ja.‘): after a sentence's own punctuation such a mark ends it too.
_LOW_QUOTE_CLOSERS = frozenset("“‘")
_SENTENCE_PUNCTUATION = frozenset(".!?…")
# A post's sentence may end with an emoji or a smiley instead of a full stop
# (searched for in the line's last characters only).
_EMOJI_TAIL_CHARS = 16
_EMOJI_END = regex.compile(r"\w[\W\p{M}]*(?:\p{Extended_Pictographic}|[:;]-?\(|<3)[\W\p{M}]*$")
# Marks that divide running text into sentences and clauses, across scripts:
# a long line with none is a list of names or tags, not prose (plain
# characters: ``re`` counts them twice as fast as ``regex``).
_CLAUSE_MARKS = re.compile(r"[.,;:!?…。，、；：！？؟،।]")
# Distinct lines whose context-free results (features, pattern hits) are
# kept: the fixed-point passes meet the same lines again, and so do the pages
# of one site (menus, footers).
LINE_CACHE_SIZE = 8192
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
    """Share of word tokens starting with an upper-case letter."""
    digit_share: float
    clause_marks: int
    """Sentence and clause punctuation marks in the block."""


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


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (or a clause a colon opens)."""
    if not text:
        return False
    if text[-1] in _TERMINAL_CHARACTERS:
        return True
    if not text[-1].isalpha() and _EMOJI_END.search(text[-_EMOJI_TAIL_CHARS:]):
        return True
    return (
        text[-1] in _LOW_QUOTE_CLOSERS and len(text) > 1 and text[-2] in _SENTENCE_PUNCTUATION)


def word_tokens(text: str) -> list[str]:
    """The ``\\w+`` runs of ``text`` as ``regex`` finds them."""
    return _tokens(text)[0]


def _tokens(text: str) -> tuple[list[str], bool]:
    """``word_tokens``, and whether the standard ``re`` read them: a line of
    the characters _READ_BY_RE allows (ASCII's digits alone, nothing of a
    spaceless script), where it is two to four times as fast as ``regex``."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text), True
    if _READ_BY_RE.fullmatch(text):
        return _RE_TOKEN.findall(text), True
    return _TOKEN.findall(text), False


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def measure(text: str, stopwords: frozenset[str], cjk_chars_per_word: float,
            spaceless_stopword_density: float) -> Features:
    """The features of ``text``; the two numbers are the Settings fields of
    those names (passed as numbers: the cache hashes its arguments)."""
    tokens, read_by_re = _tokens(text)
    if read_by_re:
        digits = len(_ASCII_DIGIT.findall(text))
        spaceless = 0
    else:
        digits = len(_DIGIT.findall(text))
        spaceless = (0 if not _maybe_spaceless().search(text) or not _SPACELESS.search(text)
                     else len(_SPACELESS.findall(text)))
    if spaceless:
        words = spaceless / cjk_chars_per_word + sum(1 for t in tokens if not _SPACELESS.search(t))
    else:
        words = _WHOLE_NUMBERS[len(tokens)] if len(tokens) < len(_WHOLE_NUMBERS) else float(len(tokens))
    # map() over C-level methods: this runs for every line of every page.
    stop = sum(map(stopwords.__contains__, map(str.lower, tokens)))
    initials = [t[0] for t in tokens]
    alpha = sum(map(str.isalpha, initials))
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
        len(_CLAUSE_MARKS.findall(text)),
    ))


def measure_all(texts: Iterable[str], stopwords: frozenset[str], settings: Settings) -> list[Features]:
    """The features of each of ``texts``, measured with ``settings``."""
    return [measure(text, stopwords, settings.cjk_chars_per_word, settings.spaceless_stopword_density)
            for text in texts]
