"""A box of headlines set inside a story's list of short lines (an interview's questions and answers)
under no paragraph: the related list ran on over the story's lines under the box. It ends at its
group's blank line when the lines under that group take up the shape of the lines above its heading
(a label and colon, a quotation, a sentence's stop), a shape none of its items has (issue 12:
perturbation probe, insert-related-mid; lists._shape_goes_on_under_box, the setting
box_story_shape_lines). Invented texts."""

from __future__ import annotations

from dataclasses import replace

from helpers import removals

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), box_story_shape_lines=0))

MENU = ["The Town Post", "Home", "News", "Sport", "Business", "Weather", "Contact"]
HEADER = ["Ten questions for the new harbour master", "By Anna Berg, 3 March 2024"]
INTRO = ["Maria Lund took over the harbour in January after twenty years at sea, and she has big plans for the "
         "old docks.", "We asked her about boats, storms and the town's favourite fish soup."]
ABOVE = ["Q: Where did you grow up?", "A: In a fishing village on the north coast, the youngest of five.",
         "Q: Favourite place in town?", "A: The end of the east pier at sunrise.", "Q: Favourite meal?"]
UNDER = ["A: My grandmother's fish soup.", "Q: Favourite book?", "A: Anything about old ships.",
         "Q: What are your hobbies?",
         "A: Rowing on the bay in the summer, reading in the winter, and fixing old engines all year round.",
         "Q: What comes next for the docks?",
         "A: A new quay for the ferries, a market hall in the old sheds and, if the council agrees, a small museum."]
END = ["Maria Lund will open the harbour to visitors on the first Sunday of every month, starting in April, "
       "she told us."]
BOX = ["Related stories", "Bridge repairs delayed again", "New bus timetable from Monday",
       "Library reopens after the flood", "Harbour festival returns in June"]
FOOTER = ["About us", "Privacy", "Terms", "© 2024 The Town Post"]


def page(above: list[str], box: list[str], under: list[str]) -> str:
    return "\n".join([*MENU, "", *HEADER, "", *INTRO, *above, "", *box, "", *under, *END, "", *FOOTER])


def removed_by(cleaner: Cleaner, text: str, lines: list[str]) -> list[str | None]:
    decisions = removals(text, cleaner)
    return [decisions[line] for line in lines]


def test_the_list_ends_at_its_group_when_the_story_goes_on_under_it(cleaner):
    text = page(ABOVE, BOX, UNDER)
    assert removed_by(cleaner, text, BOX) == ["related-list"] * len(BOX)
    assert "related-list" not in removed_by(cleaner, text, UNDER)
    body = cleaner.clean(text).splitlines()
    assert all(line in body for line in [*ABOVE[:4], *UNDER[1:], *END])


def test_without_the_setting_the_list_ran_on_over_the_story():
    assert removed_by(OFF, page(ABOVE, BOX, UNDER), UNDER[:4]) == ["related-list"] * 4


def test_lines_of_the_items_own_shape_do_not_end_it(cleaner):
    """Headlines ending with a full stop in the box, lines above and under it
    ending with a sentence's stop, no label: the shape is the items' too,
    and tells the story's lines from them no more."""
    stopped_box = [BOX[0], *(f"{line}." for line in BOX[1:])]
    text = page([line[3:] for line in ABOVE], stopped_box, [line[3:] for line in UNDER])
    assert cleaner.clean(text) == OFF.clean(text)
