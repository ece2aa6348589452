"""Utility class names that say how a box is laid out, not what it is: an element hidden only on some
screens or clipping its overflow is shown, and a heading styled as a caption is no photo's caption."""

from __future__ import annotations

import pytest

from cleaner import html as html_input
from cleaner import html_markup

HEADLINE = "La ville rénove la passerelle du port"
LEAD = ("Fermée depuis l'automne, la passerelle piétonne du vieux port rouvrira en juin après six mois de "
        "travaux, a annoncé la mairie.")
BOX = "Le chantier coûte 1,2 million d'euros, financé pour moitié par la région et pour moitié par la commune."
PARAGRAPHS = [
    "Les travaux de rénovation de la passerelle ont commencé lundi. Les ouvriers remplacent d'abord le tablier "
    "en bois, très abîmé par le sel et les tempêtes de l'hiver dernier.",
    "Pendant le chantier, les piétons doivent faire un détour d'environ dix minutes par le quai Est, où une "
    "signalisation provisoire a été installée.",
    "Les commerçants du quai craignent une baisse de fréquentation, mais la mairie promet une signalisation "
    "claire et une animation le week-end.",
]


def _page(hero_class: str, lead: str, box_class: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[1:])
    return (
        f"<html lang='fr'><head><title>{HEADLINE} – Le Petit Littoral</title></head><body>"
        "<header class='sticky top-0'><nav><a href='/'>Accueil</a><a href='/region'>Région</a></nav></header>"
        f"<main><div class='{hero_class}'><h1 class='text-3xl'>{HEADLINE}</h1>{lead}</div>"
        f"<div class='prose max-w-none'><p>{PARAGRAPHS[0]}</p><div class='{box_class}'><p>{BOX}</p></div>{body}"
        "</div></main><footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )


@pytest.mark.parametrize("names", ["relative overflow-hidden rounded-lg", "hidden-xs card", "hide-on-mobile",
                                   "md:hidden", "hidden lg:block"])
def test_hidden_on_some_screens_only_is_not_furniture(names):
    tree = html_input.parse(f"<html><body><div class='{names}'><p>{BOX}</p></div></body></html>")
    element = tree.find(".//div")
    assert not html_markup._furniture_words(element)


@pytest.mark.parametrize("names", ["hidden", "is-hidden", "visually-hidden", "js-hide"])
def test_hidden_on_every_screen_stays_furniture(names):
    tree = html_input.parse(f"<html><body><div class='{names}'><p>{BOX}</p></div></body></html>")
    assert html_markup._furniture_words(tree.find(".//div")) & {"hidden", "hide"}


def test_story_in_utility_classed_boxes_is_kept(cleaner):
    page = _page("relative overflow-hidden rounded-lg", f"<p class='text-lg'>{LEAD}</p>", "hidden md:block p-4")
    lines = cleaner.clean_html(page).splitlines()
    assert LEAD in lines and BOX in lines
    assert all(paragraph in lines for paragraph in PARAGRAPHS)


def test_heading_styled_as_caption_is_the_story_lead(cleaner):
    page = _page("hero", f"<h2 class='hero__teaser caption-s5 sm:text-16'>{LEAD}</h2>", "box")
    explanation = cleaner.explain_html(page)
    assert LEAD in explanation.text.splitlines()
    assert html_markup.CAPTION_ID not in explanation.removed_counts
    assert html_markup.BOILERPLATE_CLASS_ID not in explanation.removed_counts


def test_caption_paragraph_is_still_removed(cleaner):
    caption = "Le tablier en bois de la passerelle, photographié en février. Photo : Julie Martin"
    page = _page("hero", f"<p>{LEAD}</p><p class='caption'>{caption}</p>", "box")
    assert caption not in cleaner.clean_html(page)
