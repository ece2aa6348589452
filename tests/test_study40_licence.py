"""A wiki's licence line in Czech and Slovak ("Text je dostupný pod licencí Creative Commons ...", "... pod licenciou
Creative Commons ..."): copyright-licence's, as the other languages' are; kept, it held the story's region open
down the footer. Found on the study set blind_pages22 (issue 12). Lines invented for these tests."""

from __future__ import annotations

import pytest
from helpers import removals

STORY = {
    "cs": ["Kovárna v Úvozu je bývalá vesnická kovárna na Kuním potoce, jedna z mála v okrese, jejíž výheň a měchy "
           "stále fungují.",
           "Obec kovárnu koupila v roce 2008 a dobrovolníci ji během tří let opravili; otevřeno je o nedělích od "
           "Velikonoc do října."],
    "sk": ["Kováčska dielňa v Úvoze je bývalá dedinská vyhňa pri Kunom potoku, jedna z mála v okrese, ktorej "
           "mechy ešte fungujú.",
           "Obec dielňu kúpila v roku 2008 a dobrovoľníci ju počas troch rokov opravili; otvorené je v nedeľu od "
           "Veľkej noci do októbra."],
}
LICENCES = {
    "cs": "Text je dostupný pod licencí Creative Commons Uveďte původ – Zachovejte licenci; mohou se vztahovat další "
          "podmínky.",
    "sk": "Text je dostupný pod licenciou Creative Commons Uveďte autora – Rovnaké šírenie; môžu platiť ďalšie "
          "podmienky.",
}


@pytest.mark.parametrize("language", sorted(LICENCES))
def test_a_wiki_s_licence_line_goes(language: str) -> None:
    text = "\n\n".join(["Kovárna v Úvozu", *STORY[language], LICENCES[language]])
    ids = removals(text)
    assert ids[LICENCES[language]] == "copyright-licence"
    assert all(ids[line] is None for line in STORY[language])
