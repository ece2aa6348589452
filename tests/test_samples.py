"""The seed documents: the CLI's output must equal the hand-written bodies."""

from __future__ import annotations

import pytest

from cleaner import clean

from helpers import SAMPLES, run_cli

NAMES = sorted(p.name for p in (SAMPLES / "input").iterdir())


def test_every_sample_has_an_expected_output():
    assert NAMES and NAMES == sorted(p.name for p in (SAMPLES / "expected").iterdir())


def test_cli_output_equals_expected(tmp_path):
    result = run_cli("clean", str(SAMPLES / "input"), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    for name in NAMES:
        expected = (SAMPLES / "expected" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == expected, name


@pytest.mark.parametrize("name", NAMES)
def test_expected_output_is_a_fixed_point(name):
    expected = (SAMPLES / "expected" / name).read_text(encoding="utf-8")
    assert clean(expected) == expected
