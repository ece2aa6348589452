"""Session 16 (textstudy16c): mechanisms found on blind_pages3 once it became a study set, each
held here by an invented page of another shape and language than the study page's."""

from __future__ import annotations

from cleaner import explain

# A council's live coverage of a storm: the ticker's entries, each under its clock time alone on
# a line, between the story's opening paragraphs and its last section.
TICKER_ENTRIES = [
    "Crews reopened the coast road at Penmorra after clearing two fallen trees from both lanes.",
    "The ferry to the islands will not sail this afternoon. The operator expects to resume on Friday.",
    "Power has returned to most homes in the harbour district, the network operator said.",
    "A rest centre has opened at the leisure centre for anyone who cannot stay at home tonight.",
]
TICKER_PAGE = "\n".join([
    "Home", "News", "Weather", "Sport", "Contact",
    "Storm Elin: roads close and ferries stop across the county",
    "By Rhian Powell · 12 March 2025",
    "Storm Elin brought gusts of more than 80 miles an hour to the coast overnight, and the county council "
    "has asked people not to travel unless they must.",
    "Schools in the north of the county are closed today, and bin collections have been moved to next week.",
    "Latest updates",
    "4:10 p.m.", TICKER_ENTRIES[0],
    "2:45 p.m.", TICKER_ENTRIES[1],
    "1:20 p.m.", TICKER_ENTRIES[2],
    "11:05 a.m.", TICKER_ENTRIES[3],
    "Load older updates",
    "What happens next",
    "Forecasters expect the wind to ease by Thursday evening, though heavy rain may follow in the hills.",
    "The council will assess the damage to the sea wall at first light and publish its findings next week.",
    "Share this article", "Facebook", "X", "Email",
    "Copyright 2025 County Council. All rights reserved.",
])


def test_a_live_ticker_s_entries_under_bare_clock_times_stay_with_the_story():
    """Fails before ticker_stamps_are_entries: teaser-list read each time as a teaser's headline and
    removed the entries, and the story's last section under them went with main-content."""
    explanation = explain(TICKER_PAGE)
    assert all(entry in explanation.text for entry in TICKER_ENTRIES)
    assert "Forecasters expect the wind to ease" in explanation.text
    assert "teaser-list" not in explanation.removed_counts


# A town's guide to booking a bulky-waste pickup: what is collected and what is not, each a list of
# lines without a full stop under its subheading, between the guide's paragraphs.
COLLECTED = ["Möbel wie Schränke, Betten und Sofas", "Matratzen und Teppiche bis vier Meter Länge",
             "Fahrräder und Kinderwagen ohne Batterie"]
NOT_COLLECTED = ["Bauschutt, Fliesen und alte Fenster", "Elektrogeräte wie Kühlschränke oder Fernseher",
                 "Autoreifen mit oder ohne Felge"]
GUIDE_PAGE = "\n".join([
    "Stadt Lindenau", "Rathaus", "Bürgerservice", "Umwelt", "Kontakt",
    "Sperrmüll anmelden",
    "Zweimal im Jahr holt der Bauhof Sperrmüll kostenlos an Ihrer Haustür ab. Sie melden die Abholung online "
    "oder telefonisch an und erhalten dann einen Termin.",
    "Was abgeholt wird", *COLLECTED,
    "Was nicht abgeholt wird", *NOT_COLLECTED,
    "Stellen Sie die Gegenstände am Abholtag bis 6 Uhr gut sichtbar an den Straßenrand. Was nach der Abholung "
    "liegen bleibt, müssen Sie selbst entsorgen.",
    "War diese Seite hilfreich?", "Ja", "Nein",
    "Impressum", "Datenschutz", "Barrierefreiheit",
])


