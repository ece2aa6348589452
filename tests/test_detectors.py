"""Every detector: documented, with positive and negative examples that hold."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.blocks import segment
from cleaner.detectors import DETECTORS
import regex

from cleaner.detectors.literals import fold, prefixes, required_literals
from cleaner.detectors.patterns import AnyOf, LineMatcher, LinePattern, PageText, cue_counts, top_level_branches
from cleaner.language import identify, stopwords_for
from cleaner.settings import Settings
from cleaner.model import Page
from cleaner.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
CASES = [(d, n, example) for d in DETECTORS for n, example in enumerate(d.examples)]
LINE_PATTERNS = list(dict.fromkeys(p for d in DETECTORS for p in d.patterns))
CUE_PATTERNS = list(dict.fromkeys(c for d in DETECTORS for c in d.cues))
ON_A_WEB_PAGE = replace(DEFAULT_SETTINGS, keep_bare_articles=False)


def run_detector(detector, text: str) -> list[tuple[str, str]]:
    """Each line the detector removes from ``text``, with the id it removes it
    with, after the stages it reads have run once each. As on a web page:
    what detectors leave in a bare article (keep_bare_articles) is tested
    with whole texts (test_clean_articles.py)."""
    language = identify(text)
    blocks = segment(text)
    removed: dict[int, str] = {}
    for stage in [d for d in DETECTORS if d.id in detector.reads] + [detector]:
        alive = [b for b in blocks if b.index not in removed]
        page = Page.of(alive, stopwords_for(language), language, settings=ON_A_WEB_PAGE)
        page.removed = dict(removed)
        page.hits = LineMatcher(stage.patterns, DEFAULT_SETTINGS).hits_of(page.blocks, page.features)
        for position, remover in stage.find(page):
            removed.setdefault(alive[position].index, remover)
    ids = {output.id for output in detector.outputs}
    return [(blocks[i].text, remover) for i, remover in sorted(removed.items()) if remover in ids]


@pytest.mark.parametrize("detector,n,example", CASES, ids=[f"{d.id}-{n}" for d, n, _ in CASES])
def test_example(detector, n, example):
    removed = run_detector(detector, example.text)
    assert [text for text, _ in removed] == list(example.removed)
    if example.ids:
        assert [remover for _, remover in removed] == list(example.ids)


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.id for d in DETECTORS])
def test_detector_is_documented_with_positive_and_negative_examples(detector):
    assert detector.summary, "docstring says what it removes"
    assert any(e.removed for e in detector.examples), "a positive example"
    assert any(not e.removed for e in detector.examples), "a negative example"


def test_ids_are_unique():
    ids = [d.id for d in DETECTORS]
    assert len(ids) == len(set(ids))


def test_line_pattern_anchors_only_the_branches_that_start_with_a_caret():
    pattern = LinePattern({"en": [r"^sign up", r"\bno spam\b", r"^(a|b) c"]}, max_words="share_bar_max_words")
    assert pattern.matches("Sign up today")
    assert not pattern.matches("Please sign up today")
    assert pattern.matches("We promise: no spam")
    assert pattern.matches("b c") and not pattern.matches("x b c")


def test_a_long_branch_under_several_gate_keys_is_compiled_once_and_finds_what_the_alternation_finds():
    from cleaner.detectors.patterns import SHARED_BRANCH_MIN_CHARS

    # Invented button words, enough of them for a branch past the length: one prefix each.
    words = [f"{letter}{vowel}bble{n}" for letter in "bdfgkmprstvz" for vowel in "aeiou" for n in range(12)]
    long_branch = rf"^({'|'.join(words)})( ({'|'.join(words)}))*$"
    assert len(long_branch) > SHARED_BRANCH_MIN_CHARS
    pattern = LinePattern({"en": [long_branch, r"^babble0 now\b", r"^zubble11 again$"]},
                          max_words="share_bar_max_words")
    lines = ["Babble0 Zubble11", "babble0 now and then", "zubble11 again", "zubble11 again and", "Tobble3", "tubble3 x"]
    ungated = [bool(regex.match(f"(?:{long_branch})|(?:^babble0 now\\b)|(?:^zubble11 again$)", line, regex.I))
               for line in lines]
    assert ungated == [True, True, True, False, True, False]
    assert [pattern.matches(line) for line in lines] == ungated
    assert pattern.marked(PageText(lines), [True] * len(lines)) == {i for i, hit in enumerate(ungated) if hit}
    # One finder of the long branch, whichever key a line opens.
    (_, gate), = pattern._groups
    assert gate is not None and len(gate.finders._shared) == 1


def test_a_branch_is_one_alternative_and_a_limit_is_a_setting():
    with pytest.raises(ValueError, match="one alternative a line"):
        LinePattern({"en": [r"^sign up|\bno spam\b"]}, max_words="share_bar_max_words")
    with pytest.raises(ValueError, match="unknown setting"):
        LinePattern({"en": [r"\bno spam\b"]}, max_words="no_such_setting")


def test_line_hits_respect_each_patterns_word_limit_from_the_settings():
    pattern = LinePattern({"en": [r"\bzebra crossing\b"]}, max_words="share_bar_max_words")
    matcher = LineMatcher([pattern], replace(DEFAULT_SETTINGS, share_bar_max_words=4))
    page = Page.of(segment("A zebra crossing\nA zebra crossing near the old school gates\nA zebra crossing"))
    assert matcher.hits_of(page.blocks, page.features) == [{pattern}, set(), {pattern}]
    # Kept by text (a line's words are its text's): the same answers from what the matcher knows.
    assert matcher.hits_of(page.blocks[::-1], page.features[::-1]) == [{pattern}, set(), {pattern}]


def test_top_level_branches_skip_bars_in_groups_sets_and_escapes():
    assert top_level_branches(r"^a(b|c)|[|]d|\|e|f") == ["^a(b|c)", "[|]d", r"\|e", "f"]
    # A set ends at its first unescaped "]"; one left open runs to the end.
    assert top_level_branches(r"[\]|]b|c") == [r"[\]|]b", "c"]
    assert top_level_branches(r"a|[b|c") == ["a", "[b|c"]
    assert top_level_branches(r"(a|(b|c))|d|e\\|f\\") == ["(a|(b|c))", "d", "e\\\\", "f\\\\"]
    assert top_level_branches("a|b\\") == ["a", "b\\"]  # a lone backslash at the end


def test_prefixes_begin_every_match():
    assert prefixes(r"(skip|jump|go) to") == {"skip", "jump", "go t"}
    assert prefixes(r"x?y") == {"xy", "y"}
    assert prefixes(r"(facebook|x)([\s,]+pin)*$") == {"face", "x"}  # a set of spaces ends what is fixed
    assert prefixes(r"©|\(c\)") == {"©", "(c)"}
    assert prefixes(r"[«<]?\s*next") is None  # \s*: a match may begin with any space
    assert prefixes(r"(ab)?") is None  # a match may be empty
    for pattern, match in [(r"(ab){2}c", "ababc"), (r"a{2}b", "AAB"), (r"(x|yz)+w", "yzxw"), (r"ß?s", "ßS")]:
        assert regex.fullmatch(pattern, match, regex.I) and fold(match).startswith(tuple(prefixes(pattern)))


def test_required_literals_hold_in_every_match():
    # A run of fixed parts stands for each string it may match: rarer than any part alone.
    assert required_literals(r"\b(we|our site) uses? cookies\b") == {
        "we use cookies", "we uses cookies", "our site use cookies", "our site uses cookies"}
    assert required_literals(r"\d{1,3} (of|z) \d") == {" of ", " z "}
    # 32 strings at most: the sixth pair begins a new run.
    assert required_literals(r"(a|b)(c|d)(e|f)(g|h)(i|j)(k|l) xyz") == {"k xyz", "l xyz"}
    assert required_literals(r"^(next|newer)( post)?$") == {"next", "newer"}  # "next" holds "next post"
    assert required_literals(r"\s[|•·]\s+(©|copyright\b)") == {"©", "copyright"}  # a lone set: punctuation
    assert required_literals(r"\b(donate|chip in)\b|\bpaypal\b") == {"donate", "chip in", "paypal"}
    assert required_literals(r"(?-i:\p{Lu})\w+ is headquartered in\b") == {" is headquartered in"}
    assert required_literals(r"\d+(min)?") is None  # a match may hold no fixed text
    assert fold("İS THE") == "is the"  # "İ" matches "i" case-insensitively
    for pattern, line in [("yanıtla", "YANITLA"), ("kapı", "KAPI")]:  # "ı" matches "I" case-insensitively
        assert regex.search(pattern, line, regex.I)
        assert all(literal in fold(line) for literal in required_literals(pattern))
        assert fold(line).startswith(tuple(prefixes(pattern)))


def test_without_the_private_parser_patterns_run_ungated_with_the_same_results(monkeypatch, request):
    from cleaner.cache import KeptJson, KeptStringSets
    from cleaner.detectors import literals, patterns

    pattern = LinePattern({"en": [r"^(skip|go) to content", r"\bno (spam|junk)\b"]}, max_words="share_bar_max_words")
    monkeypatch.setattr(literals, "sre_parse", None)
    monkeypatch.setattr(literals, "_KEPT", KeptStringSets("pattern-analysis", None))  # answers of the parser kept
    monkeypatch.setattr(patterns, "_KEPT_LAYOUTS", KeptJson("pattern-layouts", None))  # and layouts made of them
    analyses = (literals._parse, literals.required_literals, literals.prefixes)
    for analysis in analyses:  # what other tests analysed with the parser is cached
        analysis.cache_clear()
    request.addfinalizer(lambda: [analysis.cache_clear() for analysis in analyses])
    assert required_literals(r"\bno (spam|junk)\b") is None and prefixes(r"(skip|go)") is None
    # Plain phrases and beginnings are read without the parser.
    assert required_literals(r"\bno spam\b") == {"no spam"} and prefixes("skip to") == {"skip"}
    assert prefixes("(skip|jump) to") == {"skip", "jump"}
    assert all(gate is None for _, gate in pattern._groups)
    assert pattern.matches("Skip to content") and pattern.matches("We promise: no spam")
    assert not pattern.matches("Players skip to content later")


def test_prefilters_never_change_a_pattern_result():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "input").iterdir())]
    articles = json.loads((ROOT / "tests" / "fixtures" / "article_bodies.json").read_text(encoding="utf-8"))
    texts += ["\n".join([a["headline"], *a["paragraphs"]]) for a in articles]
    texts += [example.text for detector in DETECTORS for example in detector.examples]
    lines = [block.text for text in texts for block in segment(text)]
    for pattern in LINE_PATTERNS:
        unfiltered = [any(find(line) for find, _ in pattern._groups) for line in lines]
        assert [pattern.matches(line) for line in lines] == unfiltered
        page = PageText(lines)
        assert pattern.marked(page, [True] * len(lines)) == {i for i, hit in enumerate(unfiltered) if hit}


def test_no_gate_opens_for_every_line_of_words():
    """A group of branches is tried only on lines holding one of its
    literals; a literal of spaces alone ("( \\p{Lu}...){1,4}" requires one)
    holds in every line of two words, and the group's search then runs at
    every position of every line (a caption branch of that kind once cost
    clean() a fifth more instructions)."""
    for pattern in LINE_PATTERNS:
        for _, gate in pattern._groups:
            spaces = sorted(literal for literal in getattr(gate, "literals", ()) if not literal.strip())
            first = next(iter(pattern.branches.values()))[0]
            assert not spaces, f"the pattern of {first[:60]!r}...: a gate holds {spaces!r}"


def test_cue_counts_are_each_lines_own_count():
    texts = [example.text for detector in DETECTORS for example in detector.examples]
    page = Page.of(segment("\n".join(texts)))
    for cues in CUE_PATTERNS:
        found = regex.compile(cues.pattern, regex.I)
        assert cue_counts(page, cues, 30) == [len(found.findall(b.text)) if f.words <= 30 else 0
                                              for b, f in zip(page.blocks, page.features)]


def test_cue_patterns_share_one_scan_and_each_counts_its_own_cues():
    """The cue patterns' literals are found in a page's lines by one scan for
    all of them: a pattern made later with literals of its own (non-ASCII,
    CJK) still counts what its whole alternation finds, before and after the
    shipped ones counted the same lines."""
    from cleaner.detectors.patterns import CuePattern

    lines = ["Spenden Sie jetzt für unsere Straße", "STRASSE gesperrt, jetzt spenden", "今すぐ寄付を。寄付は税控除",
             "İSTANBUL bağış yapın", "Donate now to keep us going", "nothing here", "寄付", ""]
    shipped = CUE_PATTERNS[0]
    before = cue_counts(Page.of(segment("\n".join(lines))), shipped, 1000)
    new = CuePattern({"de": [r"spenden", r"straße"], "ja": [r"寄付"], "tr": [r"bağış"]}, before="", after="")
    for cues in (new, shipped):
        found = regex.compile(cues.pattern, regex.I)
        assert cues.counts(lines, [True] * len(lines)) == [len(found.findall(line)) for line in lines]
    assert all(new.counts(lines, [True] * len(lines))[:4])  # each holds cues of its own
    assert cue_counts(Page.of(segment("\n".join(lines))), shipped, 1000) == before


def test_headline_choice_does_not_depend_on_the_hash_seed():
    """A title line whose parts both repeat elsewhere ("Story - Site"): the
    headline is the first part, whatever order Python's string hashing gives
    a set of the parts."""
    import os
    import subprocess
    import sys

    page = "\n".join([
        "Storm floods the harbour town - Harbour Gazette Online", "Harbour Gazette Online", "News", "Sport",
        "Storm floods the harbour town",
        "Heavy rain on Tuesday flooded the lower streets of the town, and the council opened the school hall "
        "to families who had to leave their homes overnight.",
        "Harbour Gazette Online", "News", "Sport",
    ])
    parts = ["storm floods the harbour town", "harbour gazette online"]

    def run(script: list[str], seed: int) -> str:
        return subprocess.run([sys.executable, *script], input=page, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout

    # A bare interpreter (-S: no site packages) tells quickly which order a set
    # of the title's parts has under a seed: the page is cleaned under the
    # first seed of each order.
    order_of = ["-S", "-c", f"print(list(frozenset({parts!r})))"]
    seeds = {}
    for seed in range(64):
        seeds.setdefault(run(order_of, seed), seed)
        if len(seeds) == 2:
            break
    assert len(seeds) == 2, "both orders of the parts are tried"
    clean = ["-c", "import sys, json; from cleaner import explain; "
                   "print(json.dumps([d.removed_by for d in explain(sys.stdin.read()).decisions]))"]
    results = {run(clean, seed) for seed in seeds.values()}
    assert len(results) == 1
    assert json.loads(results.pop())[4] == "duplicate-headline"


def test_a_line_is_tried_with_the_branches_of_each_key_it_passes_and_only_those_are_compiled():
    branches = [r"^sign up", r"^sign in\b", r"^s\w+ now", r"\bcookies policy\b", r"\bcookie\b", r"\bno spam\b"]
    pattern = LinePattern({"en": branches}, max_words="share_bar_max_words")
    starting, holding = (gate for _, gate in pattern._groups)
    assert sorted(starting.finders) == ["s", "sign"] and sorted(holding.finders) == ["cookie", "no spam"]
    # A line that holds "cookies policy" holds "cookie": its branch is tried with the shorter key's.
    assert holding.keys("our cookies policy") == ["cookie"]
    lines = ["Sign up now", "Start now", "Sign in", "Our cookies policy", "Cookies", "signal"]
    plain = [regex.compile(branch, regex.I) for branch in branches]
    expected = {i for i, line in enumerate(lines) if any(p.search(line) for p in plain)}
    assert expected == {0, 1, 2, 3}
    assert {i for i, line in enumerate(lines) if pattern.matches(line)} == expected
    fresh = LinePattern({"en": branches}, max_words="share_bar_max_words")
    assert fresh.marked(PageText(["Start now", "Sign in"]), [True, True]) == {0, 1}
    # No line holds a literal: the holding branches were never compiled (a floating key's, each apart).
    holding_parts = [part for find in fresh._groups[1][1].finders.values()
                     for part in (find.finders if isinstance(find, AnyOf) else [find])]
    assert all(part._call is None for part in holding_parts)
    assert all(find._call is not None for find in fresh._groups[0][1].finders.values())


def test_copy_shingles_do_not_depend_on_the_hash_seed():
    """duplicate-copy's n-gram hashes are the same in every process, so a
    collision, however rare, cannot make one run decide otherwise than the next."""
    import os
    import subprocess
    import sys

    script = ("from cleaner.detectors.copies import _keys_and_shingles; "
              "print(_keys_and_shingles(['The council opened the school hall to families late.'], 5)[0][1].tolist())")

    def shingles(seed: int) -> str:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout

    assert shingles(1) == shingles(2) != "[]\n"


def test_copy_words_of_the_casefolded_text_are_the_casefolded_words():
    """duplicate-copy tokenises a block's casefolded text in one call: the
    same words as casefolding each word, for every code point (each between
    spaces: one that casefolding turned into a word character, or out of
    one, would add, split or drop a word) and for invented lines of many
    scripts, where words run together as in text."""
    import sys

    from cleaner.features import casefolded_words

    def slow(text: str) -> list[str]:
        return [word.casefold() for word in regex.findall(r"\w+", text)]

    every = " ".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert casefolded_words(every) == slow(every)
    lines = ["STRASSE und Straße", "İSTANBUL'da ΟΔΟΣ σοφός", "ﬁnal ﬂow Æsir", "東京で会議、北京は晴れ。",
             "ГОРОД Москва — ЁЛКА", "e\u0301te\u0301 ça", "x\u200dy_z 12³ ①②", "\U0001d400BC \U0001f600 ok"]
    assert [casefolded_words(line) for line in lines] == [slow(line) for line in lines]


def test_copy_shingles_of_a_page_s_blocks_are_each_block_s_own():
    """The n-grams of a page's blocks, hashed for all blocks at once and kept
    across passes, are each block's distinct n-grams: a polynomial over its
    casefolded words' hashes, as a word-by-word reference computes it,
    whatever the blocks' lengths (shorter than an n-gram, empty, repeated)
    and whichever of them were known from an earlier call."""
    from cleaner.detectors import copies

    def reference(text: str, n: int) -> list[int]:
        words = [word.casefold() for word in regex.findall(r"\w+", text)]
        grams = set()
        for start in range(len(words) - n + 1):
            value = 0
            for word in words[start:start + n]:
                value = (value * copies._SHINGLE_MULTIPLIER + _reference_word_hash(word)) % 2**64
            grams.add(value - 2**64 if value >= 2**63 else value)
        return sorted(grams)

    rng = random.Random(3)
    words = ["the", "The", "council", "STRASSE", "straße", "a", "b", "c", "d", "ünd", "x1", "-", "..."]
    blocks = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) for _ in range(400)]
    for n in (1, 4, 5):
        for part in (blocks[:50], blocks[25:400], blocks[:1], blocks):  # partly known, then all known
            found = copies._keys_and_shingles(part, n)
            assert [shingles.tolist() for _, shingles in found] == [reference(text, n) for text in part]
            assert [key for key, _ in found] == [copies.copy_key(text) for text in part]
            assert all(shingles.dtype == "int64" for _, shingles in found)


def _reference_mixed(value: int) -> int:
    """splitmix64's finaliser, in Python integers."""
    value ^= value >> 30
    value = value * 0xBF58476D1CE4E5B9 % 2**64
    value ^= value >> 27
    value = value * 0x94D049BB133111EB % 2**64
    return value ^ value >> 31


