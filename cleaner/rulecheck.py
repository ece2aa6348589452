"""Check rule files: each must load, carry examples, and its examples must hold.

An example is a page (``input``) and the body the cleaner must return for it
(``expected``) with the file's rules and the generic detectors. An example in
which the file's own rules remove nothing does not test the file, so it
fails too. Rules that no example exercises are listed, as a hint for the
next example to write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import Explanation
from .outlets import (Example, RuleError, RuleFile, RuleTimeout, URLError, domain_clashes, load_rule_file,
                      rule_files_in, shipped_rule_paths, url_host)
from .pipeline import Cleaner


@dataclass(frozen=True)
class FileCheck:
    path: Path
    examples: int
    problems: tuple[str, ...]
    """One line each, naming the file and, where there is one, the example."""
    unexercised: tuple[str, ...] = ()
    """Text rules that removed nothing in any example (selectors act on HTML)."""
    rule_file: RuleFile | None = None
    """The file loaded, when it loaded and has examples."""

    @property
    def ok(self) -> bool:
        return not self.problems


def rule_file_paths(targets: Iterable[Path]) -> list[Path]:
    """The ``*.toml`` files among ``targets`` (files, or folders of them)."""
    paths: list[Path] = []
    for target in targets:
        paths.extend(rule_files_in(target) if target.is_dir() else [target])
    return paths


def check_rule_file(path: Path, earlier: Sequence[RuleFile] = ()) -> FileCheck:
    """Load ``path`` and run its examples with it (and the shipped rules). ``earlier``: the rule files
    a page is matched against by its URL before this one (`RuleSet.identify` takes the first)."""
    try:
        rule_file = load_rule_file(path)
    except RuleError as exc:
        return FileCheck(path, 0, (str(exc),))
    if not rule_file.examples:
        return FileCheck(path, 0, (f"{path}: no [[example]] (input and expected output)",))
    problems = domain_clashes(rule_file, earlier)
    try:
        cleaner = Cleaner([path])
    except RuleError as exc:  # its domain is a shipped file's (in problems): its examples wait till that is mended
        return FileCheck(path, len(rule_file.examples), tuple(dict.fromkeys([*problems, str(exc)])))
    exercised: set[str] = set()
    for number, example in enumerate(rule_file.examples, 1):
        try:
            explanation = cleaner.explain(example.input, url=example.url, outlet=rule_file.id)
            exercised.update(explanation.removed_counts)
            problem = _example_problem(rule_file, example, explanation)
        except (RuleTimeout, URLError) as exc:
            problem = str(exc)
        if problem:
            problems.append(f"{path}: [[example]] #{number}: {problem}")
    unexercised = tuple(r.id for r in rule_file.rules if r.kind != "selector" and r.id not in exercised)
    return FileCheck(path, len(rule_file.examples), tuple(problems), unexercised, rule_file)


def matched_before(paths: Sequence[Path]) -> list[RuleFile]:
    """The shipped rule files that pages are matched against before those at ``paths`` (all of them,
    but those ``paths`` replace: the same file, or one of its id)."""
    checked: set[Path | str] = {path.resolve() for path in paths}
    for path in paths:
        try:
            checked.add(load_rule_file(path).id)
        except RuleError:  # named where it is checked
            pass
    shipped = [(path, load_rule_file(path, check_css=False)) for path in shipped_rule_paths()]
    return [rule_file for path, rule_file in shipped if path.resolve() not in checked and rule_file.id not in checked]


def _example_problem(rule_file: RuleFile, example: Example, explanation: Explanation) -> str | None:
    # The example is cleaned with the file's rules whatever its URL; a page of that URL is not, unless
    # the file's domains pick it.
    if example.url and rule_file.domains and not rule_file.matches_host(url_host(example.url)):
        return (f"its url's host {url_host(example.url)!r} is none of the file's domains "
                f"({', '.join(rule_file.domains)}): the rules would not be picked for that page")
    if not any(rule.startswith(rule_file.id + "/") for rule in explanation.removed_counts):
        return "none of the file's rules removed anything: the example does not test them"
    if explanation.text == example.expected:
        return None
    got, want = explanation.text.splitlines(), example.expected.splitlines()
    line = next((n for n, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return (f"output differs from expected at line {line + 1}: "
            f"expected {_line(want, line)!r}, got {_line(got, line)!r}")


def _line(lines: list[str], number: int) -> str:
    return lines[number] if number < len(lines) else "<end of text>"
