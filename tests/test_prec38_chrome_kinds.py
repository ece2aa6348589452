"""Chrome that text mode kept on the study sets (issue 12, session 38), by kind, each seen on two sites or more or in a
form every language has: an obituary's condolence book, a consent layer's salutation and its request to read how the
site processes the reader's data, blog software's count of comments over them, the button that reads the story out
with its length, German's related link run into its headline, a campaign's petition button. Invented pages; the
story's own lines stay, and its sentences with the same words."""

from __future__ import annotations

from helpers import paragraph_heads, removers_of

from cleaner import clean

OBITUARY_DE = """Trauer um Hildegard Maier

Hildegard Maier ist am vergangenen Freitag im Alter von 91 Jahren in ihrem Haus am Mühlbach gestorben. Sie leitete
mehr als dreißig Jahre lang die Bücherei des Ortes und gründete den Lesekreis, der sich bis heute jeden Montag trifft.

Hunderte drückten ihre Anteilnahme aus, sagte der Pfarrer am Sonntag nach dem Gottesdienst, und viele Leser brachten
Bücher mit, die sie ihnen einst empfohlen hatte.

Die Trauerfeier findet am Donnerstag um 14 Uhr in der Pfarrkirche statt, die Beisetzung im Anschluss auf dem
Friedhof an der Lindenallee.

Kondolenzbuch

Hinterlassen Sie eine Kondolenz oder zünden Sie eine virtuelle Kerze an.
"""

CONSENT_PL = """Szanowni Państwo,

w związku z RODO prosimy o zapoznanie się z informacjami dotyczącymi przetwarzania danych osobowych przez nasz portal
i naszych partnerów.

Nowy most w Zalesiu otwarty

Po dwóch latach budowy kierowcy mogą znowu przejechać przez rzekę w Zalesiu. Nowy most ma dwa pasy ruchu i szeroki
chodnik dla pieszych, a jego budowa kosztowała ponad dwadzieścia milionów złotych.

Mieszkańcy czekali na tę chwilę od dawna, bo objazd przez sąsiednią gminę wydłużał drogę do szkoły i pracy o
kilkanaście kilometrów.
"""

REPORTAGE_DE = """Wenn das Moor wieder nass wird

Merken Teilen Anhören (12 Min.)

Auf den Wiesen am Rand des Dorfes steht das Wasser wieder knapp unter der Oberfläche. Zwanzig Jahre lang wurden die
Gräben hier offen gehalten, damit die Bauern das Land als Weide nutzen konnten.

Auch interessant Warum Torf nicht in die Blumenerde gehört

„Die Ergebnisse sind eindeutig“, sagt die Forscherin, während sie durch eine ihrer Versuchsflächen stapft. Wo das
Wasser steht, sinken die Emissionen um bis zu neunzig Prozent.

Auch interessant fand der Gemeinderat den Vorschlag, auf den nassen Flächen Schilf für Dächer anzubauen.
"""

BLOG_EN = """My sourdough starter turns ten

Ten years ago I mixed flour and water in a jar and left it on the kitchen windowsill, not expecting much. The starter
has since moved house with me twice and survived a fortnight in the fridge while we were away.

I feed it every morning now, with rye flour on weekends, and it still doubles in four hours on a warm day.

Thanks for reading, and happy baking!

7 comments:

Mine is called Bubbles and she is almost as old as yours. Happy birthday to the starter!
"""

PETITION_DE = """Mehr Schutz für Igel im Garten

Mähroboter verletzen jedes Jahr Tausende Igel, vor allem wenn sie nachts fahren. Tierärzte berichten von Schnitten an
Beinen und Schnauze, die oft zu spät entdeckt werden.

Wir fordern ein Nachtfahrverbot für Mähroboter in allen Gemeinden. Mehr als 4.000 Menschen haben die Petition in den
ersten zwei Wochen unterzeichnet.

Jetzt Petition unterzeichnen!
"""


def test_an_obituary_s_condolence_book_goes_and_the_story_stays():
    cleaned = clean(OBITUARY_DE)
    assert "Kondolenzbuch" not in cleaned and "Hinterlassen Sie eine Kondolenz" not in cleaned
    assert removers_of(OBITUARY_DE, ("Kondolenzbuch", "Hinterlassen")) == {"comment-prompt"}
    for head in paragraph_heads(OBITUARY_DE, ("Kondolenzbuch", "Hinterlassen")):
        assert head in cleaned


def test_a_consent_layer_s_salutation_and_request_go():
    cleaned = clean(CONSENT_PL)
    assert "Szanowni Państwo" not in cleaned and "RODO" not in cleaned
    assert removers_of(CONSENT_PL, "w związku z RODO") == {"cookie-notice"}
    assert "Po dwóch latach budowy" in cleaned and "Mieszkańcy czekali" in cleaned


def test_the_listen_button_and_the_run_in_related_link_go():
    cleaned = clean(REPORTAGE_DE)
    assert "Anhören (12 Min.)" not in cleaned
    assert "Auch interessant Warum Torf" not in cleaned
    assert removers_of(REPORTAGE_DE, "Auch interessant Warum") == {"read-also-link"}
    assert "Auf den Wiesen am Rand" in cleaned and "„Die Ergebnisse sind eindeutig“" in cleaned
    assert "Auch interessant fand der Gemeinderat" in cleaned


def test_blog_software_s_count_of_comments_goes():
    assert removers_of(BLOG_EN, "7 comments:") == {"comment-prompt"}
    cleaned = clean(BLOG_EN)
    assert "I feed it every morning" in cleaned


def test_a_petition_button_goes_and_the_sentence_on_the_petition_stays():
    cleaned = clean(PETITION_DE)
    assert "Jetzt Petition unterzeichnen" not in cleaned
    assert "Mehr als 4.000 Menschen haben die Petition" in cleaned
