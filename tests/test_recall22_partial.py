"""Partial losses (issue 12): the story's region ends too early or starts too late. Invented texts."""

from __future__ import annotations

import pytest


MENU = "Home\nGardening\nKitchen\nAbout\nContact\n"
HEADER = "Four weeks with a rain barrel\nBy Marta Lindqvist\n12 March 2024\n"
STORY = (
    "Last spring I finally put a rain barrel under the gutter at the back of the house. The shop sold it as a"
    " simple way to save water, and I wanted to know whether that was true for a small garden like mine.\n"
    "The first week was dry, so the barrel stood empty and I began to wonder whether I had wasted my money."
    " Then the storms came, and within two nights it was full to the brim.\n"
    "I used the water for the tomatoes, the beans and the pots on the terrace. The plants did not seem to mind"
    " that it was a little cooler than the water from the tap.\n"
    "By the end of the month the meter told its own story. We had used about a third less water than in the"
    " same weeks of the year before, even though it was warmer.\n"
    "Was it worth it?\n"
    "After a month of testing, here is what I would tell a friend who asks me about it:\n"
)
FOOTER = (
    "Share this:\nFacebook\nTwitter\nEmail\nRelated posts\nHow to start a compost heap in a small yard\n"
    "Ten herbs that grow well on a windowsill\n© 2024 Green Corner. All rights reserved.\n"
)
# The points the last paragraph announces, without full stops: of one length, then of mixed lengths
# (a longer one among them reads as prose, so they are no list of one kind).
ANNOUNCED = [
    ("Put the barrel where the largest roof drains", "Keep a lid on it against leaves and mosquitoes",
     "Use the water within a week or two", "Empty it before the first frost comes"),
    ("A barrel pays for itself in one summer",
     "Put it under the largest roof you have, even if that is the shed behind the hedge",
     "Lids keep out leaves and mosquitoes", "Old water smells bad after two weeks", "Frost cracks a full barrel"),
]


@pytest.mark.parametrize("points", ANNOUNCED)
def test_the_list_the_story_s_last_paragraph_announces_ends_the_story(cleaner, points):
    # The last paragraph ends in a colon; what it announces went as main-content (failed before).
    body = cleaner.clean(MENU + HEADER + STORY + "\n".join(points) + "\n" + FOOTER).splitlines()
    assert set(points) <= set(body)
    assert "Related posts" not in body and "Ten herbs that grow well on a windowsill" not in body


def test_two_lines_are_no_announced_list(cleaner):
    # Fewer lines than announced_list_min_lines under the colon: as likely a box's.
    points = ANNOUNCED[0][:2]
    body = cleaner.clean(MENU + HEADER + STORY + "\n".join(points) + "\n" + FOOTER).splitlines()
    assert not set(points) & set(body)


NEWS_PAGE = (
    "Night trains return to the northern line | The Valley Courier\nHome\nNews\nSport\nCulture\nWeather\n"
    "Night trains return to the northern line\n"
    "Sleeper services will run three times a week from May, the operator said.\n"
    "By Jonas Berg\n4 April 2024\n"
    "Share\nFacebook\nTwitter\nEmail\nCopy link\n12 comments\n"
    "The operator of the northern line said on Thursday that sleeper trains would run again between the capital"
    " and the coast from the first week of May, eight years after the last service was cut.\n"
    "Trains will leave at half past ten on Mondays, Wednesdays and Fridays and arrive shortly after seven in the"
    " morning. Tickets go on sale next week, with beds in shared cabins starting at a price close to that of a"
    " hotel room.\n"
    "The mayor of the coastal town welcomed the news and said that many visitors had asked for a way to travel"
    " overnight without a car. Local hotels expect more guests in the quiet weeks before summer.\n"
    "The operator said it would decide in the autumn whether to run the trains every night, depending on how"
    " many seats are sold in the first months.\n"
    "Related stories\nBus fares to rise in the autumn\nNew cycle path opens along the river\n"
    "© 2024 The Valley Courier\n"
)
STANDFIRST = "Sleeper services will run three times a week from May, the operator said."


def test_a_one_sentence_standfirst_between_headline_and_byline_is_kept(cleaner):
    # Shorter than a lead (lead_min_chars), a share bar and a comment count between its byline and the
    # body: it went as main-content (failed before).
    body = cleaner.clean(NEWS_PAGE).splitlines()
    assert STANDFIRST in body
    assert "By Jonas Berg" not in body and "12 comments" not in body


def test_a_sentence_under_a_headline_without_a_byline_is_no_standfirst(cleaner):
    page = NEWS_PAGE.replace("By Jonas Berg\n4 April 2024\n", "")
    assert STANDFIRST not in cleaner.clean(page).splitlines()
