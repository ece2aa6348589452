"""What blind_pages7 (a study set since session 20) showed lost in text mode, on invented pages of
our own: a live ticker's intro and key points above its byline, cut off from the entries by the
ticker's controls and its stamps; a standfirst under a headline that repeats no title, above a
byline, a date, a share row and a caption (five lines between the headline and the body), and one
that later passes cut as the text's first line; a ticker's later entries, one paragraph each under its
stamp, cut as a tail of teasers once the embed between two of them was removed."""

from __future__ import annotations

from cleaner import clean, explain

TICKER_INTRO = ("Heavy snow has closed both mountain passes since early morning, and the regional rail "
                "operator has cancelled most services. We are following the situation as it develops.")
KEY_POINTS = ["Both passes stay closed until Saturday.", "Buses replace trains in the valleys.",
              "Upper valley schools are shut."]
TICKER = "\n".join([
    "Live: snow chaos across the region – all the latest | The Valley Herald",
    "The Valley Herald", "News Sport Business Weather", "LIVE",
    "Snow closes mountain passes as trains stand still",
    TICKER_INTRO,
    "Key points", *KEY_POINTS,
    "By Weather Desk · last updated 15:05",
    "Share Facebook X Email",
    "Newest first Oldest first Auto refresh",
    "15:05",
    "Ploughs reach the summit",
    "Road crews say the first ploughs have reached the top of the northern pass, but drifts keep closing the lane.",
    "13:40",
    "The rail operator has added three buses an hour between the valley towns, a spokeswoman said.",
    "12:10",
    "Avalanche warning raised",
    "The avalanche service has raised its warning to level four above 1,800 metres for the rest of the day.",
    "09:30",
    "Commuters queued for over an hour at the main station before the first replacement buses arrived.",
    "Load older entries",
    "Most read", "Council approves new swimming pool", "Bakery wins regional prize",
    "© The Valley Herald 2026",
])


def test_a_live_ticker_s_intro_and_key_points_above_its_byline_stay():
    # The ticker's stamps (clock times, in order, each over its entry) part the entries, not the story:
    # they cost the run from the intro to the entries nothing, as a list's items do not.
    kept = clean(TICKER)
    assert TICKER_INTRO in kept
    assert all(point in kept for point in KEY_POINTS)
    assert "Avalanche warning raised" in kept and "Commuters queued" in kept
    # The ticker's controls above its first stamp label no entry.
    assert "Newest first" not in kept
    assert "Most read" not in kept


STANDFIRST = "Harbour trust says the twelve moorings will be ready for the summer after two years of repairs"
FAR_BODY = "\n".join([
    "Marina to reopen in June after storm damage | Coastline Weekly",
    "Coastline Weekly", "News Sport Business Opinion",
    "News › Local",
    "Storm-hit marina will reopen before the season",
    STANDFIRST,
    "By Tomos Pryce, Local Reporter",
    "Published 09:12, 4 May 2026",
    "Share on Facebook Share on X Email",
    "The marina's west pontoon, photographed in April (Image: Coastline Weekly)",
    "The marina at the mouth of the river will reopen in June, its trust confirmed on Monday, after repairs "
    "that cost more than the trust had raised in ten years of fees.",
    "Work on the west pontoon finished last week. The trust said the new moorings would be let first to the "
    "boat owners who had waited longest, and that fees would rise by four per cent.",
    "The harbour master said the channel had been dredged again in March and was safe for boats of up to "
    "two metres' draught at any tide.",
    "Most Read", "Man charged after crash on coast road", "Lifeboat crew honoured at awards",
    "© 2026 Coastline Weekly",
])


def test_a_standfirst_under_a_headline_stays_however_far_below_its_byline_the_body_starts():
    # The headline repeats no title (the title is worded for search): no headline stage finds it.
    kept = clean(FAR_BODY)
    assert kept.startswith(STANDFIRST)
    assert "By Tomos Pryce" not in kept and "Share on Facebook" not in kept
    assert clean(kept) == kept


SUBTITLE = "Four years of apps, three thousand voice memos never played back and one cheap pocket recorder"
NEAR_BODY = "\n".join([
    "Why I stopped recording everything on my phone | by Ines Vidal | Loose Leaves",
    "Loose Leaves Write Sign in Get started",
    "This story is for members only. Become a member to read without limits.",
    "Become a member",
    "How I learned to listen to my own notes again",
    SUBTITLE,
    "Ines Vidal Follow · 6 min read · 3 Mar 2026",
    "The first thing I did in January was to count the voice memos on my phone. There were more than three "
    "thousand, and I had listened to perhaps twenty of them.",
    "Most were ideas I had been sure I would need. None of them had ever been needed, and none had been found "
    "again when something like them was.",
    "So I bought a small recorder with a real button, and a rule: every recording gets played back on Sunday "
    "or deleted.",
    "More from Ines Vidal", "A year of second-hand books", "Recommended from Loose Leaves",
])


def test_a_standfirst_over_a_byline_stays_through_later_passes():
    # The first pass keeps it over the byline (standfirst_above_byline); a later pass, which no longer sees
    # the byline, finds it as the text's first line, over the story, and keeps it as its standfirst.
    explanation = explain(NEAR_BODY)
    assert explanation.text.startswith(SUBTITLE)
    assert clean(explanation.text) == explanation.text


LATE_ENTRIES = [
    "All bus lines run again, with delays of twenty minutes.",
    "Police closed the ring road for an hour after a crash.",
    "Three schools sent pupils home when their heating failed.",
]
TICKER_TAIL = "\n".join([
    "Cold snap: live updates | The Valley Herald",
    "The Valley Herald", "News Sport Business Weather",
    "Freezing night brings the city to a standstill",
    "By City Desk · last updated 11.20am",
    "Share Facebook X Email",
    "11.20am",
    "Water mains burst",
    "A water main burst under the market square before dawn, flooding the cellars of six shops and the old town "
    "hall, the utility said.",
    "Engineers expect to restore the supply by the evening, but the square stays closed to traffic until the "
    "road surface has been checked for damage.",
    "The utility has set up two water stations at the cathedral and the main library for the residents affected.",
    "10.45am",
    LATE_ENTRIES[0],
    "Read more: How to keep your pipes from freezing",
    "10.10am",
    "View this post on Instagram",
    "A post shared by City Police (@citypolice)",
    LATE_ENTRIES[1],
    "The crash site on the ring road. (Photo: City Police)",
    "9.30am",
    LATE_ENTRIES[2],
    "Load older entries",
    "Most read", "Council approves new swimming pool", "Bakery wins regional prize",
    "© The Valley Herald 2026",
])


def test_a_live_ticker_s_entries_each_under_its_stamp_are_no_teaser_tail():
    # Each later entry is one paragraph set apart by its stamp (one over a removed embed, a link and a
    # caption removed between them): the ticker's entries, not a tail of teasers.
    kept = clean(TICKER_TAIL)
    assert all(entry in kept for entry in LATE_ENTRIES)
    assert "Most read" not in kept
