"""`cleaner learn`: rules learned from a folder of one outlet's pages remove
its chrome from every page and keep every article body.

The pages are made here: the chrome of made-up outlets, with the small
variations real pages have (dates, counts, bylines, photo credits, rotating
headlines, an advertisement marker on some pages only), around real article
bodies (tests/fixtures/article_bodies.json: the first paragraphs of 60
articles of the aeb-dev ground truth that the generic pipeline keeps whole)
or invented ones (tests/made_up_outlets.py, in English and German).
"""

from __future__ import annotations

import gzip
import json
import random
import tomllib
from collections import Counter, defaultdict
from dataclasses import replace
from html import escape

import pytest
import regex
from helpers import ROOT, run_cli
from made_up_outlets import FIRST_NAMES, LAST_NAMES, NEWS, TALBOTE, make_pages

from cleaner import Cleaner
from cleaner.blocks import segment
from cleaner.learn import (
    LearnError,
    learn,
    render_rule_file,
    shape_of,
    shape_pattern,
    toml_string,
    write_rule_file,
)
from cleaner.outlets import load_rule_file, parse_rule_file
from cleaner.settings import DEFAULT_SETTINGS

# The module's fixtures learn from folders of pages: one worker builds them once.
pytestmark = pytest.mark.xdist_group("learn")
ARTICLES = json.loads((ROOT / "tests" / "fixtures" / "article_bodies.json").read_text(encoding="utf-8"))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AUTHORS = ["Maria Lopez", "Tom Okafor", "Ingrid Berg", "Sam Patel", "Lena Fischer", "Owen Hughes",
           "Aiko Tanaka", "Rui Costa"]


