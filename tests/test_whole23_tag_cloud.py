"""A tag cloud or a category drop-down's options on one long line, its only marks the full stops
of initials ("J. R. R. Tolkien") or a name's ("Oh Boy!"), holds no sentence: it is a list, not
prose, however many stopwords its names hold (issue 12: a sidebar's tag clouds outscored a blog's
one-paragraph post; selection.sparse_marks_list, the setting sparse_marks_list_min_words_per_mark).
Invented texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from cleaner.features import measure
from cleaner.language import stopwords_for
from cleaner.selection import sparse_marks_list

OFF = Cleaner(settings=replace(Settings(), sparse_marks_list_min_words_per_mark=0))

TAGS = ("Art of the Fugue Autumn in the City Books of the Year C. S. Lewis Cinema of the North Diary of a Year "
        "Films of the Sixties Gardens of the South J. R. R. Tolkien Letters to the Editor Life in the Village "
        "Music for the Road Notes from the Garden Oh Boy! Poems of the Sea Songs of the Night Stories of the "
        "Town The Art of the Garden The Best of the Year The Life of the Mind Walks in the Hills Words and "
        "Pictures Views from the Window")
CATEGORIES = ("Choose a category Art and Design Books of the Month Cinema and Film Diary of the Garden Food and "
              "Drink Friends of the House Gardens and Parks Life in the Town Music of the Week News from the Club "
              "Poems and Songs Rooms of the House Stories of the Village The Best of the Blog Travel in the North "
              "Views of the Sea Walks and Rides Words of the Day")
POST = ("A nearly silent film that cuts between two stories: a mother with her baby hounded by a crowd of "
        "photographers, and two lovers whose wedding ends in their arrest. The garden of the title, planted on a "
        "shingle beach beside a power station, holds them together, and the director, filming it over a whole "
        "summer, shows how much a few plants can say.")
MENU = ["Home", "About", "Archive", "Contact"]


def page() -> str:
    return "\n".join(["The Pink Garden", *MENU, "", "The Garden (1990)", "17 January 2014", "", POST, "",
                      "Share this:", "Facebook", "Twitter", "", "Leave a comment", "", "Tags", TAGS, "",
                      "Categories", CATEGORIES, "", "© 2014 The Pink Garden"])


def test_the_post_stays_and_the_tag_clouds_go(cleaner):
    body = cleaner.clean(page())
    assert POST in body
    assert TAGS not in body and CATEGORIES not in body


def test_without_the_setting_a_tag_cloud_was_kept_as_prose():
    assert TAGS in OFF.clean(page())


GERMAN_TAGS = ("Aus dem Garten Bilder der Woche Bücher des Jahres E. T. A. Hoffmann Filme der Sechziger Gedichte "
               "für den Abend Leben auf dem Land Lieder der Nacht Musik für die Reise Notizen aus dem Haus Oh Boy! "
               "Reisen in den Norden Spaziergänge am See Tagebuch eines Jahres Th. W. Adorno Worte und Bilder "
               "Briefe an die Redaktion Geschichten aus der Stadt Das Beste des Jahres Die Kunst des Gartens")
GERMAN_CATEGORIES = ("Kategorie auswählen Aus der Stadt Bücher und Hefte Das Leben im Dorf Der Garten im Herbst "
                     "Die Musik der Woche Essen und Trinken Freunde des Hauses Gärten und Parks Kunst und Design "
                     "Kino und Film Lieder und Gedichte Nachrichten aus dem Verein Reisen in den Süden "
                     "Wege und Wanderungen Worte des Tages Zimmer im Haus")
GERMAN_MENU = ["Startseite", "Über uns", "Archiv", "Impressum"]


def german_page() -> str:
    """A German blog's chrome around a post written in English: the page's language is the chrome's, the
    post a paragraph in another language (selection.foreign_story_lines), weighed against the page's prose."""
    return "\n".join(["Der rosa Garten", *GERMAN_MENU, "", "The Garden (1990)", "17. Januar 2014", "", POST, "",
                      "Teilen mit:", "Facebook", "Twitter", "", "Hinterlasse einen Kommentar", "", "Schlagwörter",
                      GERMAN_TAGS, "", "Kategorien", GERMAN_CATEGORIES, "", "Archiv", "Januar 2014", "Dezember 2013",
                      "", "© 2014 Der rosa Garten"])


def test_a_post_in_another_language_than_the_tag_clouds_stays(cleaner):
    body = cleaner.clean(german_page())
    assert POST in body
    assert GERMAN_TAGS not in body


def test_without_the_setting_the_tag_clouds_outweighed_the_post():
    # Since session 27 the post right under its dateline is kept as the story's lead beside the tag clouds'
    # region (selection.lead_under_byline): without both, the region alone stays.
    off = Cleaner(settings=replace(OFF.settings, lead_under_byline_max_lines=0))
    assert POST not in off.clean(german_page())
    assert POST in OFF.clean(german_page())


def features(text: str):
    settings = Settings()
    return measure(text, stopwords_for("en"), settings.cjk_chars_per_word, settings.spaceless_stopword_density)


@pytest.mark.parametrize("text", [TAGS, CATEGORIES])
def test_a_long_line_of_names_is_a_list(text):
    assert sparse_marks_list(text, features(text), Settings())


def test_a_long_sentence_is_no_list():
    """Prose marks a clause every few words, however long its sentence; a paragraph of sentences too."""
    sentence = ("The council met on Monday evening in the old town hall, and after a long debate about the costs "
                "of the new bridge, the repairs to the school roof and the plans for the market square, it voted "
                "by a large majority to raise the local tax by two per cent from the first of April next year.")
    assert not sparse_marks_list(sentence, features(sentence), Settings())
    assert not sparse_marks_list(POST, features(POST), Settings())


def test_a_paragraph_without_its_full_stop_is_no_list():
    """A paragraph's words are mostly in lower case, however few its marks (a script without case has none)."""
    paragraph = ("The council met on Monday evening in the old town hall and after a long debate about the costs of "
                 "the new bridge and the repairs to the school roof it voted by a large majority to raise the local "
                 "tax by two per cent from the first of April next year")
    assert not sparse_marks_list(paragraph, features(paragraph), Settings())
