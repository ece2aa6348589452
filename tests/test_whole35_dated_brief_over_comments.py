"""A short story under its dateline, right above the comment section's heading, is no comment (issue 12:
briefs lost whole under an inserted comment thread; comment-thread's _under_comment_heading, the setting
comment_header_shape_parts_story). The thread's headers come from one template; the story's dateline,
above the heading, has another shape. Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), comment_header_shape_parts_story=False))

ENGLISH_MENU = ["Millbrook Gazette", "Home", "Local", "Sport", "What's on", "Contact"]
ENGLISH_STORY = [
    "The footbridge over the mill stream will stay closed until the end of the month while engineers replace "
    "two of its rotten beams, the parish council said on Tuesday.",
    "Walkers are asked to use the road bridge by the church instead, where a temporary path has been marked out.",
]
ENGLISH_COMMENTS = [
    "3 comments", "Dave", "June 4, 2025 at 9:12 am", "About time they fixed it, the beams have been soft for years.",
    "Reply", "Margaret", "June 4, 2025 at 10:40 am", "The temporary path is far too narrow for a pram.", "Reply",
    "Tom", "June 5, 2025 at 7:05 am", "Thanks for letting us know.", "Reply", "Leave a comment",
]
ENGLISH_FOOTER = ["More local news", "Library extends its opening hours", "New bus shelter for the high street",
                  "About us", "Privacy", "© 2025 Millbrook Gazette"]


def english_page() -> str:
    return "\n".join([*ENGLISH_MENU, "", "Mill stream footbridge closed for repairs",
                      "Millbrook | 04.06.2025, 08:30", "", *ENGLISH_STORY, "", *ENGLISH_COMMENTS, "", *ENGLISH_FOOTER])


FRENCH_MENU = ["Radio Vallée FM", "Info", "Sport", "Émissions", "Podcasts", "Agenda", "Jeux"]
FRENCH_STORY = ("Le vide-greniers prévu dimanche sur la place du marché de Saint-Orlan est reporté au dimanche "
                "suivant en raison des orages annoncés, ont indiqué les organisateurs.")
FRENCH_COMMENTS = [
    "3 commentaires", "Sophie", "12 mai 2025 à 9 h 05", "Dommage, nous avions préparé nos stands.", "Répondre",
    "Paul", "12 mai 2025 à 10 h 20", "Sage décision vu la météo.", "Répondre", "Laisser un commentaire",
]
FRENCH_FOOTER = ["Les plus écoutés", "Le portrait du boulanger de Saint-Orlan", "La chorale fête ses trente ans",
                 "Mentions légales · Contact · Plan du site"]


def french_page() -> str:
    return "\n".join([*FRENCH_MENU, "", "Saint-Orlan : le vide-greniers reporté", "Publié le 12 mai 2025 à 8h30", "",
                      FRENCH_STORY, "", *FRENCH_COMMENTS, "", *FRENCH_FOOTER])


def test_a_dated_two_paragraph_story_above_the_comments_stays(cleaner):
    body = cleaner.clean(english_page())
    assert all(line in body for line in ENGLISH_STORY)
    assert "About time they fixed it" not in body and "far too narrow" not in body


def test_a_dated_one_paragraph_brief_above_the_comments_stays(cleaner):
    body = cleaner.clean(french_page())
    assert FRENCH_STORY in body
    assert "Dommage" not in body and "Sage décision" not in body


@pytest.mark.parametrize("page", [english_page, french_page])
def test_without_the_setting_the_story_went_as_the_first_comment(page):
    assert "Walkers are asked" not in OFF.clean(page()) and "vide-greniers prévu" not in OFF.clean(page())


def test_a_first_comment_of_the_threads_shape_above_a_reply_button_goes(cleaner):
    """Every header of one shape: the first above the "Reply" button is a comment as the others are."""
    thread = ["Comments", "Anna", "June 3, 2025 at 8:01 pm", "I walk there every day and the beams looked fine to me.",
              "Reply", *ENGLISH_COMMENTS[1:]]
    text = "\n".join([*ENGLISH_MENU, "", "Mill stream footbridge closed for repairs", "", *ENGLISH_STORY, "", *thread,
                      "", *ENGLISH_FOOTER])
    body = cleaner.clean(text)
    assert all(line in body for line in ENGLISH_STORY)
    assert "I walk there every day" not in body
