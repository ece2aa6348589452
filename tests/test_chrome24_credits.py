"""A photo's credit whose label stands alone on its line, the name under it
(issue 12, precision): both go with the caption's other credits, the story
stays. Pages invented for these tests."""

from cleaner import clean

_MENU = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nKontakt\n"
_STORY = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Fähre über den Fluss auch im Winter fahren zu lassen, "
    "nachdem mehr als zweitausend Einwohner eine Petition unterschrieben hatten.",
    "Die Fähre, die sechsmal am Tag übersetzt, hätte wegen gestiegener Treibstoffkosten und einer Lücke im "
    "Verkehrshaushalt im Oktober eingestellt werden sollen.",
    "Das Geld komme aus einer Rücklage für die Reparatur der Hafenmauer, deren Sanierung nun bis zum nächsten "
    "Frühjahr verschoben werde, sagte der Bürgermeister.",
]
_FOOTER = "Mehr zum Thema\nBrückensanierung beginnt im Juni\nNeue Buslinie für den Osten\n© 2025 Hafenbote\n"


def test_a_credit_label_alone_over_the_name_goes_with_the_name():
    page = (_MENU + "Fähre fährt auch im Winter\nVon Tom Reyes · 3. Mai 2025\n"
            + "\n".join([_STORY[0], "Foto:", "Marta Kühn", *_STORY[1:2], "Bild:", "Hafenbote / Jo Lee", *_STORY[2:]])
            + "\n" + _FOOTER)
    body = clean(page)
    assert "Marta Kühn" not in body and "Jo Lee" not in body and "Foto:" not in body
    assert [line for line in body.splitlines() if line] == _STORY
