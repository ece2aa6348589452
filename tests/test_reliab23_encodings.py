"""Session 23 (reliab23): legacy pages garbled in silence: Estonian and Esperanto in their own encodings, and
English pages with a few Polish, Hungarian, Turkish, Lithuanian or Latvian names in theirs, which Windows-1252
reads as letters too ("Poznañ", "Eskiþehir", "Gyõr"): each is read right or refused by name, never garbled."""

from __future__ import annotations

import pytest

from cleaner import DecodeError
from cleaner.decode import decode_bytes, misdeclared
from test_encode21b_misdeclared import _outcomes

NAMES_IN_ENGLISH = ("en-pl", "en-hu", "en-tr", "en-lt", "en-lv")


@pytest.mark.parametrize("language", ["et", "eo"])
def test_estonian_and_esperanto_in_their_legacy_encodings_are_read_right(language: str) -> None:
    # Before: Estonian in Windows-1257 "ðokolaadipoe þürii", in ISO-8859-15 "¨okolaadipoe"; Esperanto in
    # ISO-8859-3 "hieraý", in silence (7 and 14 of their cases garbled).
    outcomes = _outcomes(language)
    assert outcomes and set(outcomes.values()) == {"exact"}, outcomes


@pytest.mark.parametrize("language", NAMES_IN_ENGLISH)
def test_names_in_their_own_legacy_encoding_in_an_english_page_are_not_garbled_in_silence(language: str) -> None:
    # Before: read as Windows-1252, "Poznañ", "Gyõr", "Eskiþehir", "Klaipëda", "Jûrmala" (10 of 22 cases each).
    # Not the pages that declare latin-1: a declaration settles a doubt (below).
    outcomes = {case: result for case, result in _outcomes(language).items() if not case.endswith("iso-8859-1")}
    assert outcomes and "garbled" not in outcomes.values(), outcomes


def _english(*names: str) -> str:
    return (f"<html><head><title>Council</title></head><body><p>The council met {names[0]} on Tuesday to discuss "
            "the new bridge over the river, which the engineers say will take two years to build.</p>\n"
            f"<p>Among the guests were {', '.join(names[1:])}, who spoke about the festival and the market "
            "that opens every week on the square beside the old town hall.</p></body></html>\n")


@pytest.mark.parametrize(("names", "encoding"), [
    (("the mayor of Beşiktaş", "Mr Erdoğan"), "cp1254"),
    (("the mayor of Šiauliai", "Mr Žukauskas"), "cp1257"),
    (("the mayor of Győr", "Mrs Szőke"), "iso8859_2"),
    (("the mayor of Jūrmala", "Mrs Kalniņa"), "cp1257"),
    # The other way round, as much in doubt: Icelandic and Estonian names in Windows-1252 (Doğan? Tőnisson?).
    (("the mayor of Põlva", "Mr Guðmundsson"), "cp1252"),
])
def test_an_english_page_whose_names_windows_1252_reads_in_doubt_is_refused_by_name(names: tuple[str, ...],
                                                                                   encoding: str) -> None:
    # Before: "Beþiktaþ", "Ðiauliai", "Gyõr", "Kalniòa" in silence: either reading may be right, so neither is taken.
    with pytest.raises(DecodeError, match="encoding unclear"):
        decode_bytes(_english(*names).encode(encoding))


def test_a_reading_that_puts_a_sign_among_letters_is_not_taken() -> None:
    # Before: "Wroc³aw" and "Bia³ystok" (ł read as a superscript three), in silence.
    page = _english("the mayor of Wrocław", "Mr Białek", "Mrs Nowak")
    for encoding in ("cp1250", "iso8859_2"):
        try:
            text = decode_bytes(page.encode(encoding))
        except DecodeError as refused:
            assert "encoding unclear" in str(refused)
        else:
            assert "Wrocław" in text and "Białek" in text


def test_a_page_declared_latin_1_whose_reading_misreads_letters_has_its_encoding_guessed() -> None:
    page = _english("the mayor of Wrocław", "Mr Białek").replace("<head>", '<head><meta charset="iso-8859-1">')
    assert misdeclared(page.encode("cp1250"), "cp1252")  # before: read as declared, "Wroc³aw"


def test_a_page_declared_latin_1_whose_letters_are_only_in_doubt_is_read_as_declared() -> None:
    # The declaration settles which reading is right: "Þingvellir" in Windows-1252, as it may be "Eskiþehir".
    page = _english("the guide to Þingvellir", "Mr Guðmundsson").replace("<head>", '<head><meta charset="iso-8859-1">')
    assert not misdeclared(page.encode("cp1252"), "cp1252")
    assert decode_bytes(page.encode("cp1252")) == page


@pytest.mark.parametrize("names", [
    ("the chef of the Café Crème", "Mr Peña", "Mrs Müller", "Mr François Dubois"),
    ("the poet of Os Lusíadas, Camões", "Mrs Björk", "Mr Søren Ærø", "Ms Åsa Strömberg", "Mr Alp Uçkan"),
    ("the guide to Siglufjörður", "Mrs Guðrún Pétursdóttir", "Mr Mastrolò"),
    ("the mayor of Barça's suburb", "Mr Núñez", "Mrs Gonçalves from the Açores", "Mr Noël"),
])
def test_an_english_page_with_western_names_in_windows_1252_is_still_read_in_it(names: tuple[str, ...]) -> None:
    # The letters doubted are ð, þ and õ before no e, each alone beyond ASCII in its word,
    # ò before a vowel; ñ after a letter before no vowel and signs among letters are misread.
    page = _english(*names)
    assert decode_bytes(page.encode("cp1252")) == page


def test_an_icelandic_page_in_windows_1252_is_still_read_in_it() -> None:
    page = ("<html><head><title>Fréttir</title></head><body><p>Borgarstjórn ákvað í gær að gera við gömlu brúna "
            "yfir ána. Þetta verk á að taka tvö ár og því verður gatan lokuð á meðan.</p>\n<p>Íbúar hverfisins "
            "eru ánægðir með ákvörðunina, en sumir kaupmenn óttast að missa viðskiptavini.</p></body></html>\n")
    assert decode_bytes(page.encode("cp1252")) == page
