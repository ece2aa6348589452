"""A share bar whose buttons follow a prompt of the site's own words, a call or a label ("Pass it on! Facebook
Pinterest WhatsApp", "Kindly share this story: Facebook X WhatsApp") is a share bar: the prompt is worded
freely, the buttons are the networks (issue 12, blind_pages18). A prompt that asks whether the reader liked
the story is newsletter-prompt's reader appeal, which anchors the box above it. Invented texts."""

from __future__ import annotations

import pytest
from helpers import removals


STEPS = [
    "Turn off the water at the stopcock under the sink and open the tap to let the pressure out of the pipe.",
    "Unscrew the cap on top of the tap with a flat screwdriver and lift out the old washer with a pair of pliers.",
    "Fit the new washer, screw the cap back on and turn the water on again slowly to check for leaks.",
]
TIPS = ["Our tips",
        "Take a photo of the tap before you start: it helps when you put it back together. If the tap still "
        "drips after a new washer, the seat is probably worn and a plumber should look at it."]
AUTHOR = ["Tom Harrow", "Retired plumber and keen amateur builder. I write guides so anyone can fix things at home."]


def page(share: str) -> str:
    return "\n\n".join([
        "Home\nPlumbing\nElectrics\nGarden", "How to change a tap washer", "By Tom Harrow · 2 May 2021 · 3 comments",
        "\n".join(STEPS), "Read next: How to bleed a radiator", *TIPS, f"{share}\n{AUTHOR[0]}", AUTHOR[1], "3 comments",
        "Jenny 3 May, 2021 at 9:12", "Thanks! Worked the first time.", "Mark P. 4 May, 2021 at 18:40",
        "Does this work for mixer taps too?", "Leave a comment", "Recent posts\nHow to seal a bath\nBest cheap drills",
        "© 2021 Fix It Yourself"])


@pytest.mark.parametrize("share", ["Pass it on! Facebook Pinterest WhatsApp",
                                   "Kindly share this story: Facebook X WhatsApp",
                                   "¡Pásalo a tus amigos! Facebook WhatsApp Telegram"])
def test_a_share_bar_after_a_prompt_goes_as_one(share):
    removed = removals(page(share))
    assert removed[share] == "share-bar"


def test_the_guide_ends_above_it():
    removed = removals(page("Pass it on! Facebook Pinterest WhatsApp"))
    assert all(removed[line] is None for line in [*STEPS, *TIPS])
    assert all(removed[line] is not None for line in AUTHOR)


@pytest.mark.parametrize("line", ["She said the choice was simple: Facebook or nothing",
                                  "Two networks: Facebook and WhatsApp",
                                  "Did you enjoy this story? Share it! Facebook WhatsApp"])
def test_a_sentence_that_names_networks_stays(line):
    removed = removals(page(line))
    assert removed[line] != "share-bar"
