"""Page text rendered by other renderers than a browser-like one: lines
hard-wrapped at a fixed width (lynx and w3m dumps, html2text), read as the
paragraphs they are. Invented pages, each rendered as such a tool renders."""

from __future__ import annotations

import textwrap

from cleaner import Cleaner
from cleaner.blocks import segment
from cleaner.features import measure_all

from cleaner.fragments import continuations, wrap_width, wrapped_lines
from cleaner.language import stopwords_for
from cleaner.model import Page
from cleaner.settings import DEFAULT_SETTINGS

STORY = [
    "Harbour officials in Port Elwyn said on Thursday that the Northgate Ferry Company would "
    "resume its crossings to Tallis Island next Monday, after Storm Maren damaged two of the "
    "company's three vessels and closed the Western Pier for most of the month.",
    "The repairs were carried out at the Brackwater yard, where Engineer Sofia Lindqvist and a "
    "crew of eleven worked through the weekend. Lindqvist said the larger ship, the Marram Star, "
    "had needed a new rudder and that Inspector Colm Ferris of the Maritime Safety Board had "
    "approved the work on Wednesday evening.",
    "Residents of Tallis Island, who rely on the ferry for groceries, medicine and school "
    "transport, had been served by a single chartered boat since the storm. Councillor Priya "
    "Anand told the island's Community Hall meeting that Northgate would run extra sailings "
    "on Tuesday and Wednesday to clear the backlog of freight.",
    "Northgate's Managing Director, Tomasz Wiśniewski, apologised to passengers and said the "
    "company would refund every ticket bought for the cancelled crossings. Wiśniewski added "
    "that a third vessel, the Sea Campion, would return to service in April once Brackwater "
    "finished replacing its engines.",
    "Fares will stay at last year's level until the end of June, the company said. Timetables "
    "for the spring season will be posted at the Western Pier and at the Tallis Island Post "
    "Office from Friday morning.",
]
HEADER = ["Port Elwyn Gazette", "", "  * Home", "  * News", "  * Sport", "  * Business", "  * Weather",
          "  * Contact", "", "Ferry crossings to Tallis Island resume on Monday", ""]
FOOTER = ["", "  * About us", "  * Advertise", "  * Privacy", "  * Terms", "",
          "Copyright 2031 Port Elwyn Gazette. All rights reserved."]


def wrapped_page(width: int) -> str:
    """The page as a text browser dumps it: the story's paragraphs wrapped at ``width``, a blank line between."""
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in STORY)
    return "\n".join(HEADER) + "\n" + body + "\n" + "\n".join(FOOTER) + "\n"


def story_lines(width: int) -> list[str]:
    return [line for paragraph in STORY for line in textwrap.wrap(paragraph, width)]


def measured(text: str) -> tuple[list[str], Page]:
    blocks = segment(text)
    page = Page.of(blocks, stopwords_for("en"), "en")
    return [block.text for block in blocks], page


def test_a_story_wrapped_at_a_fixed_width_is_kept_whole():
    for width in (72, 78, 80):
        kept = Cleaner().clean(wrapped_page(width)).splitlines()
        missing = [line for line in story_lines(width) if line not in kept]
        assert not missing, (width, missing)
        assert "  * Privacy".strip() not in kept


def test_the_width_of_wrapped_text_is_read_and_each_wrapped_line_continues_the_one_above():
    texts, page = measured(wrapped_page(78))
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) in range(70, 79)
    assert_story_read_as_wrapped_at(78, texts, page)


def assert_story_read_as_wrapped_at(width, texts, page):
    """Every line of each of the story's paragraphs, wrapped at ``width``, but its first continues it; the
    paragraph under a blank line does not."""
    follows = continuations(page)
    for paragraph in STORY:
        lines = textwrap.wrap(paragraph, width)
        first = texts.index(lines[0])
        assert follows[first:first + len(lines)] == [False] + [True] * (len(lines) - 1), lines


def test_text_whose_lines_are_paragraphs_is_not_read_as_wrapped():
    page_text = "\n".join(HEADER + STORY + FOOTER)
    texts, page = measured(page_text)
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) == 0
    # nor a list of headlines of about one length, each a line of its own
    headlines = [f"Council {name} votes to keep the harbour library open for another year"
                 for name in ("North", "South", "East", "West", "Upper", "Lower", "Middle", "Outer", "Inner")]
    texts, page = measured("\n".join(headlines + STORY))
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) == 0
    # nor sentences a line each, of about one length
    sentences = [f"The {name} council voted on Monday to close the old bridge to all traffic."
                 for name in ("north", "south", "east", "west", "upper", "lower", "middle", "outer", "inner")]
    texts, page = measured("\n".join(sentences))
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) == 0



