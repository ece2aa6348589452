"""Main-content selection: the article's region comes out, in many languages."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import removals as explain_ids

from cleaner import Cleaner, Settings
from cleaner.blocks import segment
from cleaner.features import measure
from cleaner.model import Page
from cleaner.language import stopwords_for
from cleaner.selection import best_region, gap_costs, lead_in, select, verdict_box

STOPWORDS_DE = stopwords_for("de")
MENU = {
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"],
    "fr": ["Accueil", "Politique", "Économie", "Sport", "Culture"],
    "es": ["Portada", "Política", "Economía", "Deportes", "Cultura"],
    "pl": ["Strona główna", "Polityka", "Gospodarka", "Sport", "Kultura"],
    "zh": ["首页", "新闻", "财经", "体育", "文化"],
}
ARTICLE = {
    "de": [
        "Der Stadtrat hat am Dienstagabend nach einer langen Debatte beschlossen, die alte Brücke über den Fluss "
        "im kommenden Jahr vollständig zu erneuern.",
        "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, und ein großer Teil davon soll aus Mitteln "
        "des Landes bezahlt werden.",
        "Während der Bauzeit wird der Verkehr über eine Behelfsbrücke geleitet, die bereits im Frühjahr "
        "errichtet werden soll.",
    ],
    "fr": [
        "Le conseil municipal a décidé mardi soir, après un long débat, de rénover entièrement le vieux pont "
        "sur la rivière l'année prochaine.",
        "Le coût est estimé à environ douze millions d'euros, dont une grande partie doit être payée par la "
        "région et par l'État.",
        "Pendant les travaux, la circulation passera par un pont provisoire qui sera construit dès le printemps "
        "à côté de l'ancien.",
    ],
    "es": [
        "El ayuntamiento decidió el martes por la noche, tras un largo debate, renovar por completo el viejo "
        "puente sobre el río el próximo año.",
        "El coste se estima en unos doce millones de euros, y una gran parte será pagada por el gobierno "
        "regional y por el Estado.",
        "Durante las obras, el tráfico pasará por un puente provisional que se construirá en la primavera "
        "junto al antiguo.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek wieczorem, po długiej debacie, że stary most na rzece zostanie w "
        "przyszłym roku całkowicie odnowiony.",
        "Koszt szacuje się na około dwanaście milionów euro, a dużą część tej kwoty ma pokryć województwo i "
        "budżet państwa.",
        "W czasie budowy ruch zostanie skierowany na most tymczasowy, który ma powstać już wiosną obok "
        "starego mostu.",
    ],
    "zh": [
        "市议会在周二晚上经过长时间的辩论后决定，明年将对河上的旧桥进行全面翻新，以确保行人和车辆的安全。",
        "翻新费用估计约为一千二百万欧元，其中很大一部分将由省政府和中央政府共同承担，其余由市财政支付。",
        "施工期间，交通将改经一座临时便桥通行，这座便桥计划在春季于旧桥旁边建成，并在工程结束后拆除。",
    ],
}
FOOTER = {
    "de": ["Impressum", "Datenschutz", "Kontakt", "Über uns", "Jobs"],
    "fr": ["Mentions légales", "Confidentialité", "Contact", "À propos", "Emplois"],
    "es": ["Aviso legal", "Privacidad", "Contacto", "Quiénes somos", "Empleo"],
    "pl": ["Regulamin", "Prywatność", "Kontakt", "O nas", "Praca"],
    "zh": ["关于我们", "联系我们", "隐私政策", "广告服务", "网站地图"],
}


@pytest.mark.parametrize("language", sorted(ARTICLE))
def test_article_between_menu_and_footer_comes_out(language):
    page = "\n".join(MENU[language] + [""] + ARTICLE[language] + [""] + FOOTER[language])
    assert Cleaner().clean(page) == "\n".join(ARTICLE[language]) + "\n"


def test_best_region_is_the_maximum_scoring_run():
    assert best_region([-3.0, 5.0, -1.0, 4.0, -10.0, 2.0]) == range(1, 4)
    assert best_region([-1.0, -2.0]) == range(0)


def test_chrome_removed_before_a_block_costs_it():
    blocks = segment("Paragraph one.\nShare\nTweet\nParagraph two.\nPhoto: Jane Doe\nParagraph three.")
    kept = [blocks[0], blocks[3], blocks[5]]
    removed = {1: "share-bar", 2: "share-bar", 4: "photo-caption"}
    costs = gap_costs(Page(kept, Page.of(kept).features, removed=removed))
    assert costs[0] == 0.0 and costs[1] > 0.0 and costs[2] == 0.0


STORY = [
    "The museum reopened on Saturday after two years of repairs to its roof, which had leaked since a storm.",
    "Visitors queued from early morning, and the first thousand were given free tickets by the city council.",
    "The director said the collection would be shown in full again from the spring, once the last rooms are painted.",
]


def test_teaser_tail_drops_alternating_headlines_and_teasers_after_the_story():
    teasers = [
        "Old Bridge Stays Closed Until March",
        "The old bridge will stay shut until the end of the month, engineers said.",
        "Council Elects New Mayor After Vote",
        "The vote was close, and the new mayor takes office on Monday morning.",
    ]
    # The menu makes it a web page: a bare text of this shape is kept whole (a story's short sections).
    ids = explain_ids("\n".join(["Home", "News", "Sport", "Business", "Culture"] + STORY + teasers))
    assert all(ids[line] is None for line in STORY)
    assert ids[teasers[1]] == ids[teasers[3]] == "teaser-tail"


def test_teaser_tail_keeps_the_story_s_last_short_sections():
    sections = [
        "What comes next", "The council will vote on the budget for the roof repairs in the autumn session.",
        "Opening hours", "The museum is open daily from nine in the morning until six in the evening.",
    ]
    assert Cleaner().clean("\n".join(STORY + sections)) == "\n".join(STORY + sections) + "\n"


def test_before_header_drops_a_summary_above_the_byline():
    summary = "A storm-damaged roof kept the city's museum shut for two years, but the doors are open again now."
    page = "\n".join([summary, "Culture", "Museum Reopens After Repairs", "Museum Reopens After Repairs",
                      "By Jane Smith", "Published: 12 March 2023", *STORY])
    ids = explain_ids(page)
    assert ids[summary] == "before-header"
    assert all(ids[line] is None for line in STORY)



LEADS = {
    "en": ("Museum Reopens After Repairs",
           "Two years after a storm tore through its roof, the city's museum has opened its doors again, and the "
           "queue went round the block."),
    "de": ("Brücke wird erneuert",
           "Nach jahrelangem Streit um die Kosten hat der Stadtrat entschieden: Die alte Brücke über den Fluss wird "
           "im kommenden Jahr vollständig erneuert."),
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_lead_between_the_headline_and_the_body_is_kept(language: str) -> None:
    # As from HTML (html-lead): the story's lead, a paragraph of prose under
    # its headline, is article text; the headline and byline are not.
    headline, lead = LEADS[language]
    body = STORY if language == "en" else ARTICLE["de"]
    page = "\n".join([*MENU["de" if language == "de" else "es"], f"{headline} - The Example Times", headline, lead,
                      "By Jane Smith", "12 March 2023", *body])
    ids = explain_ids(page)
    assert ids[lead] is None
    assert ids[headline] == "duplicate-headline" and ids["By Jane Smith"] == "byline-dateline"
    assert all(ids[line] is None for line in body)
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


STANDFIRSTS = {
    "en": "The museum is open again, and the queue for it went all the way round the block",
    "de": "Die alte Brücke über den Fluss soll im nächsten Jahr von der Stadt ganz neu gebaut werden",
}


@pytest.mark.parametrize("language", sorted(STANDFIRSTS))
def test_an_unpunctuated_standfirst_right_between_the_headline_and_the_story_is_kept(language: str) -> None:
    # Too short for an unfinished sentence at the region's edge, but set
    # right under the story's headline and right above its body: its
    # standfirst, which a later pass (the headline gone) must keep too.
    headline, standfirst = LEADS[language][0], STANDFIRSTS[language]
    body = STORY if language == "en" else ARTICLE["de"]
    page = "\n".join([*MENU["de" if language == "de" else "es"], f"{headline} - The Example Times", headline,
                      standfirst, *body])
    ids = explain_ids(page)
    assert ids[standfirst] is None and ids[headline] == "duplicate-headline"
    assert all(ids[line] is None for line in body)
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned
    # Not under the headline (a menu's line between), it is a teaser as often.
    apart = page.replace(f"{headline}\n{standfirst}", f"{headline}\n{MENU['es'][0]}\n{standfirst}")
    assert explain_ids(apart)[standfirst] is not None


@pytest.mark.parametrize("language", sorted(STANDFIRSTS))
def test_an_unpunctuated_standfirst_under_the_headline_is_kept_however_far_below_the_body_starts(
        language: str) -> None:
    # The standfirst under the headline, then a byline, a share bar and a
    # paywall's notice: more lines than lead_max_lines before the body, and
    # they cost more than the standfirst's words, so the region starts below
    # it. It is the story's all the same; a short sentence with a full stop
    # there (a caption, a summary) still goes.
    headline, standfirst = LEADS[language][0], STANDFIRSTS[language]
    body = STORY if language == "en" else ARTICLE["de"]
    between = ["By Jane Smith", "12 March 2023", "Share", "Tweet", "Email", "Subscribe to read on"]
    page = "\n".join([*MENU["de" if language == "de" else "es"], f"{headline} - The Example Times", headline,
                      standfirst, *between, *body])
    ids = explain_ids(page)
    assert ids[standfirst] is None and ids[headline] == "duplicate-headline"
    assert all(ids[line] is not None for line in between) and all(ids[line] is None for line in body)
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned
    # A caption there carries its date (one without reads as a framed standfirst: see
    # test_a_short_standfirst_goes_unless_a_found_headline_and_the_byline_frame_it).
    caption = "The old bridge seen from the river bank on a grey winter morning, 12 March 2023."
    assert explain_ids(page.replace(standfirst, caption))[caption] is not None


def test_a_standfirst_over_the_byline_stays_past_the_chrome_the_detectors_removed_above_the_body() -> None:
    # An unended standfirst of few stopwords (names and figures: no NEAR line), then a byline, a share
    # bar, a player and a caption: six lines from the headline to the body, over lead_max_lines, but
    # the detectors removed all but the player's, and what they removed puts the body no farther off.
    headline = "Seventy-year-old Millbrook bakery becomes a workers' cooperative"
    standfirst = ("Fourteen bakers took charge of Morning Star Bakery when the owners announced closure, keeping its "
                  "famous sourdough loaf at £2.10")
    between = ["By Ana Costa, The Valley Post — Millbrook", "12/03/2025 06:00 · Updated 2 hours ago",
               "WhatsApp Facebook X Copy link", "Listen to this story 0:00 / 4:12",
               "The bakers of Morning Star Bakery, now its owners — Photo: Ray Quinn/The Valley Post"]
    menu = ["Home", "News", "Business", "Sport", "Opinion", "Contact"]
    page = "\n".join([f"{headline} | The Valley Post", *menu, headline, standfirst, *between, *STORY,
                      "About us", "Privacy", "Terms", "Contact us", "Advertise"])
    ids = explain_ids(page)
    assert ids[standfirst] is None and ids[headline] == "duplicate-headline"
    assert all(ids[line] is not None for line in between) and all(ids[line] is None for line in STORY)
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


BRIDGE_HEADLINE = "Alte Brücke wird im nächsten Jahr erneuert"
BRIDGE_LEAD = ("Nach Jahren des Streits um Geld und Zuständigkeiten ist die Entscheidung im Stadtrat endlich gefallen: "
               "Die Stadt baut die marode Brücke über den Fluss von Grund auf neu, und der Verkehr rollt während der "
               "Bauzeit über ein Provisorium am Ufer.")


def bridge_page(between: list[str]) -> str:
    return "\n".join([*MENU["de"], f"{BRIDGE_HEADLINE} | Stadtanzeiger", BRIDGE_HEADLINE, BRIDGE_LEAD, *between,
                      *ARTICLE["de"], *FOOTER["de"]])


def test_the_header_s_lines_between_the_standfirst_and_the_body_go() -> None:
    # The standfirst is kept with the story, and its byline, a share bar's
    # labels no detector knows and a caption's credit stand between it and
    # the body: they are no labels of the story (the revision by neighbours
    # kept them), but a short subheading right above the body still is.
    between = ["Anna Berger", "Facebook", "Twitter", "✉ E-Mail", "Die Entscheidung"]
    page = bridge_page(between)
    ids = explain_ids(page)
    assert ids[BRIDGE_LEAD] is None and all(ids[line] is None for line in ARTICLE["de"])
    assert ids["Anna Berger"] == ids["✉ E-Mail"] == "main-content"
    assert ids["Die Entscheidung"] is None
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned
    off = Cleaner(settings=replace(Settings(), header_gap_max_lines=0))
    assert all(d.removed_by is None for d in off.explain(page).decisions if d.block.text in ("Anna Berger", "✉ E-Mail"))


@pytest.mark.parametrize("between", [
    # A section's heading the page repeats (repeated-line) and its short lines: the story's.
    ["Der Plan", "Zeitplan", "Abriss im März", "Der Plan"],
    # One line between (a live blog's time) is no header.
    ["14:20 Uhr"],
])
def test_the_lines_between_the_first_two_paragraphs_stay_without_the_header_s_chrome(between: list[str]) -> None:
    page = bridge_page(between)
    ids = explain_ids(page)
    kept_before = {d.block.text for d in Cleaner(settings=replace(Settings(), header_gap_max_lines=0))
                   .explain(page).decisions if d.removed_by is None}
    assert {text for text, stage in ids.items() if stage is None} == kept_before


def test_a_short_standfirst_goes_unless_a_found_headline_and_the_byline_frame_it() -> None:
    headline, lead = LEADS["en"]
    short = "The roof is fixed, and the doors are open again after two long years."
    # No headline found (the page repeats no title): a short sentence above the byline goes.
    ids = explain_ids("\n".join([headline, short, "By Jane Smith", *STORY]))
    assert ids[short] == "before-header"
    # Framed by the found headline and the byline, it is the standfirst however short and however far
    # below the body starts (sentence_standfirst_over_byline; until session 22 it went, as a teaser).
    ids = explain_ids("\n".join([f"{headline} - The Example Times", headline, short, "By Jane Smith", *STORY]))
    assert ids[short] is None
    far = ["By Jane Smith", "12 March 2023", "Share", "Tweet", "Email"]
    ids = explain_ids("\n".join([f"{headline} - The Example Times", headline, lead, *far, *STORY]))
    assert ids[lead] is None and all(ids[line] is None for line in STORY)


# A byline block of more lines than lead_max_lines: the lead above it is out
# of story_lead's reach, and before-header judges it.
LONG_BYLINE = ["By Jane Smith", "Culture correspondent", "Published: 12 March 2023", "Updated: 13 March 2023",
               "4 min read"]


def test_a_lead_above_the_byline_stays_but_a_pull_quote_and_a_dated_caption_go() -> None:
    headline, lead = LEADS["en"]
    quote = ("\u201cWe waited two long years for this morning, and the whole town came to see the doors open again "
             "at last,\u201d the director said.")
    caption = ("The director of the museum cuts the ribbon at the main entrance on Saturday, March 11, 2023, as "
               "visitors wait in the rain.")
    for above, kept in [(lead, True), (quote, False), (caption, False)]:
        page = "\n".join([*MENU["es"], f"{headline} - The Example Times", headline, above, *LONG_BYLINE, *STORY])
        ids = explain_ids(page)
        assert (ids[above] is None) is kept, above
        assert ids[headline] == "duplicate-headline" and all(ids[line] == "byline-dateline" for line in LONG_BYLINE)
        assert all(ids[line] is None for line in STORY)
        cleaned = Cleaner().clean(page)
        assert Cleaner().clean(cleaned) == cleaned
    off = Cleaner(settings=replace(Settings(), before_header_keeps_leads=False))
    page = "\n".join([f"{headline} - The Example Times", headline, lead, *LONG_BYLINE, *STORY])
    assert {d.block.text: d.removed_by for d in off.explain(page).decisions}[lead] == "before-header"


PUENTE_HEADLINE = "El ayuntamiento renovará el viejo puente del río"
# A standfirst printed without a full stop, its date line run into it (the
# date opens in lower case: a wrapped line of the standfirst, to the joiner).
PUENTE_STANDFIRST = ("Tras años de discusiones sobre el dinero y las competencias, el pleno aprobó por fin la obra y "
                     "el tráfico pasará durante los trabajos por un puente provisional junto a la orilla del río")
PUENTE_DATE = "martes, 14 de marzo de 2023 - 9:15 a.m."


def puente_page(above: list[str]) -> str:
    return "\n".join([*MENU["es"], f"{PUENTE_HEADLINE} | El Diario", PUENTE_HEADLINE, *above,
                      "Por Ana Gil Ruiz", "Facebook", "Twitter", "✉ Email", *ARTICLE["es"], *FOOTER["es"]])


def test_a_standfirst_right_between_the_headline_and_the_byline_stays_ended_or_not() -> None:
    # Unended and with a date under it, it is no lead_above_header, but it
    # stands right between the headline and the byline, long and prose (the
    # date, in lower case, starts the header: it does not continue it).
    page = puente_page([PUENTE_STANDFIRST, PUENTE_DATE])
    ids = explain_ids(page)
    assert ids[PUENTE_HEADLINE] == "duplicate-headline" and ids["Por Ana Gil Ruiz"] == "byline-dateline"
    assert ids[PUENTE_STANDFIRST] is None and all(ids[line] is None for line in ARTICLE["es"])
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize("above", [
    # A caption with its date there is shorter.
    ["El viejo puente visto desde la orilla del río en una mañana gris de invierno, el martes 3 de enero de 2023."],
    # A line of names with few stopwords is no prose: the story's credits.
    ["Con información de Ana Gil, Luis Mora, Eva Sanz, Pablo Ortiz, Marta Ruiz y Carlos Vega, fotografías de Inés "
     "Prieto y Jorge Calvo, vídeo de Lucía Romero, Diego Navarro y Sara Molina, edición de Raúl Herrero Soto"],
    # Nor is it the standfirst with a line between it and the headline.
    [MENU["es"][0], PUENTE_STANDFIRST],
])
def test_what_else_stands_between_the_headline_and_the_byline_goes(above: list[str]) -> None:
    ids = explain_ids(puente_page(above))
    assert ids[above[-1]] is not None and all(ids[line] is None for line in ARTICLE["es"])


@pytest.mark.parametrize("header", [["Por Ana Gil Ruiz"], ["Por Ana Gil Ruiz", "martes, 14 de marzo de 2023 · 9:15"]])
def test_a_short_line_right_under_the_byline_is_no_subheading_of_the_first_paragraph(header: list[str]) -> None:
    # The desk's or the writer's name under the byline or its date: the header's, not the story's.
    desk = "Redacción Digital"
    standfirst = f"{PUENTE_STANDFIRST}."
    page = "\n".join([*MENU["es"], f"{PUENTE_HEADLINE} | El Diario", PUENTE_HEADLINE, standfirst, *header, desk,
                      *ARTICLE["es"], *FOOTER["es"]])
    ids = explain_ids(page)
    assert ids[desk] is not None and all(ids[line] == "byline-dateline" for line in header)
    assert ids[standfirst] is None and all(ids[line] is None for line in ARTICLE["es"])
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


def test_no_lead_is_kept_when_lead_max_lines_is_0() -> None:
    headline, lead = LEADS["en"]
    page = "\n".join([f"{headline} - The Example Times", headline, lead, "By Jane Smith", *STORY])
    cleaner = Cleaner(settings=replace(Settings(), lead_max_lines=0))
    ids = {d.block.text: d.removed_by for d in cleaner.explain(page).decisions}
    assert ids[lead] == "before-header"


def test_a_label_repeated_inside_the_story_is_no_header_before_it():
    # "Download graphic" under each chart is repeated-line; the paragraphs
    # above it are the story, not a teaser above its header.
    label = "Grafik herunterladen"
    page = "\n".join([ARTICLE["de"][0], "Karte", label, ARTICLE["de"][1], ARTICLE["de"][2], label, *FOOTER["de"]])
    ids = explain_ids(page)
    assert ids[label] == "repeated-line"
    assert all(ids[line] is None for line in ARTICLE["de"])



def test_a_long_line_without_punctuation_is_a_list_not_prose():
    # An archive of months: the German stoplist holds the month names, so by
    # its stopwords alone the line reads as prose.
    months = ["Dezember", "November", "Oktober", "September", "August", "Juli", "Juni", "Mai", "April", "März"]
    archive = "Archiv Monat auswählen " + " ".join(f"{month} {year} ({n})" for year in (2021, 2020)
                                                     for n, month in enumerate(months, 1))
    page = "\n".join([*MENU["de"], *ARTICLE["de"], archive, *FOOTER["de"]])
    assert Cleaner().clean(page) == "\n".join(ARTICLE["de"]) + "\n"


def test_story_list_after_the_story_stays_and_a_menu_does_not():
    dates = ["12. Mai – Berlin, Waldbühne", "14. Mai – Hamburg, Stadtpark", "17. Mai – München, Olympiahalle"]
    menu = ["Startseite", "Politik", "Kultur", "Sport", "Impressum"]
    text = "\n".join(ARTICLE["de"] + ["Die Termine der Tour:"] + dates + menu)
    assert Cleaner().clean(text) == "\n".join(ARTICLE["de"] + ["Die Termine der Tour:"] + dates) + "\n"


def test_results_under_a_section_heading_and_a_team_heading_stay_after_the_story():
    # Box scores come under two headings: the section's, then the team's or
    # the day's, which ends in a colon.
    results = ["Ann Berg c Lowe b Hart 41", "Tim Cole b Hart 12", "Raj Iyer not out 30", "Extras 4", "Total 87"]
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    text = "\n".join([*STORY, "Scorecard", "Harbour Club:", *results, *menu])
    assert Cleaner().clean(text) == "\n".join([*STORY, "Scorecard", "Harbour Club:", *results]) + "\n"
    # A box of labelled fields under its heading stays out: the page's contacts.
    contacts = ["Telephone: 555 0101", "Fax: 555 0102", "Email: desk@example.org", "Office: 12 Quay St"]
    text = "\n".join([*STORY, "Contact us", "Newsroom:", *contacts, *menu])
    assert Cleaner().clean(text) == "\n".join(STORY) + "\n"


@pytest.mark.parametrize("line", ["20230312 15:24", "Map: Harbour 2040", "Photos 1-12"])
def test_a_short_line_with_a_digit_above_the_first_paragraph_is_no_subheading(line):
    page = ["Home", "News", "Sport", "Business", "Culture", "Museum Reopens by the Sea"]
    assert Cleaner().clean("\n".join([*page, line, *STORY])) == "\n".join(STORY) + "\n"
    # A short line without one is the first section's name: it stays.
    assert Cleaner().clean("\n".join([*page, "Reopening", *STORY])) == "\n".join(["Reopening", *STORY]) + "\n"


@pytest.mark.parametrize("line", ["World | Europe", "Arts | Home", "Sport | Tennis | Results"])
def test_a_line_of_pipes_above_the_first_paragraph_is_a_breadcrumb_not_a_subheading(line):
    page = ["Home", "News", "Sport", "Business", "Culture", "Museum Reopens by the Sea"]
    assert Cleaner().clean("\n".join([*page, line, *STORY])) == "\n".join(STORY) + "\n"


def test_a_product_description_wins_over_the_slightly_longer_reviews_under_it():
    # Two regions apart, chrome between them: the earlier one is the story
    # when it scores nearly as much (earlier_region_min_share).
    description = [
        "Die Gartenbank aus massivem Eichenholz bietet Platz für drei Personen und ist mit einer wetterfesten "
        "Lasur behandelt, die das Holz über viele Jahre vor Regen und Sonne schützt.",
        "Sie wird vormontiert geliefert und ist mit dem beiliegenden Werkzeug in wenigen Minuten aufgebaut.",
    ]
    share = ["Teilen", "Facebook", "Twitter", "Pinterest", "Per E-Mail senden"]
    reviews = [
        "Kundenbewertungen", "4,8 von 5 Sternen", "Petra K. am 3.5.2021",
        "Die Bank ist sehr stabil und sieht in unserem Garten wunderschön aus, wir sind rundum zufrieden mit "
        "dem Kauf und der schnellen Lieferung.",
        "Jonas am 12.6.2020",
        "Wir haben die Bank jetzt seit einem Jahr auf der Terrasse stehen und sie hat den ganzen Winter ohne "
        "Schaden überstanden, das Holz ist noch wie neu.",
    ]
    page = "\n".join([*MENU["de"], "Gartenbank Eiche", *description, *share, *reviews, *FOOTER["de"]])
    assert Cleaner().clean(page) == "\n".join(description) + "\n"


def test_a_german_quote_ends_its_sentence():
    # „…“ closes with the mark English opens with: after a full stop it ends
    # the paragraph, which then is prose, not an unfinished line.
    assert measure("Sie sagte: „Wir fangen morgen an.“", frozenset(), 1.7, 0.3).terminal
    assert not measure("Der Film heißt „Tatort“", frozenset(), 1.7, 0.3).terminal
    assert not measure("She said “", frozenset(), 1.7, 0.3).terminal
    quote = "Der Bürgermeister sagte: „Wir sind froh, dass die Arbeiten an der Brücke endlich beginnen können.“"
    page = "\n".join([*MENU["de"], *ARTICLE["de"][:2], quote, *FOOTER["de"]])
    assert Cleaner().clean(page) == "\n".join([*ARTICLE["de"][:2], quote]) + "\n"


def test_a_post_s_last_sentence_may_end_with_an_emoji():
    assert measure("Ich wünsche euch allen einen schönen Sonntag 😊", frozenset(), 1.7, 0.3).terminal
    assert measure("Bis nächste Woche, ihr Lieben <3", frozenset(), 1.7, 0.3).terminal
    assert not measure("🏠", frozenset(), 1.7, 0.3).terminal
    assert not measure("Seite 3", frozenset(), 1.7, 0.3).terminal
    last = "Am Ende des Tages waren wir alle müde, aber sehr glücklich über den gelungenen Ausflug 😉"
    page = "\n".join([*MENU["de"], *ARTICLE["de"][:2], last, *FOOTER["de"]])
    assert Cleaner().clean(page) == "\n".join([*ARTICLE["de"][:2], last]) + "\n"


STORY_MORE = {
    "de": ["Der Bürgermeister sagte am Abend, die Stadt habe lange auf diese Entscheidung gewartet und sei nun froh, "
           "dass es endlich losgehe.",
           "Anwohner hatten sich seit Jahren über die Schäden beklagt, und viele von ihnen kamen am Dienstag zur "
           "Sitzung ins Rathaus."],
    "fr": ["Le maire a déclaré dans la soirée que la ville attendait cette décision depuis longtemps et qu'elle était "
           "heureuse que les travaux commencent enfin.",
           "Les riverains se plaignaient depuis des années des dégâts, et beaucoup d'entre eux sont venus mardi à la "
           "séance à la mairie."],
    "es": ["El alcalde dijo por la noche que la ciudad llevaba mucho tiempo esperando esta decisión y que estaba "
           "contenta de que por fin empezaran las obras.",
           "Los vecinos se quejaban desde hace años de los daños, y muchos de ellos acudieron el martes a la sesión "
           "en el ayuntamiento."],
}
NEWSLETTER_BOX = {
    "de": ["Newsletter", "Mit unserem Newsletter erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region "
           "direkt in Ihr Postfach."],
    "fr": ["Newsletter", "Avec notre lettre d'information, recevez chaque matin les nouvelles les plus importantes de "
           "la région dans votre boîte."],
    "es": ["Boletín", "Con nuestro boletín recibirá cada mañana las noticias más importantes de la región directamente "
           "en su correo, gratis y sin compromiso alguno."],
}


@pytest.mark.parametrize("language", sorted(NEWSLETTER_BOX))
def test_a_paragraph_under_a_newsletter_box_s_heading_after_the_story_is_no_story(language):
    story = ARTICLE[language] + STORY_MORE[language]
    heading, box_text = NEWSLETTER_BOX[language]
    ids = explain_ids("\n".join(MENU[language] + story + [heading, box_text] + FOOTER[language]))
    assert ids[heading] == "newsletter-prompt"
    assert ids[box_text] == "chrome-tail"
    assert all(ids[line] is None for line in story)


def test_the_story_s_paragraphs_after_a_box_set_in_it_stay():
    # Two paragraphs in a row after the box are the story resuming, however short.
    story = ARTICLE["de"] + STORY_MORE["de"]
    resumed = [
        "Die Arbeiten sollen im Herbst beginnen, sagte der Bürgermeister gestern.",
        "Bis dahin bleibt die alte Brücke für alle Lastwagen gesperrt.",
    ]
    page = "\n".join(MENU["de"] + story + NEWSLETTER_BOX["de"][:1] + resumed + FOOTER["de"])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in story + resumed)


def test_an_article_given_alone_keeps_the_text_under_its_about_heading():
    # A text with no page around it (no menu, no header): what follows the
    # "About" heading (company-boilerplate) is the article's own end.
    about = ["About Northwind Labs",
             "Northwind Labs builds water meters for small towns and has worked with more than two hundred councils."]
    story = STORY + [
        "The new meters in the cellar will warn the staff long before any water reaches the paintings again.",
        "They were paid for by a grant from the regional government, which covered almost half of the costs.",
    ]
    ids = explain_ids("\n".join(story + about))
    assert all(ids[line] is None for line in story)
    assert ids[about[0]] == "company-boilerplate"
    assert ids[about[1]] is None


INFO_BOX = {
    "de": ["Redaktion: Anna Weber", "Mitarbeit: Jan Kowalski", "Grafik: Eva Brandt",
           "Abgelegt unter: Politik, Stadt, Verkehr"],
    "fr": ["Rédaction : Marie Dubois", "Collaboration : Paul Martin", "Graphisme : Claire Petit",
           "Classé dans : Politique, Ville, Transports"],
    "es": ["Redacción: Lucía Pérez", "Colaboración: Pablo Ruiz", "Gráficos: Elena Gómez",
           "Archivado en: Política, Ciudad, Tráfico"],
}


@pytest.mark.parametrize("language", sorted(INFO_BOX))
def test_label_and_value_lines_after_the_story_are_the_page_s_info_box(language):
    # Unlike tour dates or results, a run of "Label: value" lines after the
    # story is the page's box of credits and filing, not the story's list.
    page = "\n".join(MENU[language] + ARTICLE[language] + INFO_BOX[language] + FOOTER[language])
    assert Cleaner().clean(page) == "\n".join(ARTICLE[language]) + "\n"


def test_testimonials_above_a_repeated_attribution_are_no_teaser_before_a_header():
    # The attribution shown above the quotes and again among them goes as a
    # duplicated headline; the quotes above its second showing outweigh those
    # below, so they are the content, not a teaser above the story's header
    # (before_header_max_share).
    quotes = [
        "„Schon beim ersten Gespräch haben wir uns gut aufgehoben gefühlt, und das blieb bis zum Schluss so.“",
        "Brief einer Kundin, Juni 2021",
        "„Vielen Dank für die schnelle und freundliche Hilfe bei unserem Umzug, wir waren rundum zufrieden.“",
        "Brief einer Kundin, März 2021",
        "„Die Beratung war ausführlich und verständlich, und alle Termine wurden pünktlich eingehalten.“",
        "Brief eines Kunden, Mai 2020",
        "„Einfach großartig, danke für alles“",
    ]
    repeated = "Brief eines Kunden, Juli 2020"
    last = [
        "„Wir danken Ihnen für die gute Zusammenarbeit und die sorgfältige Planung in den letzten Jahren.“",
        repeated,
        "„Alles hat wunderbar geklappt, und die Möbel sind ohne einen einzigen Kratzer angekommen.“",
    ]
    ids = explain_ids("\n".join(MENU["de"] + [repeated] + quotes + [repeated] + last + FOOTER["de"]))
    assert ids[repeated] == "duplicate-headline"
    assert all(ids[line] is None for line in quotes + last if line != repeated)


RECIPES = {
    "en": ("Lemon Drizzle Cake", ["Ingredients", "225 g soft butter", "225 g caster sugar", "4 large eggs",
                                  "275 g self-raising flour", "1 lemon, zested", "Method"],
           ["Heat the oven to 180 degrees, then grease a loaf tin and line it with baking paper so the cake "
            "comes out easily.",
            "Beat the butter and the sugar together until pale, then add the eggs one at a time and fold in the "
            "flour and the zest.",
            "Bake for about forty minutes, and pour the lemon syrup over the cake while it is still warm in "
            "the tin."]),
    "de": ("Zitronenkuchen", ["Zutaten", "225 g weiche Butter", "225 g Zucker", "4 Eier (Größe M)",
                              "275 g Mehl", "1 Zitrone, abgerieben", "Zubereitung"],
           ["Den Backofen auf 180 Grad vorheizen, dann eine Kastenform einfetten und mit Backpapier auslegen, "
            "damit sich der Kuchen gut löst.",
            "Butter und Zucker schaumig schlagen, dann die Eier einzeln unterrühren und zum Schluss das Mehl "
            "und die Schale unterheben.",
            "Den Kuchen etwa vierzig Minuten backen und den Zitronensirup darüber gießen, solange er noch "
            "warm in der Form ist."]),
}


@pytest.mark.parametrize("language", sorted(RECIPES))
def test_a_recipe_keeps_its_ingredients_between_the_byline_and_the_method(language):
    # The ingredient list is short lines of amounts right above the method:
    # a structured run under the story's header, no chrome between.
    title, ingredients, method = RECIPES[language]
    chrome = "de" if language == "de" else "es"
    page = "\n".join([*MENU[chrome], f"{title} - The Example Kitchen", title, "By Jane Smith", *ingredients,
                      *method, *FOOTER[chrome]])
    ids = explain_ids(page)
    # Its heading ("Ingredients") is the nav-menu detector's to judge.
    assert all(ids[line] is None for line in ingredients[1:] + method)
    assert ids[title] is not None and ids["By Jane Smith"] == "byline-dateline"
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


REVIEW_SPECS = ["Screen: 13.3 inches", "Weight: 1.2 kg", "Battery: up to 14 hours",
                "Storage: 512 GB", "Price: £899"]
REVIEW = [
    "The new laptop is lighter than last year's model, and its screen is bright enough to work outside on a "
    "sunny afternoon.",
    "The keyboard is quiet and firm, although the trackpad is smaller than we would like for a machine at "
    "this price.",
    "Battery life was the surprise: in our tests it lasted a full working day with some hours to spare.",
]


def test_a_product_review_keeps_its_spec_table_above_the_review():
    headline = "Example Book 13 Review: Light and Long-Lasting"
    page = "\n".join([*MENU["es"], f"{headline} | Example Tech", headline, "By Jane Smith",
                      "12 March 2023", "At a glance", *REVIEW_SPECS, *REVIEW, *FOOTER["es"]])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in REVIEW_SPECS + REVIEW)


def test_numbered_lines_at_the_top_of_a_page_are_no_structured_run():
    # Nothing removed above them: they start the page (a menu of numbered
    # cabins), not a story's list under its header or the page's chrome.
    cabins = ["Cabin 1", "Cabin 2", "Cabin 3 by the lake", "Prices 2024", "Booking 2024"]
    page = "\n".join([*cabins, *STORY, *FOOTER["es"]])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in STORY)
    assert all(ids[line] is not None for line in cabins)


SPEC_SHEET = {
    "en": ["Specifications", "- Length: 2.1 metres", "- Weight: 340 grams", "- Frame: brushed aluminium",
           "- Price: 89.50 euros"],
    "de": ["Technische Daten", "- Länge: 2,1 Meter", "- Gewicht: 340 Gramm", "- Rahmen: gebürstetes Aluminium",
           "- Preis: 89,50 Euro"],
    "fr": ["Caractéristiques", "• Longueur : 2,1 mètres", "• Poids : 340 grammes", "• Cadre : aluminium brossé",
           "• Prix : 89,50 euros"],
}


@pytest.mark.parametrize("language", sorted(SPEC_SHEET))
def test_a_bulleted_list_of_labelled_specifications_after_the_story_stays(language):
    # Bullets make "Label: value" lines the story's own list (a tested
    # product's specifications), not the page's box of contacts or credits.
    article = STORY if language == "en" else ARTICLE[language]
    menu = MENU.get(language, ["Home", "News", "Sport", "Weather", "Contact"])
    # The run ends with the bullets: a labelled line under them is the page's.
    page = "\n".join([*article, *SPEC_SHEET[language], "Filed under: Reviews, Outdoor", *menu])
    assert Cleaner().clean(page) == "\n".join([*article, *SPEC_SHEET[language]]) + "\n"


# A post wrapped at a fixed width, under a blog's header: the first pass
# keeps the story (its region starts at the blog's tagline, which goes as
# prose above the byline); the second pass, without the header in view,
# must not cut the wrapped paragraphs before the story's first full line.
WRAPPED_POST = [
    "Home", "Archive", "About", "Contact", "Subscribe",
    "The Quiet Workshop: Notes On Building Tools", "The Quiet Workshop",
    "Here is where I plan to write about the tools I build and the tricks I find.",
    "Tuesday, March 3, 2020", "Writing Macros By Hand", "1 Introduction",
]
WRAPPED_STORY = [
    "A post about shell aliases in another blog reminded me to write up",
    "the same trick for my own editor.",
    "Aliases in a shell let you rename a long command without changing",
    "the command itself; Macros in editors which go back to the 70's",
    "do much the same thing —",
    "incidentally, Macros were the reason I started programming",
    "Editors in Pascal.",
    "2 Macros And Editors",
    "Macros came to my editor in the spring of 1994, when the module",
    "macros.el shipped with version 19.23. A few weeks later, a",
    "friend at work (Ann Lee) wrote up a simple example that added",
    "a macro to the save command of the time to create",
    "a backup folder if one did not exist. This was such a neat",
    "trick that all of us in our team adopted it — and having stray",
    "Backup files lying around in the working directory became history.",
    "3 Macros Today — Spring 2020",
    "And then I decided to make my editor read my mail aloud to me.",
    "The rest of the story was written up a few years ago in a long post on this blog, and it still holds.",
    "Twenty five years on, the editor still ships the same module, with a simpler front end that lets you "
    "attach your own functions to any command.",
]
WRAPPED_FOOTER = ["Posted by Ann Lee at 2:33 PM", "Newer Post Older Post Home", "Blog Archive",
                  "► 2020 (10)", "► October (2)", "► September (2)", "► August (1)", "► June (2)"]


def test_a_later_pass_keeps_the_wrapped_paragraphs_the_first_pass_kept():
    page = "\n".join([*WRAPPED_POST, *WRAPPED_STORY, *WRAPPED_FOOTER])
    cleaned = Cleaner().clean(page)
    assert [line for line in cleaned.splitlines() if line] == WRAPPED_STORY
    assert Cleaner().clean(cleaned) == cleaned
    # Without the setting a later pass cuts the story's first paragraphs.
    unset = Cleaner(settings=replace(Settings(), later_pass_keeps_prose=False)).clean(page)
    assert WRAPPED_STORY[0] not in unset and WRAPPED_STORY[-1] in unset


WIRE_STORY = [
    "Harbour council approves new ferry route",
    "By Example Wire staff",
    "The harbour council voted on Tuesday to open a ferry route between the old port and the island, ending years "
    "of debate over the crossing.",
    "The service will start in the spring with two boats, and the council expects about nine hundred passengers a "
    "day in the first summer.",
    "Residents of the island said the route would cut their journey to the mainland hospital from two hours to "
    "forty minutes.",
    "The council will review the timetable after the first season and may add a night crossing if demand is high "
    "enough.",
]
WIRE_NOTICE = "Copyright 2024 Example Wire. All rights reserved. This material may not be published or redistributed."
# Another page's teaser under the wire story's notice: a label, a headline,
# a byline and two paragraphs, then a list of other posts.
PAST_NOTICE = [
    "Wire News", "A Letter From The Hills: Part 1", "Jan Smit January 7th, 2024",
    "It is the first cold week of the year, which reminds me that it is time again to write about the old songs "
    "my grandfather used to sing on the farm.",
    "If you do not know them, these songs are the roots of everything the valley's bands play today, and they "
    "deserve to be heard again by a new audience.",
    "Walker: Paying Off Debt", "Brown: Light Bulbs", "Green: It Has Only Just Started",
]
PHOTO_CREDIT = ["© Jane Doe", "The first ferry at the old port on Tuesday"]


@pytest.mark.parametrize("credit", [False, True])
def test_the_story_ends_at_its_copyright_notice_not_at_a_photo_s_credit(credit):
    story = [*WIRE_STORY[2:4], *PHOTO_CREDIT, *WIRE_STORY[4:]] if credit else WIRE_STORY[2:]
    page = "\n".join([*WIRE_STORY[:2], *story, WIRE_NOTICE, *PAST_NOTICE, *MENU["de"]])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in story if line not in PHOTO_CREDIT[:1])
    assert ids[PAST_NOTICE[0]] == ids[PAST_NOTICE[3]] == ids[PAST_NOTICE[4]] == "past-footer-notice"
    # Without the rule the region runs on into the teaser.
    unset = Cleaner(settings=replace(Settings(), footer_notice_max_gap=-1)).clean(page)
    assert PAST_NOTICE[3] in unset


# A box of teasers above the story, its last photo's credit under it: the
# credit is a notice the region crosses on its way down to the story.
TEASER_BOX = [
    "Ferry timetable: what changes in the spring",
    "The new timetable adds two early crossings on weekdays and one late crossing on Fridays, and "
    "the council says more may follow.",
    "Island school to get a new roof",
    "Work on the roof of the island school starts in the summer holidays, and the school will open "
    "on time in the autumn, the council said.",
]


def test_a_credit_in_a_box_above_the_story_is_no_footer_of_the_story():
    page = "\n".join([*MENU["de"], *TEASER_BOX, PHOTO_CREDIT[0], *WIRE_STORY, *MENU["fr"]])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in WIRE_STORY[2:])
    # Without the rule (any paragraph above the notice ends the story there), the story went.
    unset = Cleaner(settings=replace(Settings(), footer_notice_story_min_share=0)).clean(page)
    assert WIRE_STORY[2] not in unset


def test_notices_set_apart_through_a_list_of_places_are_photo_credits():
    # Each item of a guide: its name, its photo's licence, its map label, its
    # coordinates and its text. The licence lines end nothing.
    places = []
    for number, (name, author, text) in enumerate([
        ("Old Harbour", "A. Example",
         "The old harbour was built in the twelfth century and is still used by the fishing boats of the town, "
         "which land their catch on the stone quay every morning before the market opens, as they have done for "
         "as long as anyone in the town can remember."),
        ("Town Hall", "B. Sample",
         "The town hall was rebuilt after the war from the old plans, and its tower, which gives a view over the "
         "whole bay and the islands beyond it, can be climbed on weekends in the summer for a small fee that goes "
         "to its upkeep."),
        ("Lighthouse", "C. Instance",
         "The lighthouse stands at the end of the northern pier, and its keeper's house is now a small museum of "
         "the coast, with the old lamp, the logbooks of three keepers and a room of photographs of the storms that "
         "the light has seen."),
    ]):
        places += [name, f"Photo: {author} [ CC BY-SA 3.0 ], via Example Commons", "Location: Map",
                   f"Latitude: 53.36{number}", f"Longitude: 7.20{number}", text, f"Opening hours: daily 1{number} - 17"]
    page = "\n".join([*MENU["de"], "Sights in the old town", "By Example Guides", *places, *MENU["fr"]])
    ids = explain_ids(page)
    assert "past-footer-notice" not in ids.values()
    assert ids[places[-2]] is None


def test_a_later_pass_keeps_the_story_s_last_lines_above_its_footer_notice():
    # The first pass ends the story at its notice, keeping the list's last
    # items as neighbours of its prose; the next pass, which no longer sees
    # the notice, must not cut them as an unscored tail.
    items = ["? Most of the money, about sixty percent, goes to the new boats and the two piers, which a firm "
             "from the coast will build.", "? Harbour works 4,5 million euros",
             "? Ticket machines – 0,3 million euros."]
    page = "\n".join([*WIRE_STORY, *items, WIRE_NOTICE, *PAST_NOTICE, *MENU["de"]])
    assert [line for line in Cleaner().clean(page).splitlines() if line] == [*WIRE_STORY[2:], *items]


def test_a_short_lead_in_above_the_story_s_first_paragraph_stays():
    # "And the best part:" opens the paragraph under it: it costs the region
    # nothing, so the sentence above it, which leads into the story, stays
    # with it. A menu's labels end in no colon.
    opening = ["That is how the bakers describe their new biscuit.", "And the best part:"]
    ids = explain_ids("\n".join(["Home", "News", "Sport", "Business", "Culture", *opening, *STORY,
                                 "Newsletter", "Contact us", "Jobs", "Advertise", "Privacy"]))
    assert all(ids[line] is None for line in opening + STORY)
    assert ids["Home"] is not None and ids["Privacy"] is not None


def test_a_lead_in_ends_in_a_colon():
    assert lead_in("And the best part:") and lead_in("其中包括：")
    assert not lead_in("Good luck!") and not lead_in("Read more »") and not lead_in("Council votes on the...")


def test_the_cells_a_story_announces_with_a_colon_stay_after_it():
    # "Her record so far:" ends the story and opens what follows: a table a
    # cell a line, of mixed shapes (no list of one kind). The list of other
    # articles under it is no short line, and ends the run.
    cells = ["Clubs 3", "Years Club Goals", "2001-2005", "2005-2010", "Northfield", "Eastport"]
    related = ["Council elects a new mayor after a close and bitter vote",
               "Old bridge will stay closed until the end of the month",
               "Floods close forty schools across the region overnight"]
    page = "\n".join(["Home", "News", "Sport", "Business", "Culture", *STORY, "Her record so far:", *cells,
                      "Related articles", *related])
    ids = explain_ids(page)
    assert all(ids[line] is None for line in [*STORY, "Her record so far:", *cells])
    assert all(ids[line] is not None for line in related)


def test_a_list_of_short_lines_between_chrome_wins_over_a_lone_tagline_above_it():
    # The story is a cast list, none of it prose: the region of prose is the
    # site's tagline above the menu (under selection_min_kept_words), which
    # gives way to the wordiest stretch between two pieces of chrome.
    cast = [f"{first} {last} als {role}" for first, last, role in [
        ("Anna", "Berger", "Ophelia"), ("Jonas", "Wolff", "Hamlet"), ("Lea", "Marten", "Gertrud"),
        ("Paul", "Richter", "Claudius"), ("Mia", "Sommer", "Horatio"), ("Tim", "Keller", "Laertes"),
        ("Nora", "Haas", "Polonius"), ("Ben", "Vogt", "Geist"), ("Ida", "Roth", "Totengräber")]]
    lines = ["Das kleine Theater am Fluss spielt seit vielen Jahren für alle, die gute Geschichten lieben.",
             "Startseite", "Spielplan", "Kontakt", *cast, "Teilen", "Impressum"]
    blocks = segment("\n".join(lines))
    chrome = {1, 2, 3, len(lines) - 2, len(lines) - 1}
    kept = [b for b in blocks if b.index not in chrome]
    page = Page(kept, Page.of(kept, STOPWORDS_DE).features, STOPWORDS_DE, "de",
                removed={i: "nav-menu" for i in chrome})
    outside = {kept[position].text for position in select(page)}
    assert outside == {lines[0]}


def test_pros_without_cons_are_no_verdict_box():
    """A "Pros" heading over short lines with no cons heading after them is
    a menu's or a teaser list's as often: selection judges it as before."""
    def box(lines):
        page = Page.of(segment("\n".join(lines)))
        return [page.blocks[i].text for i in verdict_box(page)]

    assert box(["The mower is quiet.", "Pros", "Quiet", "Light", "Home", "News"]) == []
    assert box(["The mower is quiet.", "Pros", "Quiet", "Light", "Cons", "Small box", "Short battery life"]) == [
        "Pros", "Quiet", "Light", "Cons", "Small box", "Short battery life"]
    # A cons heading with nothing under it ends no box.
    assert box(["Pros", "Quiet", "Cons"]) == []


# A club's page: its story is one-line steps or sentences that each score little as prose, under a
# menu and above tags and the site's two-paragraph blurb (invented pages).
_STEPS_UNDER_MENU = {
    "de": ("Wandergruppe Talblick – Touren und Tipps\n\nStart\nTouren\nTermine\nGalerie\nKontakt\n\n"
           "Rundweg zum Hochmoor\n\n", [
               "Vom Parkplatz an der Kirche folgt ihr dem Feldweg in Richtung des alten Sägewerks",
               "Nach etwa einem Kilometer biegt ihr an der großen Eiche nach links in den Wald ab",
               "Der Weg steigt nun für eine halbe Stunde gleichmäßig an und ist gut markiert",
               "An der Schutzhütte lohnt sich eine kurze Pause mit dem Blick über das ganze Tal",
               "Von dort geht es auf dem schmalen Pfad weiter bis zum Rand des Hochmoors",
               "Über den Bohlensteg kommt ihr trockenen Fußes mitten durch das Moor bis zum Aussichtsturm",
               "Vom Turm aus seht ihr bei klarem Wetter bis zu den Gipfeln der Alpen im Süden",
               "Zurück nehmt ihr den breiten Forstweg, der in vielen Kehren wieder ins Tal führt",
               "Am Waldrand haltet ihr euch rechts und kommt an den Weiden vorbei zurück zum Dorf",
               "Für die ganze Runde solltet ihr mit Pausen etwa vier Stunden einplanen",
           ], "\n\nSchlagworte\nMoor\nRundweg\nFamilie\nAussicht\n\nÜber uns\n\n"
           "Wir sind eine offene Gruppe aus dem Talblick und wandern seit über zwanzig Jahren jeden zweiten "
           "Sonntag gemeinsam.\n\nGäste sind bei allen Touren herzlich willkommen, eine Anmeldung ist nicht "
           "nötig, und wer mag, bleibt nach der Tour noch zum gemeinsamen Essen im Gasthaus.\n\n"
           "© Wandergruppe Talblick 2024 · Impressum · Datenschutz\n"),
    "es": ("Club de Lectura Las Acacias\n\nInicio\nLibros\nAgenda\nSocios\nContacto\n\n"
           "Receta de la abuela: tortilla de patatas\n\n", [
               "Pela cuatro patatas medianas y una cebolla.", "Corta las patatas en láminas finas.",
               "Pica la cebolla en trozos pequeños.", "Calienta bastante aceite en una sartén honda.",
               "Fríe las patatas a fuego lento.", "Añade la cebolla a los diez minutos.",
               "Cuando estén blandas, sácalas y escúrrelas bien.", "Bate seis huevos con una pizca de sal.",
               "Mezcla los huevos con las patatas en un bol.", "Deja reposar la mezcla unos cinco minutos.",
               "Pon un poco de aceite en la sartén limpia.", "Vierte la mezcla y cuaja la tortilla por un lado.",
               "Dale la vuelta con ayuda de un plato grande.", "Cuájala por el otro lado un par de minutos.",
               "Sírvela templada con un poco de pan.",
           ], "\n\nEtiquetas\nRecetas\nCocina\nTradición\n\nQuiénes somos\n\n"
           "Somos un grupo de vecinos del barrio de Las Acacias que se reúne cada jueves para hablar de libros "
           "y compartir la merienda.\n\nCualquier persona puede unirse al club, no hace falta inscribirse y las "
           "reuniones son gratuitas para todos los vecinos del barrio.\n\n"
           "© Club de Lectura Las Acacias 2024 · Aviso legal · Privacidad\n"),
}


@pytest.mark.parametrize("language", sorted(_STEPS_UNDER_MENU))
def test_a_story_of_one_line_steps_is_kept_beside_a_wordier_blurb(language):
    """Steps that each score little (unpunctuated lines of prose words, short
    sentences) lost to the site's blurb of two paragraphs, which scores its
    words: selection kept under a third of the page's prose words. The region
    that scores each prose block its words is kept beside it (both, rather
    than the story lost); with the setting at 0 the steps are lost (and with
    earlier_story_min_share at 0: the Spanish steps, sentences each, are a run
    of paragraphs that scores over a third of the blurb, kept beside it too)."""
    head, steps, tail = _STEPS_UNDER_MENU[language]
    page = head + "\n".join(steps) + tail
    kept = Cleaner().clean(page).splitlines()
    assert all(step in kept for step in steps)
    assert "Inicio" not in kept and "Start" not in kept
    off = Cleaner(settings=Settings(prose_reading_min_kept_share=0, earlier_story_min_share=0)).clean(page).splitlines()
    assert not any(step in off for step in steps)



def test_the_story_goes_on_under_its_tables_after_the_region():
    # Two tables of prices, each under its heading and the same header row
    # (a repeated line, removed): the rows cost the region, which stops above
    # them; the tables are kept as the story's, and so is the note under them.
    diesel = ["Harbour Garage Kingsbridge 1,579 €", "Quay Street Fuel Dartmouth 1,585 €",
              "North Road Service Totnes 1,589 €", "Mill Lane Station Brixham 1,594 €"]
    petrol = ["Ring Road Autos Paignton 1,689 €", "Old Market Garage Newton 1,695 €",
              "Station Hill Fuel Torquay 1,699 €", "Bridge End Garage Salcombe 1,704 €"]
    closing = "Prices are those the stations reported on Monday and may have changed since."
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    header = "Station Town Price per litre"
    story = [*STORY, "Diesel", header, *diesel, "Petrol 95", header, *petrol]
    text = "\n".join([*story, closing, *menu])
    kept = [line for line in Cleaner().clean(text).splitlines() if line]
    assert kept == [line for line in story if line != header] + [closing]
    # Off, the story ends with its last table.
    off = Cleaner(settings=replace(Settings(), story_goes_on_under_its_list=False))
    assert closing not in off.clean(text)


def test_a_recipe_s_intro_stays_over_its_ingredients_above_the_method():
    # The ingredients cost more than the intro scores: the region starts at the method.
    intro = ("Plum cake from the tray belongs on every coffee table in September, when the plums are ripe and "
             "cheap at every market in town.")
    ingredients = ["500 g flour", "1 cube of fresh yeast", "200 ml warm milk", "80 g sugar", "80 g soft butter",
                   "1 egg", "a pinch of salt", "2 kg plums", "Cinnamon to taste"]
    method = [
        "Crumble the yeast into the warm milk, stir in a spoonful of sugar and leave it for ten minutes.",
        "Knead flour, sugar, salt, butter and egg with the yeast milk into a smooth dough for five minutes.",
        "Let the dough rise in a warm place for an hour, until it has doubled in size.",
        "Roll it out on a greased tray, set the halved plums on it and bake it for 45 minutes at 180 degrees.",
    ]
    menu = ["Home", "Recipes", "Baking", "Quick dishes", "Vegetarian"]
    story = [intro, "Ingredients", *ingredients, "Method", *method]
    text = "\n".join([*menu, "Plum Cake from the Tray", *story, "Imprint", "Privacy", "Contact", "Cookies", "Jobs"])
    assert [line for line in Cleaner().clean(text).splitlines() if line] == story
    off = Cleaner(settings=replace(Settings(), lead_over_structured_run=False))
    assert intro not in off.clean(text)


def test_standings_under_a_header_row_of_abbreviated_column_names_stay_after_the_story():
    rows = ["1 Harbour United 41 18 +19", "2 Quay Rovers 39 18 +22", "3 Mill Lane 33 18 +8", "4 North End 29 18 +3"]
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    story = [*STORY, "Standings", "Pl. Team Pts P Diff.", *rows]
    assert [line for line in Cleaner().clean("\n".join([*story, *menu])).splitlines() if line] == story
    # A sentence is no header row: the rows under it stay out.
    sentence = [*STORY, "Standings", "Please share this with your friends.", *rows]
    assert rows[0] not in Cleaner().clean("\n".join([*sentence, *menu]))


_UNDER_STORY = ["Share Facebook Twitter Print", "Read more", "Bridge repairs close Quay Road until June",
                "New car park opens at the school", "Summer fair returns to the green", "Privacy | Terms | Contact"]
_OVER_STORY = ["Home", "News", "Sport", "Weather", "Contact", "New bus timetable from Monday",
               "By Staff Reporter | 3 March 2025"]


def test_a_timetable_s_rows_of_many_departures_stay_after_the_story():
    # Each row holds more numbers than a scorecard's row holds words (too many
    # words for a list's item): counted besides its numbers, it is as short as one.
    rows = ["4 Harbour Gate 5:40, 6:00, 6:15, 6:30, 6:45, 7:00, 7:15, 7:30, 8:00 14:00, 14:15, 14:30, 15:00, 16:00",
            "4 Upper Moor 5:50, 6:10, 6:25, 6:40, 6:55, 7:10, 7:40, 8:10 14:10, 14:25, 14:40, 14:55, 15:10, 16:10",
            "9 Brook Lane 6:05, 6:50, 7:20, 7:35, 8:20 13:35, 14:20, 15:05, 15:50, 16:35"]
    story = [*STORY, "Line Towards Departures in the morning Departures in the afternoon", *rows]
    kept = Cleaner().clean("\n".join([*_OVER_STORY, *story, *_UNDER_STORY])).splitlines()
    assert [line for line in kept if line] == story


def test_results_tables_under_header_rows_that_name_a_distance_stay_after_the_story():
    # Each table's header row runs its caption ("over 10 km") into its column
    # names: fewer numbers than a row's, no row of its own, too long for a heading.
    men = ["1 Owen Tallis Harbour Harriers 33:12", "2 Sam Okoro Quay Road Runners 33:58",
           "3 Luke Brand Mill Lane Athletic 34:41"]
    women = ["1 Hannah Coyle Quay Road Runners 37:05", "2 Priya Nandi Harbour Harriers 38:30",
             "3 Jess Morland Upper Moor Striders 39:17"]
    story = [*STORY, "The results were as follows:", "Men over 10 km Place Runner Club Finishing time", *men,
             "Women over 10 km Place Runner Club Finishing time", *women]
    kept = Cleaner().clean("\n".join([*_OVER_STORY, *story, *_UNDER_STORY])).splitlines()
    assert [line for line in kept if line] == story


def test_the_paragraphs_under_a_list_inside_the_story_are_no_teaser_tail():
    dishes = ["Beef broth with liver dumplings 65 CZK", "Braised beef in cream sauce, dumplings 215 CZK",
              "Roast duck, red cabbage, potato dumplings 289 CZK", "Fried cheese, chips, tartar sauce 189 CZK",
              "Curd dumplings with strawberries 129 CZK", "Draught beer 0.5 l 59 CZK"]
    after = "The braised beef was the best we ate in town this year; the duck was juicy, the dumplings a little hard."
    verdict = "The bistro is a good choice for anyone after classic cooking without paying for the design."
    menu = ["Home", "Reviews", "Recipes", "Wine", "Contact"]
    story = [*STORY, "What we tasted", *dishes, after, "Verdict", verdict]
    text = "\n".join([*menu, *story, "Share", "Imprint", "Privacy"])
    assert [line for line in Cleaner().clean(text).splitlines() if line] == story
    off = Cleaner(settings=replace(Settings(), story_goes_on_under_its_list=False))
    assert verdict not in off.clean(text)


def test_a_programme_in_sections_that_ends_the_story_stays():
    days = {"Friday 25 April": ["18:00: opening and first reading, market hall", "20:30: concert of songs, old chapel"],
            "Saturday 26 April": ["10:00: writing workshop for children, library",
                                  "14:00: round table on crime fiction, old chapel"],
            "Sunday 27 April": ["11:00: breakfast with the authors, market hall",
                                "15:00: the festival's prizes, town theatre"]}
    programme = [line for day, entries in days.items() for line in (day, *entries)]
    lead = ("More than eighty authors are expected from 25 to 27 April in the market hall and three rooms in "
            "the town centre, and entry is free.")
    text = "\n".join(["Home", "News", "Sport", "What's on", "Contact", "Book festival: the programme", lead, *programme,
                      "Share this", "Imprint", "Privacy"])
    assert [line for line in Cleaner().clean(text).splitlines() if line] == [lead, *programme]
    off = Cleaner(settings=replace(Settings(), list_sections_min=0))
    assert programme[-1] not in off.clean(text)


def test_short_sections_of_one_sentence_each_after_the_story_stay():
    sections = ["Pensions", "Pensions rise by 3.7 percent.", "Rail", "The rail pass costs 58 euros.",
                "Passports", "A new passport costs 70 euros.", "Post", "A letter now costs 95 cents."]
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    text = "\n".join([*menu, *STORY, *sections, "Share", "Imprint", "Privacy"])
    assert [line for line in Cleaner().clean(text).splitlines() if line] == [*STORY, *sections]
    off = Cleaner(settings=replace(Settings(), short_sections_min=0))
    assert sections[-1] not in off.clean(text)


@pytest.mark.parametrize("credit", ["Agentur/Maria Beispiel", "ABC / Jan Muster"])
def test_a_photo_credit_right_above_the_first_paragraph_is_no_subheading_of_it(credit: str) -> None:
    # A credit under the photo at the story's top ("Agency/Name"): a slash parts a credit's
    # owner from its photographer, or a breadcrumb's levels, never a story's first heading's words.
    page = "\n".join([*MENU["de"], "Die alte Brücke wird erneuert", "Drucken",
                      "Die alte Brücke über den Fluss im Licht eines grauen Wintermorgens, von der Uferpromenade "
                      "aus gesehen", credit, *ARTICLE["de"], *FOOTER["de"]])
    ids = explain_ids(page)
    assert ids[credit] is not None and all(ids[line] is None for line in ARTICLE["de"])
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


def test_a_short_heading_right_above_the_first_paragraph_stays() -> None:
    # The same place without the slash: the story's first section heading.
    heading = "Neue Pläne"
    page = "\n".join([*MENU["de"], "Die alte Brücke wird erneuert", "Drucken", heading, *ARTICLE["de"],
                      *FOOTER["de"]])
    ids = explain_ids(page)
    assert ids[heading] is None and all(ids[line] is None for line in ARTICLE["de"])


FACT_BOXES = {
    # An event's facts under its header, a row of buttons between them and the story.
    "de": (["Das Brückenfest kehrt zurück", "Veröffentlicht am 3. Mai 2026 von Jana Roth"],
           ["Wo: Festwiese am Mühlbach, Parkplätze am Sportplatz", "Eintritt: frei, Spenden erbeten",
            "Veranstalter: Heimatverein Oberbach"], "In den Kalender eintragen Route planen"),
    # A book review's facts over the shop's buttons.
    "es": (["Una novela sobre el puente viejo", "Publicado el 3 de mayo de 2026 por Ana Gil"],
           ["Editorial: Ediciones del Molino, 2025", "Páginas: 312", "Valoración: 4 de 5"],
           "Comprar en Librería Norte Comprar en Libros Sur"),
    "fr": (["La fête du pont revient", "Publié le 3 mai 2026 par Léa Roy"],
           ["Lieu : salle des fêtes, place de la Mairie", "Tarif : entrée libre, buvette sur place",
            "Organisation : comité des fêtes du Vieux-Pont"], "Ajouter à mon agenda Itinéraire"),
}


def fact_box_page(language: str, facts: list[str], row: str) -> str:
    return "\n".join([*MENU[language], *FACT_BOXES[language][0], *facts, row, *ARTICLE[language],
                      *FOOTER[language]])


@pytest.mark.parametrize("language", sorted(FACT_BOXES))
def test_the_facts_over_a_row_of_buttons_above_the_story_are_the_story_s(language: str) -> None:
    _, facts, row = FACT_BOXES[language]
    page = fact_box_page(language, facts, row)
    ids = explain_ids(page)
    assert all(ids[line] is None for line in [*facts, *ARTICLE[language]])
    assert ids[row] is not None and all(ids[line] is not None for line in MENU[language])
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


def test_no_fact_box_is_kept_when_fact_box_min_lines_is_0() -> None:
    _, facts, row = FACT_BOXES["fr"]
    page = fact_box_page("fr", facts, row)
    cleaner = Cleaner(settings=replace(Settings(), fact_box_min_lines=0))
    ids = {d.block.text: d.removed_by for d in cleaner.explain(page).decisions}
    assert all(ids[line] is not None for line in facts)


@pytest.mark.parametrize("facts", [
    # Two labelled lines are a header's metadata as often.
    ["Kategorie: Lokales", "Lesezeit: drei Minuten"],
    # Ended lines are prose, however they open.
    ["Wo: Das Fest findet auf der Festwiese statt.", "Eintritt: Der Eintritt ist frei.",
     "Veranstalter: Der Heimatverein lädt ein."],
])
def test_what_is_no_fact_box_above_the_story_goes(facts: list[str]) -> None:
    page = fact_box_page("de", facts, FACT_BOXES["de"][2])
    ids = explain_ids(page)
    assert all(ids[line] is not None for line in facts) and all(ids[line] is None for line in ARTICLE["de"])


SCORES = {"de": "Unsere Wertung: 4 von 5", "fr": "Notre note : 3/5", "es": "Nuestra nota: 8,5 de 10",
          "pl": "Ocena: 7 z 10"}


def scored_page(language: str, under: list[str]) -> str:
    return "\n".join([*MENU[language], "Kritik: Die Brücke", "Von Jana Roth, 3. Mai 2026", *ARTICLE[language], *under,
                      "Tags: Brücke Stadtrat Verkehr", *FOOTER[language]])


@pytest.mark.parametrize("language", sorted(SCORES))
def test_the_reviewer_s_score_right_under_the_story_is_the_story_s(language: str) -> None:
    page = scored_page(language, [SCORES[language]])
    ids = explain_ids(page)
    assert ids[SCORES[language]] is None and all(ids[line] is None for line in ARTICLE[language])
    assert ids["Tags: Brücke Stadtrat Verkehr"] is not None and all(ids[line] is not None for line in FOOTER[language])
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


def test_no_score_is_kept_when_score_line_max_words_is_0() -> None:
    page = scored_page("fr", [SCORES["fr"]])
    cleaner = Cleaner(settings=replace(Settings(), score_line_max_words=0))
    assert {d.block.text: d.removed_by for d in cleaner.explain(page).decisions}[SCORES["fr"]] is not None


def signed_page(language: str, under: list[str]) -> str:
    """A blog post over the writer's lines ``under``, a share bar and a related list under them."""
    return "\n\n".join(["\n".join(MENU[language]), "Mein Wochenende an der Brücke", "Von Jana Roth, 3. Mai 2026",
                        *ARTICLE[language], "\n".join(under), "Artikel teilen\nFacebook\nTwitter",
                        "Mehr zum Thema\nSchulen bleiben zu\nDie neue Fähre fährt ab Mai", "\n".join(FOOTER[language])])


