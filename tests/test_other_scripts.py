"""Scripts with sentence marks of their own, and scripts that write none
(Thai, Lao): their paragraphs are prose, not lists of names for lacking
Latin or CJK punctuation (issue 12). Invented text."""

from __future__ import annotations

import pytest
from helpers import ROOT

from cleaner import Cleaner
from cleaner.detectors.headers import lead_length
from cleaner.detectors.traditional import traditional
from cleaner.features import ends_sentence, measure
from cleaner.selection import Kind, classify
from cleaner.settings import Settings

SETTINGS = Settings()

# A story's paragraph in each script, ending with the script's own full stop.
PARAGRAPHS = {
    "Amharic": ("የከተማው ምክር ቤት ሰኞ ዕለት አዲሱን ድልድይ በይፋ ከፈተ፣ ግንባታው ሦስት ዓመታት ፈጅቷል። ከንቲባው እንዳሉት ድልድዩ "
                "ከሰሜናዊ ሰፈሮች ወደ መሃል ከተማ የሚወስደውን መንገድ በሃያ ደቂቃ ያሳጥራል፣ ነዋሪዎችም ደስታቸውን ገልጸዋል። "
                "አሮጌው ድልድይ በግንቦት ወር ለጥገና ይዘጋል፣ ሥራው ሁለት ዓመት ይወስዳል ተብሏል።"),
    "Urdu": ("شہر کی کونسل نے پیر کے روز دریا پر نئے پل کا باقاعدہ افتتاح کیا، "
             "جس کی تعمیر میں تین سال لگے۔ میئر نے کہا کہ یہ پل شمالی علاقوں سے شہر کے مرکز تک "
             "سفر کو بیس منٹ کم کر دے گا، اور مقامی لوگوں نے اس پر خوشی کا اظہار کیا۔"),
    "Myanmar": ("မြို့တော်ကောင်စီသည် တနင်္လာနေ့တွင် မြစ်ကိုဖြတ်ကျော်သည့် တံတားသစ်ကို တရားဝင်ဖွင့်လှစ်ခဲ့သည်။ "
                "ဆောက်လုပ်ရေးလုပ်ငန်းသည် သုံးနှစ်ကြာခဲ့ပြီး မြို့လယ်သို့ သွားရာလမ်းကို မိနစ်နှစ်ဆယ်ခန့် တိုစေမည်ဖြစ်သည်။"),
    "Khmer": ("ក្រុមប្រឹក្សាក្រុងបានបើកស្ពានថ្មីឆ្លងទន្លេជាផ្លូវការកាលពីថ្ងៃច័ន្ទ។ ការសាងសង់បានចំណាយពេលបីឆ្នាំ "
              "ហើយស្ពាននេះនឹងកាត់បន្ថយពេលធ្វើដំណើរទៅកណ្តាលក្រុងប្រហែលម្ភៃនាទី។"),
    "Armenian": ("Քաղաքային խորհուրդը երկուշաբթի օրը պաշտոնապես բացեց գետի վրայով անցնող նոր կամուրջը, որի կառուցումը "
                 "տևեց երեք տարի։ Քաղաքապետի խոսքով՝ կամուրջը հյուսիսային թաղամասերից մինչև կենտրոն ճանապարհը "
                 "կկրճատի մոտ քսան րոպեով, և բնակիչները ողջունեցին այդ որոշումը։"),
}


@pytest.mark.parametrize("script", sorted(PARAGRAPHS))
def test_a_paragraph_ending_with_its_script_s_full_stop_is_prose(script):
    text = PARAGRAPHS[script]
    features = measure(text, frozenset(), SETTINGS.cjk_chars_per_word, SETTINGS.spaceless_stopword_density)
    assert ends_sentence(text)
    assert features.clause_marks >= 2
    assert classify(features, False, SETTINGS) is Kind.GOOD


def test_a_thai_paragraph_s_spaces_divide_it_as_clause_marks_would():
    text = THAI_PARAGRAPHS[0]
    features = measure(text, frozenset(), SETTINGS.cjk_chars_per_word, SETTINGS.spaceless_stopword_density)
    assert features.clause_marks == 2
    assert classify(features, False, SETTINGS) is Kind.GOOD