def _reference_word_hash(word: str) -> int:
    """duplicate-copy's word hash, one word at a time: each character's
    code point and place mixed, summed with the word's length, mixed."""
    from cleaner.detectors import copies

    summed = sum(_reference_mixed(ord(char) | place << 21) for place, char in enumerate(word))
    return _reference_mixed((summed + len(word) * copies._SHINGLE_MULTIPLIER) % 2**64)


def test_copy_word_hashes_are_each_word_s_own():
    """A word's hash, computed for many words at once, is its own: the
    reference's for each word (lone surrogates, astral characters, long and
    empty words), wherever it stands among the others, and different for
    different words (some 600,000 of them, alike in letters and lengths)."""
    import numpy as np

    from cleaner.detectors.copies import _word_hashes

    def ended(words: list[str]) -> str:
        return "".join(word + "\0" for word in words)

    words = ["council", "straße", "x\ud800y", "", "council", "a" * 300, "東京", "\U0001d400bc", "ab", "ba"]
    hashes = _word_hashes(ended(words))
    assert hashes.dtype == np.uint64
    assert hashes.tolist() == [_reference_word_hash(word) for word in words]
    assert _word_hashes(ended(words[::-1])).tolist() == hashes.tolist()[::-1]
    assert _word_hashes("").tolist() == []
    letters = "abcdeéß東1"
    many = ["".join(chars) for length in range(1, 7) for chars in itertools.product(letters, repeat=length)]
    many += [word + "x" * 40 for word in many[:20000]]
    assert len(set(_word_hashes(ended(many)).tolist())) == len(many) > 600_000


