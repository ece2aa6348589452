"""Cheaper ways to the same answers (perf22a): each against the way it replaces."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.cache import compiled
from cleaner.detectors.headers import title_key
from cleaner.detectors.patterns import PageText
from cleaner.outlets import RuleBudget, RuleTimeout, is_plain_phrase


def test_plain_phrases_of_the_shapes_rule_files_use() -> None:
    for plain in [r"(?m)^Example Daily$", r"Example\.org", r"Example Daily's video", "Пример"]:
        assert is_plain_phrase(compiled(plain, regex.V1))
    for other in [r"Example.org", r"(?i)example daily", r"Example (Daily|Weekly)", r"Example\s+Daily", r"Ex+ample"]:
        assert not is_plain_phrase(compiled(other, regex.V1))
    assert not is_plain_phrase(compiled("example daily", regex.V1 | regex.IGNORECASE))


def test_a_spent_budget_fails_a_plain_phrase_too() -> None:
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


_ASCII_KEY_TEXTS = st.text(alphabet=st.characters(max_codepoint=127), max_size=50)
_KEY_TEXTS = st.text(alphabet=st.one_of(st.sampled_from("_ éİß\u0307K\t\n\x0b\x1c"), st.characters()), max_size=30)
_WORD_RUNS = regex.compile(r"[\W_]+")


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_ASCII_KEY_TEXTS, _KEY_TEXTS))
def test_title_key_is_the_substitution_of_non_words(text: str) -> None:
    title_key.cache_clear()
    assert title_key(text) == _WORD_RUNS.sub(" ", text.casefold()).strip()
