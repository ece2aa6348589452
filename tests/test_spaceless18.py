"""Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar), two of which write no
sentence marks either (Thai and Lao: a space ends a sentence, the line a paragraph): how their lines
are measured and classed, and the invented news pages of tests/fixtures/spaceless_pages (see its
README), whose stories come back whole as text and from HTML. Invented text."""

from __future__ import annotations

import pytest
from helpers import ROOT, cleaned_page, nonblank_lines

from cleaner import features as features_module
from cleaner.features import Features, ends_sentence, measure, word_count
from cleaner.selection import Kind, classify, lead_in, score
from cleaner.settings import Settings

SETTINGS = Settings()
PAGES = ROOT / "tests" / "fixtures" / "spaceless_pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.html"))


def features(text: str) -> Features:
    return measure(text, frozenset(), SETTINGS.cjk_chars_per_word, SETTINGS.spaceless_stopword_density,
                   SETTINGS.southeast_asian_chars_per_word)


# A menu's one-word items ("Politics", "Economy") in each script: 8 to 10 characters.
MENU_ITEMS = {"Thai": "การเมือง", "Lao": "ເສດຖະກິດ", "Khmer": "សេដ្ឋកិច្ច", "Myanmar": "စီးပွားရေး"}


@pytest.mark.parametrize("script", sorted(MENU_ITEMS))
def test_a_one_word_menu_item_is_a_label(script):
    """Counted at Chinese's 1.7 characters a word, a word of these scripts (a consonant with its vowel,
    tone and subscript marks a syllable) read as five or six words: more than a label's
    short_max_words, so each menu item was BAD where English's "Politics" is SHORT (failed before)."""
    measured = features(MENU_ITEMS[script])
    assert measured.words == len(MENU_ITEMS[script]) / SETTINGS.southeast_asian_chars_per_word
    assert classify(measured, False, SETTINGS) is Kind.SHORT


def test_every_character_of_the_four_scripts_passes_their_quick_test():
    every = "".join(map(chr, range(0x110000)))
    scripts = set(features_module._SOUTHEAST_ASIAN.findall(every))
    assert scripts and scripts <= set(features_module._maybe_southeast_asian().findall(every))


def test_the_letters_without_case_read_by_re_are_those_the_lines_measured_together_look_for():
    every = "".join(map(chr, range(0x110000)))
    read_by_re = [c for c in every if features_module._READ_BY_RE.fullmatch(c)]
    caseless = [c for c in read_by_re if c.isalpha() and not features_module._cased(c)]
    assert caseless == features_module._CASELESS_READ_BY_RE.findall("".join(read_by_re))


def test_each_spaceless_script_is_counted_at_its_own_rate():
    line = "東京で会議การเมือง 2 days"
    expected = 5 / SETTINGS.cjk_chars_per_word + 8 / SETTINGS.southeast_asian_chars_per_word + 2
    assert features(line).words == pytest.approx(expected)
    rates = SETTINGS.cjk_chars_per_word, SETTINGS.southeast_asian_chars_per_word
    assert word_count(line, *rates) == features(line).words


# Two sentences of about ten words, parted by the space that ends the first ("It rained hard all
# night. Many roads in town were flooded.").
TWO_SENTENCES = {"Thai": "ฝนตกหนักทั้งคืน ถนนหลายสายในตัวเมืองมีน้ำท่วมขัง",
                 "Lao": "ຝົນຕົກໜັກໝົດຄືນ ຖະໜົນຫຼາຍສາຍໃນຕົວເມືອງມີນ້ຳຖ້ວມຂັງ"}


@pytest.mark.parametrize("script", sorted(TWO_SENTENCES))
def test_a_line_of_two_sentences_without_marks_is_a_paragraph(script):
    """As a line of ten words ending in a full stop is: the space ends the first sentence and the line
    the second. Before, such a line was GOOD only from 30 words (good_any_end_min_words) whatever it
    held, and this one BAD."""
    measured = features(TWO_SENTENCES[script])
    assert measured.unmarked_end and not measured.terminal and measured.clause_marks == 1
    assert measured.words >= SETTINGS.good_min_words
    assert classify(measured, False, SETTINGS) is Kind.GOOD


