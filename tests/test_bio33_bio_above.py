"""An author's bio between a story's header and its first paragraph (a column or blog that opens with its
writer: "About the author" over a paragraph on the writer, then the story) goes, heading and paragraph
(session 33; the perturbation probe's bio-above kept it on 449 of 583 choosing pages). The story's
standfirst right under the header stays with the bio gone from between them. A heading over the bio going
on, or over the page's only prose, is an about page's title, and its text stays."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner, Settings

# Per language: the bio's heading, the bio, the headline, the standfirst (no full stop) and the story's
# three paragraphs. Invented, worded apart from the probe's template.
PARTS = {
    "en": ("About the author",
           "Tom Hartley spent ten years as a river pilot before he began writing about boats, bridges and "
           "the towns along the canal; he edits the weekly transport page.",
           "Lock keepers return to the old canal",
           "Volunteers will run the six locks above the mill from April to October",
           ["The trust that owns the canal said on Tuesday that the locks will open every weekend from April, "
            "after two years in which boats could not pass the mill.",
            "Forty volunteers have been trained to work the gates, and the trust hopes to find twenty more "
            "before the summer holidays begin.",
            "The repairs cost nearly two million pounds, most of it raised by the boat clubs along the water."]),
    "de": ("Über den Autor",
           "Jonas Kramer berichtet seit 2012 aus dem Landkreis über Gemeinderäte, Vereine und die Landwirtschaft "
           "und leitet heute die Lokalredaktion in der Kreisstadt.",
           "Die alte Mühle bekommt ein neues Dach",
           "Der Förderverein hat das Geld für die Sanierung in nur zwei Jahren gesammelt",
           ["Die Arbeiten an der alten Mühle am Ortsrand beginnen im Mai, teilte der Förderverein am Dienstag mit, "
            "und sollen bis zum Herbst abgeschlossen sein.",
            "Vierzig Mitglieder haben in den vergangenen Monaten bei Festen und Märkten Spenden gesammelt, "
            "dazu kommt ein Zuschuss des Landes.",
            "Nach der Sanierung soll die Mühle an den Wochenenden für Besucher geöffnet werden."]),
    "fr": ("À propos de l'auteur",
           "Julien Moreau a couvert la vie municipale et le sport amateur de la vallée pendant quinze ans avant "
           "de prendre la tête du service local du journal.",
           "Le vieux moulin retrouve un toit",
           "L'association des amis du moulin a réuni la somme nécessaire en deux ans à peine",
           ["Les travaux commenceront en mai et devraient s'achever à l'automne, a annoncé mardi le président "
            "de l'association devant une salle comble.",
            "Une quarantaine de bénévoles ont tenu des stands sur les marchés de la région pour collecter les "
            "dons, complétés par une aide du département.",
            "Une fois restauré, le moulin ouvrira ses portes aux visiteurs chaque week-end."]),
    "es": ("Sobre el autor",
           "Javier Ruiz cubre desde hace doce años la política municipal y el deporte de la comarca y dirige "
           "hoy la sección local del periódico.",
           "El viejo molino tendrá un tejado nuevo",
           "La asociación de vecinos reunió el dinero para la obra en apenas dos años",
           ["Las obras empezarán en mayo y terminarán en otoño, anunció el martes la presidenta de la asociación "
            "ante un salón lleno de vecinos.",
            "Cuarenta voluntarios recogieron donativos en los mercados de la comarca, a los que se suma una "
            "ayuda de la diputación.",
            "Cuando termine la obra, el molino abrirá a los visitantes todos los fines de semana."]),
    "it": ("Sull'autore",
           "Marco Bianchi segue da dodici anni la politica locale e lo sport dilettantistico della valle e oggi "
           "guida la redazione provinciale del quotidiano.",
           "Il vecchio mulino avrà un tetto nuovo",
           "L'associazione degli amici del mulino ha raccolto i fondi in appena due anni",
           ["I lavori cominceranno a maggio e dovrebbero finire in autunno, ha annunciato martedì il presidente "
            "dell'associazione davanti a una sala piena.",
            "Quaranta volontari hanno raccolto offerte ai mercati della zona, e la regione ha aggiunto un "
            "contributo per il tetto.",
            "Dopo il restauro il mulino sarà aperto ai visitatori ogni fine settimana."]),
    "pt": ("Sobre o autor",
           "Pedro Almeida acompanha há doze anos a política municipal e o desporto amador do concelho e dirige "
           "hoje a secção local do jornal.",
           "O velho moinho vai ter um telhado novo",
           "A associação de amigos do moinho juntou o dinheiro para a obra em apenas dois anos",
           ["As obras começam em maio e devem terminar no outono, anunciou na terça-feira o presidente da "
            "associação perante uma sala cheia.",
            "Quarenta voluntários recolheram donativos nas feiras da região, a que se junta um apoio da câmara "
            "municipal.",
            "Depois da obra, o moinho vai abrir aos visitantes todos os fins de semana."]),
    "nl": ("Over de auteur",
           "Bram Jansen volgt al twaalf jaar de gemeenteraad en de sportclubs in de streek en is nu chef van "
           "de regioredactie van de krant.",
           "De oude molen krijgt een nieuw dak",
           "De vrienden van de molen brachten het geld voor de restauratie in twee jaar bijeen",
           ["De werkzaamheden beginnen in mei en moeten in de herfst klaar zijn, maakte de voorzitter van de "
            "vereniging dinsdag bekend in een volle zaal.",
            "Veertig vrijwilligers haalden op markten in de regio giften op, en de provincie legt er nog een "
            "subsidie bij.",
            "Na de restauratie gaat de molen elk weekend open voor bezoekers."]),
    "pl": ("O autorze",
           "Piotr Nowak od dwunastu lat pisze o radzie gminy i klubach sportowych w powiecie, a dziś kieruje "
           "działem lokalnym gazety.",
           "Stary młyn dostanie nowy dach",
           "Stowarzyszenie przyjaciół młyna zebrało pieniądze na remont w niecałe dwa lata",
           ["Prace ruszą w maju i mają się skończyć jesienią, poinformował we wtorek prezes stowarzyszenia "
            "przed pełną salą mieszkańców.",
            "Czterdziestu wolontariuszy zbierało datki na targach w całym regionie, a województwo dołożyło "
            "dotację na dach.",
            "Po remoncie młyn będzie otwarty dla zwiedzających w każdy weekend."]),
    "ru": ("Об авторе",
           "Игорь Волков двенадцать лет пишет о городском совете и спортивных клубах района, а сейчас "
           "руководит отделом местных новостей газеты.",
           "Старая мельница получит новую крышу",
           "Общество друзей мельницы собрало деньги на ремонт всего за два года",
           ["Работы начнутся в мае и должны завершиться осенью, сообщил во вторник председатель общества "
            "перед полным залом жителей.",
            "Сорок волонтёров собирали пожертвования на ярмарках района, а область добавила деньги на крышу.",
            "После ремонта мельница будет открыта для посетителей по выходным."]),
    "zh": ("作者简介",
           "李明，资深记者，从事地方新闻报道十二年，长期关注城市建设、交通和社区生活，现任本报城市新闻部主任。",
           "老磨坊将换上新屋顶",
           "磨坊之友协会用不到两年时间筹齐了修缮资金",
           ["协会会长周二在座无虚席的会议室里宣布，修缮工程将于五月开工，预计秋季完工。",
            "四十名志愿者在各地集市上募集捐款，省里还为屋顶工程拨付了一笔补助。",
            "修缮完成后，磨坊将在每个周末向游客开放。"]),
}
MENU = "Home\nNews\nSport\nCulture\nContact\n\n"
FOOTER = "\n\nImprint\nPrivacy\n© 2025 Example Media\n"


def page(language: str, heading: str | None = None) -> str:
    """A story page: its title, menu, date, headline, the bio under its heading, the standfirst, the story, footer."""
    bio_heading, bio, headline, standfirst, story = PARTS[language]
    return (f"{headline} | Example Media\n" + MENU + f"12.03.2025\n{headline}\n\n"
            + f"{heading or bio_heading}\n{bio}\n\n{standfirst}\n\n" + "\n\n".join(story) + FOOTER)


@pytest.mark.parametrize("language", sorted(PARTS))
def test_the_bio_above_the_story_goes_and_the_story_stays(language):
    bio_heading, bio, headline, standfirst, story = PARTS[language]
    explanation = Cleaner().explain(page(language))
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed[bio_heading] == "author-bio"
    assert removed[bio] == "author-bio"
    assert all(paragraph in explanation.text for paragraph in story)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_the_standfirst_stays_with_the_bio_gone_between_it_and_the_story(language):
    """The standfirst under the headline is the story's, as it is without the bio; with lead_past_boxes off
    the bio removed between the headline and the story parts them, and the standfirst goes."""
    standfirst = PARTS[language][3]
    without_bio = page(language).replace(f"{PARTS[language][0]}\n{PARTS[language][1]}\n\n", "")
    assert standfirst in Cleaner().clean(without_bio)
    assert standfirst in Cleaner().clean(page(language))
    assert standfirst not in Cleaner(settings=replace(Settings(), lead_past_boxes=False)).clean(page(language))


@pytest.mark.parametrize("heading", ["Zur Autorin", "A propos de l'auteur", "Acerca do autor", "Об авторах",
                                     "作者介绍", "Over de auteurs", "O autorach"])
def test_more_wordings_of_the_heading(heading):
    explanation = Cleaner().explain(page("en", heading))
    removed = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed[heading] == "author-bio"
    assert removed[PARTS["en"][1]] == "author-bio"


def test_an_about_page_whose_bio_goes_on_by_name_keeps_its_text():
    """Under the heading, the bio goes on with the writer's name: the page is about the writer."""
    about = ("Home\nBlog\nContact\n\nAbout the author\n\n"
             "Mara Quinn grew up on a farm in the hills and has kept sheep and bees for most of her life.\n\n"
             "Mara started this blog in 2019 to write about the seasons on the farm, its animals and the "
             "neighbours who help at lambing time, and about the long walks she takes in every weather.\n\n"
             "© 2025 Mara Quinn\n")
    text = Cleaner().clean(about)
    assert "Mara Quinn grew up on a farm" in text
    assert "Mara started this blog" in text


def test_a_first_paragraph_on_a_person_stays():
    """No heading: a story that opens on a person is the story."""
    story = (MENU + "Teacher swims the channel at 54\n12.03.2025\n\n"
             "Jane Smith, 54, a teacher in Leeds, swam from Dover to Calais on Sunday in fourteen hours, "
             "raising money for the school's new library.\n\n"
             "She trained for two years in the sea off Whitby and in the city's pools before school.\n\n"
             "The school said the library will open in September with her name over the door." + FOOTER)
    text = Cleaner().clean(story)
    assert "Jane Smith, 54, a teacher in Leeds" in text
    assert "She trained for two years" in text