def test_the_set_index_answers_as_the_hashed_index_does():
    """Until numpy is imported, duplicate-copy asks sets of n-grams what it
    asks the hashed index of a larger page. Pages of paragraphs, copies,
    lines stringing paragraphs together and near-copies get the same
    answers from both, to every question."""
    from cleaner.detectors.copies import GramSetIndex, ShingleIndex, _grams, _keys_and_shingles, copy_key

    rng = random.Random(7)
    words = [f"w{n}" for n in range(60)] + ["the", "and", "of", "to", "in"]
    paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + "." for _ in range(12)]
    settings = Settings()
    covered, sourced, strung = [], [], []
    for _ in range(300):
        lines = rng.sample(paragraphs, rng.randint(2, 6))
        for _ in range(rng.randint(0, 2)):
            joined = " ".join(rng.sample(lines, min(len(lines), rng.randint(1, 3)))).split()
            for _ in range(rng.randint(0, 3)):  # a near-copy: some of its n-grams its own
                joined[rng.randrange(len(joined))] = "changed"
            lines.insert(rng.randint(0, len(lines)), " ".join(joined))
        distinct = list({copy_key(line): line for line in lines}.items())
        shingled = _keys_and_shingles([line for _, line in distinct], settings.shingle_words)
        hashed = ShingleIndex((key, shingles) for (key, _), (_, shingles) in zip(distinct, shingled))
        sets = GramSetIndex({key: _grams(line, settings.shingle_words) for key, line in distinct})
        for key, _ in distinct:
            size = hashed.size(key)
            assert (sets.size(key), sets.shared_count(key)) == (size, hashed.shared_count(key)), lines
            assert sets.has_source(key, 0.5 * size) == hashed.has_source(key, 0.5 * size), lines
            assert sets.held_whole(key, 0.8) == hashed.held_whole(key, 0.8), lines
            covered.append(size and hashed.shared_count(key) >= 0.8 * size)
            sourced.append(hashed.has_source(key, 0.5 * size))
            strung.append(hashed.held_whole(key, 0.8))
    # Each answer was met both ways.
    assert 0 < sum(map(bool, covered)) < len(covered) and 0 < sum(sourced) < len(sourced)
    assert 0 < sum(map(bool, strung)) < len(strung) and max(strung) >= 2


