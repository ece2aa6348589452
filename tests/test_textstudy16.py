"""Text-mode losses studied on the study sets (blind_pages2, blind_pages) in session 16, each fixed by
structure rather than by words: a review's verdict box under the site's menu, the story's last
section above an author's box. Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings


# A kitchen blog's review: the site's menu, the headline and byline, then the verdict box (its items
# too long for menu labels), the shop's buttons, the review, its last section under a question, the
# product's data, the author's box and related links.
MENU = ["Küchenblog", "Rezepte", "Geräte", "Backen", "Tests", "Über uns"]
HEADER = ["Stabmixer Korvo S5 im Test: kräftig, aber laut", "Von Jana Ebert · 3. März 2025"]
PROS = ["Vorteile", "Zerkleinert auch Nüsse mühelos", "Griff liegt gut in der Hand", "Spülmaschinenfester Aufsatz"]
CONS = ["Nachteile", "Deutlich lauter als die Konkurrenz", "Kurzes Kabel"]
SHOP = "49,99 € bei Küchenwelt 52,00 € bei Haushaltsmarkt"
REVIEW = [
    "Einen Stabmixer kauft man selten, und meistens bereut man es später, zu sparsam gewesen zu sein. Der "
    "Korvo S5 kostet knapp fünfzig Euro und soll mehr können als die meisten Geräte seiner Preisklasse.",
    "Drei Wochen lang haben wir damit Suppen püriert, Pesto gemacht und Smoothies gemixt, morgens wie abends, "
    "und ihn danach mit zwei teureren Geräten verglichen, die wir seit Jahren in der Küche haben.",
    "Verarbeitung",
    "Das Gehäuse ist aus Kunststoff, wirkt aber solide, und der Aufsatz aus Edelstahl lässt sich mit einer "
    "Vierteldrehung abnehmen. Nach drei Wochen täglicher Arbeit zeigt er keine Kratzer und keine Verfärbungen.",
    "Der Motor ist kräftig genug für gefrorene Beeren und für eine Handvoll Haselnüsse, die er in weniger als "
    "einer halben Minute fein mahlt. Dabei wird das Gerät allerdings so laut, dass man das Radio nicht mehr hört.",
]
VERDICT = ["Lohnt sich der Kauf?", "Wer einen günstigen, kräftigen Stabmixer sucht und mit etwas Lärm leben kann, "
           "macht mit dem Korvo S5 nichts falsch. Wer jeden Morgen leise Smoothies machen will, sollte mehr ausgeben."]
SPECIFICATIONS = ["Technische Daten", "Leistung: 800 W · Gewicht: 1,1 kg · Kabel: 1,2 m"]
AUTHOR = ("Jana Ebert testet seit zehn Jahren Küchengeräte für unseren Blog und kocht am liebsten für ihre große "
          "Familie, die jeden Test geduldig mitisst.")
RELATED = ["Das könnte Sie auch interessieren", "Die besten Standmixer im Vergleich", "Pesto selbst machen",
           "Suppen für den Winter"]


def review_page() -> str:
    return "\n\n".join([
        "\n".join(MENU), "\n\n".join(HEADER), PROS[0], "\n".join(PROS[1:]), CONS[0], "\n".join(CONS[1:]), SHOP,
        *REVIEW, *VERDICT, *SPECIFICATIONS, AUTHOR, RELATED[0], "\n".join(RELATED[1:]), "© 2025 Küchenblog",
    ]) + "\n"


def test_a_verdict_box_under_the_menu_stays(cleaner):
    """The menu runs on into the box's pros heading once the headline and byline between them are
    removed (the box's items are too long for labels): the heading went with the menu, and the box
    without its heading was short lines above the story (before: all seven lines lost)."""
    body = cleaner.clean(review_page()).splitlines()
    assert all(line in body for line in PROS + CONS)
    assert not any(line in body for line in MENU)
    assert SHOP not in body


def test_the_story_s_last_section_stays_above_the_author_s_box(cleaner):
    """Under a question for its subheading, right under the story's last paragraph, the review's
    last section is the story's; the author's box below it goes (before: both were a teaser tail)."""
    body = cleaner.clean(review_page()).splitlines()
    assert all(line in body for line in REVIEW + VERDICT)
    assert AUTHOR not in body
    assert not any(line in body for line in RELATED)


def test_without_the_setting_the_last_section_goes():
    body = Cleaner(settings=replace(Settings(), teaser_tail_keeps_sections=False)).clean(review_page())
    assert VERDICT[1] not in body


def test_a_blurb_with_its_button_under_it_is_no_last_section(cleaner):
    """An advertisement's heading and blurb right under the story, its button on the next line with
    no blank line between: a box, not the story's last section."""
    ad = ["Kochkurs", "In unserem Kochkurs lernen Sie an einem Abend, wie man mit einem Stabmixer Suppen, Saucen "
          "und Desserts zubereitet, und nehmen alle Rezepte mit nach Hause.\nJetzt anmelden"]
    page = review_page().replace("\n\n".join(VERDICT), "\n\n".join(ad))
    body = cleaner.clean(page)
    assert REVIEW[-1] in body
    assert ad[1].splitlines()[0] not in body


# A rowing club's regatta report: the story, then its two results a row a line (too few for a list of
# items of one shape) under a heading and a header row of column names, then a short section under a
# subheading, then the page's chrome.
REGATTA_STORY = [
    "Der Ruderclub Seewinkel hat am Sonntag bei der Frühjahrsregatta auf dem Altrhein drei von fünf Rennen "
    "gewonnen, so viele wie seit zehn Jahren nicht mehr.",
    "Am knappsten ging es im Doppelvierer der Frauen zu, den die Seewinkler Mannschaft erst auf den letzten "
    "hundert Metern für sich entschied, mit gerade einmal einer Bootslänge Vorsprung.",
]
RESULTS = ["Ergebnisse", "Rennen Boot Siegerzeit Zweiter Dritter Abstand",
           "Frauen Doppelvierer RC Seewinkel 7:02,4 RV Auheim 7:05,1 WSV Lahr 7:09,9",
           "Junioren Einer Paul Henke RC Seewinkel 8:15,1 Jan Ott RV Auheim 8:21,0"]
SECTION = ["Nächste Regatta",
           "Die nächste Regatta findet Ende Juni auf dem heimischen Baggersee statt."]
CHROME_AFTER = ["Teilen Facebook WhatsApp E-Mail", "Mehr aus dem Sport", "Handball: Derby endet unentschieden",
                "Fußball: Trainerwechsel beim FC Auheim", "Impressum · Datenschutz · Kontakt"]


def regatta_page() -> str:
    return "\n\n".join([
        "Startseite\nLokales\nSport\nKultur\nService", "Seewinkler Ruderer gewinnen drei Rennen",
        "Von Tim Aust · 14. April 2025", *REGATTA_STORY, RESULTS[0], "\n".join(RESULTS[1:]), *SECTION,
        CHROME_AFTER[0], CHROME_AFTER[1], "\n".join(CHROME_AFTER[2:4]), CHROME_AFTER[4],
    ]) + "\n"


def test_a_table_of_rows_after_the_story_and_the_section_under_it_stay(cleaner):
    """Rows of numbers under a heading and a header row, then a subheading over a paragraph, right
    under the story: its results and its last section (before: all lost to main-content, each row
    scoring as little as a headline)."""
    body = cleaner.clean(regatta_page()).splitlines()
    assert all(line in body for line in REGATTA_STORY + RESULTS + SECTION)
    assert not any(line in body for line in CHROME_AFTER)


def test_a_contact_box_of_numbers_is_no_table(cleaner):
    """A contact box under the story ("Telefon: ...", opening hours) holds numbers too, but its
    lines read "Label: value": a box of the page's, not the story's table."""
    contact = ["Ihr Kontakt", "Servicetelefon: 07131 994-0", "Sprechzeiten: Mo–Do 8–16 Uhr, Fr 8–12 Uhr"]
    table = RESULTS[0] + "\n\n" + "\n".join(RESULTS[1:])
    page = regatta_page().replace(table, contact[0] + "\n\n" + "\n".join(contact[1:]))
    body = cleaner.clean(page).splitlines()
    assert REGATTA_STORY[-1] in body
    assert not any(line in body for line in contact)


# A town's FAQ: a line of intro, four questions each over a one-line answer, then the town's footer.
FAQ_INTRO = "Hier beantworten wir die Fragen, die uns zur neuen Parkscheibe am häufigsten erreichen."
FAQ = ["Wo gilt die neue Parkscheibe genau?", "In der ganzen Altstadt und rund um den Bahnhof.",
       "Ab wann gilt die neue Regel?", "Ab dem ersten Mai, an allen Werktagen.", "Was kostet ein Verstoß?",
       "Zwanzig Euro, wie bisher.", "Wo bekomme ich eine?", "Im Bürgerbüro und an jeder Tankstelle."]
FOOTER = ["Stadt Wiesental · Marktplatz 1 · 79999 Wiesental", "Impressum · Datenschutz · Barrierefreiheit"]


def faq_page(faq: list[str] = FAQ) -> str:
    return "\n\n".join(["Wiesental\nRathaus\nLeben\nWirtschaft\nKontakt", "Fragen zur Parkscheibe",
                        FAQ_INTRO, *faq, *FOOTER]) + "\n"


def test_an_faq_of_short_answers_goes_on_past_the_region(cleaner):
    """The region ends after the second answer (each short line costs it); the pairs it keeps count
    toward the run of questions after it, so the last two stay (before: lost to main-content)."""
    body = cleaner.clean(faq_page()).splitlines()
    assert all(line in body for line in FAQ)
    assert not any(line in body for line in FOOTER)


def test_the_footer_under_the_last_answer_is_no_more_of_it(cleaner):
    """Four short pairs right under the intro: the unended lines under the last answer are the town's
    footer, not more of the answer (before: kept as answer lines)."""
    short = ["Wo gilt sie?", "In der ganzen Altstadt.", "Ab wann?", "Ab dem ersten Mai.", "Was kostet es?",
             "Zwanzig Euro.", "Wo gibt es sie?", "Im Bürgerbüro."]
    body = cleaner.clean(faq_page(short)).splitlines()
    assert all(line in body for line in short)
    assert not any(line in body for line in FOOTER)
