"""Articles made of lists, tables and short items survive (issue 12, item 7):
a recipe, a results table, a deals roundup, a quote collection, each inside
a web page's chrome; and a short article is kept over the long comment
thread under it. Invented pages."""

from __future__ import annotations

import pytest

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


# Short stories under which readers' comments the comment detectors do not
# know as such (each under a name and a date) outweigh the story: the
# story stays, the comments go, in each language.
BRIEFS = {
    "en": (["Library to close for repairs", "By Jane Smith", "12 June 2023"],
           "The Elm Street library closes for two weeks from Monday.", "Leave a comment", [
        ("Tom Baker", "13 June 2023", "I have used that library since I was a boy and I hope the repairs do not drag "
         "on for months, as these things always seem to do in this town."),
        ("Mary Jones", "13 June 2023", "Two weeks is nothing at all. The swimming pool was shut for a whole year and "
         "nobody ever told us why, so we should be grateful for small mercies."),
        ("Pete", "14 June 2023", "Maybe they could fix the car park while they are at it, because it floods every "
         "time there is a little bit of rain and my shoes are always soaked."),
    ]),
    "de": (["Bibliothek schließt für Reparaturen", "Von Anna Berg", "12. Juni 2023"],
           "Die Stadtbibliothek in der Ulmenstraße bleibt ab Montag zwei Wochen lang geschlossen.", "3 Kommentare", [
        ("Thomas K.", "13. Juni 2023", "Ich gehe seit meiner Kindheit in diese Bibliothek und hoffe, dass die "
         "Reparatur nicht wieder Monate dauert, wie das bei uns in der Stadt leider immer so ist."),
        ("Maria", "13. Juni 2023", "Zwei Wochen sind doch gar nichts. Das Schwimmbad war ein ganzes Jahr lang zu, "
         "und niemand hat uns je gesagt, warum, also sollten wir froh sein."),
        ("Peter S.", "14. Juni 2023", "Vielleicht reparieren sie bei der Gelegenheit auch den Parkplatz, der bei "
         "jedem kleinen Regen unter Wasser steht, sodass man nasse Füße bekommt."),
    ]),
    "fr": (["La bibliothèque ferme pour travaux", "Par Marie Dupont", "12 juin 2023"],
           "La bibliothèque de la rue des Ormes ferme ses portes pendant deux semaines.", "Laisser un commentaire", [
        ("Jean-Luc", "13 juin 2023", "Je fréquente cette bibliothèque depuis mon enfance et j'espère que les travaux "
         "ne dureront pas des mois, comme c'est toujours le cas dans notre ville."),
        ("Sophie M.", "13 juin 2023", "Deux semaines, ce n'est rien du tout. La piscine est restée fermée pendant un "
         "an entier et personne ne nous a jamais dit pourquoi, alors soyons contents."),
        ("Paul", "14 juin 2023", "Ils pourraient peut-être en profiter pour refaire le parking, qui est inondé à "
         "chaque petite averse, si bien qu'on finit toujours avec les pieds mouillés."),
    ]),
}


def brief_page(language: str, brief: str | None = None) -> str:
    header, story, prompt, comments = BRIEFS[language]
    return "\n".join(MENU + header + [brief or story, prompt] + [line for comment in comments for line in comment]
                     + FOOTER)


@pytest.mark.parametrize("language", sorted(BRIEFS))
def test_a_brief_wins_over_the_comments_under_it(cleaner, language):
    story = BRIEFS[language][1]
    assert cleaner.clean(brief_page(language)).splitlines() == [story]
    comments = [d for d in cleaner.explain(brief_page(language)).decisions if d.removed_by == "comment-shape"]
    assert [d.block.text for d in comments] == [line for name, _, text in BRIEFS[language][3] for line in (name, text)]


def test_a_brief_that_outweighs_a_removed_line_does_not_take_the_comments_with_it(cleaner):
    # Long enough for the region to cross the prompt into the comments.
    brief = "The library on Elm Street will close for two weeks from Monday while workers repair its leaking roof."
    assert cleaner.clean(brief_page("en", brief)).splitlines() == [brief]


def test_a_brief_of_two_paragraphs_does_not_take_the_comments_with_it(cleaner):
    header, _, prompt, comments = BRIEFS["en"]
    text = "\n".join(MENU + header + SHORT_ARTICLE + [prompt] + [line for comment in comments for line in comment]
                     + FOOTER)
    assert cleaner.clean(text).splitlines() == SHORT_ARTICLE


CYCLE_LANES = [
    "The city council voted on Tuesday to build eight kilometres of protected cycle lanes across the centre.",
    "The plan, which took two years of consultation, links the railway station with the university and the hospital.",
    "Councillors who opposed it said the lanes would take away parking spaces that shops on the high street need.",
    "Supporters answered that the same fears were raised in other cities, where trade grew once people cycled in.",
    "Work on the first section, along the river, is due to begin in September and should take about four months.",
]
CYCLE_HEADER = ["Council approves new cycle lanes", "By Jane Smith", "12 June 2023"]


def test_a_comment_count_under_the_headline_does_not_cut_the_story_under_it(cleaner):
    text = "\n".join(MENU + CYCLE_HEADER + ["12 comments"] + CYCLE_LANES + FOOTER)
    assert cleaner.clean(text).splitlines() == CYCLE_LANES


def test_a_live_report_under_a_comment_count_stays_whole(cleaner):
    # A standfirst above the count, then entries each under its time: no thread of comments.
    standfirst = ("Follow our live coverage as heavy rain brings flooding to towns along the river, with hundreds of "
                  "homes evacuated overnight.")
    entries = [
        ("10:32", "Police have closed the bridge into town after the water reached the top of the arches."),
        ("10:15", "The council says that all schools in the valley will stay shut today and probably tomorrow."),
        ("09:58", "Rescue teams have taken forty people from their homes by boat since midnight, firemen said."),
    ]
    text = "\n".join(MENU + ["Storm live: rivers burst their banks", "By Jane Smith", "12 June 2023", standfirst,
                             "12 comments"] + [line for entry in entries for line in entry] + FOOTER)
    assert [line for line in cleaner.clean(text).splitlines() if line] == [standfirst] + [t for _, t in entries]


def test_a_long_story_keeps_none_of_the_short_comments_under_it(cleaner):
    comments = ["Tom Baker", "13 June 2023", "About time. I cycle to work every day and the bridge is frightening.",
                "Mary Jones", "13 June 2023", "Where are we supposed to park now? Nobody asked the shop owners.",
                "Pete", "14 June 2023", "Great news for the kids who cycle to school."]
    text = "\n".join(MENU + CYCLE_HEADER + CYCLE_LANES + ["Leave a comment"] + comments + FOOTER)
    assert cleaner.clean(text).splitlines() == CYCLE_LANES
