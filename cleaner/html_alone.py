"""Whether an HTML page shows an article and nothing else.

A clean article given as a page (its paragraphs in ``<p>`` elements under a
``<title>``, with or without ``<article>`` and ``<h1>``) must come back whole,
as it does given as text (setting keep_bare_articles). The HTML path reads
every page as a web page, so its stages cut what an article's shape shares
with a page's chrome (its first line, a letter's signature, a release's
contact line). A page is read as an article alone when its markup holds no
element of a page's furniture and every line it shows is in the extraction
or is its headline: what the extractor dropped from it (menus, footers in
plain ``<div>`` elements) makes it a web page.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement

from .detectors.headers import title_key
from .html_lead import match_key

# Elements that hold a page's furniture, never an article's text alone (a form's fields, a site's menu).
FURNITURE_TAGS = ("nav", "header", "footer", "aside", "menu", "form", "iframe")
# Landmark roles that say the same of an element of any tag.
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})


def has_furniture(tree: HtmlElement) -> bool:
    """Whether ``tree`` holds an element of a page's furniture (FURNITURE_TAGS, or one of their roles)."""
    if next(tree.iter(*FURNITURE_TAGS), None) is not None:
        return True
    return any(role.strip().lower() in _FURNITURE_ROLES for role in tree.xpath("//@role"))


def article_alone(page_lines: Iterable[str], extracted: str, headlines: set[str]) -> bool:
    """Whether the page's lines (``page_lines``, read before any markup
    rule) and the ``extracted`` text are the same lines: every line the page
    shows is extracted, every extracted line is one the page shows (its lines
    are what the page is read as), the page's headline (``headlines``:
    html_markup.headline_keys) aside, and there are lines."""
    def keys(lines: Iterable[str]) -> set[str]:
        return {match_key(line) for line in lines if line.strip() and title_key(line) not in headlines}

    kept = keys(extracted.splitlines())
    return bool(kept) and kept == keys(page_lines)
