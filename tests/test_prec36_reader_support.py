"""Appeals that say the site lives on its readers' money, in words donation-appeal had no cue for (issue 12,
session 36): "... is a reader-supported publication", "This newsletter runs on reader support", "Join from £5 a
month", "Give monthly Give once", "vit grâce à ses lecteurs", "Sostieni ...: con 10 euro all'anno". Text mode kept
them between or under the story's paragraphs. Invented appeals; a story's sentence about a club's or a museum's
supporters stays. (Not a bare button, "Jetzt Unterstützer werden", nor Ukrainian's "... працюють завдяки
читачам" over its bare button: on study pages the removal set selection going there, which cut the story's
lines under them.)"""

from __future__ import annotations

import pytest
from helpers import removed_between_paragraphs


@pytest.mark.parametrize("appeal", [
    "The Millbrook Weekly is a reader-supported publication.",
    "This newsletter runs on reader support.",
    "Join from £4 a month",
    "Give monthly Give once",
    "Der Talbote finanziert sich durch seine Leserinnen und Leser.",
    "Le Petit Courrier vit grâce à ses lecteurs.",
    "Sostieni la Gazzetta: con 12 euro all'anno ci aiuti a restare liberi.",
])
def test_an_appeal_on_the_readers_money_goes(appeal: str) -> None:
    assert removed_between_paragraphs(appeal) == "donation-appeal"


@pytest.mark.parametrize("sentence", [
    "The museum runs on volunteers and a small grant from the county, its director said on Monday.",
    "Members can join from the age of twelve, and training is on Thursday evenings at the school.",
    "Der Verein finanziert sich durch Beiträge und eine kleine Spende der Sparkasse, sagte der Vorsitzende.",
    "Il sindaco ha detto che il comune sostiene la biblioteca con 12 euro all'anno per abitante.",
])
def test_a_story_about_supporters_stays(sentence: str) -> None:
    assert removed_between_paragraphs(sentence) is None
