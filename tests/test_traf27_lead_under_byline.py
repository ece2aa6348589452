"""The story's lead right under its byline or dateline, where the text holds no headline line above the
byline (the headline run into the dateline, or left out by the renderer): story_lead keeps a lead only
under a headline, so the standfirst went with the share bar under it (issue 12, the perturbation
probe's drop-headline cases; selection.lead_under_byline). Invented texts."""

from __future__ import annotations

from dataclasses import replace


from cleaner import Cleaner, Settings
from helpers import count_kept

MENU = ["Home", "News", "Sport", "Culture", "Weather", "Contact"]
BYLINE = "By Anna Keller | 14 March 2022, 09:41"
STANDFIRST = ("Twice she came away empty-handed at the home track this winter, but in the season's last race the "
              "local favourite struck back")
SHARE = ["Share on Facebook", "Share on Twitter", "Share by email"]
BODY = [
    "The local favourite won the 12.5 km mass start after a superb display on Sunday and travels to the finals "
    "with plenty of confidence. She hit nineteen of twenty targets and pulled away on the last lap.",
    "Her strongest rival was the world champion, who stayed within ten seconds until the final standing stage "
    "but missed twice there and had to settle for second place.",
    "The organisers said the week had gone well despite the restrictions, with more than ten thousand "
    "spectators over the five days of racing.",
]
RELATED = ["Related stories", "Ski jumpers prepare for the final weekend", "New stadium lights switched on",
           "Volunteers wanted for next season"]
FOOTER = ["Imprint | Privacy | Cookies"]
# A photo's caption under the dateline: a sentence and its credit, no full stop at the end.
CAPTION = "The winner crosses the line in front of the home crowd on Sunday afternoon. Photo Agency Press"


def page(under_byline: str) -> str:
    return "\n".join([*MENU, "", BYLINE, "", under_byline, "", *SHARE, "", *"\n\n".join(BODY).split("\n"), "",
                      *RELATED, "", *FOOTER])


def test_the_standfirst_under_the_byline_stays(cleaner):
    body = cleaner.clean(page(STANDFIRST))
    assert count_kept([STANDFIRST, *BODY], body) == len(BODY) + 1
    assert count_kept([BYLINE, *SHARE, *RELATED], body) == 0


def test_a_caption_under_the_byline_goes(cleaner):
    body = cleaner.clean(page(CAPTION))
    assert count_kept(BODY, body) == len(BODY) and count_kept([CAPTION], body) == 0


def test_without_the_setting_the_standfirst_was_lost():
    off = Cleaner(settings=replace(Settings(), lead_under_byline_max_lines=0))
    assert count_kept([STANDFIRST], off.clean(page(STANDFIRST))) == 0
