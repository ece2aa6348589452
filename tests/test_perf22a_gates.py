"""Cheap tests that spare work and change no decision (perf22a): each against
the work it spares."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.cache import compiled
from cleaner.detectors.patterns import PageText
from cleaner.outlets import RuleBudget, RuleTimeout, load_rules, plain_literal

# Pieces of patterns: plain characters of several scripts, escapes, anchors, flags, a regex's specials.
_PIECES = st.sampled_from(["a", "b", "A", "é", "ß", "Д", "д", "日", " ", "'", "-", ".", "\\.", "\\$", "\\s", "\\w",
                           "\\b", "$", "^", "(?m)", "(?i)", "(?x)", "#", "(", ")", "|", "?", "*", "[ab]", "{1,2}", "\\'"])
_PATTERNS = st.lists(_PIECES, min_size=1, max_size=8).map("".join)
_TEXTS = st.text(alphabet=st.one_of(st.sampled_from("abAéßДд日 '-.$\n#"), st.characters()), max_size=40)


def _compiled_or_none(pattern: str, flags: int) -> regex.Pattern[str] | None:
    try:
        return compiled(pattern, regex.V1 | flags)
    except regex.error:
        return None


@settings(max_examples=4000, deadline=None)
@given(_PATTERNS, _TEXTS, st.sampled_from([0, regex.IGNORECASE, regex.VERBOSE, regex.MULTILINE]))
def test_a_plain_literal_is_held_by_every_match(pattern: str, text: str, flags: int) -> None:
    found = _compiled_or_none(pattern, flags)
    if found is None or (literal := plain_literal(found)) is None:
        return
    if found.search(text) is not None:
        assert literal in text
    # The same text with the literal in it, where the pattern may match: no gate would refuse it.
    assert literal in text + literal


def test_plain_literals_of_the_shapes_rule_files_use() -> None:
    assert plain_literal(compiled(r"(?m)^Example Daily$", regex.V1)) == "Example Daily"
    assert plain_literal(compiled(r"Example\.org", regex.V1)) == "Example.org"
    assert plain_literal(compiled(r"Example.org", regex.V1)) is None  # "." is any character
    assert plain_literal(compiled(r"(?i)example daily", regex.V1)) is None
    assert plain_literal(compiled(r"example daily", regex.V1 | regex.IGNORECASE)) is None


class _Ungated(RuleBudget):
    """RuleBudget.search without the gate: the pattern searched always."""

    def search(self, pattern: regex.Pattern[str], text: str, what: str) -> bool:
        return pattern.search(text) is not None


_PAGE_LINES = st.lists(st.sampled_from([
    "Common Dreams Logo", "Common Dreams Logo ", "Donate to Common Dreams", "London Daily", "London Daily Morning",
    "London Daily Morning Headlines today", "DigitalSiber.id", "DigitalSiberxid", "see Indonesian as our main language",
    "common dreams logo", "Story text.", "", " ", "Лондон", "日本語",
]), max_size=8).map("\n".join)


@settings(max_examples=1500, deadline=None)
@given(_PAGE_LINES)
def test_the_shipped_signatures_count_the_same_gated(page: str) -> None:
    for rule_file in load_rules():
        assert rule_file.signature_count(page, RuleBudget(5.0)) == rule_file.signature_count(page, _Ungated(5.0))


def test_a_spent_budget_still_fails_a_gated_search() -> None:
    with pytest.raises(RuleTimeout):
        RuleBudget(0.0).search(compiled("Example Daily", regex.V1), "nothing here", "signature")


_HEAD_LINES = st.lists(st.text(alphabet=st.sampled_from("abcé日 -"), max_size=6), max_size=30)
_PREFIXES = st.lists(st.text(alphabet=st.sampled_from("abcé日 -"), min_size=1, max_size=3), max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_HEAD_LINES, _PREFIXES)
def test_lines_by_prefix_whichever_side_is_read(lines: list[str], prefixes: list[str]) -> None:
    by_length: dict[int, set[str]] = {}
    for prefix in prefixes:
        by_length.setdefault(len(prefix), set()).add(prefix)
    page = PageText(lines)
    found = {head: sorted(positions) for head, positions in
             page.starting_with({n: frozenset(of) for n, of in by_length.items()})}
    expected = {prefix: [i for i, folded in enumerate(page.folded) if folded[:len(prefix)] == prefix]
                for prefix in prefixes}
    assert found == {prefix: positions for prefix, positions in expected.items() if positions}
