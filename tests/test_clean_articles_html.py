"""A clean article given as an HTML page comes back whole, as it does given
as text (tests/test_clean_articles.py): a page that shows the article and
nothing else is no web page, whatever its article's shape shares with a
page's chrome (a first line, a letter's signature, a release's contact
line). A page around the article (a menu, a footer) still loses them."""

from __future__ import annotations

from html import escape

import pytest

from cleaner import Cleaner, html_alone

from test_clean_articles import ARTICLES, NAMES

SITE_TITLE = "The Example Gazette"
CLEANER = Cleaner()


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _paragraphs(lines: list[str]) -> str:
    return "\n".join(f"<p>{escape(line)}</p>" for line in lines)


def as_page(lines: list[str], shape: str, *, around: str = "") -> str:
    """The article's ``lines`` as a minimal page: each a ``<p>`` inside
    ``<article>`` under a site's ``<title>`` ("article"), the first line the
    ``<h1>`` and the ``<title>`` too ("headline"), or the paragraphs right in
    ``<body>`` ("body"). ``around``: markup set before the article."""
    title = lines[0] if shape == "headline" else SITE_TITLE
    if shape == "headline":
        content = f"<article>\n<h1>{escape(lines[0])}</h1>\n{_paragraphs(lines[1:])}\n</article>"
    elif shape == "article":
        content = f"<article>\n{_paragraphs(lines)}\n</article>"
    else:
        content = _paragraphs(lines)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>\n"
            f"<body>\n{around}{content}\n</body></html>")


def _article(name: str) -> list[str]:
    return _lines((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("shape", ["article", "headline", "body"])
@pytest.mark.parametrize("name", NAMES)
def test_a_clean_article_given_as_a_page_comes_back_whole(name, shape):
    """Every line comes back, in order; under the "headline" shape the
    first line is the page's headline (its <title> and <h1>), metadata.
    Cleaned again as text, it stays as it is."""
    lines = _article(name)
    expected = lines[1:] if shape == "headline" else lines
    cleaned = CLEANER.clean_html(as_page(lines, shape))
    assert _lines(cleaned) == expected
    assert CLEANER.clean(cleaned) == cleaned


def test_a_page_that_shows_only_an_article_says_so():
    explanation = Cleaner().explain_html(as_page(_article("letter-en"), "article"))
    assert "the page shows an article and nothing else" in explanation.reading


MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather"]
FOOTER = "© 2024 The Example Gazette. All rights reserved."


@pytest.mark.parametrize("markup", ["elements", "divs"])
def test_a_page_around_the_article_still_loses_its_chrome(markup):
    """A menu and a footer around the same article make a web page of it,
    whether in <nav> and <footer> or in plain <div> elements: they go."""
    links = "".join(f'<li><a href="/{label.lower()}">{label}</a></li>' for label in MENU)
    menu, footer = ((f"<nav><ul>{links}</ul></nav>\n", f"<footer><p>{FOOTER}</p></footer>") if markup == "elements"
                    else (f'<div class="top"><ul>{links}</ul></div>\n', f'<div class="bottom"><p>{FOOTER}</p></div>'))
    page = as_page(_article("letter-en"), "article", around=menu).replace("</body>", f"{footer}\n</body>")
    explanation = Cleaner().explain_html(page)
    kept = _lines(explanation.text)
    assert not set(kept) & {*MENU, FOOTER}
    assert "the page shows an article and nothing else" not in explanation.reading


def test_a_page_whose_lines_are_not_read_is_no_article_alone():
    """A page whose lines the page reader does not see (its whole body
    inside a ``<noscript>`` an unclosed ``<div>`` left open) shows none of
    what the extractor found in it: nothing says it is an article alone."""
    assert not html_alone.article_alone([], "The council voted on Tuesday to close the old bridge.", set())
    line = "The council voted on Tuesday to close the old bridge."
    assert html_alone.article_alone([line], line, set())
