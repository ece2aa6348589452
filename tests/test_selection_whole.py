"""Main-content selection does not gamble a whole article away (issue 12): where two regions could
each be the story, both are kept. Invented pages of tests/fixtures/cms_pages (70-79)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import cms_page

from cleaner import Cleaner, Settings


# (page, its story's lines, a chrome line): each page lost its whole story in text mode.
STORIES_BESIDE_LONGER_PROSE = [
    # A brief of three short paragraphs under its headline and byline, then a share bar and a box of
    # teasers, each with a summary longer than any of the brief's paragraphs: the teasers scored more
    # than the brief, across the share bar (the region under the story's header).
    ("70_brief_above_teasers_de", ("Ab Montag fährt die neue Linie 7",
                                   "Der Kreistag hatte die Verbindung im Herbst beschlossen",
                                   "Die Fahrpläne liegen im Rathaus aus"), "Artikel teilen"),
    # A club's post under its site's welcome text (two paragraphs), set apart by a box of links, a
    # share bar and a newsletter prompt: the welcome text, earlier and scoring nearly as much, was
    # taken for the story and the post dropped (the best region kept beside an earlier one).
    ("71_club_post_under_welcome_de", ("Zwanzig Mitglieder haben am Samstag", "Am Aussichtspunkt wurden zwei Bänke",
                                       "Zum Abschluss gab es an der Hütte"), "Das könnte Sie auch interessieren"),
    # The shape of 70 where the page's title is the site's name, so that no headline is found: the
    # story's byline is its header. A share bar, related links and the first event's heading stood
    # between the story and the events' descriptions, which scored more.
    ("72_campus_brief_above_events_en", ("From Monday the main library will stay open",
                                         "Students need their campus card", "The café on the ground floor"),
     "Related stories"),
    # A parish's notice under its headline and date, below the site's longer welcome text, a box of
    # quick links and a share bar: the story lay below the best region (its header below it too).
    ("73_parish_notice_under_intro_de", ("Am Sonntag, 2. Juni, spielt Kirchenmusiker", "Der Eintritt ist frei.",
                                         "Im Anschluss lädt der Pfarrgemeinderat"), "Schnellzugriff"),
]


@pytest.mark.parametrize(("name", "story", "chrome"), STORIES_BESIDE_LONGER_PROSE)
def test_a_short_story_stays_beside_a_longer_stretch_of_prose(cleaner, name, story, chrome):
    body = cleaner.clean(cms_page(name))
    assert all(line in body for line in story)
    assert chrome not in body


def test_the_region_under_the_header_is_a_setting(cleaner):
    """header_region_max_lines 0 turns it off: the best region alone is kept
    (teaser-list, which takes the page's dated teasers, skipped so that they
    stay to outscore the story; the run of paragraphs kept beside teasers,
    earlier_run_beside_lone_paragraphs, turned off too)."""
    off = Cleaner(settings=replace(Settings(), header_region_max_lines=0, earlier_run_beside_lone_paragraphs=False))
    kept = off.explain(cms_page("70_brief_above_teasers_de"), skip_stages=("teaser-list",)).text
    assert "Ab Montag fährt die neue Linie 7" not in kept


def test_comments_under_a_prompt_do_not_stay_beside_the_story(cleaner):
    """The best region under a comment prompt, after a story that scores nearly
    as much, is the comments: the story alone stays."""
    story = [
        "Der Gemeinderat hat am Montag beschlossen, die Grundschule im Ortskern bis zum Herbst zu erweitern.",
        "Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, den Rest zahlt die Gemeinde.",
        "Die Bauarbeiten sollen in den Sommerferien beginnen, damit der Unterricht möglichst wenig gestört wird.",
    ]
    comments = [
        "Endlich passiert etwas, die Kinder sitzen seit Jahren in viel zu engen Räumen, und keiner hat sich gekümmert.",
        "Warum dauert das so lange? In der Nachbargemeinde wurde eine ganze Schule in einem Jahr gebaut, und billiger.",
        "Ich finde es gut, dass das Land zahlt, aber die Gemeinde hätte das Geld auch für die Straßen gebraucht.",
    ]
    page = "\n\n".join(["Startseite", "Politik", "Sport", "Kultur", *story, "Teilen", "Facebook", "WhatsApp",
                        "E-Mail", "3 Kommentare", *comments])
    body = cleaner.clean(page)
    assert all(line in body for line in story)
    assert not any(line in body for line in comments)


def test_a_how_to_s_steps_under_its_intro_stay(cleaner):
    """A club wiki's how-to: an intro paragraph, then four sections, each a
    heading over steps without full stops (page 90). The steps scored
    nothing and their headings and terse lines cost, so the region was the
    intro alone and every step was lost; the sections now continue it."""
    body = cleaner.clean(cms_page("90_howto_steps_intro_de"))
    for line in ("Ein Platten gehört zu jeder längeren Tour dazu", "Vorbereitung",
                 "bei Felgenbremsen den Bremszug am Bremsarm aushängen", "Schlauch wechseln",
                 "restliche Luft ganz ablassen, Ventilmutter abschrauben",
                 "auf den Druck pumpen, der auf der Reifenflanke steht"):
        assert line in body
    assert "Weitere Anleitungen" not in body
    off = Cleaner(settings=replace(Settings(), step_sections_min=0)).clean(cms_page("90_howto_steps_intro_de"))
    assert "Vorbereitung" not in off


def test_headlines_under_section_names_after_the_story_are_no_steps(cleaner):
    """Sections of other stories' headlines after a story (few stopwords)
    do not continue it as a how-to's steps do."""
    story = ["The council approved the new budget on Tuesday night after a long debate about the cost of the bridge.",
             "Work on the bridge will begin in the spring and is expected to last for about two years."]
    headlines = ["Sports Headlines", "Toskala gets first shootout win", "Ban of leaded fuels killer blow to racing",
                 "Friday Knight", "Knights seek zip for power play", "Win keeps Lyle rink in hunt"]
    body = cleaner.clean("\n".join(["Home | News | Sport | Weather | Contact", *story, *headlines]))
    assert story[0] in body
    assert "Toskala gets first shootout win" not in body


