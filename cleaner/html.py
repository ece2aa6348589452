"""HTML input: decode, remove outlet selectors and markup boilerplate, extract
the article text with trafilatura.

Imported only when a page is HTML: trafilatura takes a while to import.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import html_text
import trafilatura
from lxml import etree
from lxml.etree import SubElement
from lxml.html import Element, HtmlElement
from trafilatura.metadata import extract_metadata

from . import html_alone, html_holes, html_lead, html_markup
from .blocks import normalise_line
from .detectors import Mode, ids_not_in
from .detectors.headers import title_key
from .html_parse import load_html, readable_markup
from .model import Metadata
from .selection import SELECTION_ID
from .settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from .outlets import Rule


# trafilatura logs each page it finds no article in; unconfigured, Python
# would print those to stderr. Our caller decides what to report.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

# Text stages not run on extracted text: main-content, since trafilatura has
# already chosen the article's region, and the detectors that do not declare
# the HTML mode (each says why where it is declared).
SKIPPED_TEXT_STAGES = frozenset({SELECTION_ID}) | ids_not_in(Mode.HTML)


@dataclass
class Extraction:
    """The extracted article text, what was removed on the way, and the metadata."""

    text: str = ""
    removed: list[tuple[str, str]] = field(default_factory=list)
    """(id of what removed it, text) of each removed element or line."""
    metadata: Metadata = field(default_factory=Metadata)
    markup: str = ""
    """The page after the outlet's selectors, before the markup rules: what
    ``render`` reads."""
    layout_tables: int = 0
    """Tables that lay out the page (html_markup.flatten_layout_tables)."""
    lead: list[str] = field(default_factory=list)
    """Lines of the story's lead put back before the extracted text (html_lead)."""
    holes: list[str] = field(default_factory=list)
    """Lines of the page put back between two extracted lines (html_holes)."""
    alone: bool = False
    """The page shows the article and nothing else (html_alone): it is read
    as an article given alone, not as a web page."""


def remove_selectors(html: str, selectors: Sequence[Rule]) -> tuple[str, list[tuple[str, str]]]:
    """Drop every element matching a selector rule; BeautifulSoup (lxml
    parser) runs only when there are selectors."""
    if not selectors:
        return html, []
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    removed = []
    for rule in selectors:
        for element in soup.select(rule.css):
            text = normalise_line(element.get_text(" "))
            if text:
                removed.append((rule.id, text))
            element.decompose()
    return str(soup), removed


def parse(html: str) -> HtmlElement | None:
    """The lxml tree of ``html``; a bare fragment ("<p>...</p>") is read as a
    page body. None when there is no markup at all."""
    if not html.strip():
        return None
    tree = load_html(html)
    return tree if tree is not None else load_html(f"<html><body>{html}</body></html>")


def extract(
    html: str, *, url: str | None = None, selectors: Sequence[Rule] = (), with_metadata: bool = True,
    settings: Settings = DEFAULT_SETTINGS,
) -> Extraction:
    """The article text of ``html`` (one line per paragraph) with its metadata.

    The page is parsed once; outlet selectors and markup boilerplate go
    before trafilatura extracts, the headline after it.
    """
    # Its parser reads no internal subset either, nor half a character.
    html, removed = remove_selectors(readable_markup(html), selectors)
    tree = parse(html)
    result = Extraction(removed=removed, metadata=Metadata(url=url), markup=html)
    if tree is None:
        return result
    drop_downs = html_markup.remove_drop_downs(tree)
    if with_metadata:
        result.metadata = page_metadata(tree, url)
    headlines = html_markup.headline_keys(tree)
    kicker = html_markup.kicker_key(tree, settings)
    linked_lines = html_lead.linked_page_lines(tree)  # before the markup rules: an article's header holds its lead
    lines = [line for line, _ in linked_lines]
    furnished = html_alone.has_furniture(tree)
    markup_removed = (html_markup.remove_boilerplate(tree, settings) + html_markup.remove_link_blocks(tree, settings)
                      + html_markup.remove_picture_captions(tree, settings))
    result.layout_tables = html_markup.flatten_layout_tables(tree, settings)
    html_markup.merge_split_body(tree, settings)
    if html_markup.name_story_body(tree, settings) is None:
        html_markup.name_entries_body(tree, settings)
    pruned_lines = html_lead.linked_page_lines(tree)  # the extractor's input: holes are filled from it
    text = _extract_text(tree, url)
    if len(text) < settings.html_short_text_chars:
        unpruned_tree = parse(html)
        assert unpruned_tree is not None, "parsed once already"
        html_markup.remove_drop_downs(unpruned_tree)  # those removed above
        unpruned = _extract_text(unpruned_tree, url)
        if len(unpruned) >= settings.html_fallback_min_gain * max(len(text), 1):
            text, markup_removed, pruned_lines = unpruned, [], linked_lines
    result.holes, filled = html_holes.fill_holes(pruned_lines, text, settings)
    if result.holes:  # the boxes the extractor discards are looked for only then: that takes a while
        discarded = html_holes.discarded_lines(html_holes.extractor_discarded_boxes(tree), text)
        if discarded.intersection(result.holes):
            result.holes, filled = html_holes.fill_holes(pruned_lines, text, settings, discarded)
    text = filled
    result.removed.extend(drop_downs + markup_removed)
    # A lead the markup rules removed as furniture (a caption, a teaser) stays
    # out; one in the page's header is the article's header's.
    furniture = [removed_text for remover, removed_text in markup_removed if remover != html_markup.PAGE_HEADER_ID]
    result.lead, text = html_lead.put_back_lead(lines, text, headlines, furniture, settings)
    result.alone = not furnished and html_alone.article_alone(lines, text, headlines)
    if result.alone:  # its own lines, each as often as shown: the extractor drops a repeated one (a chorus)
        text, result.lead, result.holes = "\n".join(lines), [], []
    kept = []
    text_lines = text.splitlines()
    headline_at = [i for i, line in enumerate(text_lines) if title_key(line) in headlines]
    for i, line in enumerate(text_lines):
        if i in headline_at:
            result.removed.append((html_markup.HEADLINE_ID, normalise_line(line)))
        elif kicker and title_key(line) == kicker and any(abs(i - at) == 1 for at in headline_at):
            # The extractor keeps the label right above the headline, over the headline or under it.
            result.removed.append((html_markup.KICKER_ID, normalise_line(line)))
        else:
            kept.append(line)
    result.text = "\n".join(kept)
    return result


