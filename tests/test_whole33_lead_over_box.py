"""A story's first paragraph right under its byline and date, a box set under it (a related list, a newsletter
box): the rest of the story under the box outscores the lead, which went (issue 12, session 33; invented pages).
The newsletter box took the byline for its heading, the date for a button and the lead for its pitch
(newsletter_box_dateless: a box shows no date); selection weighed the lead as a half of the story under 0.3 of
the other (story_half_at_top_one_paragraph: under the header, the lead is the story's top)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEADER = ("Daily Ledger\nHome\nWorld\nPolitics\nBusiness\nSearch\n\n"
          "Researchers map the deepest cave system in the region\nBy Mark Evans\n4 June 2024\n")
LEAD = ("A team of cave explorers and geologists has completed the first full survey of the longest cave system "
        "in the region.\n")
RELATED = ("Related\nScientists find new species of beetle in mountain forest\n"
           "Drought threatens rare frogs in southern wetlands\nWhy the night sky is getting brighter every year\n"
           "Divers find wreck of lost cargo ship off the coast\n")
NEWSLETTER = "Newsletter\nGet our science stories every week in your inbox.\nSign up\n"
REST = ("The survey took three years and more than two hundred trips underground. Divers had to pass through "
        "flooded sections to reach the deepest chambers, where temperatures stay at six degrees all year round.\n"
        "\"Nobody had ever been this far,\" said the expedition leader, Dr Helen Moss. \"Every trip we found "
        "something new, from crystal formations to bones of animals that fell in thousands of years ago.\"\n"
        "The team now plans to publish a detailed map and share its data with researchers studying underground "
        "water supplies.\nShare this article\nAbout\nContact\n")
PAGES = {"related and newsletter": HEADER + LEAD + RELATED + NEWSLETTER + REST,
         "newsletter": HEADER + LEAD + NEWSLETTER + REST}


@pytest.mark.parametrize("boxes", sorted(PAGES))
def test_the_lead_over_a_box_stays_with_the_story(boxes):
    text = Cleaner().clean(PAGES[boxes])
    assert LEAD.strip() in text
    assert "The team now plans to publish" in text
    assert "Drought threatens rare frogs" not in text
    assert "Get our science stories" not in text


# The byline over the lead is no box's heading either, under the headline (newsletter_box_closing_byline_only,
# session 34): the date's test is weighed with that one off.
@pytest.mark.parametrize("settings", [("story_half_at_top_one_paragraph",),
                                      ("newsletter_box_dateless", "newsletter_box_closing_byline_only")])
def test_without_either_setting_the_lead_under_a_newsletter_box_goes(settings):
    text = Cleaner(settings=replace(Settings(), **dict.fromkeys(settings, False))).clean(PAGES["newsletter"])
    assert LEAD.strip() not in text
    assert "The team now plans to publish" in text


def test_a_dated_teaser_over_a_box_is_no_lead():
    """Over a box, a teaser under its date is no story's top when the story below has a header of its own."""
    page = (HEADER.replace("Researchers map", "Latest\nCity opens its new bridge\n3 June 2024\n"
                           "The new bridge for cyclists and walkers opened on Friday after two years of work.\n"
                           + NEWSLETTER + "Researchers map")
            + REST.replace("The survey took", LEAD.strip() + " The survey took"))
    text = Cleaner().clean(page)
    assert "The new bridge for cyclists" not in text
    assert "The team now plans to publish" in text
