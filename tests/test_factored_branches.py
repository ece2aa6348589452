"""The branches of a gate's finder that open with the same group of context are written as that group
once before their rests (patterns.factored): a line matches the factored alternation exactly when it
matches the branches as they are written, on every line pattern of the detectors."""

from __future__ import annotations

import pytest
import regex

from cleaner.detectors import chrome, footers, headers, lists
from cleaner.detectors.patterns import LinePattern, factored

# Lines that open, quote or report the phrases whose context the cookie banner's branches ask for.
LINES = [
    "This site uses cookies.", "We use cookies to improve your experience.", "„We use cookies“, the notice said.",
    "The regulator found that the site uses cookies.", "• Diese Seite verwendet Cookies.",
    "Ok. Ce site utilise des cookies",
    "Il sito usa i cookie.", "Tato stránka používá soubory cookie.", "Řekli, že web používá soubory cookie.",
    "Nasza strona korzysta z plików cookies.", "Serwis Onet korzysta z plików cookie", "Accept all cookies",
    "Please accept cookies", "Click here to accept cookies.", "its cookie policy changed", "Cookie policy",
    "Этот сайт использует файлы cookie.", "\"Мы используем куки\"", "Share this article", "By Jane Smith",
    "12 March 2023, 10:15", "Read more: the harbour festival returns", "Photo: Jane Smith/Reuters",
]


def _patterns() -> list[LinePattern]:
    found = []
    for module in (chrome, footers, headers, lists):
        found += [value for value in vars(module).values() if isinstance(value, LinePattern)]
    return found


def test_a_factored_alternation_matches_the_lines_its_branches_match() -> None:
    patterns = _patterns()
    assert any(pattern is chrome.COOKIE_BANNER for pattern in patterns)
    for pattern in patterns:
        branches = [branch for group in pattern.branches.values() for branch in group]
        written = regex.compile("|".join(f"(?:{branch})" for branch in branches), regex.I)
        joined = regex.compile("|".join(f"(?:{branch})" for branch in factored(branches)), regex.I)
        for line in LINES:
            assert (written.search(line) is None) == (joined.search(line) is None), (line, branches[:2])


def test_only_branches_that_open_with_the_same_group_are_factored() -> None:
    context = r"(?<![\"“]\s?)"
    branches = [context + r"\bwe use cookies\b", r"\bcookie policy\b", context + r"\bwir nutzen cookies\b",
                r"(?:[]()]|x)y", r"(?:[]()]|x)z"]
    assert factored(branches) == [context + r"(?:(?:\bwe use cookies\b)|(?:\bwir nutzen cookies\b))",
                                  r"(?:[]()]|x)(?:(?:y)|(?:z))", r"\bcookie policy\b"]
    assert factored([r"\bone\b", r"(?:two)\b"]) == [r"\bone\b", r"(?:two)\b"]


@pytest.mark.parametrize("quantifier", ["?", "*", "+", "{2}", "{1,3}"])
def test_a_quantified_group_is_no_context_to_write_once(quantifier: str) -> None:
    # Written once, "(?:a)?" left its rests opening with the quantifier: "nothing to repeat" (a
    # property test's find). A quantified group opens no branch as a context.
    branches = ["b", f"(?:a){quantifier}c", f"(?:a){quantifier}d"]
    assert factored(branches) == branches
    joined = regex.compile("|".join(f"(?:{branch})" for branch in factored(branches)))
    assert joined.search("aac") and not joined.search("x")
