"""Causes found on blind_pages9 (session 22), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings
from helpers import grouped_page, kept_lines




REVIEW_STORY = [
    "Abbiamo usato il frullatore Corvino B4 per tre settimane, tra vellutate, frullati di frutta e una "
    "maionese fatta in casa che non è impazzita nemmeno una volta.",
    "Il motore da 900 watt trita il ghiaccio in meno di venti secondi, e il bicchiere di vetro non si è "
    "scaldato nemmeno dopo cinque minuti di lavoro continuo.",
    "Il coperchio però si apre con fatica, e chi ha le mani bagnate rischia di versare tutto sul piano "
    "della cucina prima di riuscire a toglierlo.",
    "Sei programmi coprono quasi tutto quello che serve in una cucina di famiglia: zuppe, frullati, "
    "ghiaccio tritato, impasti leggeri per crêpe e pancake, salse e una pulizia automatica con acqua calda.",
    "Il programma per le zuppe è il più riuscito. In quattro minuti ha ridotto in crema un chilo di zucca "
    "cotta, senza lasciare un solo filamento, e il bicchiere graduato permette di dosare il brodo a occhio.",
    "Meno convincente il programma per gli impasti: con più di mezzo litro di latte la lama fatica e "
    "bisogna fermarsi due volte per staccare la farina rimasta sul fondo con una spatola.",
    "Il rumore resta nella media della categoria. A piena velocità abbiamo misurato 86 decibel a un metro "
    "di distanza, abbastanza per coprire una conversazione ma meno di molti modelli più economici.",
    "La pulizia è semplice: il bicchiere e le lame vanno in lavastoviglie, e il programma automatico con un "
    "po' di detersivo e acqua calda basta quasi sempre per i residui più ostinati.",
]
REVIEW_SECTIONS = [
    ["Pregi e difetti"], ["Pregi"],
    ["Trita il ghiaccio senza sforzo", "Bicchiere di vetro spesso e facile da lavare",
     "Sei programmi chiari sul pannello"],
    ["Difetti"], ["Coperchio duro da aprire", "Cavo di alimentazione corto"],
    ["Scheda tecnica"],
    ["Potenza 900 W", "Capacità 1,8 litri", "Velocità 6", "Peso 4,1 kg", "Lame in acciaio inossidabile"],
    ["Il nostro giudizio"],
]
REVIEW_VERDICT = ("Un frullatore robusto e potente per chi lo usa ogni giorno, a patto di avere pazienza "
                  "con il coperchio.")
REVIEW_PAGE = grouped_page([
    ["Usiamo i cookie per migliorare la tua esperienza e mostrarti pubblicità personalizzata.",
     "Accetta tutto Impostazioni", "Cucina Provata", "Prove Guide all'acquisto Offerte Ricette",
     "Home › Prove › Cucina"],
    ["Corvino B4, la prova: il frullatore che non teme il ghiaccio"],
    ["Di Marta Esempio · 4 marzo 2026"], *[[p] for p in REVIEW_STORY],
    ["Leggi anche: I cinque migliori bollitori sotto i 40 euro"], *REVIEW_SECTIONS, [REVIEW_VERDICT],
    ["Vedi il prezzo su Negozietto", "Condividi: Facebook X Email", "Tag: frullatori, cucina",
     "Altre prove", "Sei tostapane che abbiamo provato", "Ricevi le nostre offerte ogni venerdì", "Iscriviti",
     "Chi siamo Come proviamo Privacy Cookie", "© 2026 Cucina Provata. Tutti i diritti riservati."],
])


def test_a_read_also_link_above_a_review_s_sections_does_not_part_them_from_the_story():
    # The inline link (an interruption the detectors remove) stood between the story's last paragraph and
    # its pros, cons and specifications: they were no lists in sections, the region stopped above them,
    # and they and the verdict under them were lost.
    kept = kept_lines(REVIEW_PAGE)
    assert {line for group in REVIEW_SECTIONS for line in group} <= kept
    assert REVIEW_VERDICT in kept
    assert "Leggi anche: I cinque migliori bollitori sotto i 40 euro" not in kept
    assert not kept & {"Altre prove", "Sei tostapane che abbiamo provato", "Iscriviti"}


EXPLAINER_TOP = [["Vi bruger cookies til at forbedre din oplevelse og vise dig relevante annoncer.",
                  "Accepter alle Indstillinger", "Nordby Avis", "Nyheder Nordby Sport Kultur Debat"],
                 ["Spørgsmål og svar: Sådan skal du sortere madaffald fra juni"],
                 ["Af Maja Eksempel · 2. april 2026"]]
EXPLAINER_SECTIONS = [
    ("Hvem skal sortere?",
     "Alle husstande i kommunen, både i huse og i lejligheder, skal sortere madaffald fra den 1. juni. "
     "Kommunen har fået lov til at vente et år, men nu er de nye spande klar."),
    ("Hvad får jeg udleveret?",
     "I maj deler kommunen en lille spand ud til køkkenet, 150 poser af papir og en folder, der forklarer "
     "hvad der må komme i spanden, og hvornår den bliver tømt."),
    ("Hvad sker der, hvis jeg ikke sorterer mit affald?",
     "I begyndelsen sker der ingenting. Kommunen tager stikprøver i efteråret, og husstande med meget madaffald "
     "i restaffaldet får et brev med gode råd om sorteringen."),
    ("Lugter det ikke?",
     "Posen skal skiftes, når den er fuld, og mindst to gange om ugen. Om sommeren kan det være en god idé at "
     "pakke fiskeben og rejeskaller ind i avispapir, før de kommer i posen."),
]
RELATED_BOX = ["Læs også", "Ny genbrugsplads i Nordby åbner efter sommerferien for alle borgere"]


def test_a_read_also_box_set_in_an_explainer_ends_above_its_next_question():
    # The box's heading was no box's in Danish, and the question under its one headline (longer than a short
    # subheading, and ending like a sentence) was read as its second item: the story lost a question.
    groups = [*EXPLAINER_TOP]
    for number, (question, answer) in enumerate(EXPLAINER_SECTIONS):
        if number == 2:
            groups += [[line] for line in RELATED_BOX]
        groups += [[question], [answer]]
    groups.append(["Del på Facebook Del på X Kopier link", "© 2026 Nordby Avis. Alle rettigheder forbeholdes."])
    kept = kept_lines(grouped_page(groups))
    assert {line for section in EXPLAINER_SECTIONS for line in section} <= kept
    assert not kept & set(RELATED_BOX)


SCIENCE_STORY = [
    "Hummeln, die in Städten leben, finden den Weg zu ihrem Nest schneller als ihre Artgenossen auf dem Land, "
    "berichten Forschende der Hochschule Eichenau in einer neuen Studie.",
    "Das Team setzte 240 Tiere in unterschiedlicher Entfernung vom Nest aus und maß, wie lange sie für den "
    "Rückweg brauchten. Stadthummeln waren im Schnitt um ein Drittel schneller zurück.",
    "„Die Stadt ist ein Labyrinth, in dem man sich an Gebäuden gut orientieren kann“, sagt die Biologin "
    "Hanne Beispiel, die die Versuche geleitet hat. Auf dem Land fehlten solche Landmarken oft.",
    "Ob die Tiere das Orientieren lernen oder ob sich die Stadtpopulationen genetisch unterscheiden, wollen "
    "die Forschenden nun in einem zweiten Versuch mit im Labor aufgezogenen Hummeln klären.",
]
REFERENCES = [
    "Beispiel, H., Muster, T. & Probe, K. (2026). Urban bumblebees return faster to their nests. "
    "Journal of Insect Navigation, 14, 201–215.",
    "Probe, K. & Muster, T. (2024). Landmarks and homing in bumblebees: a review. Insect Behaviour, 9, 33–41.",
]


def test_the_works_a_science_story_cites_under_its_last_paragraph_stay():
    # Each reference scores as a line of a box, and the region stopped above them.
    page = grouped_page([["Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
                   "Alle akzeptieren Einstellungen", "Wissenschaft Heute", "Natur Technik Medizin Weltall"],
                  ["Stadthummeln finden schneller nach Hause"], ["Von Lena Muster · 3. März 2026"],
                  *[[p] for p in SCIENCE_STORY], ["Literatur"], REFERENCES,
                  ["Teilen: Facebook X E-Mail", "Meistgelesen", "Warum Katzen schnurren",
                   "Der älteste Baum Europas", "Impressum Datenschutz Kontakt",
                   "© 2026 Wissenschaft Heute. Alle Rechte vorbehalten."]])
    kept = kept_lines(page)
    assert {*SCIENCE_STORY, "Literatur", *REFERENCES} <= kept
    assert not kept & {"Meistgelesen", "Warum Katzen schnurren", "Der älteste Baum Europas"}


def _story_html(above_headline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in SCIENCE_STORY)
    return ("<html><head><title>Stadthummeln finden schneller nach Hause | Wissenschaft Heute</title></head><body>"
            "<nav><a href='/'>Start</a> <a href='/natur'>Natur</a> <a href='/technik'>Technik</a></nav>"
            f"<main><article>{above_headline}<h1>Stadthummeln finden schneller nach Hause</h1>"
            f"<div class='meta'>Von Lena Muster · 3. März 2026</div>{paragraphs}</article></main>"
            "<footer>© 2026 Wissenschaft Heute</footer></body></html>")


def test_the_label_above_an_html_page_s_headline_goes_with_it():
    # The extractor kept the story's section label as the body's first line.
    kept = Cleaner().clean_html(_story_html("<p class='rubrik'>Natur · Insekten</p>"))
    assert "Natur · Insekten" not in kept
    assert all(p in kept for p in SCIENCE_STORY)


def test_a_sentence_above_an_html_page_s_headline_is_no_label():
    explained = Cleaner().explain_html(_story_html("<p class='rubrik'>Forschung in Eichenau.</p>"))
    assert "html-kicker" not in {d.removed_by for d in explained.decisions}
    off = Cleaner(settings=replace(Settings(), html_kicker_max_words=0)).clean_html(
        _story_html("<p class='rubrik'>Natur · Insekten</p>"))
    assert "Natur · Insekten" in off


KEY_POINTS = ["Die Linie 7 fährt ab Montag alle zehn Minuten.", "Abends kommt ein zusätzlicher Bus um 23 Uhr dazu.",
              "Die Preise für Einzelfahrten bleiben gleich."]
BUS_STORY = [
    "Die Stadtwerke stellen den Fahrplan der Linie 7 um: Von Montag an fahren die Busse zwischen Bahnhof und "
    "Klinikum tagsüber alle zehn statt alle zwanzig Minuten, teilte das Unternehmen am Freitag mit.",
    "Grund ist die wachsende Zahl der Fahrgäste. Seit der Eröffnung des neuen Wohngebiets am Nordhang sind die "
    "Busse zu den Stoßzeiten regelmäßig überfüllt, viele Pendler mussten an den Haltestellen warten.",
    "Für den dichteren Takt stellen die Stadtwerke sechs neue Fahrerinnen und Fahrer ein und mieten zwei "
    "Gelenkbusse bei einem Nachbarunternehmen an, bis die bestellten Elektrobusse im Herbst geliefert werden.",
]


def test_the_heading_of_a_story_s_key_points_under_its_byline_stays():
    # A short line under the byline and the reading time over the first kept line was read as the desk's
    # or the writer's name; the key points' heading says it is the story's.
    page = grouped_page([["Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
                   "Alle akzeptieren Einstellungen", "Stadtanzeiger", "Lokales Sport Kultur Wirtschaft"],
                  ["Linie 7 fährt ab Montag doppelt so oft"], ["Von Jana Beispiel · 6. März 2026"],
                  ["Lesezeit: 2 Minuten"], ["Das Wichtigste in Kürze"], KEY_POINTS, *[[p] for p in BUS_STORY],
                  ["Teilen: Facebook X E-Mail", "Meistgelesen", "Neue Brücke über die Aue", "Impressum Datenschutz",
                   "© 2026 Stadtanzeiger. Alle Rechte vorbehalten."]])
    kept = kept_lines(page)
    assert {"Das Wichtigste in Kürze", *KEY_POINTS, *BUS_STORY} <= kept
    assert not kept & {"Lesezeit: 2 Minuten", "Meistgelesen"}
