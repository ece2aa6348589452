"""Other stories' teasers right above a story with no byline or header line between: the story's headline
over its one-sentence lead is a headline over a sentence, as each teaser is, and went as the list's last item
(issue 12, session 33; the perturbation probe's teasers-above, where a deal post under such teasers was lost
whole). Two paragraphs right under that item (a line announcing the first allowed) are the story going on:
the list ends above its headline."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

PAGE = (
    "Bargain Corner\nHome\nDeals\nCoupons\nForum\nLog in\n"
    "Posted by Hans on 17 October 2019, 13:56\n"
    "Council approves new budget after long debate\n"
    "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.\n"
    "School choir wins national title\n"
    "Forty pupils travelled to the capital and came home with the trophy for the first time.\n"
    "Storm expected to bring heavy rain this weekend\n"
    "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.\n"
    "\"Crunchy outside, creamy inside\"\n"
    "That is how the bakery describes its new biscuit with a cream filling.\n"
    "The best part comes now:\n"
    "In next week's product test at the supermarket you can, with a little luck, pick up a free pack of the new "
    "biscuits at your local store, and the chain says that it has set aside ten thousand packs for the test, "
    "more than in any of its product tests so far this year, so the odds are better than usual!\n"
    "Just apply on the chain's website from Monday morning, and if you are one of the 10,000 winners you will "
    "get a coupon for the free pack by mail on the Monday after, which you show at the till of any of the "
    "chain's stores before the end of the month to take your pack home.\n"
    "Good luck!\nYour Hans\nShare Tweet Mail\nComments\n"
)
LEAD = "That is how the bakery describes its new biscuit with a cream filling."
TEASERS = ("School choir wins national title", "Forty pupils travelled to the capital",
           "Forecasters warn that rivers in the valley")


def test_the_story_lead_under_teasers_stays_and_the_teasers_go():
    text = Cleaner().clean(PAGE)
    assert LEAD in text
    assert "The best part comes now:" in text
    assert not any(teaser in text for teaser in TEASERS)


def test_without_the_setting_the_lead_goes_with_the_teasers():
    explanation = Cleaner(settings=replace(Settings(), teaser_lead_story_paragraphs=0)).explain(PAGE)
    assert LEAD not in explanation.text
    lead = next(d for d in explanation.decisions if d.block.text == LEAD)
    assert lead.removed_by == "teaser-list"

