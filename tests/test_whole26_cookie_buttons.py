"""A consent banner set inside a story, its sentence over its two bare buttons ("Accept all",
"Settings"): cookie-notice took the sentence and left the buttons, which then read as headlines. Over
a story's top (its paragraphs set between a byline, links and a caption) they made one teaser item
more under the quote above the banner, and the story's first lines went as a teaser list; the same
buttons cut a recurring question from its answer (issue 12, the perturbation probe's mid-article
banners). The buttons right under the banner's sentence now go with it, as an interruption: the
banner parts the story no more than its sentence did. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

MENU = ["City news", "Home", "Politics", "Sport", ""]
TOP = [
    "Mayor rules out a run for parliament", "By Jo Lee and agencies", "Updated: 10:12am",
    "The mayor has denied reports that she will stand for parliament next year.",
    "City homepage", "Council news | Elections",
    "She had been tipped to replace the retiring member, who quit on Monday after twenty years in the seat.",
    "Staying put: the mayor in her office",
    "However, she said she was happy in her job and had no plans to leave the town hall before her term ends.",
    "\"I have not spoken to anyone in the party about it at all,\" she said on Tuesday.",
]
BANNER = {
    "en": ["We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
           "of cookies.", "Accept all", "Settings"],
    "de": ["Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Alle akzeptieren",
           "Einstellungen"],
}
REST = [
    "\"When I heard the news my first thought was for his family and friends.",
    "\"My work in this town is not done, and I want to see it through to the end.\"",
    "Her party has yet to name a candidate for the seat, which it has held since the war, and its leaders in the "
    "region said on Tuesday that they would meet next month to draw up a short list.",
    "The vote is expected in the autumn, and the party said it would announce its choice by the end of the summer.",
]
FOOTER = ["", "About us", "Contact"]


def page(banner: list[str]) -> str:
    return "\n".join([*MENU, *TOP, *banner, *REST, *FOOTER])


@pytest.mark.parametrize("language", sorted(BANNER))
def test_a_banner_inside_the_story_leaves_its_top_and_takes_its_buttons(cleaner, language):
    body = [line for line in cleaner.clean(page(BANNER[language])).splitlines() if line]
    assert body == TOP[3:] + REST
    explained = {d.block.text: d.removed_by for d in cleaner.explain(page(BANNER[language])).decisions}
    assert [explained[line] for line in BANNER[language][1:]] == ["cookie-button"] * 2


def test_without_the_banner_the_story_s_top_stayed_already(cleaner):
    body = cleaner.clean(page([])).splitlines()
    assert all(line in body for line in TOP[3:] + REST)


def test_button_words_under_no_banner_are_no_buttons(cleaner):
    # A poll's answers under the story's question: the same words, but no banner's sentence above them.
    story = ["Readers were asked whether the council should sell the old town hall to a hotel chain:", "Agree",
             "Reject", *REST]
    decisions = cleaner.explain("\n".join([*MENU, *TOP[:4], *story, *FOOTER])).decisions
    assert not any(d.removed_by == "cookie-button" for d in decisions)


def test_with_the_setting_off_the_buttons_stay():
    off = Cleaner(settings=replace(Settings(), cookie_button_max_lines=0))
    assert not any(d.removed_by == "cookie-button" for d in off.explain(page(BANNER["en"])).decisions)
