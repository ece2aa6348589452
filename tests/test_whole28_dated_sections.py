"""A changelog's versions, each a heading, a date line under it (removed by byline-dateline) and a few
short lines: the dates were taken for a story header (on the study set's page the intro and the first
version's heading went as before-header), and the versions under the first, their lines scoring too
little to carry their headings, went with the menu (issue 12, study set structured_pages; the setting
dated_sections_min). Comments under a story, each a name over its date and two short lines, stay
removed. Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), dated_sections_min=0))

INTRO = ["Release history", "All changes to Harbor Maps, newest first. Follow the blog to hear about each release."]
VERSIONS = [
    ["Harbor Maps 7.4", "September 9, 2025", "Charts can now be stored on a memory card for trips offshore.",
     "Routes avoid ferries.", "Fixed a crash when rotating."],
    ["Harbor Maps 7.3", "August 1, 2025", "Tide tables for more harbours.",
     "Night mode dims the chart.", "Fixed wrong depths near bridges."],
    ["Harbor Maps 7.2", "June 17, 2025", "Anchorages can be shared.", "Faster search for marinas."],
]
# Each version's heading, its date and its lines set apart by blank lines.
PAGE = "\n".join(["Release history – Harbor Maps", "", "Product Pricing Releases Sign in", "", *INTRO[:1], "",
                  INTRO[1], "", *(line for v in VERSIONS for line in [v[0], "", v[1], "", *v[2:], ""]),
                  "Terms Privacy Status Contact", "", "© 2025 Harbor Maps Ltd"])
STORY = [*INTRO, *(line for version in VERSIONS for line in version if not line.endswith("2025"))]


def test_every_version_is_kept_under_the_intro(cleaner):
    body = cleaner.clean(PAGE)
    assert all(line in body for line in STORY)
    assert "Product Pricing Releases Sign in" not in body and "Terms Privacy Status Contact" not in body


def test_cleaning_the_body_again_keeps_it_whole(cleaner):
    body = cleaner.clean(PAGE)
    assert cleaner.clean(body) == body


def test_without_the_setting_the_later_versions_were_lost():
    body = OFF.clean(PAGE)
    assert not any(line in body for version in VERSIONS[1:] for line in version)


COMMENTS = [["Petra", "3. Juni 2025", "Danke für die Tipps!", "Meine Tomaten stehen jetzt unterm Dach."],
            ["Jonas", "4. Juni 2025", "Ich nehme Brennnesseljauche als Dünger.", "Klappt seit Jahren gut."],
            ["Heike", "5. Juni 2025", "Welche Sorte empfehlen Sie für den Balkon?", "Ich habe nur Halbschatten."]]
BLOG = [
    "Wer keinen Garten hat, kann Tomaten auch auf dem Balkon ziehen. Wichtig ist ein Topf mit mindestens "
    "zwanzig Litern Erde und ein sonniger Platz, an dem die Pflanzen vor Regen geschützt stehen.",
    "Gegossen wird morgens und nur an der Wurzel, nie über die Blätter. Einmal in der Woche bekommen die "
    "Pflanzen einen organischen Dünger, ab der ersten Blüte zweimal.",
    "Die Seitentriebe bricht man regelmäßig aus, damit die Kraft in die Früchte geht. So tragen auch kleine "
    "Pflanzen bis in den Oktober hinein.",
]


def test_dated_comments_under_a_story_stay_removed(cleaner):
    page = "\n".join(["Gartenblog – Grün im Hof", "", "Start Beete Rezepte Kontakt", "",
                      "Tomaten im Topf: so gelingt es", "", *(line for p in BLOG for line in [p, ""]),
                      *(line for part in COMMENTS for line in [*part, ""]), "Impressum Datenschutz"])
    body = cleaner.clean(page)
    assert all(paragraph in body for paragraph in BLOG)
    assert not any(line in body for comment in COMMENTS for line in comment)


DAYS = [["Freitag", "11. Juli 2025", "18 Uhr Eröffnung durch die Vorsitzende", "19 Uhr Konzert der Stadtkapelle",
         "21 Uhr Kino unter freiem Himmel"],
        ["Samstag", "12. Juli 2025", "14 Uhr Flohmarkt und Kinderschminken", "16 Uhr Lesung aus dem Heimatbuch",
         "20 Uhr Tanzabend mit der Band Mühlrad"],
        ["Sonntag", "13. Juli 2025", "11 Uhr Frühschoppen mit Blasmusik", "15 Uhr Kaffee und Kuchen der Landfrauen"]]
WELCOME = ("Drei Tage Musik, Lesungen und Kinderprogramm im Hof der alten Mühle. Der Eintritt ist an allen Tagen "
           "frei.")


def test_a_programmes_days_under_its_intro_are_kept(cleaner):
    # The days' names share no shape, but their lines do (a time, then the event): no comments'.
    page = "\n".join(["Kulturverein Lindenhof", "", "Startseite Programm Verein Kontakt", "",
                      "Sommerfest 2025: das Programm", "", WELCOME, "",
                      *(line for day in DAYS for line in [day[0], "", day[1], "", *day[2:], ""]),
                      "Impressum Datenschutz", "", "© 2025 Kulturverein Lindenhof"])
    body = cleaner.clean(page)
    assert WELCOME in body
    assert all(line in body for day in DAYS for line in day if not line.endswith("2025"))
    assert "Impressum Datenschutz" not in body
    assert cleaner.clean(body) == body
