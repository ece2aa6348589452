"""A bio's heading under a story ("About the author", "Über die Autorin") heads the bio: the paragraph
under it goes with it (issue 12, session 32; the perturbation probe's insert-bio). Kept, the bio was one
paragraph more under a short story of wrapped lines, and the story above it, read as teasers over that
paragraph, went whole (German) or the bio stayed as the story's end (English, French)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

# A product story of wrapped lines under its headline and date, a bio under its heading, then the product's
# specification lines and the site's footer.
PAGES = {
    "de": (
    'Beispiel Technik\n'
    'Suchen\n'
    'Login\n'
    'Kontakt\n'
    'Jobs\n'
    'Foren\n'
    'Startseite\n'
    'Newsroom\n'
    'Karriere\n'
    'Neue Stromzähler mit Modbus und Ethernet\n'
    '20.04.2018 16:22\n'
    'Beispiel Technik erweitert sein Programm an Stromzählern jetzt mit Geräten für den deutschen Markt.\n'
    'Effizientes Management des Verbrauchs|\n'
    'In einer Zeit, in der Energie sparsam überwacht und verwaltet werden muss, stellt Beispiel Technik\n'
    'die überarbeitete Reihe seiner Stromzähler für\n'
    'ein- und dreiphasige Netze vor.\n'
    'Mit den Erweiterungsmodulen und einem Datensammler lassen sich die Zähler an die gängigen\n'
    'Bussysteme anschließen.\n'
    'VOLLES SORTIMENT\n'
    'Von einphasiger Verkabelung mit direktem 40A-Anschluss in einem\n'
    'Modul bis zu dreiphasiger Verkabelung über Wandler.\n'
    '\n'
    'Über die Autorin\n'
    'Sarah Müller schreibt seit mehr als zwanzig Jahren über Politik, Wirtschaft und den Alltag in der '
    'Region. Bevor sie in die Redaktion kam, arbeitete sie als Lehrerin und als Pressesprecherin eines '
    'Vereins. Sie lebt mit ihrer Familie in einer kleinen Stadt am See, und in ihrer freien Zeit segelt '
    'sie, liest Kriminalromane und kümmert sich um einen Garten, der nie ganz fertig wird.\n'
    '\n'
    'GENAUIGKEIT\n'
    'Genauigkeitsklasse 0,5s\n'
    'im Energiemanagement.\n'
    'ALLGEMEIN:\n'
    '• Gesamt- und Teilzähler (rücksetzbar)\n'
    '• Versionen mit Speicher für Datenlogger\n'
    '• Eingang für Tarifwahl\n'
    '• Messung in vier Quadranten\n'
    'Weitere Info\n'
    'Anfrage\n'
    'Impressum\n'
    'Datenschutzerklärung\n'
),
    "en": (
    'Example Components\n'
    'Search\n'
    'Login\n'
    'Contact\n'
    'Jobs\n'
    'Forum\n'
    'Home\n'
    'Newsroom\n'
    'Careers\n'
    'New energy meters with Modbus and Ethernet\n'
    '20.04.2018 16:22\n'
    'Example Components extends its range of energy meters with devices for the European market.\n'
    'Efficient management of energy use|\n'
    'At a time when energy has to be watched and managed efficiently, Example Components\n'
    'presents its revised range of energy meters for\n'
    'single-phase and three-phase systems.\n'
    'With the expansion modules and a data concentrator the meters connect to the common\n'
    'bus systems.\n'
    'COMPLETE RANGE\n'
    'From single-phase wiring with direct 40A connection in one\n'
    'module up to three-phase wiring over current transformers.\n'
    '\n'
    'About the author\n'
    'Sarah Miller has written about politics, business and everyday life in the region for more than '
    'twenty years. Before she joined the newsroom she worked as a teacher and as a press officer for a '
    'charity. She lives with her family in a small town by the coast, and in her free time she sails, '
    'reads crime novels and looks after a garden that is never quite finished.\n'
    '\n'
    'ACCURACY\n'
    '0.5s accuracy class\n'
    'in energy management.\n'
    'GENERAL:\n'
    '• total and partial energy counters (resettable)\n'
    '• versions with memory for data logging\n'
    '• input for tariff selection\n'
    '• 4-quadrant measurement\n'
    'More info\n'
    'Request\n'
    'Imprint\n'
    'Privacy policy\n'
),
    "fr": (
    'Exemple Technique\n'
    'Rechercher\n'
    'Connexion\n'
    'Contact\n'
    'Emplois\n'
    'Forum\n'
    'Accueil\n'
    'Actualités\n'
    'Carrières\n'
    "Nouveaux compteurs d'énergie avec Modbus et Ethernet\n"
    '20.04.2018 16:22\n'
    "Exemple Technique élargit sa gamme de compteurs d'énergie avec des appareils pour le marché français.\n"
    'Une gestion efficace de la consommation|\n'
    "À une époque où l'énergie doit être surveillée et gérée avec soin, Exemple Technique\n"
    'présente sa gamme renouvelée de compteurs pour\n'
    'les réseaux monophasés et triphasés.\n'
    "Grâce aux modules d'extension et à un concentrateur de données, les compteurs se relient aux\n"
    'bus de terrain courants.\n'
    'GAMME COMPLÈTE\n'
    'Du câblage monophasé avec raccordement direct de 40 A dans un seul\n'
    "module jusqu'au câblage triphasé par transformateurs de courant.\n"
    '\n'
    "À propos de l'auteure\n"
    "Sophie Martin écrit depuis plus de vingt ans sur la politique, l'économie et la vie quotidienne de "
    "la région. Avant de rejoindre la rédaction, elle a été enseignante puis chargée de presse pour une "
    "association. Elle vit avec sa famille dans une petite ville au bord de la mer, et pendant son temps "
    "libre elle fait de la voile, lit des romans policiers et s'occupe d'un jardin qui n'est jamais "
    "fini.\n"
    '\n'
    'PRÉCISION\n'
    'Classe de précision 0,5s\n'
    "pour la gestion de l'énergie.\n"
    'GÉNÉRAL :\n'
    "• compteurs d'énergie totale et partielle (réinitialisables)\n"
    "• versions avec mémoire pour l'enregistrement des données\n"
    '• entrée pour le choix du tarif\n'
    '• mesure sur quatre quadrants\n'
    "Plus d'infos\n"
    'Demande\n'
    'Mentions légales\n'
    'Politique de confidentialité\n'
),
}
STORY = {
    "de": ("In einer Zeit, in der Energie sparsam", "ein- und dreiphasige Netze vor.", "Bussysteme anschließen."),
    "en": ("At a time when energy has to be watched", "single-phase and three-phase systems.", "bus systems."),
    "fr": ("À une époque où l'énergie doit être", "les réseaux monophasés et triphasés.", "bus de terrain courants."),
}
BIO = {"de": "Sarah Müller schreibt seit", "en": "Sarah Miller has written", "fr": "Sophie Martin écrit depuis"}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_bio_under_its_heading_goes_and_the_story_stays(language):
    explanation = Cleaner().explain(PAGES[language])
    assert all(line in explanation.text for line in STORY[language])
    assert BIO[language] not in explanation.text
    bio = next(d for d in explanation.decisions if d.block.text.startswith(BIO[language]))
    assert bio.removed_by == "author-bio"


def test_the_bio_over_the_story_lets_the_story_be_read_as_teasers():
    """With the bio's paragraph allowed no words (bio_under_heading_max_words 0), the German story goes whole."""
    settings = replace(Settings(), bio_under_heading_max_words=0)
    text = Cleaner(settings=settings).clean(PAGES["de"])
    assert not any(line in text for line in STORY["de"])


def test_an_about_page_keeps_its_text():
    """The heading above every paragraph is the page's title: its text is the article."""
    page = ("Home\nBlog\nContact\n\nAbout the author\n\n"
            "Sarah Miller grew up by the sea and has sailed since she was a child, mostly in small boats.\n\n"
            "She started this blog in 2015 to write about the coast, its villages and the people who live there.\n\n"
            "© 2025 Sarah Miller\n")
    text = Cleaner().clean(page)
    assert "Sarah Miller grew up by the sea" in text
    assert "She started this blog in 2015" in text
