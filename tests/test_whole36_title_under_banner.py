"""A town's notice under the site's welcome text stays when a cookie banner, a copy of the lead or the
menu stands above the page's title line (issue 12: invented pages lost whole under perturb_pages.py's
insert-cookie-top, lead-copy-top and shuffle-before; selection._full_headers, the setting
title_under_consent_banner). The title, no longer the page's first line, was taken for a story header above
the welcome text, and the headline under it no longer marked the notice as the page's story. Invented
texts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

OFF = Cleaner(settings=replace(Settings(), title_under_consent_banner=False))

TITLE = "New opening hours for the library | Town of Ashby"
BANNER = ["We use cookies to give you the best experience on our website. By continuing you agree to this.",
          "Accept all", "Settings"]
MENU = ["Town of Ashby", "Home", "Town hall", "Living", "Leisure", "Contact"]
WELCOME = [
    "Welcome to Ashby",
    "Ashby lies between vineyards and woods and, with some 4,800 residents, is a lively town with many clubs, "
    "a primary school, two nurseries and a busy cultural life all year round.",
    "On these pages you will find everything about the town hall, its services for residents, the dates of "
    "coming events and the latest news from the town and its council.",
]
SHARE = ["Share this page", "Facebook", "WhatsApp", "Email"]
NOTICE = ["New opening hours for the library", "The town library has new opening hours from 1 April.",
          "It will then open on Tuesdays and Thursdays from 2 to 6 pm.", "On Saturdays it opens from 10 to 12."]
FOOTER = ["Imprint", "Privacy"]


def page(above_title: list[str]) -> str:
    lines = [*above_title, TITLE, *MENU, *WELCOME, *SHARE, *NOTICE, *FOOTER]
    return "\n\n".join(lines) + "\n"


PAGES = {"a cookie banner above the title": page(BANNER),
         "a cookie banner's sentence alone above the title": page(BANNER[:1])}


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("name", PAGES)
def test_the_notice_stays_under_a_title_that_is_not_the_first_line(cleaner, name):
    body = cleaner.clean(PAGES[name])
    assert all(sentence in body for sentence in NOTICE[1:])


@pytest.mark.parametrize("name", PAGES)
def test_without_the_setting_the_notice_was_lost(name):
    body = OFF.clean(PAGES[name])
    assert not any(sentence in body for sentence in NOTICE[1:])


def test_the_title_as_the_first_line_keeps_the_notice_either_way(cleaner):
    assert all(sentence in cleaner.clean(page([])) for sentence in NOTICE[1:])
    assert all(sentence in OFF.clean(page([])) for sentence in NOTICE[1:])
