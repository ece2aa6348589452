"""Properties on arbitrary text: never raises, only removes, idempotent."""

from __future__ import annotations

import random
import re
import sys
from functools import cache

import pytest
from helpers import SAMPLES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
import regex

from cleaner import clean
from cleaner.blocks import segment
from cleaner.decode import without_nuls
from cleaner.detectors import DETECTORS
from cleaner.detectors import literals
from cleaner.detectors.literals import prefixes, required_literals
from cleaner.detectors import patterns
from cleaner.detectors.patterns import CuePattern, LineMatcher, LinePattern, LiteralScan, PageText, top_level_branches
from cleaner.settings import DEFAULT_SETTINGS

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
SCAN_ENGINES = ("trie", "automaton")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def is_subsequence(small: list[str], big: list[str]) -> bool:
    items = iter(big)
    return all(any(s == b for b in items) for s in small)


# One test for both properties: each document is cleaned once for both.
# The input's blocks as the cleaner reads them: without stray NULs, which it drops as decoding bytes does.
@SETTINGS
@given(documents)
@example("Der Stadtrat hat am Dienstag beschlossen, die Steuern zu erhöhen, weil die Kassen leer sind.\n0\x00")
def test_output_is_input_blocks_in_order_and_cleaning_it_again_changes_nothing(text):
    once = clean(text)
    assert is_subsequence([b.text for b in segment(once)], [b.text for b in segment(without_nuls(text))])
    assert clean(once) == once


def test_cleaning_again_changes_nothing_where_a_later_pass_kept_what_a_first_pass_cuts():
    # Found by fuzzing: a later pass, knowing what the first removed, kept these lines, which a first pass
    # over them (cleaning the output again) cut to one.
    text = ("Advertisement العربية\nComments (3) 2024 العربية Home Home https://x.example/a?b=1 \x0c <li>\n"
            "https://x.example/a?b=1 ß\n</div> العربية 2024\nmore A: Related: Q: Photo: Reuters Home Q: \x0c\n"
            "Share By Ann Lee 1.\nShare \x85\n<table><tr><td> By aaaa… Cookie A: 1. <li> A:")
    once = clean(text, url="https://a.example/")
    assert once and clean(once, url="https://a.example/") == once


@cache  # parsing the branches costs far more than trying a line
def _fragments(pattern: LinePattern) -> list[str]:
    """Pieces of text that ``pattern`` looks for: its branches' required
    literals and prefixes, as written and in capitals, and a few
    characters that sit around them."""
    fragments = {"İ", "ſ", " ", "(", ")", ":", ".", "/", "2019", "Jane Doe"}
    for find, _ in pattern._groups:
        for branch in top_level_branches(find.pattern):
            fragments |= required_literals(branch[3:-1]) or set()
            fragments |= prefixes(branch[3:-1]) or set()
    return sorted(fragments | {f.upper() for f in fragments})


def _random_text(rng: random.Random) -> str:
    """Up to three characters: ASCII, Latin-1 and other scripts, spaces and marks."""
    planes = (range(0x20, 0x7F), range(0xA0, 0x250), range(0x300, 0x370), range(0x370, 0x3000),
              range(0x3000, 0xA000), range(0x1F300, 0x1F650), " \t\u00a0\u200b\u2019\u201c")
    return "".join(chr(c) if isinstance(c := rng.choice(rng.choice(planes)), int) else c
                   for _ in range(rng.randint(0, 3)))


@pytest.mark.parametrize("pattern", LINE_PATTERNS, ids=range(len(LINE_PATTERNS)))
def test_pattern_gates_never_change_a_result(pattern):
    """Lines made of the pieces the pattern looks for and random characters:
    a seeded generator tries 2,000 a pattern in the time Hypothesis took to
    draw 60 (test_prefilters_never_change_a_pattern_result tries real lines),
    each line alone and all of them as one page."""
    rng = random.Random(LINE_PATTERNS.index(pattern))
    fragments = _fragments(pattern)
    lines = ["".join(rng.choice(fragments) if rng.random() < 0.7 else _random_text(rng)
                     for _ in range(rng.randint(0, 10))) for _ in range(2000)]
    ungated = [any(find(line) for find, _ in pattern._groups) for line in lines]
    for line, hit in zip(lines, ungated):
        assert pattern.matches(line) == hit, line
    assert pattern.marked(PageText(lines), [True] * len(lines)) == {i for i, hit in enumerate(ungated) if hit}


CUE_PATTERNS = list(dict.fromkeys(c for d in DETECTORS for c in d.cues))


