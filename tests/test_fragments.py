"""A paragraph split over lines (one span a line, as where links began) is
judged as one paragraph; menus and labels are not mistaken for one."""

from __future__ import annotations

from random import Random

from cleaner.blocks import segment
from cleaner.fragments import (
    _SENTENCE_END,
    _SENTENCE_END_TAIL,
    _STOPS_MID_SENTENCE,
    _ends_with,
    continuations,
    joined,
)
from cleaner.language import stopwords_for
from cleaner.model import Page


def page_of(text: str, language: str = "en") -> Page:
    return Page.of(segment(text), stopwords_for(language), language)


def test_pieces_of_a_sentence_split_at_links_join():
    page = page_of("A petition started by\nAnna Berg\n, a retired teacher, has gathered two thousand names.\n"
                   "The council will meet in\nMay\nat the town hall.")
    assert continuations(page) == [False, True, True, False, True, True]
    whole, groups = joined(page)
    assert whole.texts() == [
        "A petition started by Anna Berg , a retired teacher, has gathered two thousand names.",
        "The council will meet in May at the town hall.",
    ]
    assert list(map(list, groups)) == [[0, 1, 2], [3, 4, 5]]


def test_a_paragraph_wrapped_at_a_fixed_width_joins():
    page = page_of("Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, dass man\n"
                   "alte Brücken über den Fluss im kommenden Jahr erneuern muss\n"
                   "und dass der Bau im Frühjahr beginnt.\nImpressum", "de")
    assert continuations(page) == [False, True, True, False]


def test_a_menu_in_lower_case_does_not_join_it_never_ends_like_a_sentence():
    page = page_of("home\npolitics\nbusiness\nsport\nThe council met on Tuesday and agreed the budget.")
    assert not any(continuations(page))


def test_a_lower_case_line_after_a_menu_item_does_not_join_the_menu():
    page = page_of("Buy this issue\nWrite a letter\nmagazine: Why did you write the book, and why now?")
    assert not any(continuations(page))


def test_a_finished_line_is_never_continued():
    page = page_of("The vote passed.\nand the crowd cheered in the square.")
    assert not any(continuations(page))


def test_joined_blocks_keep_removed_blocks_between_them_in_place():
    page = page_of("Share\nThe council will meet in\nMay\nat the town hall.\nMenu")
    page.blocks = [page.blocks[i] for i in (1, 2, 3)]
    page.features = [page.features[i] for i in (1, 2, 3)]
    page.hits = [frozenset()] * 3
    page.removed = {0: "share-bar", 4: "nav-menu"}
    whole, groups = joined(page)
    assert [b.index for b in whole.blocks] == [1]
    assert whole.removed == {0: "share-bar", 2: "nav-menu"}
    assert list(map(list, groups)) == [[0, 1, 2]]


def test_line_ends_are_searched_from_where_they_can_begin():
    """A line's end (a comma, a sentence's mark before quotes) is searched
    for from near the line's end only: the same answer as the search of the
    whole line, "\\n" before the end included."""
    random = Random(15)
    alphabet = list("a ,、(.!?…\"'”»)]\n")
    for _ in range(20000):
        text = "".join(random.choices(alphabet, k=random.randint(0, 10)))
        assert _ends_with(_STOPS_MID_SENTENCE, text) == bool(_STOPS_MID_SENTENCE.search(text)), text
        assert (_ends_with(_SENTENCE_END, text, _SENTENCE_END_TAIL) == bool(_SENTENCE_END.search(text))), text
