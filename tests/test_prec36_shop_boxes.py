"""A shop's box set in a guide or a story, in words advertisement did not know (issue 12, session 36): its heading
("Shop this project", "Unser Tipp aus dem Shop", "Na nossa loja"), its bare buy button ("Comprar", "Jetzt kaufen",
"Acquista ora") and a product's line ending in its price button ("... – check price"). Text mode kept them
between the story's paragraphs. Invented boxes in the languages of the study sets; a story's sentences about
buying stay. (Not the button that names its shop, "Acquista su ...": over a review's box on a study page, the
removal set the story's last sections apart as teasers.)"""

from __future__ import annotations

import pytest
from helpers import removals

from cleaner import clean

STORY = """Replacing a worn tap washer takes about twenty minutes and needs no plumber, only a spanner and a new washer.

{}

Turn the water back on slowly and check the joint for drips before you put the tools away, the guide says.
"""

BOX_LINES = [
    "Shop this project",
    "Unser Tipp aus dem Shop",
    "Aus unserem Shop",
    "Dans notre boutique",
    "En nuestra tienda",
    "Nel nostro negozio",
    "Na nossa loja",
    "Uit onze webshop",
    "Z naszego sklepu",
    "Buy now",
    "Jetzt kaufen",
    "Acheter",
    "Comprar",
    "Acquista ora",
    "Kopen",
    "Kup teraz",
    "Brass tap washer set, 20 pieces – check price",
]


@pytest.mark.parametrize("line", BOX_LINES)
def test_a_shop_boxs_line_goes(line: str) -> None:
    removed = removals(STORY.format(line))
    assert removed[line] == "advertisement"
    assert "Turn the water back on slowly" in clean(STORY.format(line))


@pytest.mark.parametrize("sentence", [
    "Buy now, pay later schemes have grown fast, the regulator warned on Monday.",
    "In unserem Shop gab es früher auch Werkzeug, erzählt die Inhaberin.",
    "Comprar una casa es cada vez más difícil para los jóvenes de la comarca.",
])
def test_a_sentence_about_buying_stays(sentence: str) -> None:
    assert sentence in clean(STORY.format(sentence))
