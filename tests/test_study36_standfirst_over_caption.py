"""A standfirst the first pass keeps between the story's headline and its byline, with a photo's caption
under the byline that the first pass keeps too (a line of prose words without a full stop): the later
pass sees the standfirst first on the page, the caption between it and the story, and kept it only right
over the story; the standfirst went with the caption (issue 12, blind_pages18;
selection.later_pass_standfirst). Invented texts."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Settings
from helpers import grouped_page, kept_lines

STORY = [
    "After two years without it, the smell of smoked fish is back in the lanes of Porthlevan. The harbour trust "
    "presented the programme of the 48th festival at the village hall yesterday, with more stalls than ever.",
    "The stalls will stand along the quay and under the big tent on the football pitch. Besides the fish there "
    "will be local cheese, cider from the orchards above the village and a market of crafts on the green.",
    "\"We worked for months to bring the festival back safely,\" said the chair of the trust. \"For many families "
    "in the village it is also the best chance of the year to earn something extra before the winter.\"",
]
STANDFIRST = ("From 15 to 17 October the village hosts its 48th festival: food stalls, a craft market and boat trips "
              "round the bay. Tickets needed for the big tent")
CAPTION = "Smoked mackerel on sale at the festival in the summer of 2019"


def page(standfirst: str) -> str:
    return grouped_page([["Smoked fish festival returns to Porthlevan after two years - The Bay Gazette"],
                         ["Home News Sport Business Letters"],
                         ["Smoked fish festival returns to Porthlevan after two years"],
                         [standfirst], ["By Tamsin Rowe · 9 October 2021"], [CAPTION], *[[line] for line in STORY],
                         ["Share on Facebook Share on WhatsApp Send by email"], ["© 2021 The Bay Gazette"]])


def test_the_standfirst_over_a_kept_caption_stays_in_the_later_passes():
    assert {STANDFIRST, *STORY} <= kept_lines(page(STANDFIRST))
    assert STANDFIRST not in kept_lines(page(STANDFIRST), replace(Settings(), later_pass_standfirst_stays=False))


def test_key_points_the_first_pass_kept_under_the_dateline_stay_whole_in_the_later_passes():
    # A press release's key points under its "Published" date: the later pass sees them first on the page, and
    # the first of them is no standfirst over the others, which went as lines between it and the story.
    points = ["£45 million for councils to reopen branch libraries closed since 2012",
              "longer opening hours prioritised for towns with no library at all",
              "new powers to let councils hand libraries to community trusts"]
    story = ["Hundreds of towns will be able to reopen their local library, after the government today (4 May) "
             "confirmed £45 million of funding for councils to restore branches and extend their hours.",
             "Since 2012, many towns have lost their only public library, leaving children without a quiet place to "
             "study and older residents without help to get online. The money will let councils reopen branches.",
             "Councils will receive their allocations from June, based on the number of branches closed and the size "
             "of the population without a library within three miles of their home."]
    text = grouped_page([["Councils across the country will share £45 million to reopen branch libraries and extend "
                          "their opening hours in small towns."], ["From:", "Department for Culture"],
                         ["Published", "4 May 2025"], points, *[[line] for line in story]])
    assert {*points, *story} <= kept_lines(text)
