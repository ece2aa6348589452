"""Text-mode losses that the HTML mode of the same pages shows (session 17, issue 12): a story
cut into sections under subheadings of over five words loses its last section as a teaser
tail. Invented texts."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

MENU = ["Gartenblog", "Gemüse", "Obst", "Stauden", "Rasen", "Über uns"]
HEADLINE = "Den Garten auf den Winter vorbereiten: so geht es"
SECTIONS = [
    "Erstens: Die Beete nach der Ernte rechtzeitig abräumen",
    "Sobald die letzten Kürbisse geerntet sind, sollten Sie die Beete abräumen und die welken Stängel "
    "auf den Kompost bringen, damit sich über den Winter keine Schnecken darin einnisten.",
    "Den Boden lockern Sie danach nur grob mit der Grabegabel, denn der Frost zerkleinert die Schollen bis "
    "zum Frühjahr von selbst, und die Regenwürmer arbeiten das Laub in die Erde ein.",
    "Zweitens: Empfindliche Pflanzen vor dem Frost gut einpacken",
    "Rosen und junge Obstbäume brauchen in kalten Lagen einen Schutz aus Vlies oder Jute, den Sie locker um "
    "die Triebe wickeln, damit darunter noch Luft zirkulieren kann und nichts fault.",
    "Kübelpflanzen stellen Sie am besten an eine Hauswand, wo sie vor dem Ostwind geschützt sind, und setzen "
    "die Töpfe auf Holzklötze, damit das Wasser nach einem Regen gut ablaufen kann.",
    "Drittens: Den Rasen ein letztes Mal kurz mähen",
    "Im November mähen Sie den Rasen ein letztes Mal auf etwa fünf Zentimeter, damit die Halme unter dem Schnee "
    "nicht umknicken und keine Pilze sich im feuchten Gras ausbreiten können.",
    "Das Laub rechen Sie danach vom Rasen ab und verteilen es unter den Sträuchern, wo es den Boden wärmt und "
    "Igeln einen Unterschlupf für die kalten Monate bietet.",
    "Viertens: Die Gartengeräte vor dem Winter gründlich reinigen",
    "Zum Schluss reinigen Sie Spaten, Scheren und Hacken von Erde und Pflanzensaft, ölen die Klingen leicht ein "
    "und hängen alles an einem trockenen Ort auf, damit im Frühjahr nichts verrostet ist.",
]
AUTHOR = ["Jana Ebert", "Das Gärtnern lernte sie im Schrebergarten ihrer Großeltern, heute pflegt sie ein eigenes "
          "Gemüsebeet am Stadtrand und probiert jedes Jahr neue Sorten aus."]
RELATED = ["Das könnte Sie auch interessieren", "Die besten Stauden für den Schatten", "Tomaten richtig düngen",
           "Rasen im Herbst mähen"]


def garden_page() -> str:
    return "\n\n".join(["\n".join(MENU), HEADLINE, *SECTIONS, *AUTHOR, RELATED[0], "\n".join(RELATED[1:]),
                        "© 2025 Gartenblog"]) + "\n"


def test_the_last_section_of_a_story_cut_into_sections_stays():
    """Fails before sectioned_story_min_subheadings: the last section's subheading is over five words,
    like the story's others, so its paragraph was one more teaser of the tail."""
    body = Cleaner().clean(garden_page()).splitlines()
    assert all(line in body for line in SECTIONS[1:])
    assert not any(line in body for line in RELATED)


def test_a_story_with_one_subheading_is_not_cut_into_sections():
    body = Cleaner(settings=replace(Settings(), sectioned_story_min_subheadings=3)).clean(garden_page())
    assert SECTIONS[-1] not in body
