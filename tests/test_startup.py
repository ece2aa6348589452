"""What a start costs: the language model is decompressed once per installation, not once per process."""

from __future__ import annotations

from pathlib import Path

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from cleaner import language
from cleaner.settings import DEFAULT_SETTINGS

SAMPLES = sorted((Path(__file__).parent.parent / "samples" / "input").glob("*.txt"))[:20]


def test_the_cached_model_ranks_languages_exactly_as_the_packaged_one(tmp_path, monkeypatch):
    monkeypatch.setenv(language.CACHE_DIR_VARIABLE, str(tmp_path))
    language._identifier.cache_clear()
    try:
        first = language._identifier()  # decompressed from the package, then stored
        assert list(tmp_path.iterdir()), "the arrays are stored"
        language._identifier.cache_clear()
        cached = language._identifier()
        assert isinstance(cached.tk_nextmove, memoryview), "mapped from the cache, not decompressed again"
    finally:
        language._identifier.cache_clear()
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    packaged.set_languages(first.nb_classes)
    assert SAMPLES
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES] + ["Der Hund schläft.", "Le chien dort."]
    for text in texts:
        sample = language._prose_sample(text, DEFAULT_SETTINGS)
        assert cached.rank(sample) == first.rank(sample) == packaged.rank(sample)


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(language.CACHE_DIR_VARIABLE, str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language.identify("The dog slept in the sun all afternoon, and nobody woke him.") == "en"
    finally:
        language._identifier.cache_clear()