@pytest.mark.parametrize(("language", "sign_off"), [
    ("de", ["Viele Grüße", "Ute"]),
    # Each paragraph of a post rendered apart: the name under a blank line.
    ("de", ["Liebe Grüße", "", "Ute"]),
    ("de", ["Gruß, Schorsch"]),
    ("de", ["x Franzi"]),
    ("de", ["Danke im Voraus!"]),
    ("fr", ["Bisous", "Léa"]),
    ("es", ["Un saludo,", "Marta"]),
    # A wish that closes the post, the name under it after a possessive ("Euer Jonas", "Votre Léa").
    ("de", ["Viel Glück!", "Euer Jonas"]),
    ("fr", ["Bonne chance !", "Votre Léa"]),
    ("pl", ["Powodzenia!", "Wasz Tomek"]),
])
def test_the_writer_s_greeting_under_the_story_is_the_story_s(language: str, sign_off: list[str]) -> None:
    assert_sign_off_is_the_story_s(language, sign_off)


def assert_sign_off_is_the_story_s(language: str, sign_off: list[str]) -> None:
    """The post and the writer's lines under it are kept, the related list and share bar under them go."""
    page = signed_page(language, sign_off)
    ids = explain_ids(page)
    assert all(ids[line] is None for line in [*ARTICLE[language], *sign_off] if line)
    assert ids["Schulen bleiben zu"] is not None and ids["Artikel teilen"] is not None
    cleaned = Cleaner().clean(page)
    assert Cleaner().clean(cleaned) == cleaned


