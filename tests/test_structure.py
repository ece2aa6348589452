"""The layout holds: no import cycles, the registry is the one list of ids,
settings are data, and a Cleaner travels to worker processes."""

from __future__ import annotations

import ast
import multiprocessing
import pickle
import re
from dataclasses import fields, replace
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLES

import cleaner
from cleaner import Cleaner, Settings
from cleaner.detectors import DETECTORS, Role, ids_with_role, markdown

PACKAGE = Path(cleaner.__file__).parent


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """The package modules ``path`` imports when it runs (at the top or in a
    function; imports made only for type checking left out)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                 and "TYPE_CHECKING" in ast.unparse(block.test) for node in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in type_only or not isinstance(node, ast.ImportFrom) or not node.level:
            continue
        base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        source = f"{base}.{node.module}" if node.module else base
        # "from . import x" imports the module x; "from .m import x", the module m.
        found.update(f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names)
    return found - {name}


def test_the_package_has_no_import_cycle():
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: sorted(_runtime_imports(path, set(paths))) for name, path in paths.items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_unknown_stage_ids_are_refused():
    with pytest.raises(ValueError, match="typo"):
        Cleaner().explain("Some text.", skip_stages={"typo"})
    assert Cleaner().explain("Skip to content\nThe end.", skip_stages={"skip-link"}).removed_counts["skip-link"] == 0


def test_selection_sets_come_from_the_registry():
    assert "nav-menu" in ids_with_role(Role.CHROME) and "advertisement" not in ids_with_role(Role.CHROME)
    assert {"byline-dateline", "article-header"} <= ids_with_role(Role.HEADER)


def test_settings_are_data_that_change_decisions():
    menu = ("Home\nNews\nSport\nBusiness\nCulture\n"
            "The minister resigned on Friday after weeks of pressure from her party.")
    assert "nav-menu" in Cleaner().explain(menu).removed_counts
    strict = Cleaner(settings=replace(Settings(), menu_min_run=6))
    assert "nav-menu" not in strict.explain(menu).removed_counts
    with pytest.raises(AttributeError):
        strict.settings.menu_min_run = 5  # type: ignore[misc]


def test_every_setting_is_read_where_it_acts():
    """A field no module reads (as ``settings.name``, or by name as a line
    pattern's limit) is a threshold still written somewhere as a constant."""
    sources = "".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if p.name != "settings.py")
    assert [f.name for f in fields(Settings) if not re.search(rf"""[."]{f.name}\b""", sources)] == []


def test_spaceless_scripts_are_measured_with_the_settings():
    menu = "首页\n新闻\n体育\n财经\n文化\n市政府周五宣布，明年将在河边修建一座新的防洪墙，工程预计耗资四千万元。"
    assert Cleaner().explain(menu).removed_counts["nav-menu"] == 5
    # Five characters a word makes each two-character item ten words: no menu item.
    wordy = Cleaner(settings=replace(Settings(), cjk_chars_per_word=0.2))
    assert "nav-menu" not in wordy.explain(menu).removed_counts


def test_markup_settings_reach_the_html_path():
    page = (ROOT / "tests" / "fixtures" / "html" / "furniture.html").read_bytes()
    assert Cleaner().explain_html(page).removed_counts["html-boilerplate-class"] >= 4
    # No element may take any share of the page: nothing goes by its name.
    keep_all = Cleaner(settings=replace(Settings(), html_max_removed_share=0.0))
    counts = keep_all.explain_html(page).removed_counts
    assert counts["html-boilerplate-class"] == counts["html-page-header"] == 0


def _explain_sample(args: tuple[Cleaner, str]) -> list[str | None]:
    worker_cleaner, text = args
    return [d.removed_by for d in worker_cleaner.explain(text).decisions]


def test_a_cleaner_pickles_and_cleans_the_same_in_a_spawned_pool():
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "input").iterdir())[:3]]
    tuned = Cleaner(settings=replace(Settings(), menu_min_run=6))
    copy = pickle.loads(pickle.dumps(tuned))
    assert copy.settings == tuned.settings and copy.detectors == tuned.detectors
    expected = [_explain_sample((tuned, text)) for text in texts]
    assert [_explain_sample((copy, text)) for text in texts] == expected
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.map(_explain_sample, [(tuned, text) for text in texts]) == expected



def test_readme_lists_the_registry_ids():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme, "regenerate with: python -m cleaner.detectors"
    assert all(f"`{d.id}`" in markdown() for d in DETECTORS)


def test_the_title_is_the_headline_not_a_repeated_menu_entry():
    page = ("Home\nWorld\nFloods close 40 schools - The Daily Example\nFloods close 40 schools\n"
            "Forty schools shut on Monday as rivers rose across the region, and the council opened three shelters.\n"
            "Home\nWorld")
    explanation = Cleaner().explain(page)
    assert explanation.metadata.title == "Floods close 40 schools"
    assert explanation.removed_counts["repeated-line"] == 4


def test_a_long_headline_shown_twice_above_the_story_is_the_title():
    # Before: a headline of 10 words or more, shown as the page's title and again as its heading, went
    # as duplicate-copy's copy (which runs before duplicate-headline) and main-content: no title, where
    # the README promises the headline as metadata (the sample 001_londondaily.txt, title null).
    headline = "Harbour council votes to rebuild the old ferry pier before next summer"
    story = ("The council voted seven to two on Tuesday to rebuild the ferry pier, which has been closed "
             "since a storm damaged its pilings in March.",
             "Work is due to start in October and the pier should reopen to foot passengers by June, the "
             "harbour master told the meeting, though the cost may still rise.",
             "Local traders, who say the closure has cost them a third of their summer trade, welcomed "
             "the decision but asked for the works to be finished before the holidays.")
    page = "\n".join([headline, "Home", "News", "Sport", "Weather", "Contact", headline, "By Jo Lee",
                      *story, "Share on Facebook", "© 2024 The Harbour Post. All rights reserved."])
    explanation = Cleaner().explain(page)
    assert explanation.text.startswith(story[0]) and headline not in explanation.text
    assert explanation.metadata.title == headline


def test_a_sentence_shown_twice_above_the_story_is_no_title():
    line = "Forty schools shut on Monday as rivers rose across the region and the council opened shelters."
    story = ("The council said the schools would stay closed until the water went down, which could take "
             "until the end of the week, and asked parents to keep children away from the river banks.",
             "Three shelters opened in the town hall, the sports centre and a church, and volunteers "
             "brought blankets and food for the families who had to leave their homes overnight.")
    page = "\n".join([line, "Home", "News", "Sport", "Weather", "Contact", line, *story,
                      "Share on Facebook", "© 2024 The Harbour Post. All rights reserved."])
    explanation = Cleaner().explain(page)
    assert [d.removed_by for d in explanation.decisions if d.block.text == line][0] == "duplicate-copy"
    assert explanation.metadata.title != line
