"""Session 17 (study17): general mechanisms found on blind_pages4 once it became a study set, each
held here by an invented page of another shape and language than the study page's."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings, explain

# A how-to under numbered subheadings, each over one paragraph of a teaser's length: the story's
# sections, not a list of other articles.
SECTIONS = [
    ("1. Empty the hull",
     "Take out every bag and bottle that spent the winter inside, and leave the hatches open for a day so "
     "that the damp can dry."),
    ("2. Check the rudder lines",
     "Winter cold makes old lines brittle. Pull each one through its guide and replace any that shows a "
     "frayed or shiny patch."),
    ("3. Wax the deck",
     "A thin coat of wax keeps the sun from fading the deck and makes the spray run off, so the boat stays "
     "lighter on the water."),
    ("4. Test the spray skirt",
     "Stretch it over the cockpit rim at home: a skirt that slips off on the lawn will slip off in the first "
     "wave as well."),
    ("5. Pack a repair kit",
     "Duct tape, a spare hatch strap and a small tube of sealant fit in a sandwich bag and will save a trip "
     "that a scrape would end."),
]
HOW_TO_PAGE = "\n".join([
    "Paddle Notes", "Home", "Trips", "Gear", "About",
    "Gear",
    "Five things to check on your kayak before the first trip of spring",
    "Posted 4 April 2025 by Maren · 4 min read",
    "Most of us put the kayak away in October and do not look at it again until the first warm weekend, "
    "when the sun is out, the river is high and the last thing anyone wants is to spend the morning in the "
    "garage. That is exactly when small faults turn into long walks back to the car.",
    "Last spring I lost a whole day on the lake because a rudder line I had not looked at since autumn snapped "
    "in the first gust, and I had to paddle back against the wind with the rudder swinging behind me. Since "
    "then I have kept a short list, and I go through it every year before the first trip, whatever the weather.",
    "An hour of checks before that first trip saves a wet afternoon, and none of them needs a workshop, "
    "special tools or more than what most paddlers already keep in a box on the shelf next to the boat.",
    *[line for section in SECTIONS for line in section],
    "If anything on this list worries you, take the boat to a shop before the season rush begins.",
    "Tags: kayak, spring, maintenance",
    "Share: Facebook Email",
    "Leave a comment",
    "Popular posts", "Ten calm rivers for a first trip", "How to choose a paddle", "Dry bags compared",
    "© 2025 Paddle Notes",
])


def test_a_how_to_s_numbered_sections_of_one_paragraph_each_are_no_teaser_list():
    """Fails before teaser_numbered_headings_are_steps: teaser-list took each numbered subheading
    over its one paragraph for a teaser's headline (only "3", "Step 3" counted as a step's
    number) and removed the sections in runs of three."""
    kept = explain(HOW_TO_PAGE).text
    for heading, paragraph in SECTIONS:
        assert heading in kept
        assert paragraph in kept
    assert "Popular posts" not in kept


def test_numbered_headings_that_do_not_count_up_stay_a_teaser_list():
    """The numbers must count up one by one: a box of other articles whose headlines open with
    a number ("5 calm rivers", "3 paddles compared") is still a list of other articles."""
    story = ("The river authority will open two new launch points on the upper reach this summer, after a "
             "survey found that paddlers were crossing private land to reach the water.")
    teasers = [
        ("7. Ten calm rivers for a first trip", "Slow water, easy exits and a pub at the end of each one."),
        ("3. How to choose a paddle for touring", "Length, blade shape and weight, and what they change."),
        ("9. Dry bags compared in a hard test", "We dunked twelve bags in the lake for an hour each."),
    ]
    page = "\n".join([story, story.replace("summer", "autumn"), "More from Paddle Notes",
                      *[line for teaser in teasers for line in teaser], "© 2025 Paddle Notes"])
    kept = explain(page).text
    for _heading, summary in teasers:
        assert summary not in kept


def test_numbered_headings_are_teasers_again_without_the_setting():
    """The setting turns the rule off: the sections go as they did before it."""
    off = Cleaner(settings=replace(Settings(), teaser_numbered_headings_are_steps=False))
    kept = off.explain(HOW_TO_PAGE).text
    assert SECTIONS[0][1] not in kept


# A council's notice of holiday bin collections: the story's first paragraph, a table of dates
# rendered a row a line, then the rest of the story.
ROWS = [
    "Usual day New collection day",
    "Monday 22 December Saturday 20 December",
    "Tuesday 23 December Monday 22 December",
    "Wednesday 24 December Tuesday 23 December",
    "Thursday 25 December no collection, it moves to the Saturday",
    "Friday 26 December Monday 29 December",
    "Monday 29 December Tuesday 30 December",
    "Tuesday 30 December Wednesday 31 December",
    "Wednesday 31 December Friday 2 January",
    "Thursday 1 January no collection, and it will be on the Saturday",
    "Friday 2 January Monday 5 January",
    "Monday 5 January Tuesday 6 January",
]
TABLE_PAGE = "\n".join([
    "Holiday bin collections: the new dates | Ashby District Council",
    "Home", "Bins and recycling", "Council tax", "Planning", "Contact us",
    "Home > Bins and recycling > News",
    "Holiday bin collections: the new dates",
    "Published 1 December 2025",
    "Bin collections will move to different days over Christmas and New Year, because the crews do not "
    "work on the bank holidays. Please check the table below and put your bins out by 7am on the new day.",
    "New collection days",
    *ROWS,
    "Garden waste collections stop for two weeks from 22 December and start again on 5 January, and any "
    "extra paper and card from presents can go out in a box next to the blue bin on the new day.",
    "Advertisement",
    "Real trees",
    "Real Christmas trees will be collected from the kerb in the second week of January. Cut them into pieces "
    "no longer than a metre, take off every decoration and put them out next to the green bin.",
    "Crews cannot take trees that are still in pots or stands, or trees that are left on the pavement in "
    "bags, so please check that yours is ready the evening before.",
    "Share this page", "Facebook", "X", "Email",
    "Related news", "Recycling centre opening hours change", "New food waste caddies arrive in March",
    "© Ashby District Council 2025",
])


def test_a_table_between_the_story_s_first_paragraph_and_the_rest_stays():
    """Fails before structured_gaps_join_regions: the two rows with a note in words read as lines
    of prose and split the table into runs too short for a story's list, so each row cost the
    region; selection kept the paragraph under the header beside the story below the table
    and dropped what lay between the two, the table."""
    kept = explain(TABLE_PAGE).text
    for row in ROWS[1:]:
        assert row in kept
    assert "Garden waste collections stop" in kept
    assert "Recycling centre opening hours change" not in kept


def test_without_the_setting_the_table_between_the_two_regions_goes():
    off = Cleaner(settings=replace(Settings(), structured_gaps_join_regions=False))
    kept = off.explain(TABLE_PAGE).text
    assert "Bin collections will move" in kept and "Garden waste collections stop" in kept
    assert ROWS[1] not in kept


LAKE_STORY = [
    "Les rameurs du club nautique ont remporté dimanche trois des cinq finales de la régate de printemps, "
    "devant plus de deux mille spectateurs massés sur les quais malgré le vent.",
    "Pour la première fois depuis dix ans, l'équipage féminin a battu le favori suisse, à l'issue d'une "
    "course serrée jusqu'aux derniers mètres. « Nous avons ramé pour celles qui nous ont appris, dit la "
    "capitaine. Cette victoire, elle est aussi la leur. »",
]
LAKE_AFTER = [
    "Le club accueillera en juin le championnat régional, une première depuis sa fondation en 1921. Les "
    "bénévoles préparent déjà les pontons et les tribunes provisoires.",
    "La mairie a promis une aide pour rénover le hangar à bateaux, dont la toiture fuit depuis l'hiver.",
]


def test_a_story_s_subheading_under_a_one_item_box_after_a_french_quote_stays():
    """Fails before box_ends_at_short_subheading and the French quote's end: the paragraph over
    "À lire aussi" ends ". »" (a space before the guillemet), which was no sentence's end, so the
    box was not read as one set in the story, and its list ran on through the story's next
    subheading; the box's one headline is longer than that subheading."""
    page = "\n\n".join([
        "Accueil", "Sports", "Le Courrier du Lac", *LAKE_STORY, "À lire aussi",
        "Aviron : le bassin olympique rouvrira au public après deux ans de travaux",
        "Un championnat à domicile", *LAKE_AFTER, "Partager", "© Le Courrier du Lac",
    ])
    kept = explain(page).text
    assert "Un championnat à domicile" in kept
    assert "le bassin olympique rouvrira" not in kept


