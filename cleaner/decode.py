"""Decode input bytes to text: BOMs, UTF-8, UTF-16, legacy single-byte pages."""

from __future__ import annotations

import codecs

import regex


class DecodeError(ValueError):
    """The input cannot be read as text (binary, or empty)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Web pages that are not UTF-8 are overwhelmingly Windows-1252 (which HTML5
# decoders use for "latin-1" too); it maps almost every byte, so it goes last.
LEGACY_ENCODING = "cp1252"
# Share of control characters above which decoded "text" is really binary.
MAX_CONTROL_SHARE = 0.05
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]{0,100}?encoding\s*=\s*["']([-\w.:]+)""", regex.I
)
# Labels that browsers (the WHATWG Encoding standard) read as a superset:
# pages labelled with the narrow one use the wide one's characters.
SUPERSET_ENCODINGS = {
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949",
    "tis-620": "cp874", "iso8859-9": "cp1254", "iso8859-11": "cp874", "big5": "big5hkscs",
}
# UTF-8 text with a few broken bytes (a bad paste, a truncated character) is
# still UTF-8: this many valid non-ASCII characters per invalid byte at least.
MIN_UTF8_CHARS_PER_ERROR = 10
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def sniff_encoding(data: bytes) -> str:
    """Name the encoding of ``data``: BOM first, then UTF-8 if it decodes
    (or nearly: whatever the page declares), then the HTML meta charset or
    XML declaration, then cp1252."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            return "utf-8"
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii", "replace").lower()
        try:
            name = codecs.lookup(name).name
        except LookupError:
            pass
        else:
            name = SUPERSET_ENCODINGS.get(name, name)
            # A page that says utf-8 and is not (checked above) lies: fall back.
            if name not in ("utf-8", "latin-1", "iso8859-1", "ascii"):
                try:
                    data.decode(name)
                    return name
                except UnicodeDecodeError:
                    pass
    return LEGACY_ENCODING


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    return len(_NON_ASCII.findall(text)) - errors >= MIN_UTF8_CHARS_PER_ERROR * errors


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str``, refusing empty and binary input."""
    if not data.strip():
        raise DecodeError("empty input")
    encoding = sniff_encoding(data)
    if encoding == LEGACY_ENCODING and b"\x00" in data:
        raise DecodeError("binary data (NUL bytes)")
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    # Most text has no control character at all: count only when there is one.
    controls = len(_CONTROL.findall(text)) if _CONTROL.search(text) else 0
    if controls > MAX_CONTROL_SHARE * len(text) or "\x00" in text:
        raise DecodeError("binary data (control characters)")
    if not text.strip():
        raise DecodeError("empty input")
    return text


def looks_like_html(text: str) -> bool:
    """Sniff markup at the start of a document whose file name says nothing."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        regex.search(r"<(html|head|body|div|p|article)[\s>]", head)
    )
