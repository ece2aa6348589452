"""share-bar's rows of controls parted by pipes, three or more or two with a share button, are one branch (perf37):
its lookahead rules out two controls alone, which holds only while no control is a share button. And SHARE_WORD
writes the networks' names once for the words that end or begin with them: it matches what the words joined match."""

from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.detectors.chrome import _ROW_WORD, ROW_WORDS, SHARE_WORD, SHARE_WORDS, share_bar

_CONTROLS = [word for words in ROW_WORDS.values() for word in words]
_BUTTONS = [word for words in SHARE_WORDS.values() for word in words]


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_no_control_is_a_share_button(data):
    control = data.draw(st.from_regex(regex.compile(data.draw(st.sampled_from(_CONTROLS))).pattern, fullmatch=True))
    button = data.draw(st.from_regex(data.draw(st.sampled_from(_BUTTONS)), fullmatch=True))
    assert not regex.fullmatch(SHARE_WORD, control, regex.I)
    assert not regex.fullmatch(_ROW_WORD, button, regex.I)


def test_the_row_branch_marks_what_the_branches_it_replaces_marked_with_the_share_words_row():
    """The branches before perf37 (three controls or more; two, one a share button) and the row of two share
    buttons or more (which marks two share buttons parted by a pipe) against the one branch and that row."""
    share, control = SHARE_WORD, _ROW_WORD
    before = [rf"^({control}|{share})(\s*\|\s*({control}|{share})){{2,}}$",
              rf"^({share}\s*\|\s*{control}|{control}\s*\|\s*{share})$"]
    row = next(branch for branch in share_bar.patterns[0]._all if branch.startswith(rf"^({control}["))
    merged = next(branch for branch in share_bar.patterns[0]._all if branch.startswith(rf"^(?!{control}"))
    old = regex.compile("|".join(f"(?:{branch})" for branch in [*before, row]), regex.I).match
    new = regex.compile(f"(?:{merged})|(?:{row})", regex.I).match
    rng = random.Random(37)
    buttons = [word for word in _BUTTONS if regex.fullmatch(r"[\w ]+", word)]
    controls = [word for word in _CONTROLS if regex.fullmatch(r"[\w ]+", word)] + ["Comments (3)", "字号：大 中 小"]
    lines = ["Drucken | Zurück", "Back | Top", "Print | Email", "Back | Top | Search", "Print | Back issues"]
    for _ in range(3000):
        choices = [buttons, controls, ["Sport", "Top stories"]]
        words = [rng.choice(rng.choice(choices)) for _ in range(rng.randint(1, 4))]
        lines.append(rng.choice([" | ", "|", " · "]).join(words) + rng.choice(["", " ", ":"]))
    assert [bool(new(line)) for line in lines] == [bool(old(line)) for line in lines]
    assert sum(bool(old(line)) for line in lines) > 200


@settings(max_examples=1000, deadline=None)
@given(st.data())
def test_share_word_matches_what_the_share_words_joined_match(data):
    joined = regex.compile("(" + "|".join(_BUTTONS) + ")", regex.I)
    written_once = regex.compile(SHARE_WORD, regex.I)
    word = data.draw(st.from_regex(data.draw(st.sampled_from(_BUTTONS)), fullmatch=True))
    cut = word[:data.draw(st.integers(0, len(word)))] + data.draw(st.sampled_from(["", "x", " facebook", "a"]))
    for line in (word, word.upper(), cut):
        assert bool(written_once.fullmatch(line)) == bool(joined.fullmatch(line)), line