def test_the_byline_name_is_tried_only_on_lines_that_can_begin_it():
    # The gate must not skip a line the pattern matches: no other character folds to a gate letter.
    from cleaner.detectors.footers import _BYLINE_INITIALS, _BYLINE_NAME
    # The words that may open the line: those of its first group (posted, written) and of the one after it.
    opening = regex.match(r"\^\(\(([\w|]+)\) \)\?\(([\w|]+)\)", _BYLINE_NAME.pattern)
    words = [word for group in opening.groups() for word in group.split("|")]
    first_letter = regex.compile(f"[{''.join({word[0] for word in words})}]", _BYLINE_NAME.flags)
    starters = {chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and first_letter.match(chr(c))}
    assert starters == _BYLINE_INITIALS


def test_the_gallery_label_is_tried_only_on_lines_that_can_begin_it():
    # media-player tries its gallery label only on lines that begin with a gate letter or hold a digit (a
    # count of pictures: the digits digit_share counts, see the test below); no other character folds to one.
    from cleaner.detectors.chrome import _GALLERY_INITIALS, _GALLERY_LABEL
    from cleaner.detectors.literals import prefixes, top_level_branches

    branches = top_level_branches(_GALLERY_LABEL.pattern.removeprefix("^(").removesuffix(")$"))
    counts = [branch for branch in branches if branch.startswith(r"\d")]
    heads = set().union(*(prefixes(branch, 1) for branch in branches if branch not in counts))
    assert len(counts) == 1 and len(branches) > 10 and heads
    first_letter = regex.compile(f"[{''.join(heads)}]", _GALLERY_LABEL.flags)
    starters = {chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and first_letter.match(chr(c))}
    assert starters == _GALLERY_INITIALS


