"""A Chinese notice's closing lines (落款: headers.issuer_closing, selection.issuer_after): the issuing body's
name over the date alone, a contact line maybe over them, under the notice's last paragraph, are the notice's;
a bare date elsewhere (under the headline, in a list of teasers) is still a dateline. Invented pages, in
simplified and traditional characters, a line each as a text-mode page shows them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner import Cleaner
from cleaner.settings import DEFAULT_SETTINGS, Settings

# Per script: the menu, the headline, its date (the day it was posted), the notice's paragraphs, the contact,
# the issuer, the notice's date, the teasers under it (a headline, a date and a line each), the footer.
PAGES = {
    "zh": (["首页", "政务公开", "办事服务", "互动交流", "走进河源"],
           "关于开展2025年春季校园周边环境整治工作的通知",
           "2025年3月4日",
           ["各乡镇人民政府、街道办事处，区直有关单位：",
            "为进一步净化校园周边环境，保障广大师生安全，经区政府同意，决定在全区范围内开展春季校园周边环境"
            "整治工作，现将有关事项通知如下。",
            "一、整治时间。自2025年3月10日起至2025年5月31日止，分动员部署、集中整治和总结验收三个阶段进行。",
            "二、整治内容。重点整治校园周边无证经营、占道经营、违规销售烟酒和交通秩序混乱等突出问题。",
            "三、工作要求。各单位要高度重视，明确专人负责，并于每月5日前将工作进展情况报区教育局。"],
           "联系电话：0762-3318000",
           "河源市源城区教育局",
           "2025年3月2日",
           ["我区召开春季开学安全工作会议", "2025年2月20日", "会议对新学期校园安全工作作出了具体部署。",
            "区教育局开展寒假作业检查活动", "2025年2月12日", "检查覆盖全区各中小学校共计四十余所。"],
           ["网站地图", "联系我们", "隐私声明"]),
    "zh-Hant": (["首頁", "市政資訊", "便民服務", "意見信箱", "關於本府"],
                "有關辦理本年度社區關懷據點評鑑作業之公告",
                "2024年9月18日",
                ["主旨：公告辦理本年度社區關懷據點評鑑作業，請各據點依說明事項準備相關資料。",
                 "一、評鑑期間自2024年10月1日起至2024年11月15日止，由本局邀請專家學者組成評鑑小組實地訪視。",
                 "二、評鑑項目包括據點服務內容、志工人力運用、經費核銷及長者滿意度等四大面向。",
                 "三、各據點應於2024年9月30日前將自評表及佐證資料送達本局社會工作科，逾期不予受理。"],
                "聯絡電話：(04)2228-9111",
                "臺中市政府社會局",
                "2024年9月16日",
                ["本市長青學苑秋季班開放報名", "2024年9月10日", "今年秋季班共開設一百二十門課程。",
                 "社會局舉辦志工表揚大會", "2024年9月3日", "共有三百餘位志工獲頒服務獎章。"],
                ["網站導覽", "聯絡我們", "隱私權政策"]),
}


def page(script: str, contact: bool = True) -> str:
    menu, headline, top_date, story, phone, issuer, date, teasers, footer = PAGES[script]
    closing = [phone, issuer, date] if contact else [issuer, date]
    return "\n\n".join([*menu, headline, top_date, *story, *closing, "相关文章" if script == "zh" else "相關文章",
                        *teasers, *footer])


def removed_by(text: str, settings: Settings = DEFAULT_SETTINGS) -> list[tuple[str, str | None]]:
    return [(d.block.text, d.removed_by) for d in Cleaner(settings=settings).explain(text).decisions]


@pytest.mark.parametrize("contact", [True, False])
@pytest.mark.parametrize("script", sorted(PAGES))
def test_the_issuer_and_date_under_the_notice_are_the_notice_s(script: str, contact: bool) -> None:
    _, headline, top_date, story, phone, issuer, date, teasers, footer = PAGES[script]
    text = page(script, contact)
    decisions = removed_by(text)
    kept = [line for line, by in decisions if by is None]
    closing = [phone, issuer, date] if contact else [issuer, date]
    assert kept[-len(story) - len(closing):] == [*story, *closing]
    # The date under the headline and the teasers' dates go.
    assert all(by is not None for line, by in decisions[:-len(teasers) - len(footer) - len(story) - len(closing)]
               if line == top_date)
    assert all(by is not None for line, by in decisions[-len(teasers) - len(footer):])
    cleaned = Cleaner().clean(text)
    assert Cleaner().clean(cleaned) == cleaned


def test_no_issuer_is_kept_when_issuer_max_chars_is_0() -> None:
    _, _, _, _, phone, issuer, date, _, _ = PAGES["zh"]
    decisions = dict(removed_by(page("zh"), replace(Settings(), issuer_max_chars=0)))
    assert decisions[issuer] is not None and decisions[phone] is not None
