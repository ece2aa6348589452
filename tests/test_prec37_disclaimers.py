"""Disclaimers under a story that text mode kept (issue 12, session 37): the note that the page is no doctor's,
lawyer's or adviser's counsel ("Dieser Artikel ersetzt keine ärztliche Beratung", "Este conteúdo tem caráter
informativo"), that its details come without guarantee ("Alle Angaben ohne Gewähr"), and that a column is its
writer's view, not the paper's. Seen on several study sets' sites in German, Portuguese, Italian and English.
Invented pages; a story's own sentence on advice or on a guarantee stays."""

from __future__ import annotations

import pytest

from helpers import paragraph_heads, removers_of

from cleaner import clean

HEALTH_DE = """Was hilft gegen Heuschnupfen?

Wenn im Frühjahr die Birken blühen, beginnt für viele Menschen eine anstrengende Zeit. Die Augen jucken, die Nase
läuft, und nachts ist an ruhigen Schlaf kaum zu denken, weil die Pollen auch durch gekippte Fenster kommen.

Helfen können Antihistaminika aus der Apotheke, die heute kaum noch müde machen. Wer stärkere Beschwerden hat, sollte
über eine Hyposensibilisierung nachdenken, die allerdings drei Jahre dauert und vor der Saison beginnen muss.

Auch kleine Dinge helfen: abends die Haare waschen, die Kleidung nicht im Schlafzimmer ablegen und nach einem
Regenschauer lüften, wenn die Luft für eine Weile fast frei von Pollen ist.

Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung. Bei anhaltenden Beschwerden wenden Sie sich an Ihre Praxis.
"""

GUIDE_PT = """Como plantar manjericão na varanda

O manjericão gosta de sol e de calor, por isso o melhor lugar é uma varanda virada a sul. Num vaso com pelo menos
vinte centímetros de fundo, a planta cresce depressa e dá folhas durante todo o verão.

Regue de manhã e evite molhar as folhas, que apodrecem com facilidade. Quando aparecerem as primeiras flores, corte
as pontas: assim a planta ramifica e as folhas mantêm o sabor.

Nota: este conteúdo tem caráter meramente informativo. Em caso de dúvida, procure um horto de confiança.
"""

EVENT_IT = """Sagra della castagna a Montevecchio

Torna anche quest'anno la sagra della castagna di Montevecchio, giunta alla trentesima edizione. Per tre fine
settimana di ottobre la piazza del paese si riempie di bancarelle, musica e caldarroste cotte nei grandi paioli.

Il programma prevede una camminata tra i castagneti la domenica mattina e un mercato di prodotti locali nel
pomeriggio. Il parcheggio è gratuito e un bus navetta collega il paese alla stazione.

Le informazioni sono fornite dagli organizzatori e possono subire variazioni senza preavviso.
"""

COLUMN_DE = """Warum ich wieder Briefe schreibe

Vor einem Jahr habe ich beschlossen, meinen Freunden wieder Briefe zu schreiben, mit Füller und auf Papier. Es
dauert länger als eine Nachricht, aber man denkt anders nach, wenn man nichts löschen kann.

Inzwischen schreiben mir vier von ihnen zurück. Die Briefe liegen in einer Schachtel im Flur, und manchmal lese ich
einen alten noch einmal, bevor ich den nächsten beginne.

Kolumnen geben die Meinung ihrer Autorinnen und Autoren wieder, nicht unbedingt die der Redaktion.
"""

HEALTH_EN = """How to sleep better in a heatwave

Hot nights make sleep hard for almost everyone. Keep the curtains closed during the day, open the windows when the
air outside is cooler than inside, and put a bowl of cold water in front of a fan.

A lukewarm shower before bed helps the body lose heat, and a cotton sheet is better than a duvet. Avoid alcohol
late in the evening: it makes you wake more often in the second half of the night.

This article is for general information only and is not a substitute for medical advice.
"""

STAYS = """Apotheken beraten mehr

Die Apotheken der Stadt beraten ihre Kunden seit dem Frühjahr auch zu Impfungen. Die Beratung ersetzt keinen
Arztbesuch, sagte die Sprecherin der Apothekerkammer am Montag, sie soll aber Wartezeiten in den Praxen verkürzen.

Für die Termine des Impfbusses übernimmt die Stadt keine Gewähr, alle Angaben ohne Gewähr seien aber geprüft, hieß
es aus dem Rathaus. Die Termine stehen auf der Internetseite der Stadt.

This article is based on a report by the council, which said the scheme is not a substitute for a visit to the
doctor and should not replace medical advice from a family physician.
"""


@pytest.mark.parametrize("page,disclaimer", [
    (HEALTH_DE, "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung."),
    (GUIDE_PT, "Nota: este conteúdo tem caráter meramente informativo."),
    (EVENT_IT, "Le informazioni sono fornite dagli organizzatori"),
    (COLUMN_DE, "Kolumnen geben die Meinung ihrer Autorinnen"),
    (HEALTH_EN, "This article is for general information only"),
])
def test_the_disclaimer_under_the_story_goes_and_the_story_stays(page, disclaimer):
    cleaned = clean(page)
    assert disclaimer not in cleaned
    assert removers_of(page, disclaimer) == {"advice-disclaimer"}
    assert all(head in cleaned for head in paragraph_heads(page, leaving_out=disclaimer))


def test_a_story_s_sentences_on_advice_and_guarantees_stay():
    cleaned = clean(STAYS)
    assert all(head in cleaned for head in paragraph_heads(STAYS))
