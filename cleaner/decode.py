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
_META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w.:]+)""", regex.I)


def sniff_encoding(data: bytes) -> str:
    """Name the encoding of ``data``: BOM first, then UTF-8 if it decodes,
    then the HTML meta charset, then cp1252."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            pass
        else:
            # A page that says utf-8 and is not (checked above) lies: fall back.
            if codecs.lookup(name).name not in ("utf-8", "latin-1", "iso8859-1", "ascii"):
                try:
                    data.decode(name)
                    return name
                except UnicodeDecodeError:
                    pass
    return LEGACY_ENCODING


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
    controls = len(_CONTROL.findall(text))
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
