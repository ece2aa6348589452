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
