"""Work spared that changes no answer (perf23b): each faster form against
the form it replaced, copied here, on many generated pages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.blocks import segment
from cleaner.detectors import lists
from cleaner.detectors.base import runs, table_row
from cleaner.detectors.captions import _repeated_by
from cleaner.detectors.chrome import (_MENU_MARKS, _MENU_SEPARATOR, _split_at_contents, _split_at_verdict, menu_line)
from cleaner.model import Page

# Menus on one line, a table's row, sentences that hold a bar or a dot, short labels.
_LINES = ["News | Sport | Weather | TV guide | Contact us", "Home • World • Business", "| Team | Played | Points |",
          "Rovers | United | City", "The vote was 3 | 2 in the end.", "Prices fell · again.", "Read more",
          "The minister resigned on Friday after weeks of pressure.", "Contents", "A · B · C · D", "Share"]


def _menu_line_before(page: Page) -> Iterator[int]:
    """menu_line as it read each line's marks before whether it is a sentence (before perf23b)."""
    settings = page.settings
    for i, block in enumerate(page.blocks):
        if not any(map(block.text.__contains__, _MENU_MARKS)) or table_row(block.text):
            continue
        items = _MENU_SEPARATOR.split(block.text)
        if (len(items) >= settings.menu_min_run and not page.features[i].terminal
                and all(0 < len(item.split()) <= settings.menu_item_max_words for item in items)):
            yield i


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_LINES), st.text(min_size=1, max_size=30)), min_size=1, max_size=10))
def test_menu_line_as_read_before(lines: list[str]) -> None:
    page = Page.of(segment("\n".join(lines)))
    assert [i for i, _ in menu_line.find(page)] == list(_menu_line_before(page))


def _split_at_contents_line_by_line(label_runs: Iterable[range], page: Page) -> Iterator[range]:
    """_split_at_contents as it read every run line by line (before perf23b)."""
    blocks, removed = page.blocks, page.removed
    for run in label_runs:
        start = run.start
        for position in range(run.start + 1, run.stop):
            if any(removed.get(index) == "table-of-contents"
                   for index in range(blocks[position - 1].index + 1, blocks[position].index)):
                yield range(start, position)
                start = position
        yield range(start, run.stop)


# What became of a line: kept, or removed by table-of-contents or by another stage.
_FATES = st.sampled_from(["kept", "kept", "kept", "table-of-contents", "share-bar"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.booleans(), _FATES), min_size=1, max_size=14))
def test_split_at_contents_as_read_line_by_line(lines: list[tuple[bool, str]]) -> None:
    blocks = segment("\n".join(f"Label {n}" for n in range(len(lines))))
    kept = [block for block, (_, fate) in zip(blocks, lines) if fate == "kept"]
    removed = {block.index: fate for block, (_, fate) in zip(blocks, lines) if fate != "kept"}
    page = Page(kept, Page.of(kept).features, removed=removed)
    is_label = [label for label, fate in lines if fate == "kept"]
    assert list(_split_at_contents(runs(is_label), page)) == list(_split_at_contents_line_by_line(runs(is_label), page))


def _repeated_prefixes_of_every_line(texts: list[str], min_chars: int) -> list[int]:
    """photo-caption's blocks that the next block repeats, read for every line (before perf23b)."""
    found = []
    for i in range(len(texts) - 1):
        head = texts[i].rstrip(" (")
        if len(head) >= min_chars and texts[i + 1].startswith(head):
            found.append(i)
    return found


# Captions, their cut-off copies, lines of brackets and spaces, empty ones.
_CAPTION_LINES = ["Rescuers carry a child", "Rescuers carry a child through the street", "Rescuers", " (", "(", "",
                  "Photo: Example Agency", "Photo: Example Agency (", "R"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_CAPTION_LINES), st.text(max_size=8)), min_size=1, max_size=10),
       st.sets(st.integers(0, 9)), st.integers(0, 12))
def test_repeated_captions_as_read_for_every_line(texts: list[str], hits: set[int], min_chars: int) -> None:
    hits = {i for i in hits if i < len(texts)}
    before = hits | {i for i in _repeated_prefixes_of_every_line(texts, min_chars) if i + 1 in hits}
    assert hits | set(_repeated_by(hits, texts, min_chars)) == before


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES + _CAPTION_LINES[:3]), min_size=1, max_size=10), st.integers(-1, 12))
def test_teaser_list_without_items_reads_no_headline(lines: list[str], own: int) -> None:
    """teaser-list asks the story's own headline only where an item stands: with none, wherever the
    headline stood (or none), nothing is removed, as before perf23b, when it was asked on every page."""
    page = Page.of(segment("\n".join(lines)))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(lists, "_item_starts", lambda *_: iter(()))
        patched.setattr(lists, "_own_headlines", lambda _: [min(own, len(page.blocks) - 1)])
        assert list(lists.teaser_list.find(page)) == []


_VERDICT_LINES = ["Pros", "Cons", "light", "cheap", "slow", "loud", "Home", "The tent sleeps two people well."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_VERDICT_LINES), min_size=1, max_size=12), st.lists(st.booleans(), max_size=12))
def test_split_at_verdict_cuts_runs_only_at_a_pros_heading(lines: list[str], labels: list[bool]) -> None:
    """Its runs cut, nothing lost or moved, each part opening a run or at a pros heading; with none
    (perf23b's gate: the runs not read one by one), the runs whole."""
    page = Page.of(segment("\n".join(lines)))
    pros = {i for i, line in enumerate(lines) if line == "Pros"}
    cons = {i for i, line in enumerate(lines) if line == "Cons"}
    is_label = [*labels, *[True] * len(lines)][:len(lines)]
    whole = list(runs(is_label))
    parts = list(_split_at_verdict(runs(is_label), pros, cons, page))
    assert [i for part in parts for i in part] == [i for run in whole for i in run]
    assert all(part and (part.start in pros or part.start in {run.start for run in whole}) for part in parts)
    if not pros:
        assert parts == whole
