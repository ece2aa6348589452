"""Every detector: documented, with positive and negative examples that hold."""

from __future__ import annotations

import pytest

from cleaner.blocks import segment
from cleaner.detectors import DETECTORS, Page
from cleaner.detectors.base import LinePattern, line_hits, top_level_branches
from cleaner.features import guess_language, stopwords_for

CASES = [(d, n, example) for d in DETECTORS for n, example in enumerate(d.examples)]


def run_detector(detector, text: str) -> list[str]:
    language = guess_language(text)
    page = Page.of(segment(text), stopwords_for(language), language)
    return [page.blocks[i].text for i in sorted(set(detector.detect(page)))]


@pytest.mark.parametrize("detector,n,example", CASES, ids=[f"{d.id}-{n}" for d, n, _ in CASES])
def test_example(detector, n, example):
    assert run_detector(detector, example.text) == list(example.removed)


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.id for d in DETECTORS])
def test_detector_is_documented_with_positive_and_negative_examples(detector):
    assert detector.summary, "docstring says what it removes"
    assert any(e.removed for e in detector.examples), "a positive example"
    assert any(not e.removed for e in detector.examples), "a negative example"


def test_ids_are_unique():
    ids = [d.id for d in DETECTORS]
    assert len(ids) == len(set(ids))


def test_line_pattern_anchors_only_the_branches_that_start_with_a_caret():
    pattern = LinePattern(r"^sign up|\bno spam\b", r"^(a|b) c", max_words=5)
    assert pattern.matches("Sign up today")
    assert not pattern.matches("Please sign up today")
    assert pattern.matches("We promise: no spam")
    assert pattern.matches("b c") and not pattern.matches("x b c")


def test_line_hits_respect_each_patterns_word_limit():
    pattern = LinePattern(r"\bzebra crossing\b", max_words=4)
    assert pattern in line_hits("A zebra crossing", 3)
    assert pattern not in line_hits("A zebra crossing near the old school gates", 8)


def test_top_level_branches_skip_bars_in_groups_sets_and_escapes():
    assert top_level_branches(r"^a(b|c)|[|]d|\|e|f") == ["^a(b|c)", "[|]d", r"\|e", "f"]
