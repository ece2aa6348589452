"""A story's structured parts at its end, as a page's markup renders them (headings set apart by
blank lines, list items and table rows one under another): lists in sections between two of its
paragraphs (a review's pros, cons and data over its verdict, show notes over a transcript), and a
labelled list under its own heading after its last paragraph (practical information)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Settings
from helpers import grouped_page, kept_lines

CHROME_TOP = ["We use cookies to improve your experience and to show you personalised advertising.",
              "Accept all Manage settings", "Example Kitchen Review", "Reviews Buying guides Deals Recipes Newsletter",
              "Home › Reviews › Kitchen"]
CHROME_END = ["Check price at Shopwell", "Share: Facebook X Email", "Tags: mixers, baking, kitchen",
              "More reviews", "The best kettles under 50 euros", "Six toasters we tested this spring",
              "Why our coffee grinder test took three months", "Get our best deals every Friday", "Subscribe",
              "About us How we test Privacy Cookies", "© 2026 Example Kitchen Review. All rights reserved."]




REVIEW_INTRO = [
    "Passámos duas semanas com a batedeira Tallowmere K2, a fazer pão duas vezes por semana e a bater natas "
    "para um bolo de aniversário que deu para vinte pessoas.",
    "A montagem leva um minuto: a taça encaixa na base com meia volta e os três acessórios prendem-se na "
    "cabeça, que inclina o suficiente para tirar a taça cheia.",
    "A taça leva cinco litros, o bastante para dois pães, e o motor nunca abrandou com uma massa de centeio "
    "bem rija, embora tenha aquecido ao fim de doze minutos.",
    "É a bater que ela brilha. Duas claras ficaram em castelo em menos de três minutos, e as natas do bolo "
    "estavam prontas antes de o forno aquecer.",
]
REVIEW_SECTIONS = [
    ["O melhor e o pior"], ["Gostámos"],
    ["Continua silenciosa mesmo quando trabalha na velocidade máxima",
     "O gancho da massa chega sem esforço ao fundo da taça",
     "Todas as peças que tocam na massa vão à máquina de lavar",
     "A taça tem uma pega larga que se segura bem com luvas"],
    ["Não gostámos"], ["É demasiado pesada para arrumar numa prateleira alta da cozinha",
                       "O protetor contra salpicos é vendido à parte por 25 euros",
                       "O cabo de alimentação é curto para uma bancada comprida"],
    ["Dados técnicos"],
    ["Motor 1000 W", "Taça 5 litros, aço inoxidável", "Velocidades 10", "Peso 8,4 kg", "Altura 36 cm",
     "Cabo 1,1 m", "Preço 389 euros"],
    ["Conclusão"],
]
REVIEW_VERDICT = "Uma batedeira robusta e silenciosa para quem faz pão todas as semanas, e vale o preço."
CHROME_TOP_PT = ["Usamos cookies para melhorar a sua experiência e mostrar publicidade personalizada.",
                 "Aceitar todos Definições", "Cozinha à Prova", "Análises Guias de compra Promoções Receitas",
                 "Início › Análises › Cozinha"]
CHROME_END_PT = ["Ver preço na Lojamais", "Partilhar: Facebook X Email", "Etiquetas: batedeiras, pão, cozinha",
                 "Mais análises", "As melhores chaleiras até 50 euros", "Seis torradeiras que testámos",
                 "Receba as nossas promoções todas as sextas", "Subscrever",
                 "Quem somos Como testamos Privacidade Cookies",
                 "© 2026 Cozinha à Prova. Todos os direitos reservados."]
REVIEW_PAGE = grouped_page([
    CHROME_TOP_PT, ["Análise da Tallowmere K2: uma batedeira silenciosa que amassa como um padeiro"],
    ["Por Joana Exemplo · 3 de março de 2026"], *[[p] for p in REVIEW_INTRO], *REVIEW_SECTIONS,
    [REVIEW_VERDICT], CHROME_END_PT])


def test_a_review_s_lists_in_sections_over_its_verdict_stay():
    # Each list scores as little as a menu, so the region stopped at the last paragraph above them and
    # lost the lists, the data and the verdict under them.
    kept = kept_lines(REVIEW_PAGE)
    assert {line for group in REVIEW_SECTIONS for line in group} <= kept
    assert REVIEW_VERDICT in kept
    assert not kept & {"Mais análises", "As melhores chaleiras até 50 euros", "Subscrever"}


def test_lists_in_sections_stay_only_from_the_setting_s_count():
    off = kept_lines(REVIEW_PAGE, replace(Settings(), sectioned_list_min_sections=0))
    assert "Peso 8,4 kg" not in off


SHOW_NOTES = [
    ["Notas del episodio"],
    ["00:00 Presentación", "04:20 Cómo se forma una ola de calor y por qué ahora dura más que antes",
     "17:45 Noches tropicales", "31:10 Sombra en las calles", "39:30 Árboles para plazas sin riego",
     "48:00 Preguntas de los oyentes", "55:15 Despedida"],
    ["Enlaces mencionados"],
    ["El informe anual del observatorio del clima", "El mapa de sombra del ayuntamiento"],
    ["Fragmento de la transcripción"],
]
TRANSCRIPT = [
    "Marta Quiroga: Cuando hablamos de una ola de calor, ¿hablamos solo de temperatura o también de cuántos "
    "días seguidos dura?",
    "Íñigo Salcedo: De las dos cosas. Lo que de verdad cansa al cuerpo es que la noche no refresca, y eso "
    "ocurre cada vez más a menudo en las ciudades grandes.",
]


SUMMARY = ("En este episodio hablamos con el climatólogo Íñigo Salcedo sobre por qué las olas de calor son "
           "cada vez más largas y qué significa eso para quienes viven en pisos sin aire acondicionado.")
PODCAST_PAGE = grouped_page([["Aceptar cookies", "Inicio Episodios Sobre nosotros"], ["Episodio 41 · 52 minutos"],
                      ["Bajo el sol"], [SUMMARY], *SHOW_NOTES, *[[p] for p in TRANSCRIPT],
                      ["Apoya este podcast en nuestra página de socios", "Otros episodios",
                       "Episodio 40: El agua que no vemos", "Aviso legal Privacidad Contacto"]])


def test_show_notes_between_an_episode_s_summary_and_its_transcript_stay():
    kept = kept_lines(PODCAST_PAGE)
    assert {SUMMARY, *TRANSCRIPT} <= kept
    assert {line for group in SHOW_NOTES for line in group} <= kept


GUIDE = {
    "en": (["Most visitors come for the harbour, but the old town above it deserves a whole afternoon, and the "
            "walk up the steps takes barely ten minutes.",
            "The bakery on the square sells a honey cake that locals swear by; get there before noon, when the "
            "last trays are gone."],
           "Practical information",
           ["Getting there: ferry from Marlow Quay every two hours, 40 minutes",
            "Harbour museum: open daily from April to October, 10 am to 5 pm, 8 euros",
            "Old town walking tour: Saturdays at 11 am from the fountain, free of charge",
            "Where to stay: guesthouse rooms from 70 euros a night, campsite from 15 euros"]),
    "it": (["La maggior parte dei visitatori arriva per il porto, ma il borgo vecchio sopra merita un intero "
            "pomeriggio, e la salita a piedi dura appena dieci minuti.",
            "Il forno della piazza vende una torta al miele che gli abitanti considerano la migliore della "
            "valle; conviene arrivare prima di mezzogiorno."],
           "Informazioni pratiche",
           ["Come arrivare: traghetto dal molo di Castelmarino ogni due ore, 40 minuti",
            "Museo del porto: aperto tutti i giorni da aprile a ottobre, dalle 10 alle 17, 8 euro",
            "Visita guidata del borgo: il sabato alle 11 dalla fontana, gratuita",
            "Dove dormire: camere in pensione da 70 euro a notte, campeggio da 15 euro"]),
}


@pytest.mark.parametrize("language", sorted(GUIDE))
def test_a_labelled_list_under_its_own_heading_after_the_story_stays(language):
    story, heading, facts = GUIDE[language]
    page = grouped_page([CHROME_TOP, *[[p] for p in story], [heading], facts, CHROME_END])
    kept = kept_lines(page)
    assert set(story) | set(facts) <= kept
    assert not kept & {"More reviews", "Get our best deals every Friday"}


@pytest.mark.parametrize("language", sorted(GUIDE))
def test_a_labelled_list_stays_out_without_its_heading_or_the_setting(language):
    # Without a heading of its own the run is the page's box of credits or filing, as before.
    story, heading, facts = GUIDE[language]
    bare = kept_lines(grouped_page([CHROME_TOP, *[[p] for p in story], facts, CHROME_END]))
    assert not bare & set(facts)
    page = grouped_page([CHROME_TOP, *[[p] for p in story], [heading], facts, CHROME_END])
    off = kept_lines(page, replace(Settings(), labelled_list_under_heading=False))
    assert not off & set(facts)


EXPLAINER = [
    "Desde septiembre, los autobuses urbanos de la ciudad cobrarán por tramos. Estas son las respuestas a "
    "las dudas más frecuentes de los viajeros.",
    "Por Nuria Ejemplo · 2 de junio de 2026",
    "¿Qué cambia exactamente?",
    "Hasta ahora cualquier trayecto costaba 1,40 euros. Con el nuevo sistema, los viajes de menos de cinco "
    "paradas costarán 0,90 euros y los más largos, 1,60 euros.",
    "¿Sirven los bonos antiguos?",
    "Sí, los bonos comprados antes del 1 de septiembre se podrán usar hasta final de año sin ningún recargo, "
    "según ha confirmado la empresa municipal.",
    "¿Y si no paso la tarjeta al bajar?",
    "En ese caso el sistema cobrará el trayecto más largo de la línea, como ocurre ya en el metro desde hace "
    "dos años.",
]


def test_an_explainer_s_first_question_under_the_byline_stays():
    # A short line right under the byline was taken for the desk's or the writer's name.
    page = "\n\n".join(["Aceptamos cookies", "Portada Ciudad Transporte Deportes",
                        "Autobuses: así será la nueva tarifa", *EXPLAINER, "Compartir en WhatsApp",
                        "Aviso legal Privacidad Contacto"]) + "\n"
    kept = kept_lines(page)
    assert "¿Qué cambia exactamente?" in kept
    assert set(EXPLAINER[3:]) <= kept
    off = kept_lines(page, replace(Settings(), question_heads_story=False))
    assert "¿Qué cambia exactamente?" not in off
