"""Work spared that changes no answer (perf23): each faster form against
the form it replaced, on many inputs."""

from __future__ import annotations

from dataclasses import replace

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import selection
from cleaner.blocks import segment
from cleaner.detectors import lists
from cleaner.detectors.chrome import CONS_HEADING, PROS_HEADING, share_bar
from cleaner.detectors.headers import EMBED_ATTRIBUTION, KEY_POINTS_HEADING, embed_attribution
from cleaner.detectors.patterns import Holds, PageText
from cleaner.fragments import goes_on_under_box
from cleaner.model import Page
from cleaner.settings import Settings

# Dashes (and others that are not the signature's), the handle's "(@", words, brackets, line breaks.
_SIGNATURE_PARTS = ["—", "–", "-", "―", "−", " ", "(@", "(", "@", ")", "jane", "Doe", "_x", "\n", "2019", "日本"]
_SIGNATURE_LINES = st.lists(st.one_of(st.sampled_from(_SIGNATURE_PARTS), st.characters()), max_size=10).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_SIGNATURE_LINES)
@example("— Jane Doe (@janedoe) November 18, 2019")
@example("-(@x)")
def test_embed_attribution_is_the_pattern_s_search(text: str) -> None:
    assert embed_attribution(text) == (EMBED_ATTRIBUTION.search(text) is not None)


def _story_continues_read_whole(a: int, b: int, page: Page) -> bool:
    """_story_continues as it read every pair (before perf23)."""
    between = range(a + 1, b)
    if not all(EMBED_ATTRIBUTION.search(page.blocks[j].text) for j in between):
        return False
    kept = {page.blocks[j].index for j in between}
    return all(
        page.removed.get(i) in selection.STORY_INTERRUPTIONS
        for i in range(page.blocks[a].index + 1, page.blocks[b].index) if i not in kept
    )


_LINES = ["A paragraph of the story.", "— Jane Doe (@janedoe) November 18, 2019", "Share", "Advertisement",
          "The new rates apply to heating oil,", "and to diesel from January."]
# What removed a line that is not kept: a story interruption, chrome, or nothing this pass.
_FATES = st.sampled_from(["kept", "kept", "advertisement", "share-bar", "none"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LINES), _FATES), min_size=2, max_size=12))
def test_story_continues_as_read_whole(lines: list[tuple[str, str]]) -> None:
    blocks = segment("\n".join(text for text, _ in lines))
    kept = [block for block, (_, fate) in zip(blocks, lines) if fate == "kept"]
    removed = {block.index: fate for block, (_, fate) in zip(blocks, lines) if fate not in ("kept", "none")}
    page = Page(kept, Page.of(kept).features, removed=removed)
    for a in range(len(kept)):
        for b in range(a + 1, len(kept)):
            assert selection._story_continues(a, b, page) == _story_continues_read_whole(a, b, page)


def _contents_tables_line_by_line(keys: list[str], positions: dict[str, list[int]], headings: set[int],
                                  page: Page) -> list[int]:
    """table_of_contents' tables as it tried every line (before perf23; with study23's contents heading)."""
    feats, settings = page.features, page.settings
    hits: list[int] = []
    i = 0
    while i < len(keys):
        recurs = bool(keys[i]) and positions[keys[i]][0] == i
        entries = lists._contents_entries(i, keys, positions, feats, settings) if recurs else []
        if len(entries) < settings.contents_min_entries:
            i += 1
            continue
        start = lists._contents_start(i, headings, page)
        if start is not None:
            hits.extend(range(start, i))
        hits.extend(entries)
        i = entries[-1] + 1
    return hits


# Short lines that come back (the entries and their sections' subheadings), sections' sentences, others.
_CONTENTS_LINES = ["Sowing", "Watering", "Harvest", "Pests", "Contents",
                   "Sow them indoors in March, a centimetre deep, in trays of damp compost.", "Share"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CONTENTS_LINES), max_size=24), st.sets(st.integers(0, 23)),
       st.sampled_from([1, 2, 3]))
def test_contents_tables_as_found_line_by_line(texts: list[str], headings: set[int], min_entries: int) -> None:
    blocks = segment("\n".join(texts))
    page = Page(blocks, Page.of(blocks).features, settings=replace(Settings(), contents_min_entries=min_entries))
    feats, settings_ = page.features, page.settings
    keys = [lists._entry_key(b.text) if 0 < f.words <= settings_.contents_entry_max_words else ""
            for b, f in zip(page.blocks, feats)]
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            positions.setdefault(key, []).append(i)
    keys = [key if key and len(positions[key]) == 2 else "" for key in keys]
    assert (lists._contents_tables(keys, positions, headings, page)
            == _contents_tables_line_by_line(keys, positions, headings, page))


# Words of the headings' and share bars' branches, their marks, other scripts.
_HEADING_PARTS = ["pros", "cons", "key", "points", "takeaways", "the", "vorteile", "l'essentiel", "en bref", "share",
                  "tweet", "email", "print", "facebook", " ", ":", "|", "?", "İ", "ı", "优点", "плюсы"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_HEADING_PARTS), st.characters()), max_size=6).map("".join))
def test_a_line_pattern_matches_a_line_as_it_marks_it_on_a_page(text: str) -> None:
    for pattern in (PROS_HEADING, CONS_HEADING, KEY_POINTS_HEADING, *share_bar.patterns):
        assert pattern.matches(text) == (0 in pattern.marked(PageText([text]), [True]))


def test_a_floating_key_s_branches_apart_find_what_their_alternation_finds() -> None:
    """Each key's finder of a gate that holds a literal, on lines of every kind the branches name."""
    from test_factored_branches import LINES, _patterns

    for pattern in _patterns():
        for _, gate in pattern._groups:
            if not isinstance(gate, Holds):
                continue
            for key, positions in gate.finders._positions.items():  # type: ignore[attr-defined]
                if gate.finders._anchored:  # type: ignore[attr-defined]
                    continue
                written = regex.compile("|".join(f"(?:{pattern._all[i]})" for i in positions), regex.I)
                for line in [*LINES, f"A line that holds {key} and more."]:
                    assert bool(gate.finders[key](line)) == (written.search(line) is not None), (key, line)


def _gap_costs_counted_everywhere(page: Page) -> list[float]:
    """selection.gap_costs as it counted before every block (before perf23; with whole23's box in a sentence)."""
    costs, previous = [], -1
    for k, block in enumerate(page.blocks):
        chrome = sum(
            1 for index in range(previous + 1, block.index) if page.removed.get(index) in selection.CHROME_STAGES
        )
        if (chrome and k and block.index - previous - 1 <= page.settings.box_in_sentence_max_lines
                and goes_on_under_box(page.blocks[k - 1].text, block.text)):
            chrome = 0
        costs.append(chrome * page.settings.removed_block_cost if previous >= 0 else 0.0)
        previous = block.index
    return costs


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LINES), _FATES), min_size=1, max_size=12),
       st.sampled_from([0.0, 1.5, float("inf")]))
def test_gap_costs_as_counted_before_every_block(lines: list[tuple[str, str]], cost: float) -> None:
    blocks = segment("\n".join(text for text, _ in lines))
    kept = [block for block, (_, fate) in zip(blocks, lines) if fate == "kept"]
    removed = {block.index: fate for block, (_, fate) in zip(blocks, lines) if fate not in ("kept", "none")}
    page = Page(kept, Page.of(kept).features, removed=removed, settings=replace(Settings(), removed_block_cost=cost))
    assert str(selection.gap_costs(page)) == str(_gap_costs_counted_everywhere(page))  # nan as nan
