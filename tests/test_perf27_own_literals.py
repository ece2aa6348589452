"""perf27: a key's branch that needs a literal beyond the key is searched
only on the lines holding one of its own literals (patterns._own_literals),
a branch ending at the line's end is searched from it, and a page's lines
are marked as each line alone is matched."""

from __future__ import annotations

import random

import regex

from cleaner.detectors import DETECTORS
from cleaner.detectors.literals import fold
from cleaner.detectors.patterns import CompiledOnFirstCall, Holds, LineMatcher, LinePattern, PageText
from cleaner.settings import DEFAULT_SETTINGS

LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))


def test_a_branch_is_not_searched_on_lines_without_its_own_literal():
    # "(photo)" holds "(", the other branch's literal: both go under the key "(".
    pattern = LinePattern({"en": [r"\(\d+\)$", r"\(photo\)"]}, max_words="caption_max_words")
    (_, gate), = pattern._groups
    assert isinstance(gate, Holds) and list(gate.finders) == ["("]
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
                for key in gate.finders:
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


def _parts_from_end():
    """The shipped floating parts searched from the line's end, with each one's forward search."""
    found = {}
    for pattern in LINE_PATTERNS:
        for _, gate in pattern._groups:
            if isinstance(gate, Holds):
                for key in gate.finders:
                    for part, _ in gate.parts(key):
                        if isinstance(part, CompiledOnFirstCall) and part.flags & regex.REVERSE:
                            found[part.pattern] = part
    return list(found.values())


def _credit_like_lines(seed: int, count: int) -> list[str]:
    """Lines of the pieces the end-anchored branches read: names, agencies, slashes, brackets, dates, times."""
    pieces = ["Jane", "Doe", "JANE DOE", "Reuters", "AP", "AFP", "dpa", "Getty Images", "Photo", "Foto", "Bild", "/",
              " / ", "(", ")", "[", "]", ",", ", ", ".", ". ", "!", "?", "12", "3.5.2024", "12:30", "1:02:03", " ",
              "am", "um", "at", "Uhr", "p.m.", "한국", "기자", "é", "ł", "x", "-", "—", "’", "'", "&", ":", "MB", "GB"]
    rng = random.Random(seed)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]
    return lines + [" ".join(rng.sample(lines, 20)) + line for line in lines[:count // 10]]


def test_a_part_searched_from_the_end_finds_where_its_forward_search_does():
    parts = _parts_from_end()
    assert len(parts) > 20
    lines = [*_lines(), *_credit_like_lines(27, 6000)]
    met = 0
    for part in parts:
        forward = regex.compile(part.pattern, part.flags & ~regex.REVERSE)
        found = [forward.search(line) is not None for line in lines]
        assert [bool(part(line)) for line in lines] == found, part.pattern
        met += any(found)
    assert met > 10  # matching lines were met, not only failing ones


def test_only_a_part_of_branches_all_ending_at_the_line_s_end_is_searched_from_it():
    branches = [r"\bphoto: \w+$", r"\bphoto by \w+", r"\bcredit: \w+ \$"]
    pattern = LinePattern({"en": branches}, max_words="caption_max_words")
    (_, gate), = pattern._groups
    flags = {part.pattern: bool(part.flags & regex.REVERSE) for key in gate.finders for part, _ in gate.parts(key)}
    assert flags == {r"(?:\bphoto: \w+$)": True, r"(?:\bphoto by \w+)": False, r"(?:\bcredit: \w+ \$)": False}
    assert pattern.matches("Sunset. Photo: Anna") and not pattern.matches("Photo: Anna said")
