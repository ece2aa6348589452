"""Hostile but realistic inputs found by a sixth probe: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.outlets import RuleError, load_rule_file
from cleaner.rulecheck import check_rule_file
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"

GAZETTE_RULES = """outlet = "The Harbour Gazette"
domains = [{domains}]

[[drop]]
id = "appeal"
pattern = '^Gazette ferry desk ticker$'

[[example]]
url = "{url}"
input = '''{story}Gazette ferry desk ticker
'''
expected = '''{story}'''
"""


def _gazette_rules(folder: Path, domains: str, url: str = "https://www.gazette.example/a") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "gazette.toml"
    path.write_text(GAZETTE_RULES.format(domains=domains, url=url, story=STORY), encoding="utf-8")
    return path


@pytest.mark.parametrize("domain", ['"www.gazette.example"', '"WWW.Gazette.Example."',
                                    '"https://www.gazette.example/"'])
@pytest.mark.parametrize("url", ["https://www.gazette.example/news/1", "https://gazette.example/news/1",
                                 "http://news.gazette.example/1"])
def test_a_domain_written_with_www_picks_the_outlets_pages(tmp_path: Path, domain: str, url: str) -> None:
    # Before: `domains = ["www.gazette.example"]` picked no page at all: a page's host loses its `www.`
    # before it is matched, the rule file's domains kept theirs.
    rules = _gazette_rules(tmp_path / "rules", domain)
    page = STORY + "Gazette ferry desk ticker\n"
    assert Cleaner(rules=[rules]).clean(page, url=url) == STORY


def test_www_alone_before_a_top_level_domain_is_kept(tmp_path: Path) -> None:
    rules = _gazette_rules(tmp_path / "rules", '"www.com"', url="https://www.com/a")
    assert load_rule_file(rules).domains == ("www.com",)
    page = STORY + "Gazette ferry desk ticker\n"
    assert Cleaner(rules=[rules]).clean(page, url="https://shop.com/a") == page


@pytest.mark.parametrize("domain", ['""', '"gazette example"', '"https://"'])
def test_a_domain_that_names_no_host_is_refused_by_name(tmp_path: Path, domain: str) -> None:
    rules = _gazette_rules(tmp_path / "rules", domain)
    with pytest.raises(RuleError, match=r"gazette\.toml: domain .* names no host"):
        load_rule_file(rules)
    ran = run_cli("rules", "check", str(rules))
    assert ran.returncode == 1 and b"names no host" in ran.stderr + ran.stdout


def test_rules_check_fails_an_example_whose_url_the_domains_do_not_pick(tmp_path: Path) -> None:
    # Before: rules check cleaned each example with the file's rules whatever its URL, so a file whose
    # domains could never pick its example's page passed.
    good = _gazette_rules(tmp_path / "good", '"www.gazette.example"')
    assert check_rule_file(good).ok, check_rule_file(good).problems
    bad = _gazette_rules(tmp_path / "bad", '"gazette.example"', url="https://harbour-news.example/a")
    problems = check_rule_file(bad).problems
    assert len(problems) == 1 and "'harbour-news.example' is none of the file's domains" in problems[0]
