"""The story's lead (standfirst), put back before the extracted body.

Between a story's headline and its first paragraph, pages print a sentence
or two that sum the story up, often in a container of their own (the
article's header, an "intro" box) among the byline, the date and the photo:
the extractor takes the body's container and leaves the lead out. Read in
the page's lines, the lead is the prose between the line that is the
headline and the body's first line, a few lines apart: lines of a
paragraph's length ending like a sentence or running on for ten words or more, not a byline, a date or a menu.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.etree import iterwalk
from lxml.html import HtmlElement

from .blocks import normalise_line
from .detectors.headers import LEAD_SENTENCE_ENDS, title_key
from .html_markup import HIDDEN_RAW_TEXT_TAGS
from .settings import DEFAULT_SETTINGS, Settings

# Elements that do not break a line: text inside them runs on with the text around.
_INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
    "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr",
})
# Elements whose text a reader never sees as the page's.
_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "select", "button",
                          *HIDDEN_RAW_TEXT_TAGS})
# Extracted lines compared with the page's lines on this many characters: an
# extractor may end a line differently (a trailing link, a line break).
MATCH_CHARS = 60
# Extracted lines tried as the body's first line, when the first is not a line of the page.
_FIRST_LINES_TRIED = 3


def page_lines(tree: HtmlElement) -> list[str]:
    """The page's visible text, one line per block element, in document order."""
    return [line for line, _ in linked_page_lines(tree)]


def linked_page_lines(tree: HtmlElement) -> list[tuple[str, float]]:
    """Each of ``page_lines`` with the share of its characters inside links
    (``<a>`` elements with an href)."""
    lines: list[tuple[str, float]] = []
    pieces: list[str] = []
    linked = 0  # characters of ``pieces`` inside links
    links_open = 0

    def add(text: str | None) -> None:
        nonlocal linked
        if text:
            pieces.append(text)
            if links_open:
                linked += len(text.strip())

    def end_line() -> None:
        nonlocal linked
        raw = "".join(pieces)
        line = normalise_line(raw)
        pieces.clear()
        if line:
            lines.append((line, min(linked / max(len(raw.strip()), 1), 1.0)))
        linked = 0

    walker = iterwalk(tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            if event == "end":
                add(element.tail)
            continue
        link = tag == "a" and element.get("href") is not None
        if event == "start":
            if tag in _UNSEEN_TAGS:
                walker.skip_subtree()
                continue
            if tag not in _INLINE_TAGS:
                end_line()
            links_open += link
            add(element.text)
        else:
            links_open -= link
            if tag not in _INLINE_TAGS and tag not in _UNSEEN_TAGS:
                end_line()
            add(element.tail)
    end_line()
    return lines


def match_key(line: str) -> str:
    """What of an extracted ``line`` is compared with the page's lines (their first MATCH_CHARS characters)."""
    return normalise_line(line).removeprefix("- ")[:MATCH_CHARS]  # the extractor marks list items with "- "


def put_back_lead(
    lines: list[str], extracted: str, headlines: set[str], furniture: Sequence[str] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[list[str], str]:
    """The story's lead among ``lines`` (the page's), and ``extracted`` with
    it put back just before the body's first line, where the page has it.

    The lead: the lines not in ``extracted`` that are prose
    (``html_lead_min_chars``, ending like a sentence or of ``html_lead_unended_min_words``), after the headline (a
    line whose title key is in ``headlines``) and before the body's first
    extracted line, at most ``html_lead_max_lines`` lines before it; none
    inside ``furniture`` (the text of elements the markup rules removed)."""
    extracted_lines = extracted.splitlines()
    normalised = [normalise_line(line) for line in extracted_lines]
    body = [(number, line) for number, line in enumerate(normalised) if line and title_key(line) not in headlines]
    positions: dict[str, int] = {}
    for index, line in enumerate(lines):
        positions.setdefault(line[:MATCH_CHARS], index)
    # The body's first line: the first of the first extracted lines that the
    # page has under its headline (a kicker the extractor kept stands above it).
    found = next(((number, start, headline) for number, start in
                  ((number, positions[match_key(line)]) for number, line in body[:_FIRST_LINES_TRIED]
                   if match_key(line) in positions)
                  if (headline := _headline_above(lines, start, headlines, settings)) is not None), None)
    if found is None:
        return [], extracted
    body_line, start, headline = found
    known = {line.removeprefix("- ") for line in normalised}
    lead = [
        line for line in lines[headline + 1:start]
        if len(line) >= settings.html_lead_min_chars
        and (line.endswith(LEAD_SENTENCE_ENDS) or len(line.split()) >= settings.html_lead_unended_min_words)
        and line not in known
        and not any(line in text for text in furniture)
    ]
    if not lead:
        return [], extracted
    return lead, "\n".join([*extracted_lines[:body_line], *lead, *extracted_lines[body_line:]])


def _headline_above(lines: list[str], start: int, headlines: set[str], settings: Settings) -> int | None:
    """The line of the headline at most ``html_lead_max_lines`` lines above ``start``."""
    first = max(start - settings.html_lead_max_lines - 1, 0)
    return next((i for i in range(start - 1, first - 1, -1) if title_key(lines[i]) in headlines), None)


def without_lead(text: str, lead: Sequence[str]) -> str:
    """``text`` without the lines that are ``lead``'s: what the readings of a
    page are compared on (html_choice), the lead being the extraction's
    addition that the other reading may or may not hold."""
    if not lead:
        return text
    lines = set(lead)
    # Each line with its own line break: the rest of the text keeps its ends
    # (a rendered reading ends with one), so equal readings stay equal.
    return "".join(line for line in text.splitlines(keepends=True) if normalise_line(line) not in lines)