THAI_PARAGRAPHS = [
    ("เทศบาลเมืองได้เปิดสะพานใหม่ข้ามแม่น้ำอย่างเป็นทางการเมื่อวันจันทร์ที่ผ่านมา หลังจากใช้เวลาก่อสร้างนานกว่าสามปี "
     "สะพานนี้จะช่วยลดปัญหาการจราจรติดขัดในตัวเมืองได้อย่างมาก"),
    ("นายกเทศมนตรีกล่าวว่าโครงการนี้ใช้งบประมาณทั้งสิ้นกว่าสี่ร้อยล้านบาท และได้รับการสนับสนุนจากรัฐบาลกลางส่วนหนึ่ง "
     "ประชาชนในพื้นที่ต่างแสดงความยินดีกับการเปิดใช้สะพานในครั้งนี้"),
    ("ชาวบ้านรายหนึ่งเล่าว่าก่อนหน้านี้ต้องใช้เวลาเดินทางเข้าเมืองเกือบหนึ่งชั่วโมง แต่ตอนนี้ใช้เวลาเพียงสิบห้านาทีเท่านั้น "
     "ซึ่งทำให้ชีวิตประจำวันสะดวกขึ้นมาก"),
]
THAI_PAGE = "\n".join([
    "หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "เทคโนโลยี", "ติดต่อเรา", "", "เทศบาลเปิดสะพานใหม่ข้ามแม่น้ำ", "",
    *(line for paragraph in THAI_PARAGRAPHS for line in (paragraph, "")),
    "ข่าวที่เกี่ยวข้อง", "ฝนตกหนักหลายพื้นที่ทั่วประเทศ", "ราคาน้ำมันปรับขึ้นอีกครั้ง", "แชร์", "Facebook", "LINE",
    "© 2024 ข่าวเมือง สงวนลิขสิทธิ์",
])


def test_a_thai_page_keeps_its_story_and_drops_its_menu():
    """Every Thai paragraph read as a list of names (30 words or more, no
    mark): selection found no story and kept the whole page, menu and all."""
    assert Cleaner().clean(THAI_PAGE).strip().split("\n\n") == THAI_PARAGRAPHS


def test_a_chinese_lead_under_the_headline_is_as_long_as_its_words_say():
    """A lead of 49 characters holds what an English one of some 170 does:
    measured in characters, it fell short of lead_min_chars (120) and went
    with the page's header."""
    page = (ROOT / "tests" / "fixtures" / "cms_pages" / "20_news_portal_zh.txt").read_text(encoding="utf-8")
    lead = "今年以来，二十多个城市出台老旧小区改造补贴政策，加装电梯的补贴标准普遍提高，居民出行难题有望缓解。"
    headline = "多地推出旧房改造补贴 老小区加装电梯提速\n\n"
    assert page.count(headline) == 1
    body = Cleaner().clean(page.replace(headline, f"{headline}{lead}\n\n"))
    assert body.startswith(lead + "\n\n记者从多个城市")
    assert lead_length(lead, SETTINGS) >= SETTINGS.lead_min_chars > len(lead)
    assert lead_length("A short line.", SETTINGS) == len("A short line.")


def test_a_chinese_story_ending_in_a_list_its_colon_announces_keeps_it():
    """A line ending in the full-width colon, then items ending in the
    full-width semicolon, closing the story: they ended no sentence (only
    the ASCII ":" and ";" did), scored as chrome, and were lost."""
    page = (ROOT / "tests" / "fixtures" / "cms_pages" / "20_news_portal_zh.txt").read_text(encoding="utf-8")
    last = "据悉，相关补贴将于下月起开放申请。\n\n"
    added = ["居民申请补贴时，需要向街道办事处提交以下材料：", "全体业主签字同意的加装方案；",
             "具有资质的企业出具的设计图纸；", "电梯安装和维护费用的分摊协议。"]
    assert page.count(last) == 1
    body = Cleaner().clean(page.replace(last, last + "".join(f"{line}\n\n" for line in added)))
    assert all(line in body for line in added)
    assert ends_sentence("（新华社记者 王强）") and ends_sentence("具体措施如下：")


def test_traditional_chinese_chrome_is_named_by_the_detector_of_its_simplified_phrase():
    """Taiwan's "延伸閱讀", "熱門新聞", "我要留言": the phrase tables held the
    simplified forms only ("延伸阅读"...), so selection cut these lines as
    main-content, and with no chrome found the region had no edge."""
    explanation = Cleaner().explain(
        (ROOT / "tests" / "fixtures" / "cms_pages" / "21_news_zh_hant.txt").read_text(encoding="utf-8"))
    removed_by = {d.block.text: d.removed_by for d in explanation.decisions}
    assert removed_by["延伸閱讀"] == "related-list"
    assert removed_by["熱門新聞"] == "related-list"
    assert removed_by["留言"] == "comment-prompt"
    assert traditional("复制链接") == "複製連結" and traditional("相关新闻") == "相關新聞"
