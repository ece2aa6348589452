"""A league's standings box under a match report that text mode kept (issue 12, session 37): its heading ("Tabelle
Kreisliga", "Tabela", "Clasificación"), its rows of teams and points, then its link to the full table ("Zur
kompletten Tabelle", "Pełna tabela", "Ver clasificación completa"), set apart from the story by a removed line (a
teaser, a share bar). Seen on four study-set sites in German, Polish and Spanish, kept where the removed teaser over
the box let the story run on into it. Invented pages; a results page whose table follows its paragraph, and a
report's own table with no link under it, stay."""

from __future__ import annotations

import pytest

from cleaner import clean, explain

REPORT_IT = """Il Borgoverde vince il derby all'ultimo minuto

Il Borgoverde ha battuto il Castelmonte per 2-1 nel derby di domenica, davanti a quasi mille spettatori. Dopo un
primo tempo senza occasioni, gli ospiti sono passati in vantaggio con un colpo di testa su calcio d'angolo.

Il pareggio è arrivato a venti minuti dalla fine con un tiro da fuori area del capitano, e al novantesimo un
contropiede ha regalato ai padroni di casa la terza vittoria consecutiva.

«Abbiamo creduto fino alla fine», ha detto l'allenatore dopo la partita. Domenica prossima la squadra gioca in
trasferta contro la capolista.

Video: i gol del derby (3:12)
Classifica Promozione girone B
1. Valtorre 31
2. Borgoverde 29
3. Castelmonte 26
4. Sanpietrina 24
Classifica completa
Altre notizie di sport
"""

REPORT_NL = """Hockeyclub wint na strafballen

De dames van de hockeyclub hebben zaterdag na strafballen gewonnen van de nummer twee van de competitie. Na zestig
minuten stond het 2-2, waarna de keepster drie van de vier strafballen stopte.

De trainer was na afloop vooral blij met het tweede deel van de wedstrijd. Volgende week speelt het team thuis tegen
de ploeg die nu onderaan staat.

Fotoserie: de beste beelden van de wedstrijd (18 foto's)
Stand eerste klasse
Rijnwijk 30 pnt
Hoogeveld 28 pnt
De Linden 25 pnt
Volledige stand
"""

RESULTS_PAGE = """Klassement na de vijfde rit

Na de vijfde rit van de clubcompetitie staat Noord Wielerclub nog altijd bovenaan, met twee punten voorsprong op
Vlietstreek. De zesde rit gaat over de dijken langs de rivier en telt dubbel.

1. Noord Wielerclub 30
2. Vlietstreek 28
3. De Zwaluwen 25
4. Oostpolder 21
5. Rijnstad 20
Volledige stand
"""

TABLE_IN_REPORT = """Die Saison in Zahlen

Der TSV hat die Hinrunde auf dem dritten Platz beendet, nur zwei Punkte hinter dem Spitzenreiter. Trainer und
Mannschaft sind zufrieden, auch wenn in den letzten Spielen die Tore fehlten.

Tabelle nach der Hinrunde
1. SV Grünau 34
2. FC Talheim 33
3. TSV Bergen 32

Im Winter will der Verein zwei neue Stürmer holen. Die Rückrunde beginnt Anfang März mit einem Heimspiel.
"""


@pytest.mark.parametrize("page,box", [
    (REPORT_IT, ["Classifica Promozione girone B", "1. Valtorre 31", "4. Sanpietrina 24", "Classifica completa"]),
    (REPORT_NL, ["Stand eerste klasse", "Rijnwijk 30 pnt", "De Linden 25 pnt", "Volledige stand"]),
])
def test_the_standings_box_under_the_report_goes_and_the_report_stays(page, box):
    cleaned = clean(page)
    for line in box:
        assert line not in cleaned.splitlines()
    removers = {d.removed_by for d in explain(page).decisions if d.block.text in box}
    assert "standings-box" in removers
    for paragraph in page.split("\n\n")[1:-1]:
        assert paragraph.split("\n")[0] in cleaned


def test_a_results_page_whose_table_is_the_article_stays():
    cleaned = clean(RESULTS_PAGE)
    assert "1. Noord Wielerclub 30" in cleaned and "5. Rijnstad 20" in cleaned


def test_a_report_s_own_table_with_no_link_under_it_stays():
    cleaned = clean(TABLE_IN_REPORT)
    assert "1. SV Grünau 34" in cleaned and "3. TSV Bergen 32" in cleaned
