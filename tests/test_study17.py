"""Session 17 (study17): general mechanisms found on blind_pages4 once it became a study set, each
held here by an invented page of another shape and language than the study page's."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings, explain

# A how-to under numbered subheadings, each over one paragraph of a teaser's length: the story's
# sections, not a list of other articles.
SECTIONS = [
    ("1. Empty the hull",
     "Take out every bag and bottle that spent the winter inside, and leave the hatches open for a day so "
     "that the damp can dry."),
    ("2. Check the rudder lines",
     "Winter cold makes old lines brittle. Pull each one through its guide and replace any that shows a "
     "frayed or shiny patch."),
    ("3. Wax the deck",
     "A thin coat of wax keeps the sun from fading the deck and makes the spray run off, so the boat stays "
     "lighter on the water."),
    ("4. Test the spray skirt",
     "Stretch it over the cockpit rim at home: a skirt that slips off on the lawn will slip off in the first "
     "wave as well."),
    ("5. Pack a repair kit",
     "Duct tape, a spare hatch strap and a small tube of sealant fit in a sandwich bag and will save a trip "
     "that a scrape would end."),
]
HOW_TO_PAGE = "\n".join([
    "Paddle Notes", "Home", "Trips", "Gear", "About",
    "Gear",
    "Five things to check on your kayak before the first trip of spring",
    "Posted 4 April 2025 by Maren · 4 min read",
    "Most of us put the kayak away in October and do not look at it again until the first warm weekend, "
    "when the sun is out, the river is high and the last thing anyone wants is to spend the morning in the "
    "garage. That is exactly when small faults turn into long walks back to the car.",
    "Last spring I lost a whole day on the lake because a rudder line I had not looked at since autumn snapped "
    "in the first gust, and I had to paddle back against the wind with the rudder swinging behind me. Since "
    "then I have kept a short list, and I go through it every year before the first trip, whatever the weather.",
    "An hour of checks before that first trip saves a wet afternoon, and none of them needs a workshop, "
    "special tools or more than what most paddlers already keep in a box on the shelf next to the boat.",
    *[line for section in SECTIONS for line in section],
    "If anything on this list worries you, take the boat to a shop before the season rush begins.",
    "Tags: kayak, spring, maintenance",
    "Share: Facebook Email",
    "Leave a comment",
    "Popular posts", "Ten calm rivers for a first trip", "How to choose a paddle", "Dry bags compared",
    "© 2025 Paddle Notes",
])


def test_a_how_to_s_numbered_sections_of_one_paragraph_each_are_no_teaser_list():
    """Fails before teaser_numbered_headings_are_steps: teaser-list took each numbered subheading
    over its one paragraph for a teaser's headline (only "3", "Step 3" counted as a step's
    number) and removed the sections in runs of three."""
    kept = explain(HOW_TO_PAGE).text
    for heading, paragraph in SECTIONS:
        assert heading in kept
        assert paragraph in kept
    assert "Popular posts" not in kept


def test_numbered_headings_that_do_not_count_up_stay_a_teaser_list():
    """The numbers must count up one by one: a box of other articles whose headlines open with
    a number ("5 calm rivers", "3 paddles compared") is still a list of other articles."""
    story = ("The river authority will open two new launch points on the upper reach this summer, after a "
             "survey found that paddlers were crossing private land to reach the water.")
    teasers = [
        ("7. Ten calm rivers for a first trip", "Slow water, easy exits and a pub at the end of each one."),
        ("3. How to choose a paddle for touring", "Length, blade shape and weight, and what they change."),
        ("9. Dry bags compared in a hard test", "We dunked twelve bags in the lake for an hour each."),
    ]
    page = "\n".join([story, story.replace("summer", "autumn"), "More from Paddle Notes",
                      *[line for teaser in teasers for line in teaser], "© 2025 Paddle Notes"])
    kept = explain(page).text
    for _heading, summary in teasers:
        assert summary not in kept


def test_numbered_headings_are_teasers_again_without_the_setting():
    """The setting turns the rule off: the sections go as they did before it."""
    off = Cleaner(settings=replace(Settings(), teaser_numbered_headings_are_steps=False))
    kept = off.explain(HOW_TO_PAGE).text
    assert SECTIONS[0][1] not in kept
