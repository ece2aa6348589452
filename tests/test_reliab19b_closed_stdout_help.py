"""--help and --version with stdout closed say so, as any other output that fails (session 19, reliab19b)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("arguments", [["--help"], ["--version"], ["clean", "--help"], ["rules", "list", "-h"]])
def test_help_into_a_closed_stdout_is_said_and_fails(arguments):
    # Before: `cleaner --help >&-` (and a command's) exited 0, having printed nothing, without a word.
    ran = subprocess.run([sys.executable, "-m", "cleaner", *arguments], stderr=subprocess.PIPE, timeout=60,
                         preexec_fn=lambda: os.close(1))
    assert (ran.returncode, ran.stderr.decode()) == (1, "error: stdout: not written: closed\n"), arguments


def test_help_into_an_open_stdout_still_exits_0():
    ran = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--help"], capture_output=True, timeout=60)
    assert ran.returncode == 0 and b"--error-field" in ran.stdout and not ran.stderr