def test_a_quick_fire_interview_under_its_intro_stays(cleaner):
    """Twelve short questions, each over its short answer, under a one-line
    intro and a club's teasers (page 92): every line cost the region, which
    ended at the intro. Questions and answers in a row continue it."""
    body = cleaner.clean(cms_page("92_quick_questions_de"))
    for line in ("Seit wann turnst du?", "Seit ich vier bin.", "Kaffee oder Tee?", "Tee, immer.",
                 "Dein Motto?", "Hinfallen, aufstehen, weitermachen."):
        assert line in body
    assert "Teilen WhatsApp Facebook" not in body


def test_a_press_release_of_one_line_sentences_stays_above_teasers(cleaner):
    """A town's press release of eight one-line sentences (each scores one)
    above a share bar and three undated teasers with long summaries, on a
    page whose title is the site's and whose headline went with the menu
    (page 91): the teasers outscored the release, which was lost whole. A
    run of paragraphs before a best region that holds none is kept beside
    it."""
    text = cms_page("91_press_short_sentences_de")
    body = cleaner.clean(text)
    for line in ("Die Stadt erneuert ab Montag, 11. März, die Fahrbahn der Brückenstraße.",
                 "Die Arbeiten dauern voraussichtlich sechs Wochen.",
                 "Die Stadt bittet um Verständnis für die Behinderungen."):
        assert line in body
    assert "Seite teilen" not in body
    # The share bar under the release's header counts as one line there (header_box_counts_once): the
    # release is also the run under its header, so that is turned off too.
    off = Cleaner(settings=replace(Settings(), earlier_run_beside_lone_paragraphs=False,
                                   header_box_counts_once=False)).clean(text)
    assert "Die Arbeiten dauern voraussichtlich sechs Wochen." not in off


def test_the_story_under_its_header_stays_when_a_renderer_sets_each_span_of_the_header_on_a_line(cleaner):
    """Page 73's header as a renderer that puts each span on a line of its own
    gives it: a date's label, the date, "Von" and the author apart. The story
    starts five lines under its headline, one of them the header's own (the
    date), which counts no more than it would beside its label: the story was
    lost to the welcome text above it (one line further than
    header_region_max_lines)."""
    text = cms_page("73_parish_notice_under_intro_de")
    header = "Orgelkonzert zugunsten der Sanierung\n\n14.05.2024\n\n"
    assert header in text
    body = cleaner.clean(text.replace(header, "Orgelkonzert zugunsten der Sanierung\n\nDatum:\n14.05.2024\nVon\n"
                                              "Pfarrbüro\n\n"))
    assert "Am Sonntag, 2. Juni, spielt Kirchenmusiker" in body
    assert "Der Eintritt ist frei." in body
