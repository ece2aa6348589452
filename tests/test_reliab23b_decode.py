"""Session 23 (reliab23b): an English page in Windows-1252 whose only letters beyond ASCII are a name of three
in a row ("Ñúñez") was taken for another script's text and read in another encoding ("Съсez", "ﾑ橾ez") or
refused: such a name is read right, and a Latin word read as run into another script's is refused by name."""

from __future__ import annotations

import pytest

from cleaner.decode import DecodeError, UnclearEncoding, decode_bytes
from test_encode21b_misdeclared import _outcomes


def test_an_english_page_with_a_name_of_three_spanish_letters_in_a_row_is_read_right() -> None:
    # Before: 21 of its 31 benchmark cases refused ("encoding unclear (big5hkscs or gb18030 ...)"), the page that
    # declares windows-1252 among them ("the page declares cp1252, which does not fit its bytes").
    outcomes = _outcomes("en-es")
    assert outcomes and set(outcomes.values()) == {"exact"}, outcomes


def test_a_latin_name_read_as_run_into_another_script_is_refused_by_name() -> None:
    # Before: read in Shift_JIS, "Coach ﾑ橾ez said the club paid ｣2m", in silence (Windows-1252 was left out of
    # the detector's readings; the one word was under the count of words that tells lines in two encodings).
    text = "Coach Ñúñez said the club paid £2m for the new striker.\n"
    with pytest.raises(UnclearEncoding, match=r"encoding unclear \(cp932 reads Latin letters run into another "):
        decode_bytes(text.encode("cp1252"))
    assert "garbled" not in _outcomes("en-es-pound").values()


def test_a_windows_1258_tone_mark_after_a_consonant_is_no_reading_of_the_page() -> None:
    # Before: read in Windows-1258, "Coach Ñ́ñez" (ì is its combining acute), in silence.
    text = "Coach Ñìñez said the players had worked hard all week.\n"
    try:
        assert decode_bytes(text.encode("cp1252")) == text
    except DecodeError as exc:
        assert "encoding unclear" in str(exc)


@pytest.mark.parametrize(("text", "encoding"), [
    ("新しいiPhoneケースが発売されました。東京の店では朝から多くの人が並びました。価格は三千円です。\n", "shift_jis"),
    ("Вчера в городе открылся новый магазин, и мы купили там чайник.\n", "cp1251"),
    ("The city council met the mayor of Kroměříž on Tuesday to discuss the new bridge.\n", "cp1250"),
])
def test_other_scripts_and_other_latin_encodings_are_not_read_as_windows_1252(text: str, encoding: str) -> None:
    # Guards (pass before and after): a word of another script glued to a Latin one among others of that script is
    # read right; a run of letters of no one Western language ("Kromìøíž") stays no Windows-1252 name.
    try:
        assert decode_bytes(text.encode(encoding)) == text
    except DecodeError as exc:
        assert "encoding unclear" in str(exc)