def test_lists_of_unfinished_lines_under_subheadings_between_paragraphs_stay():
    """Fails before unfinished_lists_in_story: lines without a full stop longer than a label each
    cost the region, so it ended above the first list; the lists were kept after it as a how-to's
    steps, and the guide's last paragraph under them was lost."""
    explanation = explain(GUIDE_PAGE)
    assert all(item in explanation.text for item in COLLECTED + NOT_COLLECTED)
    assert "Stellen Sie die Gegenstände am Abholtag" in explanation.text
    assert "Barrierefreiheit" not in explanation.text


# A consumer guide with a box of two links set in it, line under line, and under the box the
# guide's next subheading, set apart by blank lines over its paragraph.
BOX_PAGE = "\n\n".join([
    "Home\nMoney\nHousing\nTravel\nContact",
    "How to get your tenancy deposit back",
    "By Nora Quinlan | 4 April 2025",
    "When a tenancy ends, your landlord has ten days to agree how much of the deposit to return. "
    "Most disputes come down to cleaning, small repairs and missing inventory.",
    "Take photos of every room on the day you move out, and keep them with the inventory you signed "
    "when you moved in.",
    "See also:\nWhat a landlord may charge for cleaning\nHow the deposit schemes settle disputes",
    "If your landlord keeps too much",
    "Ask in writing for a list of the deductions and the receipts behind them. If you cannot agree, "
    "the deposit scheme will decide the dispute for free, usually within a month.",
    "Keep every email and letter, because the scheme will ask for them when it looks at the case.",
    "Share\nFacebook\nEmail",
    "© 2025 Money Matters Ltd. All rights reserved.",
])


def test_a_set_apart_subheading_under_a_box_of_links_is_the_story_s_not_the_box_s():
    """Fails before list_ends_at_set_apart_subheading: the box's items ran on into the subheading
    under them, which went with the box's links."""
    explanation = explain(BOX_PAGE)
    assert "If your landlord keeps too much" in explanation.text
    assert "Ask in writing for a list of the deductions" in explanation.text
    assert "How the deposit schemes settle disputes" not in explanation.text



# A council story quoting two posts, one embedded from X and one from Bluesky, each under its
# author's line and its frame's link, the story going on under each.
EMBED_PARAGRAPHS = [
    "The Harbour Library in Wexcombe will close for three weeks from Monday while the heating in the "
    "reading room is replaced. Books can be returned at the town hall in the meantime.",
    "All loans will be extended until the library reopens, the council said, and no late fees will be "
    "charged during the closure.",
    "The friends of the library plan to use the break to rebuild the children's corner. Members have "
    "raised more than 4,000 pounds for it since the spring.",
    "The library is due to reopen on 24 November with a story hour for children and tea in the foyer.",
]
EMBED_PAGE = "\n".join([
    "Home", "News", "Sport", "What's on", "Contact",
    "Harbour Library to close for three weeks",
    "By Lea Brandt | 28 October 2025",
    EMBED_PARAGRAPHS[0], EMBED_PARAGRAPHS[1],
    "We close on Monday: returns go to the town hall. See you all again on 24 November!",
    "— Harbour Library (@harbourlibrary) October 27, 2025",
    "View on X",
    EMBED_PARAGRAPHS[2],
    "New shelves, cushions and a reading castle for the children's corner. Thank you to everyone who gave!",
    "— Friends of Harbour Library (@friendsofharbourlib) October 27, 2025",
    "View on Bluesky",
    EMBED_PARAGRAPHS[3],
    "Share this article", "Facebook", "WhatsApp", "Email",
    "© 2025 Wexcombe Courier",
])


def test_the_story_goes_on_under_posts_embedded_from_x_and_bluesky():
    """Fails before the frame of a post embedded from X, Threads or Bluesky ("View on X", "Beitrag
    auf X ansehen", "Ver publicación en X") was an interruption, as Instagram's is: it stayed in the
    text, and where it parts the story's last paragraphs from the rest, teaser-tail takes them."""
    explanation = explain(EMBED_PAGE)
    assert all(paragraph in explanation.text for paragraph in EMBED_PARAGRAPHS)
    assert "View on X" not in explanation.text
