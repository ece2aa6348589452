"""A short story above a longer text set apart by chrome stays beside it (issue 12: keep both
readings rather than lose the article): selection._story_beside_story (the setting
earlier_story_min_share) and a single paragraph under the story's header
(header_paragraph_min_share). Invented pages of tests/fixtures/cms_pages (100-102) and invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import cms_page

from cleaner import Cleaner, Settings

# story_halves_min_share too: a short story above a box and a longer text below it is one of its shapes.
OFF = Cleaner(settings=replace(Settings(), earlier_story_min_share=0.0, story_halves_min_share=0.0))


# (page, its story's lines, a chrome line): each page lost its whole story in text mode.
STORIES_ABOVE_LONGER_TEXT = [
    # A news story of four one-sentence paragraphs whose page title is no headline of it (no header
    # found), under the menu, then a share bar, related links and the next article's longer text.
    ("100_short_story_next_article_de", ("Die Stadtwerke haben am Dienstag angekündigt",
                                          "Kunden können bis Ende März widersprechen"), "Mehr zum Thema"),
    # A blog's short post, its headline a link the menu detector took, then its category, tags and
    # share bar, and the blog's "about me" box of three paragraphs beside it.
    ("101_blog_post_about_box_de", ("Endlich ist er da: Nach wochenlangem Suchen",
                                     "Was haltet ihr davon? Schreibt es mir in die Kommentare!"), "Neueste Beiträge"),
]


@pytest.mark.parametrize(("name", "story", "chrome"), STORIES_ABOVE_LONGER_TEXT)
def test_a_short_story_stays_beside_a_longer_text_below_it(cleaner, name, story, chrome):
    body = cleaner.clean(cms_page(name))
    assert all(line in body for line in story)
    assert chrome not in body


@pytest.mark.parametrize(("name", "story", "chrome"), STORIES_ABOVE_LONGER_TEXT)
def test_without_the_setting_the_story_was_lost(name, story, chrome):
    body = OFF.clean(cms_page(name))
    assert not any(line in body for line in story)


MENU = ["Startseite", "Verein", "Mannschaften", "Termine", "Kontakt"]
SHARE = ["Teilen", "Facebook", "WhatsApp", "E-Mail"]
STORY = [
    "Unsere erste Mannschaft hat am Sonntag das Derby gegen den TSV Oberdorf mit drei zu eins gewonnen.",
    "Die Tore schossen Jonas Maier, Lukas Brenner und Felix Hahn, der erst in der zweiten Halbzeit kam.",
]
LONGER = [
    "Der Sportverein wurde im Jahr 1921 gegründet und hat heute mehr als vierhundert Mitglieder in sechs "
    "Abteilungen, vom Kinderturnen über den Fußball bis zur Gymnastik für Seniorinnen und Senioren.",
    "Unsere Trainerinnen und Trainer arbeiten ehrenamtlich und freuen sich über jede Unterstützung, ob beim "
    "Training, beim Vereinsfest im Sommer oder beim Verkauf von Kuchen und Getränken an den Spieltagen.",
    "Wer Lust hat, einmal vorbeizuschauen, ist zu jedem Training herzlich eingeladen: die Zeiten stehen unter "
    "Termine, und eine Probestunde ist in jeder Abteilung kostenlos und ganz ohne Anmeldung möglich.",
]


def test_the_earlier_story_needs_chrome_above_it(cleaner):
    """A text at the very top of the page, above its menu (a notice over
    the whole page), is no story kept beside the best region; the same text
    under the menu is."""
    under_menu = "\n".join(["Verein aktuell", *MENU, "Derbysieg am Sonntag", *STORY, *SHARE, "Über uns", *LONGER])
    above_menu = "\n".join(["Verein aktuell", *STORY, *MENU, *SHARE, "Über uns", *LONGER])
    assert STORY[0] in cleaner.clean(under_menu)
    assert STORY[0] not in cleaner.clean(above_menu)
    assert LONGER[0] in cleaner.clean(above_menu)


def test_an_earlier_text_scoring_little_beside_the_best_region_goes(cleaner):
    """Under earlier_story_min_share of the best region's score, the earlier
    run of paragraphs (a sidebar's two lines) is not kept beside it."""
    short = ["Neu im Shop: die Vereinsschals sind wieder da.", "Bestellungen bitte bis Freitag an den Vorstand."]
    text = "\n".join(["Verein aktuell", *MENU, *short, *SHARE, "Über uns", *LONGER, *LONGER])
    assert short[0] not in cleaner.clean(text)


def test_one_paragraph_under_its_header_stays_beside_a_longer_box(cleaner):
    """An event's one paragraph under its title and date (a header line),
    beside the club's "about us" box of two longer paragraphs that scores
    more, set apart by a share bar: both stay (invented page 102); with the
    setting at 0 the paragraph, no run of two, was lost."""
    text = cms_page("102_event_paragraph_about_box_de")
    line = "Auch in diesem Jahr laden wir alle Nachbarn"
    assert line in cleaner.clean(text)
    assert "Teilen" not in cleaner.clean(text).splitlines()
    # story_beside_story_at_end off too: the paragraph over its share bar is kept by that too (whole40).
    off = replace(Settings(), header_paragraph_min_share=0.0, story_beside_story_at_end=False)
    assert line not in Cleaner(settings=off).clean(text)


def test_a_paragraph_scoring_little_under_a_date_goes(cleaner):
    """Under header_paragraph_min_share of the best region's score, a lone
    paragraph under a date (a teaser's summary) is not kept beside it."""
    teaser = "Der Vorstand hat die Termine für das nächste Jahr festgelegt, alle Infos gibt es bald hier."
    text = "\n".join(["Verein aktuell", *MENU, "Neue Termine", "12.03.2024", teaser, *SHARE, "Über uns",
                      *LONGER, *LONGER])
    assert teaser not in cleaner.clean(text)


WELCOME = [
    "Talheim liegt mitten im Grünen zwischen Weinbergen und Wäldern und ist mit seinen rund 4.800 Einwohnern "
    "eine lebendige Gemeinde mit vielen Vereinen, einer Grundschule und zwei Kindergärten.",
    "Auf diesen Seiten finden Sie alle Informationen rund um das Rathaus, die Bürgerdienste, aktuelle Termine "
    "und Neuigkeiten aus der Gemeinde. Wir freuen uns über Ihre Anregungen.",
]
NOTICE = ["Die Gemeindebücherei hat ab dem 1. April neue Öffnungszeiten.",
          "Sie ist dann dienstags und donnerstags von 14 bis 18 Uhr geöffnet."]


def test_a_story_under_a_headline_repeating_the_title_stays_below_a_welcome_text(cleaner):
    """A town's notice under its headline, which repeats the page's title
    (no byline, no date), below the site's longer welcome text and a share
    bar: the headline is the page's own story's header, and the story stays
    beside the welcome text (invented page 103). Before, only a headline
    with a byline or dateline under it counted as a header there."""
    page = "\n".join(["Neue Öffnungszeiten der Bücherei | Gemeinde Talheim", *MENU, "Willkommen in Talheim",
                      *WELCOME, *SHARE, "Neue Öffnungszeiten der Bücherei", *NOTICE, "Impressum"])
    body = cleaner.clean(page)
    assert all(line in body for line in NOTICE)
    assert all(line in cleaner.clean(cms_page("103_town_notice_under_welcome_de")) for line in NOTICE)


def test_one_paragraph_under_its_headline_stays_beside_an_earlier_welcome_text(cleaner):
    """A town's story of one paragraph under its headline scores most, and
    the site's welcome text above it, set apart by a share bar, nearly as
    much: the welcome text was taken for the story and the paragraph, no run
    of two, dropped with the reviews and comments that stand under stories.
    Under a headline it stays (invented page 104)."""
    story = "Am Eingang der Gemeindebücherei steht seit Montag eine Rückgabebox"
    body = cleaner.clean(cms_page("104_one_paragraph_under_welcome_de"))
    assert story in body
    assert "Seite teilen" not in body.splitlines()
    comment = ("Schön, dass es endlich eine Rückgabebox gibt, ich habe mich oft geärgert, wenn ich am Samstag "
               "zu spät kam und die Bücher wieder mit nach Hause nehmen musste, obwohl sie fällig waren. Jetzt "
               "kann ich sie einfach auf dem Weg zum Bäcker einwerfen, und die Kinder freuen sich auch darüber, "
               "weil sie ihre Comics selbst zurückbringen dürfen.")
    page = "\n".join(["Gemeinde Talheim", *MENU, "Willkommen in Talheim", *WELCOME, *SHARE, "Petra M.",
                      "Vor zwei Tagen", comment, "Impressum"])
    assert comment not in cleaner.clean(page)  # a comment under a name: no headline
