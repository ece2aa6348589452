"""Hostile but realistic inputs found by a third probe: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner, RuleError
from helpers import run_cli

STORY = "This is the real story about the harbour and its boats, told at some length here.\n"


def _rule_file(folder: Path, name: str, outlet: str, rule_id: str, line: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f'outlet = "{outlet}"\n[[drop]]\nid = "{rule_id}"\npattern = "^{line}$"\n', encoding="utf-8")
    return path


def test_two_user_rule_files_of_one_id_are_not_one_dropped_in_silence(tmp_path: Path) -> None:
    # Before: the later file replaced the earlier, whose rules were lost, exit 0.
    first = _rule_file(tmp_path / "a", "gazette.toml", "Gazette A", "promo", "Buy our mugs")
    _rule_file(tmp_path / "b", "gazette.toml", "Gazette B", "logo", "Gazette Logo")
    ran = run_cli("clean", "-", "--rules", str(tmp_path / "a"), "--rules", str(tmp_path / "b"), "--outlet", "gazette",
                  stdin=f"Buy our mugs\nGazette Logo\n{STORY}".encode())
    assert ran.returncode == 1
    errors = ran.stderr.decode().splitlines()
    assert any("b/gazette.toml" in line and str(first) in line and "'gazette'" in line for line in errors), errors
    assert b"Buy our mugs" not in ran.stdout  # the first file's rules hold
    with pytest.raises(RuleError, match="already"):
        Cleaner([tmp_path / "a", tmp_path / "b"])


def test_a_rule_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    path = _rule_file(tmp_path / "a", "gazette.toml", "Gazette A", "promo", "Buy our mugs")
    cleaner = Cleaner([tmp_path / "a", path])
    assert [f.id for f in cleaner.rules.files].count("gazette") == 1


def test_a_rule_file_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    # Before: "invalid TOML: Invalid statement (at line 1, column 1)", the file skipped.
    folder = tmp_path / "rules"
    path = _rule_file(folder, "gazette.toml", "Gazette", "promo", "Buy our mugs")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    ran = run_cli("clean", "-", "--rules", str(folder), "--outlet", "gazette", stdin=f"Buy our mugs\n{STORY}".encode())
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.decode() == STORY


def test_an_outlet_that_is_no_string_is_named_as_such(tmp_path: Path) -> None:
    # Before: "missing 'outlet'" for a file that has one, a number.
    path = tmp_path / "gazette.toml"
    path.write_text("outlet = 5\n", encoding="utf-8")
    ran = run_cli("rules", "check", str(path))
    assert ran.returncode == 1
    assert f"{path}: 'outlet' must be a string (the outlet's name), not int" in ran.stderr.decode()
