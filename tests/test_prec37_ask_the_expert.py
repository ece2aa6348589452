"""An advice column's call for readers' questions under its answer that text mode kept (issue 12, session 37): "If
you have a question for our money experts, email ...", "Vous aussi, vous avez une question pour ... ? Écrivez-lui
à ...". Seen on two study-set sites (en fr). Invented page; a story's sentence about a question stays."""

from __future__ import annotations

from helpers import removers_of

from cleaner import clean

COLUMN_DE = """Darf mein Vermieter die Heizung im Sommer abstellen?

Frage: Unser Vermieter hat die Heizung Anfang Mai abgestellt, obwohl es nachts noch unter zehn Grad kalt war. Darf er
das einfach so?

Antwort: Eine feste Heizperiode gibt es im Gesetz nicht. Gerichte verlangen aber, dass die Wohnung auch im Sommer
tagsüber auf etwa 20 Grad warm werden kann, wenn es draußen kalt ist.

Sprechen Sie Ihren Vermieter zuerst schriftlich an und setzen Sie ihm eine Frist. Hilft das nicht, kann der
Mieterverein weiterhelfen.

Haben Sie auch eine Frage an unsere Rechtsexpertin? Schreiben Sie an recht@stadtblatt.example.
"""

STAYS = """Die Frage an den Bürgermeister kam am Ende der Sitzung: Warum die Brücke so lange gesperrt bleibe.

Hast du eine Frage an deinen Arzt? Schreib sie dir vor dem Termin auf, rät die Kammer in ihrer Broschüre, die seit
Montag in allen Praxen ausliegt und die Patienten auf das Gespräch vorbereiten soll.
"""


def test_the_call_for_questions_under_the_column_goes():
    cleaned = clean(COLUMN_DE)
    assert "Haben Sie auch eine Frage" not in cleaned
    assert removers_of(COLUMN_DE, "Haben Sie auch") == {"newsletter-prompt"}
    assert "Sprechen Sie Ihren Vermieter zuerst schriftlich an" in cleaned


def test_a_story_s_sentence_about_a_question_stays():
    cleaned = clean(STAYS)
    assert "Hast du eine Frage an deinen Arzt?" in cleaned
