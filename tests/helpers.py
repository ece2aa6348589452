"""Shared test helpers. Tests import the installed `cleaner`, as users do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `cleaner` command as a user would."""
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120)
