"""A gallery's and a player's leftovers under a story's last pictures: the
gallery's pager with its full-screen button ("‹ Précédente Suivante › Plein
écran") and the player's notice that the browser cannot play the clip, in a
sentence longer than the player's buttons ("Votre navigateur ne prend pas en
charge la lecture de cette vidéo."). Both are media-player's: the story runs
on across the gallery (an interruption), so nothing else took them (issue 12,
precision; session 35). Lines invented for these tests."""

import pytest
from helpers import removals


_STORY = ("The festival of lights drew more crowds than ever this year, the organisers said on Monday evening.\n"
          "{line}\n"
          "More than forty thousand people walked the route through the old town over the three nights.\n")


def _removed_by(line: str) -> str | None:
    return removals(_STORY.format(line=line))[line]


@pytest.mark.parametrize("line", [
    "‹ Précédente Suivante › Plein écran",
    "‹ Previous Next › Full screen",
    "« Zurück Weiter » Vollbild",
    "Anterior Siguiente Pantalla completa",
    "‹ Precedente Successiva › Schermo intero",
    "Anterior · Próxima · Tela cheia",
    "‹ Vorige Volgende › Volledig scherm",
    "‹ Poprzednie Następne › Pełny ekran",
    "Votre navigateur ne prend pas en charge la lecture de cette vidéo.",
    "Your browser does not support the video element, please update it to watch.",
    "Ihr Browser unterstützt das Abspielen dieses Videos leider noch nicht vollständig.",
])
def test_a_gallerys_pager_and_a_players_notice_go(line):
    assert _removed_by(line) == "media-player"


@pytest.mark.parametrize("line", [
    "Previous organisers said the next festival would need a bigger budget, full stop.",
    "Votre navigateur ne sait pas tout : la vidéo de la fête a été vue dix mille fois en une journée, dit-elle.",
])
def test_a_storys_sentences_stay(line):
    assert _removed_by(line) is None
