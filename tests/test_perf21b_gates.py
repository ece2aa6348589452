"""Cheap tests that spare work and change no decision (perf21b): each gated
function against its ungated form."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.blocks import segment
from cleaner.detectors import lists
from cleaner.detectors.base import runs
from cleaner.detectors.headers import key_may_fit, title_key
from cleaner.model import Page
from cleaner.selection import ends_in_question

# Letters that casefold to more than one character or to ASCII, marks, digits
# of other scripts, connector punctuation: where a key's length strays from its text's.
_ODD = "ßİıŉǰΐﬁﬀKÅſ\u0307\u0301_‿＿²½٣०ǅ -–—.,:;!?'\"«»()[]/\\|*#@&%$€\n\t"
_TEXTS = st.text(alphabet=st.one_of(st.sampled_from(_ODD), st.characters(), st.sampled_from("abcXYZ019 ")),
                 max_size=60)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=40))
def test_key_may_fit_is_true_whenever_the_key_fits(text: str, most: int) -> None:
    if len(title_key(text)) <= most:
        assert key_may_fit(text, most)


def test_key_may_fit_rules_out_a_paragraph() -> None:
    paragraph = "The council met on Tuesday evening and agreed to repair the harbour wall before winter."
    assert not key_may_fit(paragraph, 40)
    assert key_may_fit(paragraph, len(title_key(paragraph)))


# A page whose title names its story, which its own headline repeats under a box of teasers.
_TITLED = "\n".join([
    "Harbour festival returns with fireworks and a lifeboat display - Harbour News", "",
    "Lifeboat crew rescues two kayakers off the point", "New ferry timetable starts in March",
    "Harbour wall repairs finished ahead of winter", "Fish market moves to the north quay", "",
    "Harbour festival returns with fireworks and a lifeboat display", "By Tom Reed", "",
    "The harbour festival returns this weekend after a two-year break, and the organisers expect more than "
    "twenty thousand visitors on the quay.", "",
    "Boats from eleven ports will moor along the old pier, and the lifeboat crew will open its station to the "
    "public for the first time in a decade.",
])


def _own_headlines(text: str) -> list[int]:
    # Asked of the page itself: teaser-list asks it only where an item stands (perf23b), and here none does.
    return lists._own_headlines(Page.of(segment(text)))


def test_own_headline_the_same_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _own_headlines(_TITLED)
    assert gated and max(gated) > 0  # the headline is found
    monkeypatch.setattr(lists, "key_may_fit", lambda text, most: True)
    assert _own_headlines(_TITLED) == gated
    monkeypatch.setattr(lists, "key_may_fit", lambda text, most: False)  # a gate shut to all: noticed
    assert _own_headlines(_TITLED) != gated


_QUESTION_END = regex.compile(r"[?？]\W*$")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("?？!.… \n\t»\"'_-)a9é"), st.characters()), max_size=30))
def test_ends_in_question_is_the_pattern_read_from_the_end(text: str) -> None:
    assert ends_in_question(text) == bool(_QUESTION_END.search(text))


@pytest.mark.parametrize("text", ["Why?", "Warum？ »", "Why? (1)", "Why?\n", "Why?_", "Why? ·", "", "?", "Why.",
                                  "¿Qué?¡"])
def test_ends_in_question_the_same_as_the_pattern(text: str) -> None:
    assert ends_in_question(text) == bool(_QUESTION_END.search(text))


def _runs_one_by_one(flags: list[bool]) -> list[range]:
    """runs as it was written before: each position visited."""
    found, start = [], None
    for position, flag in enumerate(flags):
        if flag and start is None:
            start = position
        elif not flag and start is not None:
            found.append(range(start, position))
            start = None
    if start is not None:
        found.append(range(start, len(flags)))
    return found


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.booleans(), max_size=40))
def test_runs_the_same_as_visiting_each_position(flags: list[bool]) -> None:
    assert list(runs(flags)) == _runs_one_by_one(flags)


def test_rendering_marks_kept_the_same_as_worked_out_again() -> None:
    from cleaner import features

    texts = ["**Share** this", "1. [Read more](http://a.b)", "## Related", "Plain words.", "**Share** this"]
    kept = [features.without_rendering_marks(text) for text in texts]
    assert kept == [features.without_rendering_marks.__wrapped__(text) for text in texts]
