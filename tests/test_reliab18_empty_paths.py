"""An empty path argument (`cleaner clean "$UNSET" -o out`) is a usage error naming it; before, `clean` read it
as `.`, and cleaned the current folder, recursively, exit 0 (explain and report said "no such file or folder: ",
naming nothing), and `-o ""` wrote into the current folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from helpers import SAMPLES, run_cli

PAGE = SAMPLES / "input" / "000_commondreams.txt"


@pytest.mark.parametrize("args", [
    ["clean", "", "-o", "OUT"], ["clean", str(PAGE), "", "-o", "OUT"], ["clean", str(PAGE), "-o", ""],
    ["clean", str(PAGE), "-o", "OUT", "--report", ""], ["explain", ""], ["report", "", "-o", "OUT.html"],
    ["clean", str(PAGE), "--rules", ""], ["learn", "", "--outlet", "x", "-o", "OUT.toml"],
], ids=["clean", "clean-among-others", "output", "report-path", "explain", "report", "rules", "learn"])
def test_an_empty_path_is_a_usage_error_naming_it(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "here.txt").write_bytes(PAGE.read_bytes())
    ran = run_cli(*[arg.replace("OUT", str(tmp_path / "out")) for arg in args], cwd=tmp_path)
    assert ran.returncode == 2, ran.stderr
    assert "an empty path" in ran.stderr.decode()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["here.txt"]  # nothing cleaned, nothing written


@pytest.mark.parametrize("rules", ["", [""]], ids=["str", "list"])  # Path("") is Path("."), a folder named
def test_an_empty_rules_path_is_refused_not_read_as_the_current_folder(tmp_path: Path, rules: object) -> None:
    # Before: the current folder's *.toml were read as rule files (pyproject.toml: "unknown key(s) build-system").
    from cleaner import Cleaner, RuleError

    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    with contextlib.chdir(tmp_path), pytest.raises(RuleError, match="an empty path"):
        Cleaner(rules=rules)  # type: ignore[arg-type]
