"""Shared test helpers. Tests import the installed `cleaner`, as users do."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# A league table as page text renders it, a cell a line (invented).
LEAGUE_TABLE = [
    "Team", "P", "W", "Pts",
    "Rovers", "20", "14", "45",
    "United", "20", "13", "42",
    "Albion", "20", "12", "40",
]


@dataclass(frozen=True)
class Ran:
    """What a command did, as a user sees it: exit status, stdout, stderr."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Ran:
    """Run the `cleaner` command in this process, with stdin, stdout and stderr
    its own; an exception the command does not turn into an exit status
    (a traceback, for a user) fails the test."""
    with contextlib.chdir(cwd or Path.cwd()):
        result = CliRunner().invoke(main, list(args), input=stdin, prog_name="cleaner")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout_bytes, result.stderr_bytes or b"")