def test_verse_is_not_read_as_wrapped():
    # A poem's lines end where the poet broke them, about one length and unpunctuated, as wrapped lines
    # do; but no renderer wraps at some forty columns, and a line joined to the next is no longer judged alone.
    verse = ["she leaves the lamp lit on the landing for them", "though the last of the boats left at nine",
             "and the river is low and the wind is high tonight", "and the rope is worn thin on the line",
             "I have crossed over this water a thousand times", "and I will cross over it a thousand more",
             "her father sleeps out in the churchyard by the wall", "where the willows all bend to the tide",
             "and she counts all the oars in the boathouse", "and she counts all of the ones who died"]
    texts, page = measured("\n".join(verse))
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) == 0

MENU = ["Home", "News", "Sport", "Business", "Weather", "Letters", "Obituaries", "Contact"]


def markdown_page() -> str:
    """The page as html2text renders it: Markdown links with their addresses, a heading, wrapped paragraphs."""
    menu = [f"  * [{name}](https://www.elwyn-gazette.example/sections/{name.lower()}/index.html)" for name in MENU]
    story = [paragraph.replace("Storm Maren", "[Storm Maren](https://www.elwyn-gazette.example/tags/storm-maren/)")
             for paragraph in STORY]
    body = "\n\n".join(textwrap.fill(paragraph, 78, break_long_words=False, break_on_hyphens=False)
                       for paragraph in story)
    footer = [f"[{name}](https://www.elwyn-gazette.example/about/{name.lower().replace(' ', '-')}.html)"
              for name in ("About us", "Advertise", "Privacy", "Terms")]
    return ("[![Port Elwyn Gazette](https://www.elwyn-gazette.example/static/logo.png)]"
            "(https://www.elwyn-gazette.example/)\n\n" + "\n".join(menu)
            + "\n\n# Ferry crossings to Tallis Island resume on Monday\n\n" + body + "\n\n" + "\n".join(footer) + "\n")


def test_a_markdown_link_is_measured_by_its_text_not_its_address():
    link, text = measure_all(["[Local weather and tides](https://www.elwyn-gazette.example/weather/today/)",
                              "Local weather and tides"], stopwords_for("en"), DEFAULT_SETTINGS)
    assert link == text
    numbered, plain = measure_all(["[12]Local weather and tides", "Local weather and tides"], stopwords_for("en"),
                                  DEFAULT_SETTINGS)
    assert numbered == plain


def test_a_markdown_link_is_measured_without_its_title():
    # html2text keeps a link's title after its address: a blogroll's titles would read as sentences
    titled, text = measure_all(['  * [Harbour notes](https://harbour-notes.example/ "A pilot\'s log of the '
                                'tides, written each morning.")', "  * Harbour notes"], stopwords_for("en"),
                               DEFAULT_SETTINGS)
    assert titled == text
    around_image, alt = measure_all(['[![Share](https://elwyn.example/share.png)](https://elwyn.example/share?u=1 '
                                     '"Share on the \\(other\\) site")', "Share"], stopwords_for("en"),
                                    DEFAULT_SETTINGS)
    assert around_image == alt


def test_a_sentence_in_markdown_emphasis_ends_like_a_sentence():
    bold, italic, plain = measure_all(["**The ferry will run again on Monday.**", "_Fares stay as they were._",
                                       "The ferry will run again on Monday."], stopwords_for("en"), DEFAULT_SETTINGS)
    assert bold.terminal and italic.terminal and bold.words == plain.words
    label, name = measure_all(["**Timetable**", "snake_case_"], stopwords_for("en"), DEFAULT_SETTINGS)
    assert not label.terminal and not name.terminal


def test_a_markdown_page_keeps_its_story_and_drops_its_menu_of_links():
    kept = Cleaner().clean(markdown_page())
    for paragraph in STORY:
        for word in ("Northgate", "Tallis"):
            assert word in kept or word not in paragraph
    kept_lines = kept.splitlines()
    story = [line for line in markdown_page().splitlines() if "Tallis" in line or "Northgate" in line]
    assert all(line in kept_lines for line in story[1:])  # the heading aside
    assert not any("/sections/" in line or "/about/" in line for line in kept_lines)


