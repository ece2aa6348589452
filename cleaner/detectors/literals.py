"""What every match of a pattern must contain, or begin with.

A pattern is tried only on lines that could match it: lines that begin with
one of its prefixes, or hold one of its required literals. Testing
for those costs a fraction of a regex search, and most lines fail them. Both
are read off the pattern's parse tree, so they cannot disagree with it.

The parse tree is the standard library's private ``re._parser``. If a Python
lacks it, or its tree is not what this module reads, the analysis fails safe:
it finds no literal and no prefix (but those of plain phrases and plain
beginnings, read without it), so those patterns run on every line, slower
but with the same results.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

from ..cache import KeptStringSets

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


# Most of a start's analysis was parsing: a branch that begins with plain
# characters, or is a plain phrase, is read without the parser (the same
# results, tested against it). A flag set inside a pattern may change how
# all of it reads (regex: "(?x)" anywhere): those always go to the parser.
_PLAIN = r"[^\\.^$*+?{}\[\]()|]"
_PHRASE = re.compile(rf"(?:\\b)?({_PLAIN}+)(?:\\b)?")
_INLINE_FLAGS = re.compile(r"\(\?[^:=!<]")
_QUANTIFIERS = ("?", "*", "+", "{")
_LEADING_GROUP = re.compile(rf"\((?:\?:)?({_PLAIN}+(?:\|{_PLAIN}+)*)\)")


# Parsing is most of the analysis, and each branch is analysed for its first
# characters and for its literals: each is parsed once (the trees are only read).
@functools.lru_cache(maxsize=4096)
def _parse(pattern: str) -> tuple[tuple[Any, Any], ...] | None:
    """The standard library's parse tree of ``pattern``; None if it cannot read it."""
    if sre_parse is None:
        return None
    try:
        return tuple(sre_parse.parse(_UNICODE_CLASS.sub(r"\\w", pattern), re.IGNORECASE))
    except (re.error, *_UNREADABLE_TREE):
        return None


def fold(text: str) -> str:
    """``text`` casefolded as the literals are. Casefolding turns "İ", which
    matches "i" case-insensitively, into "i" and a combining dot: the dot
    goes, so that "İS" still contains "is". The dotless "ı" matches "I"
    case-insensitively, which casefolds to "i": it is read as "i" too, so
    that "YANITLA" still holds the literal of "yanıtla"."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


def analysis_version() -> bytes | None:
    """What the parsed analysis depends on: this module, and the Python
    whose parser and casefolding it reads."""
    try:
        return Path(__file__).read_bytes() + sys.version.encode()
    except OSError:  # not a plain file (a zip): nothing kept
        return None


# Parsing was most of a start's analysis (60 ms of CPU at each `cleaner
# clean`): its answers are kept in the cache folder for the next process.
_KEPT = KeptStringSets("pattern-analysis", analysis_version())


def keep_analyses() -> None:
    """Keep the answers parsed since the cache folder's were read."""
    _KEPT.keep()


@functools.lru_cache(maxsize=4096)
def required_literals(pattern: str) -> frozenset[str] | None:
    """Casefolded strings one of which occurs in every match of ``pattern``
    (matched case-insensitively); None when no such set is found."""
    return _KEPT.recall(f"literals {pattern}", lambda: _phrase_literals(pattern) or _parsed_literals(pattern))


def _phrase_literals(pattern: str) -> frozenset[str] | None:
    """The literal of a plain phrase (between word boundaries or not), read without the parser."""
    phrase = _PHRASE.fullmatch(pattern)
    return frozenset({fold(phrase[1])}) if phrase else None


def _parsed_literals(pattern: str) -> frozenset[str] | None:
    tree = _parse(pattern)
    try:
        if tree is None:
            return None
        # A pattern that requires nothing else may still require one of a set of characters ("[★☆⭐]{3,5}"):
        # the scan finds those, where its branch was tried on every line.
        found = _sequence(list(tree))
        return found if found is not None else _sequence(list(tree), lone_sets=True)
    except _UNREADABLE_TREE:
        return None


# How many strings a run of fixed parts may stand for (" (of|von) " is two)
# before the run is cut: each is a literal the scan looks for.
MAX_RUN_STRINGS = 32


