"""Session 21 (encode21b): a page declared latin-1 (a server's default label) whose bytes read in Windows-1252 as
no Windows-1252 language reads (Thai, Chinese, Japanese, Korean, Vietnamese in their legacy encodings) has its
encoding guessed, not read as declared in silence. The cases are benchmarks/legacy_encodings.py's own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cleaner.decode import misdeclared

_SCRIPT = importlib.util.spec_from_file_location(
    "legacy_encodings", Path(__file__).resolve().parent.parent / "benchmarks" / "legacy_encodings.py")
assert _SCRIPT is not None and _SCRIPT.loader is not None
legacy_encodings = importlib.util.module_from_spec(_SCRIPT)
sys.modules["legacy_encodings"] = legacy_encodings  # its dataclasses look their module up
_SCRIPT.loader.exec_module(legacy_encodings)
DECLARED_LATIN_1 = ("html meta iso-8859-1", "warc header iso-8859-1")


def _outcomes(language: str, forms: tuple[str, ...] | None = None) -> dict[str, str]:
    """``language``'s cases of the benchmark (those of ``forms``, else all), each with how it came out."""
    chosen = [found for found in legacy_encodings.languages() if found.code == language]
    return {f"{case.encoding} {case.form}": legacy_encodings.outcome(case)[0]
            for case in legacy_encodings.cases(chosen) if forms is None or case.form in forms}


@pytest.mark.parametrize("language", ["vi", "th", "ja", "zh-hans", "zh-hant", "ko"])
def test_a_page_declared_latin_1_in_its_own_legacy_encoding_is_read_in_it(language: str) -> None:
    # Before: read as declared, "ÊÐÒé»á×òÌì¾ö" (GBK), "½ÃÀÇÈ¸´Â" (EUC-KR), "Hôòi ðôÌng" (Windows-1258), in silence.
    outcomes = _outcomes(language, DECLARED_LATIN_1)
    assert outcomes and set(outcomes.values()) == {"exact"}, outcomes


@pytest.mark.parametrize(("language", "encodings"), [("en-cs", ("cp1250", "iso8859_2")), ("en-ru", ("cp1251",))])
def test_a_few_foreign_words_in_an_english_page_are_not_garbled_in_silence(language: str,
                                                                         encodings: tuple[str, ...]) -> None:
    # Before: "Kromìøíž" (undeclared, or declared latin-1), "Äîáðî ïîæàëîâàòü" (declared latin-1), in silence.
    outcomes = {case: result for case, result in _outcomes(language).items() if case.split()[0] in encodings}
    assert outcomes and "garbled" not in outcomes.values(), outcomes


def _western_page(*lines: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in lines)
    return (f'<html><head><meta charset="iso-8859-1"><title>Noticias</title></head><body>\n{paragraphs}'
            "</body></html>\n").encode("cp1252")


def test_a_western_page_with_a_rule_drawn_in_dashes_is_windows_1252_as_declared() -> None:
    # A run of one character repeated is a rule, not another script's letters.
    page = _western_page("El año pasado la compañía ganó.", "—" * 12, "•" * 8)
    assert not misdeclared(page, "cp1252")


def test_a_western_page_with_a_pasted_utf8_line_is_windows_1252_as_declared() -> None:
    # The pasted line, read as UTF-8 (`decoded_as`), is no evidence that the page's own bytes are another script's.
    pasted = "Президент России заявил сегодня, что правительство подготовит новый закон.".encode()
    page = _western_page("El año pasado la compañía ganó.").replace(b"<p>", b"<p>" + pasted + b"</p>\n<p>", 1)
    assert not misdeclared(page, "cp1252")
