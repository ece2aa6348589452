"""A paragraph split over lines (one span a line, as where links began) is
judged as one paragraph; menus and labels are not mistaken for one."""

from __future__ import annotations

from bisect import bisect_right
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
    assert list(whole.texts()) == [
        "A petition started by Anna Berg , a retired teacher, has gathered two thousand names.",
        "The council will meet in May at the town hall.",
    ]
    assert list(map(list, groups)) == [[0, 1, 2], [3, 4, 5]]


def test_a_line_opened_by_a_colon_goes_on_from_the_label_above_it():
    # One string a line (BeautifulSoup's get_text("\\n")): a bold label, then the rest of its paragraph
    page = page_of("Second\n: The ferry will run twice a day until the repairs are done.\n"
                   "Third\n: Fares stay as they were.")
    assert continuations(page) == [False, True, False, True]



def test_a_full_stop_and_the_next_sentence_go_on_from_the_emphasis_above_them():
    # One string a line: a paragraph's sentence ends in a book's title set in italics, and the full stop
    # after it opens the next line with the next sentence. A list of ". Item" bullets joins nothing.
    page = page_of("Her new book is neither poetry nor a travel diary, and it takes time to read\n"
                   "The Harbour Notebooks\n. It is written in four languages and ends on the island.\n"
                   "Contents\n. Ferries\n. Storms\n. Tides")
    assert continuations(page) == [False, True, True, False, False, False, False]

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
    starts_with_punctuation = regex.compile(r"^([,;:)\]}%、，]|[.…](?!\s*[\p{Lu}\d]))")
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


def test_chains_found_in_c_are_the_lines_each_after_an_unfinished_adjacent_line():
    """continuations reads only the places where a chain goes on (a line
    right after an unfinished one), and joined renumbers a page's groups by
    counts: on random pages with removed blocks between, the same as a
    line-by-line reading of each chain and a group-by-group join."""
    from cleaner.fragments import _chain_continuations
    from cleaner.model import measure_all

    random = Random(12)
    lines = ["The council will meet in", "May", "at the town hall.", ", a retired teacher, said.", "home",
             "politics", "and the crowd cheered.", "Share", "The vote passed.", "written by", "Anna Berg"]
    for _ in range(300):
        whole_page = page_of("\n".join(random.choice(lines) for _ in range(random.randint(1, 30))))
        kept = sorted(random.sample(range(len(whole_page.blocks)), random.randint(1, len(whole_page.blocks))))
        page = Page([whole_page.blocks[i] for i in kept], [whole_page.features[i] for i in kept],
                    whole_page.stopwords, "en",
                    {i: "share-bar" for i in range(len(whole_page.blocks)) if i not in kept},
                    [frozenset({i}) for i in kept])
        blocks, feats, settings = page.blocks, page.features, page.settings
        expected = [False] * len(blocks)
        start = 0
        for i in range(1, len(blocks) + 1):
            if i == len(blocks) or blocks[i].index != blocks[i - 1].index + 1 or feats[i - 1].terminal:
                expected[start:i] = _chain_continuations(
                    tuple(b.text for b in blocks[start:i]), tuple(feats[start:i]), settings.fragment_link_max_words,
                    True, settings.list_item_stopword_density)
                start = i
        assert continuations(page) == expected
        whole, groups = joined(page)
        texts = [" ".join(blocks[i].text for i in group) for group in groups]
        assert list(whole.texts()) == texts
        assert whole.features == measure_all(texts, page.stopwords, settings)
        assert list(whole.hits) == [frozenset().union(*(page.hits[i] for i in group)) for group in groups]
        # Each group's number: its first block's, less the lines joined before it.
        assert [b.index for b in whole.blocks] == [blocks[group[0]].index - sum(expected[:group[0]])
                                                   for group in groups]
        assert [(b.line_no, b.blank_before) for b in whole.blocks] == [
            (blocks[group[0]].line_no, blocks[group[0]].blank_before) for group in groups]
        assert sorted(whole.removed) == [i - sum(expected[:bisect_right([b.index for b in blocks], i)])
                                         for i in sorted(page.removed)]


