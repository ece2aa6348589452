"""The writer's sign-off under the story (detectors.headers.sign_off_at): a greeting worded with any adjective
("Sportliche Grüße", "Warmest regards"), a formula with words after it closed by a comma ("Pozdrawiam serdecznie,"),
the signer's role under the name ("Pressewartin", "Chairperson"; sign_off_role_max_words), a service signing with its
whole name (signing_body_max_words), and a sign-off that a menu's run under it took along (nav-menu). Found on the
study set blind_pages22 (issue 12): a club's, a town's, a charity's and a blog's posts lost their signatures. Lines
invented for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import removals
from test_selection import ARTICLE, assert_sign_off_is_the_story_s, signed_page
from test_study37_letters import FOOTER, MENU, STORY
from test_study37_letters import test_a_body_signing_under_the_story_is_the_story_s as assert_body_signs

from cleaner import Cleaner
from cleaner.settings import Settings


@pytest.mark.parametrize(("language", "sign_off"), [
    # Any adjective before the greeting's noun.
    ("de", ["Sportliche Grüße", "Ute"]),
    ("de", ["Mit sonnigen Grüßen", "Ute"]),
    ("de", ["Herzlichen Gruß", "Jonas"]),
    ("fr", ["Warmest regards", "Léa"]),
    ("es", ["Hartelijke groeten", "Marta"]),
    ("pl", ["Serdecznie pozdrawiam", "Ola"]),
    # A formula with words after it, closed by a comma, over the name.
    ("pl", ["Pozdrawiam zielono,", "Ola"]),
    ("es", ["Saludos cordiales,", "Marta"]),
    ("de", ["Grüße aus dem Allgäu,", "Ute"]),
])
def test_a_greeting_worded_its_own_way_is_the_story_s(language: str, sign_off: list[str]) -> None:
    assert_sign_off_is_the_story_s(language, sign_off)


SIGNED_WITH_ROLES = [
    ("de", ["Sportliche Grüße", "Petra Berg", "Pressewartin"]),
    # A notice's office over its signer.
    ("de", ["Mit freundlichen Grüßen", "Der Bürgermeister", "Ing. Anton Berg"]),
    ("fr", ["Bien à vous,", "Claire Dubois", "Présidente du comité"]),
    ("es", ["Un saludo,", "Marta Gil", "Secretaria del club"]),
    ("pl", ["Pozdrawiam,", "Anna Nowak", "prezes stowarzyszenia"]),
]


@pytest.mark.parametrize(("language", "sign_off"), SIGNED_WITH_ROLES)
def test_the_signer_s_role_under_the_name_is_the_story_s(language: str, sign_off: list[str]) -> None:
    assert_sign_off_is_the_story_s(language, sign_off)


@pytest.mark.parametrize("under", [
    # A contact line under the name: the page's.
    "Tel. 0664 123 45 67",
    # A sentence: no role.
    "Wir sehen uns beim Sommerfest.",
    # More words than a role.
    "Mehr aus dem Blog über den Verein und seine Abteilungen",
])
def test_what_is_no_role_under_the_signer_is_not_kept_as_one(under: str) -> None:
    ids = removals(signed_page("de", ["Viele Grüße", "Ute", under]))
    assert ids["Viele Grüße"] is None and ids["Ute"] is None and ids[under] is not None
    assert all(ids[line] is None for line in ARTICLE["de"])


def test_a_role_that_goes_on_in_its_group_is_no_role() -> None:
    """The line under the name when more short lines follow in their group: a box's, not the signature's end."""
    ids = removals(signed_page("de", ["Viele Grüße", "Ute", "Vorstand", "Kassenwart"]))
    assert ids["Viele Grüße"] is None and ids["Ute"] is None
    assert ids["Vorstand"] is not None and ids["Kassenwart"] is not None


def test_no_role_is_kept_when_sign_off_role_max_words_is_0() -> None:
    cleaner = Cleaner(settings=replace(Settings(), sign_off_role_max_words=0))
    decisions = cleaner.explain(signed_page("de", ["Sportliche Grüße", "Petra Berg", "Pressewartin"])).decisions
    ids = {d.block.text: d.removed_by for d in decisions}
    assert ids["Petra Berg"] is None and ids["Pressewartin"] is not None


LONG_BODIES = ["Le Service des loisirs, de la culture et de la vie communautaire",
               "The Parks Team of the Borough of Lower Westbridge and District",
               "Das Team der Stadtbibliothek und des Jugendzentrums am Marktplatz"]


@pytest.mark.parametrize("sign_off", LONG_BODIES)
def test_a_service_signing_with_its_whole_name_is_the_story_s(sign_off: str) -> None:
    assert_body_signs(sign_off)


MENU_UNDER = ["Startseite", "Verein", "Termine", "Mitglied werden", "Suchen"]


def menu_page(sign_off: list[str]) -> str:
    """A club's post signed with ``sign_off``, a menu right under the signature, the footer under that."""
    return "\n\n".join(["\n".join(MENU), "Sommerfest im Vereinsheim", "Veröffentlicht am 3.7.2026", *STORY,
                        "\n".join(sign_off), "\n".join(MENU_UNDER), "\n".join(FOOTER)])


@pytest.mark.parametrize("sign_off", [
    ["Sportliche Grüße", "Petra Berg", "Pressewartin"],
    ["Viele Grüße", "Ute"],
    ["With thanks,", "Jo Lee", "Chairperson"],
    ["Ihr Team vom Hofladen"],
])
def test_a_sign_off_over_a_menu_is_the_story_s(sign_off: list[str]) -> None:
    """The sign-off's short lines and the menu's under them make one run of labels: the sign-off is the story's."""
    text = menu_page(sign_off)
    ids = removals(text)
    assert all(ids[line] is None for line in [*STORY, *sign_off])
    assert all(ids[line] is not None for line in [*MENU_UNDER, *FOOTER])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


def test_nav_menu_takes_the_sign_off_with_the_menu_when_nav_menu_spares_sign_off_is_off() -> None:
    sign_off = ["Sportliche Grüße", "Petra Berg", "Pressewartin"]
    text = menu_page(sign_off)
    ids = removals(text, Cleaner(settings=replace(Settings(), nav_menu_spares_sign_off=False)))
    assert all(ids[line] == "nav-menu" for line in sign_off)
