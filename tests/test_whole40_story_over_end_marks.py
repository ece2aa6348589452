"""A short story at the top of a page, over its end marks (tags, a share bar), is kept beside a longer box under
them (issue 12: perturb_pages.py's drop-all-before and shuffle-before on a blog post and an event's paragraph
over an "about me" or "about us" box: with no chrome removed above the story, the box's region won and the story
went whole). Its marks say the story ends there (setting story_beside_story_at_end). Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

POST = ["Last weekend I finally repainted the old bicycle that my grandfather left me, a green touring frame from "
        "the sixties that had been standing in the shed for years, and it rides better than ever.",
        "Have you ever restored a bike? Tell me about it in the comments!"]
EVENT = ("Once again we invite all neighbours, members and friends to our autumn fair in the old orchard, with "
         "cider from our own trees, a band from the music school and games for the children. Bring a cake "
         "if you like; the fair starts at two and ends when the lanterns go out.")
MARKS = ["Tags: bicycles, repairs", "Share", "Facebook", "Pinterest", "Email"]
ABOUT = ["About me",
         "Hi, I am Robin! I am thirty-one, I live in Leeds and I work as a carpenter in a small workshop by the canal.",
         "I have been writing this blog since 2015 about old bicycles, the trips I take on them and everything else "
         "that goes through my head on the road. I am happy about every comment and every message from you, so do "
         "not hesitate to write to me if you have a question about your own bike.",
         "In my spare time I bake bread, walk my dog along the river and try out new routes, which I then sometimes "
         "share with you here on the blog when they are worth the ride."]
TAIL = ["Latest posts", "A weekend in the Dales", "My workshop tour", "Why you should start today", "Imprint",
        "Privacy"]


def post_page() -> str:
    return "\n".join([*POST, "", *MARKS, "", *ABOUT, "", *TAIL]) + "\n"


def event_page() -> str:
    return "\n".join([EVENT, "Back to the overview", "", *MARKS[1:], "", *ABOUT, "", *TAIL[-2:]]) + "\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_the_post_over_its_tags_is_kept(cleaner):
    body = cleaner.clean(post_page()).splitlines()
    assert all(line in body for line in POST)
    assert not any(line in body for line in MARKS)


def test_the_event_over_its_share_bar_is_kept(cleaner):
    body = cleaner.clean(event_page()).splitlines()
    assert EVENT in body


@pytest.mark.parametrize("page", [post_page, event_page], ids=["post", "event"])
def test_without_it_the_story_went_whole(page):
    off = Cleaner(settings=replace(Settings(), story_beside_story_at_end=False))
    body = off.clean(page()).splitlines()
    assert not any(line in body for line in [*POST, EVENT])


def test_a_notice_over_other_chrome_is_no_story(cleaner):
    # Over a list of the site's posts, no end marks: the box alone is the page's text.
    notice = ("Our offices are closed on the public holiday; messages sent then will be answered on the next "
              "working day by the team.")
    body = cleaner.clean("\n".join([notice, "", *TAIL[:4], "", *ABOUT, "", *TAIL[-2:]]) + "\n").splitlines()
    assert notice not in body and ABOUT[1] in body