def test_a_wrapped_story_under_a_list_of_headlines_is_no_item_of_the_list():
    top_stories = ["Top stories", "Bridge repairs to cost millions", "Buses to take the long way round",
                   "Schools closed until Friday", "Library to open on Sundays"]
    # the paragraphs with no blank line between them, as some pages' line breaks render
    body = "\n".join(textwrap.fill(paragraph, 78) for paragraph in STORY)
    page = ("Port Elwyn Gazette\n\n" + "\n".join(top_stories)
            + "\n\nFerry crossings to Tallis Island resume on Monday\n\n" + body + "\n" + "\n".join(FOOTER) + "\n")
    kept = Cleaner().clean(page).splitlines()
    assert [line for line in story_lines(78) if line not in kept] == []
    assert not set(top_stories) & set(kept)


def test_a_markdown_link_wrapped_inside_its_address_is_measured_by_its_text():
    # html2text breaks a long address after a hyphen in it: the target is left open at the line's
    # end, its rest (or a piece of it broken again) starts the next line
    opened, closed, piece, text = measure_all(
        ["Read the [full timetable](https://www.elwyn-gazette.example/ferries/spring-",
         "timetable-2031/northgate-crossings.html) before you travel.",
         "www.elwyn-gazette.example/2031/03/ferry-crossings-to-tallis-island-resume-",
         "Read the [full timetable"], stopwords_for("en"), DEFAULT_SETTINGS)
    assert opened == text
    assert closed == measure_all([" before you travel."], stopwords_for("en"), DEFAULT_SETTINGS)[0]
    assert piece.words == 0
    joined, unwrapped = measure_all(
        ["Read the [full timetable](https://www.elwyn-gazette.example/ferries/spring- timetable-2031/a.html) today.",
         "Read the full timetable today."], stopwords_for("en"), DEFAULT_SETTINGS)
    assert joined == unwrapped
    # a word and a bracket at a line's start are no address's rest: "(born in" / "1950) ...", "(in the" / "U.S.)"
    for line in ("1950) is a retired ferry captain.", "U.S.) and Canada.", "e.g.) a coat and boots."):
        assert measure_all([line], stopwords_for("en"), DEFAULT_SETTINGS)[0].words == len(line.split()) + (
            line.startswith("U.S.") or line.startswith("e.g."))



def test_an_address_of_any_scheme_is_measured_out():
    # lynx lists a page dumped from a file with its links as file:/// addresses, whose slugs read as prose
    listed, number = measure_all(["12. file:///news/2031/03/ferry-crossings-to-the-island-resume-on-monday.html",
                                  "12. "], stopwords_for("en"), DEFAULT_SETTINGS)
    assert listed == number


def lynx_page() -> str:
    """The page as lynx dumps it from a file: links numbered, wrapped at 78, its links listed at the end."""
    headlines = ["Bridge repairs to cost millions more than the council had planned for",
                 "Buses to take the long way round the harbour while the road is closed",
                 "Schools closed until Friday after the storm brought down power lines",
                 "Library to open on Sundays from next month for a trial of six weeks"]
    related = "\n".join(f"[{n}]{headline}" for n, headline in enumerate(headlines, 10))
    links = [f"file:///sections/{name.lower()}/" for name in MENU] + [
        f"file:///news/2031/03/{headline.lower().replace(' ', '-')}.html" for headline in headlines] * 3
    references = "\n".join(f"{n}. {link}" for n, link in enumerate(links, 1))
    menu = "\n".join(f"   * [{n}]{name}" for n, name in enumerate(MENU, 1))
    body = "\n\n".join(textwrap.fill(paragraph, 78) for paragraph in STORY)
    return (menu + "\n\nFerry crossings to Tallis Island resume on Monday\n\n" + body + "\n\nRelated stories\n\n"
            + related + "\n\nReferences\n\n   Visible links:\n" + references + "\n")


def test_a_lynx_dump_keeps_its_story_and_not_its_list_of_links():
    kept = Cleaner().clean(lynx_page()).splitlines()
    assert [line for line in story_lines(78) if line not in kept] == []
    assert not any("file:///" in line for line in kept)




