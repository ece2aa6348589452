"""perf40: a branch that requires nothing but one of a set of characters
("[★☆⭐]{3,5}": a star rating) is gated by those characters, found by the
page's scan, not tried on every line; a branch that requires more is gated
by that, as before."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.detectors import DETECTORS
from cleaner.detectors.literals import fold, required_literals
from cleaner.detectors import patterns
from cleaner.detectors.patterns import LinePattern, PageText

STARS = r"(?!.*[.!?]$)[^★☆⭐]{0,40}[★☆⭐]{3,5}\s*\(?\d+([.,]\d+)?\b.{0,30}\(?\d+\s+\w+\)?$"


def test_a_set_of_characters_alone_is_required_where_nothing_else_is():
    assert required_literals(STARS) == {"★", "☆", "⭐"}
    assert required_literals(r"\d+[:/]\d+") == {":", "/"}
    assert required_literals(r"\d+[:/]\d+ minutes") == {" minutes"}  # something longer: as before
    assert required_literals(r"(?![:/])\w+") is None  # a set a line must not hold requires nothing
    assert required_literals(r"\w+[:/]?\d+") is None  # nor one it may lack


def test_no_shipped_line_pattern_tries_a_branch_on_every_line():
    for pattern in dict.fromkeys(p for d in DETECTORS for p in d.patterns):
        assert all(gate is not None for _, gate in pattern._groups), pattern.max_words


def _rating() -> LinePattern:
    return LinePattern({"any": [STARS]}, max_words="recipe_card_max_words")


def test_a_star_rating_is_tried_only_on_the_lines_holding_a_star(monkeypatch):
    lines = ["★★★★☆ 4.5 (120 ratings)", "Rated 4.5 (120 ratings)", "⭐⭐⭐ 3 from (12 votes)", "The end."]
    tried: list[str] = []

    def recorded(finder):
        return lambda text: tried.append(text) or finder(text)

    monkeypatch.setattr(patterns, "_direct", recorded)
    assert _rating().marked(PageText(lines), [True] * len(lines)) == {0, 2}
    assert sorted(tried) == sorted([lines[0], lines[2]])  # each once: the first key that finds it marks it


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("★☆⭐*ab 1234.,()"), max_size=40))
def test_the_gated_branch_marks_what_its_search_finds(line):
    expected = regex.compile(STARS, regex.I).search(line) is not None
    assert _rating().matches(line) == expected
    assert (0 in _rating().marked(PageText([line]), [True])) == expected
    if expected:
        assert any(star in fold(line) for star in "★☆⭐")
