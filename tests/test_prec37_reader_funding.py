"""Appeals for readers' money set in or under a story that text mode kept (issue 12, session 37): the pitch that the
site lives on its readers or listeners ("wird von Hörerinnen und Hörern finanziert", "is funded by its readers")
and the plea in the familiar form ("Werde Mitglied", "diventi socio"), which donation-appeal's cues did not know.
Seen on seven study-set sites (en de it). Invented pages, two
paragraphs under each pitch (one alone ends the story: a known trap of selection, see TEXT_CHROME_KEPT.md); a
story's sentence on who funds a museum or a club stays."""

from __future__ import annotations

import pytest

from helpers import paragraph_heads, removers_of

from cleaner import clean

PODCAST_DE = """Folge 31: Warum Moore so wichtig sind

In dieser Folge sprechen wir mit der Biologin Maren Tiedje über Moore. Sie speichern mehr Kohlenstoff als alle Wälder
der Welt zusammen, obwohl sie nur einen kleinen Teil der Landfläche bedecken.

Maren erklärt, warum entwässerte Moore zu einer Quelle von Treibhausgasen werden und wie man sie wieder vernässt, ohne
den Bauern ihr Land zu nehmen.

Dieser Podcast wird von seinen Hörerinnen und Hörern finanziert. Werde Mitglied, schon ab drei Euro im Monat.

Am Ende der Folge geht es um die Frage, was jeder Einzelne tun kann: Torffreie Erde kaufen ist ein Anfang, sagt Maren.

Außerdem erzählt sie von ihrer Arbeit im Moor bei Bremen, wo seit drei Jahren wieder Torfmoose wachsen und die ersten
Kraniche brüten.
"""

STORY_EN = """Village hall reopens after flood repairs

The village hall reopened on Saturday, eighteen months after the river burst its banks and filled the building with
a metre of water. Volunteers spent most of last year stripping the walls and drying the floor.

The repairs cost £140,000, most of it paid by the insurer. The parish council and a grant from the county covered the
rest, and local firms gave paint and labour for free.

The Valley Post is funded by its readers. Every contribution, however small, helps us keep our reporting free for
everyone to read.

The hall's first event is a ceilidh on 12 April. Tickets are on sale at the post office.

The parish council hopes the hall will also host a baby clinic and a weekly lunch club for older residents by summer.
"""

STORY_IT = """Riapre il forno del paese

Dopo tre anni di chiusura riapre il forno di via Roma. Lo gestiranno due giovani del paese, che hanno imparato il
mestiere in una panetteria di città e sono tornati per riaccendere il vecchio forno a legna.

Il comune ha ceduto i locali in comodato gratuito per cinque anni, in cambio dell'apertura anche la domenica mattina.

Sostieni il Foglio di Valle: con 15 euro all'anno diventi socio e ricevi il giornale a casa.

La prima infornata è prevista per sabato alle sei del mattino.

Oltre al pane, i due fornai venderanno le focacce e i biscotti della tradizione, con le ricette delle nonne del paese.
"""

STAYS = """Museum extends opening hours

The town museum is funded by the council and by a trust set up by the family who gave its first collection. From
May it will open on Sunday afternoons, the director said on Tuesday.

Der Verein wird von seinen Mitgliedern finanziert und hat keine Schulden, sagte der Kassenwart bei der Versammlung.

Il nuovo socio del circolo ha pagato la quota di 15 euro all'anno, come tutti gli altri.
"""


@pytest.mark.parametrize("page,pitch", [
    (PODCAST_DE, "Dieser Podcast wird von seinen Hörerinnen und Hörern finanziert."),
    (STORY_EN, "The Valley Post is funded by its readers."),
    (STORY_IT, "Sostieni il Foglio di Valle:"),
])
def test_the_pitch_for_readers_money_goes_and_the_story_stays(page, pitch):
    cleaned = clean(page)
    assert pitch not in cleaned
    assert removers_of(page, pitch) == {"donation-appeal"}
    assert all(head in cleaned for head in paragraph_heads(page, leaving_out=pitch))


def test_a_story_s_sentences_on_funding_stay():
    cleaned = clean(STAYS)
    assert all(head in cleaned for head in paragraph_heads(STAYS))
