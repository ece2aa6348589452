"""Elements whose content lxml 6 (libxml2 2.14) reads as raw text, as HTML5 does (an iframe's fallback,
noembed, noframes, a textarea), closed mid-page: their text is markup, tags and all, which no reader sees
as the page's. It stays out of every reading of the page. Invented pages."""

from __future__ import annotations

import re

import pytest

from cleaner import Cleaner, html_choice
from cleaner import html as html_input
from cleaner.html_lead import page_lines

STORY = [
    "The harbour board agreed on Monday to dredge the east channel before the autumn storms, after two "
    "fishing boats ran aground there in a single week.",
    "Skippers had asked for the work since the spring, when silt from the river began to narrow the channel "
    "at low tide and the larger trawlers had to wait outside for the water to rise.",
    "The dredging will take about six weeks and the channel stays open to small boats throughout, the board "
    "said, though the trawlers will be asked to use the west channel until the work is done.",
]
# What each raw-text element holds: markup a browser never shows as text.
HIDDEN = {
    "iframe": '<a href="http://ads.example.net/click?slot=mpu">Your browser does not support frames.</a>',
    "noembed": '<input name="poll:answer" type="text"> Vote in our poll today, it only takes a moment.',
    "noframes": '<p>This page uses frames, which your browser does not show. <a href="/plain">Read it plain</a>.',
    "textarea": "<b>Write your comment here and share it with the other readers of the paper.</b>",
}
_TAG = re.compile(r"<[a-zA-Z/]")


def _page(tag: str, *, tables: bool = False) -> str:
    """The story with ``tag`` closed between its paragraphs; in a page laid out in tables, or not."""
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    body = "".join([*paragraphs[:2], f"<{tag}>{HIDDEN[tag]}</{tag}>", *paragraphs[2:]])
    if tables:
        menu = "".join(f"<a href='/{n}'>Section {n}</a><br>" for n in range(6))
        body = (f"<table><tr><td>Harbour Gazette</td></tr><tr><td><table><tr><td>{menu}</td>"
                f"<td>{body}</td></tr></table></td></tr></table>")
    return f"<html><head><title>Harbour board to dredge east channel</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("tag", sorted(HIDDEN))
def test_raw_text_of_hidden_elements_is_no_line_of_the_page(tag):
    tree = html_input.parse(_page(tag))
    assert tree is not None
    lines = page_lines(tree)
    assert STORY[0] in lines and STORY[2] in lines
    assert not any(_TAG.search(line) for line in lines)


@pytest.mark.parametrize("tag", sorted(HIDDEN))
def test_rendering_leaves_out_raw_text_of_hidden_elements(tag):
    rendered = html_input.render(_page(tag))
    assert all(text in rendered for text in STORY)
    assert not _TAG.search(rendered)


@pytest.mark.parametrize("tag", sorted(HIDDEN))
def test_raw_text_of_hidden_elements_inside_a_paragraph_is_not_extracted(tag):
    # Inside a paragraph, the extractor took the element's text as the paragraph's.
    sentence = "The board met in the harbour office, which was full for the first time in years."
    page = _page(tag).replace("<p>", f"<p>{sentence} <{tag}>{HIDDEN[tag]}</{tag}> ", 1)
    extracted = html_input.extract(page).text
    assert sentence in extracted
    assert not _TAG.search(extracted)


@pytest.mark.parametrize("tag", sorted(HIDDEN))
def test_output_of_a_page_laid_out_in_tables_holds_no_raw_markup(tag):
    # On a page laid out in tables the rendering's reading is kept: it held the element's text, tags and all.
    explanation = Cleaner().explain_html(_page(tag, tables=True))
    assert explanation.reading.startswith(html_choice.RENDERING)
    assert all(text in explanation.text for text in STORY)
    assert not _TAG.search(explanation.text)
