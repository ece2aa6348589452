"""The command line's --help texts teach: every option says what it does, every command shows
examples and its exit status, and the messages name what was given."""

from __future__ import annotations

import click
import pytest

from cleaner.cli import main
from helpers import run_cli


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append(((*path, name), command))
    return found


COMMANDS = _commands(main)


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(path) or "cleaner" for path, _ in COMMANDS])
def test_every_option_has_a_help_string(path, command):
    unexplained = [parameter.name for parameter in command.params
                   if isinstance(parameter, click.Option) and not parameter.help]
    assert not unexplained, f"cleaner {' '.join(path)}: options without help: {unexplained}"


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(path) or "cleaner" for path, _ in COMMANDS])
def test_every_help_shows_examples_and_the_exit_status(path, command):
    shown = run_cli(*path, "--help")
    assert shown.returncode == 0
    text = " ".join(shown.stdout.decode().split())  # as wrapped to the terminal's width, read as one line
    assert "Example" in text, f"cleaner {' '.join(path)} --help shows no example"
    assert "Exit status: 0" in text, f"cleaner {' '.join(path)} --help does not say its exit status"
    assert "2 usage error" in text
    # session 36: every command stops with these (cli.run), and only clean's help said so
    assert "130 / 143 / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP)" in text


def test_a_report_on_stdout_beside_one_page_is_refused_naming_the_page_not_records(tmp_path):
    # Before: "- is stdout, where the records go", for one page cleaned to stdout, where no record goes.
    (tmp_path / "page.txt").write_text("A line of a page that is long enough to be a sentence of prose.\n")
    page = run_cli("clean", "page.txt", "--report", "-", cwd=tmp_path)
    assert page.returncode == 2 and "where the cleaned page goes" in page.stderr.decode()
    records = run_cli("clean", "page.txt", "-o", "-", "--format", "jsonl", "--report", "-", cwd=tmp_path)
    assert records.returncode == 2 and "where the records go" in records.stderr.decode()


def test_rules_list_counts_one_rule_as_one_rule(tmp_path):
    # Before: "  1 rules" beside a file of one rule (the shipped voi.toml).
    (tmp_path / "harbour.toml").write_text('outlet = "Harbour"\ndomains = ["harbour.example"]\n'
                                           '[[drop]]\nid = "logo"\npattern = "^Harbour Logo$"\n')
    listed = run_cli("rules", "list", "--rules", str(tmp_path))
    line = next(line for line in listed.stdout.decode().splitlines() if line.startswith("harbour "))
    assert listed.returncode == 0 and "  1 rule  " in line and "rules" not in line.replace(str(tmp_path), "")
