"""Session 16 (textstudy16c): mechanisms found on blind_pages3 once it became a study set, each
held here by an invented page of another shape and language than the study page's."""

from __future__ import annotations

from cleaner import explain

# A council's live coverage of a storm: the ticker's entries, each under its clock time alone on
# a line, between the story's opening paragraphs and its last section.
TICKER_ENTRIES = [
    "Crews reopened the coast road at Penmorra after clearing two fallen trees from both lanes.",
    "The ferry to the islands will not sail this afternoon. The operator expects to resume on Friday.",
    "Power has returned to most homes in the harbour district, the network operator said.",
    "A rest centre has opened at the leisure centre for anyone who cannot stay at home tonight.",
]
TICKER_PAGE = "\n".join([
    "Home", "News", "Weather", "Sport", "Contact",
    "Storm Elin: roads close and ferries stop across the county",
    "By Rhian Powell · 12 March 2025",
    "Storm Elin brought gusts of more than 80 miles an hour to the coast overnight, and the county council "
    "has asked people not to travel unless they must.",
    "Schools in the north of the county are closed today, and bin collections have been moved to next week.",
    "Latest updates",
    "4:10 p.m.", TICKER_ENTRIES[0],
    "2:45 p.m.", TICKER_ENTRIES[1],
    "1:20 p.m.", TICKER_ENTRIES[2],
    "11:05 a.m.", TICKER_ENTRIES[3],
    "Load older updates",
    "What happens next",
    "Forecasters expect the wind to ease by Thursday evening, though heavy rain may follow in the hills.",
    "The council will assess the damage to the sea wall at first light and publish its findings next week.",
    "Share this article", "Facebook", "X", "Email",
    "Copyright 2025 County Council. All rights reserved.",
])


def test_a_live_ticker_s_entries_under_bare_clock_times_stay_with_the_story():
    """Fails before ticker_stamps_are_entries: teaser-list read each time as a teaser's headline and
    removed the entries, and the story's last section under them went with main-content."""
    explanation = explain(TICKER_PAGE)
    assert all(entry in explanation.text for entry in TICKER_ENTRIES)
    assert "Forecasters expect the wind to ease" in explanation.text
    assert "teaser-list" not in explanation.removed_counts