def test_a_one_item_related_box_ends_above_the_story_s_short_subheading():
    """Fails before box_ends_at_short_subheading: the box's list ran on through the story's next
    subheading, each line set apart, and went with the box."""
    story = ("The ferry to the islands returns to its summer timetable on Monday, with four crossings a day "
             "instead of two, the operator said on Friday.")
    page = "\n\n".join([
        "Home", "News", "The Island Courier", story,
        "Tickets for the first week are already sold out, and the operator has added a late crossing on Fridays.",
        "Related", "Harbour repairs to close the north quay for a month from April",
        "What changes",
        "Cars must now be booked a day ahead, and foot passengers can buy tickets on board only with a card.",
        "The operator said the new booking rules would end the queues that stretched along the harbour last summer.",
        "Share", "© The Island Courier",
    ])
    kept = explain(page).text
    assert "What changes" in kept
    assert "Harbour repairs to close" not in kept
    off = Cleaner(settings=replace(Settings(), box_ends_at_short_subheading=False))
    assert "What changes" not in off.explain(page).text


# A blog post with a hand-written table of contents, worded unlike the subheadings it leads to,
# between the post's intro and its first section.
CONTENTS_PAGE = "\n".join([
    "Skip to: Content", "Main menu", "Search",
    "Slow Rails", "Home", "Europe", "Asia", "About",
    "Two days in Ghent without a car",
    "Marta · 3 March 2025",
    "",
    "Ghent is small enough to walk across in an hour, and the trams cover the rest, so a car only gets in "
    "the way. I spent two days there in February and never once wished I had one.",
    "",
    "Contents",
    "",
    "The first day",
    "The second day",
    "Before you go",
    "",
    "Day 1: the old harbour and the castle",
    "",
    "The train from Brussels takes half an hour, and the tram from the station drops you at the castle in "
    "ten minutes. I started there, before the school groups arrived, and walked along the old harbour after.",
    "",
    "Day 2: markets, bikes and the river",
    "",
    "On Sunday morning the flower market fills the square by the river. I rented a bike at the station for "
    "the afternoon and rode out along the canal to the lakes south of the city.",
    "",
    "Practical tips for a short stay",
    "",
    "Buy a day ticket for the trams at the machines, not on board, where it costs more and takes cash only.",
    "",
    "Tags: Belgium, city break",
    "Similar posts", "Three days in Bruges", "Antwerp by train",
    "© 2025 Slow Rails",
])


