"""The language model's ranking read without numpy decides as py3langid's own."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from cleaner import language, language_model
from cleaner.cache import CACHE_DIR_VARIABLE
from cleaner.settings import DEFAULT_SETTINGS

SAMPLES = sorted((Path(__file__).parent.parent / "samples" / "input").glob("*.txt"))

# Neighbours py3langid tells apart by little: texts mixing their words come near ties.
NEIGHBOURS = [("da", "no", "nn", "sv"), ("cs", "sk", "pl"), ("es", "gl", "pt", "ca", "it"), ("hr", "bs", "sr", "sl"),
              ("id", "ms", "jv"), ("de", "lb", "nl", "af", "fy"), ("ru", "uk", "be", "bg", "mk"),
              ("fr", "oc", "wa", "br"), ("en", "la", "eo", "ga", "cy"), ("tr", "az", "tk", "uz"), ("hi", "mr", "ne"),
              ("fi", "et", "hu")]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """The kept model, written to a cache folder of its own and read back."""
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path_factory.mktemp("cache")))
    for memo in (language_model._kept_model, language_model.identifier):
        memo.cache_clear()
    try:
        kept = language_model._kept_model(language.LANGUAGES)
        assert kept is not None
        yield kept
    finally:
        monkeypatch.undo()
        for memo in (language_model._kept_model, language_model.identifier):
            memo.cache_clear()


def _texts(count: int) -> list[str]:
    """Texts of mixed stopwords of neighbouring languages, of every length
    from a word to a page's sample; the samples' prose; and oddities."""
    randomly = random.Random(15)
    texts = []
    for _ in range(count):
        group = randomly.choice(NEIGHBOURS)
        words = [w for code in randomly.sample(group, 2) for w in sorted(language.stopwords_for(code))[:400]]
        texts.append(" ".join(randomly.choice(words) for _ in range(randomly.choice((1, 3, 10, 40, 150)))) + ".")
    texts += [language._prose_sample(path.read_text(encoding="utf-8"), DEFAULT_SETTINGS) for path in SAMPLES]
    return texts + ["THE DOG SLEPT IN THE SUN.", "Ünïcödé ÀÉÎ, e\u0301", "x", "\ud83d broken surrogate text", "…"]


def _evidence(text: str):  # type: ignore[no-untyped-def]
    tokens = Counter(language._TOKEN.findall(text.lower()))
    settings = DEFAULT_SETTINGS
    return lambda code: settings.language_stoplist_weight * language._stoplist_evidence(
        code, tokens, settings.language_stopword_share, settings.language_vocabulary_size)


def test_py3langid_scores_lie_within_the_ranges_and_the_decisions_are_its_own(model, monkeypatch):
    identifier = language_model.identifier(language.LANGUAGES)
    candidates = DEFAULT_SETTINGS.language_stoplist_candidates
    texts = _texts(600)
    undecided = 0
    for text in texts:
        ranked = identifier.rank(text)
        ranges = model.score_ranges(text)
        assert ranges is not None
        assert model.score_ranges(text, by_numpy=True) == ranges, text  # the same floats, bit for bit
        assert [label for label, _, _ in ranges] == list(dict.fromkeys(identifier.nb_classes))
        scores = dict(ranked)
        for label, low, high in ranges:
            assert low <= scores[label] <= high, (text, label)
        evidence = _evidence(text)
        expected = max(ranked[:candidates], key=lambda item: item[1] + evidence(item[0]))[0]
        decided = language_model.certain_best(ranges, candidates, evidence)
        undecided += decided is None
        assert decided in (None, expected), text
        for pure_rankings in (10**9, 0):  # the numpy-free way first, or py3langid's at once
            monkeypatch.setattr(language_model, "PURE_RANKINGS", pure_rankings)
            assert language_model.best_language(text, language.LANGUAGES, candidates, evidence) == expected
    # Near ties are left to py3langid: few, even among these mixtures of neighbours.
    assert undecided < 0.05 * len(texts)


def test_the_rows_kept_as_integers_give_the_sums_of_rows_read_anew(model, monkeypatch):
    # However few rows are kept (the table emptied when full), the ranges are numpy's, bit for bit.
    texts = _texts(30)
    expected = [model.score_ranges(text, by_numpy=True) for text in texts]
    for kept in (0, 50, 10**6):
        monkeypatch.setattr(language_model, "ROWS_KEPT", kept)
        model._rows.clear()
        assert [model.score_ranges(text) for text in texts] == expected
        assert len(model._rows) <= max(kept, max(len(model.features(text)) for text in texts))


def test_the_walk_at_every_byte_at_once_is_the_walk_byte_by_byte_or_none(model, monkeypatch):
    import numpy as np

    nextmove, rowbase, output, _ = model._numpy_arrays
    for text in _texts(40):
        data = np.frombuffer(language_model._encoded(text), dtype=np.uint8).astype(np.intp)
        states = language_model._walk(data, nextmove, rowbase)
        assert states is not None, text
        found = [int(f) for f in output[states] if f >= 0]
        assert dict(Counter(found)) == model.features(text)
    # A window shorter than the model's n-grams gives states the check refuses; the sums are still exact.
    monkeypatch.setattr(language_model, "WALK_WINDOW", 2)
    text = "The dog slept in the sun all afternoon, and nobody woke him."
    data = np.frombuffer(language_model._encoded(text), dtype=np.uint8).astype(np.intp)
    assert language_model._walk(data, nextmove, rowbase) is None
    assert model.score_ranges(text, by_numpy=True) == model.score_ranges(text)


def test_near_ties_are_left_to_py3langid():
    nothing = lambda code: 0.0  # noqa: E731
    apart = [("de", -10.0, -9.0), ("lb", -20.0, -19.0), ("nl", -30.0, -29.0)]
    assert language_model.certain_best(apart, 2, nothing) == "de"
    overlapping = [("de", -10.0, -9.0), ("lb", -9.5, -8.5), ("nl", -30.0, -29.0)]
    assert language_model.certain_best(overlapping, 2, nothing) is None
    # Which of two near-tied languages is the second candidate decides the winner when its evidence is strong.
    third_in_doubt = [("de", -10.0, -9.0), ("lb", -20.0, -19.0), ("nl", -19.5, -18.5)]
    assert language_model.certain_best(third_in_doubt, 2, lambda code: 15.0 if code == "nl" else 0.0) is None
    # ...and does not when neither could win.
    assert language_model.certain_best(third_in_doubt, 2, nothing) == "de"
    # Exact scores (a text without features) are ranked exactly: the first of equals.
    floor = [("de", -1e38, -1e38), ("lb", -1e38, -1e38), ("nl", -1e38, -1e38)]
    assert language_model.certain_best(floor, 2, lambda code: 1.0 if code == "nl" else 0.0) == "de"


def test_a_damaged_kept_model_is_not_read(tmp_path):
    path = tmp_path / "py3langid-0123456789abcdef.model"
    for damaged in (b"", b"not a model at all", language_model._MAGIC + b"\xff\xff\x00\x00{"):
        path.write_bytes(damaged)
        with pytest.raises((ValueError, OSError)):
            language_model.KeptModel(path)
