"""A list under its heading whose items stand one a line in one group ends at the blank line under
that group (detectors.lists._end_of_item_block, the setting list_block_min_lines): a box of headlines
set in the story ran on over the story's own list under it, and the region selection read was cut
there, so the story's second half went too (benchmarks/perturb.py, insert-related-mid: 27 choosing
pages lost story lines to related-list). Invented pages."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

# story_halves_min_share too: it keeps the story's second half under the box, the list run on or not.
OFF = Cleaner(settings=replace(Settings(), list_block_min_lines=0, story_halves_min_share=0.0))
ON = Cleaner()

FIRST_HALF = [
    "The harbour festival returns this weekend after a two-year break, and the organisers expect more than "
    "twenty thousand visitors on the quay.",
    "Boats from eleven ports will moor along the old pier, and the lifeboat crew will open its station to the "
    "public for the first time in a decade.",
]
BOX = ["More on this topic", "Lifeboat crew rescues two kayakers off the point", "New ferry timetable starts in March",
       "Harbour wall repairs finished ahead of winter", "Fish market moves to the north quay"]
PROGRAMME = ["Saturday's programme", "10:00 Opening parade", "11:30 Rowing race", "14:00 Lifeboat display",
             "16:00 Sea shanty choir", "21:00 Fireworks"]
SECOND_HALF = [
    "Parking on the quay will be closed from Friday evening, and extra buses will run from the station every "
    "fifteen minutes until midnight.",
    "The organisers ask visitors to bring their own cups, since the stalls will serve drinks only in returnable "
    "glasses this year.",
]


def _page(box: list[str]) -> str:
    return "\n".join([
        "Harbour News", "Home", "Local", "Sport", "Weather", "",
        "Harbour festival returns with fireworks and a lifeboat display", "By Tom Reed", "",
        "\n\n".join(FIRST_HALF), "", *box, "", *PROGRAMME, "", "\n\n".join(SECOND_HALF), "",
        "Share", "Facebook", "Email", "", "© 2024 Harbour News",
    ])


def test_a_box_of_headlines_set_in_the_story_ends_above_the_story_s_list():
    explanation = ON.explain(_page(BOX))
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert all(removed[line] == "related-list" for line in BOX)
    assert all(line in explanation.text for line in [*FIRST_HALF, *PROGRAMME, *SECOND_HALF])
    assert ON.clean(explanation.text) == explanation.text


def test_without_the_setting_the_box_ran_over_the_list_and_the_story_s_second_half_went():
    explanation = OFF.explain(_page(BOX))
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed["10:00 Opening parade"] == "related-list"
    assert not any(paragraph in explanation.text for paragraph in SECOND_HALF)


def test_items_of_several_lines_each_set_apart_stay_one_list():
    # Each item a headline, its teaser and its date, one group an item: the list goes on past each blank line.
    items = ["Lifeboat crew rescues two kayakers off the point", "Both were brought ashore unhurt", "2 March",
             "New ferry timetable starts in March", "Two more sailings on weekdays", "28 February",
             "Fish market moves to the north quay", "The old hall will be repaired", "26 February"]
    page = "\n".join([
        "Harbour News", "Home", "Local", "Sport", "Weather", "",
        "Harbour festival returns with fireworks and a lifeboat display", "By Tom Reed", "",
        "\n\n".join(FIRST_HALF + SECOND_HALF), "", "More on this topic",
        "\n\n".join("\n".join(items[k:k + 3]) for k in range(0, len(items), 3)), "",
        "© 2024 Harbour News",
    ])
    removed = {d.block.text: d.removed_by for d in ON.explain(page).decisions}
    assert all(removed[line] == "related-list" for line in items)
