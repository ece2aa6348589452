"""How often the cleaner's decoding gives back a page's exact text, fails loudly, or garbles it in silence.

    python benchmarks/legacy_encodings.py                      # the table, by case and by language
    python benchmarks/legacy_encodings.py -v                   # and each garbled case, with what came out
    python benchmarks/legacy_encodings.py --sniff DIR... -o sniffed.tsv   # each input's sniffed encoding
    diff before.tsv after.tsv                           # a change of decoding must change no input's

Invented paragraphs in many languages (tests/fixtures/encodings/texts.txt, each with the legacy encodings
its pages are usually in) are encoded in each of those encodings, and in UTF-8 and UTF-16, and given
to the decoder as a file's bytes (`decode_bytes`): as plain text; as HTML with a meta charset that
says the encoding, with none, with a wrong one (`utf-8`, `iso-8859-1`: the usual mistakes); and as a
WARC response whose HTTP header says the encoding, says none, or says a wrong one (read by the WARC
reader, then decoded as the cleaner decodes a record's HTML); and files of lines in two encodings (a
Western language's in Windows-1252, another script's in its own). Each case comes out:

  exact    the text given back (in Unicode NFC: Windows-1258 writes Vietnamese tones as combining marks;
           Romanian's s and t with a cedilla or a comma the same letters, as `comparable` says)
  loud     refused with a reason (DecodeError, or the WARC page failed by name)
  garbled  other text, in silence: what must not happen

`--reencode` takes the UTF-8 inputs under the folders given (the dev sets' texts and HTML), encodes each
in every legacy encoding above that holds all its characters (and gives it bytes beyond ASCII), and
decodes it again as a file's bytes: the same three outcomes, by encoding (their HTML keeps its meta charset,
which says UTF-8: a wrong declaration, the usual one).

`--sniff` names the encoding `sniff_encoding` gives each input file (`.gz` files decompressed), or the
reason it refuses one: inputs only, no truth; run on main and on a branch, the two lists must be the same.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cleaner.decode import DecodeError, decode_bytes, sniff_encoding

TEXTS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "encodings" / "texts.txt"
UNICODE_ENCODINGS = ("utf-8", "utf-16")
WRONG_DECLARATIONS = ("utf-8", "iso-8859-1")
# Vietnamese tone marks: Windows-1258 has its vowels with other accents precomposed, the tones as combining marks.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_ROMANIAN_COMMAS = str.maketrans("\u015e\u015f\u0162\u0163", "\u0218\u0219\u021a\u021b")


@dataclass(frozen=True)
class Language:
    code: str
    encodings: tuple[str, ...]
    text: str


def languages(path: Path = TEXTS) -> list[Language]:
    """The fixture's sections: ``== code: encoding...`` then the paragraphs."""
    found: list[Language] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("== "):
            code, _, encodings = line[3:].partition(":")
            found.append(Language(code.strip(), tuple(encodings.split()), ""))
        else:
            last = found[-1]
            found[-1] = Language(last.code, last.encodings, (last.text + "\n" if last.text else "") + line)
    return found