def test_every_digit_the_date_and_result_patterns_need_counts_in_digit_share():
    # byline-dateline and the headline lists try their patterns only on lines with a digit_share.
    from cleaner.features import measure
    digit = regex.compile(r"\d")
    digits = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and digit.match(chr(c))]
    assert len(digits) > 500 and all(
        measure(f"May {d}", frozenset(), DEFAULT_SETTINGS.cjk_chars_per_word,
                DEFAULT_SETTINGS.spaceless_stopword_density).digit_share for d in digits)


def test_a_related_box_between_two_paragraphs_interrupts_the_story_and_does_not_end_it():
    """A "Related stories" box set between two paragraphs of a story: the
    paragraphs under it are the story's, not text past the page's chrome
    (the box ended the story when it went as related-list, chrome); the list
    of other articles under the story's last paragraph still ends it."""
    from cleaner import clean

    after = ["The council has asked the state for help with the cost, and a decision is expected in the autumn.",
             "Until then, buses will run every ten minutes between the two banks, the transport office said."]
    text = "\n".join([
        "Old bridge to close for two years", "By Jo Example",
        "The old bridge over the river will close to all traffic in March, the council decided on Monday night after "
        "a long debate in which members of every party spoke about the cost of the repairs and the years of delay.",
        "Engineers found cracks in two of the piers last winter, and the weight limit was lowered to three tonnes "
        "in the spring, which sent the lorries round by the ring road and doubled the traffic in the north of town.",
        "Repairs will cost at least twelve million, the engineers estimate.",
        "Related stories", "Cracks found in bridge piers", "Weight limit lowered on old bridge",
        *after,
        "Share this article", "Facebook", "Twitter",
        "Most read", "Storm closes schools in the north", "Ferry returns to the island route",
        "Rail strike called off after new offer",
    ])
    kept = clean(text)
    for line in after:
        assert line in kept
    for line in ("Related stories", "Cracks found in bridge piers", "Most read", "Ferry returns to the island route"):
        assert line not in kept


