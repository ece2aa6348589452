"""`cleaner rules check`: rule files load, carry examples, and the examples hold."""

from __future__ import annotations

import textwrap

from helpers import run_cli

from cleaner.outlets import shipped_rule_paths
from cleaner.rulecheck import check_rule_file

HEAD = 'outlet = "Demo News"\nsignatures = ["Demo News Ltd"]\n[[drop]]\nid = "promo"\npattern = \'^PROMO:\'\n'
BODY = ("The river rose two metres overnight and forced three hundred families from their homes, "
        "the regional government said on Wednesday morning.")


def example(input_text: str, expected: str) -> str:
    return f"[[example]]\ninput = '''{input_text}'''\nexpected = '''{expected}'''\n"


def write(tmp_path, text: str, name: str = "demo.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_every_shipped_rule_file_passes_the_check():
    result = run_cli("rules", "check")
    out = result.stdout.decode()
    assert result.returncode == 0, out + result.stderr.decode()
    assert out.count("ok ") == len(shipped_rule_paths()) >= 3


def test_passing_file_lists_the_rules_no_example_exercises(tmp_path):
    unused = '[[drop]]\nid = "sponsor"\npattern = \'^Sponsored$\'\n'
    path = write(tmp_path, HEAD + unused + example(f"PROMO: buy now\n{BODY}", BODY + "\n"))
    check = check_rule_file(path)
    assert check.ok and check.examples == 1 and check.unexercised == ("demo/sponsor",)
    result = run_cli("rules", "check", str(path))
    assert result.returncode == 0 and "no example exercises rule demo/sponsor" in result.stderr.decode()


def test_wrong_expected_output_names_file_example_and_first_differing_line(tmp_path):
    path = write(tmp_path, HEAD + example(f"PROMO: buy now\n{BODY}", BODY + "\n")
                 + example(f"PROMO: sale\n{BODY}", "PROMO: sale\n" + BODY + "\n"))
    (problem,) = check_rule_file(path).problems
    assert problem.startswith(f"{path}: [[example]] #2: output differs from expected at line 1: ")
    assert "expected 'PROMO: sale'" in problem
    result = run_cli("rules", "check", str(tmp_path))
    assert result.returncode == 1 and problem in result.stderr.decode()
    assert "0 of 1 rule file(s) ok" in result.stderr.decode()


def test_file_without_examples_or_whose_examples_test_nothing_fails(tmp_path):
    bare = write(tmp_path, HEAD, "bare.toml")
    assert check_rule_file(bare).problems == (f"{bare}: no [[example]] (input and expected output)",)
    idle = write(tmp_path, HEAD + example(BODY, BODY + "\n"), "idle.toml")
    (problem,) = check_rule_file(idle).problems
    assert "none of the file's rules removed anything" in problem


def test_malformed_file_is_reported_in_one_line(tmp_path):
    broken = write(tmp_path, 'outlet = "X"\n[[drop]]\nid = "bad"\npattern = "(unclosed"\n', "broken.toml")
    (problem,) = check_rule_file(broken).problems
    assert problem.startswith(f"{broken}: [[drop]] #1 (bad): invalid regex") and "\n" not in problem


def test_folder_without_rule_files_is_an_error(tmp_path):
    result = run_cli("rules", "check", str(tmp_path))
    assert result.returncode == 1 and f"no *.toml rule files in {tmp_path}" in result.stderr.decode()


def test_authoring_commands_have_help_with_examples():
    for command in (["learn"], ["report"], ["rules", "check"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0 and b"Example" in result.stdout, command