def test_a_table_of_contents_worded_unlike_its_subheadings_parts_no_intro_from_the_story():
    """Fails before contents_by_heading_and_sections: the contents, worded unlike the subheadings,
    were no table of contents and stayed between the intro and the first section (where a menu
    detector takes such lines, they cost the region and cut the intro off). Removed as contents,
    they must not count as a header's metadata either (header_gap), or the first section's
    subheading, longer than a lead's heading, goes."""
    explanation = explain(CONTENTS_PAGE)
    kept = explanation.text
    assert "Ghent is small enough to walk across" in kept
    assert "Day 1: the old harbour and the castle" in kept
    assert "The first day" not in kept and "Before you go" not in kept
    removed_by = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed_by["The first day"] == "table-of-contents"
    # A skip link over the page's other targets is no story's contents: no sentence stands above it.
    assert removed_by["Main menu"] != "table-of-contents"


def test_on_this_page_heads_a_table_of_contents():
    """"Auf dieser Seite" / "On this page" head a table of contents: without them among the
    contents headings, the heading stays between the intro and the first section once the
    contents under it go and no longer count as a header's metadata (header_gap, the test above;
    this test fails with that change alone)."""
    sections = [("Wer zahlt", "Die Gebühr zahlen alle Haushalte, die an die städtische Müllabfuhr angeschlossen sind."),
                ("Wann zahlen", "Die Gebühr wird jedes Jahr am 15. Februar fällig und kann abgebucht werden."),
                ("Wie viel", "Für eine graue Tonne mit 120 Litern zahlen Haushalte künftig 96 Euro im Jahr.")]
    page = "\n".join([
        "Stadt Lindenau", "Rathaus", "Bürgerservice", "Kontakt",
        "Neue Müllgebühren ab Januar",
        "Stand: 02.12.2025",
        "Der Stadtrat hat die Müllgebühren für das kommende Jahr neu festgelegt. Was sich für die Haushalte "
        "ändert, erklären wir hier.",
        "Auf dieser Seite:", *[heading for heading, _ in sections],
        *[line for section in sections for line in section],
        "© Stadt Lindenau",
    ])
    explanation = explain(page)
    assert "Auf dieser Seite:" not in explanation.text
    assert all(paragraph in explanation.text for _, paragraph in sections)


def test_a_czech_related_box_headed_by_souvisejici_alone_goes():
    """Fails before "Související" alone was a box's heading in Czech (only "Související články"
    was): the box and its headlines stayed between the story's paragraphs."""
    page = "\n\n".join([
        "Domů", "Zprávy", "Region", "Kontakt",
        "Nový most přes Svitavu otevřou v květnu",
        "Petr Novák 3. března 2025",
        "Stavba nového mostu přes Svitavu je téměř hotová. Dělníci v těchto dnech pokládají poslední vrstvu "
        "asfaltu a osazují zábradlí, řekl mluvčí kraje.",
        "Starý most z roku 1932 už nevyhovoval provozu a kraj ho loni na jaře uzavřel pro nákladní auta, "
        "která od té doby musela jezdit objížďkou přes sousední obec.",
        "Související",
        "Kraj opraví v létě silnici na Blansko, řidiče čeká objížďka",
        "Co se změní",
        "Po otevření mostu se vrátí autobusy na původní trasu a obec zruší dočasné parkoviště u školy, které "
        "sloužilo jako obratiště pro objížďku.",
        "Slavnostní otevření plánuje kraj na první květnovou sobotu, kdy bude most otevřen jen pro pěší.",
        "Sdílet", "© 2025 Zprávy z regionu",
    ])
    kept = explain(page).text
    assert "Kraj opraví v létě silnici" not in kept
    assert "Co se změní" in kept and "Po otevření mostu" in kept
