"""perf25's speed-ups give the answers of the forms they replace."""

from __future__ import annotations

import random

import pytest
import regex

from cleaner.cache import compiled_at_end
from cleaner.detectors import headers, lists

# The patterns searched from the end of a line, each only asked whether it matches.
_AT_END = [headers._RELATIVE_DATE, headers._RUNS_ON, lists._QUESTION_END, lists._SENTENCE_STOP,
           lists._QUOTE_WITHOUT_STOP, lists.COUNTED_ITEM, lists._SOURCED_EXCERPT]

# Pieces of lines these patterns read: words, numbers, dates, stops, quotes, brackets, separators, spaces.
_PIECES = ["Storm", "hits", "coast", "and", "or", "und", "y", "of", "ago", "hours", "min", "days", "3", "12", "142",
           "2,500", "Monday", "March", "3", "2008", "Encyclopedia", "Jane", "Doe", "Élan", "東京", ".", "!", "?", "…",
           "...", "。", "？", "\u037e", ";", ",", ":", "/", "|", "·", "•", "(", ")", '"', "'", "”", "’", "»", "«", "“",
           "‘", " ", " ", " ", "  ", "\n", "\t", " 3 hours ago", " / 2 days", " · 12 min", " (142)", " (2,500)",
           " (Monday March 3 2008)", "… Encyclopedia", "... The Site", " (March 3, 2008)"]


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    lines = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]
    # Long lines, whose ends are what these patterns read.
    return lines + [" ".join(rng.sample(lines, 40)) + line for line in lines[:count // 10]]


@pytest.mark.parametrize("pattern", _AT_END, ids=lambda pattern: pattern.pattern[:30])
def test_a_pattern_searched_from_the_end_matches_where_a_forward_search_does(pattern: regex.Pattern[str]) -> None:
    assert pattern.flags & regex.REVERSE
    forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
    lines = _lines(25, 20_000)
    lines += ["Jane Doe / 2 days", "3 hours ago", "for cigars,", "oder", "Why? »", "Is it?”)", "He left. »",
              "Mayor: “We will rebuild”", "Storm hits coast (142)", "Storm hits coast (Monday March 3 2008)",
              "a concept in… … Encyclopedia", "an excerpt... The Site Name"]
    found = [forward.search(line) is not None for line in lines]
    assert [pattern.search(line) is not None for line in lines] == found
    assert 50 < sum(found) < len(lines) - 50  # both answers were met


def test_only_a_pattern_anchored_at_the_end_is_searched_from_it() -> None:
    with pytest.raises(ValueError):
        compiled_at_end(r"\d+ ago")
    with pytest.raises(ValueError):
        compiled_at_end(r"costs \$")
