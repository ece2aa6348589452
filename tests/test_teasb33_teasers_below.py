"""Other stories' teaser cards under a story are no part of it (issue 12, session 33): under a box's heading
("Related stories", "Noticias relacionadas") right under the story's last paragraph, a run of cards, each a
headline (a date, a byline or a kicker with it maybe) over one teaser paragraph set with it, goes whole as the
list under the story, however much the first teaser reads like the story going on (two sentences: see
lists._no_teaser). A box of cards set between the story's paragraphs is left to the box's own reading."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

STORIES = {
    "en": ("Harbour town votes to rebuild its old wooden pier",
           ["The council of the small harbour town voted on Tuesday evening to rebuild the old wooden pier, which has "
            "been closed to the public since a winter storm tore away a third of its deck two years ago.",
            "The new pier will be built of steel and concrete and will reach forty metres further into the bay, so "
            "that the ferry can moor there again even at low tide, the harbour master told the meeting.",
            "Work should begin in the autumn and take about eighteen months."]),
    "es": ("El pueblo aprueba la reforma del mercado cubierto",
           ["El pleno del ayuntamiento aprobó el jueves por unanimidad la reforma del mercado cubierto, que lleva "
            "cerrado desde el invierno pasado por el mal estado de su tejado y de las instalaciones eléctricas.",
            "Las obras costarán unos tres millones de euros y durarán un año, según el concejal de urbanismo, que "
            "prometió que los puestos volverán a abrir antes de las fiestas del próximo verano."]),
    "pl": ("Gmina wybuduje nową kładkę nad rzeką",
           ["Rada gminy zdecydowała w środę, że nad rzeką powstanie nowa kładka dla pieszych i rowerzystów, która "
            "połączy osiedle z parkiem i szkołą po drugiej stronie wody.",
            "Budowa ma kosztować około czterech milionów złotych i potrwać do końca przyszłego roku, a połowę "
            "pieniędzy dołoży województwo, poinformował wójt po sesji."]),
}

# Each card: its label lines (a headline first), then its teaser.
CARDS = {
    "en": ("Related stories",
           [(["Lifeboat crew rescues two kayakers off the point"],
             "Two kayakers were brought ashore on Sunday after their boat capsized near the lighthouse. Both of "
             "them were unhurt."),
            (["Fish market reopens after months of repairs"],
             "The covered market by the quay opened its doors again on Saturday with twelve stalls and a café."),
            (["New bus line links the villages of the bay"],
             "From June a bus will run every hour between the harbour and the three villages on the coast road.")]),
    "es": ("Noticias relacionadas",
           [(["Las fiestas del barrio vuelven a la plaza mayor", "3 de mayo de 2024"],
             "Tras dos años fuera del centro, los conciertos y la feria regresan a su lugar de siempre. El "
             "programa se presenta el lunes."),
            (["La biblioteca municipal amplía su horario de verano", "29 de abril de 2024"],
             "Las salas de estudio abrirán también los domingos por la mañana durante julio y agosto."),
            (["Vecinos piden más sombra en el parque del río", "25 de abril de 2024"],
             "Una recogida de firmas reclama árboles y toldos junto a los columpios antes del calor."),
            (["El equipo juvenil gana la liga provincial", "22 de abril de 2024"],
             "Los chicos del club cerraron la temporada invictos y jugarán la fase regional en junio.")]),
    "pl": ("Zobacz również",
           [(["Sport", "Miejscowa drużyna awansuje do trzeciej ligi"],
             "Piłkarze zapewnili sobie awans w ostatniej kolejce po zwycięstwie na wyjeździe. Trener nie krył "
             "radości."),
            (["Kultura", "Biblioteka zaprasza dzieci na wakacyjne warsztaty"],
             "Zajęcia plastyczne i czytelnicze odbędą się w każdy wtorek lipca i sierpnia w czytelni."),
            (["Gospodarka", "Na rynku otwarto pierwszą w gminie piekarnię rzemieślniczą"],
             "Właściciele pieką chleb na zakwasie według przepisów swoich dziadków z okolicznych wsi.")]),
}

FOOTER = ["Share", "Facebook", "Email", "© 2024 The Example Courier"]


def kept(cleaner: Cleaner, text: str) -> list[str]:
    return [line for line in cleaner.clean(text).splitlines() if line]


def page(language: str) -> str:
    """The story's headline and paragraphs, the cards under them (each its own group), then the footer."""
    headline, paragraphs = STORIES[language]
    heading, items = CARDS[language]
    groups = [[headline], *([p] for p in paragraphs), [heading],
              *([*labels, teaser] for labels, teaser in items), FOOTER]
    return "\n\n".join("\n".join(group) for group in groups) + "\n"


@pytest.mark.parametrize("language", sorted(STORIES))
def test_teaser_cards_under_the_story_go_whole(language: str) -> None:
    out = kept(Cleaner(), page(language))
    assert out == STORIES[language][1]


def test_the_cards_stay_when_the_setting_is_off() -> None:
    settings = replace(Settings(), box_teaser_cards_min=0)
    out = kept(Cleaner(settings=settings), page("en"))
    assert CARDS["en"][1][0][1] in out  # the first teaser, of two sentences, read as the story going on


def test_fewer_cards_than_the_least_are_left_to_the_box() -> None:
    settings = replace(Settings(), box_teaser_cards_min=4)
    out = kept(Cleaner(settings=settings), page("en"))
    assert CARDS["en"][1][0][1] in out


def test_cards_set_between_the_story_s_paragraphs_leave_the_story_whole() -> None:
    """Cards with the story's paragraph right under them are a box set in the story, not its end."""
    headline, paragraphs = STORIES["en"]
    heading, items = CARDS["en"]
    groups = [[headline], [paragraphs[0]], [heading], *([*labels, teaser] for labels, teaser in items),
              *([p] for p in paragraphs[1:]), FOOTER]
    out = kept(Cleaner(), "\n\n".join("\n".join(group) for group in groups) + "\n")
    assert all(p in out for p in paragraphs)
