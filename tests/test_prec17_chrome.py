"""The chrome text mode kept around the story's end (issue 12, precision): a
newsletter box's heading and pitch over its button, an author box under the
byline's name, a photo's caption with its credit in a shape of any language.
Pages invented for these tests."""

from cleaner import clean

_MENU = "Home\nNews\nSport\nCulture\nWeather\nContact\n"
_STORY = (
    "The town council voted on Tuesday evening to keep the passenger ferry running through the winter, after a "
    "petition signed by more than two thousand residents asked it to reverse the planned cut.\n"
    "The ferry, which crosses the estuary six times a day, had been due to stop in October because of rising fuel "
    "costs and a shortfall in the transport budget.\n"
    "Councillors said the money would come from a reserve fund set aside for repairs to the harbour wall, which "
    "have been delayed until next spring.\n"
)
_FOOTER = "Related stories\nBridge repairs to start in June\nNew bus route for the east side\n© 2025 Harbour Times\n"


def test_a_newsletter_box_over_its_button_goes_with_it():
    page = (_MENU + "Harbour town votes to keep its ferry running\nBy Tom Reyes · May 3, 2025\n" + _STORY
            + "The Harbour Brief\nWhat happened on the waterfront this week, every Friday morning.\nSign up\n"
            + _FOOTER)
    body = clean(page)
    assert "The Harbour Brief" not in body and "every Friday morning" not in body
    assert body.splitlines() == _STORY.splitlines()


def test_the_author_box_under_the_byline_name_goes():
    page = (_MENU + "Harbour town votes to keep its ferry running\nPosted by Tom Reyes on May 3, 2025 · 4 min read\n"
            + _STORY + "Tom Reyes\n"
            + "Tom sails a small dinghy on the estuary most weekends and has never missed a ferry.\n" + _FOOTER)
    body = clean(page)
    assert "dinghy" not in body
    assert body.splitlines() == _STORY.splitlines()


def test_a_caption_credited_in_capitals_goes_and_the_story_stays():
    lines = _STORY.splitlines()
    page = (_MENU + "Harbour town votes to keep its ferry running\nBy Tom Reyes · May 3, 2025\n"
            + "\n".join([lines[0], "The ferry leaves the quay in the evening light. MARA LINDQVIST", *lines[1:]])
            + "\n" + _FOOTER)
    body = clean(page)
    assert "MARA LINDQVIST" not in body
    assert [line for line in body.splitlines() if line] == lines  # a blank line where the caption was
