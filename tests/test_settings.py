"""Settings refuse a threshold that would change decisions in silence."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings
from cleaner.settings import DEFAULT_SETTINGS


@pytest.mark.parametrize(("name", "value", "error"), [
    ("good_min_words", math.nan, ValueError),
    ("selection_min_kept_words", float("nan"), ValueError),
    ("stopword_min_density", "0.3", TypeError),
    ("menu_min_run", True, TypeError),
    ("keep_bare_articles", 1, TypeError),
    ("html_rendering_languages", "en", TypeError),
])
def test_a_setting_of_the_wrong_kind_is_refused_by_name(name, value, error):
    with pytest.raises(error, match=name):
        replace(DEFAULT_SETTINGS, **{name: value})


def test_no_limit_a_negative_switch_and_whole_numbers_for_fractions_are_settings():
    settings = Settings(rule_seconds_per_document=math.inf, footer_notice_max_gap=-1, stopword_min_density=0,
                        html_rendering_languages=())
    assert Cleaner(settings=settings).clean("A sentence of plain prose, kept as it is.\n") != ""


def test_the_repr_shows_what_differs_from_the_defaults_and_makes_it_again():
    settings = Settings(menu_min_run=6, html_rendering_languages=("en", "de"))
    assert repr(settings) == "Settings(menu_min_run=6, html_rendering_languages=('en', 'de'))"
    assert eval(repr(settings)) == settings
    assert repr(DEFAULT_SETTINGS) == "Settings()"
