"""The offer to try a site's paid edition, or to have its magazine delivered,
set under or inside a story: text mode kept it. Invented lines, several
languages; a story's sentence about a free test stays."""

from __future__ import annotations

import pytest
from helpers import removals


FIRST = ("The county council agreed on Tuesday, after a long debate, to rebuild the old bridge over the river "
         "next spring and to set aside twelve million pounds for the work.")
LAST = ("While the work goes on, traffic will be sent through the town centre, and buses will stop at temporary "
        "stops by the market and the station.")


def _removed_by(line: str, first: str = FIRST, last: str = LAST) -> str | None:
    return removals(f"{first}\n{line}\n{last}")[line]


@pytest.mark.parametrize("line", [
    "Get Example Angler delivered through your letterbox every month. 12 issues for £19.99. Click here for details.",
    "Neu: Beispiel Plus jetzt gratis testen!",
    "Beispiel Digital: 4 Wochen kostenlos testen",
    "Essayez gratuitement",
])
def test_a_subscription_or_trial_offer_goes(line: str) -> None:
    assert _removed_by(line) == "newsletter-prompt"


def test_a_sentence_about_a_free_test_stays() -> None:
    first = ("Der Kreistag hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den Fluss im "
             "kommenden Frühjahr neu zu bauen und dafür zwölf Millionen Euro bereitzustellen.")
    last = ("Während der Arbeiten wird der Verkehr durch die Innenstadt geführt, und die Busse halten an "
            "provisorischen Haltestellen am Markt und am Bahnhof.")
    line = "In der Apotheke am Markt können Kunden ihren Blutdruck ab Montag kostenlos testen."
    assert _removed_by(line, first, last) is None