def _sequence(items: list[tuple[Any, Any]], *, lone_sets: bool = False) -> frozenset[str] | None:
    """The most selective requirement among the parts of a sequence: a run of
    fixed parts (the strings it may match, joined: " (of|von) " requires
    " of " or " von ", each rarer than "of"), or what a group or a repeated
    part requires. ``lone_sets``: a set of characters alone counts too (see below)."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    run_ops: list[Any] = []
    for op, value in [*items, (None, None)]:
        fixed = _fixed(op, value)
        if fixed is not None and len(run) * len(fixed) <= MAX_RUN_STRINGS:
            run = frozenset(head + tail for head in run for tail in fixed)
            run_ops.append(op)
            continue
        folded = _least(frozenset(map(fold, run)))
        # An empty string is in every line; a lone set of characters ("[:/]")
        # is most often punctuation, commoner than what its neighbours require.
        if all(folded) and (lone_sets or run_ops != [sre.IN]):
            candidates.append(folded)
        run, run_ops = (fixed, [op]) if fixed is not None else (frozenset({""}), [])
        inner = None if fixed is not None else _part(op, value, lone_sets=lone_sets)
        if inner is not None:
            candidates.append(inner)
    if not candidates:
        return None
    # The set whose shortest literal is longest (spaces aside) rejects most lines.
    return max(candidates, key=lambda c: (min(len(s.strip()) for s in c), min(map(len, c)), -len(c)))


def _least(strings: frozenset[str]) -> frozenset[str]:
    """The ``strings`` that hold none of the others: a line holds one of
    these if it holds one of ``strings`` ("next" for "next" or "next post")."""
    return frozenset(s for s in strings if not any(other != s and other in s for other in strings))


def _fixed(op: Any, value: Any) -> frozenset[str] | None:
    """Every string a part may match (not folded), if they are at most
    MAX_RUN_STRINGS: a character, a set of listed characters, a zero-width
    anchor, or a group, alternation or optional part of those."""
    if op is sre.LITERAL:
        return frozenset({chr(value)})
    if op is sre.AT:
        return frozenset({""})
    if op is sre.IN:
        if not all(item[0] is sre.LITERAL for item in value):  # ranges, classes, negation
            return None
        return frozenset(chr(c) for _, c in value)
    if op is sre.SUBPATTERN:
        return _fixed_sequence(list(value[-1]))
    if op is sre.BRANCH:
        union = _either([_fixed_sequence(list(branch)) for branch in value[1]])
        return union if union is not None and len(union) <= MAX_RUN_STRINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[1] == 1:
        body = _fixed_sequence(list(value[2]))
        return None if body is None else body | {""} if value[0] == 0 else body
    return None


def _fixed_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every string a sequence may match, if each part's are known and few (see _fixed)."""
    strings = frozenset({""})
    for op, value in items:
        fixed = _fixed(op, value)
        if fixed is None or len(strings) * len(fixed) > MAX_RUN_STRINGS:
            return None
        strings = frozenset(head + tail for head in strings for tail in fixed)
    return strings


