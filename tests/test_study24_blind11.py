"""Causes found on blind_pages11 (session 24), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings
from helpers import grouped_page, kept_lines




# A gardening forum's question: its asker's list of what was done, a sentence running through items that end in
# semicolons, some short enough for a headline and some long enough for a teaser; the answers under it.
QUESTION_TOP = [["Why are the lower leaves of my tomato plants turning yellow? - Plot Talk"],
                ["Plot Talk", "Home Questions Plants Community", "Log in"],
                ["Why are the lower leaves of my tomato plants turning yellow?"],
                ["Asked by Sam Example 3 July 2024 · 1,204 views"]]
QUESTION = [
    "My tomato plants grew well all through June, but since the start of July the lower leaves have turned "
    "yellow one after another, and now there are brown spots on some of the stems as well.",
    "I grow them from seed every year in the same corner of the garden, and until now I have never had any "
    "trouble with them: the crop was always more than we could eat, and the neighbours got the rest. This year "
    "the seed came from a new shop in town, and the compost was a different make from the one I usually buy.",
    "Here is how I look after them:",
    "they stand in big pots against a wall that faces south all day;",
    "I water them every morning;",
    "I feed them once a fortnight with a liquid feed for tomatoes;",
    "I took the side shoots off.",
    "Is it the watering, or could it be blight? Should I pull the plants out before it spreads? Thanks for any help!",
]
ANSWERS = [["Follow question Share Report"], ["3 answers"], ["Leafy Example Expert gardener"],
           ["That sounds like early blight to me. Take off the spotted leaves and water only at the base of the "
            "plant."],
           ["12 helpful · 3 comments · 4 July 2024"], ["Mia"],
           ["Give the plants more room between the pots so that the leaves dry faster after rain."],
           ["5 helpful · 1 comment · 5 July 2024"], ["Sam Example asker"],
           ["Thanks both, the spotted leaves are off and I water in the morning only now."],
           ["2 helpful · 0 comments · 6 July 2024"], ["See all answers"], ["About Contact Privacy"],
           ["© 2024 Plot Talk"]]


def test_the_items_of_an_enumeration_are_no_headlines_of_a_list_of_teasers():
    # The items alternate short and long: each short one was read as a headline over the long one under it, and
    # the question's list (its last item and its closing question too) went as a list of other articles.
    page = grouped_page(QUESTION_TOP + [[line] for line in QUESTION] + ANSWERS)
    assert set(QUESTION) <= kept_lines(page)
    assert not set(QUESTION[2:]) <= kept_lines(page, replace(Settings(), enumeration_min_items=0))


def test_a_list_of_other_articles_under_a_story_that_ends_in_an_enumeration_still_goes():
    teasers = ["More from the garden", "Sowing beans in the autumn",
               "The first frost came early, and the beans that were sown in October stood it well.",
               "A pond for the frogs", "Dig it in the spring, when the ground is soft and the frogs look for water.",
               "Pruning the old apple trees", "Cut in the winter, never more than a third of the crown in a year."]
    page = grouped_page(QUESTION_TOP + [[line] for line in QUESTION] + [[line] for line in teasers] + ANSWERS[-2:])
    kept = kept_lines(page)
    assert set(QUESTION) <= kept
    assert not kept & set(teasers[1:])


# A review: sections under subheadings, a table of specifications under its heading (one row ending in a bracket,
# which reads as a sentence's end), then the verdict under a question.
REVIEW_TOP = [["Lumo T3 trail lamp review: bright, light and slow to charge | Ride Notes"],
              ["Ride Notes", "Reviews Routes Gear Shop"], ["Home › Reviews › Lights"],
              ["Lumo T3 review: a bright lamp for long winter rides"], ["By Kim Example"], ["Published 4 March 2025"]]
REVIEW_SECTIONS = [
    ("", "Lumo is a young company that has so far made rear lights for city bikes. The T3 is its first front "
         "lamp for the trail, and it is aimed at riders who head out after work in the dark months."),
    ("", "In the box you get the lamp, a bar mount, a helmet mount and a short charging cable. The lamp itself "
         "is a plain black cylinder with one button on the top and four small lights that show the charge."),
    ("Light on the trail", "We rode with the T3 for a month on forest tracks and on the road. On its brightest "
     "setting it lit the trail far enough ahead for fast descents, and the beam was wide enough for tight corners."),
    ("", "The lower settings are less useful. On the road they are fine, but in the forest the light falls off "
         "so quickly that we always went back to the brightest one, which costs the battery dearly."),
    ("Battery", "On the middle setting the battery lasted just under four hours, which is enough for most evening "
     "rides. Charging it again took more than six hours, far longer than its rivals need."),
]
SPECIFICATIONS = ["Specifications", "Output 1,200 lumens", "Weight 180 g", "Run time 2 to 11 hours",
                  "Charging time 6 hours (USB-C cable)", "Battery 3,400 mAh", "Waterproof to IPX6"]
VERDICT = ["Should you buy it?",
           "If you ride in the dark for a few hours at a time and can charge the lamp overnight, the T3 is a fine "
           "light for the money. If you need to top it up between two rides on the same day, look at a lamp that "
           "charges faster."]
REVIEW_FOOT = [["Where to buy"], ["Cycle Depot – $129.00 View deal"], ["You might also like"],
               ["The best rear lights for winter"], ["How to choose a helmet"], ["© 2025 Ride Notes"]]


def _review(under_specifications: list[str], foot: list[list[str]]) -> str:
    groups = [*REVIEW_TOP]
    for subheading, paragraph in REVIEW_SECTIONS:
        groups += [[line] for line in (subheading, paragraph) if line]
    return grouped_page(groups + [["Advertisement"], SPECIFICATIONS[:1], SPECIFICATIONS[1:]]
                 + [[line] for line in under_specifications] + foot)


def _review_story() -> set[str]:
    return {line for section in REVIEW_SECTIONS for line in section if line} | set(SPECIFICATIONS[:-1])


def test_the_verdict_under_the_specifications_goes_on_from_the_story():
    # The last section, the table and the verdict were a teaser tail: the section stayed as one opening the tail,
    # and the rest went, the verdict under its question set apart from the section by the table.
    page = _review(VERDICT, REVIEW_FOOT)
    assert _review_story() | set(VERDICT) <= kept_lines(page)
    # Since session 27 a question under the table opens the section too (question_heads_section_under_list).
    off = replace(Settings(), sections_go_on_under_story_lists=False, question_heads_section_under_list=False)
    assert not set(VERDICT) & kept_lines(page, off)


def test_teasers_under_the_specifications_still_go():
    more = ["More reviews", "Glow Pro rear light", "A small rear light that lasts a week of commuting on one charge.",
            "Dusk 800 lamp", "Cheap and cheerful, but the mount broke on the first rough descent we tried.",
            "Trail helmet X2", "Light and cool on hot days, though the visor rattles on the road."]
    kept = kept_lines(_review(more, REVIEW_FOOT[-1:]))
    assert {line for section in REVIEW_SECTIONS for line in section if line} <= kept
    assert not kept & set(more)


# An arts council's call for entries: its key dates under a heading between two of its paragraphs.
CALL_TOP = [["Film festival opens its call for short films - Rivermouth Arts Council"],
            ["Rivermouth Arts Council", "About Funding Events News Contact"], ["Home › News"],
            ["Call for short films opens for the spring festival"]]
CALL_STORY = [
    "Film makers who live or work in the county can now send in short films of up to fifteen minutes for the spring "
    "festival, which returns to the old cinema on the quay for its twelfth year.",
    "The jury will choose twenty films for the main programme, and the audience will vote for its own favourite on "
    "the last evening. The winners of both prizes receive a grant towards their next film.",
]
KEY_DATES = ["Key dates", "Entries open 3 March 2025", "Closing date 28 March 2025",
             "Shortlist published 14 April 2025", "Festival 9 to 11 May 2025"]
CALL_END = ("Films must be sent through the festival's website, with a short summary and a list of everyone who "
            "worked on them. The team will hold an open evening for first-time film makers at the library on 6 March.")
CALL_FOOT = [["More news"], ["Choir returns to the town hall 12 February 2025"],
             ["New grants for theatre groups 3 February 2025"], ["Arts trail map now online 28 January 2025"],
             ["© 2025 Rivermouth Arts Council"]]


def _call(header_dates: list[str]) -> str:
    return grouped_page(CALL_TOP + [header_dates] + [[line] for line in CALL_STORY] + [KEY_DATES[:1], KEY_DATES[1:]]
                 + [[CALL_END]] + CALL_FOOT)


def test_the_key_dates_under_their_heading_in_the_story_are_no_datelines():
    page = _call(["Posted on 20 February 2025 by the festival team"])
    story = {*CALL_STORY, *KEY_DATES, CALL_END}
    assert story <= kept_lines(page)
    assert not set(KEY_DATES[1:]) & kept_lines(page, replace(Settings(), headed_dates_in_story=False))


def test_dates_over_the_story_and_dated_headlines_under_it_still_go():
    header_dates = ["Published 20 February 2025, 09:00", "Updated 21 February 2025, 14:30",
                    "Print edition 22 February 2025"]
    kept = kept_lines(_call(header_dates))
    assert {*CALL_STORY, *KEY_DATES, CALL_END} <= kept
    assert not kept & {*header_dates, *(line for group in CALL_FOOT for line in group)}


STORY_ABOVE = ("The council met on Monday evening and voted to close the old bridge to lorries from the first of May, "
               "after engineers found cracks in two of its piers.")
STORY_BELOW = ("The mayor said the work would take most of the summer and that buses would run a longer route until "
               "the bridge reopens in the autumn.")


def _kept_between_paragraphs(line: str) -> bool:
    # A share row over the story: a web page's, whose captions go (an article given alone keeps its own).
    page = f"Share on Facebook Share on Twitter Email\n\n{STORY_ABOVE}\n\n{line}\n\n{STORY_BELOW}\n"
    decisions = Cleaner().explain(page).decisions
    return next(d.kept for d in decisions if d.block.text == line)


# Chrome set between two of the story's paragraphs, each kept before: a metered paywall's count of free articles
# and the subscription's price with what it pays for, an affiliate note worded "an affiliate commission", a Polish
# share row's "copy link", a row of controls parted by pipes with one share button, a Turkish "related" label
# run into its headline, a caption's credit after its sentence.
CHROME_LINES = [
    "You've now read 4 of your 5 free articles.", "You have one free story left this week.",
    "Sie haben 4 von 5 kostenlosen Artikeln gelesen.", "Nur noch 1 freier Artikel in diesem Monat",
    "Vous avez consulté vos 5 articles offerts du mois.", "Il te reste 1 article gratuit.",
    "Has leído 4 de 5 artículos gratuitos este mes.", "Te quedan 2 noticias gratis.",
    "Hai già letto 4 articoli gratuiti questo mese.", "Você já leu 4 de 5 artigos gratuitos.",
    "U heeft al 4 van de 5 gratis artikelen gelezen.", "Przeczytałaś już 4 z 5 bezpłatnych artykułów.",
    "Subscribe for $2 a month and every story from your county's courts.",
    "Abonnez-vous dès 3,99 € par mois pour suivre la vie de votre quartier.",
    "When you buy through a link in this guide, we may earn an affiliate commission.",
    "Our editors may receive an affiliate fee for purchases made through these links.",
    "Udostępnij Facebook Skopiuj link", "Skopiuj link Udostępnij na Facebooku Komentarze (12)",
    "Vissza | Nyomtatható változat | Hozzászólások (3)", "Back | Print | Comments (4)",
    "İlgili haber Belediye otoparkı için yeni ihale açtı",
    # Captions whose credit follows their sentence: "Picture:", "Photo <outlet> / <initials>", Greek "Φωτ.:".
    "Volunteers plant willows along the bank below the weir. Picture: Jo Example / Valley Echo",
    "The old signal box seen from the footbridge. Pictures: Sam Example",
    "Le maire devant la nouvelle halle du marché. Photo L'Écho des Vallons / J.-P. D.",
    "Η πλατεία του χωριού μετά την ανακαίνιση. Φωτ.: Εφημερίδα Κυκλάδων",
    # How many read the story, in any language; an Indonesian byline's writer and editor.
    "2.914 vizualizări", "1,204 views", "3 245 просмотров", "Penulis: Rina Example | Editor: Budi Example",
]
# The same words in the story's sentences.
STORY_LINES = [
    "You have read 3 of the 5 books on the list, the teacher said.",
    "Sie haben 3 von 5 Artikeln des Gesetzes geändert, sagte die Richterin.",
    "Vous avez lu 3 articles de la loi, a rappelé le juge.", "Has leído 3 artículos de la constitución.",
    "Subscribe for 10 years to the same paper? Few readers do, the survey found.",
    "The rowing club may receive an affiliate membership of the national body next year.",
    "When you buy through the council's scheme, the panels cost a third less, the mayor said.",
    "Skopiuj link do formularza i wyślij go sąsiadom, radzi sołtys.",
    "A vissza | út | fel a hegyre", "İlgili haber Ankara basınında geniş yer buldu.",
    "The big picture: what the budget means for families",
    "Photo finish decides the race / and the cup goes north again",
    "Penulis buku itu, Rina Example, datang ke Bandung pada hari Senin untuk bertemu pembaca.",
    "The video had 1,204 views by Monday, the council said.",
]


def test_chrome_set_between_the_story_s_paragraphs_goes():
    assert [line for line in CHROME_LINES if _kept_between_paragraphs(line)] == []


def test_the_same_words_in_the_story_s_sentences_stay():
    assert [line for line in STORY_LINES if not _kept_between_paragraphs(line)] == []


def test_a_singular_related_heading_heads_a_box_set_in_the_story():
    box = ["Artículo relacionado", "El puerto amplía el muelle de pescadores con fondos europeos"]
    story = ["El ayuntamiento aprobó el lunes el nuevo plan de tráfico para el centro, que limitará el paso de "
             "coches por la calle mayor a partir del próximo mes de marzo.",
             "La alcaldesa defendió la medida en el pleno. «Queremos un centro para las personas», dijo. La "
             "oposición votó en contra y pidió más aparcamientos en los barrios.",
             "El plan se revisará dentro de un año, cuando el ayuntamiento conozca los datos de tráfico."]
    page = grouped_page([[story[0]], *[[line] for line in box], [story[1]], [story[2]]])
    kept = kept_lines(page)
    assert set(story) <= kept
    assert not kept & set(box)
