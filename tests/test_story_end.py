"""What closes a story under its last paragraph: the signers (selection.signers_after: a notice's role over
its signer's name, an open letter's signatories a line each) and a box of its facts (selection.fact_box_after).
Invented pages, one per language; the story's lines must come back whole, the boxes under them must not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import removals

from cleaner import Cleaner
from cleaner.settings import Settings

# Per language: the menu, the headline, the story's paragraphs, the box under the signers, the footer.
PAGES = {
    "de": (["Startseite", "Rathaus", "Bürgerservice", "Veranstaltungen", "Kontakt"],
           "Wasserleitung im Ortsteil Lindach wird gespült",
           ["Am Montag und Dienstag werden die Wasserleitungen im Ortsteil Lindach gespült, weil die Behälter "
            "nach dem Winter gereinigt werden müssen und die Leitungen seit drei Jahren nicht gespült wurden.",
            "Während der Arbeiten kann das Wasser trüb sein und der Druck zeitweise sinken; gesundheitlich ist "
            "das Wasser nach Auskunft des Wassermeisters aber zu jeder Zeit unbedenklich.",
            "Bitte lassen Sie nach dem Ende der Arbeiten das Wasser an einer Kaltwasserentnahmestelle so lange "
            "laufen, bis es wieder klar ist, und reinigen Sie bei Bedarf die Siebe der Wasserhähne."],
           ["Downloads", "Kundmachung Spülung (PDF, 184 KB)", "Lageplan Lindach (PDF, 1,2 MB)"],
           ["Impressum", "Datenschutz", "Barrierefreiheit"]),
    "fr": (["Accueil", "Mairie", "Démarches", "Agenda", "Contact"],
           "Fermeture de la piscine municipale pour travaux",
           ["La piscine municipale fermera ses portes du 3 au 28 juin afin de permettre le remplacement complet "
            "du système de filtration, installé lors de la construction du bâtiment en 1987.",
            "Pendant cette période, les élèves des écoles seront accueillis au centre aquatique de la commune "
            "voisine, et un bus assurera le trajet matin et après-midi sans frais pour les familles.",
            "Les abonnements en cours seront prolongés d'un mois, et les usagers qui le souhaitent pourront en "
            "demander le remboursement partiel à l'accueil de la mairie jusqu'à la fin de l'été."],
           ["Partager", "Facebook", "Imprimer"],
           ["Mentions légales", "Accessibilité", "Plan du site"]),
    "es": (["Inicio", "Ayuntamiento", "Trámites", "Agenda", "Contacto"],
           "Corte de tráfico en la calle Mayor por obras",
           ["A partir del próximo lunes la calle Mayor quedará cortada al tráfico entre la plaza de España y la "
            "avenida del Río, porque se renovará la red de saneamiento que data de los años sesenta.",
            "Los autobuses urbanos de las líneas 2 y 5 se desviarán por la ronda Norte, y las paradas afectadas "
            "se trasladarán provisionalmente a la calle del Carmen mientras duren los trabajos.",
            "Los vecinos con plaza de garaje en el tramo afectado podrán acceder a ella en horario de mañana, y "
            "el ayuntamiento ha habilitado un teléfono para resolver las dudas que surjan durante las obras."],
           ["Compartir", "Facebook", "Imprimir"],
           ["Aviso legal", "Privacidad", "Accesibilidad"]),
    "it": (["Home", "Comune", "Servizi", "Eventi", "Contatti"],
           "Cambia il calendario della raccolta differenziata",
           ["Dal primo marzo la raccolta dell'umido passa da uno a due giorni alla settimana, il martedì e il "
            "venerdì, per rispondere alle richieste arrivate dalle famiglie durante l'estate scorsa.",
            "Restano invariati i giorni di raccolta della carta e del vetro, mentre la plastica sarà raccolta il "
            "lunedì invece del giovedì in tutto il territorio comunale, frazioni comprese.",
            "Il nuovo calendario verrà recapitato a tutte le famiglie entro la fine del mese ed è comunque "
            "disponibile presso l'Ufficio Ambiente negli orari di apertura al pubblico."],
           ["Allegati:", "Calendario raccolta (PDF, 412 KB)", "Guida alla differenziata (PDF, 1,1 MB)"],
           ["Note legali", "Privacy", "Accessibilità"]),
    "pt": (["Início", "Junta", "Serviços", "Agenda", "Contactos"],
           "Mercado semanal muda-se para o largo da igreja",
           ["A partir do próximo sábado o mercado semanal realiza-se no largo da igreja, porque o antigo recinto "
            "junto ao rio vai receber obras de requalificação que deverão durar cerca de seis meses.",
            "Os vendedores habituais mantêm os seus lugares pela mesma ordem, e a junta colocou sinalização nas "
            "entradas da vila para orientar quem chega de carro pela estrada nacional.",
            "O estacionamento no largo fica reservado aos vendedores entre as seis e as catorze horas, e os "
            "visitantes podem deixar o carro no parque gratuito junto à escola primária."],
           ["Partilhar", "Facebook", "Imprimir"],
           ["Termos de utilização", "Privacidade", "Acessibilidade"]),
    "nl": (["Home", "Nieuws", "Opinie", "Regio", "Contact"],
           "Open brief: maak de schoolroute veilig voor fietsers",
           ["Elke ochtend fietsen honderden kinderen over de Dorpsstraat naar school, tussen bestelbusjes en "
            "ouders die hun kinderen tot aan het hek brengen, en elke ochtend gaat het bijna mis.",
            "Wij vragen de gemeente daarom om de straat tussen half acht en half negen af te sluiten voor "
            "autoverkeer, zoals andere gemeenten in de regio al met succes hebben gedaan.",
            "Het gaat ons er niet om ouders die met de auto komen iets te verwijten: het gaat erom dat het "
            "makkelijk wordt om een andere keuze te maken, voor iedereen die elke dag naar school gaat."],
           ["Deel dit artikel", "Facebook", "WhatsApp"],
           ["Colofon", "Privacy", "Adverteren"]),
    "pl": (["Strona główna", "Aktualności", "Opinie", "Region", "Kontakt"],
           "List otwarty w sprawie biblioteki na osiedlu Zachód",
           ["Biblioteka na osiedlu Zachód od dwudziestu lat jest jedynym miejscem, w którym dzieci mogą po "
            "lekcjach odrobić zadania i spotkać się z rówieśnikami, a seniorzy skorzystać z komputera.",
            "Zapowiedziane zamknięcie filii z powodu oszczędności oznacza, że najbliższa placówka będzie "
            "oddalona o cztery kilometry, bez bezpośredniego połączenia autobusowego.",
            "Apelujemy do Rady Miasta, aby przed podjęciem decyzji wysłuchała mieszkańców osiedla i rozważyła "
            "wspólne prowadzenie filii z pobliską szkołą podstawową, jak robią to inne miasta."],
           ["Udostępnij", "Facebook", "Drukuj"],
           ["Regulamin", "Polityka prywatności", "Reklama"]),
    "en": (["Home", "News", "Opinion", "Sport", "Contact"],
           "Letter: the ferry timetable fails the island's workers",
           ["The new winter timetable moves the first sailing from the island to a quarter past eight, which "
            "means that nurses, carers and shop staff can no longer reach the mainland for an early shift.",
            "We have raised this with the operator twice since September and been told that the change saves "
            "fuel, but nobody has said how much, or why the last sailing back was moved earlier too.",
            "We ask the council, as the ferry's owner, to restore the early sailing before the new year and to "
            "consult the people who rely on it before the timetable is changed again."],
           ["Share this article", "Facebook", "Email"],
           ["Terms", "Privacy", "Advertise"]),
}

SIGNERS = {
    # A notice's signer: the role over the name.
    "de": ["Die Bürgermeisterin", "Mag. Theresia Kollmann-Brandstätter"],
    "fr": ["Le Maire", "Jean-Pierre Dubois"],
    "es": ["La Alcaldesa", "María José Ortega de la Fuente"],
    "it": ["L'Assessore all'Ambiente", "Gianfranco Bellodi"],
    "pt": ["O Presidente da Junta", "António Manuel da Silva"],
    # An open letter's signatories: "Name, role", a line each.
    "nl": ["Anouk van der Berg, ouder op De Regenboog", "Pieter Jansen, ouder op De Wilgen",
           "Fatima el Amrani, leerkracht groep 6"],
    "pl": ["Anna Kowalska, radna osiedla Zachód", "Tomasz Wiśniewski, przewodniczący rady rodziców"],
    "en": ["Dr Helen Marsh, chair, Inchmore Community Council", "Callum Reid, Inchmore Primary parent council",
           "Morag Sinclair, district nurse"],
}


def page(language: str, under: list[str]) -> str:
    """A council's notice or a paper's open letter or story, the lines ``under`` in a group of their own under
    its last paragraph, a box of downloads or a share bar under them, then the footer."""
    menu, headline, story, box, footer = PAGES[language]
    return "\n\n".join(["\n".join(menu), headline, "3.5.2026", *story, "\n".join(under), "\n".join(box),
                        "\n".join(footer)])


@pytest.mark.parametrize("language", sorted(SIGNERS))
def test_the_signers_under_the_story_are_the_story_s(language: str) -> None:
    text = page(language, SIGNERS[language])
    ids = removals(text)
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, *SIGNERS[language]])
    assert all(ids[line] is not None for line in [*box, *footer])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize(("language", "under"), [
    # A credit's label over a name: it ends in a stopword or a colon, so it names no office.
    ("en", ["Hosted by", "Jane Doe"]),
    ("de", ["Fotos:", "Jana Roth"]),
    # A button over a share bar: capitalised nouns read as a name, but no office ends in a verb.
    ("de", ["Jetzt kondolieren", "Teilen Drucken Merken"]),
    # One "Name, role" line alone whose role is a newsroom's trade: the page's credit.
    ("nl", ["Anouk van der Berg, redacteur"]),
])
def test_a_group_under_the_story_that_signs_nothing_goes(language: str, under: list[str]) -> None:
    ids = removals(page(language, under))
    assert all(ids[line] is not None for line in under)
    assert all(ids[line] is None for line in PAGES[language][2])


# A notice's signer under the office named with its article and a colon before the name.
OFFICES_WITH_COLON = {
    "de": ["Der Bürgermeister:", "Ing. Hubert Lechner"],
    "fr": ["Le Maire :", "Jean-Pierre Dubois"],
}


@pytest.mark.parametrize("language", sorted(OFFICES_WITH_COLON))
def test_an_office_with_a_colon_over_its_signer_under_the_story_is_the_story_s(language: str) -> None:
    ids = removals(page(language, OFFICES_WITH_COLON[language]))
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, *OFFICES_WITH_COLON[language]])
    assert all(ids[line] is not None for line in [*box, *footer])


# A letter's closing line, ended with a comma, over its signer ("For the board," / "Name, role"): the letter's.
CLOSINGS = {
    "en": ["On behalf of the committee,", "Graham Whitlow, secretary"],
    "fr": ["Pour le conseil d'administration,", "Martine Lebrun, trésorière"],
    "de": ["Für den Vorstand,", "Sabine Kötter"],
    "es": ["Por la junta directiva,", "Rosa Elvira Campos, presidenta"],
}


@pytest.mark.parametrize("language", sorted(CLOSINGS))
def test_a_closing_line_over_its_signer_under_the_story_is_the_story_s(language: str) -> None:
    ids = removals(page(language, CLOSINGS[language]))
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, *CLOSINGS[language]])
    assert all(ids[line] is not None for line in [*box, *footer])


@pytest.mark.parametrize("mark", ["~", "—", "–"])
def test_a_name_after_a_mark_under_the_story_is_its_writer_s_signature(mark: str) -> None:
    signature = f"{mark} Margaret"
    ids = removals(page("en", [signature]))
    assert ids[signature] is None
    assert all(ids[line] is not None for line in PAGES["en"][3])


# One signer alone, "Name, role" in a group of its own: a club's, a firm's, a charity's post signed by who
# wrote it. Where the role is a newsroom's trade the line is the page's credit (the cases above).
SOLE_SIGNERS = {
    "de": "Hannelore Vitzthum, Jugendwartin",
    "fr": "Bertrand Lacombe, responsable des bénévoles",
    "es": "Rosa Elvira Campos, presidenta",
    "it": "Gianfranco Bellodi, Assessore all'Ambiente",
    "pt": "Joana Mourato, coordenadora do projeto",
    "nl": "Pieter Jansen, voorzitter ouderraad",
    "pl": "Tomasz Wiśniewski, prezes klubu",
    "en": "Callum Reid, Volunteer Coordinator",
}


@pytest.mark.parametrize("language", sorted(SOLE_SIGNERS))
def test_one_signer_alone_under_the_story_is_the_story_s(language: str) -> None:
    signer = SOLE_SIGNERS[language]
    ids = removals(page(language, [signer]))
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, signer])
    assert all(ids[line] is not None for line in [*box, *footer])


@pytest.mark.parametrize("line", ["Gemeinde Lindach, Hauptstraße 12", "Lindach Wasser, Tel. 0761 55 20",
                                  "Anna Berg, Reporterin", "Jo Lee, Senior Correspondent"])
def test_an_address_or_a_newsroom_credit_alone_under_the_story_signs_nothing(line: str) -> None:
    ids = removals(page("de", [line]))
    assert ids[line] is not None


def test_no_signer_is_kept_when_signers_max_lines_is_0() -> None:
    ids = removals(page("de", SIGNERS["de"]), Cleaner(settings=replace(Settings(), signers_max_lines=0)))
    assert all(ids[line] is not None for line in SIGNERS["de"])


# Per language: a box of the story's facts under its last paragraph, its heading first.
FACTS = {
    "de": ["Die Spülung auf einen Blick", "Ortsteil: Lindach", "Tage: Montag und Dienstag", "Beginn: 7 Uhr",
           "Leitungen: 14 Kilometer"],
    "fr": ["En bref", "Bassins fermés : 2", "Durée des travaux : 26 jours", "Coût : 480 000 euros"],
    "es": ["Las obras en cifras", "Tramo cortado: 600 metros", "Duración: 10 semanas", "Presupuesto: 1,2 millones"],
    "it": ["In sintesi", "Raccolte dell'umido: 2 a settimana", "Plastica: lunedì", "Famiglie servite: 4.800"],
    "pt": ["Em números", "Bancas: 86", "Horário: das 6 às 14 horas", "Lugares de estacionamento: 240"],
    "nl": ["De schoolroute in cijfers", "Fietsende kinderen per dag: 420", "Auto's per ochtend: 310",
           "Ongevallen sinds 2020: 7"],
    "pl": ["Najważniejsze informacje", "Czytelnicy: 1 900", "Godziny otwarcia: 10-18", "Księgozbiór: 24 tysiące"],
    "en": ["Key facts", "First sailing: 8.15am", "Last sailing: 5.30pm", "Crossings a day: 6"],
}


@pytest.mark.parametrize("language", sorted(FACTS))
def test_the_box_of_facts_under_the_story_is_the_story_s(language: str) -> None:
    text = page(language, FACTS[language])
    ids = removals(text)
    _, _, story, box, footer = PAGES[language]
    assert all(ids[line] is None for line in [*story, *FACTS[language]])
    assert all(ids[line] is not None for line in [*box, *footer])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize("under", [
    # A contacts box, figures in every line: where to call, when to come.
    ["Kontakt", "Telefon: 0664 5128 447", "Fax: 0664 5128 448", "Sprechstunde: Montag 8 bis 12 Uhr"],
    ["Kontakt", "Sprechstunde: Montag 8 bis 12 Uhr", "Zimmer: 14", "E-Mail: wasser@lindach.example"],
    # The story's tags and source: labels, no figures.
    ["Mehr zum Thema", "Themen: Wasser, Lindach", "Rubrik: Gemeinde", "Quelle: Gemeindeamt"],
])
def test_a_box_of_labels_under_the_story_that_holds_no_facts_goes(under: list[str]) -> None:
    ids = removals(page("de", under))
    assert all(ids[line] is not None for line in under)
    assert all(ids[line] is None for line in PAGES["de"][2])


def test_no_box_of_facts_is_kept_when_fact_box_after_min_number_share_is_0() -> None:
    ids = removals(page("de", FACTS["de"]), Cleaner(settings=replace(Settings(), fact_box_after_min_number_share=0)))
    assert all(ids[line] is not None for line in FACTS["de"])