def test_a_thai_line_of_one_sentence_is_a_line_of_the_story_that_costs_what_a_headline_does():
    """"The trees planted are all native species.": no mark tells it from a headline. It is NEAR (a
    line of the story where it stands among its paragraphs: it does not break their run), and costs
    a region what a BAD line of its words does (it does not extend the story into a list of headlines)."""
    line = "ต้นไม้ที่ปลูกเป็นพันธุ์ไม้ท้องถิ่นทั้งหมด"
    measured = features(line)
    assert measured.unmarked_end and not measured.clause_marks
    assert classify(measured, False, SETTINGS) is Kind.NEAR
    assert score(Kind.NEAR, measured, SETTINGS, line) == score(Kind.BAD, measured, SETTINGS, line) < 0


@pytest.mark.parametrize(("text", "unmarked"), [
    ("ชาวบ้านร่วมกันปลูกต้นไม้", True),
    ("ລູກຄ້າສ່ວນຫຼາຍແມ່ນນັກທ່ອງທ່ຽວ", True),
    ("ทุกคนช่วยกันทำงานอย่างหนักๆ", True),  # the repetition mark ends no sentence: a line's end says as little
    ("จบการประชุมแล้ว๚", False),  # Thai's old mark of a passage's end is one
    ("ទិន្នផលកើនឡើងជិតទ្វេដង។", False),  # Khmer and Myanmar write their full stops
    ("ទិន្នផលកើនឡើងជិតទ្វេដង", False),
    ("ဝင်ကြေး လုံးဝမယူပါ", False),
    ("ผู้เข้าร่วมงานกว่า 2,500", True),  # a number closing a sentence ends it as a word would
    ("ราคา 500.", False),  # a full stop does
    ("ชาวบ้านร่วมงาน Songkran", False),  # a line that ends in a Latin word is read as Latin lines are
    ("The trees are native", False),
])
def test_only_a_line_ending_in_thai_or_lao_has_an_end_that_says_nothing(text, unmarked):
    assert features(text).unmarked_end is unmarked
    assert ends_sentence(text) is (text.endswith(("๚", "។", ".")))


def test_khmer_s_colon_announces_what_follows():
    """"The project gives farmers the following:" then a list: the colon ៖ ended nothing, and the list
    and the paragraph under it were lost (failed before)."""
    line = "គម្រោងនេះផ្តល់ជំនួយដល់កសិករដូចខាងក្រោម៖"
    assert lead_in(line) and ends_sentence(line)


def test_words_of_a_script_without_case_leave_the_title_case_share_to_the_others():
    """A Thai share row ("Share on Facebook Share on LINE") is all capitals as its English one is:
    the Thai words counted as lower-case halved the share, and three such lines under the headline
    (byline, share row, caption) passed for the story's key points."""
    assert features("แชร์ไปยัง Facebook แชร์ไปยัง LINE").title_case_share == 1.0
    assert features("ชาวบ้านร่วมกันปลูกต้นไม้").title_case_share == 0.0
    assert features("ชาวบ้าน Mae Rim ร่วมกัน planted").title_case_share == pytest.approx(2 / 3)


def _story(name: str) -> list[str]:
    """The page's article lines in full, in order: the text's lines that its .keep starts."""
    text = nonblank_lines(PAGES / f"{name}.txt")
    starts = nonblank_lines(PAGES / f"{name}.keep")
    return [next(line for line in text if line.lstrip("“").startswith(start)) for start in starts]


@pytest.mark.parametrize("mode", ["text", "html"])
@pytest.mark.parametrize("name", NAMES)
def test_the_story_inside_its_page_keeps_every_line(cleaner, name, mode):
    body = cleaned_page(cleaner, PAGES / name, mode)
    kept = {line.strip().removeprefix("- ") for line in body.splitlines()}
    assert set(_story(name)) <= kept


@pytest.mark.parametrize("name", NAMES)
def test_the_story_alone_comes_back_whole(cleaner, name):
    lines = _story(name)
    for text in ("\n\n".join(lines), "\n".join(lines)):
        assert set(lines) <= {line.strip() for line in cleaner.clean(text).splitlines()}


def test_a_title_part_in_a_southeast_asian_script_is_counted_by_the_settings_ratio():
    # "Story - Site" parts of fewer than title_part_min_words words are no headline; a Thai part's words are
    # its characters at southeast_asian_chars_per_word, as the settings given say (a custom ratio too).
    from cleaner.detectors.headers import title_keys

    title = "Council votes on the bridge - ข่าวท้องถิ่นวันนี้"  # 17 Thai characters
    assert "ข่าวท้องถิ่นวันนี้" in title_keys(title, 3, 1.7, 4.5)  # 3.8 words
    assert "ข่าวท้องถิ่นวันนี้" not in title_keys(title, 3, 1.7, 9.0)  # 1.9 words
