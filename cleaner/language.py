"""The page language, and the stopwords that measure its lines.

py3langid (a naive-Bayes identifier over byte n-grams, its model inside its
PyPI package) ranks the languages of a sample of the page's longest lines:
the prose, not the menus, and a sample small enough to cost little. Among
its top candidates, the jusText stoplist of each adds its evidence, which
settles near neighbours (German and Luxembourgish). Measured against a
raw stoplist vote, which called "The bill passed 52 to 48." Estonian: see
the commit that brought this module.

Languages are ISO 639-1 codes ("de"); the jusText stoplists are named by
language ("German"), mapped here. Languages without a stoplist (Chinese,
Japanese, Thai...) get no stopwords; their lines are measured in characters
(see features.py).
"""

from __future__ import annotations

import functools
import heapq
import importlib.util
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import language_model
from .cache import compiled
from .features import without_link_marks
from .settings import DEFAULT_SETTINGS, Settings

_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟", "।", '"', "”", "»")

# jusText stoplist name of each language py3langid can name ("no" is its
# Norwegian: the Bokmål list).
STOPLIST_NAMES = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "fy": "West_Frisian", "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "ig": "Igbo",
    "is": "Icelandic", "it": "Italian", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada",
    "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian",
    "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "oc": "Occitan",
    "pl": "Polish", "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "te": "Telugu", "tk": "Turkmen", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "yo": "Yoruba",
}
# Languages without a stoplist the identifier may still name: scripts
# written without spaces, measured in characters.
SPACELESS_LANGUAGES = ("zh", "ja", "th", "lo", "km", "my")
# The languages the identifier chooses from.
LANGUAGES = tuple(sorted(set(STOPLIST_NAMES) | set(SPACELESS_LANGUAGES)))

_TOKEN = compiled(r"\w+")
_LETTER = compiled(r"\p{L}")


@functools.cache  # once a process: each search walks sys.path (a millisecond)
def _stoplist_dir() -> Path | None:
    # Found without importing justext, whose import pulls in lxml.html.clean.
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "stoplists"


@functools.cache
def _stoplist(language: str) -> frozenset[str]:
    name = STOPLIST_NAMES.get(language)
    directory = _stoplist_dir()
    if name is None or directory is None or not (directory / f"{name}.txt").is_file():
        return frozenset()
    # One word a line: the words of the text lower-cased at once (as each line alone: tested).
    return frozenset((directory / f"{name}.txt").read_text(encoding="utf-8").lower().split())


def stopwords_for(language: str | None) -> frozenset[str]:
    """The jusText stopwords of an ISO 639-1 language; empty when it has none."""
    return _stoplist(language) if language else frozenset()


def _prose_sample(text: str | Sequence[str], settings: Settings) -> str:
    """Up to language_sample_chars characters of the page's longest lines
    that end like sentences or hold language_sample_min_words words or more
    (all its lines when none does), each cut to language_sample_line_chars:
    prose, not the lists of a menu, and several lines of it, not one
    quotation. Long lines without a full stop count too: a story written in
    unpunctuated lines (steps, notes) is the page's language, not the
    punctuated sentences of its chrome in another. Lines are read as they
    are measured, without the link marks of text renderers (see
    features.without_link_marks): a Markdown page's longest lines are its
    links, whose addresses named the page's language (Luxembourgish for a
    German page, English). ``text``: a page, or its lines."""
    min_words = settings.language_sample_min_words

    def is_prose(line: str) -> bool:
        # Split at most into min_words parts: as many words as that, or fewer.
        return line.rstrip().endswith(_SENTENCE_ENDS) or len(line.split(None, min_words - 1)) >= min_words

    # The longest lines first (ties in page order: the prose lines among
    # them in the order of a sort of those alone), each tested only until
    # the sample is full: the few longest of a page's lines, not all of them.
    longest_first, again = itertools.tee(_longest_first(text.splitlines() if isinstance(text, str) else text))
    sample = _longest(filter(is_prose, longest_first), settings)
    return "\n".join(sample or _longest(again, settings))


def _longest_first(lines: Sequence[str]) -> Iterator[str]:
    """``lines`` without their link marks, longest first, ties in their order:
    ``sorted(map(without_link_marks, lines), key=len, reverse=True)``, each
    line read only once it may be next. Taking the marks away never makes a
    line longer, so a line read is next when no line left unread is as
    long: the sample reads the few longest, not every line (a call for each
    line of each pass was most of the sample's cost)."""
    # By length, longest first, ties in page order (the negated positions), compared in C.
    unread = sorted(zip(map(len, lines), range(0, -len(lines), -1), lines), reverse=True)
    read: list[tuple[int, int, str]] = []  # a heap: (-length, position, line) of lines read, not yet given
    for length, negated_position, line in unread:
        while read and -read[0][0] > length:
            yield heapq.heappop(read)[2]
        cleaned = without_link_marks(line)
        heapq.heappush(read, (-len(cleaned), -negated_position, cleaned))
    while read:
        yield heapq.heappop(read)[2]


def _longest(lines: Iterable[str], settings: Settings) -> list[str]:
    """The first of ``lines``, each cut to language_sample_line_chars, until
    they hold language_sample_chars characters."""
    sample: list[str] = []
    if settings.language_sample_chars <= 0:
        return sample
    total = 0
    for line in lines:  # the next line is not asked for once the sample is full: filter tests no more
        sample.append(line[:settings.language_sample_line_chars])
        total += len(sample[-1]) + 1
        if total >= settings.language_sample_chars:
            break
    return sample


def _stoplist_evidence(language: str, tokens: Counter[str], stopword_share: float, vocabulary_size: int) -> float:
    """Log-likelihood ratio of the tokens under the language's stoplist
    model against a background without it (0 without a stoplist)."""
    words = stopwords_for(language)
    if not words:
        return 0.0
    per_hit = math.log(stopword_share / len(words)) - math.log((1 - stopword_share) / vocabulary_size)
    # The stopwords among the tokens by a set intersection (in C, over the
    # smaller of the two), not a test for each token.
    return per_hit * sum(map(tokens.__getitem__, words.intersection(tokens.keys())))


def identify(text: str | Sequence[str], settings: Settings = DEFAULT_SETTINGS) -> str | None:
    """The ISO 639-1 code of the language of ``text`` (a page, or its lines:
    a long page's lines need no second copy of it); None for a text without letters."""
    return _identify_sample(_prose_sample(text, settings), settings.language_stoplist_candidates,
                            settings.language_stoplist_weight, settings.language_stopword_share,
                            settings.language_vocabulary_size)


# Cleaning passes meet the same sample again: the story's lines survive them.
@functools.lru_cache(maxsize=256)
def _identify_sample(sample: str, candidates: int, weight: float, stopword_share: float,
                     vocabulary_size: int) -> str | None:
    if not _LETTER.search(sample):
        return None
    tokens = Counter(_TOKEN.findall(sample.lower()))

    def evidence(language: str) -> float:
        return weight * _stoplist_evidence(language, tokens, stopword_share, vocabulary_size)

    return language_model.best_language(sample, LANGUAGES, candidates, evidence)