NOTICES = [
    ("We use cookies on our website to give you the most relevant experience by remembering your "
                      "preferences and repeat visits. By clicking Accept, you consent to the use of all the cookies, "
                      "including those of the harbour's partners who help us understand how you use the site."),
    ("Your email address will not be published. Required fields are marked with an asterisk, and "
                       "comments are read by the harbour desk before they appear."),
]


def test_a_wrapped_notice_goes_with_the_lines_wrapped_from_its_first():
    # A phrase marks the notice's first line; a renderer that keeps paragraphs on one line shows it as
    # one line that the phrase starts, and the lines wrapped from it are the same notice.
    page = wrapped_page(78) + "".join("\n" + textwrap.fill(notice, 78) + "\n" for notice in NOTICES)
    removed_by = {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}
    for notice in NOTICES:  # each line by the stage that found the notice (cookie-notice, privacy-notice)
        stages = [removed_by[line] for line in textwrap.wrap(notice, 78)]
        assert stages[0] not in (None, "main-content") and set(stages) == {stages[0]}, stages
    assert [line for line in story_lines(78) if removed_by[line]] == []
    # a line in the middle of a paragraph that a phrase marks takes no other line with it
    story = ["Harbour officials said on Thursday that the booking site would show a notice,",
             "which reads, in the words of the company, as plainly as the ferry office can:",
             "We use cookies on the booking site only to hold a seat, the company said on",
             "Friday, and it asked travellers to book early for the spring crossings."]
    assert all(len(line) > 70 for line in story[:-1])
    middle = 2
    decisions = Cleaner().explain(wrapped_page(78).replace(textwrap.fill(STORY[0], 78), "\n".join(story))).decisions
    removed_by = {d.block.text: d.removed_by for d in decisions}
    assert removed_by[story[middle + 1]] is None


def test_a_wrapped_line_ending_in_a_name_after_a_sentence_is_no_caption():
    # "... by the north quay. Marram Star" ends as a caption with its photographer's name does, but the
    # paragraph goes on on the next line: the line's end is no caption's end
    paragraph = ("Repairs took eleven days at the Brackwater yard by the north quay. Marram Star was the first of "
                 "the two ships back in the water, on Wednesday evening.")
    lines = textwrap.wrap(paragraph, 78)
    assert lines[0].endswith(". Marram Star")
    page = wrapped_page(78).replace(textwrap.fill(STORY[1], 78), "\n".join(lines))
    removed_by = {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}
    assert [removed_by[line] for line in lines] == [None, None]
    # a caption a line of its own still goes
    caption = "The Marram Star leaves the Brackwater yard on Wednesday evening. Anna Berg"
    page = wrapped_page(78).replace(textwrap.fill(STORY[1], 78), caption + "\n\n" + textwrap.fill(STORY[1], 78))
    assert {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}[caption] == "photo-caption"


def test_a_wrapped_line_with_a_date_is_no_dateline():
    # a short piece of a sentence that holds a date reads as a dateline; but its paragraph goes on
    paragraph = ("Nobody expected it. On Monday, 3 March 2031, the harbour master of Port Elwyn said that the "
                 "western pier would reopen to the ferries within the week.")
    lines = textwrap.wrap(paragraph, 78)
    third = textwrap.fill(STORY[2], 78)
    page = wrapped_page(78).replace(third, third + "\n\n" + "\n".join(lines))
    removed_by = {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}
    assert [removed_by[line] for line in lines] == [None] * len(lines)


def test_the_items_of_a_list_marked_by_a_letter_are_no_sentence_run_together():
    # lynx and inscriptis mark a nested list's items "o ": each item starts in lower case, and a run of
    # them ending with a question read as one paragraph, which set a menu of headlines up as a story.
    items = ["o New timetable for the island ferries", "o Storm damage along the northern coast",
             "o The old lighthouse opens its doors again", "o Is the harbour ready for the summer?"]
    texts, page = measured("\n".join(["Port Elwyn Gazette", *items, "", *STORY]))
    follows = continuations(page)
    assert not any(follows[texts.index(item)] for item in items)
    # A sentence's last words in lower case, under a line that starts with another letter, still go on with it.
    texts, page = measured("o The council said on Tuesday that the new timetable\nwould start in the spring.")
    assert continuations(page) == [False, True]


