"""perf40: long branches a key lets through that are gated by the same
heads are one finder (their heads read once a line, then each branch in
turn), and it finds what the branches find apart."""

from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.detectors import DETECTORS
from cleaner.detectors.patterns import (
    SHARED_BRANCH_MIN_CHARS,
    AnyOf,
    HeadGated,
    LinePattern,
    PageText,
    _FindersByKey,
)

LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))

# Invented words: two long branches of the same openings ("alpha ...", "beta ..."), under the same keys.
_WORDS = [f"w{n:03d}x" for n in range(200)]
_ONE = "^(alpha|beta) (" + "|".join(_WORDS) + ") one$"
_TWO = "^(alpha|beta) (" + "|".join(_WORDS) + ")( two)+$"
_SHORT = "^alpha short$"


def _pattern() -> LinePattern:
    return LinePattern({"en": [_ONE, _TWO, _SHORT]}, max_words="share_bar_max_words")


def _starts_gate(pattern: LinePattern) -> _FindersByKey:
    [finders] = [gate.finders for _, gate in pattern._groups
                 if gate is not None and isinstance(gate.finders, _FindersByKey)]
    return finders


def test_long_branches_of_the_same_heads_under_a_key_are_one_gated_finder():
    assert min(len(_ONE), len(_TWO)) > SHARED_BRANCH_MIN_CHARS
    finders = _starts_gate(_pattern())
    gated = [part for key in ("alph", "beta") for part, _ in finders.parts(key) if isinstance(part, HeadGated)]
    assert len(gated) == 2 and gated[0] is gated[1]  # one for both keys
    assert isinstance(gated[0].finder, AnyOf) and len(gated[0].finder.finders) == 2


def test_the_one_finder_marks_what_the_branches_mark_apart():
    pattern = _pattern()
    lines = ["alpha w001x one", "Beta W199X two two", "alpha w001x", "beta w200x one", "alpha short",
             "alpha w050x two one", "alphabet w001x one", "gamma w001x one", "BETA w017x two", "alpha  w001x one"]
    apart = [regex.compile(branch[1:], regex.I).match for branch in (_ONE, _TWO, _SHORT)]
    expected = {i for i, line in enumerate(lines) if any(match(line) for match in apart)}
    assert expected == {0, 1, 4, 8}
    assert pattern.marked(PageText(lines), [True] * len(lines)) == expected
    assert {i for i, line in enumerate(lines) if pattern.matches(line)} == expected


def _together() -> list[tuple[list[str], HeadGated]]:
    """The shipped finders of several long branches (their texts) under one set of heads."""
    found: dict[int, tuple[list[str], HeadGated]] = {}
    for pattern in LINE_PATTERNS:
        for _, gate in pattern._groups:
            if gate is not None and isinstance(gate.finders, _FindersByKey):
                finders = gate.finders
                for key in finders:
                    for part, _ in finders.parts(key):
                        if isinstance(part, HeadGated) and isinstance(part.finder, AnyOf):
                            positions = [p for p, each in finders._shared.items()
                                         if isinstance(each, HeadGated) and each.finder in part.finder.finders]
                            found[id(part)] = ([pattern._all[p] for p in positions], part)
    return list(found.values())


TOGETHER = _together()


def test_share_bar_s_two_rows_are_one_finder():
    assert any(len(branches) >= 2 for branches, _ in TOGETHER)


def _finds_as_apart(branches: list[str], finder: HeadGated, lines: list[str]) -> None:
    apart = [regex.compile(branch[1:], regex.I).match for branch in branches]
    for line in lines:
        assert bool(finder(line)) == any(match(line) for match in apart), line


def test_the_shipped_finders_find_what_their_branches_find_on_the_detectors_examples():
    lines = [line for detector in DETECTORS for example in detector.examples for line in example.text.split("\n")]
    for branches, finder in TOGETHER:
        _finds_as_apart(branches, finder, lines)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_the_shipped_finders_find_what_their_branches_find_on_lines_drawn_from_each(data):
    branches, finder = data.draw(st.sampled_from(TOGETHER))
    drawn = data.draw(st.from_regex(data.draw(st.sampled_from(branches))[1:], fullmatch=True))
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    _finds_as_apart(branches, finder, [drawn, drawn.upper(), drawn[:rng.randint(0, len(drawn))], drawn + " x"])
