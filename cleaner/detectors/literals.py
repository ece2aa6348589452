"""Literal text that every match of a pattern must contain.

An unanchored pattern is searched for only in lines that contain one of its
required literals: testing for a few fixed strings costs a fraction of a
regex search, and most lines hold none of a pattern's keywords. The literals
are read off the pattern's parse tree, so they cannot disagree with it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from collections.abc import Callable
from typing import Any

# regex's Unicode classes, unknown to the standard parser: read as \w for
# the analysis only (a class never adds a required literal).
_UNICODE_CLASS = re.compile(r"\\[pP]\{\w+\}")


def fold(text: str) -> str:
    """``text`` casefolded as the literals are. Casefolding turns "İ", which
    matches "i" case-insensitively, into "i" and a combining dot: the dot
    goes, so that "İS" still contains "is"."""
    return text.casefold().replace("i\u0307", "i")


def required_literals(pattern: str) -> frozenset[str] | None:
    """Casefolded strings one of which occurs in every match of ``pattern``
    (matched case-insensitively); None when no such set is found."""
    try:
        tree = sre_parse.parse(_UNICODE_CLASS.sub(r"\\w", pattern), re.IGNORECASE)
    except re.error:
        return None
    return _sequence(list(tree))


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective requirement among the parts of a sequence: a run of
    literal characters, or what a group or a repeated part requires."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            candidates.append(frozenset({fold("".join(run))}))
            run = []
        inner = _part(op, value)
        if inner is not None:
            candidates.append(inner)
    if not candidates:
        return None
    # The set whose shortest literal is longest (spaces aside) rejects most lines.
    return max(candidates, key=lambda c: (min(len(s.strip()) for s in c), min(map(len, c)), -len(c)))


def _part(op: Any, value: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _sequence(list(value[2]))
    return None


def literal_test(branches: list[str]) -> Callable[[str], object] | None:
    """A search for the required literals of all ``branches`` in folded text,
    or None when some branch has none."""
    needs = [required_literals(b) for b in branches]
    if any(n is None for n in needs):
        return None
    literals = sorted(frozenset().union(*needs), key=len, reverse=True)  # type: ignore[arg-type]
    return re.compile("|".join(map(re.escape, literals))).search
