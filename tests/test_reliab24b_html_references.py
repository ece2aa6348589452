"""HTML that libxml2 reads otherwise than browsers: references to characters XML forbids, an early `</html>`."""

from __future__ import annotations

import pytest

from cleaner import clean_html


STORY_LINES = ["The committee met on Tuesday to discuss the new budget proposal, drawing criticism from members.",
               "Officials said the plan would raise taxes on property owners by about three percent in two years.",
               "According to the documents, the measure will go to a vote next week after a long public debate."]


@pytest.mark.parametrize("reference", ["&#27;", "&#x1B;", "&#x0c;", "&#8", "&#0011;", "&#31;", "&#xFFFE;", "&#65535;"])
def test_a_reference_to_a_control_character_loses_no_page(reference: str) -> None:
    # Before: one numeric reference to a character XML forbids (a terminal escape pasted into a CMS, a form feed)
    # anywhere in the page made trafilatura's extraction fail: the whole page came out empty, no removal named.
    first = STORY_LINES[0].replace("Tuesday", f"Tues{reference}day")
    article = "".join(f"<p>{line}</p>" for line in [first, *STORY_LINES[1:]])
    html = f"<html><head><title>Budget</title></head><body><article>{article}</article></body></html>"
    assert clean_html(html).splitlines() == STORY_LINES


@pytest.mark.parametrize("stray", ["</html>", "</body></html>", "</body></html>\n<html><body>"])
def test_the_markup_after_an_html_end_tag_is_read(stray: str) -> None:
    # Before: libxml2 put what follows an `</html>` (a template's or an included widget's, mid-page) into a
    # second root beside the page's, which nothing read: the story's later paragraphs were lost, no removal
    # named, exit 0, where browsers show them in the body.
    article = f"<p>{STORY_LINES[0]}</p>{stray}<p>{STORY_LINES[1]}</p>text after it<p>{STORY_LINES[2]}</p>"
    html = f"<html><head><title>Budget</title></head><body><article>{article}</article></body></html>"
    assert [line for line in clean_html(html).splitlines() if line in STORY_LINES] == STORY_LINES


def test_a_page_whose_html_tag_closes_itself_is_read() -> None:
    # Before: `<html/>` (an XHTML habit) left the page's root empty, its body in a second root: an empty output,
    # exit 0 (test_html_parse asserted that trafilatura's parse, which loses it too, was ours).
    article = "".join(f"<p>{line}</p>" for line in STORY_LINES)
    assert clean_html(f"<!DOCTYPE html>\n<html/><body>{article}</body>").splitlines() == STORY_LINES