def page_metadata(tree: HtmlElement, url: str | None) -> Metadata:
    """Title, author, date and site name of the page ``tree``, as trafilatura finds them."""
    if tree.tag != "html":
        # A fragment's top element is searched as a page's body: htmldate drops the elements a date is
        # never in (svg, math, video...) from a copy of the tree, and lxml cannot drop the root, so a
        # fragment under one of them ("<svg><p>...") failed the page with an AssertionError.
        page = Element("html")
        SubElement(page, "body").append(deepcopy(tree))
        tree = page
    # Non-extensive date search: the extensive one costs more for rare gains.
    document = extract_metadata(tree, url, extensive=False)
    return Metadata(title=document.title, author=document.author, date=document.date,
                    sitename=document.sitename, url=document.url or url)


def render(html: str) -> str:
    """The whole page as text, as html-text renders it (menus, footers and
    all): the other reading of the page (see html_choice)."""
    tree = parse(html)
    if tree is None:
        return ""
    html_markup.clear_hidden_raw_text(tree)  # html-text keeps an iframe's or a text box's text
    return html_text.extract_text(tree)


def _extract_text(tree: HtmlElement, url: str | None) -> str:
    # fast=False: trafilatura's second opinions (its readability port, then
    # jusText) replace its own pick when that looks short or unclean. On the
    # choosing folds of the three dev sets: F1 +0.017 on gn-dev, +0.009 on
    # traf-dev, -0.006 on aeb-dev, for about a third more time.
    # A noembed's or noframes' text (markup, tags and all) inside a paragraph was extracted as the
    # paragraph's. Cleared in ``tree`` itself: extract reads nothing of it after this.
    html_markup.clear_hidden_raw_text(tree)
    stand_ins = _stand_in_format_characters(tree)
    text = trafilatura.extract(tree, url=url, include_comments=False, include_tables=True, fast=False) or ""
    for character, stand_in in stand_ins.items():
        text = text.replace(stand_in, character)
    return text


# trafilatura drops every character str.isprintable() refuses, format
# characters too: the zero-width non-joiner and joiner that spell Persian,
# Kurdish and Indic words (می‌گوید came out میگوید, a word misspelt) and join
# emoji, and the direction marks of right-to-left text. Each is held in the
# tree as a printable stand-in no text of the page holds (Tai Xuan Jing
# symbols, which no page's prose uses), and put back in the extracted text.
FORMAT_CHARACTERS_KEPT = "\u200c\u200d\u200e\u200f"
_FORMAT_STAND_INS = "\U0001d340\U0001d341\U0001d342\U0001d343"


def _stand_in_format_characters(tree: HtmlElement) -> dict[str, str]:
    """Replace, in the texts of ``tree``, each of FORMAT_CHARACTERS_KEPT by
    its stand-in; the stand-in of each character replaced. None is replaced
    in a page whose text holds a stand-in already."""
    holders = _TEXTS_HOLDING_FORMAT_CHARACTERS(tree)
    if not holders or _TEXTS_HOLDING_STAND_INS(tree):
        return {}
    stand_ins = {c: s for c, s in zip(FORMAT_CHARACTERS_KEPT, _FORMAT_STAND_INS) if any(c in t for t in holders)}
    for text in holders:
        value = str(text)
        for character, stand_in in stand_ins.items():
            value = value.replace(character, stand_in)
        if text.is_tail:
            text.getparent().tail = value
        else:
            text.getparent().text = value
    return stand_ins


def _texts_holding(characters: str) -> etree.XPath:
    """An XPath that finds the text nodes holding any of ``characters`` (in C: most pages hold none)."""
    return etree.XPath("//text()[" + " or ".join(f"contains(., '{c}')" for c in characters) + "]")


_TEXTS_HOLDING_FORMAT_CHARACTERS = _texts_holding(FORMAT_CHARACTERS_KEPT)
_TEXTS_HOLDING_STAND_INS = _texts_holding(_FORMAT_STAND_INS)