# Random lines of a table's and a list's marks (empty lines, marks run together, at a line's end, split by a line feed).
_MARKS_ALPHABET = list(" |-*+.\n7a") + [" | ", "12. ", "- "]
_ITEM_AT_START = regex.compile(r"\n(?:[-*+]|\d+\.) ")


def _marked_lines(random: Random, count: int) -> list[str]:
    return ["".join(random.choices(_MARKS_ALPHABET, k=random.randint(0, 6))) for _ in range(count)]


def _kept_whole_line_by_line(texts: list[str]) -> set[int]:
    """The lines a renderer left whole, each line read alone: a table's " | ", an item's mark at its start or
    after a line feed in it."""
    return {i for i, text in enumerate(texts) if " | " in text or _ITEM_AT_START.search("\n" + text)}


def test_lines_kept_whole_found_by_one_scan_are_those_each_line_holds():
    """The lines a renderer left whole are found by one scan of a page's
    lines joined, each place mapped to its line: the same lines as reading
    each line alone for a table's " | " or an item's mark at its start or
    after a line feed in it, on random lines of those characters (empty
    lines, marks run together, a mark at a line's end or split by a line feed)."""
    from cleaner.fragments import lines_kept_whole

    random = Random(21)
    for _ in range(5000):
        texts = _marked_lines(random, random.randint(0, 6))
        assert lines_kept_whole(texts) == _kept_whole_line_by_line(texts), texts


def test_lines_kept_whole_scanned_part_by_part_are_those_each_line_holds(monkeypatch):
    """A page of more than LINES_AT_ONCE lines is scanned a part at a time
    (not held again whole): the same lines as reading each line alone, with
    parts of a few lines on pages of many, marks split by a line feed too."""
    from cleaner import fragments

    monkeypatch.setattr(fragments, "LINES_AT_ONCE", 3)
    random = Random(23)
    for _ in range(2000):
        texts = _marked_lines(random, random.randint(0, 20))
        assert fragments._scanned_kept_whole(texts) == _kept_whole_line_by_line(texts), texts


def test_lines_kept_whole_kept_by_line_answer_as_the_scan_does(monkeypatch):
    """Each line's answer is kept for the pages after (a pass's rebuilt pages
    read the same lines): the same positions as a scan of each page, on pages
    that share lines with the pages before, while the kept answers fill and
    are emptied (a small bound), and on a page of more lines than it holds."""
    from cleaner import fragments

    monkeypatch.setattr(fragments, "LINE_CACHE_SIZE", 40)
    monkeypatch.setattr(fragments, "_kept_whole", {})
    random = Random(22)
    lines = _marked_lines(random, 120)
    for _ in range(3000):
        texts = random.choices(lines, k=random.randint(0, 60))
        assert fragments.lines_kept_whole(texts) == fragments._scanned_kept_whole(texts), texts
        assert len(fragments._kept_whole) <= 40


def test_selection_as_a_first_pass_reuses_the_joined_page_with_no_earlier_pass_known():
    """The settling pass asks selection as a first pass would over the same
    page: the joined page reused, forgetting only what earlier passes
    removed, answers as a copy of the page without them, joined again."""
    from dataclasses import replace

    from cleaner import selection

    random = Random(7)
    lines = ["Breaking News", "Home", "The council will meet in", "May", "at the town hall.",
             "The vote passed after a long debate in the chamber on Tuesday evening.", "Share this", "Anna Berg",
             "Councillors said the plan would cut costs, and residents welcomed the decision warmly.", "Related"]
    asked = 0
    for _ in range(200):
        page = page_of("\n".join(random.choice(lines) for _ in range(random.randint(1, 25))))
        page.removed_earlier = frozenset(random.sample(["duplicate-headline", "share-bar", "byline-dateline",
                                                        "main-content"], random.randint(1, 3)))
        as_first = selection.select(replace(page, removed_earlier=frozenset()))
        asked += bool(as_first) != bool(selection.select(page))
        assert selection.select_as_first_pass(page) == as_first
    assert asked  # pages where knowing the earlier passes changes selection's answer
