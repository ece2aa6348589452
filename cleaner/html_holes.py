"""Holes in the extraction, filled from the page.

The extractor, or the second opinion that replaced its pick (readability,
jusText), sometimes keeps a story's paragraphs but leaves out what stands
between them: a list of points, a subheading, a paragraph after an embed.
Read in the page's lines (after the markup rules removed the furniture they
name), such a hole lies between two lines the extraction kept. Its lines are
put back where the page has them, in page order, and the text detectors
judge them as they judge every extracted line. Never a line outside the
extracted span, nor one the markup rules removed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

from lxml.html import HtmlElement
from trafilatura.xpaths import OVERALL_DISCARD_XPATH

from .detectors.headers import LEAD_SENTENCE_ENDS
from .html_lead import MATCH_CHARS, linked_page_lines, match_key
from .settings import DEFAULT_SETTINGS, Settings


def fill_holes(
    linked_lines: list[tuple[str, float]], extracted: str, settings: Settings = DEFAULT_SETTINGS,
    discarded: Collection[str] = (),
) -> tuple[list[str], str]:
    """The lines of ``linked_lines`` (the page's, each with the share of it
    inside links) that lie between two consecutive lines of ``extracted``
    that are the page's, at most ``html_hole_max_lines`` of them, each of at
    least ``html_hole_min_chars`` characters and at most
    ``html_hole_max_link_share`` inside links (a teaser, a menu), none of
    ``discarded`` (discarded_lines); and ``extracted`` with them put
    back where the page has them."""
    lines = [line for line, _ in linked_lines]
    positions: dict[str, list[int]] = {}
    for index, page_line in enumerate(lines):
        positions.setdefault(page_line[:MATCH_CHARS], []).append(index)
    extracted_lines = extracted.splitlines()
    put_back: list[str] = []
    filled: list[str] = []
    previous: int | None = None  # the page line of the last extracted line found
    for line in extracted_lines:
        found = _next_position(positions.get(match_key(line), []), previous)
        if found is not None:
            if previous is not None and 0 < found - previous - 1 <= settings.html_hole_max_lines:
                hole = [page_line for page_line, link_share in linked_lines[previous + 1:found]
                        if len(page_line) >= settings.html_hole_min_chars
                        and link_share <= settings.html_hole_max_link_share
                        and page_line.endswith(LEAD_SENTENCE_ENDS) and page_line not in discarded]
                put_back += hole
                filled += hole
            previous = found
        filled.append(line)
    return put_back, "\n".join(filled) if put_back else extracted


def _next_position(indices: list[int], previous: int | None) -> int | None:
    """The first of ``indices`` (ascending) after ``previous``."""
    at = 0 if previous is None else bisect_right(indices, previous)
    return indices[at] if at < len(indices) else None


def extractor_discarded_boxes(tree: HtmlElement) -> list[list[str]]:
    """The lines of each element of ``tree`` that the extractor discards by its class or id names before
    it reads the body (an embed's frame, a consent box, a share bar; the outermost of nested ones)."""
    found = dict.fromkeys(element for expression in OVERALL_DISCARD_XPATH for element in expression(tree))
    outermost = [element for element in found if not any(ancestor in found for ancestor in element.iterancestors())]
    return [[line for line, _ in linked_page_lines(element)] for element in outermost]


def discarded_lines(boxes: list[list[str]], extracted: str) -> set[str]:
    """The lines of the ``boxes`` (extractor_discarded_boxes) of which ``extracted`` holds no line: the
    extractor left them out as furniture, not by mistake, so they are no hole's ("Loading this post, you
    accept the privacy policy of X." from the frame of a post the page embeds). A box it took lines
    from it kept (it discards nothing when that would leave too little: "expandable-container" round
    a whole story)."""
    kept = {match_key(line) for line in extracted.splitlines()}
    return {line for box in boxes if not any(line[:MATCH_CHARS] in kept for line in box) for line in box}
