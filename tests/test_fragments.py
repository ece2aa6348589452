"""A paragraph split over lines (one span a line, as where links began) is
judged as one paragraph; menus and labels are not mistaken for one."""

from __future__ import annotations

from random import Random

import regex

from cleaner.blocks import segment
from cleaner.fragments import _OPEN_WORD_SET, _line_shape, continuations, joined
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


def test_line_shapes_read_by_string_methods_are_what_the_patterns_say():
    """A line's shape is read with string methods and the start patterns
    run only where their first character could match: the same answers as
    the patterns that define them, on every line ("\\n" before the end too)."""
    starts_with_punctuation = regex.compile(r"^([,;)\]}%、，]|[.:…](?!\s*[\p{Lu}\d]))")
    starts_in_lower_case = regex.compile(r"^\p{Ll}(?!\p{Ll}*\p{Lu})")
    stops_mid_sentence = regex.compile(r"[,、，(]$")
    sentence_end = regex.compile(r"[.!?…。！？][\"'”’»)\]]*$")
    random = Random(15)
    alphabet = list("a Z,、(.:!?…\"'”»)]}%\nßÉé7") + ["the", " of"]
    for _ in range(20000):
        text = "".join(random.choices(alphabet, k=random.randint(0, 8)))
        punctuation = bool(starts_with_punctuation.match(text))
        assert _line_shape.__wrapped__(text) == (
            punctuation, punctuation or bool(starts_in_lower_case.match(text)),
            bool(stops_mid_sentence.search(text)) or any(w in _OPEN_WORD_SET for w in text.split()[-1:]),
            bool(sentence_end.search(text))), text


def test_joined_blocks_of_a_page_not_numbered_from_nought_are_renumbered_alike():
    """A pass's pages number their blocks and removed blocks 0, 1, 2... and
    a joined block reuses their ints; a page numbered otherwise is
    renumbered by the same count."""
    page = page_of("Share\nThe council will meet in\nMay\nat the town hall.\nMenu\nThe vote passed.")
    page.blocks = [page.blocks[i] for i in (1, 2, 3, 5)]
    page.features = [page.features[i] for i in (1, 2, 3, 5)]
    page.hits = [frozenset()] * 4
    whole, groups = joined(page)
    assert [b.index for b in whole.blocks] == [1, 3]
    assert list(map(list, groups)) == [[0, 1, 2], [3]]
