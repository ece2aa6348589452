"""Work spared that changes no answer (perf23): each faster form against
the form it replaced, on many inputs."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import selection
from cleaner.blocks import segment
from cleaner.detectors.headers import EMBED_ATTRIBUTION, embed_attribution
from cleaner.model import Page

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


_LINES = ["A paragraph of the story.", "— Jane Doe (@janedoe) November 18, 2019", "Share", "Advertisement"]
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
