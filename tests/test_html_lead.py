"""The story's lead put back before the extracted body (cleaner/html_lead.py)."""

from __future__ import annotations

from helpers import ROOT

from cleaner import Cleaner, html_lead
from cleaner import html as html_input
from cleaner.detectors.headers import title_key
from cleaner.settings import Settings

HEADLINE = "Harbour Ferry Returns After Two Winters in Dry Dock"
LEAD = ("The island's only ferry sails again on Monday, and the harbour board says the timetable "
        "will be the one islanders knew before the repairs.")
BYLINE = "By Tomas Lind, 3 May 2025"
CAPTION = ("The ferry in the repair yard last spring, seen from the breakwater, "
           "before its new hull was fitted in the winter.")
BODY = [
    "The ferry left the dry dock on Thursday with a new hull, two new engines and a ramp wide enough for the "
    "delivery lorries that had been sent the long way round by the bridge since the boat was taken out of service.",
    "Islanders queued at the quay to see it come in, and the harbour master rang the old bell that has marked "
    "the first crossing of every season since the pier was built, a tradition nobody wanted to let go.",
    "The board said fares would stay as they were until the end of the year, when the council will decide "
    "whether the cost of the repairs should be shared with the ferry's passengers or paid from the regional fund.",
]


def page(*, lead: str = LEAD, between: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (f"<html><head><title>{HEADLINE} - Island Post</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<main><header><h1>{HEADLINE}</h1><div class='intro'>{lead}</div>"
            f"<div class='writer'>{BYLINE}</div></header>{between}"
            f"<div class='story-text'>{paragraphs}</div></main>"
            "<footer><p>Island Post, Harbour Street 1</p></footer></body></html>")


def test_page_lines_one_per_block_without_scripts():
    tree = html_input.parse("<html><body><div>Top <a href='/'>link</a> text<script>var x = 1;</script></div>"
                            "tail<p>Para<br>graph</p><!-- note -->after</body></html>")
    assert html_lead.page_lines(tree) == ["Top link text", "tail", "Para", "graph", "after"]


def test_lead_between_headline_and_body_is_put_back(cleaner):
    extraction = html_input.extract(page())
    assert extraction.lead == [LEAD]
    text = cleaner.clean_html(page())
    assert text.startswith(LEAD)  # before the body, as on the page
    assert BODY[0] in text and BYLINE not in text and HEADLINE not in text
    # explain says what was put back, beside the reading it kept
    reading = cleaner.explain_html(page()).reading
    assert reading is not None and "html-lead put back 1 line" in reading
    assert "html-lead" not in (cleaner.explain_html(page(lead="")).reading or "")


def test_no_lead_without_a_headline_before_the_body_nearby():
    far = "<ul>" + "".join(f"<li><a href='/{n}'>Menu entry number {n}</a></li>" for n in range(20)) + "</ul>"
    assert html_input.extract(page(between=far)).lead == []
    assert html_input.extract(page(between=far), settings=Settings(html_lead_max_lines=30)).lead == [LEAD]


def test_lead_found_past_a_press_release_header():
    # A press release prints its date, publisher and contact lines between the lead and the
    # text (here a box the extractor leaves out): a dozen short lines, the lead still the story's.
    contact = ["Published on:", "3 May 2025", "Publisher:", "Island Post press office", "Harbour Street 1",
               "1234 Island Town", "+00 123 456-78", "+00 123 456-79", "press@island.example", "Description"]
    box = "<div class='meta'>" + "".join(f"<div>{line}</div>" for line in contact) + "</div>"
    extraction = html_input.extract(page(between=box))
    assert extraction.lead == [LEAD] and extraction.text.startswith(LEAD)
    without_headline = page().replace(f"<h1>{HEADLINE}</h1>", "")
    assert html_input.extract(without_headline).lead == []


def test_only_prose_is_a_lead():
    short = "Ferry back on Monday"  # a kicker, not a sentence of the story
    assert html_input.extract(page(lead=short)).lead == []
    # No sentence end and few words, however long: a label or a link.
    label = "Timetable download: island-ferry-winter-timetable-2025-2026-harbour-board-final.pdf"
    assert len(label) >= Settings().html_lead_min_chars
    assert html_input.extract(page(lead=label)).lead == []


def test_a_standfirst_without_a_full_stop_is_a_lead():
    # Pages print standfirsts without one; ten words or more are prose, not a label.
    unended = LEAD.rstrip(".")
    assert html_input.extract(page(lead=unended)).lead == [unended]


def test_a_caption_the_markup_rules_removed_is_no_lead():
    figure = f"<figure><img src='ferry.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    extraction = html_input.extract(page(lead="", between=figure))
    assert CAPTION not in extraction.text and extraction.lead == []


def test_lead_goes_where_the_page_has_it():
    # Before the body's first line, after what the extraction holds before it (here the headline,
    # which the headline rule removes later; a line the page does not show stays before it too).
    lines = ["Home News", HEADLINE, LEAD, BYLINE, *BODY]
    headlines = {title_key(HEADLINE)}
    extracted = "\n".join(["Listen to this story", HEADLINE, *BODY])
    lead, text = html_lead.put_back_lead(lines, extracted, headlines)
    assert lead == [LEAD]
    assert text.splitlines() == ["Listen to this story", HEADLINE, LEAD, *BODY]
    assert html_lead.put_back_lead(lines, "\n".join([LEAD, *BODY]), headlines) == ([], "\n".join([LEAD, *BODY]))


def test_readings_are_compared_without_the_lead():
    # The extraction keeps a short teaser after the story, so the rendering's reading, which
    # drops it (and the lead), is compared with it. Counted in the extraction, the lead made
    # the rendering look like the same story with much cut around it, and the lead was lost.
    last = f"<p>{BODY[-1]}</p>"
    teaser_kept = page().replace(last, last + "<p>Markets rally as rates hold</p>")
    strict = Cleaner(settings=Settings(html_rendering_max_length=0.9))
    explanation = strict.explain_html(teaser_kept)
    assert "the extraction keeps no more" in explanation.reading
    assert LEAD in explanation.text
    assert html_lead.without_lead("\n".join([LEAD, *BODY]), [LEAD]) == "\n".join(BODY)


def test_without_the_lead_a_text_keeps_its_line_ends(cleaner):
    assert html_lead.without_lead(f"Top\n{LEAD}\n{BODY[0]}\n", [LEAD]) == f"Top\n{BODY[0]}\n"
    # So a page whose extraction selection would not cut is decided without
    # reading its rendering, lead or no lead (it was read on every page with a lead).
    assert "main-content selection finds nothing" in (cleaner.explain_html(page()).reading or "")


def test_a_kicker_the_extractor_kept_above_the_headline_does_not_hide_the_lead():
    # The interview's kicker ("Interview") stands above the headline and is the
    # extraction's first line; the body starts under the headline, after the standfirst.
    page_path = ROOT / "tests" / "fixtures" / "cms_pages" / "09_interview_de.html"
    extraction = html_input.extract(page_path.read_text(encoding="utf-8"))
    assert [line[:37] for line in extraction.lead] == ["Die Klimaforscherin Lena Vogt erklärt"]
