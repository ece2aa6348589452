"""How a notice, a letter or a post opens and closes. A salutation addressed to its readers ("Liebe Eltern!",
"Dear members,", "Drodzy Państwo!") right above the story's first paragraph (selection.salutation_above), and a
team, a service or a family signing under its last one ("Ihr Team vom Hofladen", "Le service des sports";
selection.sign_off_after): the story's. Found on the study set blind_pages20 (issue 12): a council's notice lost
its opening line, a firm's and a town's news their signature."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import removals

from cleaner import Cleaner
from cleaner.settings import Settings

MENU = ["Startseite", "Rathaus", "Bürgerservice", "Vereine", "Kontakt"]
STORY = [
    "Der Vorstand hat beschlossen, die Mitgliederversammlung wegen der Bauarbeiten im Vereinsheim in diesem Jahr im "
    "Saal des Gasthauses am Marktplatz abzuhalten, wo genug Platz für alle Mitglieder und ihre Familien ist.",
    "Anträge zur Tagesordnung müssen bis zum 15. März schriftlich beim Vorstand eingehen. Die Einladung mit der "
    "vollständigen Tagesordnung und dem Kassenbericht wird allen Mitgliedern in der kommenden Woche zugeschickt.",
    "Wer nicht selbst kommen kann, darf einem anderen Mitglied eine schriftliche Vollmacht mitgeben; jedes Mitglied "
    "kann dabei höchstens eine weitere Stimme vertreten, so sieht es die Satzung seit ihrer Änderung vor.",
]
FOOTER = ["Impressum", "Datenschutz", "Barrierefreiheit"]
SALUTATIONS = ["Liebe Mitglieder!", "Liebe Vereinsmitglieder und Freunde!", "Sehr geehrte Damen und Herren!",
               "Dear members,", "Chers adhérents,", "Queridos socios:", "Drodzy Państwo!", "Beste leden,",
               "Vážení členové!"]


SHARE = ["Teilen", "Facebook", "E-Mail"]


def page(salutation: str, sign_off: str = "") -> str:
    return "\n\n".join(["\n".join(MENU), "Mitgliederversammlung im Gasthaus", "Veröffentlicht am 3.2.2026",
                        salutation, *STORY, *([sign_off] if sign_off else []), "\n".join(SHARE),
                        "\n".join(FOOTER)])


@pytest.mark.parametrize("salutation", SALUTATIONS)
def test_a_salutation_above_the_story_is_the_story_s(salutation: str) -> None:
    ids = removals(page(salutation))
    assert ids[salutation] is None
    assert all(ids[line] is None for line in STORY)
    assert all(ids[line] is not None for line in [*MENU, *FOOTER])


@pytest.mark.parametrize("line", ["Hallo Gast", "Liebe Leserinnen und Leser", "Hi there! Log in"])
def test_a_line_above_the_story_that_greets_nobody_goes(line: str) -> None:
    """No salutation's mark at its end: an account's greeting, a box's heading."""
    assert removals(page(line))[line] is not None


def test_no_salutation_is_kept_when_salutation_max_words_is_0() -> None:
    ids = removals(page("Liebe Mitglieder!"), Cleaner(settings=replace(Settings(), salutation_max_words=0)))
    assert ids["Liebe Mitglieder!"] is not None


BODY_SIGN_OFFS = ["Ihr Team vom Hofladen", "Familie Lenzinger und das ganze Hofladen-Team", "Das Praxisteam",
                  "Der Vorstand", "Le service des sports", "L'équipe de la médiathèque", "The Parks and Gardens Team",
                  "El equipo de la biblioteca", "Il Servizio Ambiente", "Het bestuur", "Zespół biblioteki"]


@pytest.mark.parametrize("sign_off", BODY_SIGN_OFFS)
def test_a_body_signing_under_the_story_is_the_story_s(sign_off: str) -> None:
    ids = removals(page("Liebe Mitglieder!", sign_off))
    assert ids[sign_off] is None
    assert all(ids[line] is None for line in STORY)
    assert all(ids[line] is not None for line in [*SHARE, *FOOTER])


@pytest.mark.parametrize("line", ["Unser Team", "Meet the team", "Team", "Über das Team", "Kontakt zum Team",
                                  "Das Team empfiehlt", "Service client", "Kundenservice: 0800 123 456"])
def test_a_box_s_heading_under_the_story_signs_nothing(line: str) -> None:
    """A box about the team or from it (first person, "meet", "about", a verb after it), one word, a
    service's heading, a contact line."""
    assert removals(page("Liebe Mitglieder!", line))[line] is not None
