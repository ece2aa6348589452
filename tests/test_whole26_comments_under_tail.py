"""Two long comments under a comment prompt below a story whose last section stands apart from its
paragraphs (a panel's name and its moderator over "Stream and registration" and its paragraph): the
section alone is no teaser tail and stays, but counted with the comments under the prompt it made
three set-apart blocks, and the story's last section went with the comments as a teaser tail (issue 12,
the perturbation probe's long-comments). The prompt now ends the tail: the comments under it go, the
section above it is weighed alone. Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings

MENU = ["The Valley Courier", "Home", "News", "Events", "Contact", ""]
HEADER = ["Town hosts a day on the future of its river", "By Clara Holt, 4 May 2024", ""]
STORY = [
    "The town will hold a day of talks on the future of the river on Saturday, with speakers from the county, "
    "the water board and the fishing club.",
    "The river has flooded twice in three years, and the council wants to hear what the people who live along "
    "it think before it decides how to protect the lower streets.",
    "Entry is free, and the organisers expect more than two hundred visitors in the old town hall, where the "
    "talks will be held in the main room.",
    "The county has already set aside money for a study of the lower streets, and its engineers will present "
    "the first results of that study in the afternoon.",
    "The fishing club, which has asked for years for the old meadows to be flooded again, will show how the "
    "river looked before it was straightened a century ago.",
    "The water board will bring its own plans for the lower streets, which include a second dike and a pumping "
    "station by the old mill, and it wants to hear from the shop owners there.",
    "Children from the two schools in the town have drawn the river as they would like it to look in fifty "
    "years, and their pictures will hang in the hall for the whole day.",
]
LAST_SECTION = [
    "Closing panel", "Moderation: Ann Cole", "Stream and registration",
    "The day will be streamed on the town's website. Please register by Thursday so that the organisers know "
    "how many chairs to set out.",
]
COMMENTS = [
    "", "2 comments", "Mark", "4 May 2024 at 10:15",
    "We were flooded in the spring and nobody from the council came to see the damage, so I hope they listen "
    "this time and do something about the dike before the next winter, because another flood like the last one "
    "would ruin half of the shops in the lower streets and the insurers have already told us they will not pay "
    "twice.",
    "Reply", "Anna", "4 May 2024 at 11:02",
    "A day of talks is a good start, but the water board has known about the problem for years and the money for "
    "the new dike was promised long ago by the county, so I would rather see the diggers at work on the meadows "
    "than another afternoon of speeches in the town hall with coffee and biscuits.",
    "Reply", "Leave a comment",
]
FOOTER = ["", "About us", "Privacy", "© 2024 The Valley Courier"]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_the_story_s_last_section_above_long_comments_stays(cleaner):
    body = cleaner.clean(page(MENU, HEADER, STORY, LAST_SECTION, COMMENTS, FOOTER)).splitlines()
    assert body[-len(LAST_SECTION):] == LAST_SECTION
    assert not any(line.startswith(("We were flooded", "A day of talks")) for line in body)


def test_without_the_comments_the_section_stayed_already(cleaner):
    # What the comments changed: the same page without them keeps its last section on main too.
    body = cleaner.clean(page(MENU, HEADER, STORY, LAST_SECTION, FOOTER)).splitlines()
    assert body[-len(LAST_SECTION):] == LAST_SECTION


def test_with_the_setting_off_the_section_goes_with_the_comments():
    off = Cleaner(settings=replace(Settings(), comment_prompt_ends_teaser_tail=False))
    body = off.clean(page(MENU, HEADER, STORY, LAST_SECTION, COMMENTS, FOOTER)).splitlines()
    assert LAST_SECTION[-1] not in body
