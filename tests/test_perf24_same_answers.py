"""perf24's steps answer as what they replace promised: a long branch's
heads rule out only lines it does not match, the prefix index of a page's
gates finds the lines each prefix begins, and the hits of a page's lines are
the patterns whose own matches mark them."""

from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.detectors import DETECTORS
from cleaner.detectors.chrome import SHARE_WORDS, share_bar
from cleaner.detectors.literals import fold, prefixes
from cleaner.detectors.patterns import HeadGated, LineMatcher, OpeningHeads, PageText, StartsWith, _FindersByKey
from cleaner.settings import DEFAULT_SETTINGS

LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))


def test_prefixes_of_more_characters_begin_every_match_and_are_cut_shorter_past_most():
    assert prefixes(r"(skip|jump|go) to the", 8, 4096) == {"skip to ", "jump to ", "go to th"}
    assert prefixes(r"(skip|jump|go) to", 4, 3) == {"skip", "jump", "go t"}
    assert prefixes(r"(skip|jump|go) to", 4, 2) == {"s", "j", "g"}  # more than two: cut to one character
    for pattern, match in [(r"(ab){2}c", "ababc"), (r"(x|yz)+w", "yzxw"), (r"share (this|it) now", "SHARE IT NOW")]:
        assert regex.fullmatch(pattern, match, regex.I) and fold(match).startswith(tuple(prefixes(pattern, 8, 4096)))


def _long_branches() -> list[tuple[str, HeadGated]]:
    """The shipped long anchored branches that a HeadGated finder tries, with it."""
    found = []
    for pattern in LINE_PATTERNS:
        for _, gate in pattern._groups:
            if gate is not None and isinstance(gate.finders, _FindersByKey):
                found += [(pattern._all[position], finder) for position, finder in gate.finders._shared.items()
                          if isinstance(finder, HeadGated)]
    return found


LONG_BRANCHES = _long_branches()


def test_share_bar_s_long_branches_are_gated_by_their_heads():
    assert {branch for branch, _ in LONG_BRANCHES} >= {b for b in share_bar.patterns[0]._all if len(b) > 1000}


def _random_case(text: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c for c in text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_long_branch_s_heads_rule_out_only_lines_it_does_not_match(data):
    """Lines the branch matches (drawn from it), their heads with other
    words after, and rows of share words: the gated finder says what the
    branch's own match says."""
    branch, gated = data.draw(st.sampled_from(LONG_BRANCHES))
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    matched = data.draw(st.from_regex(branch[1:], fullmatch=True))
    words = [w for ws in SHARE_WORDS.values() for w in ws if regex.fullmatch(r"[\w ]+", w)]
    lines = [matched, _random_case(matched, rng), matched[:rng.randint(0, 12)] + rng.choice(["ssum", " wählen", "x"]),
             " | ".join(rng.sample(words, 3)), _random_case(" · ".join(rng.sample(words, 2)), rng),
             rng.choice(words)[:rng.randint(1, 9)] + " author"]
    plain = regex.compile(branch[1:], regex.I).match
    for line in lines:  # (drawn by re's rules, a line may not match by regex's: "\x1f" is no space there)
        assert bool(gated(line)) == bool(plain(line)), line


def test_the_gated_finder_matches_where_its_branch_does_on_the_detectors_examples():
    lines = [line for detector in DETECTORS for example in detector.examples for line in example.text.split("\n")]
    for branch, gated in LONG_BRANCHES:
        plain = regex.compile(branch[1:], regex.I).match
        assert [bool(gated(line)) for line in lines] == [bool(plain(line)) for line in lines]
        assert any(plain(line) for line in lines)


_HEAD_LINES = st.lists(st.text(alphabet=st.sampled_from("abcé日 -İ"), max_size=6), max_size=30)
_PREFIX_SETS = st.lists(st.lists(st.text(alphabet=st.sampled_from("abcé日 -"), min_size=1, max_size=3), max_size=8),
                        min_size=1, max_size=4)


def _gate(prefixes_: list[str]) -> StartsWith:
    return StartsWith(dict.fromkeys(prefixes_, lambda text: True))


@settings(max_examples=2000, deadline=None)
@given(_HEAD_LINES, _PREFIX_SETS, st.lists(st.text(alphabet=st.sampled_from("abc"), min_size=1, max_size=3),
                                           max_size=4))
def test_a_page_with_its_gates_opening_heads_finds_the_lines_each_prefix_begins(lines, gate_prefixes, others):
    """Each gate of the index, and a gate it does not cover, finds the lines whose folded text starts with each
    of its prefixes, as a page without the index does."""
    gates = [_gate(p) for p in gate_prefixes]
    page = PageText(lines, opening=OpeningHeads(gates))
    for gate in [*gates, _gate(others)]:
        found = {head: sorted(positions) for head, positions in page.starting_with(gate.by_length)}
        expected = {prefix: [i for i, folded in enumerate(page.folded) if folded.startswith(prefix)]
                    for prefix in gate.finders}
        assert found == {prefix: positions for prefix, positions in expected.items() if positions}


def test_each_line_s_hits_are_the_patterns_that_match_it_alone():
    """A page's lines: each one's hits are the patterns within whose word limit it is and that match it."""
    matcher = LineMatcher(LINE_PATTERNS, DEFAULT_SETTINGS)
    rng = random.Random(5)
    examples = [line for pattern in LINE_PATTERNS for line in _example_lines(pattern)]
    lines = list(dict.fromkeys([*examples, *(" ".join(rng.sample(examples, 2)) for _ in range(200))]))
    words = [float(len(line.split())) for line in lines]
    hits = matcher._hits(lines, words)
    assert any(hits) and not all(hits)
    for line, count, found in zip(lines, words, hits):
        assert found == {pattern for pattern, limit in matcher._limits if count <= limit and pattern.matches(line)}


def _example_lines(pattern) -> list[str]:
    return [line for detector in DETECTORS if pattern in detector.patterns
            for example in detector.examples for line in example.text.split("\n")]
