"""A story's byline alone (no date) over its lead, a newsletter box under the lead (issue 12, text mode; invented
pages): newsletter-box took the byline for the box's heading and the lead for its pitch, and the lead went
(newsletter_box_closing_byline_only: under a headline a byline is the story's header)."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

HEADLINE = "Volunteers restore the old mill pond on the village green before the winter"
BYLINE = "By Laura Brennan"
LEAD = "Thirty volunteers spent the weekend clearing reeds and silt from the mill pond at the edge of the village."
BOX = "Newsletter\nGet the week in the valley in your inbox every Saturday.\nSign up\n"
REST = ("The pond had not been cleared for more than twenty years, and in dry summers it almost vanished, leaving "
        "the ducks and the few remaining frogs without water.\n"
        "The work was paid for by the parish council and a small grant from the county, the organisers said.\n")
PAGE = ("Valley Times\nHome\nNews\nSport\nEvents\n\n" + HEADLINE + "\n" + BYLINE + "\n" + LEAD + "\n" + BOX + REST
        + "\nAbout us\nContact\n")


def test_the_lead_under_a_byline_over_a_newsletter_box_stays():
    text = Cleaner().clean(PAGE)
    assert LEAD in text
    assert "The work was paid for" in text
    assert "Get the week in the valley" not in text


def test_without_the_setting_the_lead_goes():
    text = Cleaner(settings=replace(Settings(), newsletter_box_closing_byline_only=False)).clean(PAGE)
    assert LEAD not in text


def test_a_closing_byline_still_heads_a_box():
    """A post's byline under its last paragraph, over a box's pitch and prompt: the pitch goes with the box."""
    page = ("Valley Times\nHome\nNews\n\n" + HEADLINE + "\n\n" + LEAD + "\n" + REST + BYLINE + "\n"
            + "The week in the valley, every Saturday morning.\nSign up for our newsletter\n\nAbout us\nContact\n")
    text = Cleaner().clean(page)
    assert "The work was paid for" in text
    assert "The week in the valley" not in text
