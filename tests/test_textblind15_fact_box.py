"""A fact box of short "Label: value" rows between a story's paragraphs, its last row the box's
source with years ("Fonte: rete di sorveglianza regionale, media 2018–2023"): that row is no menu
label (digits, too many words), so the run of labels did not stand right above the next paragraph
and nav-menu took the box, and the region ended before the story's last paragraphs (text mode).
A fact box's own "Label: value" rows under the run now count as the box's (invented page 131)."""

from __future__ import annotations

from helpers import ROOT

from cleaner import Cleaner

PAGE = ROOT / "tests" / "fixtures" / "cms_pages" / "131_health_fact_box_source_it"
BOX = ["Scheda: zecche", "Attive: febbraio–novembre", "Ambiente: boschi e prati", "Quota: pianura e collina",
       "Rischi: Lyme, encefalite"]


def test_a_fact_box_over_its_source_line_stays_in_text_mode():
    lines = Cleaner().clean(PAGE.with_suffix(".txt").read_text(encoding="utf-8")).splitlines()
    assert all(row in lines for row in BOX)
    assert any(line.startswith("Se si trova una zecca") for line in lines)


def test_a_fact_box_over_its_source_line_stays_from_html():
    lines = Cleaner().clean_html(PAGE.with_suffix(".html").read_text(encoding="utf-8")).splitlines()
    assert all(row in lines for row in BOX)
