"""Issue 12 in text mode, on invented pages (tests/fixtures/cms_pages 45, 67-69): a table
rendered a cell a line keeps its times (no clip lengths)."""

from __future__ import annotations

import pytest
from helpers import ROOT

from cleaner import Cleaner

PAGES = ROOT / "tests" / "fixtures" / "cms_pages"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def _removed_by(cleaner: Cleaner, name: str) -> dict[str, str | None]:
    explanation = cleaner.explain((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    return {d.block.text: d.removed_by for d in explanation.decisions}


TABLE_TIMES = {
    "45_tournament_schedule_de": ("9:00", "11:30", "14:00", "13:30", "17:30"),
    "67_fun_run_results_en": ("31:42", "32:05", "32:51", "35:19", "36:02", "36:40"),
    "68_cinema_programme_fr": ("14:00", "16:30", "20:30", "10:30", "15:00", "18:00"),
    "69_fixtures_es": ("9:30", "11:00", "12:45", "10:00", "17:00"),
}


@pytest.mark.parametrize("name", sorted(TABLE_TIMES))
def test_a_table_s_times_a_cell_a_line_are_no_clip_lengths(cleaner, name):
    removed_by = _removed_by(cleaner, name)
    for time in TABLE_TIMES[name]:
        assert removed_by[time] != "media-player", time
