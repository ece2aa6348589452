"""A story that ends on its list: a short lead-in line ("What changes from November:") right under the last
paragraph, over items of a few words each (issue 12, text mode; invented pages). The lead-in and the items went
as main-content, with a related list under them or none (short_lead_in_announces_end_list)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

HEADER = ("Harbour Times\nHome\nNews\nSport\nWeather\n\n"
          "Harbour town sets out the ferry's winter timetable\nBy Tom Reyes\n")
STORY = ("The town council agreed on Tuesday how the passenger ferry will run through the winter, after months of "
         "talks with the operator and the residents who rely on it.\n"
         "The ferry crosses the estuary six times a day in summer, and the operator had asked to cut the winter "
         "crossings to two because of rising fuel costs.\n"
         "Under the plan the council agreed, the ferry will keep four crossings a day and the town will pay part of "
         "the fuel bill from its reserve fund.\n")
LEAD_IN = "What changes from November:"
ITEMS = ["four crossings a day instead of six", "no crossing after eight in the evening",
         "cheaper tickets for pupils and pensioners"]
RELATED = "Related stories\nBridge repairs to start in June\nNew bus route for the east side\nFish market moves\n"
FOOTER = "© 2025 Harbour Times\n"


def _page(marker: str, related: str) -> str:
    return HEADER + STORY + LEAD_IN + "\n" + "".join(f"{marker}{item}\n" for item in ITEMS) + related + FOOTER


@pytest.mark.parametrize("marker", ["- ", "• ", ""])
@pytest.mark.parametrize("related", [RELATED, ""])
def test_the_story_s_closing_list_stays(marker, related):
    text = Cleaner().clean(_page(marker, related))
    assert LEAD_IN in text
    assert all(item in text for item in ITEMS)
    assert "Bridge repairs" not in text


def test_without_the_setting_the_list_goes():
    text = Cleaner(settings=replace(Settings(), short_lead_in_announces_end_list=False)).clean(_page("- ", RELATED))
    assert ITEMS[0] not in text


def test_headlines_under_a_heading_with_a_colon_still_go():
    page = HEADER + STORY + "Latest news:\nBridge repairs to start in June\nBus route changes on Monday\n" \
        "Fish market moves\n" + FOOTER
    text = Cleaner().clean(page)
    assert "Bridge repairs" not in text
    assert "Under the plan the council agreed" in text


def test_a_contact_under_a_lead_in_still_goes():
    """A press office, its council and spokesperson under "Contact:": no list's items (capitals, no bullets)."""
    contact = ("Press office of the Harbour Town Council\nMarina Holt, spokesperson for the council\n"
               "Telephone 0100 200300 on weekdays only\n")
    text = Cleaner().clean(HEADER + STORY + "Contact:\n" + contact + FOOTER)
    assert "Marina Holt" not in text
    assert "Under the plan the council agreed" in text
