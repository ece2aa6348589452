"""An empty path argument (`cleaner clean "$UNSET" -o out`) is a usage error naming it; before, `clean` read it
as `.`, and cleaned the current folder, recursively, exit 0 (explain and report said "no such file or folder: ",
naming nothing), and `-o ""` wrote into the current folder."""

from __future__ import annotations

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
