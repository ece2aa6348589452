"""Rule files: validation, outlet identification, each rule kind, timeouts."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from cleaner import Cleaner, RuleError, RuleTimeout, Settings
from cleaner.outlets import load_rule_file, load_rules, shipped_rule_paths
from cleaner.settings import DEFAULT_SETTINGS
from helpers import cpu_time

BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning.")


def write_rules(tmp_path, text: str, name: str = "demo.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def demo_cleaner(tmp_path, body: str, settings: Settings = DEFAULT_SETTINGS) -> Cleaner:
    write_rules(tmp_path, 'outlet = "Demo News"\ndomains = ["demo.example"]\nsignatures = ["Demo News Ltd"]\n' + body)
    return Cleaner([tmp_path], shipped_rules=False, settings=settings)


@pytest.mark.parametrize("content,problem", [
    ('outlet = "X"\n[[drop]\nid = "a"', "invalid TOML"),
    ('outlet = "X"\ncolour = "red"', "unknown key(s) colour"),
    ('outlet = "X"\n[[drop]]\nid = "bad"\npattern = "(unclosed"', "[[drop]] #1 (bad): invalid regex"),
    ('outlet = "X"\n[[drop]]\nid = "a"\npattern = "x"\nflavour = 1', "[[drop]] #1 (a): unknown key(s) flavour"),
    ('outlet = "X"\n[[selector]]\nid = "s"\ncss = "div[["', "[[selector]] #1 (s): invalid CSS selector"),
    ('outlet = "X"\n[[drop]]\npattern = "x"', "missing or invalid 'id'"),
    ('domains = ["x.org"]', "missing 'outlet'"),
])
def test_malformed_rule_file_is_refused_naming_file_rule_and_problem(tmp_path, content, problem):
    path = write_rules(tmp_path, content, "broken.toml")
    with pytest.raises(RuleError) as info:
        load_rules([path], shipped=False)
    message = str(info.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_bad_rule_file_can_be_skipped_and_reported(tmp_path):
    write_rules(tmp_path, 'outlet = "X"\ncolour = 1', "broken.toml")
    write_rules(tmp_path, 'outlet = "Fine"\n', "fine.toml")
    errors = []
    cleaner = Cleaner([tmp_path], shipped_rules=False, on_rule_error=errors.append)
    assert [f.id for f in cleaner.rules.files] == ["fine"] and len(errors) == 1


EVIL_RULE = '[[drop]]\nid = "evil"\npattern = \'^(a|aa)+$\'\n'


def test_catastrophic_pattern_times_out_instead_of_hanging(tmp_path):
    cleaner = demo_cleaner(tmp_path, EVIL_RULE, replace(Settings(), rule_seconds_per_document=0.5))
    start = cpu_time()
    with pytest.raises(RuleTimeout, match="demo/evil"):
        cleaner.clean("a" * 40 + "b\n" + BODY, outlet="demo")
    assert cpu_time() - start < 10


def test_rule_time_budget_is_for_the_whole_document_not_each_line(tmp_path):
    # Each line costs the pattern about 0.1-0.5 s, so forty of them would take
    # far longer than the budget if each line had a budget of its own.
    cleaner = demo_cleaner(tmp_path, EVIL_RULE, replace(Settings(), rule_seconds_per_document=0.5))
    page = "\n".join("a" * 28 + f"b {n}" for n in range(40)) + "\n" + BODY
    start = cpu_time()
    with pytest.raises(RuleTimeout, match="demo/evil.*rule_seconds_per_document"):
        cleaner.clean(page, outlet="demo")
    assert cpu_time() - start < 4


def test_drop_cut_and_between_rules(tmp_path):
    cleaner = demo_cleaner(tmp_path, textwrap.dedent('''
        [[drop]]
        id = "promo"
        pattern = '^PROMO:'
        [[cut_before]]
        id = "top"
        pattern = '^=== STORY ===$'
        [[cut_after]]
        id = "bottom"
        pattern = '^=== END ===$'
        [[drop_between]]
        id = "box"
        start = '^BOX START$'
        end = '^BOX END$'
    '''))
    text = "\n\n".join(["menu junk", "=== STORY ===", BODY, "PROMO: buy now", "BOX START", "inside the box",
                        "BOX END", BODY.replace("river", "lake"), "=== END ===", "footer"])
    explanation = cleaner.explain(text, outlet="demo")
    removed = {d.block.text: d.removed_by for d in explanation.decisions if not d.kept}
    assert removed == {
        "menu junk": "demo/top", "=== STORY ===": "demo/top", "PROMO: buy now": "demo/promo",
        "BOX START": "demo/box", "inside the box": "demo/box", "BOX END": "demo/box",
        "=== END ===": "demo/bottom", "footer": "demo/bottom",
    }


def test_outlet_identified_by_domain_or_signature(tmp_path):
    cleaner = demo_cleaner(tmp_path, '[[drop]]\nid = "x"\npattern = "^x$"\n')
    assert cleaner.rules.identify(BODY, "https://www.demo.example/a/b").id == "demo"
    assert cleaner.rules.identify(BODY + "\n© Demo News Ltd") .id == "demo"
    assert cleaner.rules.identify(BODY, "https://other.example/") is None


def test_shipped_selectors_are_valid_css():
    # Loading the shipped files skips the CSS check (it costs each start most of a second): it is made here.
    selectors = [rule for path in shipped_rule_paths() for rule in load_rule_file(path, check_css=True).selectors]
    assert selectors, "the shipped files hold selectors to check"