def gazette_page(number: int, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """One page of The Harbour Gazette: (text, body paragraphs, chrome lines)."""
    article = ARTICLES[number]
    body = article["paragraphs"]
    others = [a["headline"] for i, a in enumerate(ARTICLES) if i != number]
    nav = ["News", "Politics", "Business", "Culture"] + (["Sport"] if rng.random() < 0.5 else []) + ["Opinion"]
    year = rng.choice([2023, 2024])
    top = ["Skip to content", "The Harbour Gazette", *nav,
           f"{rng.choice(WEEKDAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"]
    updated = f"Updated {rng.randint(1, 11)} {rng.choice(['hours', 'days'])} ago"
    appeal = f"{rng.randint(150, 9999):,} readers chipped in this month. Will you join them?"
    advert = ["Advertisement"] if rng.random() < 0.7 else []
    bottom = ["Most read", *rng.sample(others, 4), "Sign up for the Harbour Gazette morning briefing",
              f"© {year} Harbour Gazette Media Ltd. All rights reserved.", "Privacy policy · Terms · Contact us"]
    header = [article["headline"], f"By {rng.choice(AUTHORS)}"]
    lines = [*top, *header, updated, body[0], appeal, body[1], *advert, body[2], *bottom]
    chrome = [*top, updated, appeal, *advert, *bottom]
    return "\n\n".join(lines) + "\n", body, chrome


@pytest.fixture(scope="module")
def gazette(tmp_path_factory):
    """60 pages in a folder, their bodies and chrome, and the learned rule file."""
    rng = random.Random(6)
    root = tmp_path_factory.mktemp("gazette")
    pages = root / "pages"
    pages.mkdir()
    truth = {}
    for number in range(len(ARTICLES)):
        text, body, chrome = gazette_page(number, rng)
        (pages / f"page{number:02}.txt").write_text(text, encoding="utf-8")
        truth[f"page{number:02}"] = (body, chrome)
    rules = root / "rules"
    rules.mkdir()
    result = run_cli("learn", str(pages), "--outlet", "The Harbour Gazette", "--domain", "harbour-gazette.example",
                     "-o", str(rules / "gazette.toml"))
    assert result.returncode == 0, result.stderr.decode()
    return pages, truth, rules / "gazette.toml", result


def test_html_pages_are_learned_from_their_extracted_text(gazette, tmp_path):
    """The rules apply to the text the cleaner extracts, so that is what is learned."""
    pages, _, _, _ = gazette
    (tmp_path / "html").mkdir()
    (tmp_path / "text").mkdir()
    for page in sorted(pages.iterdir())[:20]:  # a third of the outlet: HTML takes longer to read
        text = page.read_text(encoding="utf-8")
        (tmp_path / "text" / page.name).write_text(text, encoding="utf-8")
        paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n\n"))
        html = f"<html><body><article>{paragraphs}</article></body></html>"
        (tmp_path / "html" / f"{page.stem}.html").write_text(html, encoding="utf-8")
    learned = {}
    for kind in ("html", "text"):
        result = run_cli("learn", str(tmp_path / kind), "--outlet", "The Harbour Gazette",
                         "-o", str(tmp_path / f"{kind}.toml"))
        assert result.returncode == 0, result.stderr.decode()
        learned[kind] = tomllib.loads((tmp_path / f"{kind}.toml").read_text(encoding="utf-8"))
    assert learned["html"]["drop"] and learned["html"]["drop_between"]
    assert learned["html"]["drop"] == learned["text"]["drop"]
    assert learned["html"]["drop_between"] == learned["text"]["drop_between"]


def test_compressed_pages_are_learned_as_the_pages_they_hold_and_a_corpus_is_named(gazette, tmp_path):
    pages, _, rule_path, _ = gazette
    (tmp_path / "gz").mkdir()
    for page in sorted(pages.iterdir()):
        (tmp_path / "gz" / f"{page.name}.gz").write_bytes(gzip.compress(page.read_bytes()))
    (tmp_path / "gz" / "pages.jsonl").write_text('{"text": "Skip to content"}\n' * 40, encoding="utf-8")
    result = run_cli("learn", str(tmp_path / "gz"), "--outlet", "The Harbour Gazette", "--domain",
                     "harbour-gazette.example", "-o", str(tmp_path / "gz.toml"))
    err = result.stderr.decode()
    assert result.returncode == 1 and "binary data" not in err
    assert f"error: {tmp_path / 'gz' / 'pages.jsonl'}: a jsonl corpus, not a page" in err
    assert f"from {len(list(pages.iterdir()))} pages" in err
    assert (tmp_path / "gz.toml").read_text(encoding="utf-8") == rule_path.read_text(encoding="utf-8")


def test_a_rule_file_inside_the_folder_learned_from_is_refused(gazette, tmp_path):
    pages, _, _, _ = gazette
    first = sorted(pages.iterdir())[0]
    before = first.read_bytes()
    for output in (first, pages / "rules" / "gazette.toml"):  # a page written over; a page of the next run
        result = run_cli("learn", str(pages), "--outlet", "The Harbour Gazette", "-o", str(output))
        assert result.returncode == 2 and f"{output} is inside {pages}" in result.stderr.decode()
    assert first.read_bytes() == before and not (pages / "rules").exists()


def test_the_example_is_the_shortest_page_the_rules_act_on(tmp_path):
    docs = [["A short page without any chrome."],
            ["Share this story", "The council voted on Tuesday to reopen the old library in the spring."],
            ["Share this story", "Rail fares will rise by five per cent in March, ministers confirmed on Thursday."],
            ["Share this story", "Share this story", "The river rose two metres overnight and forced families out."]]
    path = tmp_path / "demo.toml"
    write_rule_file(learn(docs, "Demo"), docs, path)
    (example,) = load_rule_file(path).examples
    assert example.input == "Share this story\nThe council voted on Tuesday to reopen the old library in the spring.\n"
    assert example.expected == "The council voted on Tuesday to reopen the old library in the spring.\n"


def test_fixture_has_enough_pages():
    assert len(ARTICLES) >= 50


def test_cleaning_with_learned_rules_removes_the_chrome_and_keeps_every_body(gazette, tmp_path):
    pages, truth, rule_path, _ = gazette
    result = run_cli("clean", str(pages), "-o", str(tmp_path / "out"), "--rules", str(rule_path.parent))
    assert result.returncode == 0, result.stderr.decode()
    for name, (body, chrome) in truth.items():
        cleaned = (tmp_path / "out" / f"{name}.txt").read_text(encoding="utf-8")
        kept = set(cleaned.splitlines())
        assert all(paragraph in kept for paragraph in body), name
        assert not kept & set(chrome), (name, kept & set(chrome))


def test_learned_rules_alone_remove_exactly_the_chrome(gazette):
    """Without the generic detectors: every chrome line goes, no body line,
    and the lines that vary per page but are not chrome (headline, byline)
    are not mistaken for chrome unless a block rule encloses them."""
    pages, truth, rule_path, _ = gazette
    rule_file = load_rule_file(rule_path)
    for name, (body, chrome) in truth.items():
        blocks = segment((pages / f"{name}.txt").read_text(encoding="utf-8"))
        removed = {blocks[position].text for position, _ in rule_file.apply(blocks)}
        assert set(chrome) <= removed, (name, set(chrome) - removed)
        assert not removed & set(body), name


def test_learned_file_reads_as_a_proposal(gazette):
    _, _, rule_path, result = gazette
    text = rule_path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    drops = {rule["id"]: rule for rule in data["drop"]}
    # Counts and dates vary per page, yet each is one rule with a readable id.
    appeal = drops["line-readers-chipped-in-this-month-will"]
    assert appeal["description"].startswith("acts on 60 of 60 pages, e.g. ")
    assert "readers chipped in" in appeal["description"]
    assert "line-harbour-gazette-media-ltd-all-rights" in drops
    assert [rule["id"] for rule in data["drop_between"]] == ["block-most-read"]
    # A rotating headline never becomes a line rule of its own.
    line_rules = [rule for rule in load_rule_file(rule_path).rules if rule.kind == "drop"]
    assert not [a["headline"] for a in ARTICLES for rule in line_rules if rule.matches(a["headline"])]
    assert len(data["signatures"]) == 3 and data["min_signatures"] == 2
    assert "line rules" in result.stderr.decode() and str(rule_path) in result.stderr.decode()


def test_signatures_identify_the_outlet_from_text_alone(gazette):
    pages, _, rule_path, _ = gazette
    cleaner = Cleaner([rule_path])
    page = (pages / "page00.txt").read_text(encoding="utf-8")
    assert cleaner.rules.identify(page).id == "gazette"
    other = (ROOT / "samples" / "input" / "000_commondreams.txt").read_text(encoding="utf-8")
    assert cleaner.rules.identify(other).id == "commondreams"


def test_domain_identifies_the_outlet_by_url(gazette):
    _, _, rule_path, _ = gazette
    assert load_rule_file(rule_path).domains == ("harbour-gazette.example",)
    cleaner = Cleaner([rule_path])
    other = (ROOT / "samples" / "input" / "000_commondreams.txt").read_text(encoding="utf-8")
    assert cleaner.rules.identify(other, "https://www.harbour-gazette.example/news/1").id == "gazette"


def test_learned_file_carries_an_example_that_the_check_passes(gazette):
    _, _, rule_path, _ = gazette
    assert load_rule_file(rule_path).examples
    result = run_cli("rules", "check", str(rule_path.parent))
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert "note:" not in result.stderr.decode(), result.stderr.decode()


def test_counts_dates_and_time_units_share_one_shape():
    assert shape_of("4,213 readers chipped in") == shape_of("977 readers chipped in")
    assert shape_of("Monday, 4 March 2024") == shape_of("Sat, 21 Sept. 2023")
    assert shape_of("Updated 3 hours ago") == shape_of("Updated 1 day ago")
    assert shape_of("Sign up") != shape_of("Sign in")
    pattern = shape_pattern(shape_of("Updated 3 hours ago"))
    assert pattern == (r"^Updated \d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)? "
                       r"(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$")


def test_a_bare_number_or_symbol_line_is_learned_exactly():
    assert shape_of("16") == (("text", "16"),) and shape_of("16") != shape_of("17")
    docs = [[f"This article is about the {word}.", "16", "×"] for word in ("river", "harbour", "budget")]
    rules = {rule.id: rule for rule in learn(docs, "Demo").rules}
    assert set(rules) == {"line-16", "line-symbols"}
    assert rules["line-16"].patterns == ("^16$",)


@pytest.mark.parametrize("line", [
    "It's our 10th year", 'Say "hi" to C:\\Users', "Tab\there", "Dollar $5 (off) [now] * + ?", "Ünïcödé — ok",
])
def test_written_patterns_are_valid_toml_and_match_their_line(line):
    docs = [[line, body] for body in ("The river rose over the old quay twice in one week this spring.",
                                      "The harbour board met on Tuesday and agreed to dredge the channel.",
                                      "The council's budget for the coming year leaves the ferry fares alone.")]
    text = render_rule_file(learn(docs, "Quote's \"Outlet\""))
    rule_file = parse_rule_file(tomllib.loads(text), "t.toml", "t")
    assert rule_file.outlet == "Quote's \"Outlet\""
    (rule,) = rule_file.rules
    seen = " ".join(line.split())  # rules see lines whitespace-normalised
    assert rule.matches(seen) and not rule.matches(seen + " more")


def test_toml_string_prefers_readable_literals():
    assert toml_string(r"^a\.b$") == r"'^a\.b$'"
    assert tomllib.loads("x = " + toml_string("it's \x7f")) == {"x": "it's \x7f"}


def test_learn_refuses_what_it_cannot_learn_from(tmp_path):
    with pytest.raises(LearnError, match="at least 2 documents"):
        learn([["one page"]], "Demo")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "only.txt").write_text("one page\n", encoding="utf-8")
    result = run_cli("learn", str(tmp_path / "pages"), "--outlet", "Demo", "-o", str(tmp_path / "demo.toml"))
    err = result.stderr.decode()
    assert result.returncode == 1 and str(tmp_path / "pages") in err and "at least 2 documents" in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "demo.toml").exists()
    result = run_cli("learn", str(tmp_path / "missing"), "--outlet", "Demo", "-o", str(tmp_path / "demo.toml"))
    assert result.stderr.decode().strip() == f"error: {tmp_path / 'missing'}: not a folder"
    with pytest.raises(LearnError, match="no line recurs outside the articles in 2 or more of the 2 documents"):
        learn([["one article"], ["another article"]], "Demo")


