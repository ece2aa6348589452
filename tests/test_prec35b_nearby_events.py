"""An event page's other events, under a heading of their own ("Ook leuk in de
buurt", "More events nearby", "Weitere Veranstaltungen in der Nähe"): a
related list, whatever follows (a newsletter box, the site's blurb); under
no heading that related-list knew, the list and the site's line under it
stayed in text mode (issue 12, precision; session 35). A story's sentence
that starts with the same words stays. Lines invented for these tests."""

import pytest

from cleaner import Cleaner

_PAGE = ("Home\nAgenda\nContact\nOrgan night in the old church\n"
         "For the fifth time the friends of the organ open the church for a whole night of music, with four organists "
         "taking turns at the instrument built in 1784.\n"
         "The programme runs from Bach to new work by a young local composer, written for this night, and soup is "
         "sold in the vestry between the concerts.\n"
         "{heading}\nSpring market on the green – Sun 15 March\nMill tour – Sat 21 March\n"
         "Jazz at the Veenhuis – Fri 27 March\n"
         "Out in town is run by the council and the local traders' association.\n"
         "About · Privacy · Contact\n")


@pytest.mark.parametrize("heading", [
    "Ook leuk in de buurt", "More events nearby", "Weitere Veranstaltungen in der Nähe", "Autres sorties à proximité",
    "Otros eventos cercanos", "Altri eventi nelle vicinanze", "Outros eventos próximos", "Inne wydarzenia w okolicy",
])
def test_the_other_events_under_their_heading_go(heading):
    decisions = {d.block.text: d.removed_by for d in Cleaner().explain(_PAGE.format(heading=heading)).decisions}
    assert decisions[heading] == "related-list"
    assert decisions["Mill tour – Sat 21 March"] == "related-list"
    assert decisions["Out in town is run by the council and the local traders' association."] is not None


def test_a_storys_sentence_with_those_words_stays():
    line = "Ook leuk in de buurt is de molen, die zaterdag voor het eerst dit jaar weer open is voor bezoekers."
    page = ("Home\nAgenda\nContact\nOrgelnacht\n"
            "Voor de vijfde keer openen de Orgelvrienden een hele avond de deuren van de kerk voor vier organisten.\n"
            f"{line}\n"
            "In de consistoriekamer zijn koffie, thee en soep te koop, en de kerk wordt niet verwarmd.\n")
    decisions = {d.block.text: d.removed_by for d in Cleaner().explain(page).decisions}
    assert decisions[line] is None