def markdown_page_with_long_items() -> str:
    """The page as html2text renders it: paragraphs wrapped at 78, but a list's items and a table's rows
    left whole however long, here longer than the width (teasers, each a link with its summary)."""
    teasers = [f"  * [{headline}: the full story from the harbour desk, with pictures and the timetable]"
               f"(https://www.elwyn-gazette.example/news/2031/03/{n}/story.html)"
               for n, headline in enumerate(("Bridge repairs to cost millions more", "Buses take the long way round",
                                             "Schools closed until Friday", "Library to open on Sundays",
                                             "New timetable for the island ferries", "Storm damage on the coast",
                                             "The old lighthouse opens its doors", "Is the harbour ready for summer"))]
    rows = [f"{day} | Northgate Ferry Company crossing to Tallis Island from the Western Pier | {time}"
            for day, time in (("Monday", "07:40"), ("Tuesday", "08:10"), ("Wednesday", "07:40"))]
    body = "\n\n".join(textwrap.fill(paragraph, 78) for paragraph in STORY)
    return ("# Ferry crossings to Tallis Island resume on Monday\n\n" + body
            + "\n\nDay | Crossing | Time\n---|---|---\n" + "\n".join(rows)
            + "\n\n## Top stories\n\n" + "\n".join(teasers) + "\n")


def test_a_list_and_a_table_left_whole_do_not_hide_the_width_the_paragraphs_were_wrapped_at():
    # html2text wraps paragraphs but not a list's items nor a table's rows: a page of long ones ran past
    # any edge, and its story's wrapped lines were each judged alone (a line with a date as a dateline)
    texts, page = measured(markdown_page_with_long_items())
    assert wrap_width(texts, page.features, DEFAULT_SETTINGS) in range(70, 79)
    assert_story_read_as_wrapped_at(78, texts, page)


def test_a_bulleted_item_is_no_line_wrapped_from_the_one_above():
    # each of html2text's long items runs past the width: the next one starts with a bullet, a new item
    texts, page = measured(markdown_page_with_long_items())
    follows = continuations(page)
    assert not any(follows[i] for i, text in enumerate(texts) if text.startswith("* "))


def test_a_line_with_a_date_in_the_middle_of_a_wrapped_paragraph_is_no_dateline():
    paragraph = ("The harbour master of Port Elwyn told the council that the western pier, closed since "
                 "the storm, will reopen on Monday, 3 March 2031, at seven in the morning, when the first "
                 "ferry of the Northgate Ferry Company leaves for Tallis Island.")
    lines = textwrap.wrap(paragraph, 78)
    assert "2031" in lines[1] and len(lines) > 2
    third = textwrap.fill(STORY[2], 78)
    page = wrapped_page(78).replace(third, third + "\n\n" + "\n".join(lines))
    removed_by = {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}
    assert [removed_by[line] for line in lines] == [None] * len(lines)


def test_two_wrapped_paragraphs_that_start_alike_are_no_copies():
    # their first lines are the same words, the rest differs: a renderer that keeps each paragraph on
    # one line shows two different paragraphs, not a line printed twice
    opening = "Under the title Harbours in the Net, the Port Elwyn Gazette holds its yearly meeting"
    first = textwrap.wrap(opening + " on Saturday in the town hall, where the ferry company will speak.", 78)
    second = textwrap.wrap(opening + " in the Community Hall of Tallis Island, and islanders may ask questions.",
                           78)
    assert first[0] == second[0]
    third = textwrap.fill(STORY[2], 78)
    page = wrapped_page(78).replace(third, third + "\n\n" + "\n".join(first) + "\n\n" + "\n".join(second))
    removed = [d.block.text for d in Cleaner().explain(page).decisions if d.removed_by]
    assert [line for line in first + second if line in removed] == []


def test_a_list_item_wrapped_under_its_indented_bullet_is_one_paragraph():
    # w3m and lynx indent a list's items and the lines wrapped from them ("  • The first..." / "    goes
    # on..."): read without the indentation, each line ends short of the width by more than the next word
    item = ("The Harbour Board thanked Hugo Lindqvist Vogel Lund Marsh Nowak Silva Sofia Anand Colm Mara Ferris "
            "Quinn Costa Oskar Tomasz Lena Elin Berg Reyes Priya Tomas Ines Ana for the work.")
    lines = textwrap.wrap(item, 80, initial_indent="  • ", subsequent_indent="    ")
    # the second line ends in a name, the third starts with one: only the width says it goes on
    assert lines[1].endswith("Priya") and len(lines[1].strip()) + len(" Tomas") <= 80
    third = textwrap.fill(STORY[2], 80)
    texts, page = measured(wrapped_page(80).replace(third, third + "\n\n" + "\n".join(lines)))
    first = texts.index(lines[0].strip())
    assert continuations(page)[first:first + len(lines)] == [False] + [True] * (len(lines) - 1)


