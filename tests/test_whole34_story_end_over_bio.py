"""Where the story ends over an author's box (issue 12, text mode's selection): a last paragraph that does not
end as a sentence (an agency's credit, a quote's attribution without its stop), right under the story's run,
nothing between, is the story's end, and the removed bio under it does not make it a teaser tail. Invented pages
(the perturbation probe's insert-bio: the tail of one paragraph and the bio box counted two)."""

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings, clean

_MENU = "Home\nNews\nBusiness\nSport\nWeather\nContact"
_HEADLINE = "Lake district bakery chain to open twelve new shops"
_BYLINE = "By Nora Fielding, January 9, 2025"
_STORY = [
    "A family bakery chain from the lake district said on Thursday that it would open twelve new shops across the "
    "north of England this year, creating about two hundred jobs.",
    "The company, which started with a single shop in a market town forty years ago, now runs thirty-one branches "
    "and a central bakery that works through the night.",
    "Its managing director said sales had grown by almost a fifth last year, helped by a range of cheaper loaves "
    "launched when flour prices rose.",
]
_ENDS = [
    "The first of the new shops is due to open in March, and staff will be trained at the central bakery. – AFP",
    '"People still want fresh bread on the way to work, and that is what we are good at," the director concluded',
]
_BIO = ["About the author",
        "Nora Fielding has reported on business and farming in the north for more than fifteen years. Before she "
        "joined the paper she worked for a regional radio station and wrote a book about village shops."]
_FOOTER = "© 2025 Northern Courier. All rights reserved."


def _page(end: str) -> str:
    return "\n".join([_MENU, "", _HEADLINE, _BYLINE, "", *_STORY, end, "", *_BIO, "", _FOOTER]) + "\n"


@pytest.mark.parametrize("end", _ENDS)
def test_the_story_s_unfinished_last_paragraph_over_a_bio_stays(end):
    """Before: teaser-tail took the last paragraph, the bio box counted as the tail's second block."""
    body = clean(_page(end))
    assert end in body
    assert all(paragraph in body for paragraph in _STORY)
    assert _BIO[1] not in body


@pytest.mark.parametrize("end", _ENDS)
def test_without_the_setting_the_last_paragraph_goes(end):
    cleaner = Cleaner(settings=replace(Settings(), teaser_tail_box_under_story_end=False))
    assert end not in cleaner.clean(_page(end))


def test_a_blurb_under_its_own_heading_over_the_bio_still_goes():
    """The advertisement's blurb stands apart under its heading: a teaser, the bio box its tail's second block."""
    blurb = ["Bake your own sourdough this spring",
             "Join a weekend course in our central bakery and take home a starter of your own and a loaf or two."]
    page = "\n".join([_MENU, "", _HEADLINE, _BYLINE, "", *_STORY, "", *blurb, "", *_BIO, "", _FOOTER]) + "\n"
    body = clean(page)
    assert blurb[1] not in body
    assert all(paragraph in body for paragraph in _STORY)
