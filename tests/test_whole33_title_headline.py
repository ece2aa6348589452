"""A page's title of one part, with no site name after a separator, is the story's headline: a teaser list
above the story ends at its repeat (issue 12, session 33; the perturbation probe's teasers-above). The story's
headline over its one-sentence standfirst is a headline over a sentence, as each teaser is, and went as the
list's last item; a title "Story - Site" already ended the list there."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings

TEASERS = (
    "Council approves new budget after long debate\n\n"
    "The vote came late on Tuesday after councillors argued for six hours over the cost of new housing.\n\n"
    "School choir wins national title\n\n"
    "Forty pupils travelled to the capital and came home with the trophy for the first time.\n\n"
    "Storm expected to bring heavy rain this weekend\n\n"
    "Forecasters warn that rivers in the valley could burst their banks by Sunday evening.\n\n"
)
STORY = (
    "Harbour town reopens its old ferry pier\n\n"
    "The old ferry pier of the harbour town is open again after eighteen months of slow repairs.\n\n"
    "\"It feels like the town has its heart back,\" the harbour master said on Saturday morning, standing on "
    "the new deck of hardwood while the crew of the first ferry of the season threw their ropes ashore and a "
    "crowd of several hundred people from the town and the villages around it cheered from the quay, while "
    "engineers who had replaced most of the rotten timber piles below the waterline stood by.\n\n"
    "Published on 12/03/2024\n\n"
    "Contact: news@coastcourier.example\n"
)
HEADER = "Coast Courier\nHome\nNews\nSport\n\n"
STANDFIRST = "The old ferry pier of the harbour town is open again after eighteen months of slow repairs."


def page(title: str) -> str:
    return f"{title}\n\n{HEADER}{TEASERS}{STORY}"


def test_the_standfirst_under_a_headline_the_title_repeats_stays():
    text = Cleaner().clean(page("Harbour town reopens its old ferry pier"))
    assert STANDFIRST in text
    assert "engineers who had replaced most of the rotten timber piles" in text
    assert "School choir wins national title" not in text
    assert "Forty pupils travelled to the capital" not in text


def test_without_the_setting_the_standfirst_goes_with_the_teasers():
    settings = replace(Settings(), title_alone_is_headline=False)
    explanation = Cleaner(settings=settings).explain(page("Harbour town reopens its old ferry pier"))
    assert STANDFIRST not in explanation.text
    standfirst = next(d for d in explanation.decisions if d.block.text == STANDFIRST)
    assert standfirst.removed_by == "teaser-list"

