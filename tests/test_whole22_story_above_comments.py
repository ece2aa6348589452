"""A short story above a comment prompt stays, alone, when the readers' comments under the prompt
outscore it (issue 12: whole articles lost to the comments; selection._story_above_comments, the
setting story_above_comments_min_share). Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from cleaner.selection import headline_row

OFF = Cleaner(settings=replace(Settings(), story_above_comments_min_share=0.0))

MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact"]
STORY = [
    "The town council has approved a new cycle lane along the river road after two years of debate.",
    "Work on the lane will start in March and should be finished before the summer holidays begin.",
    "Local shop owners had asked for more parking spaces, and the plan now adds twenty of them near the bridge.",
    "The mayor said the lane would make the daily trip to school safer for hundreds of children.",
]
RELATED = ["Related stories", "Bridge repairs delayed again", "New bus timetable from Monday",
           "Library reopens after the flood"]
PROMPT = ["Comments", "Leave a comment"]
COMMENTS = [
    "I have been riding along that road every morning for ten years and I can tell you that it is about time "
    "somebody did something, because the traffic there has become really dangerous for everybody.",
    "Twenty parking spaces will not be enough for the shops, and I wonder why nobody asked the people who "
    "actually live on the river road what they think about losing the trees along the water.",
    "My children cycle to school on that road and I am very happy about this decision, even though I think it "
    "should have been made much earlier, before the accident we all remember from last winter.",
    "Another waste of our money, as usual, while the roads in the north of the town are full of holes and "
    "nobody at the council seems to care about the people who have to drive there every single day.",
]
FOOTER = ["About us", "Privacy", "Terms", "© 2024 The Town Post"]


def page(comments: list[str]) -> str:
    return "\n".join(["The Town Post", *MENU, "", "Cycle lane approved for the river road", "",
                      *STORY, "", *RELATED, "", *PROMPT, "", *comments, "", *FOOTER])


def test_a_short_story_stays_above_comments_that_outscore_it(cleaner):
    body = cleaner.clean(page(COMMENTS[:3]))
    assert all(line in body for line in STORY)
    assert not any(comment in body for comment in COMMENTS)


def test_without_the_setting_the_story_was_lost():
    body = OFF.clean(page(COMMENTS[:3]))
    assert not any(line in body for line in STORY)


def test_a_story_scoring_little_beside_the_comments_goes(cleaner):
    """Under story_above_comments_min_share of the comments' score, the
    lines above the prompt (two sentences, a teaser's) are not the story."""
    teaser = STORY[:2]
    text = "\n".join(["The Town Post", *MENU, "", *teaser, "", *RELATED, "", *PROMPT, "", *COMMENTS, *COMMENTS[::-1],
                      "", *FOOTER])
    assert teaser[0] not in cleaner.clean(text)


TICKER = ("Harbour wall to be rebuilt next year | Two new doctors join the health centre | "
          "Allotments waiting list grows | School wins regional chess title | Market square to get new fountain | "
          "Storm warning, schools to close early | "
          "Police appeal for witnesses after break-in | Council tax to rise, says the mayor | "
          "Local baker opens second shop | Football club signs young striker | Choir celebrates fifty years | "
          "Roadworks on the high street until May | Museum shows the town's old photographs | "
          "Firefighters rescue a cat from the church tower | Farmers' market moves to Saturdays | "
          "Swimming pool closes for repairs | Cinema club shows silent films | Youth centre gets new roof | "
          "Town twinning visit postponed | Volunteers clean up the river banks")
NEWSLETTER = ["Get our newsletter", "The best stories of the day, delivered to your inbox every morning.",
              "Enter your email address", "Sign up"]
FIRST_HALF = STORY[:2]
SECOND_HALF = STORY[2:]


def ticker_page() -> str:
    return "\n".join(["The Town Post", "", TICKER, "", *MENU, "", "Cycle lane approved for the river road", "",
                      *FIRST_HALF, "", *NEWSLETTER, "", *SECOND_HALF, "", *FOOTER])


def test_a_row_of_headlines_on_one_line_does_not_outscore_the_story(cleaner):
    """A site's ticker of its latest headlines, set apart by pipes on one
    line, scored as a paragraph of all its words and outscored a story that
    a newsletter box cut in two: the ticker was kept, the story lost
    (headline_row)."""
    body = cleaner.clean(ticker_page())
    assert TICKER not in body
    assert all(line in body for line in SECOND_HALF)
    before = Cleaner(settings=replace(Settings(), headline_row_min_items=0)).clean(ticker_page())
    assert TICKER in before
    assert not any(line in before for line in STORY)


def test_a_story_in_one_cell_of_a_row_is_no_row_of_headlines():
    """A layout table's row that a renderer sets on one line (html2text),
    the story in one of its cells, is no row of headlines: its long cell
    keeps it prose. Nor is a table's row set between pipes."""
    settings = Settings()
    cells = " | ".join(["Home", "News", "Sport", " ".join(STORY), "Weather", "Jobs", "Cars", "Homes", "Contact"])
    assert headline_row(TICKER, settings)
    assert not headline_row(cells, settings)
    assert not headline_row(f"| {TICKER} |", settings)


DATED_STORY = ("Ferry returns in May\nMay 2, 2024, 06:29\nShare on Facebook\nShare on Twitter\n"
               "The ferry will run again in May, the council said.\n"
               "It voted for the new timetable on Monday evening.\n"
               "3 comments\nAnna\nMay 2, 2024 at 10:15\nGood news for the island.\nReply\nTom\nMay 2, 2024 at 11:02\n"
               "About time.\nReply\nKay\nMay 3, 2024 at 08:40\nAnd the fares?\nReply")


def test_a_short_story_under_its_dateline_and_share_bar_is_no_comment(cleaner):
    """A two-sentence story under its dated byline and a share bar, above
    the comment heading and comments headed by their dates: the dateline
    read as the first commenter's header, and the story went with the
    thread (comment_share_bar_is_story; the dateline's shape, not the
    comments' headers', keeps it too since session 35: both off)."""
    story = ["The ferry will run again in May, the council said.", "It voted for the new timetable on Monday evening."]
    body = cleaner.clean(DATED_STORY)
    assert all(line in body for line in story)
    assert "Good news for the island." not in body
    before = Cleaner(settings=replace(Settings(), comment_share_bar_is_story=False,
                                      comment_header_shape_parts_story=False)).clean(DATED_STORY)
    assert not any(line in before for line in story)


def test_lines_of_markdown_links_past_any_edge_leave_the_wrap_width_found():
    """html2text wraps paragraphs at 78 columns but leaves a run of links on
    one line whole, past any edge; a page with a few such runs was read as
    unwrapped, each wrapped line of its story a headline of its own. The
    runs are left out of the reading, as a table's rows are."""
    import textwrap

    from cleaner.features import measure_all
    from cleaner.fragments import wrap_width
    from cleaner.language import stopwords_for

    settings = Settings()
    story = " ".join(STORY * 3)
    wrapped = textwrap.wrap(story, 78)
    runs = [" ".join(f"[{headline}](/news/{n}-{k}.html)" for n, headline in enumerate(TICKER.split(" | ")[:8]))
            for k in range(3)]
    lines = [*wrapped[:6], runs[0], *wrapped[6:], *runs[1:]]
    assert len(runs) / len(lines) > 1 - settings.wrap_within_min_share  # enough to hide the width before
    assert wrap_width(lines, measure_all(lines, stopwords_for("en"), settings), settings) == 78