def test_the_frame_of_an_embedded_post_interrupts_the_story_and_does_not_end_it():
    """"View this post on Instagram" stands where a post is set in the story:
    the story's last paragraph under it is the story's, not a box's text past
    the last chrome (chrome-tail cut it when the frame went as a share bar)."""
    from cleaner import clean

    last = ("Am letzten Tag wanderten wir die Steilküste entlang bis zum Leuchtturm, von dem aus man bei klarem "
            "Wetter bis nach Dänemark sehen kann. Der Weg ist schmal und an manchen Stellen abgerutscht.")
    text = "\n".join([
        "Ein Wochenende an der Ostsee", "Von Anna Beispiel",
        "Die Ostseeküste ist im Herbst am schönsten, wenn die Urlauber abgereist sind und die Strände leer daliegen. "
        "Wir haben drei Tage in einem kleinen Dorf bei Rostock verbracht und dabei mehr entdeckt, als wir erwartet "
        "hatten, obwohl wir die Gegend aus unserer Kindheit zu kennen glaubten.",
        "Schon früh am Morgen liefen wir am Wasser entlang, als die Sonne gerade über dem Meer aufging und die ersten "
        "Fischer ihre Boote an Land zogen. Es war kalt, aber der Kaffee aus der Thermoskanne wärmte uns die Hände, und "
        "außer uns war nur ein Mann mit seinem Hund unterwegs.",
        "Im Hafen gibt es eine kleine Bude, die seit vierzig Jahren Fischbrötchen verkauft, und die Schlange davor war "
        "auch an einem Dienstag im Oktober noch lang. Das Warten hat sich gelohnt, denn der Hering war frisch, das "
        "Brötchen knusprig und die Zwiebeln so scharf, dass uns die Tränen kamen.",
        "Auf dem Wochenmarkt im Nachbarort kauften wir Sanddornsaft, geräucherten Aal und einen Korb voller Äpfel "
        "von einem Bauern, der uns lange von den schlechten Ernten der letzten Jahre erzählte. Er meinte, das Wetter "
        "an der Küste werde jedes Jahr unberechenbarer, und zeigte uns Fotos von seinen Feldern.",
        "Die Steilküste", "View this post on Instagram", "A post shared by Ostsee Beispiel (@ostseebeispiel)", last,
        "Newsletter abonnieren", "Datenschutz", "Impressum", "Kontakt",
    ])
    kept = clean(text)
    assert last in kept
    assert "View this post on Instagram" not in kept and "Impressum" not in kept