def _part(op: Any, value: Any, *, lone_sets: bool = False) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]), lone_sets=lone_sets)
    if op is sre.BRANCH:
        return _either([_sequence(list(branch), lone_sets=lone_sets) for branch in value[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _sequence(list(value[2]), lone_sets=lone_sets)
    return None


def _either(alternatives: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The strings of all ``alternatives``; None if one of them is not known."""
    if any(strings is None for strings in alternatives):
        return None
    return frozenset().union(*alternatives)  # type: ignore[arg-type]


# How far a prefix is read, and how many prefixes a pattern may have
# before they are cut shorter: enough to tell "share" from "sport".
PREFIX_LENGTH = 4
MAX_PREFIXES = 256

Heads = set[tuple[str, bool]]
"""Casefolded beginnings of a part's matches, each with whether it is all
the part matched (so that what follows the part may extend it)."""


@functools.lru_cache(maxsize=4096)
def prefixes(pattern: str, length: int = PREFIX_LENGTH, most: int = MAX_PREFIXES) -> frozenset[str] | None:
    """Casefolded strings of at most ``length`` characters one of which
    begins every match of ``pattern`` (in ``fold``'s form): its first
    characters and as many fixed ones after them as it has, cut shorter
    where they would be more than ``most``. None when a match may begin
    with almost anything, or be empty."""
    kind = "prefixes" if most == MAX_PREFIXES else f"prefixes-{most}"
    return _KEPT.recall(f"{kind} {length} {pattern}",
                        lambda: _plain_prefixes(pattern, length, most) or _parsed_prefixes(pattern, length, most))


def _plain_prefixes(pattern: str, length: int, most: int) -> frozenset[str] | None:
    """The prefixes of a pattern that begins with ``length`` plain
    characters, or with a group of plain alternatives of at least ``length``
    characters each (neither made optional or repeated), read without the
    parser."""
    if _INLINE_FLAGS.search(pattern) or ("|" in pattern and len(top_level_branches(pattern)) > 1):
        return None
    group = _LEADING_GROUP.match(pattern)
    heads, end = (group[1].split("|"), group.end()) if group else ([pattern[:length]], length)
    if (any(len(head) < length for head in heads) or not re.fullmatch(f"{_PLAIN}*", heads[0])
            or pattern[end:].startswith(_QUANTIFIERS) or len(heads) > most):
        return None
    return frozenset("".join(map(fold, head))[:length] for head in heads)


def _parsed_prefixes(pattern: str, length: int, most: int) -> frozenset[str] | None:
    tree = _parse(pattern)
    if tree is None:
        return None
    try:
        heads = _heads_of_sequence(list(tree), length, most)
    except _UNREADABLE_TREE:
        return None
    if heads is None or any(not text for text, _ in heads):
        return None
    return frozenset(text for text, _ in heads)


def _heads_of_sequence(items: list[tuple[Any, Any]], length: int, most: int) -> Heads | None:
    heads: Heads = {("", True)}
    for op, value in items:
        if not any(whole for _, whole in heads):
            break
        part = _heads_of_part(op, value, length, most)
        if part is None:
            if any(whole and not text for text, whole in heads):
                return None
            heads = {(text, False) for text, _ in heads}
            break
        extended: Heads = set()
        for text, whole in heads:
            if not whole:
                extended.add((text, False))
                continue
            for more, more_whole in part:
                joined = text + more
                extended.add((joined[:length], more_whole and len(joined) < length))
        heads = _at_most(extended, most)
    return heads


def _at_most(heads: Heads, most: int) -> Heads:
    """``heads``, cut shorter until there are at most ``most`` of them."""
    cut = max((len(text) for text, _ in heads), default=0)
    while len(heads) > most and cut > 1:
        cut -= 1
        heads = {(text[:cut], whole and len(text) <= cut) for text, whole in heads}
    return heads


def _heads_of_part(op: Any, value: Any, length: int, most: int) -> Heads | None:
    if op is sre.LITERAL:
        return {(fold(chr(value)), True)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: nothing to begin with
        return {("", True)}
    if op is sre.IN:
        characters = [item for item in value if item[0] is sre.LITERAL]
        if len(characters) != len(value):  # ranges, classes, negation: too many to list
            return None
        return {(fold(chr(c)), True) for _, c in characters}
    if op is sre.SUBPATTERN:
        return _heads_of_sequence(list(value[-1]), length, most)
    if op is sre.BRANCH:
        branches = [_heads_of_sequence(list(branch), length, most) for branch in value[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = value[0], value[1], list(value[2])
        heads = _heads_of_sequence(body, length, most)
        if heads is None:
            return None
        if high != 1:  # repeated: what follows the first copy is not known
            heads = {(text, False) for text, _ in heads}
        return heads | {("", True)} if low == 0 else heads
    return None


# What top_level_branches reads: an escape, a set (to its first unescaped
# "]", or the end), a bracket or a bar; plain characters are skipped in C.
_STRUCTURE = re.compile(r"\\.?|\[(?:\\.?|[^\]\\])*\]?|[()|]", re.DOTALL)


def top_level_branches(pattern: str) -> list[str]:
    """Split ``pattern`` at the ``|`` that are outside groups and sets."""
    if "|" not in pattern:
        return [pattern]
    branches, start, depth = [], 0, 0
    for match in _STRUCTURE.finditer(pattern):
        token = match[0]
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            branches.append(pattern[start:match.start()])
            start = match.end()
    return [*branches, pattern[start:]]
