"""Lines the extraction left out between two lines it kept, put back from the page (cleaner/html_holes.py)."""

from __future__ import annotations

from dataclasses import replace

from helpers import ROOT

from cleaner import Cleaner, html_holes, html_lead
from cleaner.html import parse
from cleaner.settings import DEFAULT_SETTINGS

FIRST = "The council met on Tuesday evening to discuss the new cycle lanes along the river road."
POINT = "Residents asked for a crossing at the school before the lanes are painted."
SECOND = "The mayor said the plans would be shown at the library for a month before any work starts."
AFTER = "Readers who enjoyed this story also read about the new bakery on the market square."


def _lines(*lines: str, linked: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    return [(line, 1.0 if line in linked else 0.0) for line in lines]


def test_a_line_between_two_extracted_lines_is_put_back_in_page_order():
    put_back, text = html_holes.fill_holes(_lines(FIRST, POINT, SECOND, AFTER), f"{FIRST}\n{SECOND}")
    assert put_back == [POINT]
    assert text == f"{FIRST}\n{POINT}\n{SECOND}"


def test_list_items_marked_by_the_extractor_are_found_on_the_page():
    _, text = html_holes.fill_holes(_lines(FIRST, POINT, SECOND), f"- {FIRST}\n- {SECOND}")
    assert text == f"- {FIRST}\n{POINT}\n- {SECOND}"


def test_nothing_outside_the_extracted_span_comes_back():
    extracted = f"{FIRST}\n{SECOND}"
    assert html_holes.fill_holes(_lines(POINT, FIRST, SECOND, AFTER), extracted) == ([], extracted)


def test_links_short_lines_headings_and_long_holes_stay_out():
    linked = _lines(FIRST, POINT, SECOND, linked=(POINT,))
    assert html_holes.fill_holes(linked, f"{FIRST}\n{SECOND}")[0] == []
    short = _lines(FIRST, "Read more.", "What residents asked for", SECOND)
    assert html_holes.fill_holes(short, f"{FIRST}\n{SECOND}")[0] == []
    wide = _lines(FIRST, *[f"{POINT} ({n})." for n in range(DEFAULT_SETTINGS.html_hole_max_lines + 1)], SECOND)
    assert html_holes.fill_holes(wide, f"{FIRST}\n{SECOND}")[0] == []
    settings = replace(DEFAULT_SETTINGS, html_hole_max_lines=0)
    assert html_holes.fill_holes(_lines(FIRST, POINT, SECOND), f"{FIRST}\n{SECOND}", settings)[0] == []


def test_page_lines_carry_the_share_inside_links():
    tree = parse(f"<p>{FIRST}</p><p><a href='/x'>{AFTER}</a></p><p><a name='q'>{POINT}</a></p>")
    assert tree is not None
    assert html_lead.linked_page_lines(tree) == [(FIRST, 0.0), (AFTER, 1.0), (POINT, 0.0)]
    assert html_lead.page_lines(tree) == [FIRST, AFTER, POINT]


def test_a_standfirst_the_extraction_left_between_its_lines_is_kept():
    # The press release's standfirst stands between the date line and the body
    # that the extraction keeps; the extraction itself leaves it out.
    page = (ROOT / "tests" / "fixtures" / "cms_pages" / "03_gov_press_de.html").read_text(encoding="utf-8")
    explanation = Cleaner().explain_html(page)
    assert "Die Badesaison im Waldbad beginnt in diesem Jahr zwei Wochen früher" in explanation.text
    assert explanation.reading is not None and "html-holes put back 1 line(s)" in explanation.reading


def test_a_line_of_a_box_the_extractor_discards_by_name_is_no_hole():
    # An embedded post's frame (class "embed", which the extractor discards as furniture) holds a consent
    # line between two paragraphs: put back, it read as a newsletter box's consent and took the live
    # blog's entry above it along. A box the extraction took lines from stays a hole's (an
    # "expandable-container" round the whole story is discarded by name only when little is left).
    consent = "Loading this post, you accept the privacy policy of the network that hosts it."
    page = (f"<html><body><div><p>{FIRST}</p><div class='embed'><p>{consent}</p></div><p>{POINT}</p>"
            f"<p>{SECOND}</p></div></body></html>")
    tree = parse(page)
    assert tree is not None
    boxes = html_holes.extractor_discarded_boxes(tree)
    extracted = f"{FIRST}\n{POINT}\n{SECOND}"
    assert html_holes.discarded_lines(boxes, extracted) == {consent}
    linked = _lines(FIRST, consent, POINT, SECOND)
    assert html_holes.fill_holes(linked, f"{FIRST}\n{POINT}", discarded={consent})[0] == []
    assert html_holes.fill_holes(linked, f"{FIRST}\n{POINT}")[0] == [consent]
    whole = parse(f"<div class='js_expandable-container'><p>{FIRST}</p><p>{consent}</p><p>{SECOND}</p></div>")
    assert whole is not None
    assert html_holes.discarded_lines(html_holes.extractor_discarded_boxes(whole), f"{FIRST}\n{SECOND}") == set()
