"""The site's app plugged with the outlet's name after it (issue 12, session 36): "Scarica l'app della Gazzetta
...", "Laden Sie die App des Talboten herunter". newsletter-prompt knew "Scarica la nostra app" and "Laden Sie
die App herunter" only, so text mode kept the plug between the story's paragraphs. Invented plugs; a sentence
that tells of someone downloading an app stays.

(English's "Download the Riverside Herald app for breaking news alerts" stays for now: on a study set's live
blog, removing it made the HTML page's reading the rendering's, which loses the blog's unheaded key points
above its byline, as text mode does.)"""

from __future__ import annotations

import pytest
from helpers import removed_between_paragraphs


@pytest.mark.parametrize("plug", [
    "Scarica l'app della Gazzetta di Borgoleone per restare aggiornato",
    "Laden Sie die App des Talboten herunter",
])
def test_the_sites_app_plugged_by_its_name_goes(plug: str) -> None:
    assert removed_between_paragraphs(plug) == "newsletter-prompt"


@pytest.mark.parametrize("sentence", [
    "Die Stadt lässt die App des Verkehrsverbunds herunterladen, sagte der Bürgermeister am Montag.",
    "Download the Zoom app, then sign in with your school account.",
])
def test_a_sentence_about_downloading_an_app_stays(sentence: str) -> None:
    assert removed_between_paragraphs(sentence) is None