def encoded(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``; Vietnamese in Windows-1258 as its writers write it (tones combining)."""
    if encoding != "cp1258":
        return text.encode(encoding)
    pieces = []
    for character in text:
        try:
            pieces.append(character.encode(encoding))
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", character)
            tones = "".join(mark for mark in marks if mark in _TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(mark for mark in marks if mark not in _TONE_MARKS))
            pieces.append((base + tones).encode(encoding))
    return b"".join(pieces)


def html_page(text: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">\n' if charset else ""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{meta}<title>News</title>\n</head>\n<body>\n<article>\n"
            f"{paragraphs}</article>\n</body>\n</html>\n")


def warc_response(body: bytes, charset: str | None) -> bytes:
    """A WARC file of one response record holding ``body`` as text/html (charset in the HTTP header)."""
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode("ascii") + body
    headers = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
               "WARC-Target-URI: http://example.com/news\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
               f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return headers.encode("ascii") + http + b"\r\n\r\n"


def read_file(data: bytes) -> str:
    return decode_bytes(data)


def read_warc(data: bytes) -> str:
    """The page's text as the cleaner reads a WARC response's HTML: the reader, then the document's decoding."""
    from cleaner.webarchive import WarcReader

    pages = list(WarcReader(io.BytesIO(data), html_field="html"))
    if len(pages) != 1:
        raise DecodeError(f"{len(pages)} pages read")
    page = pages[0]
    if page.problem:
        raise DecodeError(page.problem)
    html = page.document["html"]
    return decode_bytes(html) if isinstance(html, bytes) else html


@dataclass(frozen=True)
class Case:
    language: str
    encoding: str
    form: str
    data: bytes
    expected: str
    read: Callable[[bytes], str]


def cases(chosen: list[Language]) -> Iterator[Case]:
    for language in chosen:
        for encoding in (*language.encodings, *UNICODE_ENCODINGS):
            text = language.text
            yield Case(language.code, encoding, "text", encoded(text, encoding), text, read_file)
            if encoding == "utf-16":  # a BOM decides; a meta charset is not read in it
                continue
            label = encoding.replace("_", "-")
            for form, charset in (("html meta", label), ("html undeclared", None),
                                  *((f"html meta {wrong}", wrong) for wrong in WRONG_DECLARATIONS
                                    if wrong.replace("-", "") != label.replace("-", "")
                                    and not (wrong == "iso-8859-1" and encoding == "cp1252"))):
                html = html_page(text, charset)
                yield Case(language.code, encoding, form, encoded(html, encoding), html, read_file)
            html = html_page(text, None)
            for form, charset in (("warc header", label), ("warc undeclared", None),
                                  *((f"warc header {wrong}", wrong) for wrong in WRONG_DECLARATIONS
                                    if wrong.replace("-", "") != label.replace("-", "")
                                    and not (wrong == "iso-8859-1" and encoding == "cp1252"))):
                yield Case(language.code, encoding, form, warc_response(encoded(html, encoding), charset), html,
                           read_warc)


# Files of lines in two legacy encodings: a Western language's in Windows-1252, another's in its own.
MIXED_LINES = (("fr", "ru", "cp1251"), ("de", "uk", "cp1251"), ("es", "bg", "cp1251"), ("it", "el", "cp1253"),
               ("pt", "he", "cp1255"), ("sv", "ru", "koi8_r"))


def mixed_cases(chosen: list[Language]) -> Iterator[Case]:
    texts = {language.code: language.text for language in chosen}
    for western, other, encoding in MIXED_LINES:
        if western in texts and other in texts:
            pairs = list(zip(texts[western].splitlines(), texts[other].splitlines(), strict=True))
            data = b"".join((line + "\n").encode("cp1252") + (then + "\n").encode(encoding) for line, then in pairs)
            yield Case(f"{western}+{other}", f"cp1252+{encoding}", "text, mixed lines", data,
                       "".join(f"{line}\n{then}\n" for line, then in pairs), read_file)


def outcome(case: Case) -> tuple[str, str]:
    """("exact" | "loud" | "garbled", what came out or why it was refused)."""
    try:
        text = case.read(case.data)
    except DecodeError as exc:
        return "loud", str(exc)
    got, expected = comparable(text.removeprefix("\ufeff")), comparable(case.expected)
    if got == expected:
        return "exact", ""
    at = next((n for n, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), min(len(got), len(expected)))
    return "garbled", got[max(0, at - 20):at + 40]


def comparable(text: str) -> str:
    """``text`` in NFC, the cedilla of Romanian s and t as its comma (ISO-8859-16, Romanian's own
    encoding, has the comma where Windows-1250 has the cedilla, on the same bytes: the same letters)."""
    return unicodedata.normalize("NFC", text).translate(_ROMANIAN_COMMAS)


def table(results: list[tuple[Case, str, str]], key: Callable[[Case], str], title: str) -> str:
    counts: dict[str, Counter[str]] = {}
    for case, result, _ in results:
        counts.setdefault(key(case), Counter())[result] += 1
    width = max(len(title), *map(len, counts))
    lines = [f"{title:<{width}}  {'cases':>5}  {'exact':>5}  {'loud':>5}  {'garbled':>7}"]
    total: Counter[str] = Counter()
    for name, count in counts.items():
        total += count
        lines.append(f"{name:<{width}}  {count.total():>5}  {count['exact']:>5}  {count['loud']:>5}  "
                     f"{count['garbled']:>7}")
    lines.append(f"{'all':<{width}}  {total.total():>5}  {total['exact']:>5}  {total['loud']:>5}  "
                 f"{total['garbled']:>7}")
    return "\n".join(lines)


# Not GB18030: it holds every character, and an English page in it is no page of the web.
REENCODINGS = ("cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "cp1257", "cp1251", "koi8_r", "cp1253",
               "cp1255", "cp1256", "cp874", "shift_jis", "euc_jp", "big5", "euc_kr")


def input_files(paths: list[Path]) -> Iterator[tuple[Path, bytes]]:
    """Each input file under ``paths`` and its bytes (a `.gz` file's decompressed)."""
    for root in paths:
        for path in sorted(root.rglob("*") if root.is_dir() else [root]):
            if path.is_file():
                data = path.read_bytes()
                yield path, gzip.decompress(data) if path.suffix == ".gz" else data


def reencoded(paths: list[Path]) -> Iterator[Case]:
    """The UTF-8 inputs under ``paths``, in each legacy encoding that holds them and gives them bytes beyond ASCII."""
    for path, data in input_files(paths):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text.isascii():
            continue
        for encoding in REENCODINGS:
            try:
                legacy = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            yield Case(path.name, encoding, "html" if "<" in text[:1000] else "text", legacy, text, read_file)


def sniffed(paths: list[Path]) -> Iterator[str]:
    """A line per input file under ``paths``: its path and the encoding sniffed (or the reason refused)."""
    for path, data in input_files(paths):
        try:
            found = sniff_encoding(data)
        except DecodeError as exc:
            found = f"refused: {exc}"
        yield f"{path}\t{found}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="show each case not read exactly")
    parser.add_argument("--language", action="append", help="only these languages (codes as in the fixture)")
    parser.add_argument("--sniff", nargs="+", type=Path, metavar="PATH",
                        help="instead: name the encoding sniffed for each file under these folders")
    parser.add_argument("--reencode", nargs="+", type=Path, metavar="PATH",
                        help="instead: the UTF-8 files under these folders, in each legacy encoding")
    parser.add_argument("-o", "--output", type=Path, help="with --sniff: write the list here (default: stdout)")
    args = parser.parse_args()
    if args.sniff:
        lines = "".join(line + "\n" for line in sniffed(args.sniff))
        if args.output:
            args.output.write_text(lines, encoding="utf-8")
            print(f"{lines.count(chr(10))} inputs sniffed into {args.output}")
        else:
            sys.stdout.write(lines)
        return
    if args.reencode:
        results = [(case, *outcome(case)) for case in reencoded(args.reencode)]
        print(table(results, lambda case: f"{case.form} {case.encoding}", "input encoding"))
        if args.verbose:
            for case, result, said in results:
                if result != "exact":
                    print(f"{result:<7}  {case.language:<16} {case.encoding:<10} {said.replace(chr(10), ' ')[:100]}")
        return
    chosen = [language for language in languages() if not args.language or language.code in args.language]
    results = [(case, *outcome(case)) for case in [*cases(chosen), *mixed_cases(chosen)]]
    print(table(results, lambda case: case.form, "case"))
    print()
    print(table(results, lambda case: case.language, "language"))
    if args.verbose:
        print()
        for case, result, said in results:
            if result != "exact":
                shown = said if result == "loud" else said.replace("\n", " ")[:100]
                print(f"{result:<7}  {case.language:<8} {case.encoding:<10} {case.form:<24} {shown}")


if __name__ == "__main__":
    main()
