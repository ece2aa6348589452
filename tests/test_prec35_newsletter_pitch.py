"""A newsletter box set between the story's paragraphs with no heading of its
own: one pitch right over the form's button that newsletter-prompt removed
(issue 12, precision; session 35). The pitch goes with the button
(newsletter-pitch) when it names the letter or the inbox; the story's short
paragraph over a bare button, which names neither, stays (a day alone,
"every Monday", is no letter's: a story says it too). Pages and lines invented
for these tests."""

import pytest
from helpers import removals


_STORIES = {
    "en": ("Home\nNews\nSport\nContact\nFerry to run all winter\nBy Tom Reyes · 3 May 2025\n",
           ["The council voted on Tuesday night to keep the river ferry running through the winter, after more than "
            "two thousand residents signed a petition against the planned closure.",
            "The ferry, which crosses six times a day, was due to stop in October because of higher fuel costs and a "
            "gap in the transport budget, officials said.",
            "The money will come from a reserve meant for repairs to the harbour wall, which are now put off until "
            "next spring, the mayor told the meeting.",
            "Residents who signed the petition said they were relieved, but several asked the council to publish the "
            "ferry's full accounts before the next budget."], "Sign me up"),
    "pl": ("Strona główna\nWiadomości\nSport\nKontakt\nProm popłynie także zimą\nAutor: Jan Nowak · 3 maja 2025\n",
           ["Rada gminy zdecydowała we wtorek wieczorem, że prom na rzece będzie kursował także zimą, po tym jak "
            "ponad dwa tysiące mieszkańców podpisało petycję przeciwko jego zamknięciu.",
            "Prom, który przepływa sześć razy dziennie, miał zostać wstrzymany w październiku z powodu wyższych cen "
            "paliwa i luki w budżecie na transport, podali urzędnicy.",
            "Pieniądze pochodzą z rezerwy na remont nabrzeża, którego naprawa została przesunięta na przyszłą wiosnę, "
            "powiedział burmistrz na sesji rady.",
            "Mieszkańcy, którzy podpisali petycję, przyjęli decyzję z ulgą, ale kilku z nich poprosiło radę o "
            "opublikowanie pełnych kosztów promu przed kolejnym budżetem."], "Zapisz się"),
    "nl": ("Home\nNieuws\nSport\nContact\nVeerpont vaart ook in de winter\nDoor Jan de Vries · 3 mei 2025\n",
           ["De gemeenteraad besloot dinsdagavond dat de veerpont over de rivier ook deze winter blijft varen, nadat "
            "meer dan tweeduizend inwoners een petitie hadden getekend.",
            "De pont, die zes keer per dag overvaart, zou in oktober stoppen door hogere brandstofkosten en een gat in "
            "de begroting voor vervoer, zeiden ambtenaren.",
            "Het geld komt uit een reserve voor het herstel van de havenmuur, dat nu naar het voorjaar is uitgesteld, "
            "zei de burgemeester tijdens de vergadering.",
            "Inwoners die de petitie tekenden, reageerden opgelucht, maar enkelen vroegen de raad om de volledige "
            "kosten van de pont te publiceren voor de volgende begroting."], "Aanmelden"),
    "fr": ("Accueil\nActualité\nSport\nContact\nLe bac naviguera tout l'hiver\nPar Léa Roy · 3 mai 2025\n",
           ["Le conseil municipal a décidé mardi soir de maintenir le bac sur la rivière tout l'hiver, après une "
            "pétition signée par plus de deux mille habitants contre la fermeture prévue.",
            "Le bac, qui traverse six fois par jour, devait s'arrêter en octobre à cause de la hausse du carburant et "
            "d'un trou dans le budget des transports, selon la mairie.",
            "L'argent viendra d'une réserve prévue pour réparer le mur du port, dont les travaux sont repoussés au "
            "printemps prochain, a expliqué le maire aux élus.",
            "Les habitants qui avaient signé la pétition se disent soulagés, mais plusieurs demandent à la mairie de "
            "publier les comptes complets du bac avant le prochain budget."], "Je m'inscris"),
}
_FOOTER = "Most read\nBridge repairs start in June\nNew bus line for the east\n© 2025 The Harbour Post\n"


def _decisions(language: str, pitch: str) -> dict[str, str | None]:
    header, story, button = _STORIES[language]
    # Two paragraphs under the box: over the story's last paragraph alone, a box of two removed lines ends the
    # story for selection, as a known prompt and its button do (left to selection).
    page = header + "\n".join([story[0], story[1], pitch, button, *story[2:]]) + "\n" + _FOOTER
    return removals(page)


@pytest.mark.parametrize(("language", "pitch"), [
    ("en", "The day's local stories, straight to your inbox."),
    ("pl", "Najciekawsze wiadomości z gminy raz w tygodniu w Twojej skrzynce."),
    ("nl", "Wekelijks het beste van de regio in je mailbox."),
    ("fr", "Newsletter du Port – l'essentiel de la vie locale chaque matin à 7 heures."),
])
def test_a_pitch_naming_the_letter_over_its_button_goes_with_it(language, pitch):
    decisions = _decisions(language, pitch)
    assert decisions[pitch] == "newsletter-pitch"
    assert all(decisions[line] is None for line in _STORIES[language][1])


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The vote was close."),
    ("en", "We still meet every Monday to look at the timetable, the operator said."),
    ("pl", "Głosowanie było wyrównane."),
    ("fr", "Le vote a été serré."),
])
def test_the_storys_short_paragraph_over_a_bare_button_stays(language, line):
    decisions = _decisions(language, line)
    assert decisions[line] is None
    assert all(decisions[story_line] is None for story_line in _STORIES[language][1])
