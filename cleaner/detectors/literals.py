"""What every match of a pattern must contain, or begin with.

A pattern is tried only on lines that could match it: lines that begin with
one of its first characters, or hold one of its required literals. Testing
for those costs a fraction of a regex search, and most lines fail them. Both
are read off the pattern's parse tree, so they cannot disagree with it.

The parse tree is the standard library's private ``re._parser``. If a Python
lacks it, or its tree is not what this module reads, the analysis fails safe:
it finds no literal and no first character, so every pattern runs on every
line, slower but with the same results.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # not a public API: without it, no gates (see above)
    sre = sre_parse = None

# What reading a parse tree of another shape can raise; caught, it means "no gate".
_UNREADABLE_TREE = (AttributeError, TypeError, ValueError, IndexError, KeyError)

# regex's Unicode classes, unknown to the standard parser: read as \w for
# the analysis only (a class never adds a required literal).
_UNICODE_CLASS = re.compile(r"\\[pP]\{\w+\}")


def _parse(pattern: str) -> list[tuple[Any, Any]] | None:
    """The standard library's parse tree of ``pattern``; None if it cannot read it."""
    if sre_parse is None:
        return None
    try:
        return list(sre_parse.parse(_UNICODE_CLASS.sub(r"\\w", pattern), re.IGNORECASE))
    except (re.error, *_UNREADABLE_TREE):
        return None


def fold(text: str) -> str:
    """``text`` casefolded as the literals are. Casefolding turns "İ", which
    matches "i" case-insensitively, into "i" and a combining dot: the dot
    goes, so that "İS" still contains "is"."""
    return text.casefold().replace("i\u0307", "i")


def required_literals(pattern: str) -> frozenset[str] | None:
    """Casefolded strings one of which occurs in every match of ``pattern``
    (matched case-insensitively); None when no such set is found."""
    tree = _parse(pattern)
    try:
        return None if tree is None else _sequence(tree)
    except _UNREADABLE_TREE:
        return None


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


def holds_any(literals: frozenset[str]) -> Callable[[str], object]:
    """A test of folded text for any of ``literals``."""
    if len(literals) == 1:
        (literal,) = literals
        return lambda folded: literal in folded
    return re.compile("|".join(map(re.escape, sorted(literals, key=len, reverse=True)))).search


def first_characters(pattern: str) -> frozenset[str] | None:
    """Casefolded characters one of which begins every match of ``pattern``
    (in ``fold``'s form); None when a match may begin with almost anything."""
    tree = _parse(pattern)
    if tree is None:
        return None
    try:
        first, nullable = _first_of_sequence(tree)
    except _UNREADABLE_TREE:
        return None
    return None if first is None or nullable else first


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The characters that can begin a match of the sequence, and whether it can match nothing."""
    first: frozenset[str] = frozenset()
    for op, value in items:
        part, nullable = _first_of_part(op, value)
        if part is None:
            return None, False
        first |= part
        if not nullable:
            return first, False
    return first, True


def _first_of_part(op: Any, value: Any) -> tuple[frozenset[str] | None, bool]:
    if op is sre.LITERAL:
        return frozenset({fold(chr(value))[:1]}), False
    if op is sre.AT:
        return frozenset(), True
    if op is sre.IN:
        characters = [item for item in value if item[0] is sre.LITERAL]
        if len(characters) != len(value):  # ranges, classes, negation: too many to list
            return None, False
        return frozenset(fold(chr(c))[:1] for _, c in characters), False
    if op is sre.SUBPATTERN:
        return _first_of_sequence(list(value[-1]))
    if op is sre.BRANCH:
        parts = [_first_of_sequence(list(branch)) for branch in value[1]]
        if any(first is None for first, _ in parts):
            return None, False
        return frozenset().union(*(first for first, _ in parts if first)), any(nullable for _, nullable in parts)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        first, nullable = _first_of_sequence(list(value[2]))
        return first, nullable or value[0] == 0
    return None, False
