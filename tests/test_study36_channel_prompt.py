"""The site's channel on a messaging app named with the site's own name between the article and the app ("Join
The Riverside Courier WhatsApp Channel for the latest news updates.") is the newsletter prompt that "Join our
WhatsApp channel" is: HTML mode kept it under the story (issue 12, blind_pages18). Invented texts."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from helpers import grouped_page

STORY = ["The council voted on Monday to close the old bridge for repairs that will last until the end of the summer.",
         "Buses will take the long way round over the new bridge, and the council says journeys will take ten "
         "minutes longer."]


def removed(line: str) -> str | None:
    decisions = Cleaner().explain(grouped_page([[text] for text in [*STORY, line]])).decisions
    return {d.block.text: d.removed_by for d in decisions}[line]


@pytest.mark.parametrize("line", ["Join The Riverside Courier WhatsApp Channel for the latest news updates.",
                                  "Follow the Daily Lantern Telegram channel"])
def test_the_sites_channel_named_with_its_name_is_a_prompt(line):
    assert removed(line) == "newsletter-prompt"


@pytest.mark.parametrize("line", ["Join the club's WhatsApp group to hear about training times, the coach said.",
                                  "Residents can follow the council's Telegram channel from Monday, the mayor said."])
def test_a_sentence_about_someone_elses_channel_stays(line):
    assert removed(line) is None