@pytest.mark.parametrize(("under", "lost"), [
    # A box's heading stands where a greeting would: the place alone tells nothing.
    (["Mehr aus dem Blog"], ["Mehr aus dem Blog"]),
    # A formula over words that are no name: the page's line.
    (["Thanks for reading"], ["Thanks for reading"]),
    # The greeting stays; a line of no capitals under it is no name.
    (["Viele Grüße", "eure ute"], ["eure ute"]),
])
def test_a_short_line_under_the_story_that_greets_nobody_goes(under: list[str], lost: list[str]) -> None:
    ids = explain_ids(signed_page("de", under))
    assert all(ids[line] is not None for line in lost) and all(ids[line] is None for line in ARTICLE["de"])


def test_no_greeting_is_kept_when_sign_off_max_words_is_0() -> None:
    cleaner = Cleaner(settings=replace(Settings(), sign_off_max_words=0))
    ids = {d.block.text: d.removed_by for d in cleaner.explain(signed_page("de", ["Viele Grüße", "Ute"])).decisions}
    assert ids["Viele Grüße"] is not None and ids["Ute"] is not None


@pytest.mark.parametrize("under", [
    # A date or a time under the story is the page's ("Updated: 3 May 2026"), and so is a second
    # rating under the first: the readers'.
    ["Aktualisiert: 3. Mai 2026, 18:40"],
    [SCORES["de"], "Leserwertung: 3,9 von 5 (812 Stimmen)"],
    # A score with more after it than a bracket is a line of other words ("Seite: 2 von 3 weiter").
    ["Seite: 2 von 3 Weiter zur nächsten Seite Zurück"],
])
def test_what_else_stands_under_the_story_goes(under: list[str]) -> None:
    ids = explain_ids(scored_page("de", under))
    assert ids[under[-1]] is not None and all(ids[line] is None for line in ARTICLE["de"])
