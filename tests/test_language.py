"""Page language: right on short texts and on pages of lines, named by ISO 639-1 code."""

from __future__ import annotations

from dataclasses import replace

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from cleaner import Cleaner
from cleaner.language import STOPLIST_NAMES, _stoplist, _stoplist_dir, identify, stopwords_for
from cleaner.settings import DEFAULT_SETTINGS


@pytest.mark.parametrize(("text", "language"), [
    # A raw vote across stoplists of very different sizes called these Estonian and Breton.
    ("The bill passed 52 to 48.", "en"),
    ("Rain fell all week.", "en"),
    ("Der Rat tagte am Montag.", "de"),
    ("Le maire a signé le décret hier soir.", "fr"),
    ("Rada miasta zebrała się we wtorek.", "pl"),
    ("El tren sale a las nueve de la mañana.", "es"),
    ("市议会在周二晚上经过长时间的辩论后决定翻新旧桥。", "zh"),
    # Languages the benchmark sets hardly have: a sentence each, and a chrome line where it is a word
    # of that language alone (a lone "Dela" or a line of kanji could be several).
    ("Дождь шёл всю неделю.", "ru"),
    ("Подпишитесь на рассылку", "ru"),
    ("Дощ ішов увесь тиждень.", "uk"),
    ("一週間ずっと雨が降った。", "ja"),
    ("Celý týden pršelo.", "cs"),
    ("Související články", "cs"),
    ("Celý týždeň pršalo.", "sk"),
    ("Det regnade hela veckan.", "sv"),
    ("Relaterade artiklar", "sv"),
    ("Det regnede hele ugen.", "da"),
    ("Det regnet hele uka.", "no"),
    ("Koko viikon satoi.", "fi"),
    ("Bütün hafta yağmur yağdı.", "tr"),
    ("İlgili Haberler", "tr"),
    ("A plouat toată săptămâna.", "ro"),
    ("Egész héten esett az eső.", "hu"),
    ("Έβρεχε όλη την εβδομάδα.", "el"),
    ("일주일 내내 비가 왔다.", "ko"),
])
def test_short_texts(text, language):
    assert identify(text) == language


def test_the_prose_decides_not_a_long_list():
    # A country picker is the page's longest line; the story's sentences are German.
    countries = " ".join(["Afghanistan Albania Algeria Andorra Angola Argentina Armenia Aruba Australia"] * 8)
    page = "\n".join([
        countries,
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im kommenden Jahr zu erneuern.",
        "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, sagte die Bürgermeisterin.",
    ])
    assert identify(page) == "de"


def test_no_letters_no_language():
    assert identify("12:30 | 4-2 | 2019") is None
    assert identify("") is None


def test_every_stoplist_code_is_one_the_identifier_names_and_has_its_list():
    labels = set(LanguageIdentifier.from_model_file(MODEL_FILE).labels)
    for code in STOPLIST_NAMES:
        assert code in labels
        assert stopwords_for(code), code


