"""Every detector: documented, with positive and negative examples that hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.blocks import segment
from cleaner.detectors import DETECTORS, Page
from cleaner.detectors.base import LINE_PATTERNS, LinePattern, line_hits, top_level_branches
from cleaner.detectors.literals import first_characters, fold, required_literals
from cleaner.language import identify, stopwords_for

ROOT = Path(__file__).resolve().parent.parent
CASES = [(d, n, example) for d in DETECTORS for n, example in enumerate(d.examples)]


def run_detector(detector, text: str) -> list[str]:
    language = identify(text)
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


def test_first_characters_begin_every_match():
    assert first_characters(r"(skip|jump|go) to") == {"s", "j", "g"}
    assert first_characters(r"x?y") == {"x", "y"}
    assert first_characters(r"[«<]?\s*next") is None  # \s*: a match may begin with any space
    assert first_characters(r"(ab)?") is None  # a match may be empty


def test_required_literals_hold_in_every_match():
    assert required_literals(r"\b(we|our site) uses? cookies\b") == {" cookies"}
    assert required_literals(r"\b(donate|chip in)\b|\bpaypal\b") == {"donate", "chip in", "paypal"}
    assert required_literals(r"(?-i:\p{Lu})\w+ is headquartered in\b") == {" is headquartered in"}
    assert required_literals(r"\d+(min)?") is None  # a match may hold no fixed text
    assert fold("İS THE") == "is the"  # "İ" matches "i" case-insensitively


def test_prefilters_never_change_a_pattern_result():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "input").iterdir())]
    articles = json.loads((ROOT / "tests" / "fixtures" / "article_bodies.json").read_text(encoding="utf-8"))
    texts += ["\n".join([a["headline"], *a["paragraphs"]]) for a in articles]
    texts += [example.text for detector in DETECTORS for example in detector.examples]
    lines = [block.text for text in texts for block in segment(text)]
    for pattern in LINE_PATTERNS:
        unfiltered = [any(find(line) for find, _ in pattern._groups) for line in lines]
        assert [pattern.matches(line) for line in lines] == unfiltered