RELATED = ["Bridge repairs to cost millions more than planned", "Buses to take the long way round the harbour",
           "Schools closed until Friday after the storm"]


def test_a_markdown_heading_over_a_list_of_links_is_found_as_its_plain_text_is():
    # html2text sets "### " before a heading and "* [text](address)" for a list's links: the phrase that
    # marks "Related" over a list of headlines marks it there too, and the story under the list goes on
    def page(heading: str, items: list[str]) -> str:
        return "\n\n".join([*map(textwrap.fill, STORY[:3]), heading, "\n".join(items), *map(textwrap.fill, STORY[3:])])

    plain = Cleaner().explain(page("Related", RELATED)).decisions
    links = [f"  * [{headline}](/news/2031/03/{n}/)" for n, headline in enumerate(RELATED)]
    markdown = Cleaner().explain(page("### Related", links)).decisions
    assert {d.block.text: d.removed_by for d in plain}["Related"] not in (None, "main-content")
    assert {d.block.text: d.removed_by for d in markdown}["### Related"] not in (None, "main-content")
    assert [d.block.text for d in markdown if d.removed_by is None] == [d.block.text for d in plain
                                                                        if d.removed_by is None]


def test_a_short_wrapped_story_is_read_as_wrapped_when_cleaned_again():
    # once cleaned, a short story wrapped at a fixed width is a few lines: read as lines of their own,
    # its first one, a sentence's start with a date, went as a dateline in a later pass
    paragraphs = ["On 4 February 2031 the Northgate Ferry Company will publish its new timetable for the crossings "
                  "to Tallis Island, with two more sailings a day in the summer months.",
                  "Harbour officials said that the Western Pier would be ready for the larger ships by then, and "
                  "that the repairs at the Brackwater yard were finished."]
    lines = [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 78)]
    page = ("\n".join(HEADER) + "\n" + "\n\n".join(textwrap.fill(paragraph, 78) for paragraph in paragraphs)
            + "\n" + "\n".join(FOOTER) + "\n")
    kept = Cleaner().clean(page).splitlines()
    assert [line for line in lines if line not in kept] == []


COMMENTS = [("bluefan", "About time too, the island has waited long enough for this."),
            ("mike_r", "He never had a chance with that squad, in my view."),
            ("anna k", "Sad day for the harbour and for everyone who works there.")]


def test_markdown_emphasis_escapes_and_item_numbers_hide_no_comment_header():
    # html2text sets a commenter's name in bold after a numbered item's mark and an avatar's image
    # ("1. ![](...) **Jo Lee** says:"), escapes a date's full stop at the start of a link's text
    # ("[ 25\. May 2031 at 10:12 ](https://...)") and bolds a label ("**Rating:** 12 Votes"): the
    # comment thread is found there as in the plain text a browser shows
    def page(header: str, stamp: str, rating: str) -> str:
        thread = [line for n, (name, comment) in enumerate(COMMENTS, 1)
                  for line in (header.format(n=n, name=name), stamp.format(n=n), comment, rating.format(n=n))]
        return "\n\n".join([*map(textwrap.fill, STORY), "\n".join(thread)])

    plain = Cleaner().explain(page("{name} says:", "May {n}, 2031 at 10:12 am", "Rating: {n} Votes")).decisions
    markdown = Cleaner().explain(page("{n}. ![](https://avatars.example/{n}.png) **{name}** says:",
                                      "[ May {n}, 2031 at 10:12 am ](https://gazette.example/2031/ferry/#comment-{n})",
                                      "**Rating:** {n} Votes")).decisions
    kept = [d.block.text for d in plain if d.removed_by is None]
    assert kept and not any(comment in kept for _, comment in COMMENTS)
    assert [d.block.text for d in markdown if d.removed_by is None] == kept
    assert {d.removed_by for d in markdown if d.block.text.endswith("says:")} == {"comment-thread"}


