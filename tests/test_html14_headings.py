"""A page that heads its sections with <h1>s as well as its headline: only the first names the headline."""

from __future__ import annotations

from cleaner import Cleaner
from cleaner import html as html_input
from cleaner import html_markup
from cleaner.detectors.headers import title_key

PARAGRAPHS = [
    "De veerdienst tussen de twee eilanden vaart vanaf maandag volgens een nieuwe dienstregeling, zo meldt de "
    "rederij. De eerste boot vertrekt voortaan een half uur eerder dan nu het geval is.",
    "In de wintermaanden vaart de veerboot alleen nog in het weekend vaker, omdat er doordeweeks te weinig "
    "reizigers zijn. Op feestdagen geldt de zondagsdienstregeling, zoals voorheen ook al gebruikelijk was.",
    "Reizigers met vragen kunnen terecht bij het loket in de haven of bij de klantenservice van de rederij, "
    "die op werkdagen tussen negen en vijf uur telefonisch bereikbaar is voor iedereen die dat wil.",
]
SECTIONS = ["Wat verandert er in de winter", "Waar kunt u terecht met vragen"]
PAGE = (
    "<html><head><title>Veerdienst krijgt nieuwe dienstregeling | Eilandbode</title></head><body>"
    "<article><h1>Veerdienst krijgt nieuwe dienstregeling</h1>"
    f"<p>{PARAGRAPHS[0]}</p><h1>{SECTIONS[0]}</h1><p>{PARAGRAPHS[1]}</p>"
    f"<h1>{SECTIONS[1]}</h1><p>{PARAGRAPHS[2]}</p></article></body></html>"
)


def test_only_the_first_h1_names_the_headline():
    keys = html_markup.headline_keys(html_input.parse(PAGE))
    assert title_key("Veerdienst krijgt nieuwe dienstregeling") in keys
    assert not any(title_key(section) in keys for section in SECTIONS)


def test_section_headings_in_h1_stay_with_the_story():
    explanation = Cleaner().explain_html(PAGE)
    lines = explanation.text.splitlines()
    assert all(section in lines for section in SECTIONS)
    assert "Veerdienst krijgt nieuwe dienstregeling" not in lines  # the headline is still metadata
    assert all(paragraph in lines for paragraph in PARAGRAPHS)
