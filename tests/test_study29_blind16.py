"""Causes found on blind_pages16 (session 29), each on a page of its own written here: none of the
set's pages, names or phrases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Settings
from helpers import grouped_page, kept_lines

# A local paper's story on village libraries: two paragraphs, a box of one related link set in the story,
# then the story's own table of figures (announced by a line ending in a colon, under its header row), an
# advertisement's label, the story's last two paragraphs, a list of the most read stories.
LIBRARY_TOP = [["Nine villages get their own library | Dale Courier"], ["Home | News | Sport | Contact"],
               ["Nine villages get their own library"], ["By Ann Marsh, 12 May 2019"]]
LIBRARY_OPENING = [
    "Every village in the valley now has a library of its own, after the last of nine reading rooms opened in "
    "the old chapel at Ryle on Saturday, each holding at least two thousand books.",
    "The rooms are run by volunteers from the parish councils and open five days a week, with a reading hour "
    "for children on Saturday mornings.",
]
LIBRARY_BOX = [["Related"], ["Book festival returns to the market hall"]]
LIBRARY_TABLE_TEXT = ["How the villages compare:", "Village Books Seats", "Ryle 3200 24", "Hawkby 2800 20",
                      "Coldwell 2100 16", "Stainby 2600 18", "Marton 2400 20"]
# The same table as extracted HTML sets it: its cells between pipes.
LIBRARY_TABLE_PIPES = ["How the villages compare:", "| Village | Books | Seats |", "|---|---|---|",
                       "| Ryle | 3200 | 24 |", "| Hawkby | 2800 | 20 |", "| Coldwell | 2100 | 16 |"]
LIBRARY_CLOSE = [
    "\"We used to drive twenty miles for a book,\" said Jim Pell, a retired farmer in Hawkby. \"Now the "
    "children do their homework in there after school.\"",
    "The county plans to link the rooms to its own catalogue next year, so that readers can order any book in "
    "the county's stock.",
]
LIBRARY_FOOT = [["Share this article"], ["Most read"], ["Bus route to be cut", "Fair returns to the green"]]


def _library_page(table: list[str]) -> str:
    return grouped_page(LIBRARY_TOP + [[line] for line in LIBRARY_OPENING] + LIBRARY_BOX + [[table[0]], table[1:]]
                        + [["Advertisement"]] + [[line] for line in LIBRARY_CLOSE] + LIBRARY_FOOT)


@pytest.mark.parametrize("table", [LIBRARY_TABLE_TEXT, LIBRARY_TABLE_PIPES], ids=["text", "pipes"])
def test_a_box_of_links_set_in_the_story_ends_above_the_story_s_table_of_figures(table):
    page = _library_page(table)
    kept = kept_lines(page)
    assert {*LIBRARY_OPENING, *table, *LIBRARY_CLOSE} <= kept
    assert not {"Related", "Book festival returns to the market hall", "Bus route to be cut"} & kept
    assert not {*table[2:]} & kept_lines(page, replace(Settings(), list_ends_at_story_table_rows=0))


# The same in Chinese: a "further reading" box, then the story's table of the villages' reading rooms.
READING_ROOMS = [
    ["云岭镇今年新建村级图书室九个_云岭新闻网"], ["首页 | 登录 | 注册"], ["时政 民生 教育 文化 视频"],
    ["云岭镇今年新建村级图书室九个"], ["来源：云岭新闻网 作者：王小梅 发布时间：2019-05-12 09:30"],
    ["记者从镇文化站了解到，今年以来，全镇九个行政村都建成了村级图书室，每个图书室藏书不少于两千册，并配备了电脑和阅览桌椅。"],
    ["据介绍，图书室由村委会负责日常管理，每周开放五天，周末还为留守儿童开设读书课。"],
    ["相关阅读："], ["镇文化站举办春季读书节"], ["各村图书室藏书情况如下："],
    ["村名 藏书（册） 座位", "河口村 3200 24", "松林村 2800 20", "龙塘村 2100 16", "石桥村 2600 18"],
    ["广告"], ["松林村村民老李说：“以前想看书要跑到县城，现在家门口就能借，孩子放学也有地方写作业了。”"],
    ["镇文化站负责人表示，下一步将把图书室与农家书屋合并管理，并定期更新图书。"],
    ["责任编辑：刘明"], ["热点新闻"], ["镇卫生院新址启用", "云岭茶叶节下月开幕"],
]


def test_the_story_s_table_under_a_chinese_further_reading_box_stays():
    kept = kept_lines(grouped_page(READING_ROOMS))
    assert {"各村图书室藏书情况如下：", "河口村 3200 24", "石桥村 2600 18",
            "镇文化站负责人表示，下一步将把图书室与农家书屋合并管理，并定期更新图书。"} <= kept
    assert not {"相关阅读：", "镇文化站举办春季读书节", "镇卫生院新址启用"} & kept


def test_headlines_that_end_in_one_figure_are_no_table():
    # A most-read list's headlines each ending in a year or a count are headlines, not a table's rows.
    page = grouped_page([["The council met on Monday and voted to keep the old bridge open to buses and bicycles "
                          "until the new one is built, which the engineers expect to take two years."],
                         ["Most read"], ["Budget 2025", "Best walks of 2024", "Flood defences cost 12"]])
    assert not {"Budget 2025", "Best walks of 2024", "Flood defences cost 12"} & kept_lines(page)


# A regional paper's story and its readers' comments, each under its signature: "Posted by NAME at TIME, DATE".
FERRY_STORY = [
    "The ferry across the estuary will stop running after dark from next month, the operator said on Tuesday, "
    "blaming the cost of the crew's overtime and a fall in passengers since the bridge toll was cut.",
    "The last crossing will leave the north slip at half past six, three hours earlier than now, and the Sunday "
    "service will end at four all year round.",
    "Councillor Ray Tolland said he would ask the harbour board to pay for the evening crossings until the spring.",
]
FERRY_COMMENTS = [
    ["Your comments (6)"],
    ["Posted by tidewatcher at 18:05, 3 March 2009",
     "So much for getting people out of their cars. I have used the boat for eleven years and now I will have to "
     "drive round by the bridge like everyone else."],
    ["Posted by Anne from Holme at 18:40, 3 March 2009",
     "I use the last boat every night after my shift at the hospital. Nobody from the operator asked the nurses."],
    ["Posted by J Carr at 19:12, 3 March 2009",
     "The bridge is eight miles round. Nobody will walk that at night, and the buses stop at ten anyway, so what "
     "are we supposed to do?"],
    ["Posted by tidewatcher at 21:30, 3 March 2009",
     "@J Carr exactly. And the car park on the south side is already full by eight every morning of the week."],
    ["Posted by Old salt at 07:15, 4 March 2009",
     "They said the same in 1987 and the boat was still running at midnight two years later. Wait and see."],
    ["Posted by Anne from Holme at 07:40, 4 March 2009",
     "@Old salt in 1987 the council still owned the boat. The new owners answer to their shareholders, not to us."],
    ["Posted by Cyclist Dan at 08:05, 4 March 2009",
     "The bike racks at the north slip will be empty by April, you watch. I will be driving again like the rest."],
    ["Posted by Former skipper at 08:20, 4 March 2009",
     "Overtime is not the problem. The boat needs two crew after dark by law, and they cut the second man in May."],
    ["Posted by J Carr at 08:41, 4 March 2009",
     "@Former skipper thanks, that explains a lot. Has anybody asked the harbour board about the licence?"],
    ["Posted by Estuary News web team at 09:00, 4 March 2009",
     "Thank you for your comments. We have asked the operator whether the crossings could be kept on Fridays."],
]
# A Czech town paper's story and its discussion, each post under "NAME | D. M. YYYY HH:MM".
MARKET_STORY = [
    "Zastupitelé v úterý schválili přesun sobotního trhu z náměstí na parkoviště u kulturního domu, kde budou mít "
    "prodejci víc místa a střechu nad stánky.",
    "Prodejci zaplatí za místo stejně jako dosud, město jim ale první dva měsíce odpustí poplatek za elektřinu.",
    "Trh se na nové místo přestěhuje od první dubnové soboty, řekl starosta.",
]
MARKET_COMMENTS = [
    ["Diskuse k článku (10 příspěvků)"],
    ["zuzka_m | 4. 3. 2015 12:10",
     "Konečně, na náměstí se v sobotu nedalo ani projít. Děti jsem tam radši vůbec nebrala, bylo to nebezpečné."],
    ["Mirek | 4. 3. 2015 12:44",
     "A kde budeme parkovat, když bude trh na parkovišti? Na to asi na úřadě nikdo nepomyslel, jako vždycky."],
    ["důchodce | 4. 3. 2015 13:02",
     "Na náměstí to mělo atmosféru, u kulturního domu to bude smutné. Chodím tam čtyřicet let každou sobotu."],
    ["zuzka_m | 4. 3. 2015 14:20",
     "@Mirek za kostelem je místa dost, stačí ujít dvě stě metrů pěšky. Nikomu to neublíží, spíš naopak."],
    ["Honza z Dolní | 4. 3. 2015 16:45",
     "Prodejci jsou spokojení, mluvil jsem s tím pánem, co prodává med. Střecha se mu líbí hlavně kvůli dešti."],
    ["Mirek | 4. 3. 2015 17:30",
     "@zuzka_m dvě stě metrů s taškou brambor v ruce, to se vám snadno řekne, když bydlíte hned vedle."],
    ["Věra | 4. 3. 2015 19:05",
     "Kdo hlasoval proti? Ráda bych věděla, kdo z nich na trh vůbec chodí, nebo jestli tam byli jen na fotku."],
    ["důchodce | 5. 3. 2015 07:15",
     "Zápis ze zastupitelstva je na webu obce, proti byli tři. Jména si tam každý najde sám, není to tajné."],
    ["redakce | 5. 3. 2015 08:30",
     "Děkujeme za diskusi. Příspěvky s vulgarismy budeme mazat, připomínáme pravidla diskuse pod článkem."],
]


@pytest.mark.parametrize("story, comments", [(FERRY_STORY, FERRY_COMMENTS), (MARKET_STORY, MARKET_COMMENTS)],
                         ids=["posted-by-at-time-date", "name-bar-spaced-date"])
def test_readers_comments_under_their_signature_lines_go(story, comments):
    kept = kept_lines(grouped_page([["Town news"], ["News Sport Letters Homes"], *([line] for line in story),
                                    *comments, ["Add your comment"], ["© Town news"]]))
    assert set(story) <= kept
    assert not {line for comment in comments for line in comment} & kept


# A garden blog's post: its last paragraph announces a list of jobs (each line opening in lower case, the first
# long enough to read as a paragraph), then one short paragraph closes the post, over its footer and comments.
POND_TOP = [["Pond Diary: The frogs are back"], ["Pond Diary"], ["Notes from a small garden pond in Wexley."],
            ["Saturday, March 4, 2006"], ["The frogs are back"]]
POND_STORY = [
    "The first frogs turned up in the pond on Thursday night, three days earlier than last year, and by this morning "
    "there were at least a dozen of them croaking away under the marsh marigolds by the far edge.",
    "There is frogspawn already in the shallow corner, two big clumps of it, which is a relief after last spring when "
    "a heron took most of the adults in a single week and we only had a handful of tadpoles in May.",
    "The water is still very murky from the winter and the pump has started making a grinding noise again. Jobs for "
    "next weekend:",
    "clean the pump filter and check whether the impeller is worn (take the old one to the shop)",
    "whether to put a net over the deep end before the heron comes back",
    "if the dead iris leaves on the shelf can go on the compost",
    "Next door's cat sat on the bench watching all afternoon, but it has never caught one yet. More soon.",
]
POND_FOOT = [["posted by Hazel at 5:20 PM | 2 comments | links to this post"], ["Labels: frogs, pump, spring"],
             ["2 Comments:"],
             ["Dan said...", "Ours arrived on Friday too. Must have been the rain.", "3/04/2006 7:02 PM"],
             ["Hazel said...", "Lovely! Keep an eye out for the heron.", "3/05/2006 8:15 AM"], ["Post a Comment"],
             ["<< Home"], ["About Me"], ["Hazel"], ["Wexley, United Kingdom"], ["View my complete profile"]]


def test_a_list_the_story_announces_stays_with_its_long_lower_case_line():
    page = grouped_page(POND_TOP + [[line] for line in POND_STORY[:3]] + [POND_STORY[3:6]] + [[POND_STORY[6]]]
                        + POND_FOOT)
    kept = kept_lines(page)
    assert set(POND_STORY) <= kept
    assert not {"Ours arrived on Friday too. Must have been the rain.", "Wexley, United Kingdom"} & kept
    assert not {*POND_STORY[4:]} & kept_lines(page, replace(Settings(), announced_lower_case_paragraphs=False))
