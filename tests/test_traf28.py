"""What text mode missed that HTML mode keeps from markup (issue 12, session 28). Invented pages.

A subtitle under a headline that no title repeats: a press release's page title is worded apart from its
heading ("Press release: ..." before it, the heading cut short or worded for search), so no headline stage
removes the heading, and story_lead, which looks for the subtitle under such a line, found none. A heading
right under the release's dateline stands for it (selection.subtitle_under_dated_headline)."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Northfield Water", "Home", "Services", "Company", "Press", "Careers", ""]
DATELINE = "Northfield, 12 March 2025"
HEADLINE = "Northfield Water cuts its heating price from April"
SUBTITLE = "Some ten thousand households will pay twelve per cent less – new biomass plant joins the grid in summer"
BODY = [
    "Northfield Water will cut the price of district heating from 14.9 to 13.1 cents a kilowatt hour on 1 April "
    "2025. For a household that uses 10,000 kilowatt hours a year, the bill falls by about 180 euros.",
    "The cut follows the sharp fall in the price of the gas that the company's two power stations still burn, "
    "and the company passes the saving on to its customers in full, its managing director said on Tuesday.",
    "Customers need do nothing: the new price applies on its own, and the company will adjust the monthly "
    "payments with the next bill.",
]
FOOTER = ["", "Press contact", "Anna Field, Communications", "Phone: 0123 45 67", "", "Imprint", "Privacy"]


def page(title: str = "Press release: Northfield Water lowers district heating price - Northfield Water",
         subtitle: str = SUBTITLE) -> str:
    return "\n".join([title, "", *MENU, DATELINE, "", HEADLINE, "", subtitle, "", *"\n\n".join(BODY).split("\n"),
                      *FOOTER])


def test_the_subtitle_under_a_headline_under_its_dateline_stays(cleaner):
    body = cleaner.clean(page())
    assert count_kept([SUBTITLE, *BODY], body) == 1 + len(BODY)
    assert count_kept([HEADLINE, DATELINE], body) == 0


def test_the_subtitle_stays_in_a_second_pass(cleaner):
    body = cleaner.clean(page())
    assert cleaner.clean(body) == body


def test_a_dated_line_there_goes(cleaner):
    # A photo's caption with its date stands where a subtitle does: no subtitle.
    caption = "The site of the new biomass plant at the harbour photographed on 3 March 2025 by the company"
    assert count_kept([caption], cleaner.clean(page(subtitle=caption))) == 0


def test_without_a_dateline_above_the_headline_nothing_changes(cleaner):
    text = page().replace(DATELINE + "\n", "")
    assert count_kept([SUBTITLE], cleaner.clean(text)) == 0


def test_without_the_setting_the_subtitle_went():
    off = Cleaner(settings=replace(Settings(), subtitle_under_dated_headline=False))
    assert count_kept([SUBTITLE], off.clean(page())) == 0