def test_a_sentence_run_closed_by_a_german_quote_is_one_sentence():
    # a renderer that sets each link's text on a line of its own (BeautifulSoup's get_text("\n")) splits
    # a quote closed the German way („...“) at its links: the run ends like a sentence, and its pieces,
    # the same words as the menu's entries, are no repeated labels
    menu = ["Startseite", "Deutschland", "Frankreich", "Grenze zu Frankreich", "Wirtschaft"]
    story = ["Der Bürgermeister erinnerte sich daran, wie er als Jugendlicher die Schlagbäume an der",
             "Grenze zu Frankreich",
             "ausgerissen hat: „Für uns war klar, dass es in Europa keine Grenzen mehr geben darf, "
             "schon gar nicht zwischen",
             "Deutschland", "und", "Frankreich", ".“",
             "Die Zuhörer kannten diese Geschichte gut, denn die Grenzen waren seit Langem offen und man "
             "lebte beiderseits.",
             "Am Sonntag verkündete die Landesregierung dennoch, dass die Grenze ab Montag geschlossen werde."]
    kept = Cleaner().clean("\n".join([*menu, "Die Rückkehr der Schlagbäume", *story, *menu])).splitlines()
    assert [line for line in story if line not in kept] == []


def test_a_reference_number_before_a_mark_hides_no_comment_header():
    # lynx numbers every link, a comment's permalink "#" too ("[57]#"): the header with its time and
    # links reads as the plain text's ("17.10.2031, 14:14 Antworten Zitieren #")
    def page(header: str) -> str:
        thread = [line for n, (name, comment) in enumerate(COMMENTS, 1)
                  for line in (name, header.format(n=n, a=3 * n, b=3 * n + 1, c=3 * n + 2), comment)]
        return "\n\n".join([*STORY, "\n".join(thread)])

    plain = Cleaner().explain(page("17.10.2031, 14:1{n} Antworten Zitieren #")).decisions
    lynx = Cleaner().explain(page("17.10.2031, 14:1{n} [{a}]Antworten [{b}]Zitieren [{c}]#")).decisions
    assert {d.removed_by for d in plain if d.block.text.startswith("17.10.")} == {"comment-thread"}
    assert {d.removed_by for d in lynx if d.block.text.startswith("17.10.")} == {"comment-thread"}


def test_the_lines_of_a_quote_set_apart_by_its_marks_are_wrapped_from_each_other():
    # html2text sets "> " before each line of a quote and wraps them at the width the marks fill too:
    # a quote's line goes on with its paragraph as a plain line does, and a mark alone (">", the blank
    # line between the quote's paragraphs) starts none
    quote = [textwrap.wrap(paragraph, 78, initial_indent="> ", subsequent_indent="> ") for paragraph in STORY[:2]]
    text = "\n".join([*quote[0], ">", *quote[1]])
    blocks = segment(text)
    wraps = wrapped_lines(blocks, 78)
    first, second = len(quote[0]), len(quote[1])
    assert wraps == [True] * (first - 1) + [False, False] + [True] * (second - 1)


def test_the_first_pieces_of_a_sentence_after_a_list_of_headlines_are_no_items():
    # BeautifulSoup's get_text("\n") sets each link's text on a line of its own: the story's sentence
    # after a box of other articles ("Authorities in" / "Tallis Island" / ", which ...") starts with
    # pieces as short as the box's headlines, and they go on with the sentence, not with the box
    box = ["Most read in news", *RELATED]
    sentence = ["Councillors in", "Tallis Island", ", who rely on the ferry for groceries and medicine, asked the "
                "company to run extra sailings on Tuesday and Wednesday to clear the backlog."]
    page = "\n".join([*STORY[:3], *box, *sentence, *STORY[3:]])
    kept = Cleaner().clean(page).splitlines()
    assert [line for line in sentence if line not in kept] == []
    assert [line for line in box if line in kept] == []


def test_a_text_browsers_list_of_the_pages_links_goes():
    # lynx -dump lists every link of the page under it, numbered ("12. https://..."): no line of the story,
    # whose sentences stay, a numbered one among them
    addresses = [f"{n}. https://gazette.example/news/2031/{n}/" for n in range(1, 7)]
    references = ["References", "", "Visible links:", *addresses, "7. javascript:void(0);",
                  "8. mailto:desk@gazette.example"]
    story = [*STORY[:4], "1. The first sailing leaves at six.", STORY[4]]
    decisions = Cleaner().explain("\n\n".join([*story, "\n".join(references)])).decisions
    kept = [d.block.text for d in decisions if d.removed_by is None]
    assert [line for line in story if line not in kept] == []
    assert [line for line in references if line[:1].isdigit() and line in kept] == []
