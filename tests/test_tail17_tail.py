"""Where the story ends (issue 12, text mode's selection): the teaser tail's reading counts the boxes
of prose a detector removed in it, as it counted them kept. Invented pages."""

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings, clean

_MENU = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\nContact"
_HEADLINE = "Harbour town votes to keep its ferry running"
_STORY = [
    "The town council voted on Tuesday evening to keep the passenger ferry running through the winter, after a "
    "petition signed by more than two thousand residents asked it to reverse the planned cut.",
    "The ferry, which crosses the estuary six times a day, had been due to stop in October because of rising fuel "
    "costs and a shortfall in the transport budget.",
    "Councillors said the money would come from a reserve fund set aside for repairs to the harbour wall, which "
    "have been delayed until next spring.",
]
# An advertisement's heading (too long for a section's subheading) over its blurb.
_AD = ["Sailing lessons for beginners this summer",
       "Learn to handle a small boat in a single weekend with our instructors on the calm water of the inner harbour."]
_NEWSLETTER = ["The Harbour Brief in your inbox every week",
               "What happened on the waterfront this week, every Friday morning.", "Sign up"]
_AUTHOR = ["Tom Reyes", "Tom sails a small dinghy on the estuary most weekends and has never missed a ferry."]
_FOOTER = "© 2025 Harbour Times"


def _page(byline: str, *after_story: str) -> str:
    return "\n\n".join([_MENU, _HEADLINE, byline, *_STORY, *after_story, _FOOTER]) + "\n"


def test_an_advertisement_over_a_newsletter_box_goes_with_it():
    """Before: newsletter-box took the box's pitch, the tail kept one blurb, too few to cut."""
    body = clean(_page("By Tom Reyes · May 3, 2025", *_AD, *_NEWSLETTER))
    assert body.split() == " ".join(_STORY).split()


def test_an_advertisement_over_the_author_s_box_goes_with_it():
    """Before: author-bio took the bio, and the advertisement's blurb stayed."""
    body = clean(_page("Posted by Tom Reyes on May 3, 2025 · 4 min read", *_AD, *_AUTHOR))
    assert body.split() == " ".join(_STORY).split()


def test_without_the_setting_the_advertisement_stays():
    cleaner = Cleaner(settings=replace(Settings(), teaser_tail_counts_removed_boxes=False))
    assert _AD[1] in cleaner.clean(_page("By Tom Reyes · May 3, 2025", *_AD, *_NEWSLETTER))


def test_the_story_s_last_paragraph_over_a_share_bar_stays():
    """A last paragraph set apart from the story by a photo's credit, the share bar under it: no box."""
    closing = "The first winter crossing leaves the north quay at seven on Monday morning."
    body = clean(_page("By Tom Reyes · May 3, 2025", "Photo: Harbour Times archive", closing,
                       "Share on Facebook\nShare on X\nEmail"))
    assert closing in body


def test_the_story_s_last_section_over_the_author_s_box_stays():
    section = ["What happens next", "The council will review the ferry's costs again in March."]
    body = clean(_page("Posted by Tom Reyes on May 3, 2025 · 4 min read", *section, *_AUTHOR))
    assert all(line in body for line in section)
    assert _AUTHOR[1] not in body


# The story's last paragraph ends on a quote whose speaker it names itself.
_QUOTED_END = ('The mayor thanked the volunteers who collected the signatures. "Without them the ferry would have '
               'stopped for good," she said. "Now people have to use it."')
_RELATED = "Related stories\n\nBridge repairs to start in June\nNew bus route for the east side\nFish market moves"


@pytest.mark.parametrize("last", [
    _QUOTED_END, '"We were ready to give up," said the organiser of the petition. "Two thousand names changed that."'])
def test_a_tag_row_under_a_paragraph_ending_on_a_quote_goes(last):
    """Before: the tag row was kept as the quote's attribution."""
    tags = "Ferry Transport Harbour council"
    body = clean(_page("By Tom Reyes · May 3, 2025", last, tags, _RELATED))
    assert last in body
    assert tags not in body


def test_the_attribution_under_a_quote_of_its_own_stays():
    quote = '"We did not save a ferry, we saved the way this town gets to work."'
    speaker = "Ana Gil, harbour master"
    body = clean(_page("By Tom Reyes · May 3, 2025", quote, speaker, _RELATED))
    assert quote in body and speaker in body
