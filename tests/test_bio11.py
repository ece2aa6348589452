"""Issue 12 in text mode, on invented pages (tests/fixtures/cms_pages 55, 60-69): an author box
whose bio begins with the writer's first name, or that carries a job title under the name, goes
as author-bio; a table rendered a cell a line keeps its times (no clip lengths)."""

from __future__ import annotations

import pytest
from helpers import cms_page, removals


# Each page's author box: its lines, in order (name, job title, bio).
AUTHOR_BOXES = {
    "55_company_blog_bio_en": ("Priya Raman", "Staff Engineer, Payments", "Priya has worked on payment systems"),
    "60_news_author_box_de": ("Jonas Brandtner", "Jonas schreibt seit 2019"),
    "61_magazine_author_fr": ("Claire Dumoulin", "Journaliste, service Économie", "Claire couvre l'artisanat"),
    "62_blog_author_es": ("Lucía Herrera Soto", "Redactora y guía de montaña", "Lucía escribe sobre rutas"),
    "63_news_author_pl": ("Marta Wiśniewska", "Marta pisze o transporcie"),
    "64_news_author_it": ("Giulia Ferraresi", "Inviata, redazione Cronaca", "Giulia racconta la provincia"),
    "65_news_author_nl": ("Sanne de Vries", "Sanne schrijft over de dorpen"),
    "66_obituary_en": ("Daniel Hart", "Daniel writes about village life"),
}


@pytest.mark.parametrize("name", sorted(AUTHOR_BOXES))
def test_an_author_box_by_first_name_or_job_title_goes_as_author_bio(cleaner, name):
    removed_by = removals(cms_page(name), cleaner)
    for start in AUTHOR_BOXES[name]:
        assert [stage for text, stage in removed_by.items() if text.startswith(start)][-1] == "author-bio", start


def test_an_obituary_s_first_names_and_a_quote_s_attribution_are_the_story(cleaner):
    """The obituary's paragraphs begin with the first name of the woman its
    headline names, and a quote stands over its speaker's name, what he is
    to her and a paragraph that begins with his first name: all story."""
    removed_by = removals(cms_page("66_obituary_en"), cleaner)
    for start in ("Margaret was born in 1931", "Tom Ellis", "Her son", "Tom said his mother"):
        assert [stage for text, stage in removed_by.items() if text.startswith(start)] == [None], start


TABLE_TIMES = {
    "45_tournament_schedule_de": ("9:00", "11:30", "14:00", "13:30", "17:30"),
    "67_fun_run_results_en": ("31:42", "32:05", "32:51", "35:19", "36:02", "36:40"),
    "68_cinema_programme_fr": ("14:00", "16:30", "20:30", "10:30", "15:00", "18:00"),
    "69_fixtures_es": ("9:30", "11:00", "12:45", "10:00", "17:00"),
}


@pytest.mark.parametrize("name", sorted(TABLE_TIMES))
def test_a_table_s_times_a_cell_a_line_are_no_clip_lengths(cleaner, name):
    removed_by = removals(cms_page(name), cleaner)
    for time in TABLE_TIMES[name]:
        assert removed_by[time] != "media-player", time
