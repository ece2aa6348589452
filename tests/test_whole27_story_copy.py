"""The story's lead printed again above the page (a summary or teaser box over the site's menu):
duplicate-copy keeps one copy, the one among most words, which the summary above the menu may be,
while the story's own copy, between its headline, its byline and a photo's credit, goes as the copy.
Selection then removes the summary with the chrome around it, and the story has lost its lead (issue
12, the perturbation probe's lead-copy-top). The story's own copy now stays in the summary's stead
(`copy_kept_in_story`): a line of prose ending like a sentence, in the story or right above it, whose
other copies stand above the story and selection removed. Invented texts."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

LEAD = ("Divers found the old ferry pier's pilings rotten through, and the council will build a new landing on "
        "the east quay instead.")
TOP = [LEAD, "Kellin Courier: news, sport and weather from the harbour towns of the north coast since 1898",
       "Home", "News", "Sport", "Weather", "Contact"]
HEADER = ["Harbour pier to close for good", LEAD, "By Mara Teague | 14 March 2024", "Photo: Kellin Courier"]
STORY = [
    "The harbour town of Kellin will close its old ferry pier for good next spring.",
    "The council said on Tuesday that the repairs would cost more than building a new landing on the east quay, "
    "which has deeper water and room for two boats.",
    "Ferry passengers will board from a temporary pontoon during the summer while the new landing is built, "
    "the operator said.",
    "Fishermen who tie up along the old pier have been offered berths in the inner basin, though several said "
    "the basin silts up too quickly in winter.",
    "The pier was built in 1912 and carried the island mail until the service moved to the airstrip in the 1970s.",
]
BOTTOM = ["Share this article", "Facebook", "Twitter", "Email", "More from the Courier",
          "Bus timetable changes from April", "School choir wins regional prize",
          "© 2024 Kellin Courier. All rights reserved."]
PAGE = "\n".join([*TOP, *HEADER, *STORY, *BOTTOM])


def test_the_story_keeps_its_own_copy_of_the_lead() -> None:
    explanation = Cleaner().explain(PAGE)
    kept = [d.block.text for d in explanation.decisions if d.kept]
    assert kept == [LEAD, *STORY]
    assert explanation.decisions[0].removed_by == "main-content"  # the summary above the menu goes
    assert Cleaner().clean(explanation.text) == explanation.text


def test_without_the_setting_the_story_copy_goes_as_the_copy() -> None:
    explanation = Cleaner(settings=replace(Settings(), copy_kept_in_story=False)).explain(PAGE)
    assert [d.removed_by for d in explanation.decisions if d.block.text == LEAD] == ["main-content", "duplicate-copy"]


def test_a_headline_printed_again_above_the_page_is_left_as_it_was() -> None:
    # Only prose that ends like a sentence is the story's lead: the page's title above the menu and the
    # headline over the story are two copies of a headline, and the story needs neither.
    headline = "Harbour pier in the town of Kellin to close for good after divers find its pilings rotten"
    page = "\n".join([headline, *TOP[1:], headline, *HEADER[2:], *STORY, *BOTTOM])
    kept = [d.block.text for d in Cleaner().explain(page).decisions if d.kept]
    assert kept == STORY
