"""Phrases as data: line patterns and counted cues, written one branch a
line and grouped by language, compiled the first time a Cleaner uses them.

A Cleaner tries on each line only the line patterns its detectors declare
(``LineMatcher``); a pattern no detector of it uses is never compiled.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, chain, compress, filterfalse, repeat
from pathlib import Path
from typing import Any, Generic, TypeVar

import regex

from ..cache import KEPT_PATTERNS as _KEPT_PATTERNS
from ..cache import KeptJson
from ..features import LINE_CACHE_SIZE, Features, as_matched
from ..model import Block, Page
from ..settings import Settings
from .literals import analysis_version, fold, keep_analyses, prefixes, required_literals, top_level_branches
from .traditional import with_traditional_branches

Key = TypeVar("Key")
Result = TypeVar("Result")
Branches = Mapping[str, Sequence[str]]
"""Regex branches by language ("en", "de", ...; "any" for language-neutral
forms such as timestamps): one alternative each, no top-level ``|``."""


def _check_branches(branches: Sequence[str]) -> None:
    for branch in branches:
        if len(top_level_branches(branch)) != 1:
            raise ValueError(f"one alternative a line, without a top-level '|': {branch!r}")


def _layout_version() -> bytes | None:
    """What a pattern's layout (see _KEPT_LAYOUTS) depends on: this module,
    and the analysis of the branches it reads."""
    analysis = analysis_version()
    try:
        return None if analysis is None else Path(__file__).read_bytes() + analysis
    except OSError:  # not a plain file (a zip): nothing kept
        return None


# How each pattern's branches are grouped and gated (LinePattern._groups,
# CuePattern._finders), by branch position, worked out once per
# installation: checking each branch is one alternative and grouping some
# 1,200 branches by prefix and literal at every start was a sixth of it. A
# pattern's layout is kept under the digest of its branches, so that a
# pattern changed is worked out again; only checked branches are kept.
_KEPT_LAYOUTS = KeptJson("pattern-layouts", _layout_version(), most=4096)


def _layout_key(kind: str, branches: Sequence[str]) -> str:
    # The branches' lengths, then the branches run together: one text for each
    # tuple of branches (the lengths part it), made at every start for each
    # pattern without the JSON encoder's escaping of some 100 KB of branches.
    lengths = " ".join(map(str, map(len, branches)))
    digest = hashlib.sha1(f"{lengths}\n{''.join(branches)}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind} {digest}"


def _checked_unless_kept(key: str, branches: Sequence[str]) -> None:
    """Check ``branches`` (see _check_branches) now, unless a layout is
    kept under ``key``: one is worked out only for checked branches, and
    one of the wrong shape is worked out again, checked, at its first use."""
    if not _KEPT_LAYOUTS.holds(key):
        _check_branches(branches)


def _worked_out(branches: Sequence[str], layout: Callable[[Sequence[str]], Any]) -> Any:
    _check_branches(branches)
    return layout(branches)


def _are_positions(lists: list[Any], count: int) -> bool:
    """Whether each of ``lists`` is a list of positions among ``count``
    branches: read in C, all at once (a start reads some 5,000)."""
    if not set(map(type, lists)) <= {list}:
        return False
    every = list(chain.from_iterable(lists))
    return not every or (set(map(type, every)) == {int} and 0 <= min(every) and max(every) < count)


def _check_setting(name: str) -> str:
    if name not in Settings.__dataclass_fields__:
        raise ValueError(f"unknown setting {name!r}")
    return name


class LinePattern:
    """Alternatives that mark a whole line of at most ``max_words`` words
    (the name of a setting), matched case-insensitively.

    Branches anchored at the line's start ("^...") are tried with one
    ``match`` at position 0, the others with one ``search``; each only on
    lines that could match it (see ``literals`` and ``_gated_layout``). Case
    folding is the simple kind: full folding (regex's V1 default) makes
    alternations many times slower and no pattern here needs it.
    """

    def __init__(self, branches: Branches, *, max_words: str) -> None:
        branches = with_traditional_branches(branches)
        self.branches = {language: tuple(group) for language, group in branches.items()}
        self._all = tuple(branch for group in branches.values() for branch in group)
        self._layout_key = _layout_key("line", self._all)
        _checked_unless_kept(self._layout_key, self._all)
        self.max_words = _check_setting(max_words)

    @functools.cached_property
    def _groups(self) -> list[tuple[Finder, Gate | None]]:
        layout = _KEPT_LAYOUTS.recall_json(self._layout_key, lambda: _worked_out(self._all, _line_layout),
                                           self._is_layout)
        keep_analyses()
        _KEPT_LAYOUTS.keep()
        return [_built(group, self._all) for group in layout]

    def _is_layout(self, layout: Any) -> bool:
        return isinstance(layout, list) and all(
            isinstance(group, list) and len(group) == 5 and isinstance(group[0], bool) and group[1] in _GATES
            and isinstance(group[3], dict) and _are_own_literals(group[4], len(self._all))
            for group in layout) and _are_positions(
            [group[2] for group in layout] + [positions for group in layout for positions in group[3].values()],
            len(self._all))

    def matches(self, text: str) -> bool:
        """Whether the pattern marks ``text`` (whatever its length)."""
        folded = fold(text)
        for find, gate in self._groups:  # a loop, not any() over a generator: most lines pass no gate
            if find(text) if gate is None else gate.matches(text, folded):
                return True
        return False

    def marked(self, page: PageText, eligible: Sequence[bool]) -> set[int]:
        """Positions of the ``eligible`` lines of ``page`` that the pattern
        marks: what ``matches`` says of each, with the gates read for the
        whole page at once."""
        marked: set[int] = set()
        lines = page.lines
        for find, gate in self._groups:
            if gate is None:
                marked.update(i for i, line in enumerate(lines) if eligible[i] and i not in marked and find(line))
                continue
            for key, positions in gate.lines_by_key(page):
                for part, needed in gate.parts(key):
                    # A part is tried only on the lines that hold one of its own literals, found by the page's
                    # scan (a key such as "(" lets through lines that its branches' "(photo", "(ap)" rule out).
                    tried = positions if needed is None else page.holding_any(needed).intersection(positions)
                    if tried:  # most parts' own literals are on no line of the page
                        find = _direct(part)
                        marked.update(i for i in tried if eligible[i] and i not in marked and find(lines[i]))
        return marked


Finder = Callable[[str], object]


Finders = TypeVar("Finders", bound=Mapping[str, Finder])


class _Gate(Generic[Finders]):
    """A cheap test a folded line must pass before a group's regex runs, by
    key (a prefix or a literal): a line that passes for a key is tried with
    the branches that key lets through only, so that a page compiles the
    branches its lines could match, not the whole group."""

    def __init__(self, finders: Finders) -> None:
        self.finders = finders

    def keys(self, folded: str) -> list[str]:
        raise NotImplementedError

    def parts(self, key: str) -> list[tuple[Finder, frozenset[str] | None]]:
        """The finders that together find what ``key``'s finder finds, each
        with the literals one of which a line must hold for it to find
        anything there (None: any line the key lets through)."""
        return [(self.finders[key], None)]

    def lines_by_key(self, page: PageText) -> Iterable[tuple[str, Iterable[int]]]:
        raise NotImplementedError

    def matches(self, text: str, folded: str) -> bool:
        """Whether a branch of the group matches ``text`` (``folded`` is its ``fold``)."""
        return any(self.finders[key](text) for key in self.keys(folded))


class StartsWith(_Gate[Mapping[str, Finder]]):
    """The gate of lines whose folded text begins with one of ``prefixes``
    (the keys of ``finders``)."""

    def __init__(self, finders: Mapping[str, Finder]) -> None:
        super().__init__(finders)
        by_length: dict[int, list[str]] = defaultdict(list)  # one pass over the prefixes, not one per length
        for prefix in finders:
            by_length[len(prefix)].append(prefix)
        self.by_length = {n: frozenset(by_length[n]) for n in set(by_length)}

    def keys(self, folded: str) -> list[str]:
        return [folded[:n] for n, of_length in self.by_length.items() if folded[:n] in of_length]

    def matches(self, text: str, folded: str) -> bool:
        finders = self.finders
        for n, of_length in self.by_length.items():  # the keys read one by one, no list of them
            head = folded[:n]
            if head in of_length and finders[head](text):
                return True
        return False

    def lines_by_key(self, page: PageText) -> Iterable[tuple[str, Iterable[int]]]:
        return page.starting_with(self.by_length)


class Holds(_Gate["_FindersByKey"]):
    """The gate of lines whose folded text holds one of ``literals`` (the
    keys of ``finders``)."""

    def __init__(self, finders: _FindersByKey) -> None:
        super().__init__(finders)
        self.literals = tuple(sorted(finders))
        self._literal_set = frozenset(finders)

    def parts(self, key: str) -> list[tuple[Finder, frozenset[str] | None]]:
        return self.finders.parts(key)

    def keys(self, folded: str) -> list[str]:
        return [literal for literal in self.literals if literal in folded]

    def lines_by_key(self, page: PageText) -> Iterable[tuple[str, Iterable[int]]]:
        return page.held(self._literal_set)


Gate = StartsWith | Holds


# A group's gate in a layout: StartsWith, Holds, or none (its regex runs on every line).
_GATES = ("starts", "holds", "every line")


def _line_layout(branches: Sequence[str]) -> list[list[Any]]:
    """The branches of a LinePattern grouped (see _gated_layout), the
    anchored ones first: each group ``[anchored, gate, positions, positions
    by key, own literals]``, a branch by its position in ``branches`` (the
    own literals: see _own_literals)."""
    anchored = {i: branch[1:] for i, branch in enumerate(branches) if branch.startswith("^")}
    floating = {i: branch for i, branch in enumerate(branches) if not branch.startswith("^")}
    return [*_gated_layout(anchored, anchored=True), *_gated_layout(floating, anchored=False)]


def _gated_layout(branches: dict[int, str], *, anchored: bool) -> list[list[Any]]:
    """The branches (by position) in up to three groups, each with the cheap
    test a folded line must pass before the regex runs: anchored branches
    whose first characters are known need a line that begins with one of
    their prefixes; branches with required literals need a line that holds
    one; the rest run on every line."""
    starting: dict[str, list[int]] = defaultdict(list)  # the branches by prefix
    holding: dict[int, list[str]] = {}  # the branches by their required literals
    rest: list[int] = []
    for position, branch in branches.items():
        heads = prefixes(branch) if anchored else None
        if heads is not None:
            for head in sorted(heads):
                starting[head].append(position)
        elif (literals := required_literals(branch)) is not None:
            holding[position] = sorted(literals)
        else:
            rest.append(position)
    layout: list[list[Any]] = []
    if starting:
        every = list(dict.fromkeys(b for group in starting.values() for b in group))
        layout.append([anchored, "starts", every, starting, {}])
    if holding:
        by_key = _by_literal(holding)
        # A search's branches are tried apart (see _FindersByKey), each where the line holds its own literals.
        layout.append([anchored, "holds", list(holding), by_key, {} if anchored else _own_literals(holding, by_key)])
    if rest:
        layout.append([anchored, "every line", rest, {}, {}])
    return layout


def _own_literals(holding: dict[int, list[str]], by_key: dict[str, list[int]]) -> dict[str, list[str]]:
    """By position (as a string: JSON's keys), the required literals of
    each branch that are not all keys it is gated under: a line a key lets
    through may hold none of them ("(" lets through a line that neither
    "(photo" nor "(ap)" of its branches is in), and the branch is not tried there."""
    keys = _grouped((position, key) for key, positions in by_key.items() for position in positions)
    return {str(position): literals for position, literals in holding.items() if set(literals) != set(keys[position])}


def _are_own_literals(own: Any, count: int) -> bool:
    return isinstance(own, dict) and all(
        key.isdigit() and int(key) < count and isinstance(literals, list) and literals
        and all(isinstance(literal, str) for literal in literals) for key, literals in own.items())


def _built(group: list[Any], branches: Sequence[str]) -> tuple[Finder, Gate | None]:
    """A group of a layout (see _line_layout) as its finder and gate."""
    anchored, gate, positions, by_key, own = group
    find = _finder(branches, positions, anchored)
    if gate == "every line":
        return find, None
    finders = _FindersByKey(by_key, branches, anchored, {int(p): frozenset(literals) for p, literals in own.items()})
    return find, StartsWith(finders) if gate == "starts" else Holds(finders)


def _finder(branches: Sequence[str], positions: list[int], anchored: bool) -> Finder:
    """The finder of the branches at ``positions`` (the "^" of anchored ones left out)."""
    return _compile(factored([branches[i][1:] if anchored else branches[i] for i in positions]), anchored)


def factored(branches: list[str]) -> list[str]:
    """``branches`` with those that open with the same group (a context they
    all ask for: no quotation mark before, a sentence's start) written as that group
    once before the alternation of their rests: a line matches one of them
    as before. regex tries each branch of an alternation at each position,
    and a group of context in front of each of some twenty branches took
    five times as long as the branches apart (the cookie banner's sentences)."""
    return [branch for branch, _ in factored_with_members(branches)]


def factored_with_members(branches: list[str]) -> list[tuple[str, list[int]]]:
    """``factored``'s branches, each with the positions in ``branches`` of those it stands for."""
    leads = list(map(_leading_group, branches))
    by_lead: dict[str, list[int]] = {}
    for position, lead in enumerate(leads):
        if lead is not None:
            by_lead.setdefault(lead, []).append(position)
    shared = [lead for lead, members in by_lead.items() if len(members) > 1]  # in the branches' order
    alone = [(branch, [position]) for position, (branch, lead) in enumerate(zip(branches, leads))
             if lead not in shared]
    if not shared:
        return alone
    return [(lead + "(?:" + "|".join(f"(?:{branches[i][len(lead):]})" for i in by_lead[lead]) + ")", by_lead[lead])
            for lead in shared] + alone


def _leading_group(branch: str) -> str | None:
    """The group ``branch`` opens with ("(?:...)", "(?<=...)", "(?<!...)"), None when it opens otherwise
    or the group is quantified ("(?:a)?": its rest would open with the quantifier)."""
    if not branch.startswith(("(?:", "(?<=", "(?<!")):
        return None
    depth, class_start, escaped = 0, -1, False  # class_start: where the set being read opened
    for end, char in enumerate(branch):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:  # a "]" first in a set ("[]a]", "[^]a]") is one of its characters
            if char == "]" and end - class_start > 1 + (branch[class_start + 1] == "^"):
                class_start = -1
        elif char == "[":
            class_start = end
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if not depth:
                return None if branch.startswith(_QUANTIFIERS, end + 1) else branch[:end + 1]
    return None


_QUANTIFIERS = ("?", "*", "+", "{")


# A branch longer than this that a gate lets through under several keys is
# compiled on its own, once, and tried after the alternation of each key's
# other branches: in each key's alternation, it was compiled again for each
# key a page opened (share-bar's two branches of every language's share
# buttons sit under some 200 prefixes each, 70 KB of program each time).
SHARED_BRANCH_MIN_CHARS = 1000


# How many characters of a long anchored branch's match are read for the
# heads that gate it (see HeadGated), and how many heads it may have before
# they are cut shorter: a gate's keys (literals.PREFIX_LENGTH) let through
# "Impressum" and "Seite wählen" to share-bar's rows ("imprimer", "seite
# drucken"), which the first eight characters rule out.
LONG_BRANCH_HEAD_CHARS = 8
LONG_BRANCH_MAX_HEADS = 2048


def _long_branch_heads(branch: str) -> frozenset[str] | None:
    """``literals.prefixes`` of an anchored ``branch`` (its "^" left out) of
    LONG_BRANCH_HEAD_CHARS, kept with the layouts: a start reads those, not
    the analysis file."""
    key = _layout_key(f"heads {LONG_BRANCH_HEAD_CHARS} {LONG_BRANCH_MAX_HEADS}", [branch])
    heads = _KEPT_LAYOUTS.recall_json(key, lambda: _sorted_or_none(prefixes(
        branch, LONG_BRANCH_HEAD_CHARS, LONG_BRANCH_MAX_HEADS)), _are_heads)
    keep_analyses()
    _KEPT_LAYOUTS.keep()
    return None if heads is None else frozenset(heads)


def _sorted_or_none(strings: frozenset[str] | None) -> list[str] | None:
    return None if strings is None else sorted(strings)


def _are_heads(kept: Any) -> bool:
    return kept is None or isinstance(kept, list) and all(isinstance(head, str) and head for head in kept)


class HeadGated:
    """``finder`` of an anchored branch, tried only on a text whose folded
    start is one of ``heads`` (see literals.prefixes: one begins every match
    of the branch): a long branch that a gate's short key lets through is
    ruled out on most of those lines by a few set probes, where its
    alternation of some 700 words cost some 30 µs a line."""

    __slots__ = ("finder", "heads", "_lengths")

    def __init__(self, finder: Finder, heads: frozenset[str]) -> None:
        self.finder, self.heads = finder, heads
        self._lengths = sorted({len(head) for head in heads})

    def __call__(self, text: str) -> object:
        folded, heads = fold(text), self.heads
        for length in self._lengths:
            if folded[:length] in heads:
                return self.finder(text)
        return None


class _FindersByKey(Mapping[str, Finder]):
    """A gate's finder of each key, of the branches at its positions, made
    when first asked for: a start made the finders of some 2,300 keys, of
    which a page opens a few dozen. Used for whether a line matches only:
    a key's finder may be several (see SHARED_BRANCH_MIN_CHARS)."""

    def __init__(self, positions: dict[str, list[int]], branches: Sequence[str], anchored: bool,
                 own_literals: Mapping[int, frozenset[str]]) -> None:
        self._positions, self._branches, self._anchored = positions, branches, anchored
        self._own_literals = own_literals
        self._made: dict[str, Finder] = {}
        self._parts: dict[str, list[tuple[Finder, frozenset[str] | None]]] = {}
        self._together: dict[tuple[int, ...], Finder] = {}  # see _one_gated: one a tuple of positions, for all keys

    @property
    def own_literals(self) -> frozenset[str]:
        """Every literal that some branch needs beyond the keys (see _own_literals): the scan looks for them too."""
        return frozenset().union(*self._own_literals.values())

    @functools.cached_property
    def _shared(self) -> dict[int, Finder]:
        """The long branches under several keys, each with its finder (see SHARED_BRANCH_MIN_CHARS)."""
        under = Counter(position for positions in self._positions.values() for position in positions
                        if len(self._branches[position]) > SHARED_BRANCH_MIN_CHARS)
        return {position: self._long_finder(position) for position, keys in under.items() if keys > 1}

    def _long_finder(self, position: int) -> Finder:
        finder = _finder(self._branches, [position], self._anchored)
        heads = _long_branch_heads(self._branches[position][1:]) if self._anchored else None
        return finder if heads is None else HeadGated(finder, heads)

    def __getitem__(self, key: str) -> Finder:
        finder = self._made.get(key)
        if finder is None:
            parts = [part for part, _ in self.parts(key)]
            finder = self._made[key] = parts[0] if len(parts) == 1 else AnyOf(parts)
        return finder

    def parts(self, key: str) -> list[tuple[Finder, frozenset[str] | None]]:
        """See _Gate.parts."""
        parts = self._parts.get(key)
        if parts is None:
            parts = self._parts[key] = self._parts_for(self._positions[key])
        return parts

    def _parts_for(self, positions: list[int]) -> list[tuple[Finder, frozenset[str] | None]]:
        shared = self._shared
        alone = [(self._one_gated(together), self._needed(together))
                 for together in _same_heads([position for position in positions if position in shared], shared)]
        rest = [position for position in positions if position not in shared]
        if not self._anchored:
            # A search of the line: each (factored) branch apart. regex finds a branch's own opening
            # words by a skip search, but tries every branch of an alternation at every position of
            # the line (the cookie banner's sentences: 16 ms for traf-dev's 103 lines with "cookie"
            # in one alternation, 4 ms apart; the floating keys of every 8th text's lines 37 -> 19 ms).
            apart = factored_with_members([self._branches[i] for i in rest])
            return [(self._searched(branch, [rest[i] for i in members]), self._needed([rest[i] for i in members]))
                    for branch, members in apart] + alone
        if not alone:
            return [(_finder(self._branches, positions, self._anchored), None)]
        return ([(_finder(self._branches, rest, self._anchored), None)] if rest else []) + alone

    def _one_gated(self, positions: list[int]) -> Finder:
        """The long branches at ``positions`` (see _same_heads) as one finder: their heads read once a
        line, their finders tried in turn after (share-bar's two rows of controls and share buttons, under 189 keys)."""
        if len(positions) == 1:
            return self._shared[positions[0]]
        finder = self._together.get(tuple(positions))
        if finder is None:
            gated = [each for position in positions if isinstance(each := self._shared[position], HeadGated)]
            assert len(gated) == len(positions)
            finder = self._together[tuple(positions)] = HeadGated(AnyOf([each.finder for each in gated]), gated[0].heads)
        return finder

    def _searched(self, branch: str, positions: list[int]) -> Finder:
        """The search for ``branch`` (the branches at ``positions``, factored): from the line's end when each
        of them ends at it ("$"), where a forward search tried the branch at every position of the line."""
        at_end = all(_ends_at_line_end(self._branches[position]) for position in positions)
        return CompiledOnFirstCall([branch], "search", from_end=at_end)

    def _needed(self, positions: list[int]) -> frozenset[str] | None:
        """The literals one of which a line holds where a branch at ``positions`` matches (see
        _own_literals), None when one of them needs only a key's."""
        own = self._own_literals
        if not all(position in own for position in positions):
            return None
        return frozenset().union(*(own[position] for position in positions))

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def _same_heads(positions: list[int], finders: Mapping[int, Finder]) -> list[list[int]]:
    """``positions`` grouped by the heads that gate their ``finders`` (see HeadGated), in order of
    their first: each group one finder (see _FindersByKey._one_gated); a finder without heads alone."""
    groups: dict[object, list[int]] = {}
    for position in positions:
        finder = finders[position]
        groups.setdefault(finder.heads if isinstance(finder, HeadGated) else position, []).append(position)
    return list(groups.values())


def _by_literal(holding: dict[Key, list[str]]) -> dict[str, list[Key]]:
    """The branches by the literals a line is looked for: a line that holds
    "cookies" holds "cookie", so that the longer need not be looked for and
    its branches go with the shorter."""
    kept = _shortest({literal for literals in holding.values() for literal in literals})
    ordered = sorted(kept)
    by_literal: dict[str, list[Key]] = defaultdict(list)
    for branch, literals in holding.items():
        for literal in literals:
            for key in [literal] if literal in kept else [k for k in ordered if k in literal]:
                if branch not in by_literal[key]:
                    by_literal[key].append(branch)
    return by_literal


def _shortest(literals: Iterable[str]) -> frozenset[str]:
    """The ``literals`` that hold none of the others: a line holds one of
    these if it holds one of ``literals``."""
    # Shortest first: a literal that holds another holds one of those kept
    # before it (the shortest it holds), so it is tried against those alone.
    kept: list[str] = []
    for literal in sorted(set(literals), key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _compile(branches: list[str], anchored: bool) -> Finder:
    return CompiledOnFirstCall(branches, "match" if anchored else "search")


def _ends_at_line_end(branch: str) -> bool:
    """Whether every match of ``branch`` ends at the line's end: it ends with "$" (not an escaped one)."""
    return branch.endswith("$") and not branch.endswith("\\$")


def keep_patterns() -> None:
    """Keep the patterns compiled since the cache folder's were read."""
    _KEPT_PATTERNS.keep()


class CompiledOnFirstCall:
    """``regex.compile(pattern, regex.I).<method>``, compiled when first
    called: on a short page the gates of most groups never open, and
    compiling them all was most of a start's time. ``pattern`` may be given
    as its branches, joined into one alternation when first needed (a start
    makes some 2,000 finders and calls few). ``from_end``: a search from
    the text's end (regex's REVERSE flag), for a finder asked only whether
    it finds something, of a pattern anchored at the end (see cache.compiled_at_end)."""

    __slots__ = ("_pattern", "method", "flags", "_call")

    def __init__(self, pattern: str | Sequence[str], method: str, *, from_end: bool = False) -> None:
        self._pattern: str | tuple[str, ...] = pattern if isinstance(pattern, str) else tuple(pattern)
        self.method = method
        self.flags = regex.I | regex.REVERSE if from_end else regex.I
        self._call: Callable[[str], Any] | None = None

    @property
    def pattern(self) -> str:
        if not isinstance(self._pattern, str):
            self._pattern = "|".join(f"(?:{b})" for b in self._pattern)
        return self._pattern

    def __call__(self, text: str) -> Any:
        return self.compiled_now()(text)

    def compiled_now(self) -> Callable[[str], Any]:
        """The compiled pattern's method, compiled now if no call compiled it."""
        if self._call is None:
            self._call = getattr(_KEPT_PATTERNS.compile(self.pattern, self.flags), self.method)
        return self._call

    @property
    def compiled(self) -> Callable[[str], Any] | None:
        """The compiled pattern's method, once a call compiled it."""
        return self._call


class AnyOf:
    """Whether one of ``finders`` finds something in a text, tried in turn.
    All are compiled at its first call: a line that asks one asks the
    others unless one finds, and each call then goes to the pattern's own
    method, not through its finder."""

    __slots__ = ("finders", "_calls")

    def __init__(self, finders: Sequence[Finder]) -> None:
        self.finders = tuple(finders)
        self._calls: tuple[Finder, ...] | None = None

    def __call__(self, text: str) -> bool:
        calls = self._calls
        if calls is None:
            calls = self._calls = tuple(
                finder.compiled_now() if isinstance(finder, CompiledOnFirstCall) else finder for finder in self.finders)
        for find in calls:
            if find(text):
                return True
        return False


def _direct(finder: Finder) -> Finder:
    """``finder``, or once a call compiled it, its compiled pattern's own
    method: tried on a page's lines, with no call through it for each."""
    return (finder.compiled or finder) if isinstance(finder, CompiledOnFirstCall) else finder


class LiteralScan:
    """Which lines of a page hold each of ``literals``, found in one search
    of the page's folded text, where a ``find`` per literal read the page
    once for each (hundreds of times). ``engine``: "automaton", an
    Aho-Corasick automaton of pyahocorasick (in C: every occurrence of every
    literal in one pass, some three times as fast), where it is installed;
    else "trie": the literals as one trie-shaped pattern of the standard
    ``re`` (plain characters, no flags: the same test as ``in``), tried at
    each position one may begin at. Both find the same lines (tested)."""

    def __init__(self, literals: Iterable[str], engine: str | None = None) -> None:
        # A literal with a line break would be found across two lines: left to find.
        self.literals = frozenset(literal for literal in literals if literal and "\n" not in literal)
        self.engine = engine or ("automaton" if _has_automaton() else "trie")
        if self.engine not in ("automaton", "trie"):
            raise ValueError(f"unknown engine {self.engine!r}")
        self._looks_for_all: dict[frozenset[str], bool] = {}

    def looks_for_all(self, literals: frozenset[str]) -> bool:
        """Whether the scan looks for each of ``literals``: asked on every
        page of the same few sets (the gates'), each answered once."""
        answer = self._looks_for_all.get(literals)
        if answer is None:
            answer = self._looks_for_all[literals] = literals <= self.literals
        return answer

    @property
    def min_chars(self) -> int:
        """The shortest page worth a scan: the trie's pattern costs some 20
        ms to compile, which a short page (a start's one small file) never
        earns back; the automaton is built in a millisecond."""
        return 0 if self.engine == "automaton" else SCAN_MIN_CHARS

    @functools.cached_property
    def _automaton(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for literal in self.literals:
            automaton.add_word(literal, literal)
        automaton.make_automaton()
        return automaton

    @functools.cached_property
    def _search(self) -> Callable[[str, int], re.Match[str] | None]:
        return re.compile(_trie(self.literals)).search

    @functools.cached_property
    def _beginning(self) -> dict[str, list[str]]:
        """For each literal, those it begins with: a match is the longest
        literal at its position, and the others found there are its prefixes."""
        return {literal: [literal[:n] for n in range(1, len(literal) + 1) if literal[:n] in self.literals]
                for literal in self.literals}

    def lines(self, joined: str, starts: Sequence[int]) -> dict[str, set[int]]:
        """For each literal that ``joined`` holds, the lines of it (beginning
        at ``starts``) that hold it: a page holds few of the literals."""
        found: defaultdict[str, set[int]] = defaultdict(set)
        if self.engine == "automaton":
            if self.literals:  # a literal holds no line break: it ends on the line it begins on
                for end, literal in self._automaton.iter(joined):
                    found[literal].add(bisect.bisect_right(starts, end) - 1)
            return dict(found)
        search, beginning = self._search, self._beginning
        match = search(joined, 0)
        while match:
            position = match.start()
            line = bisect.bisect_right(starts, position) - 1
            for literal in beginning[match[0]]:
                found[literal].add(line)
            match = search(joined, position + 1)
        return dict(found)


@functools.cache
def _has_automaton() -> bool:
    """Whether pyahocorasick (a dependency, whose wheel a platform may lack) can be imported."""
    try:
        import ahocorasick  # noqa: F401
    except ImportError:
        return False
    return True


def _trie(literals: Iterable[str]) -> str:
    """A pattern matching each of ``literals``, the longest first where
    several begin alike: one branch per next character, not one per literal."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for literal in literals:
        node = root
        for character in literal:
            node = node.setdefault(character, {})
        node[""] = {}  # a literal ends here

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return pattern(root) if literals else "(?!)"


# Below this many characters a page's literals are found one by one when
# the scan is the trie's (see LiteralScan.min_chars).
SCAN_MIN_CHARS = 4096


_NO_LINES: frozenset[int] = frozenset()


class OpeningHeads:
    """Every prefix the StartsWith gates of some patterns open, by length: a
    page's heads of a length are read against them all once, and each gate
    then reads only the heads one of them opens (see PageText.starting_with)."""

    def __init__(self, gates: Iterable[StartsWith]) -> None:
        by_length: dict[int, set[str]] = defaultdict(set)
        for gate in gates:
            for length, of_length in gate.by_length.items():
                by_length[length].update(of_length)
        self._by_length = {length: frozenset(of_length) for length, of_length in by_length.items()}
        self._covers: dict[frozenset[str], bool] = {}

    def of_length(self, length: int) -> frozenset[str]:
        return self._by_length.get(length, _NO_HEADS)

    def covers(self, length: int, prefixes: frozenset[str]) -> bool:
        """Whether ``prefixes`` (of ``length``) are all among these: asked on
        every page of the same few sets (the gates'), each answered once."""
        answer = self._covers.get(prefixes)  # a gate's prefixes are all of one length: the set names them
        if answer is None:
            answer = self._covers[prefixes] = prefixes <= self.of_length(length)
        return answer


_NO_HEADS: frozenset[str] = frozenset()


class PageText:
    """A page's lines casefolded once, and the lines each gate lets
    through, found for the whole page at once: a gate tried per line and
    pattern cost more than the patterns. ``scan``: the literals looked for
    in one search (see ``LiteralScan``) when the page is long enough."""

    def __init__(self, lines: Sequence[str], scan: LiteralScan | None = None,
                 opening: OpeningHeads | None = None) -> None:
        self.lines = lines
        # Casefolding never makes or takes a "\n": one call folds the page.
        self._joined = fold("\n".join(lines))
        self.folded = self._joined.split("\n")
        if len(self.folded) != len(lines):  # a line holds a "\n" of its own
            self.folded = [fold(line) for line in lines]
            self._joined = "\n".join(self.folded)
        self._starts = list(accumulate((len(f) + 1 for f in self.folded[:-1]), initial=0)) if lines else []
        self._holding: dict[str, AbstractSet[int]] = {}
        self._holding_any: dict[frozenset[str], set[int]] = {}
        self._scan = scan if scan is not None and len(self._joined) >= scan.min_chars else None
        self._scanned: LiteralScan | None = None  # the scan, once it looked at the page
        self._found: frozenset[str] = frozenset()  # those it found (their lines: _holding)
        self._by_head: dict[int, dict[str, list[int]]] = {}
        self._opening = opening
        self._opened_by_head: dict[int, dict[str, list[int]]] = {}

    def held(self, literals: frozenset[str]) -> list[tuple[str, AbstractSet[int]]]:
        """Each of ``literals`` that a line's folded text holds, with the
        positions of the lines holding it. When the scan looks for them all,
        only those it found are visited: a page holds a few dozen of the
        hundreds of literals, and a call for each cost more than the patterns."""
        if self._scan is not None and self._scan.looks_for_all(literals):
            self._scan_page()
        if self._scanned is not None and self._scanned.looks_for_all(literals):
            # Sets both: the smaller read, the other probed (a gate's literals may be one or hundreds).
            return [(literal, self._holding[literal]) for literal in sorted(literals.intersection(self._found))]
        return [(literal, lines) for literal in sorted(literals) if (lines := self.lines_holding(literal))]

    def holding_any(self, literals: frozenset[str]) -> set[int]:
        """Positions of the lines whose folded text holds one of ``literals``:
        asked of a page for each key's parts that need them (a part may stand under several keys)."""
        lines = self._holding_any.get(literals)
        if lines is None:
            lines = self._holding_any[literals] = set().union(*(held for _, held in self.held(literals)))
        return lines

    def _scan_page(self) -> None:
        assert self._scan is not None
        found = self._scan.lines(self._joined, self._starts)
        self._holding.update(found)
        self._found = frozenset(found)
        self._scanned, self._scan = self._scan, None

    def lines_holding(self, literal: str) -> AbstractSet[int]:
        """Positions of the lines whose folded text holds ``literal``."""
        if literal not in self._holding:
            if self._scan is not None and literal in self._scan.literals:
                self._scan_page()
            if literal not in self._holding:
                scanned = self._scanned is not None and literal in self._scanned.literals
                self._holding[literal] = _NO_LINES if scanned else self._lines_holding(literal)
        return self._holding[literal]

    def _lines_holding(self, literal: str) -> set[int]:
        if not literal or "\n" in literal:  # would be found across two lines of the joined text
            return {i for i, folded in enumerate(self.folded) if literal in folded}
        joined, starts = self._joined, self._starts
        lines: set[int] = set()
        position = joined.find(literal)
        while position >= 0:
            line = bisect.bisect_right(starts, position) - 1
            lines.add(line)
            if line + 1 == len(starts):
                break
            position = joined.find(literal, starts[line + 1])
        return lines

    def starting_with(self, prefixes: Mapping[int, frozenset[str]]) -> Iterable[tuple[str, list[int]]]:
        """Each of ``prefixes`` (given by their length) that begins a line's
        folded text, with the positions of the lines it begins."""
        opening = self._opening
        for length, of_length in prefixes.items():
            # The heads some gate of the page's matcher opens, when they cover this gate's: a few dozen a page,
            # found for all its gates at once, where each gate read every head of the page.
            by_head = self._lines_by_head(length, opened=opening is not None and opening.covers(length, of_length))
            # The smaller side read, the other probed (in C both ways): a page's heads of a length may be a few
            # or hundreds, a gate's prefixes of it a few or thousands.
            heads = of_length.intersection(by_head) if len(by_head) <= len(of_length) else by_head.keys() & of_length
            for head in heads:
                yield head, by_head[head]

    def _lines_by_head(self, length: int, *, opened: bool) -> dict[str, list[int]]:
        """The positions of the lines by their first ``length`` folded
        characters, grouped in one pass a length: the gates of some twenty
        patterns open a few dozen heads a page, and finding each head's lines
        by ``list.index`` compared it with every line's. ``opened``: of the
        heads in ``opening`` alone (only the lines one of them begins are
        visited, told in C), not of every line."""
        by_length = self._opened_by_head if opened else self._by_head
        by_head = by_length.get(length)
        if by_head is None:
            heads: list[str] = list(map(operator.getitem, self.folded, repeat(slice(length))))
            positions: Sequence[int] = range(len(heads))
            if opened:
                assert self._opening is not None
                wanted = self._opening.of_length(length).intersection(heads)
                positions = list(compress(positions, map(wanted.__contains__, heads)))
            by_head = by_length[length] = _grouped(zip(map(operator.getitem, repeat(heads), positions), positions))
        return by_head


def _grouped(pairs: Iterable[tuple[Key, Result]]) -> dict[Key, list[Result]]:
    """The values of ``pairs`` by their key, in order, the keys in the order first met."""
    groups: dict[Key, list[Result]] = {}
    for key, value in pairs:
        if key in groups:
            groups[key].append(value)
        else:
            groups[key] = [value]
    return groups


# The most new lines whose results are computed together: more, and their
# folded copies and prefixes take many times their text (some 1.4 kB a
# line); fewer, and each part's searches for literals cost more.
PART_LINES = 1024


class KnownLines(Generic[Key, Result]):
    """Results per distinct line (or line and length), each page's new
    ones computed together; all forgotten at once when ``size`` are kept. The fixed-point passes and the pages of one site meet the same
    lines again."""

    def __init__(self, size: int = LINE_CACHE_SIZE) -> None:
        self.size = size
        self._known: dict[Key, Result] = {}

    def of(self, keys: Sequence[Key], compute: Callable[[list[Key]], Iterable[Result]]) -> list[Result]:
        """The result for each of ``keys``; ``compute`` gets the keys not known, each once
        and at most PART_LINES at a time. Of a page of more than ``size`` lines none are kept."""
        if len(keys) > self.size:
            results: list[Result] = []
            for start in range(0, len(keys), PART_LINES):
                part: KnownLines[Key, Result] = KnownLines(self.size)
                results += part.of(keys[start:start + PART_LINES], compute)
            return results
        known = self._known
        # Each key once, then those not known: distinct keys are fewer than keys.
        new = list(filterfalse(known.__contains__, dict.fromkeys(keys)))
        if new and len(known) + len(new) > self.size:
            known.clear()
            new = list(dict.fromkeys(keys))
        for start in range(0, len(new), PART_LINES):
            lines = new[start:start + PART_LINES]
            known.update(zip(lines, compute(lines)))
        return list(map(known.__getitem__, keys))

    def put(self, keys: Sequence[Key], results: Iterable[Result]) -> None:
        """Keep the ``results`` of ``keys`` (distinct), found along with other work."""
        if len(keys) > self.size:
            return
        if len(self._known) + len(keys) > self.size:
            self._known.clear()
        self._known.update(zip(keys, results))


class LineMatcher:
    """The line patterns of one Cleaner's detectors, with its settings'
    word limits: the gates of every pattern read a page's new lines at once.
    A line's hits depend on its text and length alone, and its length (in
    words, measured with the same settings) on its text: they are kept by text.

    ``cues``: the cue patterns of the same detectors. The scan of a page's
    new lines looks for their literals too, and tells the cue patterns
    which each line holds (see ``LiteralsHeld``): one scan of the lines, not two."""

    def __init__(self, patterns: Iterable[LinePattern], settings: Settings, cues: Iterable[CuePattern] = ()) -> None:
        self._limits = [(p, float(getattr(settings, p.max_words))) for p in dict.fromkeys(patterns)]
        self._cues = tuple(dict.fromkeys(cues))
        self._known: KnownLines[str, frozenset[LinePattern]] = KnownLines()

    @functools.cached_property
    def _scan(self) -> LiteralScan:
        cue_literals = _cue_literals(frozenset().union(*(cues._literals for cues in self._cues))).literals \
            if self._cues else frozenset()
        return LiteralScan([*(literal for pattern, _ in self._limits for _, gate in pattern._groups
                              if isinstance(gate, Holds) for literal in (*gate.literals, *gate.finders.own_literals)),
                            *cue_literals])

    @functools.cached_property
    def _opening(self) -> OpeningHeads:
        return OpeningHeads(gate for pattern, _ in self._limits for _, gate in pattern._groups
                            if isinstance(gate, StartsWith))

    def hits_of(self, blocks: Sequence[Block], features: Sequence[Features]) -> list[frozenset[LinePattern]]:
        """Each block's line hits: the patterns that mark it, of those whose
        word limit it is within."""
        # Each line as a phrase is looked for in it: without a renderer's marks ("### Related", "* [Share](...)").
        texts = as_matched([b.text for b in blocks])
        words: dict[str, float] = {}  # each line's length, read once a page: compute runs on each part of it

        def hits(new: list[str]) -> list[frozenset[LinePattern]]:
            if not words:
                words.update(zip(texts, [f.words for f in features]))
            return self._hits(new, list(map(words.__getitem__, new)))  # two lists, not a pair a line

        return self._known.of(texts, hits)

    def _hits(self, lines: list[str], words: list[float]) -> list[frozenset[LinePattern]]:
        """The hits of each of ``lines``, of ``words`` words each."""
        page = PageText(lines, self._scan, self._opening)
        eligible = {limit: list(map(limit.__ge__, words)) for limit in {limit for _, limit in self._limits}}
        # The lines some pattern marks (few): no list for each line.
        hits = _grouped((i, pattern) for pattern, limit in self._limits for i in pattern.marked(page, eligible[limit]))
        keep_patterns()
        held = _cue_literals_held
        if self._cues and held is not None and self._scan.looks_for_all(held.literals):
            held.remember(page)
        return _shared_sets(hits, len(lines), _NO_HITS)


_NO_HITS: frozenset[LinePattern] = frozenset()


# Every cue pattern made: a page's lines are scanned for all their literals at once.
_EVERY_CUE_PATTERN: list[CuePattern] = []


def _cue_layout(branches: Sequence[str]) -> list[tuple[str | None, list[int]]]:
    """A CuePattern's finders (see CuePattern._finders), each as the literal
    a line holds (None: no literal) and the positions of the branches its
    alternation tries, in order."""
    holding: dict[int, list[str]] = {}
    ungated: list[int] = []
    for position, branch in enumerate(branches):
        if (literals := required_literals(branch)) is not None:
            holding[position] = sorted(literals)
        else:
            ungated.append(position)
    layout: list[tuple[str | None, list[int]]] = [
        (key, sorted({*needing, *ungated})) for key, needing in _by_literal(holding).items()]
    return layout + [(None, ungated)] if ungated else layout


class CuePattern:
    """Phrases counted in a line: how many cues of an appeal or a notice it
    carries, each phrase between ``before`` and ``after``. Compiled on first
    use; a line is tried only with the phrases it could hold (see ``_finders``)."""

    def __init__(self, phrases: Branches, *, before: str = r"\b", after: str = r"\b") -> None:
        phrases = with_traditional_branches(phrases)
        self._branches = tuple(branch for group in phrases.values() for branch in group)
        self._layout_key = _layout_key("cue", self._branches)
        _checked_unless_kept(self._layout_key, self._branches)
        self._before, self._after = before, after
        self.pattern = self._alternation(self._branches)
        self.phrases = {language: tuple(group) for language, group in phrases.items()}
        self._findall = CompiledOnFirstCall(self.pattern, "findall")
        self._known: KnownLines[str, int] = KnownLines()
        _EVERY_CUE_PATTERN.append(self)

    def _alternation(self, branches: Iterable[str]) -> str:
        # One capturing group, so that findall counts matches, not parts.
        return f"{self._before}({'|'.join(branches)}){self._after}"

    @functools.cached_property
    def _finders(self) -> dict[str | None, CompiledOnFirstCall]:
        """By the literal a line holds, the findall of the phrases that need
        it and of those that need none (under None: those alone); a line
        that holds one such literal counts the same cues with them as with
        all, since the other phrases match nowhere in it, and a long
        alternation tried at every word was most of the count's time."""
        layout = _KEPT_LAYOUTS.recall_json(self._layout_key, lambda: _worked_out(self._branches, _cue_layout),
                                           self._is_layout)
        keep_analyses()
        _KEPT_LAYOUTS.keep()
        return {key: CompiledOnFirstCall(self._alternation(self._branches[i] for i in chosen), "findall")
                for key, chosen in layout}

    def _is_layout(self, layout: Any) -> bool:
        return isinstance(layout, list) and all(
            isinstance(finder, list) and len(finder) == 2 and (finder[0] is None or isinstance(finder[0], str))
            for finder in layout) and _are_positions([finder[1] for finder in layout], len(self._branches))

    @functools.cached_property
    def _literals(self) -> frozenset[str]:
        return frozenset(key for key in self._finders if key is not None)

    def counts(self, lines: Sequence[str], eligible: Sequence[bool]) -> list[int]:
        """For each ``eligible`` line, the cues in it (0 for the others)."""
        chosen = list(compress(range(len(eligible)), eligible))
        found = self._known.of(list(map(lines.__getitem__, chosen)), self._count)
        counts = [0] * len(lines)
        for i, count in compress(zip(chosen, found), found):  # most lines carry none: skipped in C
            counts[i] = count
        return counts

    def _count(self, lines: list[str]) -> list[int]:
        finders, literals, ungated = self._finders, self._literals, None in self._finders
        counts = [0] * len(lines)
        for i, held in enumerate(_cue_literals(literals).held(lines)):
            keys = held & literals if held else held  # the literals of _finders line i holds
            if keys or ungated:
                counts[i] = len((finders[next(iter(keys), None)] if len(keys) <= 1 else self._findall)(lines[i]))
        keep_patterns()
        return counts


class LiteralsHeld:
    """Which of ``literals`` each line holds (casefolded), found for a
    page's new lines in one scan and kept per distinct line: the cue
    patterns' literals together, so that a page is scanned once for all of
    them, not once for each pattern."""

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = literals
        self._scan = LiteralScan(literals)
        self._known: KnownLines[str, frozenset[str]] = KnownLines()

    def held(self, lines: Sequence[str]) -> list[frozenset[str]]:
        return self._known.of(lines, self._held)

    def remember(self, page: PageText) -> None:
        """Keep which literals each line of ``page`` (distinct lines, whose
        scan looks for all of ``literals``) holds."""
        self._known.put(page.lines, self._by_line(page))

    def _held(self, lines: list[str]) -> list[frozenset[str]]:
        return self._by_line(PageText(lines, self._scan))

    def _by_line(self, page: PageText) -> list[frozenset[str]]:
        # The lines holding one (few): no list for each line.
        held = _grouped((i, literal) for literal, holding in page.held(self.literals) for i in holding)
        return _shared_sets(held, len(page.lines), _NO_LITERALS)


_NO_LITERALS: frozenset[str] = frozenset()


def _shared_sets(found: Mapping[int, list[Key]], count: int, none: frozenset[Key]) -> list[frozenset[Key]]:
    """For each of ``count`` lines, the set of what ``found`` lists for it
    (``none`` where it lists nothing): one set for each combination, not one
    for each line (some 200 bytes a line)."""
    sets: dict[tuple[Key, ...], frozenset[Key]] = {}
    each = [none] * count
    for i, items in found.items():
        key = tuple(items)
        each[i] = sets.get(key) or sets.setdefault(key, frozenset(key))
    return each


_cue_literals_held: LiteralsHeld | None = None


def _cue_literals(literals: frozenset[str]) -> LiteralsHeld:
    """The literals held by lines, for every cue pattern's ``literals``
    (made again, larger, when a new pattern brings literals of its own)."""
    global _cue_literals_held
    if _cue_literals_held is None or not literals <= _cue_literals_held.literals:
        every = frozenset().union(literals, *(cues._literals for cues in _EVERY_CUE_PATTERN))
        _cue_literals_held = LiteralsHeld(every)
    return _cue_literals_held


def matching_positions(page: Page, pattern: LinePattern) -> list[int]:
    """Positions of the blocks that ``pattern`` marks."""
    return page.marked_by(pattern)


def cue_counts(page: Page, cues: CuePattern, max_words: float) -> list[int]:
    """For each block of at most ``max_words``, the ``cues`` it carries (0 for longer ones)."""
    return cues.counts(page.texts(), [f.words <= max_words for f in page.features])


def cued_positions(page: Page, cues: CuePattern, *, short_words: float, min_cues: int, max_words: float) -> list[int]:
    """Positions of blocks of at most ``max_words`` that carry enough
    ``cues``: one in a block of at most ``short_words``, ``min_cues`` in a
    longer one, so that a story mentioning one cue in passing is spared."""
    return enough_cues(page, cue_counts(page, cues, max_words), short_words=short_words, min_cues=min_cues,
                       max_words=max_words)


def enough_cues(page: Page, counts: Sequence[int], *, short_words: float, min_cues: int, max_words: float) -> list[int]:
    """``cued_positions`` of the blocks' ``counts`` of cues (``cue_counts``
    with the same ``max_words``), for a detector that reads the counts too."""
    features = page.features
    if min_cues <= 0:  # then a block without cues may go too
        return [i for i, (count, feats) in enumerate(zip(counts, features))
                if feats.words <= max_words and count >= (1 if feats.words <= short_words else min_cues)]
    # Only a block with a cue may go (and it is within max_words): the few of them looked at, not every block.
    return [i for i in compress(range(len(counts)), counts)
            if counts[i] >= (1 if features[i].words <= short_words else min_cues)]