@pytest.mark.parametrize("cues", CUE_PATTERNS, ids=range(len(CUE_PATTERNS)))
def test_cue_counts_never_change_with_the_phrases_a_line_is_tried_with(cues):
    """Lines made of the shipped cues' literals (several in a line, in any
    case) and random characters: each counts what the whole alternation finds."""
    rng = random.Random(CUE_PATTERNS.index(cues))
    pieces = sorted({literal for branch in cues._branches for literal in required_literals(branch) or ()}
                    | {" ", ": ", "1", "İ", "Jane Doe"})
    pieces += [piece.upper() for piece in pieces]
    lines = ["".join(rng.choice(pieces) if rng.random() < 0.6 else _random_text(rng)
                     for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    plain = regex.compile(cues.pattern, regex.I)
    expected = [len(plain.findall(line)) for line in lines]
    assert any(expected)
    fresh = CuePattern(cues.phrases, before=cues._before, after=cues._after)  # nothing known yet
    assert fresh.counts(lines, [True] * len(lines)) == expected


def test_the_line_patterns_scan_tells_the_cue_patterns_the_literals_each_line_holds():
    """The scan of a page's new lines for the line patterns looks for the
    cue patterns' literals too and keeps what each line holds: the same as
    the cue patterns' own scan finds."""
    rng = random.Random(11)
    pieces = sorted({literal for cues in CUE_PATTERNS for literal in cues._literals} | {" ", "İ", "Jane Doe"})
    lines = list(dict.fromkeys("".join(rng.choice(pieces) if rng.random() < 0.5 else _random_text(rng)
                                       for _ in range(rng.randint(0, 8))) for _ in range(600)))
    matcher = LineMatcher(LINE_PATTERNS, DEFAULT_SETTINGS, CUE_PATTERNS)
    matcher._hits(lines, [float(len(line.split())) for line in lines])
    shared = patterns._cue_literals_held
    assert shared is not None and shared.literals <= matcher._scan.literals
    assert all(line in shared._known._known for line in lines)  # known before any cue is counted
    own = patterns.LiteralsHeld(shared.literals).held(lines)  # nothing known: its own scan
    assert shared.held(lines) == own and any(own)


@given(literals=st.lists(st.text("abc\n", min_size=1, max_size=4), max_size=8),
       lines=st.lists(st.text("abcd", max_size=12), min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_one_scan_finds_the_lines_each_literal_is_in(literals, lines):
    # Literals that begin alike ("a", "ab", "abc"), overlap and repeat; both engines.
    joined = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    expected = {literal: holding for literal in literals if "\n" not in literal
                if (holding := {i for i, line in enumerate(lines) if literal in line})}
    for engine in SCAN_ENGINES:
        assert LiteralScan(literals, engine).lines(joined, starts) == expected, engine


@given(lines=st.lists(st.text("abAB \u0130", max_size=6), max_size=30),
       prefixes=st.lists(st.text("ab ", min_size=1, max_size=4), max_size=6))
@settings(max_examples=300, deadline=None)
def test_the_lines_each_prefix_begins_are_those_whose_folded_text_starts_with_it(lines, prefixes):
    by_length = {n: frozenset(p for p in prefixes if len(p) == n) for n in {len(p) for p in prefixes}}
    page = PageText(lines)
    found = {head: sorted(positions) for head, positions in [*page.starting_with(by_length),
                                                              *page.starting_with(by_length)]}
    assert found == {prefix: begun for prefix in set(prefixes)
                     if (begun := [i for i, line in enumerate(lines) if literals.fold(line).startswith(prefix)])}


def test_the_scan_takes_the_automaton_where_pyahocorasick_is_installed():
    assert LiteralScan(["a"]).engine == "automaton"  # the test extra installs it
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setitem(sys.modules, "ahocorasick", None)  # as if it were not installed
        patterns._has_automaton.cache_clear()
        assert LiteralScan(["a"]).engine == "trie"
    patterns._has_automaton.cache_clear()
    with pytest.raises(ValueError):
        LiteralScan(["a"], "hyperscan")


@pytest.mark.parametrize("engine", SCAN_ENGINES)
def test_a_long_page_s_gates_read_from_one_scan_as_from_a_find_each(monkeypatch, engine):
    matcher = LineMatcher(LINE_PATTERNS, DEFAULT_SETTINGS)
    scan = LiteralScan(matcher._scan.literals, engine)
    matcher._scan = scan
    pieces = sorted(scan.literals | {" ", "İ", "Jane Doe", "\u0130S"})
    rng = random.Random(7)
    lines = ["".join(rng.choice(pieces) if rng.random() < 0.5 else _random_text(rng)
                     for _ in range(rng.randint(0, 8))) for _ in range(600)]
    scanned, found = PageText(lines, scan), PageText(lines)
    assert len("\n".join(lines)) >= scan.min_chars and scanned._scan is not None
    for literal in sorted(scan.literals):
        assert scanned.lines_holding(literal) == found.lines_holding(literal), literal
    assert any(scanned.lines_holding(literal) for literal in scan.literals)
    some = frozenset(sorted(scan.literals)[::3])  # a gate's literals: only those found are visited
    assert PageText(lines, scan).held(some) == found.held(some) == [
        (literal, found.lines_holding(literal)) for literal in sorted(some) if found.lines_holding(literal)]
    words = [float(len(line.split())) for line in lines]
    hits = matcher._hits(lines, words)
    assert any(hits)
    monkeypatch.setattr(LiteralScan, "min_chars", len("\n".join(lines)) + 1)  # no scan: a find each
    assert LineMatcher(LINE_PATTERNS, DEFAULT_SETTINGS)._hits(lines, words) == hits


# Patterns of any shape, built from the parts phrase lists use, and lines
# made of the characters they name: the gates, read off each pattern and
# tried for a whole page at once, must never change what it finds.
_LITERALS = ["a", "b", "ab", "A", "B", "K", "ß", "SS", "ſ", "İ", "i", "x", " ", "-", ":", "©", r"\("]
_CLASSES = [r"\s", r"\w", r"\d", ".", "[ab]", "[^a]", "[Kx]", r"\p{Lu}", "(?-i:A)", r"\b", "$"]
_ATOM = st.sampled_from(_LITERALS) | st.sampled_from(_CLASSES)
_NESTED = st.recursive(
    _ATOM,
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda parts: f"({'|'.join(parts)})"),
        st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,2}"])).map(lambda t: f"(?:{t[0]}){t[1]}"),
        inner.map(lambda part: f"(?={part})"),
        inner.map(lambda part: f"(?!{part})"),
    ),
    max_leaves=6,
)
_PIECES = st.lists(_ATOM | _ATOM | _NESTED, min_size=1, max_size=4).map("".join)
_BRANCHES = st.lists(st.tuples(st.sampled_from(["", "^"]), _PIECES).map("".join), min_size=1, max_size=4)
_CHARACTERS = st.sampled_from(list("abABßSsſİiKkx -:©(1\u0307"))


def _lines_for(branches: list[str]) -> st.SearchStrategy[list[str]]:
    """Lines some of which a branch matches (written by Hypothesis from the
    branch, in any case), some not."""
    def matching(branch: str) -> st.SearchStrategy[str]:
        written = re.compile(branch.replace(r"\p{Lu}", "[A-Z]"), re.IGNORECASE)
        return st.from_regex(written, alphabet=_CHARACTERS).map(lambda text: " ".join(text.splitlines()))

    return st.lists(st.one_of(st.text(_CHARACTERS, max_size=8), *map(matching, branches)), min_size=1, max_size=5)


@given(data=st.data())
@settings(max_examples=150, deadline=None)
def test_any_line_pattern_marks_on_a_page_what_it_marks_line_by_line(data):
    branches = data.draw(_BRANCHES)
    lines = data.draw(_lines_for(branches))
    pattern = LinePattern({"any": branches}, max_words="share_bar_max_words")
    plain = [regex.compile(branch, regex.I) for branch in branches]
    expected = {i for i, line in enumerate(lines) if any(p.search(line) for p in plain)}
    assert {i for i, line in enumerate(lines) if pattern.matches(line)} == expected
    assert pattern.marked(PageText(lines), [True] * len(lines)) == expected


@given(data=st.data())
@settings(max_examples=100, deadline=None)
def test_any_cue_pattern_counts_on_a_page_what_findall_counts_line_by_line(data):
    branches = [branch.lstrip("^") for branch in data.draw(_BRANCHES)]
    lines = data.draw(_lines_for(branches))
    cues = CuePattern({"any": branches})
    plain = regex.compile(cues.pattern, regex.I)
    assert cues.counts(lines, [True] * len(lines)) == [len(plain.findall(line)) for line in lines]


def _fast_and_parsed(pattern: str) -> list[tuple[object, object]]:
    """What the reading without the parser says of ``pattern`` beside what
    the parser says, where the former answers and the parser can read it."""
    pairs = []
    length, most = literals.PREFIX_LENGTH, literals.MAX_PREFIXES
    for fast, parsed in ((literals._plain_prefixes(pattern, length, most),
                          literals._parsed_prefixes(pattern, length, most)),
                         (literals._phrase_literals(pattern), literals._parsed_literals(pattern))):
        if fast is not None and literals._parse(pattern) is not None:
            pairs.append((fast, parsed))
    return pairs


def test_plain_branches_read_without_the_parser_as_with_it():
    branches = [b.removeprefix("^") for pattern in LINE_PATTERNS for b in pattern._all]
    pairs = [pair for branch in branches for pair in _fast_and_parsed(branch)]
    assert len(pairs) > 50  # the shortcut is taken: this test would pass vacuously otherwise
    assert all(fast == parsed for fast, parsed in pairs)


_PLAIN_PIECES = st.sampled_from([*"abAB ßSsſİiKk-:©", "\u0307", "\\b", "?", "*", "+", "{2}", "(a|b)", "|", "(?x)",
                                 "(?-i:A)", ".", "[ab]", "$", "(abcd|abce)", "(?:ßaaa|ssab|ab)", "(sign up|subscribe)",
                                 "(photo|photograph)"])


@given(st.lists(_PLAIN_PIECES, min_size=1, max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
def test_any_pattern_read_without_the_parser_reads_as_with_it(pattern):
    for fast, parsed in _fast_and_parsed(pattern):
        assert fast == parsed
