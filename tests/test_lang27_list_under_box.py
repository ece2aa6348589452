"""A box set between two parts of a story (an ad's label, a newsletter's heading, pitch and button), the
part under it a lead-in, the list it announces and the story's last paragraph: the list's items score
nothing (they are the story's: see selection.story_list_items), so the best region under the box was
the last paragraph alone, the items stood between it and the box, and the two halves were not taken
for one story's (selection._halves_of_one_story): the lead-in, the list and the last paragraph went as
main-content. Found on tests/fixtures/languages_pages2, whose newsletter boxes the session's phrases
made chrome. Invented pages, in English and Danish."""

from __future__ import annotations

import pytest


PAGES = {
    "en": dict(
        top=["We use cookies to improve your experience on our site.", "Accept all", "The Valley Courier", "",
             "News", "Sport", "Business", "Opinion", "Contact", "", "Volunteers clear the riverbank",
             "By Clara Holt", "Published 8 April 2025"],
        story=["About sixty residents met at the bridge on Saturday to clear rubbish from the banks of the river, "
               "for the third year in a row.",
               "The chair of the residents' association was pleased with the turnout. \"We never expected so many "
               "people to give up their Saturday\", she said.",
               "They found over two hundred kilos of rubbish.",
               "Among the finds were three bicycles, a shopping trolley and a whole road sign. The council took "
               "the rubbish away on Monday morning."],
        box=["Advertisement", "Newsletter", "The day's most important stories, straight to your inbox.", "Sign up"],
        rest=["The association has already planned the next clean-ups:", "a walk along the beach in June",
              "a clean-up in the woods by the sports ground", "a day for school classes in September",
              "Anyone can join in, and the association will provide gloves, bags and coffee. There is no need "
              "to register."],
        bottom=["Tags: environment, volunteers", "Comments (2)", "Related stories", "Library gets new opening hours",
                "Flea market on the square on Sunday", "© 2025 The Valley Courier. All rights reserved."]),
    "da": dict(
        top=["Vi bruger cookies til at forbedre din oplevelse.", "Accepter alle", "Vestegnens Avis", "", "Nyheder",
             "Sport", "Kultur", "Debat", "Erhverv", "", "Borgere samler affald langs åen", "Af Mette Sørensen",
             "Publiceret 8. april 2025 kl. 10.25"],
        story=["Omkring tres borgere mødte lørdag op ved broen over åen for at samle affald langs bredderne. "
               "Indsamlingen blev arrangeret af den lokale grundejerforening for tredje år i træk.",
               "Formanden var glad for fremmødet. »Vi havde aldrig regnet med, at så mange ville bruge deres lørdag "
               "på det her«, siger hun.",
               "De fandt over to hundrede kilo affald.",
               "Blandt fundene var tre cykler, en indkøbsvogn og et helt trafikskilt. Kommunen hentede affaldet "
               "mandag morgen."],
        box=["Annonce", "Nyhedsbrev", "Få dagens vigtigste historier direkte i din indbakke.", "Tilmeld"],
        rest=["Foreningen har allerede planlagt de næste indsamlinger:", "en tur langs stranden i juni",
              "en indsamling i skoven ved idrætsanlægget", "en dag for skoleklasser i september",
              "Alle kan være med, og foreningen stiller handsker, poser og kaffe til rådighed. Tilmelding er ikke "
              "nødvendig."],
        bottom=["Emner: Miljø, Frivillige", "Kommentarer (2)", "Relaterede artikler",
                "Biblioteket får nye åbningstider", "Loppemarked på torvet søndag",
                "© 2025 Vestegnens Avis. Alle rettigheder forbeholdes."]),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_lead_in_its_list_and_the_last_paragraph_under_a_box_stay(cleaner, language):
    page = PAGES[language]
    text = "\n".join([*page["top"], *page["story"], *page["box"], *page["rest"], *page["bottom"]])
    kept = [line for line in cleaner.clean(text).splitlines() if line]  # a blank line parts the halves
    assert kept == [*page["story"], *page["rest"]]