# -- made-up outlets in two languages: boxes, templates, article text ------

OUTLETS = {"en": NEWS, "de": TALBOTE}
PAGES = 20
QUOTED_ON = (2, 7)


@pytest.fixture(scope="module", params=sorted(OUTLETS))
def outlet(request, tmp_path_factory):
    """A made-up outlet's pages in a folder, and the rule file learned from them."""
    made = OUTLETS[request.param]
    root = tmp_path_factory.mktemp(request.param)
    pages = make_pages(made, PAGES, seed=3, quote_on=QUOTED_ON)
    folder = root / "pages"
    folder.mkdir()
    for number, page in enumerate(pages):
        (folder / f"page{number:02}.txt").write_text(page.text, encoding="utf-8")
    rule_path = root / "rules" / "outlet.toml"
    result = run_cli("learn", str(folder), "--outlet", made.name, "-o", str(rule_path))
    assert result.returncode == 0, result.stderr.decode()
    return made, pages, folder, rule_path


def removals(rule_path, page) -> dict[str, str]:
    """Each line of ``page`` the learned rules remove, and the rule's id."""
    blocks = segment(page.text)
    return {blocks[position].text: rule for position, rule in load_rule_file(rule_path).apply(blocks)}


def test_a_rotating_box_is_one_rule(outlet):
    made, pages, _, rule_path = outlet
    # Some headlines in the boxes are on one page only: the box is learned all the same.
    assert 1 in Counter(line for page in pages for line in page.box).values()
    box_rules = set()
    for page in pages:
        removed = removals(rule_path, page)
        box_rules |= {removed.get(line) for line in [made.box_start, *page.box, made.box_end]}
    assert len(box_rules) == 1 and None not in box_rules, box_rules
    (box,) = [rule for rule in load_rule_file(rule_path).rules if rule.kind == "drop_between"]
    assert box_rules == {box.id}


