"""Articles made of lists, tables and short items survive (issue 12, item 7):
a recipe, a results table, a deals roundup, a quote collection, each inside
a web page's chrome; and a short article is kept over the long comment
thread under it. Invented pages."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from helpers import LEAGUE_TABLE

MENU = ["Home", "News", "Sport", "Food", "Money", "Culture"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers", "© 2024 The Daily Example"]

RECIPE = [
    "Lemon and thyme roast chicken",
    "By Jane Smith",
    "Published 12 March 2023",
    "This is the roast we make every Sunday in winter, and it takes less than two hours from start to finish.",
    "Ingredients",
    "1 whole chicken, about 1.5 kg",
    "2 lemons",
    "4 sprigs of thyme",
    "3 tbsp olive oil",
    "500 g small potatoes",
    "Salt and black pepper",
    "Method",
    "1. Heat the oven to 200C and rub the chicken with the oil, salt and pepper.",
    "2. Halve the lemons and push them inside the bird with the thyme.",
    "3. Roast for 80 minutes, adding the potatoes to the tin after half an hour.",
    "4. Rest the chicken for ten minutes before carving.",
]
RESULTS = [
    "Rovers go top after late double",
    "By Ali Khan",
    "Published 12 March 2023",
    "Rovers came from behind to beat the league leaders on Saturday, with two goals in the last ten minutes.",
    "Saturday's results",
    "Rovers 2-1 United",
    "City 0-0 Athletic",
    "Wanderers 3-2 Rangers",
    "Town 1-4 Albion",
    "Table",
    *LEAGUE_TABLE,
]
DEALS = [
    "The best kitchen deals this weekend",
    "By Jane Smith",
    "Published 12 March 2023",
    "We have picked the best offers on kitchen gear this weekend; prices were checked on Friday morning.",
    "Stand mixer, 5 litres – £199 (was £279)",
    "Non-stick frying pan set – £35 (was £60)",
    "Cast iron casserole dish – £89 (was £140)",
    "Electric kettle – £24 (was £40)",
    "Knife block, six pieces – £49 (was £95)",
    "Digital kitchen scales – £12 (was £20)",
]
QUOTES = [
    "What they said about the budget",
    "By Ali Khan",
    "Published 12 March 2023",
    "\"This budget does nothing for families who are struggling with their bills this winter.\"",
    "— Maria Lopez, opposition leader",
    "\"We have made the choices that keep the economy growing and our public services strong.\"",
    "— Tom Baker, finance minister",
    "\"Small firms will welcome the cut in business rates, but it comes too late for many of them.\"",
    "— Priya Shah, chamber of commerce",
    "\"Nothing in it will shorten the waiting lists at our hospitals.\"",
    "— Sam Green, nurses' union",
]


def page(body: list[str]) -> str:
    return "\n".join(MENU + body + ["Share", "Tweet", "Email"] + FOOTER)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("body", [RECIPE, RESULTS, DEALS, QUOTES], ids=["recipe", "results", "deals", "quotes"])
def test_a_structured_article_keeps_its_items_and_loses_the_page(cleaner, body):
    kept = cleaner.clean(page(body)).splitlines()
    assert kept == body[3:]


COMMENT_THREAD = [
    "Comments (212)",
    *[line for n in range(12) for line in (
        f"reader{n} says:",
        f"March {n + 1}, 2023 at 9:0{n % 10} am",
        "I have lived on this street for thirty years and I have never seen the council act so quickly about "
        "anything, so good luck to them, but I will believe it when the work is actually finished.",
        "Reply",
    )],
]
SHORT_ARTICLE = [
    "The council will resurface Mill Lane next month after residents complained about potholes for years.",
    "Work starts on 3 April and the road will be closed to traffic for two weeks while it is done.",
]


def test_a_short_article_wins_over_the_long_comment_thread_under_it(cleaner):
    text = "\n".join(MENU + ["Mill Lane to be resurfaced", "By Jane Smith", "Published 12 March 2023"]
                     + SHORT_ARTICLE + ["Leave a reply"] + COMMENT_THREAD + FOOTER)
    assert cleaner.clean(text).splitlines() == SHORT_ARTICLE


GUIDE = {
    "en": ["Contents", "1. Choosing a spot", "2. Preparing the soil", "3. Planting", [
        "Choosing a spot",
        "Roses want six hours of sun a day and shelter from the strongest winds of winter.",
        "Preparing the soil",
        "Dig in a bucket of compost a month before planting, so that the soil can settle.",
        "Planting",
        "Set the graft just below the surface, firm the soil and water the plant well.",
    ]],
    "de": ["Inhaltsverzeichnis", "Die Wahl des Ortes", "Den Boden vorbereiten", "Das Pflanzen", [
        "Die Wahl des Ortes",
        "Rosen brauchen sechs Stunden Sonne am Tag und Schutz vor den kalten Winden im Winter.",
        "Den Boden vorbereiten",
        "Einen Monat vor dem Pflanzen einen Eimer Kompost einarbeiten, damit sich der Boden setzt.",
        "Das Pflanzen",
        "Die Veredelungsstelle knapp unter die Erde setzen, andrücken und kräftig gießen.",
    ]],
}


@pytest.mark.parametrize("language", sorted(GUIDE))
def test_a_table_of_contents_goes_and_the_subheadings_it_lists_stay(cleaner, language):
    *contents, sections = GUIDE[language]
    intro = {"en": "Planting a rose is simple if you follow a few rules, and a healthy plant can flower for decades.",
             "de": "Eine Rose zu pflanzen ist einfach, und eine gesunde Pflanze kann jahrzehntelang blühen."}[language]
    text = "\n".join(MENU + ["How to plant a rose", "By Jane Smith", "Published 12 March 2023", intro, *contents,
                             *sections] + FOOTER)
    assert [line for line in cleaner.clean(text).splitlines() if line] == [intro, *sections]