def test_copy_a_later_page_of_blocks_without_copies_is_told_from_the_note_and_checked_against_it():
    """duplicate-copy notes a page whose long blocks hold no copy and none
    covered by the others; a later page of some of those blocks finds
    nothing either, told from the note. A page the note does not cover
    (a block it did not hold, or one of its blocks twice) is read in full."""
    from cleaner.detectors.copies import duplicate_copy

    paragraphs = ["The river rose two metres overnight and the old bridge was closed to traffic by the police.",
                  "Farmers moved their cattle to higher ground while volunteers filled sandbags in the square.",
                  "The mayor said the town would ask the region for help once the water had gone down again."]

    settings = replace(DEFAULT_SETTINGS, keep_bare_articles=False)  # a page of copies alone is no bare article

    def page(lines: list[str], findings: dict[str, object]) -> Page:
        built = Page.of(segment("\n".join(lines)), stopwords_for("en"), "en", settings)
        built.earlier_findings = findings
        return built

    findings: dict[str, object] = {}
    assert list(duplicate_copy.find(page(paragraphs, findings))) == []
    assert findings  # noted
    assert list(duplicate_copy.find(page(paragraphs[:2], findings))) == []
    # The same text twice, or a block the noted page did not hold: not taken from the note.
    assert [i for i, _ in duplicate_copy.find(page([*paragraphs[:2], paragraphs[0]], findings))] == [2]
    strung = " ".join(paragraphs[:2])
    assert [i for i, _ in duplicate_copy.find(page([*paragraphs[:2], "Menu", strung], findings))] == [3]
