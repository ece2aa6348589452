"""Two of the page's controls parted by a pipe, one of them a share button ("Drucken | Zurück", "Print | Back"),
are a share bar's row as three are: text mode kept the row under a council's notice (issue 12, blind_pages18).
Invented texts."""

from __future__ import annotations

import pytest
from helpers import removals


STORY = ["Rechtzeitig vor dem Winter hat die Gemeinde ein neues Fahrzeug für den Bauhof gekauft, das den "
         "Winterdienst auf den schmalen Wegen in den Ortsteilen übernehmen kann.",
         "Der Gemeinderat hat die Anschaffung im September einstimmig beschlossen, das Land trägt einen Teil der "
         "Kosten aus dem Fonds für den ländlichen Raum."]


def removed_by(line: str) -> dict[str, str | None]:
    text = "\n\n".join(["Startseite\nRathaus\nAktuelles", "Neues Fahrzeug für den Bauhof", *STORY, line,
                        "Amtsstunden\nMo - Fr: 08:00 - 12:00 Uhr", "© 2024 Gemeinde Beispielbach | Impressum"])
    return removals(text)


@pytest.mark.parametrize("line", ["Drucken | Zurück", "Print | Back", "Zurück | Drucken", "Imprimer | Retour",
                                  "Imprimir | Volver"])
def test_a_share_button_and_a_control_parted_by_a_pipe_are_a_share_row(line):
    removed = removed_by(line)
    assert removed[line] == "share-bar"
    assert all(removed[paragraph] is None for paragraph in STORY)


@pytest.mark.parametrize("line", ["Print | Back issues of the paper are in the library", "Zurück | Weiter"])
def test_other_lines_with_a_pipe_are_no_share_row(line):
    assert removed_by(line)[line] != "share-bar"
