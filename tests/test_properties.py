"""Properties on arbitrary text: never raises, only removes, idempotent."""

from __future__ import annotations

from functools import cache

import pytest
from helpers import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.blocks import segment
from cleaner.detectors import DETECTORS
from cleaner.detectors.literals import first_characters, required_literals
from cleaner.detectors.patterns import LinePattern, top_level_branches

LINES = [
    "Skip to content", "Home", "News", "Sport", "Share this article", "0:00", "×", "Advertisement",
    "Sign up for our newsletter.", "Please donate today, readers like you keep us going.",
    "The council voted on Tuesday to raise taxes by two per cent, the first rise in a decade.",
    "“We had no choice,” the mayor said after the meeting, adding that services were at risk.",
    "Related Articles", "Jane Doe ·", "By Jane Doe", "© 2024 Example Ltd. All rights reserved.",
    "Der Stadtrat hat am Dienstag beschlossen, die Steuern zu erhöhen, weil die Kassen leer sind.",
    "市议会周二投票决定提高税收，这是十年来的首次上调。", "",
]
SAMPLE_LINES = [line for p in sorted((SAMPLES / "input").iterdir()) for line in p.read_text("utf-8").splitlines()]
documents = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(LINES + SAMPLE_LINES), max_size=60).map("\n".join),
    st.lists(st.sampled_from(LINES) | st.text(max_size=40), max_size=30).map("\n".join),
)
LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def is_subsequence(small: list[str], big: list[str]) -> bool:
    items = iter(big)
    return all(any(s == b for b in items) for s in small)


@SETTINGS
@given(documents)
def test_output_is_input_blocks_in_order(text):
    out = clean(text)
    assert is_subsequence([b.text for b in segment(out)], [b.text for b in segment(text)])


@SETTINGS
@given(documents)
def test_idempotent(text):
    once = clean(text)
    assert clean(once) == once


@cache  # parsing the branches costs far more than trying a line
def _fragments(pattern: LinePattern) -> list[str]:
    """Pieces of text that ``pattern`` looks for: its branches' required
    literals and first characters, as written and in capitals, and a few
    characters that sit around them."""
    fragments = {"İ", "ſ", " ", "(", ")", ":", ".", "/", "2019", "Jane Doe"}
    for find, _ in pattern._groups:
        for branch in top_level_branches(find.pattern):
            fragments |= required_literals(branch[3:-1]) or set()
            fragments |= first_characters(branch[3:-1]) or set()
    return sorted(fragments | {f.upper() for f in fragments})


@pytest.mark.parametrize("pattern", LINE_PATTERNS, ids=range(len(LINE_PATTERNS)))
@given(data=st.data())
@settings(max_examples=60, deadline=None)  # bounded: test_prefilters_never_change_a_pattern_result tries real lines
def test_pattern_gates_never_change_a_result(pattern, data):
    line = data.draw(st.lists(st.sampled_from(_fragments(pattern)) | st.text(max_size=3), max_size=10).map("".join))
    assert pattern.matches(line) == any(find(line) for find, _ in pattern._groups)
