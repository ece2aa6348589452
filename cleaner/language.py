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
import hashlib
import importlib.util
import math
import os
import tempfile
from collections import Counter
from pathlib import Path

import regex

from .cache import cache_dir
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

_TOKEN = regex.compile(r"\w+")
_LETTER = regex.compile(r"\p{L}")


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
    lines = (directory / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip())


def stopwords_for(language: str | None) -> frozenset[str]:
    """The jusText stopwords of an ISO 639-1 language; empty when it has none."""
    return _stoplist(language) if language else frozenset()


# The identifier's model ships xz-compressed: decompressing it takes about a
# second at every start. Its arrays, cut to our languages, are kept once
# decompressed in the cache folder and mapped from there; the same numbers,
# so the same languages.
_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@functools.cache
def _identifier():  # type: ignore[no-untyped-def]
    # Imported here: it loads numpy, needed only once text is seen.
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    languages = sorted(set(STOPLIST_NAMES) | set(SPACELESS_LANGUAGES))
    folder = cache_dir() / f"py3langid-{_model_key(py3langid.__version__, MODEL_DIR / MODEL_FILE, languages)}"
    try:
        return _mapped_identifier(LanguageIdentifier, folder)
    except (OSError, ValueError):  # not cached yet, or unreadable: load the package's model
        pass
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages([c for c in identifier.labels if c in languages])
    _store_identifier(identifier, folder)
    return identifier


def _model_key(version: str, model: Path, languages: list[str]) -> str:
    """Names the kept copy of a model: by the package's version and the
    model file's size, not its path or time, so that every environment
    with the same py3langid shares one copy (57 MB) rather than adding its own."""
    return hashlib.sha1(repr((version, model.stat().st_size, languages)).encode()).hexdigest()[:16]


def _mapped_identifier(identifier_class, folder: Path):  # type: ignore[no-untyped-def]
    import numpy as np

    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _MODEL_ARRAYS}
    return identifier_class(arrays["ptc"], np.array(arrays["pc"]), arrays["classes"].tolist(),
                            memoryview(arrays["nextmove"]), memoryview(arrays["output"]),
                            tk_row=memoryview(arrays["row"]))


def _store_identifier(identifier, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Keep the identifier's arrays in ``folder``, written whole or not at all
    (another process may be writing them too); a folder that cannot be
    written only costs the next start its second."""
    import numpy as np

    arrays = {"ptc": identifier.nb_ptc, "pc": identifier.nb_pc, "classes": np.array(identifier.nb_classes),
              "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=f"u{identifier.tk_nextmove.itemsize}"),
              "row": np.frombuffer(identifier.tk_row, dtype=f"u{identifier.tk_row.itemsize}"),
              "output": np.array(identifier.tk_output, dtype=np.int32)}
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder.parent, prefix=f".{folder.name}.") as temporary:
            for name, array in arrays.items():
                np.save(Path(temporary) / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
            os.rename(temporary, folder)
            os.mkdir(temporary)  # for TemporaryDirectory to remove
    except OSError:
        pass


def _prose_sample(text: str, settings: Settings) -> str:
    """Up to language_sample_chars characters of the page's longest lines
    that end like sentences or hold language_sample_min_words words or more
    (all its lines when none does), each cut to language_sample_line_chars:
    prose, not the lists of a menu, and several lines of it, not one
    quotation. Long lines without a full stop count too: a story written in
    unpunctuated lines (steps, notes) is the page's language, not the
    punctuated sentences of its chrome in another."""
    lines = [line for line in text.splitlines()
             if line.rstrip().endswith(_SENTENCE_ENDS) or len(line.split()) >= settings.language_sample_min_words]
    lines = lines or text.splitlines()
    sample: list[str] = []
    total = 0
    for line in sorted(lines, key=len, reverse=True):
        if total >= settings.language_sample_chars:
            break
        sample.append(line[:settings.language_sample_line_chars])
        total += len(sample[-1]) + 1
    return "\n".join(sample)


def _stoplist_evidence(language: str, tokens: Counter[str], stopword_share: float, vocabulary_size: int) -> float:
    """Log-likelihood ratio of the tokens under the language's stoplist
    model against a background without it (0 without a stoplist)."""
    words = stopwords_for(language)
    if not words:
        return 0.0
    per_hit = math.log(stopword_share / len(words)) - math.log((1 - stopword_share) / vocabulary_size)
    return per_hit * sum(count for token, count in tokens.items() if token in words)


def identify(text: str, settings: Settings = DEFAULT_SETTINGS) -> str | None:
    """The ISO 639-1 code of the language of ``text``; None for a text
    without letters."""
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
    ranked = _identifier().rank(sample)[:candidates]
    best = max(ranked, key=lambda item: item[1] + weight * _stoplist_evidence(item[0], tokens, stopword_share,
                                                                               vocabulary_size))
    return str(best[0])
