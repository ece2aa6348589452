"""Causes found on blind_pages15 (session 28), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Settings
from helpers import grouped_page, kept_lines

# A bread maker's review: an opening paragraph, two sections under their subheadings, an advertisement's
# label, then the review's last three sections of one paragraph each, the author's box and a list of other
# reviews under it.
LOAF_TOP = [["Kornfeld BM-40 review: a bread maker that takes its time | Crumb & Crust"], ["Crumb & Crust"],
            ["Reviews Recipes Kitchen Deals"], ["Kornfeld BM-40 review: slow bread, done well"],
            ["By Petra Ellingham, 9 October 2023"]]
LOAF_STORY = [
    "Most bread makers promise a loaf in an hour. The BM-40 takes four, and after a month of baking with it we "
    "think the wait is worth it for anyone who cares more about the crust than the clock.",
    "How it bakes",
    "The machine kneads twice, rests the dough in a warm chamber and bakes in a heavy pan that sits low in the "
    "case. A window in the lid lets you watch the dough rise without opening anything.",
    "Programmes and timer",
    "Its twelve programmes cover white, wholemeal, rye and a gluten-free mix, and a delay timer of up to fifteen "
    "hours means the loaf can be ready when you come down for breakfast.",
    "On our first morning the rye loaf was ready at seven, as set, and the kitchen smelt of a bakery before anyone "
    "had switched on the kettle.",
]
LOAF_AD = "Advertisement"
LOAF_SECTIONS = [
    "Noise",
    "The kneading is quieter than in any machine we have tested, a soft thump every few seconds that did not wake "
    "anyone in the flat, even with the timer set for six in the morning.",
    "Cleaning up after a week of baking",
    "The pan and the paddle are non-stick and came clean with warm water and a soft brush, though the paddle "
    "sometimes stays inside the loaf and has to be prised out with a wooden spoon.",
    "Our verdict",
    "The BM-40 is slow and not cheap, but it bakes the best crust we have had from a machine, and it is quiet and "
    "simple enough to use every day without ever opening the manual again.",
]
LOAF_FOOT = [["Petra Ellingham"],
             ["Petra has tested kitchen machines for twelve years and bakes a loaf of rye every Sunday morning."],
             ["More reviews"], ["Best stand mixers of the year", "Kornfeld K2 toaster review"],
             ["© 2023 Crumb & Crust Media"]]


def test_a_story_s_last_sections_of_one_paragraph_each_are_no_list_of_teasers():
    page = grouped_page(LOAF_TOP + [[line] for line in LOAF_STORY] + [[LOAF_AD]]
                        + [[line] for line in LOAF_SECTIONS] + LOAF_FOOT)
    kept = kept_lines(page)
    assert {*LOAF_STORY, *LOAF_SECTIONS} <= kept
    assert not {"Best stand mixers of the year", "Kornfeld K2 toaster review"} & kept
    assert not {*LOAF_SECTIONS} & kept_lines(page, replace(Settings(), teaser_sections_above_min_paragraphs=0))
    assert not {*LOAF_SECTIONS} & kept_lines(page, replace(Settings(), tail_sections_past_interruptions=False))


# A town's listing of a folk festival: its headline, the date labelled as one of the event's facts over
# the others, then the text.
FAIR_TOP = [["Lantern Fair 2024 in Hollin Bridge | Out & About in the Dales"], ["Out & About in the Dales"],
            ["Events Markets Music Family Submit an event"], ["Home › Events › Festivals"],
            ["Lantern Fair returns to Hollin Bridge"]]
FAIR_FACTS = ["When: Saturday 14 September 2024, 4pm to 10pm", "Where: the riverside meadow, Mill Lane, Hollin Bridge",
              "Tickets: free entry; lantern workshop £3 per child", "Organiser: Hollin Bridge Village Trust"]
FAIR_TEXT = [
    "The Lantern Fair is back for its eleventh year, with a craft market, a brass band on the bandstand and the "
    "parade of paper lanterns along the river that closes the evening at nine.",
    "Children can make their own lantern at the workshop tent from four o'clock; places go quickly, and the trust "
    "asks families to book one at the village shop in the week before the fair.",
]
FAIR_FOOT = [["More events nearby"], ["Harvest supper at Cragg Hall", "Apple day at Fellside Orchard"],
             ["© 2024 Out & About in the Dales"]]


def test_a_labelled_date_over_an_event_s_other_labelled_facts_is_no_dateline():
    page = grouped_page(FAIR_TOP + [FAIR_FACTS] + [[line] for line in FAIR_TEXT] + FAIR_FOOT)
    kept = kept_lines(page)
    assert {*FAIR_FACTS, *FAIR_TEXT} <= kept
    assert FAIR_FACTS[0] not in kept_lines(page, replace(Settings(), dated_fact_row_min_rows=0))


# An obituary: the name and the deck over the life's dates, the text, and a line of the dead person's name,
# trade and dates under it; another story's dateline beside it stays a dateline.
MILLER_TOP = [["Obituary: Tobias Renwick, the last miller of Sedgeford - Fenland Weekly"], ["Fenland Weekly"],
              ["News Sport Farming Obituaries Letters"], ["Obituaries"], ["Tobias Renwick"]]
MILLER_DECK = "Miller who kept the Sedgeford windmill turning for half a century"
MILLER_DATES = "Born 4 August 1931; died 19 January 2020"
MILLER_TEXT = [
    "Tobias Renwick, who has died aged 88, was the last man to grind flour for a living at the Sedgeford windmill, "
    "which his grandfather bought in 1902 and which he ran alone from 1958 until the sails were stilled in 2008.",
    "He left school at fourteen to work for his father, learning to dress the stones by hand and to read the wind "
    "from the movement of the barley in the field below the mill.",
    "When the mill was listed in 1974 he fought the council for six years for the right to keep it working, and "
    "won; he gave tours to schoolchildren every summer until he was eighty.",
    "His wife, Ruth, died in 2011. He is survived by their two daughters and five grandchildren.",
]
MILLER_FOOT = [["Tobias Henry Renwick, miller, born 4 August 1931; died 19 January 2020"],
               ["More obituaries"], ["Ada Threlfall", "Cyril Ambrose"], ["© 2020 Fenland Weekly"]]


def test_a_line_of_a_life_s_dates_is_no_dateline():
    page = grouped_page(MILLER_TOP + [[MILLER_DECK], [MILLER_DATES]] + [[line] for line in MILLER_TEXT]
                        + MILLER_FOOT)
    kept = kept_lines(page)
    assert {MILLER_DATES, MILLER_FOOT[0][0], *MILLER_TEXT} <= kept
    assert not {MILLER_DATES, MILLER_FOOT[0][0]} & kept_lines(page, replace(Settings(), life_dates_min_years=0))


# A parish council's notice: its text, then the place and date it was signed and the signer's lines,
# the office's contact box under them.
NOTICE_TOP = [["Sperrung des Feldwegs am Kälberbach - Gemeinde Unterhollen"], ["Gemeinde Unterhollen"],
              ["Rathaus Bürgerservice Freizeit Wirtschaft"], ["Startseite > Rathaus > Bekanntmachungen"],
              ["Sperrung des Feldwegs am Kälberbach"]]
NOTICE_TEXT = [
    "Der Feldweg zwischen der Kälberbachbrücke und dem Hof Riedle wird vom 3. bis zum 14. Juni für den gesamten "
    "Verkehr gesperrt, weil die Gemeinde den Durchlass unter dem Weg erneuern lässt.",
    "Landwirtschaftlicher Verkehr wird über den Wirtschaftsweg am Sportplatz umgeleitet. Fußgänger und Radfahrer "
    "können die Baustelle an den Wochenenden passieren.",
    "Wir bitten die Anlieger um Verständnis für die Einschränkungen.",
]
NOTICE_SIGNED = ["Unterhollen, den 21. Mai 2024", "gez. Bernhard Stöckle, Erster Bürgermeister"]
NOTICE_FOOT = [["Ansprechpartner"], ["Bauamt, Zimmer 4", "Telefon 07554 3310-40"],
               ["Zurück zur Übersicht | Seite drucken"], ["© Gemeinde Unterhollen"]]


def test_a_notice_s_place_and_date_over_its_signer_close_the_notice():
    page = grouped_page(NOTICE_TOP + [[line] for line in NOTICE_TEXT] + [NOTICE_SIGNED] + NOTICE_FOOT)
    kept = kept_lines(page)
    assert {*NOTICE_TEXT, *NOTICE_SIGNED} <= kept
    assert not {"Ansprechpartner", "Bauamt, Zimmer 4", "Telefon 07554 3310-40"} & kept
    assert not set(NOTICE_SIGNED) & kept_lines(page, replace(Settings(), closing_date_max_signer_lines=0))
