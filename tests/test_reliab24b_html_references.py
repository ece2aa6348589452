"""An HTML page's numeric references to characters that XML forbids."""

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
