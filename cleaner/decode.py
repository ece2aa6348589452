"""Decode input bytes to text: BOMs, UTF-8, UTF-16, declared and undeclared
legacy encodings, and files that mix UTF-8 with a legacy encoding line by line.
Only the bytes that are wrong in the encoding found become U+FFFD; what cannot
be read as text is refused with the reason."""

from __future__ import annotations

import codecs
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, AnyStr

import regex

from .cache import compiled
from .compression import MAGIC_BYTES, sniff_compression
from .errors import DocumentError

if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch


class DecodeError(DocumentError, ValueError):
    """The input cannot be read as text (binary, empty, or of no clear encoding)."""


class UnclearEncoding(DecodeError):
    """Two encodings read the input differently and equally well, and what it declares (if anything) does not fit."""


class EmptyInput(DecodeError):
    """The input holds no text: nothing, whitespace alone, or a byte order mark alone."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Web pages that are not UTF-8 are most often Windows-1252 (which HTML5
# decoders use for "latin-1" and "ascii" too): preferred whenever it reads
# an undeclared page as well as the best guess does, unless the page's language is one of those below.
LEGACY_ENCODING = "cp1252"
# The legacy encodings of the pages of each language written in Latin letters that Windows-1252 lacks (the
# encodings browsers fall back to for its locale, and their ISO twins): preferred for a page in that language
# as Windows-1252 is for the others. The detector reads such a page about as well in Windows-1252 ("Mìstská",
# "jövõ", Vietnamese "phôì": its letters are letters there too) and, for ISO-8859-2, in Windows-1250
# ("Kroměříľi"); read so, it was garbled in silence. Of a pair, the ISO encoding first where the data holds
# no byte 0x80-0x9F, where the Windows encoding has letters (Š, ž, ś) and ISO-8859 control characters.
_CENTRAL_EUROPEAN = ("iso8859_2", "cp1250")
LANGUAGE_ENCODINGS = {
    **dict.fromkeys(("cs", "sk", "pl", "hu", "hr", "sr", "sl", "bs", "ro", "sq"), _CENTRAL_EUROPEAN),
    **dict.fromkeys(("lt", "lv"), ("iso8859_13", "cp1257")),
    **dict.fromkeys(("tr", "az"), ("iso8859_9", "cp1254")),
    # Estonian: its o and a with accents are where Windows-1252 has them; its š and ž are not, and read there
    # came out "ðokolaad", "þürii" (their ISO-8859-15 bytes "¨okolaad").
    "et": ("iso8859_15", "cp1257"),
    "eo": ("iso8859_3",),  # Esperanto's ĉ ĝ ĥ ĵ ŝ ŭ: "hieraý", "ðoseo" in Windows-1252
    "vi": ("cp1258",),
}
# Letters a reading gives that no language writes so, which tell a wrong legacy encoding where the detector's
# measures cannot (a name or two in an English page: "Wroc³aw", "Poznañ" are as much letters to it as the
# right "Wrocław", "Poznań"): a sign among letters (the bytes of ł, ą, ż, ş, ľ, ź that Windows-1252 and others
# read as ³ ¹ ¿ º ¾ ¼ £ ¥ ± ...; not the signs text writes there: an acute accent or soft hyphen in a word,
# Catalan's middle dot, a brand's ® or ©), and ñ after a letter and before no vowel (Polish ń: the languages
# of ñ put a vowel after it, but those named), and Windows-1258's tone marks, which Vietnamese puts on vowels
# alone, after another letter (its bytes of ì, Þ, ò, ý, ÿ: "Ñìñez" came out "Ñ́ñez"). A reading that gives them
# is none of the page's.
_LetterChecks = tuple[tuple[regex.Pattern[str], frozenset[str]], ...]
_MISREAD_LETTERS: _LetterChecks = (
    (compiled(r"(?<=[^\W\d_])[\xa1-\xa8\xaa\xac\xaf-\xb1\xb3\xb5\xb6\xb8-\xba\xbc\xbe\xbf](?=[^\W\d_])"),
     frozenset()),
    (compiled(r"(?<=[^\W\d_])[ñÑ](?![aeiouyáéíóúAEIOUYÁÉÍÓÚ])"), frozenset(("br", "crh"))),
    (compiled(r"(?<=[^\W\d_aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ])[\u0300\u0301\u0303\u0309\u0323]"), frozenset()),
)
# Letters of Windows-1252 that few languages write so, on bytes where the encodings of `LANGUAGE_ENCODINGS` have
# letters of their own: Icelandic's ð or þ (Turkish ğ and ş, Baltic š and ž, Croatian đ), õ before no e
# (Estonian's, or Hungarian ő: Portuguese writes õe), each the one letter beyond ASCII of its word (a word of
# the language writes others: "Siglufjörður"; "ÿþ" is a byte order mark's stray bytes), and ò before a vowel
# (Latvian ņ: Italian writes ò last, Catalan before a consonant). In a page in another language (an English
# one with a name) either reading may be right ("Doðan" or "Doğan", "Jõgeva" or "Győr"): Windows-1252 is not
# preferred, and where it would be, the encoding is unclear (read so, "Eskiþehir", "Bçrziòa" came out in
# silence); a page that declares latin-1 is read so (`misdeclared`). Each with the languages that write it so.
_DOUBTFUL_LETTERS: _LetterChecks = (
    (compiled(r"\b[a-zA-Z]*[ðþÐÞ][a-zA-Z]*\b"), frozenset(("is", "fo"))),
    (compiled(r"\b[a-zA-Z]*[õÕ](?![eE])[a-zA-Z]*\b"), frozenset(("et", "vi", "gn"))),
    (compiled(r"[òÒ](?=[aeiouAEIOU])"), frozenset(("vi",))),
)
_MARKUP = compiled(r"<[^<>]*>")
_WINDOWS_BYTES = compiled(rb"[\x80-\x9f]")
# Few non-ASCII letters make the detector's measure of mess (chaos) noisy:
# Windows-1252 wins unless the best guess reads the data clearly less messily
# or, where the page's language is not known, as clearly more like a language
# (coherence; the detector's own margin). Where it is known, one letter read
# otherwise swayed that measure: "Ċlesund" (ISO-8859-3) in an English page.
LEGACY_CHAOS_MARGIN = 0.1
LEGACY_COHERENCE_MARGIN = 0.02
# When two encodings read the data equally well, data with at most this
# share of non-ASCII bytes is read as Windows-1252 rather than refused.
UNCLEAR_MAX_NON_ASCII_SHARE = 0.01
# Two readings are equally good within the detector's own margins of mess (chaos) and of likeness to a language.
UNCLEAR_CHAOS_MARGIN = 0.01
UNCLEAR_COHERENCE_MARGIN = 0.02
_NON_ASCII_BYTES = compiled(rb"[\x80-\xff]")
# The legacy encodings of the web (the WHATWG Encoding standard's, in
# Python's names) among which an undeclared page's encoding is guessed.
WEB_LEGACY_ENCODINGS = (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_cyrillic", "cp866",
    "gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
)
# Those of them that read a character from more than one byte: their lines are never read as UTF-8
# (their byte pairs make valid UTF-8 far more often than a single-byte encoding's letters do).
_MULTI_BYTE_ENCODINGS = frozenset(("gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949"))
# Where a character of two to four bytes in UTF-8 starts: a lead byte, then a continuation byte
# (a line holding one is checked whole before it is read as UTF-8).
_UTF8_SEQUENCE = compiled(rb"[\xc2-\xf4][\x80-\xbf]")
# What a legacy page's own bytes give when read as UTF-8 by chance: a capital letter or ß before a
# punctuation byte (Windows-1252 "É…", "ß“") reads as Latin Extended-B, IPA, Armenian, Hebrew,
# Arabic or NKo, or as a C1 control; a UTF-8 line pasted into a Western or Cyrillic page holds
# none of those, nor private-use characters.
_NOT_PASTED_UTF8 = compiled(r"[\x80-\x9f\u0180-\u02ff\u0530-\u07ff\ue000-\uf8ff]")
_ESCAPED_BYTE = compiled(r"[\udc80-\udcff]")  # a byte not UTF-8, as surrogateescape gives it
_NON_ASCII_CHARACTER = compiled(r"[^\x00-\x7f\udc80-\udcff]")  # one UTF-8 read right
# Share of control characters above which the data is binary, not text.
# Below it, stray NULs (a crawler's artefact) are dropped, as browsers do.
MAX_CONTROL_SHARE = 0.05
_CONTROL = compiled(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f]))  # those it finds
_CONTROL_BYTES = compiled(rb"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = compiled(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([-\w.:]+)""", regex.I
)
# The declaration is looked for in the page's first bytes, as browsers do.
DECLARATION_BYTES = 4096
# Labels that browsers (the WHATWG Encoding standard) read as a superset:
# pages labelled with the narrow one use the wide one's characters.
SUPERSET_ENCODINGS = {
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949",
    "tis-620": "cp874", "iso8859-9": "cp1254", "iso8859-11": "cp874", "big5": "big5hkscs",
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
}
# Another script's letters in their own 8-bit encoding (Cyrillic, Greek, Hebrew, Arabic, Thai) or two bytes a
# character (Chinese, Japanese, Korean) read in Windows-1252 as runs of characters beyond ASCII ("Ìîñêâà",
# "ÊÐÒé»á×òÌì¾ö", "½ÃÀÇÈ¸´Â": `ANOTHER_SCRIPT_MIN_RUN` or more), which no language written in Windows-1252 has:
# its letters beyond ASCII stand alone or in pairs among ASCII ones ("café", "ação"; of 2,279 dev-set and
# fixture inputs in it, 3 hold a run, of at most 10% of the characters counted). From this share of the
# characters in runs, among them and the letters beyond ASCII outside runs, the bytes are taken as not
# Windows-1252, however few (a Russian greeting, a Czech town in an English page). A page declared so
# (`latin-1`, `ascii`: a server's default) has its encoding guessed as an undeclared page's is (read as
# declared, it came out garbled, in silence); an undeclared one is not read in it by preference.
ANOTHER_SCRIPT_MIN_SHARE = 0.5
ANOTHER_SCRIPT_MIN_RUN = 3
_BEYOND_ASCII_RUN = compiled(r"[^\x00-\x7f\s]+")
# ...but a run joined to ASCII letters in one word, all of whose letters one language written in Windows-1252
# writes, is a name in it ("Ñúñez": counted another script's, an English page was read "Съсez" in silence).
# Another 8-bit script's word is a run alone (its bytes give no ASCII letter); a wrong Latin encoding's mixes
# letters of no one language ("Kromìøíž"). Icelandic's ð and þ are left out: Turkish ğ, ş, ı read so
# ("Iþýðý"; `_DOUBTFUL_LETTERS`).
_WESTERN_ALPHABETS = tuple(frozenset(letters) for letters in (
    "áéíóúüñ",  # Spanish, Galician
    "àáâãçéêíóôõúü",  # Portuguese
    "àâæçèéêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "áäéëíïóöúü",  # Dutch
    "åäöéü",  # Swedish, Finnish
    "æøåéó",  # Danish, Norwegian
))
_ASCII_LETTER = compiled(r"[A-Za-z]")
# Read in a guessed Cyrillic, Greek, Hebrew, Arabic or Thai encoding, a Western line gives words of Latin
# letters run into that script's ("dйcidй", "Brьcke", "cגmara"), which text has but by mistake: from this
# many such words, making at least this share of the words that hold a non-ASCII letter, the file is
# refused as lines in different encodings.
MIXED_SCRIPT_MIN_WORDS = 3
MIXED_SCRIPT_MIN_SHARE = 0.1
_MIXED_SCRIPT_WORD = compiled(r"(?<![^\W\d_])(?=[^\W\d_]*[A-Za-z])"
                              r"(?=[^\W\d_]*[\p{Cyrillic}\p{Greek}\p{Hebrew}\p{Arabic}\p{Thai}])[^\W\d_]+")
