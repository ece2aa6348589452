"""Buttons the phrase tables lacked, set in or under a story: an ad slot's own button under its label ("Hide Ad",
"Report this ad": advertisement), a gallery's link with its count of pictures ("View Photo Gallery (24 photos)":
media-player) and a Hungarian row of the page's tools ("Nyomtatható változat | Küldje el ismerősének": share-bar).
Found on the study set blind_pages22 (issue 12). Lines invented for these tests."""

from __future__ import annotations

import pytest
from helpers import removals

STORY = {
    "en": ["The village hall at Corran End will reopen in May after a new roof and a heat pump were fitted over the "
           "winter, the trustees said on Tuesday.",
           "The work cost just over £180,000, most of it raised by the hall's own users through quiz nights, a "
           "sponsored walk and a grant from the county's community fund.",
           "Bookings for the summer are already open, and the playgroup will move back in on the first Monday of "
           "the month, the chair of the trustees added."],
    "hu": ["Májusban újra megnyílik a felsőrévi művelődési ház, miután a télen új tetőt és hőszivattyút kapott, "
           "közölte kedden a fenntartó egyesület.",
           "A munkálatok valamivel több mint hatvanmillió forintba kerültek, ennek nagy részét a ház látogatói "
           "gyűjtötték össze jótékonysági estekkel és egy pályázattal.",
           "A nyári foglalások már elindultak, a baba-mama klub pedig a hónap első hétfőjén költözik vissza, tette "
           "hozzá az egyesület elnöke."],
}


def page(language: str, first: list[str], under: list[str]) -> str:
    """The story with lines ``first`` after its first paragraph and ``under`` under its last."""
    story = STORY[language]
    return "\n\n".join(["Home\nNews\nSport\nCommunity\nContact", "Corran End hall to reopen", story[0], *first,
                        *story[1:], *under, "Most read\nBus times change in June\nSchool wins county cup"])


@pytest.mark.parametrize("button", ["Hide Ad", "Report this ad", "Close ad"])
def test_an_ad_slot_s_button_goes_with_its_label(button: str) -> None:
    ids = removals(page("en", ["Advertisement\n" + button], []))
    assert ids[button] == "advertisement" and all(ids[line] is None for line in STORY["en"])


@pytest.mark.parametrize("link", ["View Photo Gallery (24 photos)", "See the gallery (8 pictures)"])
def test_a_gallery_s_link_with_its_count_goes(link: str) -> None:
    ids = removals(page("en", [], [link]))
    assert ids[link] == "media-player" and all(ids[line] is None for line in STORY["en"])


def test_a_hungarian_row_of_the_page_s_tools_goes() -> None:
    row = "Nyomtatható változat | Küldje el ismerősének | Hozzászólások (4)"
    ids = removals(page("hu", [], [row]))
    assert ids[row] is not None and all(ids[line] is None for line in STORY["hu"])


@pytest.mark.parametrize("line", [
    # A sentence about ads, a gallery in a sentence: the story's.
    "The trustees will hide the ad boards behind the stage during the concert season.",
    "Visitors can view the photo gallery of the old hall in the foyer until the end of June.",
])
def test_a_story_s_sentence_about_them_stays(line: str) -> None:
    ids = removals(page("en", [line], []))
    assert ids[line] is None