def test_no_rule_names_an_author_or_a_headline(outlet):
    _, pages, _, rule_path = outlet
    rules = load_rule_file(rule_path).rules
    names = {word for name in FIRST_NAMES + LAST_NAMES for word in name.split() if word[0].isupper()}
    for rule in rules:
        named = {word for pattern in rule.patterns for word in regex.findall(r"\w+", pattern.pattern)} & names
        assert not named, (rule.id, named)
    headlines = {page.headline for page in pages} | {line for page in pages for line in page.box}
    assert not [(rule.id, line) for rule in rules if rule.kind == "drop" for line in headlines if rule.matches(line)]
    # Bylines of one author or two, of every author: one rule.
    byline_rules = {removals(rule_path, page).get(page.byline) for page in pages}
    assert len(byline_rules) == 1 and None not in byline_rules, byline_rules
    (byline,) = [rule for rule in rules if rule.id in byline_rules]
    frame = "By" if "By" in byline.patterns[0].pattern else "Von"
    assert byline.matches(f"{frame} Zoë Achterberg-Smit") and byline.matches(f"{frame} Jan van der Berg and Ana Ruiz")
    assert not byline.matches(f"{frame} the end of the year")
    assert not byline.matches(f"{frame} Tuesday evening, it rained.")


def test_cleaning_with_the_proposal_keeps_every_article_line(outlet, tmp_path):
    _, pages, folder, rule_path = outlet
    result = run_cli("clean", str(folder), "-o", str(tmp_path / "out"), "--rules", str(rule_path.parent))
    assert result.returncode == 0, result.stderr.decode()
    for number, page in enumerate(pages):
        kept = (tmp_path / "out" / f"page{number:02}.txt").read_text(encoding="utf-8").split("\n\n")
        assert [line.strip() for line in kept] == page.body, number
        assert not set(removals(rule_path, page)) & set(page.body), number


