"""perf27: a key's branch that needs a literal beyond the key is searched
only on the lines holding one of its own literals (patterns._own_literals),
and a page's lines are marked as each line alone is matched."""

from __future__ import annotations

import random

from cleaner.detectors import DETECTORS
from cleaner.detectors.literals import fold
from cleaner.detectors.patterns import CompiledOnFirstCall, Holds, LineMatcher, LinePattern, PageText
from cleaner.settings import DEFAULT_SETTINGS

LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))


def test_a_branch_is_not_searched_on_lines_without_its_own_literal():
    # "(photo)" holds "(", the other branch's literal: both go under the key "(".
    pattern = LinePattern({"en": [r"\(\d+\)$", r"\(photo\)"]}, max_words="caption_max_words")
    (_, gate), = pattern._groups
    assert isinstance(gate, Holds) and list(gate.by_key) == ["("]
    parts = gate.parts("(")
    assert [needed for _, needed in parts] == [None, frozenset({"(photo)"})]
    lines = ["Votes (12)", "A sunset (Photo)", "Nothing in brackets (here)"]
    assert pattern.marked(PageText(lines), [True] * 3) == {0, 1}
    page = PageText(lines[:1] + lines[2:])
    fresh = LinePattern({"en": [r"\(\d+\)$", r"\(photo\)"]}, max_words="caption_max_words")
    assert fresh.marked(page, [True, True]) == {0}
    (_, fresh_gate), = fresh._groups
    (_, _), (photo, _) = fresh_gate.parts("(")
    assert isinstance(photo, CompiledOnFirstCall) and photo.compiled is None  # never tried, never compiled


def _parts_with_own_literals():
    for pattern in LINE_PATTERNS:
        for _, gate in pattern._groups:
            if isinstance(gate, Holds):
                for key in gate.by_key:
                    yield from ((key, part, needed) for part, needed in gate.parts(key) if needed is not None)


def _lines() -> list[str]:
    rng = random.Random(27)
    examples = [line for detector in DETECTORS for example in detector.examples for line in example.text.split("\n")]
    return list(dict.fromkeys([*examples, *(" ".join(rng.sample(examples, 2)) for _ in range(300))]))


def test_a_part_finds_nothing_on_a_line_without_its_own_literals():
    """On the detectors' example lines and lines of a part's key and literals: where a part finds
    something, the line holds one of the literals it is searched under."""
    parts = list(_parts_with_own_literals())
    assert len(parts) > 50
    lines = _lines()
    for key, part, needed in parts:
        for line in [*lines, *(f"Text with {key} and {literal.upper()} in it" for literal in needed)]:
            if part(line):
                assert any(literal in fold(line) for literal in needed), (key, needed, line)


def test_a_page_s_lines_are_marked_as_each_is_matched_alone():
    matcher = LineMatcher(LINE_PATTERNS, DEFAULT_SETTINGS)
    lines = _lines()
    page = PageText(lines, matcher._scan, matcher._opening)
    for pattern in LINE_PATTERNS:
        assert pattern.marked(page, [True] * len(lines)) == {i for i, line in enumerate(lines) if pattern.matches(line)}
