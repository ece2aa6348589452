"""Session 22 (reliab22): inputs that were lost or garbled in silence, or refused in words that were not true."""

from __future__ import annotations

import pytest

from cleaner import DecodeError
from cleaner.decode import decode_bytes

# An English page quoting a few Russian words: in KOI8-R, two encodings read it equally well.
CHOIR = ('The school choir sang at the harbour festival on Saturday. Its leader held up a sign that said "Спасибо, '
         'друзья" and thanked the visiting families, who had travelled for two days by train to hear the concert.')


def _html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("label", ["iso-8859-1", "utf-8", "windows-1252"])
def test_an_unclear_encoding_names_what_the_page_declared(label: str) -> None:
    # Before: "encoding unclear (cp1256 or cp874; none declared)" for a page that declared one.
    with pytest.raises(DecodeError, match=f"unclear.*declares {label}") as refused:
        decode_bytes(_html(CHOIR, f'<meta charset="{label}">').encode("koi8_r"))
    assert "none declared" not in str(refused.value)


def test_an_unclear_encoding_of_a_page_that_declares_none_says_so() -> None:
    with pytest.raises(DecodeError, match="unclear.*declares none"):
        decode_bytes(_html(CHOIR).encode("koi8_r"))