def test_the_proposal_passes_the_check_without_notes(outlet):
    _, _, _, rule_path = outlet
    result = run_cli("rules", "check", str(rule_path))
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert "note:" not in result.stderr.decode(), result.stderr.decode()


def test_each_description_counts_the_pages_a_rule_acts_on(outlet):
    _, pages, _, rule_path = outlet
    acted: Counter[str] = Counter()
    examples = defaultdict(set)
    for page in pages:
        removed = removals(rule_path, page)
        acted.update(set(removed.values()))
        for line, rule in removed.items():
            examples[rule].add(line)
    data = tomllib.loads(rule_path.read_text(encoding="utf-8"))
    for kind in ("drop", "drop_between"):
        for rule in data[kind]:
            count, example = regex.fullmatch(rf"acts on (\d+) of {PAGES} pages, e\.g\. (.+)",
                                             rule["description"]).groups()
            assert int(count) == acted[f"outlet/{rule['id']}"] > 0, rule
            assert example.split(" … ")[0] in examples[f"outlet/{rule['id']}"], rule


def test_a_sentence_two_articles_quote_is_not_learned():
    pages = make_pages(NEWS, 6, seed=4, quote_on=(1, 4))
    # Two of six pages is share enough (0.3 of 6 rounds up to 2): the quote is kept for being article text.
    learned = learn([[b.text for b in segment(page.text)] for page in pages], "Demo", min_share=0.3)
    patterns = [regex.compile(pattern) for rule in learned.rules for pattern in rule.patterns]
    assert learned.rules and not [p.pattern for p in patterns if p.search(NEWS.language.quote)]
    assert [rule.kind for rule in learned.rules].count("drop_between") == 1


def test_a_box_that_would_run_into_the_article_is_not_learned():
    pages = make_pages(NEWS, 12, seed=5)
    documents = [[b.text for b in segment(page.text)] for page in pages]
    assert "drop_between" in {rule.kind for rule in learn(documents, "Demo").rules}
    # On one page the box's start line comes before the article: the rule would take it all.
    documents[0].remove(NEWS.box_start)
    documents[0].insert(documents[0].index(pages[0].body[0]), NEWS.box_start)
    learned = learn(documents, "Demo")
    assert "drop_between" not in {rule.kind for rule in learned.rules}
    patterns = [regex.compile(pattern) for rule in learned.rules for pattern in rule.patterns]
    assert not [line for page in pages for line in page.body if any(p.search(line) for p in patterns)]


def test_learning_reads_its_thresholds_from_the_settings():
    documents = [[b.text for b in segment(page.text)] for page in make_pages(NEWS, 12, seed=5)]
    assert "drop_between" in {rule.kind for rule in learn(documents, "Demo").rules}
    # Boxes may enclose no line: the rotating list is no box.
    no_boxes = replace(DEFAULT_SETTINGS, learn_max_box_lines=0)
    assert "drop_between" not in {rule.kind for rule in learn(documents, "Demo", settings=no_boxes).rules}


def test_articles_written_from_one_template_are_not_learned_as_chrome():
    # An outlet of generated reports (tides, lottery draws) repeats its article sentences on every page with
    # only the numbers changed: they recur on most pages, yet they are each page's whole main content.
    rng = random.Random(3)
    documents, bodies = [], []
    for day in range(1, 9):
        body = [f"High water at Port Talbote on day {day} comes at {rng.randint(1, 11)}:{rng.randint(10, 59)}, "
                f"with the tide rising {rng.randint(2, 9)}.{rng.randint(0, 9)} metres above the chart datum.",
                f"Low water follows {rng.randint(5, 7)} hours later, and the harbour master advises small boats "
                f"to leave the inner basin before {rng.randint(12, 23)}:00 on that day.",
                f"Winds of {rng.randint(5, 30)} knots are expected from the west, so swimmers should keep to the "
                f"guarded beaches and watch the flags the lifeguards put up in the morning."]
        bodies.append(body)
        documents.append(["Skip to content", "The Talbote Tide Tables", "Home · Tides · Weather · Contact",
                          f"Tides for day {day}", *body, "Share this page",
                          f"© {2020 + day % 3} Talbote Tide Tables. All rights reserved."])
    learned = learn(documents, "Tides")
    patterns = [regex.compile(pattern) for rule in learned.rules for pattern in rule.patterns]
    assert any(p.search("Home · Tides · Weather · Contact") for p in patterns)
    assert not [line for body in bodies for line in body if any(p.search(line) for p in patterns)]