def test_each_stoplist_is_its_lines_each_stripped_and_lower_cased():
    directory = _stoplist_dir()
    assert directory is not None
    for code, name in STOPLIST_NAMES.items():
        lines = (directory / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        assert _stoplist(code) == frozenset(line.strip().lower() for line in lines if line.strip()), code


def test_a_language_without_stoplist_has_no_stopwords():
    assert stopwords_for("zh") == frozenset()
    assert stopwords_for(None) == frozenset()


def test_explanation_names_the_language_by_code():
    text = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im kommenden Jahr zu erneuern."
    assert Cleaner().explain(text).language == "de"


def test_the_identifiers_thresholds_are_settings():
    text = "Die Regierung hat am Montag beschlossen, dass die Schulen wieder öffnen."
    assert identify(text) == identify(text, DEFAULT_SETTINGS) == "de"
    assert identify(text, replace(DEFAULT_SETTINGS, language_sample_chars=0)) is None  # an empty sample


def test_a_story_in_unpunctuated_lines_names_the_language_over_its_chrome_s_sentences():
    # Steps of a dance written without full stops, under a wiki's English
    # tool tips: the steps are the page's language.
    chrome = [
        "Click here to edit the contents of this page.",
        "Check out how this page has changed in the past.",
        "See the pages that link to and include this page.",
        "Notify the administrators if there is objectionable content in this page.",
        "Something does not work as expected? Find out what you can do.",
        "View and manage the file attachments for this page.",
    ]
    steps = [
        "der Herr führt die Dame mit der rechten Hand nach links und dreht sich dabei selbst nach rechts",
        "danach greift er mit seiner linken Hand ihre rechte Hand und führt sie wieder zurück in die Mitte",
        "jetzt stehen beide nebeneinander und gehen drei Schritte nach vorne und dann wieder zurück",
        "zum Schluss dreht sich die Dame unter seinem Arm hindurch und beide beginnen von vorne",
    ]
    assert identify("\n".join(chrome + steps)) == "de"


def test_the_prose_sample_counts_words_as_a_full_split_would():
    """A line's words are counted only up to language_sample_min_words (a
    split that stops there): the same lines are prose as with every word
    split off, whatever the spaces (tabs, no-break, ideographic) and limit."""
    import random

    from cleaner.language import _SENTENCE_ENDS, _prose_sample

    rng = random.Random(5)
    pieces = ["word", "mot", " ", "  ", "\t", "\u3000", "\xa0", "東京", "x,", ""]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(2000)]
    for min_words in (0, 1, 2, 8, 12):
        settings = replace(DEFAULT_SETTINGS, language_sample_min_words=min_words, language_sample_chars=10**9)
        prose = [line for line in lines if line.rstrip().endswith(_SENTENCE_ENDS) or len(line.split()) >= min_words]
        expected = "\n".join(line[:settings.language_sample_line_chars]
                             for line in sorted(prose or lines, key=len, reverse=True))
        assert _prose_sample(lines, settings) == expected


def test_the_prose_sample_is_the_longest_prose_lines_until_it_is_full():
    """Lines are tested for prose longest first, only until the sample is
    full: the sample is that of every prose line sorted by length (equal
    lengths in page order), cut where it holds language_sample_chars."""
    import random

    from cleaner.language import _SENTENCE_ENDS, _prose_sample

    rng = random.Random(7)
    pieces = ["word", "Satz.", " ", "  ", "x", "ab", "!", ""]
    pages = [["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(0, 40))]
             for _ in range(300)]
    for sample_chars in (0, 1, 20, 90, 400):
        settings = replace(DEFAULT_SETTINGS, language_sample_min_words=4, language_sample_chars=sample_chars,
                           language_sample_line_chars=25)
        for lines in pages:
            prose = [line for line in lines if line.rstrip().endswith(_SENTENCE_ENDS) or len(line.split()) >= 4]
            sample: list[str] = []
            total = 0
            for line in sorted(prose or lines, key=len, reverse=True):
                if total >= sample_chars:
                    break
                sample.append(line[:25])
                total += len(sample[-1]) + 1
            assert _prose_sample(lines, settings) == "\n".join(sample)


def test_the_sample_reads_lines_without_link_marks_longest_first_as_a_sort_of_them_all():
    """The lines the sample reads are read without their link marks only once
    they may be next: the order is still that of every line cleaned, then
    sorted by length (equal lengths in page order), though a line's marks
    make it longer than lines that end up longer than it."""
    import random

    from cleaner.features import without_link_marks
    from cleaner.language import _longest_first

    rng = random.Random(11)
    pieces = ["word", "[a](https://x.example/p)", "https://e.example/q", "[12]", "x)", "-", " ", "ab", "(see)"]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 12))]
        assert list(_longest_first(lines)) == sorted(map(without_link_marks, lines), key=len, reverse=True), lines


def test_a_markdown_page_is_named_by_its_prose_not_by_its_links_addresses():
    # html2text's Markdown: a shop's menu of links, whose addresses and titles (in English) make the
    # page's longest lines, around a German story. Read as measured, without the link marks, the
    # lines sampled are the story's (English was named before).
    story = ["Der Gemeinderat hat am Montag beschlossen, die Grundschule im Ortskern bis zum Herbst zu erweitern.",
             "Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, den Rest zahlt die Gemeinde.",
             "Die Bauarbeiten sollen in den Sommerferien beginnen, damit der Unterricht möglichst wenig gestört wird."]
    links = [f'  * [{item}](https://shop.example/en/collections/the-best-of-the-{item.lower()}-for-your-garden-and-'
             f'your-home-this-summer "Shop the {item} collection for the summer")'
             for item in ("Gartenmöbel", "Sonnenschirme", "Grillzubehör", "Pflanzkübel", "Gartenleuchten",
                          "Hängematten")]
    assert identify([*links, *story, *links]) == "de"
