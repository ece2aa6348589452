"""A story's lower half in the shapes lang29's study set (tests/fixtures/languages_pages4) showed losing:
a lead-in and its list with an ad's label under the list, over the closing paragraph; and that lower half
under a newsletter box in the story, a writer's bio and an app's plug between it and the tags."""

from __future__ import annotations

from cleaner import clean

HEAD = ("The Valley Courier\n\nNews\nSport\nCulture\n\nHome › News › Local\n\n"
        "New library opens in the old station building\n\nBy Jane Porter\nApril 8, 2025\n\n")
UPPER = ("The town's new library opened on Saturday in the old station building. It holds twenty thousand books, "
         "a reading room for children and a hall for talks that residents may book in the evenings.\n\n"
         "The librarian, Ann Walsh, said residents had asked for such a place for years. \"The children finally "
         "have somewhere quiet to study near home,\" she said at the opening.\n\n"
         "Read more: Bus route 4 changes its timetable in May\n\n"
         "Membership is free.\n\n"
         "The building was paid for by the town and a regional fund. Solar panels on the roof will supply part of "
         "the electricity it needs, and the old waiting hall keeps its benches.\n\n")
LIST = ("The town announced more plans for the summer:\n\n"
        "reading clubs for primary school pupils\nan open-air book market in June\n"
        "free computer classes for seniors\n\n")
LAST = ("The library will be open every day from eight in the morning until eight at night, and on Sundays until six.")
FOOT = ("\n\nTags: Library, Culture, Town\n\nComments (3)\n\nLog in to comment\n\nMost read\n\n"
        "Water prices rise in May\nWeekend weather\nTeam reaches the final\n\n"
        "About us Contact Privacy policy\n\n© 2025 The Valley Courier. All rights reserved.\n")
BIO = "\n\nJane Porter is a reporter for the Valley Courier and covers schools and culture."


def test_closing_paragraph_under_an_ad_below_the_storys_list_stays():
    page = HEAD + UPPER + "Advertisement\n\n" + LIST + "Story continues below advertisement\n\n" + LAST + BIO + FOOT
    out = clean(page)
    assert "free computer classes for seniors" in out
    assert LAST in out


def test_lower_half_under_a_newsletter_box_over_a_bio_and_an_app_plug_stays():
    box = ("Advertisement\n\nMorning Briefing\n\nThe day's top stories in your inbox every morning.\n\nSign up\n\n")
    under = BIO + "\n\nDownload our app and get breaking news alerts."
    page = HEAD + UPPER + box + LIST + "Story continues below advertisement\n\n" + LAST + under + FOOT
    out = clean(page)
    assert "The town announced more plans for the summer:" in out
    assert LAST in out
    assert "Morning Briefing" not in out


THAI_STORY = ("เทศบาลเปิดห้องสมุดแห่งใหม่ในอาคารสถานีรถไฟเก่าเมื่อวันเสาร์ที่ผ่านมา ห้องสมุดมีหนังสือกว่าสองหมื่นเล่ม "
              "มีมุมอ่านหนังสือสำหรับเด็ก และห้องประชุมที่ชาวบ้านจองใช้ได้ในตอนเย็น\n\n"
              "บรรณารักษ์กล่าวว่าชาวบ้านเรียกร้องสถานที่แบบนี้มานานหลายปี “ตอนนี้เด็ก ๆ มีที่อ่านหนังสือเงียบ ๆ ใกล้บ้านแล้ว” "
              "เธอกล่าวในวันเปิด\n\n"
              "งบประมาณในการปรับปรุงอาคารมาจากเทศบาลและกองทุนของจังหวัด บนหลังคามีแผงโซลาร์เซลล์ที่ผลิตไฟฟ้าใช้ภายในอาคาร\n\n"
              "โฆษณา\n\n"
              "เทศบาลยังประกาศกิจกรรมอื่น ๆ สำหรับช่วงปิดภาคเรียน ดังนี้\n\n"
              "ชมรมอ่านหนังสือสำหรับนักเรียนประถม\nตลาดนัดหนังสือกลางแจ้งในเดือนมิถุนายน\nคอร์สคอมพิวเตอร์ฟรีสำหรับผู้สูงอายุ\n\n"
              "ห้องสมุดจะเปิดทุกวันตั้งแต่เวลาแปดโมงเช้าถึงสองทุ่ม และวันอาทิตย์ปิดเวลาหกโมงเย็น")


def test_thai_list_under_a_lead_in_that_ends_as_follows_stays():
    # Thai sets no colon after its lead-in: "... ดังนี้" ("as follows") announces the list.
    page = ("ข่าวท้องถิ่น\n\nข่าว\nกีฬา\nบันเทิง\n\nห้องสมุดแห่งใหม่เปิดในสถานีรถไฟเก่า\n\nโดย สมศรี ใจดี\n\n"
            + THAI_STORY + "\n\nความคิดเห็น (2)\n\nข่าวยอดนิยม\n\nค่าน้ำประปาจะขึ้นในเดือนพฤษภาคม\n"
            "พยากรณ์อากาศสุดสัปดาห์นี้\nทีมท้องถิ่นเข้ารอบชิงชนะเลิศ\n\n© 2025 ข่าวท้องถิ่น สงวนลิขสิทธิ์\n")
    out = clean(page)
    assert "คอร์สคอมพิวเตอร์ฟรีสำหรับผู้สูงอายุ" in out
    assert "ห้องสมุดจะเปิดทุกวันตั้งแต่เวลาแปดโมงเช้าถึงสองทุ่ม" in out
