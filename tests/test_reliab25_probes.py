"""Edges met by a hostile new user: an unknown outlet given to the Python API."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, clean, clean_html, explain

STORY = "This is the real story about the harbour and its boats, told at some length here."
PAGE = "\n\n".join(f"{number} {STORY}" for number in range(6)) + "\n"


@pytest.mark.parametrize("call", [clean, clean_html, explain, Cleaner().clean, Cleaner().explain_document])
def test_an_unknown_outlet_given_to_the_python_api_is_a_value_error_naming_the_known_ones(call) -> None:
    # Before: a KeyError, whose message Python prints quoted ("'unknown outlet ...'"), where the dask, datasets
    # and datatrove entry points and the command line all name it as a ValueError (a usage error).
    with pytest.raises(ValueError, match=r"^unknown outlet 'nosuch' \(known: commondreams, londondaily, voi\)$"):
        call(PAGE, outlet="nosuch")
    with pytest.raises(TypeError, match="^the outlet must be str, not int$"):
        call(PAGE, outlet=5)
