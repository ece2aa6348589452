"""A list of other articles under its heading ends at the story's own headline (a line that repeats
the page title's first part), whatever its items' length (issue 12: text mode's recall on traf-dev's
choosing folds lost a story's header and lead to a list of section labels that ran on over them):
detectors.lists._list_end and the setting list_ends_at_own_headline. An invented page."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

# story_beside_story_at_end off too: the story over its end marks is kept by that too (whole40).
OFF = Cleaner(settings=replace(Settings(), list_ends_at_own_headline=False, story_beside_story_at_end=False))
ON = Cleaner()

HEADLINE = "Câmara aprova nova ciclovia entre o porto e a estação ferroviária depois de dois anos de debate"
LEAD = ("A obra deve começar em setembro e custará cerca de três milhões de euros, metade pagos pelo fundo "
        "europeu; os comerciantes da avenida temem perder os lugares de estacionamento.")
BODY = [
    "A câmara municipal aprovou na terça-feira, por unanimidade, o projeto da ciclovia que vai ligar o porto "
    "de pesca à estação ferroviária, num percurso de quatro quilómetros ao longo da avenida marginal.",
    "Segundo o vereador da mobilidade, a ciclovia terá duas faixas separadas do trânsito por um lancil e "
    "será iluminada durante toda a noite, como pediram as associações de moradores nas reuniões públicas.",
]
PAGE = "\n".join([
    f"{HEADLINE} | Jornal da Costa",
    "Mais lidas",
    "Cidade", "Região", "Desporto", "Cultura", "Opinião", "Podcasts", "Arquivo", "Contactos",
    "A avenida marginal vista do porto de pesca.",
    HEADLINE,
    "Publicado a 3 de junho",
    "Texto de Marta Sousa",
    LEAD,
    "Partilhar", "Facebook", "WhatsApp", "E-mail",
    *BODY,
    "Partilhar", "Facebook", "WhatsApp",
])


def test_the_list_ends_at_the_story_headline():
    explanation = ON.explain(PAGE)
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed["Podcasts"] == "related-list"
    assert removed[HEADLINE] != "related-list"
    assert removed["Publicado a 3 de junho"] != "related-list"
    assert LEAD in explanation.text
    assert all(paragraph in explanation.text for paragraph in BODY)
    assert ON.clean(explanation.text) == explanation.text


def test_without_the_setting_the_list_ran_over_the_header_and_the_lead():
    explanation = OFF.explain(PAGE)
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed[HEADLINE] == "related-list"
    assert LEAD not in explanation.text