_NON_ASCII_WORD = compiled(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
# A reading of which every word of another script (those above, or Chinese, Japanese, Korean) runs Latin letters
# into it is refused as unclear, however few: a Latin name in a page read in another script's encoding ("Coach
# Съсez", "ﾑ橾ez": a word under the mixed lines' count came out in silence). Text of another script holds
# words of it alone; a word glued to a Latin one ("iPhoneケース") is one among them.
_OTHER_SCRIPT_WORD = compiled(r"[^\W\d_]*[\p{Cyrillic}\p{Greek}\p{Hebrew}\p{Arabic}\p{Thai}\p{Han}\p{Hiragana}"
                              r"\p{Katakana}\p{Hangul}][^\W\d_]*")
# Text in an encoding with a few wrong bytes (a bad paste, a stray byte) is
# still in that encoding: at least this many good non-ASCII characters per
# bad byte. Legacy text read as UTF-8 is almost all bad bytes (a valid UTF-8
# sequence needs a lead byte followed by just the right continuation bytes).
MIN_UTF8_CHARS_PER_ERROR = 1
# ...a declared encoding, which reads almost any bytes, needs more.
MIN_DECLARED_CHARS_PER_ERROR = 10
# UTF-16 without a BOM: the zero high bytes of ASCII characters fill at
# least this share of the odd (little-endian) or even (big-endian) bytes,
# and (almost) none of the others.
UTF16_MIN_ZERO_SHARE = 0.1
UTF16_MAX_OTHER_ZERO_SHARE = 0.01
# UTF-16 without a BOM of text with few ASCII characters (Chinese or Japanese, with no spaces: few zero bytes,
# and the low bytes of its characters, often control bytes, looked binary): data binary in its 8-bit reading
# is read so where one byte order alone gives at least this share of the characters such text is made of
# (`_UTF16_TEXT`). The other order spreads ideographs over the whole BMP (some 40% of them land there), and
# random bytes give lone surrogates. (Only binary data is asked: ASCII text read in byte pairs is ideographs.)
UTF16_MIN_TEXT_SHARE = 0.9
# Zero bytes fewer than this share of a text's bytes, which without them is UTF-8 text, are stray NULs in it,
# not UTF-16's: UTF-16 of Latin text has one in two (a short text's one NUL may be a quarter: "a\0b\n"); of
# Chinese or Japanese with ASCII, fewer, but its other bytes are then no UTF-8 text (control bytes, bytes over
# 0x7f that UTF-8 does not read).
STRAY_NULS_MAX_SHARE = 0.4
_UTF16_TEXT = compiled(r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f"  # ASCII, Latin-1, punctuation
                       r"\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")  # CJK, kana, Hangul, full-width
# Archives a folder of pages is often given as (a tar after its gzip is read): their kind, where their
# signature starts, and the signature. Each failed as "binary data (control characters)", naming no archive.
ARCHIVE_SIGNATURES = (
    ("zip", 0, b"PK\x03\x04"), ("zip", 0, b"PK\x05\x06"), ("tar", 257, b"ustar"),
    ("7z", 0, b"7z\xbc\xaf\x27\x1c"), ("rar", 0, b"Rar!\x1a\x07"),
)
# Compressions that nothing here decompresses, by their first bytes (brotli has none): such a file was "binary data
# (control characters)", its compression unnamed.
UNREAD_COMPRESSION_SIGNATURES = (
    ("lz4", b"\x04\x22\x4d\x18"), ("lz4", b"\x02\x21\x4c\x18"), ("lzip", b"LZIP"), ("compress (.Z)", b"\x1f\x9d"),
    ("snappy", b"\xff\x06\x00\x00sNaPpY"),
    # lzma's own format (`.lzma`, before xz): its properties byte, then a dictionary size that its presets give.
    *(("lzma", b"\x5d" + (1 << bits).to_bytes(4, "little")) for bits in range(16, 27)),
)
# Bytes looked at to tell UTF-16 and binary data, and whether a BOM is one.
SNIFF_BYTES = 4096
# Of the characters a BOM's encoding reads in them, at most this share bad:
# a stray bad unit (a cut emoji) is still UTF-16, random bytes are not.
BOM_MAX_ERROR_SHARE = 0.01
_ASCII = compiled(r"[\t\n\r\x20-\x7e]")  # a space, a line break, a digit or a letter: no NUL


def sniff_encoding(data: bytes, header_label: str | None = None) -> str:
    """Name the encoding of ``data``: a BOM; UTF-16 by its zero bytes; UTF-8
    when it decodes (or nearly: a cut or stray byte); the HTML meta charset
    or XML declaration when the bytes agree with it; else the best guess
    among the web's legacy encodings. Raises DecodeError for binary data
    and for bytes no encoding reads with confidence, naming the label the page
    declares or, without one, ``header_label`` (an HTTP header's, not used)."""
    return bom_encoding(data) or _sniff_unmarked(data, header_label)


def bom_encoding(data: bytes) -> str | None:
    """The encoding of the byte order mark ``data`` starts with, where the data reads in it (`_bom_reading`)."""
    for bom, name in _BOMS:
        if not data.startswith(bom):
            continue
        reading = _bom_reading(data, name)
        # In doubt, the BOM's reading stands where the bytes read without it would be binary (CJK UTF-16's
        # low bytes are often control bytes); 8-bit text is read as such.
        if reading is True or reading is None and _binary(data[:SNIFF_BYTES]):
            return name
    return None


def _sniff_unmarked(data: bytes, header_label: str | None) -> str:
    """sniff_encoding for data that a BOM does not mark."""
    compression = sniff_compression(data[:MAGIC_BYTES])
    if compression is not None:
        raise DecodeError(f"binary data ({compression.name}-compressed)")
    unread = next((kind for kind, signature in UNREAD_COMPRESSION_SIGNATURES if data.startswith(signature)), None)
    if unread is not None:
        raise DecodeError(f"binary data ({unread}-compressed, which is not read here: decompress it first)")
    head = data[:SNIFF_BYTES]
    archive = _archive_kind(head)
    if archive is not None:
        raise DecodeError(f"binary data (a {archive} archive: unpack it, and give its files)")
    stray = _stray_nuls(head)
    utf16 = None if stray else utf16_without_bom(head)
    if utf16:
        return utf16
    if _binary(head):  # by its 8-bit reading; but its UTF-16 reading may be text
        utf16 = None if stray else _utf16_by_characters(head)
        if utf16:
            return utf16
        raise DecodeError("binary data (control characters)")
    try:
        data.decode("utf-8")
        return "iso2022_jp" if _iso2022_jp(data) else "utf-8"
    except UnicodeDecodeError:
        pass  # the error holds a copy of the data: not kept while the data is read again
    if _reads_as(data, "utf-8", MIN_UTF8_CHARS_PER_ERROR):
        return "utf-8"
    declared = declared_encoding(data)
    if (declared and declared != "utf-8" and _reads_as(data, declared, MIN_DECLARED_CHARS_PER_ERROR)
            and not misdeclared(data, declared)):
        return declared
    # Guessed from the lines that are not UTF-8: those that are (a paste) are read as such.
    label = _declared_label(data)
    declared = (f"the page declares {label}" if label is not None
                else None if header_label is None else f"its HTTP header declares {header_label}")
    return _guess_legacy_encoding(_without_utf8_lines(data), declared)


def _archive_kind(head: bytes) -> str | None:
    """The kind of archive whose first bytes are ``head`` (`ARCHIVE_SIGNATURES`), if it is one."""
    for kind, offset, signature in ARCHIVE_SIGNATURES:
        if head[offset:offset + len(signature)] == signature:
            return kind
    return None


def misdeclared(data: bytes, encoding: str) -> bool:
    """Whether ``data``, said to be in ``encoding``, is declared as Windows-1252 but is another script's text
    (`ANOTHER_SCRIPT_MIN_SHARE`; its UTF-8 lines, a paste read as such, left out) or text in a language whose
    pages are in another encoding (`LANGUAGE_ENCODINGS`: a Czech page said to be `iso-8859-1`, a server's
    default, read "Mìstská"), or whose letters it misreads (`_MISREAD_LETTERS`: "Wroc³aw", "Poznañ")."""
    if codecs.lookup(encoding).name != LEGACY_ENCODING:
        return False
    own = _without_utf8_lines(data)
    if _another_scripts_letters(own):
        return True
    text = data.decode(encoding, errors="replace")
    # Its own letters misread (signs among letters: no letter beyond ASCII may be left); letters in doubt are not:
    # the declaration tells which reading is right ("Þingvellir" in Windows-1252).
    own_text = text if own is data else own.decode(encoding, errors="replace")
    if not _NON_ASCII_WORD.search(text):
        return _writes(own_text, None, _MISREAD_LETTERS)
    language = _language(data, text)
    return (LEGACY_ENCODING not in LANGUAGE_ENCODINGS.get(language or "", (LEGACY_ENCODING,))
            or _writes(own_text, language, _MISREAD_LETTERS))


def _another_scripts_letters(data: bytes) -> bool:
    """Whether ``data`` read in Windows-1252 is another script's letters (`ANOTHER_SCRIPT_MIN_SHARE`): "Äîáðî
    ïîæàëîâàòü", "ÊÐÒé»á×òÌì¾ö". A run of one character repeated ("•••", "———": a rule drawn in text) is none."""
    in_runs = letters = 0
    text = data.decode(LEGACY_ENCODING, errors="replace")
    for found in _BEYOND_ASCII_RUN.finditer(text):
        run = found.group()
        if len(run) >= ANOTHER_SCRIPT_MIN_RUN and run.strip(run[0]) and not _western_name(text, found):
            in_runs += len(run)
        else:  # a letter or two among ASCII ones ("café", "ação"); a lone sign ("’", "©") is no evidence either way
            letters += sum(character.isalpha() for character in run)
    return in_runs > 0 and in_runs >= ANOTHER_SCRIPT_MIN_SHARE * (in_runs + letters)


def _western_name(text: str, run: regex.Match[str]) -> bool:
    """Whether ``run``, a run of characters beyond ASCII in ``text``, is letters of a word in a language written in
    Windows-1252 (`_WESTERN_ALPHABETS`): joined to an ASCII letter, all its letters one language's."""
    before, after = text[max(run.start() - 1, 0):run.start()], text[run.end():run.end() + 1]
    letters = frozenset(run.group().lower())
    return (any(_ASCII_LETTER.match(side) for side in (before, after))
            and any(letters <= alphabet for alphabet in _WESTERN_ALPHABETS))


def _writes(text: str, language: str | None, letters: _LetterChecks) -> bool:
    """Whether ``text``, a reading of a page in ``language`` (None: not known), holds one of ``letters`` (a pattern,
    and the languages that write it so)."""
    return any(language not in writers and pattern.search(text) for pattern, writers in letters)


def _binary(head: bytes) -> bool:
    """Whether over MAX_CONTROL_SHARE of ``head``'s bytes are control bytes."""
    return len(_CONTROL_BYTES.findall(head)) > MAX_CONTROL_SHARE * len(head)


def _bom_reading(data: bytes, encoding: str) -> bool | None:
    """Whether the data a BOM starts reads in the BOM's encoding (bytes FF FE
    may as well start a Windows-1252 page, "ÿþ", UTF-8 after two stray bytes or
    binary data): False when its first characters hold more than
    BOM_MAX_ERROR_SHARE bad ones (and one cut at their end); None (in doubt)
    when, in UTF-16 or UTF-32, none is below U+0080 (no space, line break or
    digit): 8-bit text read in byte pairs gives CJK-looking characters that are
    valid UTF-16, and so does CJK text without one."""
    head = data[:SNIFF_BYTES].decode(encoding, errors="replace")
    if not head:  # a BOM alone: an empty file (Notepad's)
        return True
    if head.count("\ufffd") > BOM_MAX_ERROR_SHARE * len(head) + 1:
        return False
    return True if encoding == "utf-8-sig" or _ASCII.search(head) else None


# ISO-2022-JP (Japanese mail's encoding, and some old pages') is 7-bit: its kanji are ASCII bytes after an
# escape that shifts to JIS X 0208 (ESC $ B, or ESC $ @), so it decodes as UTF-8, and the page read so was
# ASCII garbage ("$B0Q0w2q$O"), all of it removed, exit 0 in silence. A terminal's escapes are ESC [ and
# ESC ( B (back to ASCII, which `tput sgr0` writes): no sign of it.
_ISO2022_JP_SHIFT = b"\x1b$"


def _iso2022_jp(data: bytes) -> bool:
    """Whether ``data``, valid UTF-8, is ISO-2022-JP: 7-bit, shifting to Japanese, and read so nearly without error."""
    return (_ISO2022_JP_SHIFT in data and data.isascii()
            and _reads_as(data, "iso2022_jp", MIN_DECLARED_CHARS_PER_ERROR))


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's meta charset or XML declaration names (as
    browsers read the label), None without one or with a label no browser knows."""
    label = _declared_label(data)
    return None if label is None else web_encoding(label)


def _declared_label(data: bytes) -> str | None:
    """The label of the encoding a page's meta charset or XML declaration names, as written: the first that
    browsers know, as their prescan passes over a label they do not (`<meta charset="x-bogus">` before the
    page's own; the second was not read), else the first."""
    labels = [(declared.group(1) or declared.group(2)).decode("ascii", "replace")
              for declared in _META_CHARSET.finditer(data[:DECLARATION_BYTES])]
    return next((label for label in labels if web_encoding(label)), labels[0] if labels else None)


# The encodings a page may be declared in, as browsers read declarations (the WHATWG Encoding standard):
# the web's legacy encodings and UTF-8. Python's other codecs are no page's: `hex`, `base64` or `rot13`,
# which are no text encodings, failed the decoding with a LookupError traceback, `idna` or `undefined`
# with a UnicodeError; UTF-7 browsers refuse; UTF-16 and UTF-32 are known by their BOM or zero bytes
# (browsers read a meta's `utf-16` as UTF-8: declared on 8-bit bytes, it made CJK-looking garbage).
# Made at the first declaration read, not at import: looking the codecs up imports 34 modules, a
# fortieth of every start.
@functools.cache
def _declarable() -> frozenset[str]:
    return frozenset(codecs.lookup(name).name for name in (*WEB_LEGACY_ENCODINGS, "utf-8", "mac_roman"))


def web_encoding(label: str) -> str | None:
    """The Python codec for a page's declared encoding ``label`` (the widest reading of a narrow
    one, as browsers read it), None for one no browser knows."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):  # unknown, or holding a NUL
        return None
    name = codecs.lookup(SUPERSET_ENCODINGS.get(name, name)).name
    return name if name in _declarable() else None


def _reads_as(data: bytes, encoding: str, min_chars_per_error: int) -> bool:
    """Whether ``data`` is text in ``encoding`` with a few wrong bytes: a
    sequence cut at the end, or few enough errors for the characters read."""
    text = data.decode(encoding, errors="replace")
    errors = text.count("\ufffd")
    if errors == 0:
        return True
    # Counted, not listed: a list of every non-ASCII character of a long page
    # (a new object each, beyond Latin-1) held some 40 times the page's bytes.
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    del text  # not held while the data is decoded again
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(data, final=False)  # only an incomplete last character left over
        return True
    except UnicodeDecodeError:
        pass
    return non_ascii - errors >= min_chars_per_error * errors


def _stray_nuls(head: bytes) -> bool:
    """Whether ``head``'s zero bytes are NULs in 8-bit text rather than UTF-16's: fewer than STRAY_NULS_MAX_SHARE
    of its bytes, and without them it is UTF-8 with no other control byte. A short text's one NUL made a tenth of
    its byte pairs, and it was read as UTF-16: "Hello\\0 world" came out as ideographs, "效汬o眠牯摬"."""
    nuls = head.count(0)
    if not nuls or nuls >= STRAY_NULS_MAX_SHARE * len(head):
        return False
    rest = head.replace(b"\x00", b"")
    if _CONTROL_BYTES.search(rest):
        return False
    try:  # not final: a character cut at the head's end
        codecs.getincrementaldecoder("utf-8")().decode(rest, final=False)
    except UnicodeDecodeError:
        return False
    return True


def utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le or utf-16-be when the zero bytes say so, else None."""
    if len(head) < 2:
        return None
    even, odd = _zero_shares(head)
    if odd >= UTF16_MIN_ZERO_SHARE and even <= UTF16_MAX_OTHER_ZERO_SHARE:
        return "utf-16-le"
    if even >= UTF16_MIN_ZERO_SHARE and odd <= UTF16_MAX_OTHER_ZERO_SHARE:
        return "utf-16-be"
    return None


_REVERSED_BOM = "\ufffe"  # a noncharacter: a byte order mark read in the other byte order


def _zero_shares(head: bytes) -> tuple[float, float]:
    """The shares of ``head``'s even and odd bytes (of its whole byte pairs) that are zero."""
    pairs = max(len(head) // 2, 1)
    return head[0:2 * pairs:2].count(0) / pairs, head[1:2 * pairs:2].count(0) / pairs


def _utf16_by_characters(head: bytes) -> str | None:
    """utf-16-le or utf-16-be when one byte order alone reads ``head`` as the characters text is made of
    (`UTF16_MIN_TEXT_SHARE`), else None: UTF-16 of Chinese or Japanese, whose few zero bytes leave
    `utf16_without_bom` in doubt (it was refused as binary data)."""
    readings = []
    even, odd = _zero_shares(head)
    for encoding, low_zeros in (("utf-16-le", even), ("utf-16-be", odd)):
        if low_zeros >= UTF16_MIN_ZERO_SHARE:  # the other order's ASCII, junk among it (which `utf16_without_bom`
            continue                          # does not read past): each letter came out as an ideograph, exit 0
        try:  # not final: a character cut at the head's end
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text.startswith(_REVERSED_BOM):  # the other order's BOM: a UTF-16 file its own order fails to read
            continue                        # (junk after its text), read as ideographs, exit 0
        if text and len(_UTF16_TEXT.findall(text)) >= UTF16_MIN_TEXT_SHARE * len(text):
            readings.append(encoding)
    return readings[0] if len(readings) == 1 else None


def _guess_legacy_encoding(data: bytes, declared: str | None = None) -> str:
    """The legacy encoding charset_normalizer finds best for ``data``, or the
    encoding of the page's language (`LANGUAGE_ENCODINGS`; Windows-1252 for
    others) when it reads the data nearly as well. Raises DecodeError
    when no encoding reads it, or when two read it differently and equally
    well (a few words of Cyrillic: Windows-1250 or Windows-1251?) unless
    the bytes they differ on are a few in ASCII text; its reason says what was
    ``declared`` ("the page declares latin-1"), which did not fit the bytes."""
    # A little slow to import: only for legacy pages.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(WEB_LEGACY_ENCODINGS)))
    if not matches:  # few control bytes (`_binary`): lines in two encodings, or bytes that are no text
        raise DecodeError("no text encoding reads it whole (lines in different encodings, or not text?)")
    return _one_encoding(data, _best_legacy_encoding(data, matches, declared), declared)


def _one_encoding(data: bytes, encoding: str, declared: str | None = None) -> str:
    """``encoding``, guessed for ``data`` (of which the label ``declared`` does not fit it, or None), unless it
    reads words of ``data`` as Latin letters run into another script's: lines in two encodings (Windows-1252 and
    Windows-1251), read in one, came out "dйcidй" in silence (`MIXED_SCRIPT_MIN_WORDS`), a Latin name
    "Съсez" (`_OTHER_SCRIPT_WORD`)."""
    text = data.decode(encoding, errors="replace")
    mixed = len(_MIXED_SCRIPT_WORD.findall(text))
    if mixed >= MIXED_SCRIPT_MIN_WORDS and mixed >= MIXED_SCRIPT_MIN_SHARE * len(_NON_ASCII_WORD.findall(text)):
        raise DecodeError(f"lines in different encodings: no one encoding reads it ({encoding} reads {mixed} "
                          "words as Latin letters run into another script's)")
    others = _OTHER_SCRIPT_WORD.findall(text)
    if others and all(_ASCII_LETTER.search(word) for word in others):
        raise UnclearEncoding(f"encoding unclear ({encoding} reads Latin letters run into another script's, "
                              f"{others[0]!r}; {_declaration(declared)})")
    return encoding


def _best_legacy_encoding(data: bytes, matches: list[CharsetMatch], declared: str | None) -> str:
    """`_guess_legacy_encoding`'s choice among charset_normalizer's ``matches`` (best first) for ``data``,
    of which the label ``declared`` does not fit it (or None)."""
    best = matches[0]
    language = _language(data, str(best)) if best.coherence > 0 else None
    foreign = _another_scripts_letters(data)  # then Windows-1252 is no reading of it, preferred or by default
    for encoding in _preferred_encodings(data, language):
        if encoding == LEGACY_ENCODING and foreign:
            continue
        legacy = next((m for m in matches if encoding in m.could_be_from_charset), None)
        # The detector's measure of a language (its coherence) is left out where the language is known.
        if (legacy is not None and legacy.chaos <= best.chaos + LEGACY_CHAOS_MARGIN
                and (language is not None
                     or legacy.coherence >= best.coherence - LEGACY_COHERENCE_MARGIN)):
            if _sound(str(legacy), language):
                return encoding
            if encoding == LEGACY_ENCODING and not _writes(str(legacy), language, _MISREAD_LETTERS):
                raise _unclear(legacy, next((m for m in matches if m is not legacy), None), declared)
    if len(matches) > 1 and _reads_as_well(matches[1], best):
        if (len(_NON_ASCII_BYTES.findall(data)) <= UNCLEAR_MAX_NON_ASCII_SHARE * len(data)
                and not foreign and _sound(data.decode(LEGACY_ENCODING, errors="replace"), language)):
            return LEGACY_ENCODING  # a few stray bytes: any reading garbles only them
        raise _unclear(best, matches[1], declared)
    if not _sound(str(best), language):
        raise _unclear(best, matches[1] if len(matches) > 1 else None, declared)
    return best.encoding


def _sound(text: str, language: str | None) -> bool:
    """Whether ``text``, a reading of a page in ``language``, gives no letters misread or in doubt."""
    return not _writes(text, language, _MISREAD_LETTERS) and not _writes(text, language, _DOUBTFUL_LETTERS)


def _unclear(best: CharsetMatch, other: CharsetMatch | None, declared: str | None) -> UnclearEncoding:
    """The refusal of data that ``best`` and ``other`` read equally well, of which ``declared`` does not fit it."""
    readings = best.encoding if other is None else f"{best.encoding} or {other.encoding}"
    return UnclearEncoding(f"encoding unclear ({readings}; {_declaration(declared)})")


def _declaration(declared: str | None) -> str:
    """What a refusal says of the label ``declared`` that does not fit the data (or None): named as written ("none
    declared" was said of pages that declared latin-1 or UTF-8)."""
    return "none declared" if declared is None else f"{declared}, which does not fit its bytes"


def _reads_as_well(other: CharsetMatch, best: CharsetMatch) -> bool:
    """Whether charset_normalizer's ``other`` match reads the data as well as its ``best`` one, by its own margins
    (`UNCLEAR_CHAOS_MARGIN`, `UNCLEAR_COHERENCE_MARGIN`). Its order then prefers the reading with more characters
    of several bytes: a few KOI8-R words in an English page, read in Shift_JIS, came out half-width katakana."""
    return (abs(other.chaos - best.chaos) < UNCLEAR_CHAOS_MARGIN
            and abs(other.coherence - best.coherence) <= UNCLEAR_COHERENCE_MARGIN)


def _language(data: bytes, best: str) -> str | None:
    """The language of ``data`` (a page's text or HTML: its words, not its tags'), read as ``best`` (the best
    guess), when its Windows-1252 reading is in a language of the same encodings (`LANGUAGE_ENCODINGS`:
    Croatian and Serbian); else None. A reading's own wrong letters make it look like their language (two
    Cyrillic words in Windows-1250, "Ďđčâĺň, ěčđ", look Czech; "Café crčme" Slovak); the other's ASCII words
    do not."""
    from .language import identify  # loads the language model: only for legacy pages

    language = identify(_MARKUP.sub("\n", best))
    windows = data.decode(LEGACY_ENCODING, errors="replace")
    if windows == best:
        return language
    other = identify(_MARKUP.sub("\n", windows))
    same = other == language or LANGUAGE_ENCODINGS.get(other or "", ()) == LANGUAGE_ENCODINGS.get(language or "")
    return language if same else None


def _preferred_encodings(data: bytes, language: str | None) -> tuple[str, ...]:
    """The encodings that ``data`` in ``language`` is preferred in when they read it about as well as the best
    guess: its language's (`LANGUAGE_ENCODINGS`), else Windows-1252."""
    preferred = LANGUAGE_ENCODINGS.get(language or "", (LEGACY_ENCODING,))
    return preferred[::-1] if _WINDOWS_BYTES.search(data) else preferred


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str``, refusing empty and binary input and input
    of no clear encoding. Bytes wrong in the encoding become U+FFFD; stray
    NULs are dropped. A file that mixes UTF-8 and a legacy encoding is read
    a line at a time (`decoded_as`)."""
    if _blank(data):
        raise EmptyInput("empty input")
    encoding = sniff_encoding(data)
    text = check_text(decoded_as(data, encoding).removeprefix("\ufeff"))
    if _NO_CHARACTER.fullmatch(text):  # `FF FE 00`: a BOM and a byte, cut; the U+FFFD was removed, "" in silence
        raise DecodeError(f"no text: its bytes read as U+FFFD alone (the replacement character) in {encoding}")
    return text


_NO_CHARACTER = compiled(r"[\s\ufffd]+")
"""A text of replacement characters and white space alone: bytes that read as no character."""


def decoded_as(data: bytes, encoding: str) -> str:
    """``data`` read in ``encoding``, bytes wrong in it as U+FFFD, but the lines of the other kind of a file
    that mixes UTF-8 and a legacy encoding read in theirs (see below). A BOM stays, as U+FEFF; but another
    encoding's, where ``encoding`` reads the data, goes (`_foreign_bom`)."""
    data = data[_foreign_bom(data, encoding):]
    if encoding in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""  # read again once the error, which holds a copy of the data, is gone
        return text or _utf8_with_legacy_lines(data)
    if codecs.lookup(encoding).name not in _MULTI_BYTE_ENCODINGS and _UTF8_SEQUENCE.search(data):
        return _legacy_with_utf8_lines(data, encoding)
    return data.decode(encoding, errors="replace")


def _foreign_bom(data: bytes, encoding: str) -> int:
    """The length of the byte order mark of another encoding than ``encoding`` that ``data`` starts with (0 for
    none): no character of the text ``encoding`` reads, but what an editor or a tool put before it (read in
    Windows-1252, UTF-8's BOM opened the text as "ï»¿", UTF-16's as "ÿþ"; in UTF-8, UTF-16's as "��"). UTF-16 and
    UTF-32 read bytes in pairs or fours: none is dropped before them."""
    name = codecs.lookup(encoding).name
    if name.startswith(("utf-16", "utf-32")):
        return 0
    bom = next((bom for bom, _ in _BOMS if data.startswith(bom)), b"")
    return 0 if bom == codecs.BOM_UTF8 and name.startswith("utf-8") else len(bom)


# -- mixed encodings -----------------------------------------------------------------------------
# A file that mixes UTF-8 with a legacy encoding (a UTF-8 paste into a Windows-1252 page, a legacy
# line appended to a UTF-8 file) is read a line at a time, each line in one encoding: UTF-8 where
# the line is valid UTF-8 and holds a character of more than one byte that no legacy page gives by
# chance (`_NOT_PASTED_UTF8`), else the legacy encoding, which the other lines say. In a UTF-8 file,
# a line whose non-ASCII bytes are all wrong in UTF-8 is a legacy line; one that also holds
# characters read right is UTF-8 with stray bytes, which become U+FFFD, and so does a character
# cut at the end of the file. Read in one encoding, the other's lines came out as "CafÃ©" or as
# U+FFFD in every word, in silence.

def _pasted_utf8(line: bytes) -> str | None:
    """``line`` read as UTF-8, when it is a UTF-8 line among a legacy file's."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _NOT_PASTED_UTF8.search(text) else text


def _lines_holding(data: AnyStr, found: Iterator[regex.Match[AnyStr]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``data`` that a match ``found`` in it lies in, once each, in order
    (a match holds no line break). A line break is looked for within the line only: looked for in
    all the data, for each line, it took time in the square of the data's size."""
    newline, carriage = ("\n", "\r") if isinstance(data, str) else (b"\n", b"\r")
    end = 0
    for match in found:
        if match.start() < end:
            continue  # in a line already given
        start = max(data.rfind(newline, end, match.start()) + 1, end)
        start = max(data.rfind(carriage, start, match.start()) + 1, start)
        line_feed = data.find(newline, match.end())
        end = len(data) if line_feed < 0 else line_feed
        return_at = data.find(carriage, match.end(), end)
        end = end if return_at < 0 else return_at
        yield start, end


def _utf8_lines(data: bytes) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each line of ``data`` that `_pasted_utf8` reads, in order."""
    for start, end in _lines_holding(data, _UTF8_SEQUENCE.finditer(data)):
        text = _pasted_utf8(data[start:end])
        if text is not None:
            yield start, end, text


def _without_utf8_lines(data: bytes) -> bytes:
    """``data`` without the lines that are UTF-8 (`_utf8_lines`): the legacy encoding's evidence."""
    pieces, at = [], 0
    for start, end, _ in _utf8_lines(data):
        pieces.append(data[at:start])
        at = end
    return data if at == 0 else b"".join([*pieces, data[at:]])


def _legacy_with_utf8_lines(data: bytes, encoding: str) -> str:
    """``data`` read in the single-byte ``encoding``, but its UTF-8 lines as UTF-8."""
    pieces, at = [], 0
    for start, end, text in _utf8_lines(data):
        pieces += [data[at:start].decode(encoding, errors="replace"), text]
        at = end
    pieces.append(data[at:].decode(encoding, errors="replace"))
    return "".join(pieces)


def _utf8_with_legacy_lines(data: bytes) -> str:
    """``data``, UTF-8 with errors, read as UTF-8 but for its legacy lines (those whose non-ASCII
    bytes are all wrong in UTF-8), read in the legacy encoding they are in: the one the page
    declares, else the one they read best in; U+FFFD where none is clear."""
    text = data.decode("utf-8", errors="surrogateescape")  # each wrong byte kept, as U+DC80-U+DCFF
    lines = [(start, end, text[start:end]) for start, end in _lines_holding(text, _ESCAPED_BYTE.finditer(text))]

    def legacy(end: int, line: str) -> bool:
        return not _NON_ASCII_CHARACTER.search(line) and not (end == len(text) and _cut_character(_raw(line)))

    legacy_lines = [_raw(line) for _, end, line in lines if legacy(end, line)]
    encoding = _legacy_lines_encoding(data, b"\n".join(legacy_lines)) if legacy_lines else None
    pieces, at = [], 0
    for start, end, line in lines:
        pieces += [text[at:start], _raw(line).decode(encoding if encoding and legacy(end, line) else "utf-8",
                                                     errors="replace")]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _raw(line: str) -> bytes:
    """The bytes of a line read with surrogateescape."""
    return line.encode("utf-8", "surrogateescape")


def _cut_character(line: bytes) -> bool:
    """Whether ``line``'s only wrong bytes are a UTF-8 character cut at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(line, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _legacy_lines_encoding(data: bytes, lines: bytes) -> str | None:
    """The encoding of the legacy ``lines`` of a UTF-8 file ``data``: the one it declares, when it is
    a legacy one that reads them, else the one charset_normalizer finds; None when none is clear."""
    declared = declared_encoding(data)
    if declared and declared != "utf-8" and _reads_as(lines, declared, MIN_DECLARED_CHARS_PER_ERROR):
        return declared
    try:
        return _guess_legacy_encoding(lines)
    except DecodeError:
        return None


def check_text(text: str) -> str:
    """``text`` as a decoded file's text is: refused when empty or binary, stray NULs dropped."""
    # Most text has no control character at all: count only when there is
    # one, looked for by ``in`` (a fast scan each, where ``regex`` tried its
    # character class at every character, ten times as long).
    controls = len(_CONTROL.findall(text)) if any(map(text.__contains__, _CONTROL_CHARACTERS)) else 0
    if controls > MAX_CONTROL_SHARE * len(text):
        raise DecodeError("binary data (control characters)")
    text = without_nuls(text)
    if _blank(text) or (text.startswith("\ufeff") and _blank(text[1:])):  # a BOM alone, as its bytes are
        raise EmptyInput("empty input")
    return text


def without_nuls(text: str) -> str:
    """``text`` without its stray NULs (a crawler's artefact), as browsers drop them; no copy when it has none."""
    return text.replace("\x00", "") if "\x00" in text else text


def _blank(data: str | bytes) -> bool:
    """Whether ``data`` is empty or all whitespace: ``not data.strip()``
    without the copy of the whole input that strip makes."""
    return not data or data.isspace()


_HTML_DOCUMENT = compiled(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>])", regex.I | regex.S)


_TAG = compiled(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*|![^<>]*)>")
MARKUP_MIN_SHARE = 0.5
"""The share of a text's characters inside tags from which it is markup, a
page's HTML source saved as text. Chosen on the dev sets' choosing folds:
such texts hold 0.65-0.75, a text with a stray script line at most 0.3."""
MARKUP_MIN_TAGS = 20


def is_html_document(text: str, *, markup_min_share: float = MARKUP_MIN_SHARE,
                     markup_min_tags: int = MARKUP_MIN_TAGS) -> bool:
    """Whether ``text`` is a whole HTML document: a doctype or ``<html>``
    first (after an XML declaration and comments), or markup through and
    through (``markup_min_tags`` tags or more, holding ``markup_min_share``
    of its characters): a page's source saved as text, often cut before its
    doctype, whose tags and scripts the text path would keep. Stricter than
    ``looks_like_html``: text that quotes a tag is still text."""
    if _HTML_DOCUMENT.match(text[:4096].lstrip("\ufeff")):
        return True
    if text.count("<") < markup_min_tags:  # most texts: no scan
        return False
    spans = [match.end() - match.start() for match in _TAG.finditer(text)]
    return len(spans) >= markup_min_tags and sum(spans) >= markup_min_share * len(text)


def looks_like_html(text: str) -> bool:
    """Sniff markup at the start of a document whose file name says nothing."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        regex.search(r"<(html|head|body|div|p|article)[\s>]", head)
    )
