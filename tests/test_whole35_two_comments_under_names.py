"""Two comments under a comment heading, each commenter's name over the time, are a thread (issue 12:
comment-thread's heading test, the setting comment_names_under_heading). Left to selection, they broke a
club's news item's run of sentences under the site's welcome text, and the item was lost whole. Invented
texts."""

from __future__ import annotations

from dataclasses import replace

from test_whole35_news_item_sign_off import ITEM, page

from cleaner import Cleaner, Settings

# The welcome text left to selection, as before site-welcome (welcome_box_max_lines 0): it took the item's place.
OFF = Cleaner(settings=replace(Settings(), comment_names_under_heading=False, welcome_box_max_lines=0))

COMMENTS = ["2 comments", "Dave", "June 4, 2025 at 9:12 am", "Great afternoon, thank you all for the lovely cakes.",
            "Reply", "Margaret", "June 4, 2025 at 10:40 am", "I will bring my sweet peas next year.", "Reply",
            "Leave a comment", ""]


def test_two_comments_under_their_names_are_a_thread(cleaner):
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(COMMENTS)).decisions}
    assert {removed[line] for line in ("Dave", "June 4, 2025 at 9:12 am", "I will bring my sweet peas next year.")} == {
        "comment-thread"}


def test_the_news_item_over_two_comments_stays(cleaner):
    body = cleaner.clean(page(COMMENTS))
    assert all(sentence in body for sentence in ITEM[1:])
    assert "sweet peas" not in body


def test_without_the_setting_the_item_was_lost():
    body = OFF.clean(page(COMMENTS))
    assert not any(sentence in body for sentence in ITEM[1:])


def test_a_comment_count_over_the_story_s_byline_heads_no_thread(cleaner):
    """The count link in the story's header stands over one commenter-shaped line, the story's time."""
    story = ["On Saturday we held our spring seed swap in the old pavilion, and more than forty members brought "
             "seeds from last year's harvest.",
             "The tomatoes and the runner beans went first, and the cake stall raised ninety pounds for the new "
             "water butts by the gate."]
    text = "\n".join(["Greenfield Allotment Society", "News About us Plots Events Contact", "",
                      "Seed swap in the pavilion", "2 comments", "Margaret Hale", "June 3, 2025 at 6:00 pm", "",
                      *story, "", "© Greenfield"])
    body = cleaner.clean(text)
    assert all(line in body for line in story)


UNENDED = ["2 comments", "Dave", "June 4, 2025 at 9:12 am", "Great afternoon, thank you all for the lovely cakes.",
           "Reply", "Margaret", "June 4, 2025 at 10:40 am",
           "sweet peas from me next year then, they did really well on the sunny side of the plot this summer",
           "Reply", "Leave a comment", ""]


def test_the_last_comment_unended_over_its_reply_button_goes_with_the_thread(cleaner):
    """Readers leave off the full stop; left to selection, the last comment stood as a lone paragraph
    under the item (last_comment_over_button)."""
    removed = {d.block.text: d.removed_by for d in cleaner.explain(page(UNENDED)).decisions}
    assert removed[UNENDED[7]] == "comment-thread"
    body = cleaner.clean(page(UNENDED))
    assert all(sentence in body for sentence in ITEM[1:])
    off = Cleaner(settings=replace(Settings(), last_comment_over_button=False,
                                   welcome_box_max_lines=0)).clean(page(UNENDED))
    assert not any(sentence in off for sentence in ITEM[1:])
