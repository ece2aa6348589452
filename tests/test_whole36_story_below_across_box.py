"""A club's post under the site's welcome text stays when a newsletter box stands under its first
paragraph (issue 12: invented pages lost whole under perturb_pages.py's insert-newsletter-mid and
foreign-newsletter-mid; selection._halves_under_header, the setting story_below_across_box). The post lies
under its header (the headline the page's title repeats, a byline) below the welcome text, but neither
the paragraph over the box nor the two under it were a run of paragraphs right under that header: the
box's lines and pitch stay out. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), story_below_across_box=False))

HEAD = ["Spring clean on the river path | Millbrook Walking Club", "Millbrook Walking Club",
        "Home Club Dates Walks Gallery Contact"]
WELCOME = [
    "For more than a hundred years we have looked after the footpaths, the benches and the hut on Chapel Hill, "
    "and every month we lead walks for members and guests of every age.",
    "New members are always welcome, young or old, with or without experience in the hills, because what "
    "counts for us is the company and the joy of being out in the open air.",
]
SHARE = ["Share this page", "Facebook WhatsApp Email Print"]
HEADER = ["Spring clean on the river path", "Posted on 23 March 2024 by Helen Brand"]
POST = [
    "Twenty members cleared the path around the mill pond of branches, leaves and rubbish on Saturday, after "
    "the winter storms had left it hard to walk in places.",
    "At the viewpoint two benches were painted again, and the youth group built a new wooden rail by the "
    "bridge, which the council had paid for after our request last autumn.",
    "The day ended with a picnic at the hut. The committee thanks every helper and the council for the skips "
    "and the tools that made the work so much easier.",
]
BOX = {"English": ["Our newsletter", "The best club news, every month in your inbox.", "Your email address",
                   "Subscribe"],
       "another language": ["Unser Newsletter", "Die wichtigsten Nachrichten des Tages jeden Morgen im Postfach.",
                            "Ihre E-Mail-Adresse", "Abonnieren"]}
FOOTER = ["© 2024 Millbrook Walking Club · Imprint · Privacy"]


def page(box: list[str]) -> str:
    lines = [*HEAD, *WELCOME, *SHARE, *HEADER, POST[0], *box, *POST[1:], *FOOTER]
    return "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("name", BOX)
def test_the_post_stays_across_a_box_under_its_first_paragraph(cleaner, name):
    body = cleaner.clean(page(BOX[name]))
    assert all(paragraph in body for paragraph in POST)
    assert not any(line in body for line in BOX[name])


def test_without_the_setting_the_post_under_a_box_in_another_language_was_lost():
    body = OFF.clean(page(BOX["another language"]))
    assert not any(paragraph in body for paragraph in POST)


def test_the_post_without_a_box_stays_either_way(cleaner):
    assert all(paragraph in cleaner.clean(page([])) for paragraph in POST)
    assert all(paragraph in OFF.clean(page([])) for paragraph in POST)
