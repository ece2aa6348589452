"""Other stories' teasers above a story's header are no lead of it (issue 12, session 32): two or more
headline-and-summary pairs that selection drops above the story's headline and byline stay dropped,
however much each summary reads like a lead (selection.teasers_above_header)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

# Invented pages: the site's title and menu, a portal's two top stories (a headline over a summary
# each), then the story's headline, byline and date, its paragraphs and a share button.
PAGES = {
    "en": ("Harbour town reopens its old ferry pier after repairs | Coast Courier",
           ["Home", "News", "Sport", "Opinion"],
           [("Council approves new budget after long debate",
             "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing "
             "on the old railway land, and the opposition walked out before the end."),
            ("School choir wins national title",
             "Forty pupils travelled to the capital by train and came home with the trophy for the first time "
             "in the choir's history, beating two schools from the city in the final round.")],
           ["Harbour town reopens its old ferry pier after repairs", "By Mara Quinn", "12 March 2024"],
           ["The old ferry pier in the harbour reopened on Saturday after eighteen months of repairs, and the "
            "first boat of the season tied up there before noon.",
            "Engineers replaced most of the timber piles, which had rotted below the waterline, and laid a new "
            "deck of hardwood taken from the yard that built the original pier in 1911.",
            "The work cost more than twice the first estimate, the harbour master said, because the divers "
            "found damage that no survey had shown.",
            "Fishermen who had moved their boats to the next bay for the winter said they were glad to be "
            "back, and the café at the end of the pier will open again in April."],
           "Share on Facebook"),
    "de": ("Alte Fährbrücke im Hafen nach Reparatur wieder offen | Küstenbote",
           ["Startseite", "Nachrichten", "Sport", "Meinung"],
           [("Gemeinderat beschließt neuen Haushalt nach langer Debatte",
             "Die Abstimmung fiel am Dienstag spät am Abend, nachdem die Räte sechs Stunden lang über die "
             "Kosten der neuen Wohnungen auf dem alten Bahngelände gestritten hatten."),
            ("Schulchor gewinnt den Landeswettbewerb",
             "Vierzig Schülerinnen und Schüler fuhren mit dem Zug in die Hauptstadt und brachten den Pokal zum "
             "ersten Mal in der Geschichte des Chors mit nach Hause.")],
           ["Alte Fährbrücke im Hafen nach Reparatur wieder offen", "Von Mara Quint", "12. März 2024"],
           ["Die alte Fährbrücke im Hafen ist am Samstag nach achtzehn Monaten Reparatur wieder geöffnet "
            "worden, und das erste Boot der Saison legte dort noch vor Mittag an.",
            "Die Ingenieure ersetzten die meisten Holzpfähle, die unter der Wasserlinie verfault waren, und "
            "legten ein neues Deck aus Hartholz von der Werft, die 1911 die erste Brücke gebaut hatte.",
            "Die Arbeiten kosteten mehr als doppelt so viel wie zuerst geschätzt, sagte der Hafenmeister, weil "
            "die Taucher Schäden fanden, die kein Gutachten gezeigt hatte.",
            "Die Fischer, die ihre Boote für den Winter in die Nachbarbucht gebracht hatten, freuen sich über "
            "die Rückkehr, und das Café am Ende der Brücke öffnet im April wieder."],
           "Auf Facebook teilen"),
    "fr": ("Le vieux ponton du port rouvre après les travaux | Le Courrier de la Côte",
           ["Accueil", "Actualités", "Sport", "Opinions"],
           [("Le conseil municipal adopte le budget après un long débat",
             "Le vote a eu lieu tard mardi soir, après six heures de discussion entre les élus sur le coût des "
             "nouveaux logements prévus sur les anciens terrains de la gare."),
            ("La chorale du collège remporte le concours national",
             "Quarante élèves ont pris le train pour la capitale et sont revenus avec le trophée pour la "
             "première fois de l'histoire de la chorale, devant deux collèges de la ville.")],
           ["Le vieux ponton du port rouvre après les travaux", "Par Mara Quinet", "12 mars 2024"],
           ["Le vieux ponton du port a rouvert samedi après dix-huit mois de travaux, et le premier bateau de "
            "la saison s'y est amarré avant midi.",
            "Les ingénieurs ont remplacé la plupart des pieux en bois, pourris sous la ligne de flottaison, et "
            "posé un nouveau pont en bois dur venu du chantier qui avait construit le ponton en 1911.",
            "Les travaux ont coûté plus du double de la première estimation, a indiqué le capitaine du port, "
            "car les plongeurs ont trouvé des dégâts qu'aucune expertise n'avait montrés.",
            "Les pêcheurs qui avaient déplacé leurs bateaux dans la baie voisine pour l'hiver se disent "
            "heureux de revenir, et le café au bout du ponton rouvrira en avril."],
           "Partager sur Facebook"),
    "es": ("El viejo muelle del puerto reabre tras las obras | El Correo de la Costa",
           ["Inicio", "Noticias", "Deportes", "Opinión"],
           [("El ayuntamiento aprueba el presupuesto tras un largo debate",
             "La votación llegó tarde el martes por la noche, después de seis horas de discusión entre los "
             "concejales sobre el coste de las nuevas viviendas en los antiguos terrenos del ferrocarril."),
            ("El coro del colegio gana el concurso nacional",
             "Cuarenta alumnos viajaron en tren a la capital y volvieron con el trofeo por primera vez en la "
             "historia del coro, por delante de dos colegios de la ciudad.")],
           ["El viejo muelle del puerto reabre tras las obras", "Por Mara Quintana", "12 de marzo de 2024"],
           ["El viejo muelle del puerto reabrió el sábado después de dieciocho meses de obras, y el primer "
            "barco de la temporada atracó allí antes del mediodía.",
            "Los ingenieros sustituyeron la mayoría de los pilotes de madera, podridos bajo la línea de "
            "flotación, y colocaron una nueva cubierta de madera dura del astillero que construyó el muelle "
            "en 1911.",
            "Las obras costaron más del doble de lo previsto, dijo el capitán del puerto, porque los buzos "
            "encontraron daños que ningún estudio había mostrado.",
            "Los pescadores que habían llevado sus barcos a la bahía vecina durante el invierno se alegran de "
            "volver, y el café al final del muelle abrirá de nuevo en abril."],
           "Compartir en Facebook"),
}


def page_text(language: str, teasers: int = 2, header_lines: int = 3) -> str:
    title, menu, pairs, header, story, share = PAGES[language]
    parts = [title, "\n".join(menu)]
    parts += [f"{headline}\n{summary}" for headline, summary in pairs[:teasers]]
    parts += ["\n".join(header[:header_lines]), *story, share]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("language", sorted(PAGES))
@pytest.mark.parametrize("header_lines", [3, 1])
def test_teasers_above_the_header_go_and_the_story_stays(language: str, header_lines: int) -> None:
    """Each summary reads as a lead above the byline (lead_above_header): until session 32 both were
    kept over the story as its lead. Over the story's headline alone, no byline under it, they were kept
    as the story's first paragraphs: the last summary and the story's first paragraph read as one run
    across the headline, which interrupts no story (teasers_over_header)."""
    _, _, pairs, _, story, _ = PAGES[language]
    page = page_text(language, header_lines=header_lines)
    cleaned = Cleaner().clean(page)
    assert all(summary not in cleaned for _, summary in pairs)
    assert all(paragraph in cleaned for paragraph in story)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize("language", sorted(PAGES))
def test_one_summary_under_a_headline_above_the_header_stays_a_lead(language: str) -> None:
    """One headline-and-summary pair is as much the story's kicker over its lead as a teaser: a story
    has one lead, and lead_teasers_min_items asks for two."""
    _, _, pairs, _, story, _ = PAGES[language]
    cleaned = Cleaner().clean(page_text(language, teasers=1))
    assert pairs[0][1] in cleaned
    assert all(paragraph in cleaned for paragraph in story)


def test_with_the_rule_off_the_teasers_are_kept_as_the_lead() -> None:
    off = Cleaner(settings=replace(Settings(), lead_teasers_min_items=0))
    cleaned = off.clean(page_text("en"))
    assert all(summary in cleaned for _, summary in PAGES["en"][2])


# A short story right under three teasers, its headline printed twice as the page's title says it: over
# the page's top box (in the menu) and over the story, with its date. Its first paragraph, short, under
# the headline and date, is shaped as one more teaser item.
SHORT_STORIES = {
    "en": ("Harbour town reopens its old ferry pier", "Coast Courier", ["Home", "News"], "Advertisement",
           [("Council approves new budget after long debate",
             "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing."),
            ("School choir wins national title",
             "Forty pupils travelled to the capital and came home with the trophy for the first time."),
            ("Storm expected to bring heavy rain this weekend",
             "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.")],
           "12 March 2024",
           ["The old ferry pier in the harbour reopened on Saturday after eighteen months of repairs.",
            "Engineers replaced most of the timber piles, which had rotted below the waterline, and laid a new "
            "deck of hardwood taken from the yard that built the original pier in 1911, the harbour master said "
            "on Saturday morning, standing on the new deck while the crew of the first ferry of the season threw "
            "their ropes to the waiting harbour hands.",
            "The work cost more than twice the first estimate, the harbour master said, because the divers found "
            "damage that no survey had shown when the work was planned three years ago."]),
    "de": ("Alte Fährbrücke im Hafen wieder offen", "Küstenbote", ["Startseite", "Nachrichten"], "Anzeige",
           [("Gemeinderat beschließt neuen Haushalt",
             "Die Abstimmung fiel am Dienstag spät am Abend nach sechs Stunden Streit über die neuen Wohnungen."),
            ("Schulchor gewinnt den Landeswettbewerb",
             "Vierzig Kinder fuhren in die Hauptstadt und brachten zum ersten Mal den Pokal mit nach Hause."),
            ("Unwetter bringt am Wochenende starken Regen",
             "Die Meteorologen warnen, dass die Flüsse im Tal bis Sonntagabend über die Ufer treten könnten.")],
           "12. März 2024",
           ["Die alte Fährbrücke im Hafen ist am Samstag nach achtzehn Monaten Reparatur wieder geöffnet worden.",
            "Die Ingenieure ersetzten die meisten Holzpfähle, die unter der Wasserlinie verfault waren, und legten "
            "ein neues Deck aus Hartholz von der Werft, die 1911 die erste Brücke gebaut hatte, sagte der "
            "Hafenmeister am Samstagmorgen, während die Mannschaft der ersten Fähre der Saison ihre Leinen den "
            "wartenden Hafenarbeitern zuwarf und die ersten Fahrgäste schon an Land gingen.",
            "Die Arbeiten kosteten mehr als doppelt so viel wie geschätzt, sagte der Hafenmeister, weil die Taucher "
            "Schäden fanden, die kein Gutachten gezeigt hatte, als die Arbeiten vor drei Jahren geplant wurden."]),
}


@pytest.mark.parametrize("language", sorted(SHORT_STORIES))
def test_a_teaser_list_ends_at_the_storys_headline_however_close_under_it(language: str) -> None:
    """teaser-list ends a run at the item of the story's own headline, a line repeating the page's title.
    Until session 32 it took the first such line for the headline (the one in the menu) and, where the
    story's item came right under the teasers, ran on over it: the story's headline, date and first
    paragraph went as a fourth teaser."""
    headline, site, menu, label, pairs, date, story = SHORT_STORIES[language]
    parts = [f"{headline} | {site}", "\n".join([*menu, headline]), label,
             *(f"{title}\n{summary}" for title, summary in pairs), "\n".join([headline, date, story[0]]), *story[1:]]
    cleaned = Cleaner().clean("\n\n".join(parts) + "\n")
    assert all(paragraph in cleaned for paragraph in story)
    assert all(summary not in cleaned for _, summary in pairs)
