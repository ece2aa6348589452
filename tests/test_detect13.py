"""Chrome at a story's edges on invented pages (tests/fixtures/cms_pages 105, 106): a photo
credit with dots in it and a "you will like these too" box under the story go in text mode."""

from __future__ import annotations

import pytest
from helpers import cms_page

from cleaner import clean



@pytest.mark.parametrize("name,chrome", [
    ("105_garden_blog_tail_de", ["Foto: L. Hartwig", "Das wird dir auch gefallen!", "Kräuter im Hochbeet",
                                 "Welche Sorten sich vertragen", "Drei einfache Tricks"]),
    ("106_recipe_blog_tail_es", ["Foto: M. Iglesias", "Esto también te puede gustar:", "Crema de calabaza",
                                 "Lista en veinte minutos", "Solo cuatro ingredientes"]),
])
def test_credit_and_tail_box_go(name, chrome):
    body = clean(cms_page(name))
    kept = [line for line in chrome if any(out.startswith(line) for out in body.splitlines())]
    assert kept == []
