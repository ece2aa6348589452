"""A newsletter's plug set in the story as a paragraph of its own, naming the
letter and ending in the call to sign up there ("[... im kostenlosen
Newsletter ... Zur Anmeldung geht es hier.]"): newsletter-prompt's (issue 12,
precision; session 35). A story's sentence about a newsletter or about
signing up stays. Lines invented for these tests."""

import pytest
from helpers import removals


_STORY = ("Home\nNews\nContact\nFerry to run all winter\n"
          "The council voted on Tuesday night to keep the river ferry running through the winter, after more than "
          "two thousand residents signed a petition against the planned closure.\n"
          "{line}\n"
          "The ferry, which crosses six times a day, was due to stop in October because of higher fuel costs and a "
          "gap in the transport budget, officials said.\n"
          "The money will come from a reserve meant for repairs to the harbour wall, the mayor told the meeting.\n")


def _removed_by(line: str) -> str | None:
    return removals(_STORY.format(line=line))[line]


@pytest.mark.parametrize("line", [
    "[The day's harbour news, in our free morning newsletter with the tides and the ferry times. Sign up here.]",
    "[Alles Wichtige vom Hafen finden Sie jeden Morgen in unserem kostenlosen Newsletter. Zur Anmeldung geht es hier.]",
    "Toute l'actualité du port chaque matin dans notre newsletter gratuite. Inscrivez-vous ici.",
    "Toda la actualidad del puerto cada mañana en nuestro boletín gratuito. Suscríbete aquí.",
    "Tutte le notizie del porto ogni mattina nella nostra newsletter gratuita. Iscriviti qui.",
    "Todas as notícias do porto todas as manhãs na nossa newsletter gratuita. Inscreva-se aqui.",
    "Elke ochtend het nieuws van de haven in onze gratis nieuwsbrief. Meld je hier aan.",
    "Najważniejsze wiadomości z portu co rano w naszym darmowym newsletterze. Zapisz się tutaj.",
])
def test_a_newsletters_plug_in_the_story_goes(line):
    assert _removed_by(line) == "newsletter-prompt"


@pytest.mark.parametrize("line", [
    "The ferry's newsletter told passengers in March that the winter timetable would be cut, and many signed up.",
    "Wer den Newsletter des Vereins abonnieren möchte, kann sich im Rathaus anmelden, sagte die Sprecherin.",
])
def test_a_storys_sentence_about_a_newsletter_stays(line):
    assert _removed_by(line) is None
