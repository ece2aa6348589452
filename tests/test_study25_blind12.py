"""Causes found on blind_pages12 (session 25), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

from cleaner import Cleaner, Settings
from helpers import grouped_page, kept_lines




# A sports club's notice of its summer camp: its timetable of dates under a heading, then the next
# section ("What to bring") and its short list of sentences; no paragraph right under the dates.
CAMP_TOP = [["Summer camp 2024: sign up now - Eastfield Rowing Club"],
            ["Eastfield Rowing Club", "Home About Training Juniors Contact"],
            ["Summer camp 2024: sign up now"], ["Posted on 2 April 2024 by the junior team"]]
CAMP_STORY = [
    "The junior section invites every member aged ten to sixteen to this year's summer camp on the lake, with "
    "two sessions on the water each day and a short course in boat care for the older rowers.",
    "Places are given in the order in which the forms arrive. Members who took part last year may bring a friend "
    "who is not yet a member, and the club lends boats and life jackets to everyone.",
]
CAMP_DATES = ["Timetable", "15 April 2024 sign-up opens on the club's website",
              "10 May 2024 places confirmed by the coaches", "3 June 2024 parents' evening in the boathouse",
              "22 to 26 July 2024 camp week"]
CAMP_BRING = ["What to bring", "A change of clothes and a towel for every day.", "Sun cream and a cap.",
              "A packed lunch; drinks are provided.",
              "The coaches answer questions at the boathouse on Saturday mornings from nine to twelve."]
CAMP_FOOT = [["© 2024 Eastfield Rowing Club"]]


def test_dates_under_their_heading_before_the_next_section_are_no_datelines():
    page = grouped_page(CAMP_TOP + [[line] for line in CAMP_STORY] + [CAMP_DATES[:1], CAMP_DATES[1:]]
                 + [CAMP_BRING[:1], CAMP_BRING[1:]] + CAMP_FOOT)
    assert set(CAMP_DATES[1:]) <= kept_lines(page)
    assert not set(CAMP_DATES[1:]) & kept_lines(page, replace(Settings(), dates_before_next_section=False))


# A village's open-air theatre festival: its programme, two days, each a table rendered a row a line
# under the day's heading and a header row, each row opening with its time.
FESTIVAL_TOP = [["Open-air theatre weekend: the programme - Tourist office of Millbrook"],
                ["Visit Stay Events Walks Contact"], ["Home / Events / Theatre weekend"],
                ["Open-air theatre weekend: the programme"]]
FESTIVAL_LEAD = ("On 14 and 15 June the meadow behind the old mill becomes a stage for three companies, a puppet "
                 "show and a night of songs. Here is the full programme of the weekend.")
SATURDAY = ["Saturday 14 June", "Time Show Place",
            "10:30 Puppets for the little ones Mill yard", "14:00 The miller's daughter Meadow stage",
            "17:00 Workshop: stage fighting for beginners Barn", "21:00 A midsummer night Meadow stage"]
SUNDAY = ["Sunday 15 June", "Start Event Venue", "11:00 Storytelling walk Mill bridge",
          "15:30 Songs from the river Church garden", "19:00 The last ferry Meadow stage"]
FESTIVAL_FOOT = [["Share: Facebook Twitter"], ["More events"], ["Apple market – 12 October"],
                 ["© Tourist office of Millbrook"]]


def test_a_programme_of_timed_rows_under_its_header_rows_is_the_story():
    page = grouped_page(FESTIVAL_TOP + [[FESTIVAL_LEAD]] + [SATURDAY] + [SUNDAY] + FESTIVAL_FOOT)
    rows = set(SATURDAY[2:] + SUNDAY[2:])
    assert rows <= kept_lines(page)
    assert "Apple market – 12 October" not in kept_lines(page)
    assert not rows <= kept_lines(page, replace(Settings(), timed_rows_under_header=False))


# A gardening forum's question: the asker's lead-in ends in a colon, and two items going on with its
# sentence in lower case stand between it and the question's last paragraph.
THREAD_TOP = [["Why does my lemon tree drop its leaves? | Grow It Forum"], ["Search", "Log in Register"],
              ["Forums › Fruit trees"], ["Why does my lemon tree drop its leaves?"], ["greenthumb_ab", "Joined: 2019"]]
ASKER = [
    "Hello everyone, my potted lemon tree has been dropping its leaves for about two weeks now, ever since I "
    "brought it inside for the winter and put it in the living room next to the big window. It is about six "
    "years old, came from a nursery in the south and gave us a dozen lemons last summer.",
    "Things I have done so far:",
    "moved it away from the radiator and watered it only when the top of the soil was dry",
    "sprayed the leaves with water every other day",
    "It still loses leaves every morning. Is it the light or the soil?",
]
THREAD_FOOT = [["Reply"], ["Similar threads"], ["Orange tree with yellow spots"], ["Contact us Terms Privacy"]]


def test_lower_case_items_under_a_lead_in_go_on_with_its_sentence():
    page = grouped_page(THREAD_TOP + [[line] for line in ASKER] + THREAD_FOOT)
    assert set(ASKER) <= kept_lines(page)
    assert not set(ASKER[2:]) <= kept_lines(page, replace(Settings(), announced_lower_case_min_lines=3))


def test_a_box_heading_on_the_page_s_last_line_under_a_paragraph_is_no_crash():
    # Before: box_heading_alone_in_story asked for the line under the heading, and there was none: IndexError
    # in text mode and from HTML (a blind page whose related box's links the extraction had dropped).
    story = ("The council voted on Monday night to close the old bridge over the river to all traffic from April, "
             "after engineers found cracks in two of its piers.")
    cleaner = Cleaner()
    assert cleaner.clean(f"{story}\nRead also").splitlines() == [story]
    html = f"<html><body><article><p>{story}</p><h3>Read also</h3></article></body></html>"
    assert story in cleaner.clean_html(html)
