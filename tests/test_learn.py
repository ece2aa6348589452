"""`cleaner learn`: rules learned from a folder of one outlet's pages remove
its chrome from every page and keep every article body.

The pages are made here: the chrome of a made-up outlet, with the small
variations real pages have (dates, counts, bylines, rotating headlines,
an advertisement marker on some pages only), around real article bodies
(tests/fixtures/article_bodies.json: the first paragraphs of 60 articles
of the aeb-dev ground truth that the generic pipeline keeps whole).
"""

from __future__ import annotations

import json
import random
import tomllib
from html import escape

import pytest
from helpers import ROOT, run_cli

from cleaner import Cleaner
from cleaner.blocks import segment
from cleaner.learn import (
    LearnError, learn, render_rule_file, shape_of, shape_pattern, toml_string, write_rule_file,
)
from cleaner.outlets import load_rule_file, parse_rule_file

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
    pages, _, rule_path, _ = gazette
    for page in sorted(pages.iterdir()):
        paragraphs = "".join(f"<p>{escape(line)}</p>" for line in page.read_text(encoding="utf-8").split("\n\n"))
        (tmp_path / f"{page.stem}.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    result = run_cli("learn", str(tmp_path), "--outlet", "The Harbour Gazette", "-o", str(tmp_path / "r" / "g.toml"))
    assert result.returncode == 0, result.stderr.decode()
    learned = tomllib.loads((tmp_path / "r" / "g.toml").read_text(encoding="utf-8"))
    from_text = tomllib.loads(rule_path.read_text(encoding="utf-8"))
    assert learned["drop"] == from_text["drop"] and learned["drop_between"] == from_text["drop_between"]


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
    pages, _, rule_path, result = gazette
    text = rule_path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    drops = {rule["id"]: rule for rule in data["drop"]}
    # Counts and dates vary per page, yet each is one rule with a readable id.
    appeal = drops["line-readers-chipped-in-this-month-will"]
    assert appeal["description"].startswith("seen in 60 of 60 documents, e.g. ")
    assert "readers chipped in" in appeal["description"]
    assert "line-harbour-gazette-media-ltd-all-rights" in drops
    assert [rule["id"] for rule in data["drop_between"]][0] == "block-most-read"
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
    pages, _, rule_path, _ = gazette
    assert load_rule_file(rule_path).domains == ("harbour-gazette.example",)
    cleaner = Cleaner([rule_path])
    other = (ROOT / "samples" / "input" / "000_commondreams.txt").read_text(encoding="utf-8")
    assert cleaner.rules.identify(other, "https://www.harbour-gazette.example/news/1").id == "gazette"


def test_learned_file_carries_an_example_that_the_check_passes(gazette):
    _, _, rule_path, _ = gazette
    assert load_rule_file(rule_path).examples
    result = run_cli("rules", "check", str(rule_path.parent))
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


def test_counts_dates_and_time_units_share_one_shape():
    assert shape_of("4,213 readers chipped in") == shape_of("977 readers chipped in")
    assert shape_of("Monday, 4 March 2024") == shape_of("Sat, 21 Sept. 2023")
    assert shape_of("Updated 3 hours ago") == shape_of("Updated 1 day ago")
    assert shape_of("Sign up") != shape_of("Sign in")
    pattern = shape_pattern(shape_of("Updated 3 hours ago"))
    assert pattern == r"^Updated \d+(?:[,.:/-]\d+)*(?:st|nd|rd|th)? (?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$"


def test_a_bare_number_or_symbol_line_is_learned_exactly():
    assert shape_of("16") == (("text", "16"),) and shape_of("16") != shape_of("17")
    docs = [[f"This article is about the {word}.", "16", "×"] for word in ("river", "harbour", "budget")]
    rules = {rule.id: rule for rule in learn(docs, "Demo").rules}
    assert set(rules) == {"line-16", "line-symbols"}
    assert rules["line-16"].patterns == ("^16$",)


def test_a_line_below_the_share_is_not_learned():
    words = "river harbour budget election vaccine stadium orchard glacier tariff museum".split()
    docs = [[f"This article is about the {word}.", "Share this story"] for word in words]
    docs[0].append("A sentence two articles happen to quote.")
    docs[1].append("A sentence two articles happen to quote.")
    learned_ids = {rule.id for rule in learn(docs, "Demo", min_share=0.3).rules}
    assert learned_ids == {"line-share-this-story"}
    assert "line-a-sentence-two-articles-happen-to" in {rule.id for rule in learn(docs, "Demo", 0.2).rules}


def test_a_block_around_an_article_line_is_not_learned():
    # Six rotating headlines, each on two of twelve pages: below the share.
    docs = [["Most read", f"Headline {chr(65 + n % 6)}", "Newsletter"] for n in range(12)]
    docs[11][1] = "A line that belongs to this one article only"
    assert [rule.kind for rule in learn(docs, "Demo").rules] == ["drop", "drop"]
    docs[11][1] = "Headline F"
    assert "block-most-read" in {rule.id for rule in learn(docs, "Demo").rules}


def test_a_block_that_would_span_an_article_line_on_another_page_is_not_learned():
    docs = [["Most read", f"Headline {chr(65 + n % 6)}", "Newsletter", "Sponsored"] for n in range(12)]
    assert "block-most-read" in {rule.id for rule in learn(docs, "Demo").rules}
    # On this page the box is cut short: the rule would run on into the article.
    docs.append(["Most read", "Sponsored", "A line that belongs to this one article only", "Newsletter"])
    assert "block-most-read" not in {rule.id for rule in learn(docs, "Demo").rules}


@pytest.mark.parametrize("line", [
    "It's our 10th year", 'Say "hi" to C:\\Users', "Tab\there", "Dollar $5 (off) [now] * + ?", "Ünïcödé — ok",
])
def test_written_patterns_are_valid_toml_and_match_their_line(line):
    docs = [[line, body] for body in ("a river", "a harbour", "a budget")]
    text = render_rule_file(learn(docs, "Quote's \"Outlet\""))
    rule_file = parse_rule_file(tomllib.loads(text), "t.toml", "t")
    assert rule_file.outlet == "Quote's \"Outlet\""
    (rule,) = rule_file.rules
    assert rule.matches(line) and not rule.matches(line + " more")


def test_toml_string_prefers_readable_literals():
    assert toml_string(r"^a\.b$") == r"'^a\.b$'"
    assert tomllib.loads("x = " + toml_string("it's \x7f")) == {"x": "it's \x7f"}


def test_learn_refuses_what_it_cannot_learn_from(tmp_path):
    with pytest.raises(LearnError, match="at least 2 documents"):
        learn([["one page"]], "Demo")
    (tmp_path / "only.txt").write_text("one page\n", encoding="utf-8")
    result = run_cli("learn", str(tmp_path), "--outlet", "Demo", "-o", str(tmp_path / "demo.toml"))
    err = result.stderr.decode()
    assert result.returncode == 1 and str(tmp_path) in err and "at least 2 documents" in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "demo.toml").exists()
    result = run_cli("learn", str(tmp_path / "missing"), "--outlet", "Demo", "-o", str(tmp_path / "demo.toml"))
    assert result.stderr.decode().strip() == f"error: {tmp_path / 'missing'}: not a folder"
    with pytest.raises(LearnError, match="no line recurs in 2 or more of the 2 documents"):
        learn([["one article"], ["another article"]], "Demo")
