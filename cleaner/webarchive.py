"""WARC input (`.warc`, `.warc.gz`): each HTML page a crawler stored is a document,
and so is each page text of a WET file (`.warc.wet.gz`, Common Crawl's extracted texts).

Needs the `warc` extra (`pip install "cleaner[warc]"`: warcio, pure Python,
so it installs wherever Python does). Each `response` record of status 200
(or 203, a 200 a proxy passed on; or 206 whose range is the whole page)
whose Content-Type is HTML becomes a record ``{"id", "url", "crawl_date"}``
(id: the WARC-Record-ID; url: the WARC-Target-URI, which picks the outlet's
rules by domain; crawl_date: the WARC-Date) with its HTML in the field
``html_field``, cleaned as a JSONL record's HTML is. So does each page
stored without its HTTP exchange: a `resource` record (a page archived
from files or a browser) or a `conversion` record (a WET's page text, what
a crawler extracted from the page) of type HTML, or of type text/plain,
cleaned as a text page is. A response that does not say its type (no
Content-Type, a malformed one, `unknown/unknown`) is read when its body
starts as HTML does (the WHATWG's sniffing signatures), as browsers read
it. Every other record (requests, metadata,
redirects, errors, images, PDFs) is skipped and counted by reason; not a
response whose HTTP status line is malformed, which fails by name (it may
hold a page, which is not known), nor one of status 206 that holds a part of an HTML page. A response's
HTTP exchange is read under any URI (warcio reads one under http(s) only) when
the record's Content-Type says it is one; a response without one (an ftp:
one holds the file itself) is read as a resource record is.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import importlib.util
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import IO, Any, NamedTuple

from .document import Kind

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataException
from warcio.digestverifyingreader import DigestVerifyingReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader
from warcio.utils import BUFF_SIZE

from .compression import (
    ZSTD_MAGIC, BoundedZstd, CompressionError, CorruptGzipMember, GzipMembers, gzip_members, opened_for_reading,
)
from .decode import (DecodeError, UnclearEncoding, bom_encoding, decoded_as, misdeclared, sniff_encoding,
                     web_encoding)
from .errors import CorpusError, clipped
from .run import MAX_INPUT_BYTES, printable

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
"""What a conversion or resource record holds when it is a page's text (a WET's)."""
STORED_TYPES = frozenset({"resource", "conversion"})
"""Records that hold a page without its HTTP exchange."""
HTTP_BLOCK_TYPE = "application/http"
"""A record's Content-Type when its block is an HTTP exchange."""
PAGE_STATUSES = frozenset({"200", "203"})
"""Statuses whose body is the page: 203 (Non-Authoritative Information) is a 200 a proxy passed on changed
(RFC 9110, 15.3.4), the page all the same. The other 2xx hold none (204, 205; 201, 202 say what a request did),
or part of it (206, `_partial`)."""
PARTIAL_STATUS = "206"
# `bytes=0-1233/1234` too: the Range request's `=` where the response has a space, its numbers the whole page all
# the same (a range that is a part fails, written either way).
_WHOLE_RANGE = re.compile(r"\s*bytes(?:\s+|\s*=\s*)0-([0-9]+)/([0-9]+)\s*", re.IGNORECASE)
RECORD_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                          "continuation"})
"""The record types of the WARC standard; a skip reason names only these, the
status codes and media types that look like one: the rest are bytes of the file."""
_STATUS = re.compile(r"[0-9]{3}")
MALFORMED_STATUS = "malformed HTTP status line (no 3-digit status code)"
"""Why a response whose HTTP exchange cannot be read as one fails: it claims to hold a page's fetch."""
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
CONTENT_CODING_ALIASES = {"x-gzip": "gzip"}
"""Content-Encoding names HTTP reads as another (RFC 9110, 8.4.1.3), which warcio does not know."""
UNKNOWN_TYPES = frozenset({"unknown/unknown", "application/unknown", "*/*"})
"""Content-Types that say nothing of the body: it is sniffed, as one missing or malformed is."""
SNIFFED_BYTES = 512
"""How much of a body of no known type is read to tell whether it is HTML (the WHATWG's resource header)."""
# The WHATWG MIME sniffing standard's HTML signatures: after whitespace (and
# a UTF-8 byte order mark, which many pages open with), one of these tags
# (any case), ended by a space or ">", or a comment's start.
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?[\t\n\x0c\r ]*"
                         rb"(?:<(?i:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)"
                         rb"[ >]|<!--)")


class WarcError(CorpusError):
    """A WARC file that cannot be read on (corrupt or truncated)."""


class _Gap:
    """Bytes of a `.warc.gz` skipped from a corrupt gzip member on, up to the next member that holds
    a WARC record (``end``, the byte it starts at): a failed page of its own, named by the bytes."""

    def __init__(self, error: CorruptGzipMember, after: str | None) -> None:
        self.error = error
        self.start = error.start
        self.after = after
        self.end = error.start
        """Where the member gone on at starts (one that holds a record, once the gap is named)."""

    def page(self, html_field: str) -> WarcPage:
        place = f"after record {self.after}" if self.after else "in its first record"
        document = {"id": f"bytes {self.start}-{self.end - 1}", "url": None, "crawl_date": None,
                    html_field: ""}
        return WarcPage(document, f"{self.error} {place}: skipped up to the next gzip member that holds "
                                  "a WARC record")


class WarcPage(NamedTuple):
    """An HTML response of a WARC, and why it cannot be cleaned (None when it can)."""

    document: dict[str, Any]
    problem: str | None

    @property
    def kind(self) -> Kind:
        return "html"


class WarcText(WarcPage):
    """A page's text a crawler extracted (a WET's conversion record), and why it cannot be cleaned."""

    __slots__ = ()

    @property
    def kind(self) -> Kind:
        return "text"


class WarcReader:
    """The HTML pages of a WARC stream (compressed or not), in order;
    ``skipped`` counts the records left out, by reason, as they are read."""

    def __init__(self, stream: IO[bytes], *, html_field: str, max_bytes: int = MAX_INPUT_BYTES) -> None:
        self.stream = stream
        self.html_field = html_field
        self.max_bytes = max_bytes
        """A page's HTML over this fails alone, read past, not held whole."""
        self.skipped: Counter[str] = Counter()
        self.last: str | None = None
        """The id of the last record read whole."""
        self._gap: _Gap | None = None
        """Bytes skipped past a corrupt gzip member, named once the record after them is read whole."""
        self._members: GzipMembers | None = None

    def __iter__(self) -> Iterator[WarcPage]:
        self.last = None
        try:
            yield from self._pages()
        except CompressionError as exc:  # the stream cannot be read on: say where, and what is lost
            place = f"after record {self.last}" if self.last else "in its first record"
            raise WarcError(f"{exc} {place}: what follows it is not read") from None

    def _pages(self) -> Iterator[WarcPage]:
        members = self._members = gzip_members(self.stream)
        if members is None:  # not gzip: read up to the first error
            with opened_for_reading(self.stream) as stream:
                yield from self._records(stream)
            return
        self._gap = None
        while True:
            stream = members.stream()
            try:
                yield from self._records(stream)
                return
            except CorruptGzipMember as exc:
                self._gap = self._gap or _Gap(exc, self.last)
                corrupt = exc.start
            except WarcError:
                if self._gap is None:
                    raise
                corrupt = self._gap.end  # the member gone on at holds no WARC record: a match inside the data
            finally:
                stream.detach()  # its buffer holds data of the corrupt member; the members go on
            # With no member after it, the error follows the records before it.
            self._gap.end = members.go_on_past(corrupt, self._gap.error)

    def _records(self, stream: IO[bytes]) -> Iterator[WarcPage]:
        """The pages of ``stream``, and the skipped bytes before the first (`_Gap`), if any."""
        archive = _QuietArchiveIterator(stream)
        records = iter(archive)
        while True:
            try:
                record = next(records)
            except StopIteration:
                if archive.next_line:  # the first line of a record whose headers the file ends inside
                    place = f" after {self.last}" if self.last else ""
                    raise WarcError(f"the file ends inside the headers of the record{place}") from None
                return
            except CompressionError:
                raise
            except Exception as exc:  # noqa: BLE001 (warcio's parsers raise what they meet: AttributeError...)
                place = f" after {self.last}" if self.last else ""
                what = "WARC" if isinstance(exc, ArchiveLoadFailed) and not self.last else "WARC record"
                reason = clipped(printable(str(exc).splitlines()[0] if str(exc) else ""))
                cause = "" if isinstance(exc, ArchiveLoadFailed) else f"{type(exc).__name__}: "
                raise WarcError(f"not a readable {what}{place}: {cause}{reason}") from None
            if record.format != "warc":  # warcio reads any lines as an ARC record
                raise WarcError("not a WARC: it does not start with a WARC/ version line")
            if record.rec_headers.get_header("Content-Length") is None:  # warcio reads cut headers as whole
                name = _shown_id(record) or \
                    (f"after {self.last}" if self.last else "at the start")
                raise WarcError(f"record {name} has no Content-Length: the file ends inside its headers, "
                                "or they are malformed")
            page = self._page(record)
            content_end = _content_end(archive, record)
            page = _digest_checked(record, page)
            try:
                _check_whole(archive, record)
            except CompressionError as exc:
                # Met reading on past the record (junk after the last compressed stream, a corrupt member
                # after its own): the record itself was read whole, so it stands, and the error follows it.
                # Not when its own gzip member is corrupt (a member's checksum is checked at its end).
                if getattr(exc, "out_start", content_end) < content_end:
                    raise
                yield from self._whole(record, page)
                raise
            yield from self._whole(record, page)

    def _whole(self, record: Any, page: WarcPage | None) -> Iterator[WarcPage]:
        """``record``'s page, read whole, after the bytes skipped before it (`_Gap`), if any."""
        self.last = _shown_id(record) or self.last
        if self._gap is not None:
            yield self._gap.page(self.html_field)
            self._gap = None
            if self._members is not None:
                self._members.settled()
        if page is not None:
            yield page

    def _page(self, record: Any) -> WarcPage | None:
        kind = record.rec_type
        if kind is None:  # a type line garbled (no colon), or none: it may hold a page, so failed, not skipped
            return WarcPage(self._document(record), "the record has no WARC-Type header: its headers are malformed")
        if kind in STORED_TYPES:
            return self._stored_page(record)
        if kind != "response":
            self.skipped[f"{kind} record" if kind in RECORD_TYPES else "record of unknown type"] += 1
            return None
        http = record.http_headers
        if http is None:  # an ftp: response holds the file itself: a page when it is one
            return self._stored_page(record, "response without HTTP headers")
        status = http.get_statuscode()
        if not _STATUS.fullmatch(status or ""):  # it may hold a page: failed, not skipped as what holds none
            return WarcPage(self._document(record), MALFORMED_STATUS)  # the line itself not shown (escapes)
        media_type, charset = _content_type(http)
        unknown = media_type in UNKNOWN_TYPES or not _MEDIA_TYPE.fullmatch(media_type)
        part = _partial(http) if status == PARTIAL_STATUS else None
        if part is not None and media_type in HTML_TYPES:  # a part of a page: failed, not skipped as what holds none
            return WarcPage(self._document(record), part)
        if part is not None or status not in PAGE_STATUSES | {PARTIAL_STATUS}:
            self.skipped[f"status {status}"] += 1
            return None
        if media_type not in HTML_TYPES and not unknown:
            self.skipped[f"not HTML ({_shown(media_type)})"] += 1
            return None
        document = self._document(record)
        codings_under = _codings_as_warcio_names_them(http)
        try:
            body = record.content_stream()
        except Exception as exc:  # noqa: BLE001 (warcio's decompressor for 'br' raises AttributeError with brotli 1.x)
            encoding = printable(http.get_header("Content-Encoding") or "")
            reason = printable(str(exc).splitlines()[0] if str(exc) else "")
            return WarcPage(document, f"HTTP body unreadable: its {encoding} Content-Encoding cannot be decompressed "
                                      f"({type(exc).__name__}: {reason})")
        broken = _quiet_decompression(body)
        chunks = _checked_chunks(body)
        content = _Counted(_Sniffed(body) if unknown else body)
        # The server did not say what it sent: HTML when it starts as HTML does, as browsers sniff.
        if isinstance(content.body, _Sniffed) and not _HTML_START.match(content.body.head):
            self.skipped[f"not HTML ({_shown(media_type)}, nor does it start as HTML)"] += 1
            return None
        problem = self._read_content(document, record, content, charset, "html", codings_under)
        as_sent = body is record.raw_stream  # neither decompressed nor de-chunked: the bytes the server sent
        return WarcPage(document, problem or chunks.reason or broken.reason
                        or (None if broken.ended else _cut_encoding(body)) or broken.as_sent(document[self.html_field])
                        or (_short_of_length(http, content.count) if as_sent else None))

    def _stored_page(self, record: Any, skip_reason: str | None = None) -> WarcPage | None:
        """A page stored without its HTTP exchange (a resource or conversion record's): its HTML, or its text
        (a WET's: what the crawler extracted); what is neither is skipped, for ``skip_reason`` if one is given."""
        media_type, charset = _content_type(record.rec_headers)
        if media_type not in HTML_TYPES | TEXT_TYPES:
            self.skipped[skip_reason or f"not HTML or text ({_shown(media_type)})"] += 1
            return None
        document = self._document(record)
        kind: Kind = "html" if media_type in HTML_TYPES else "text"
        problem = self._read_content(document, record, record.content_stream(), charset, kind)
        return WarcPage(document, problem) if kind == "html" else WarcText(document, problem)

    def _document(self, record: Any) -> dict[str, Any]:
        headers = record.rec_headers
        return {
            "id": _record_id(record),
            "url": headers.get_header("WARC-Target-URI"),
            "crawl_date": headers.get_header("WARC-Date"),
            self.html_field: "",
        }

    def _read_content(self, document: dict[str, Any], record: Any, body: Any, charset: str | None,
                      kind: Kind, codings_under: Sequence[str] = ()) -> str | None:
        """Read the page's content into ``document``; why it cannot be cleaned, if it cannot. ``codings_under``:
        content codings still to undo, the innermost last."""
        what = "HTML" if kind == "html" else "text"
        payload = body.read(self.max_bytes + 1)
        too_large = len(payload) > self.max_bytes
        for coding in codings_under:
            if too_large:
                break
            payload, undecoded = _content_decoded(payload, coding, self.max_bytes)
            if undecoded is not None:
                return undecoded
            too_large = len(payload) > self.max_bytes
        if too_large:
            payload = b""  # the rest is read past, a block at a time (_check_whole)
        try:
            document[self.html_field] = _decoded(payload, charset)
        except UnclearEncoding as unclear:
            document[self.html_field] = payload
            return str(unclear)
        return f"{what} too large (over {self.max_bytes} bytes)" if too_large else _truncated(record.rec_headers, what)


class _Sniffed:
    """An HTTP body whose first bytes (``head``) are read ahead, to sniff, and read again first."""

    def __init__(self, body: Any) -> None:
        self._body = body
        self.head: bytes = body.read(SNIFFED_BYTES)
        self._ahead: bytes = self.head

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes, as warcio's reader gives them (all of them unless the body ends)."""
        ahead, self._ahead = self._ahead[:size], self._ahead[size:]
        rest: bytes = self._body.read(size - len(ahead)) if size > len(ahead) else b""
        return ahead + rest


class _Counted:
    """An HTTP body that counts the bytes read from it."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.count = 0

    def read(self, size: int) -> bytes:
        data: bytes = self.body.read(size)
        self.count += len(data)
        return data


def _partial(http: Any) -> str | None:
    """Why the body of a 206 (Partial Content) response is not the whole page: a part of it, which a crawler
    that asked for a range (a browser's `Range: bytes=0-`) kept; None when its Content-Range covers the whole
    (`bytes 0-1233/1234`, or `bytes=0-1233/1234`), which is the page."""
    content_range = http.get_header("Content-Range") or ""
    whole = _WHOLE_RANGE.fullmatch(content_range)
    if whole is not None and int(whole[1]) + 1 == int(whole[2]):
        return None
    shown = f"Content-Range: {printable(content_range.strip())}" if content_range.strip() else "no Content-Range"
    return f"HTML cut short: an HTTP 206 Partial Content response holds a part of the page only ({shown})"


def _short_of_length(http: Any, read: int) -> str | None:
    """Why a body read as it was sent (``read`` bytes) is not whole: it holds fewer bytes than the server's
    Content-Length gives (a connection lost, a crawler's size limit it did not mark with WARC-Truncated: the story's
    end was lost in silence). A body that holds more is read: crawlers that store a body decompressed may keep its
    compressed length; nor is an empty one said cut (a HEAD request's response), which fails as empty."""
    length = (http.get_header("Content-Length") or "").strip()
    if not read or not length.isdigit() or read >= int(length):
        return None
    return f"HTTP body cut short: {read} of the {int(length)} bytes its Content-Length gives"


class _RecordLoader(ArcWarcRecordLoader):  # type: ignore[misc]
    """warcio's record parser, which reads the HTTP exchange of a record without a WARC-Target-URI too."""

    _block_type = ""
    """The media type of the record being read (its WARC Content-Type)."""

    def load_http_headers(self, rec_type: str, uri: str | None, stream: Any, length: int | None) -> Any:
        # warcio reads HTTP headers only under an http(s) URI, and failed on a record without one (the
        # standard asks for one): "AttributeError: 'NoneType' object has no attribute 'startswith'", and
        # the records after it were lost. Its page is read as any other, without a URL. So is a block that
        # says it is an HTTP exchange under another URI (`urn:`): warcio skipped it, "without HTTP headers".
        if uri is None or self._block_type == HTTP_BLOCK_TYPE:
            uri = self.HTTP_SCHEMES[0]
        return super().load_http_headers(rec_type, uri, stream, length)

    def wrap_digest_verifying_stream(self, stream: Any, rec_type: str, rec_headers: Any, digest_checker: Any,
                                     length: int | None = None) -> tuple[Any, bool]:
        # Only the block digest is checked (`_digest_checked`), given to warcio in the one spelling it compares
        # right: its own base32. warcio took a digest of that length for base32 as written (a lower-case one, an
        # md5 in hex never matched: each intact page failed as corrupt), and one of another length for hex or
        # base64 (an unpadded base32 one never matched), and one that decodes as none raised out of its reading,
        # every record after it lost; a payload digest it cannot decode did too, though none is gone by.
        digest = _base32_digest(rec_headers.get_header("WARC-Block-Digest"))
        if digest is None or rec_type == "revisit":  # a revisit's block is not what the digest names
            return stream, False
        return DigestVerifyingReader(stream, length, digest_checker, record_type=rec_type, block_digest=digest), True

    def _detect_type_load_headers(self, stream: Any, statusline: Any = None, known_format: Any = None) -> Any:
        # A record type is named in any case (the standard's grammar is ABNF, whose literals are): warcio took
        # `WARC-Type: Response` for a type of its own, its page skipped as of unknown type, exit 0.
        the_format, rec_headers = super()._detect_type_load_headers(stream, statusline, known_format)
        kind = rec_headers.get_header("WARC-Type") if the_format != "arc" else None
        if kind is not None and kind.lower() in RECORD_TYPES:
            rec_headers.replace_header("WARC-Type", kind.lower())
        return the_format, rec_headers

    def _ensure_target_uri_format(self, rec_headers: Any) -> str | None:
        self._block_type = _content_type(rec_headers)[0]
        # warcio wrote each space of a WARC-Target-URI as %20, saying so in a line of its own on stderr (no file
        # named, under the progress bar): the URI is kept as the file has it, but for the angle brackets some
        # Wget versions put around it, which warcio takes off.
        uri: str | None = rec_headers.get_header("WARC-Target-URI")
        if uri is not None and uri.startswith("<") and uri.endswith(">"):
            uri = uri[1:-1]
            rec_headers.replace_header("WARC-Target-URI", uri)
        return uri


class _QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's reader, without the lines it prints to stderr when a record's
    length is wrong: `_check_whole` raises that as an error instead."""

    INC_RECORD = ""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(stream, check_digests=True)  # each problem kept on its record, none raised or printed
        self.loader = _RecordLoader(verify_http=False, arc2warc=False)  # ArchiveIterator's defaults

    def _iterate_records(self) -> Iterator[Any]:
        # Blank lines before the first record are read past, as warcio reads those between records: it took
        # the first blank line for the record's headers, which had no Content-Length, and the file failed. So is a
        # byte order mark before them (`not a readable WARC: Unknown archive format`; on stdin, a page, exit 0).
        line = self.reader.readline().removeprefix(codecs.BOM_UTF8)  # a text editor's, saving the file: read past
        while line and not line.rstrip():
            line = self.reader.readline()
        self.next_line = line or None
        yield from super()._iterate_records()


def _base32_digest(header: str | None) -> str | None:
    """A digest header (`sha1:VALUE`) as `ALGORITHM:BASE32` (upper case, padded), its value read as hex, base32
    (of either case, padded or not) or base64 (either alphabet, padded or not), whichever gives as many bytes as
    the algorithm's digest has; None where no algorithm hashlib knows is named, or no reading gives such bytes
    (a digest that cannot be checked is not gone by, as an unknown algorithm's is not)."""
    algorithm, _, value = (part.strip() for part in (header or "").partition(":"))
    try:
        size = hashlib.new(algorithm).digest_size  # 0 for an extendable output (shake_128): no length to match
    except ValueError:
        return None
    digest = next((read for read in _readings(value) if size and len(read) == size), None)
    return None if digest is None else f"{algorithm}:{base64.b32encode(digest).decode('ascii')}"


def _readings(value: str) -> Iterator[bytes]:
    """The bytes ``value`` gives read as hex, as base32 and as base64, where it reads as each."""
    for read in (bytes.fromhex, lambda text: base64.b32decode(text.upper() + "=" * (-len(text) % 8)),
                 lambda text: base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4),
                                               validate=True)):
        try:
            yield read(value)
        except (ValueError, binascii.Error):
            continue


def _digest_checked(record: Any, page: WarcPage | None) -> WarcPage | None:
    """``page``, failed when its record, read to its end, does not match its WARC-Block-Digest: bytes changed
    since the crawler wrote it (a disk's or a copy's error, in a `.warc` no gzip checksum guards), which
    were cleaned as the page. Its WARC-Payload-Digest is not gone by: crawlers differ on the bytes it is
    of (a chunked body's, as sent or de-chunked), and warcio's reading of it fails on pages that are whole."""
    if page is None or page.problem is not None:
        return page
    failed = next((problem for problem in record.digest_checker.problems
                   if problem.startswith("block digest failed")), None)
    if failed is None:
        return page
    digest = printable(record.rec_headers.get_header("WARC-Block-Digest") or "")
    return page._replace(problem=f"WARC record corrupt: its bytes do not match its WARC-Block-Digest ({digest})")


def _truncated(headers: Any, what: str) -> str | None:
    """Why the record holds only the start of the page, if it does: the crawler kept only that (WARC-Truncated:
    `length`, Common Crawl's at its size limit; `time`, `disconnect`), or the record is a first segment
    (WARC-Segment-Number): the end of its story is missing, so it is no page to clean."""
    reason = headers.get_header("WARC-Truncated")
    if reason is not None:
        return f"{what} cut short by the crawler (WARC-Truncated: {printable(reason)})"
    # The first of a record's segments (WARC 1.1, section 9) holds the start of it only: `continuation`
    # records hold the rest, which are not joined to it (each is skipped as no page).
    segment = headers.get_header("WARC-Segment-Number")
    return None if segment is None else \
        f"{what} cut short: its record is split into segments (WARC-Segment-Number: {printable(segment)}), " \
        "and continuation records are not joined"


def _shown(media_type: str) -> str:
    """A Content-Type's media type as a skip reason names it (the rest of a malformed one is the file's bytes; a
    well-formed one of any length clipped: one of 50,000 characters made the summary line one of 50,000)."""
    return clipped(media_type) if _MEDIA_TYPE.fullmatch(media_type) else "malformed Content-Type" if media_type \
        else "no Content-Type"


def _record_id(record: Any) -> str:
    """The record's WARC-Record-ID without its angle brackets ("" when it has none)."""
    return str(record.rec_headers.get_header("WARC-Record-ID", "")).strip("<>")


def _shown_id(record: Any) -> str:
    """The record's WARC-Record-ID as a message names it: up to `errors.SHOWN_CHARS` (an id of 100,000 characters
    made each line that named the record, or a record after it, one of 100,000)."""
    return clipped(_record_id(record))


def _content_end(archive: _QuietArchiveIterator, record: Any) -> int:
    """Where ``record``'s content ends in the data decompressed, read up to there."""
    while record.raw_stream.read(BUFF_SIZE):
        pass
    return int(archive.fh.tell() - archive.reader.rem_length())


def _check_whole(archive: _QuietArchiveIterator, record: Any) -> None:
    """Raise WarcError when ``record`` is not whole: the file ends inside it,
    or no blank line follows it (its Content-Length is wrong), so that what
    was read of it is not cleaned as if it were the page."""
    errors = archive.err_count
    archive.read_to_end()  # the rest of the record and the blank lines after it
    name = _shown_id(record) or "a record"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise WarcError(f"record {name} cut short: the file ends {missing} bytes before its end")
    if archive.err_count > errors:
        raise WarcError(f"record {name} is not followed by a blank line: its Content-Length is wrong")


class _Broken:
    """Why a body's Content-Encoding did not decompress, once it did not."""

    reason: str | None = None
    ended: bool = False
    """The body's gzip data ended whole and bytes that start no member followed (ignored, as browsers do)."""
    undecompressed: str | None = None
    """The Content-Encoding whose first block did not decompress: warcio took the body as sent uncompressed."""

    def as_sent(self, html: str | bytes) -> str | None:
        """Why the body, taken as sent uncompressed, is no page: its Content-Encoding does not decompress and
        its bytes are no text (they failed as "binary data", the compression unnamed); None when they are text
        (a crawler that stored the body decompressed, and kept the header)."""
        if self.undecompressed is None or not isinstance(html, bytes) or _is_text(html):
            return None
        return f"HTTP body corrupt: its {self.undecompressed} Content-Encoding does not decompress"


def _is_text(payload: bytes) -> bool:
    """Whether ``payload`` reads as text, not compressed or binary data."""
    try:
        sniff_encoding(payload)
    except DecodeError:
        return False
    return True


def _quiet_decompression(body: Any) -> _Broken:
    """Make ``body`` (warcio's reader of an HTTP body) keep the reason its
    compressed data breaks off, past its first read, in what it returns;
    warcio prints that reason to stderr, a line beside ours, and hands over
    the part before it. (A first read that does not decompress is
    taken as a body sent uncompressed, which is left to warcio.)"""
    broken = _Broken()
    warcio_decompress = getattr(body, "_decompress", None)
    if warcio_decompress is None:  # a body sent without Content-Encoding: nothing to decompress
        return broken

    def decompress(data: bytes) -> bytes:
        if broken.reason is not None or broken.ended:
            return b""
        if body.decompressor is None or not data or body.num_block_read == 0:
            encoding = body.decomp_type if body.decompressor is not None and data else None
            decompressed = bytes(warcio_decompress(data))
            if encoding is not None and body.decompressor is None:
                broken.undecompressed = encoding
        else:
            try:
                decompressed = bytes(body.decompressor.decompress(data))
            except Exception as exc:  # noqa: BLE001 (zlib.error, brotli's: whatever warcio's decompressor raises)
                encoding = body.decomp_type
                broken.reason = f"HTTP body corrupt: its {encoding} Content-Encoding does not decompress ({exc})"
                return b""
        return decompressed + _later_gzip_members(body, broken)

    body._decompress = decompress
    return broken


def _later_gzip_members(body: Any, broken: _Broken) -> bytes:
    """The gzip members after the first of ``body``'s data read so far (files
    joined one after another: gzip and browsers read them all); warcio stopped
    at the first, and the page came out cut, without a word."""
    decompressed = b""
    while (body.decomp_type == "gzip" and body.decompressor is not None
           and body.decompressor.eof and body.decompressor.unused_data):
        rest = body.decompressor.unused_data
        body.decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            decompressed += body.decompressor.decompress(rest)
        except zlib.error:
            broken.ended = True
    return decompressed


class _Chunks:
    """Why a body sent chunked did not end with its last, empty chunk, once it did not."""

    reason: str | None = None
    started: bool = False


def _codings_as_warcio_names_them(http: Any) -> list[str]:
    """Write ``http``'s Transfer-Encoding and Content-Encoding as warcio knows them, and return the codings under
    the one it undoes, to undo after it, the innermost last (`_content_decoded`). HTTP's codings are
    case-insensitive, but warcio de-chunks a body only under `chunked` (`Chunked` left each chunk's size in hex
    in the page's text, in silence), and reads `x-gzip` as no coding (the page failed as binary data). Codings
    are applied in the order listed, content codings first, then compressions sent as transfer codings
    (`Transfer-Encoding: gzip, chunked`, the chunks undone first): warcio reads a Content-Encoding of one coding
    only, so it is given the outermost, if it knows it (`Content-Encoding: gzip, br`, or a Content-Encoding under
    a transfer compression, was read as none or one of them, and the page failed as binary data, unnamed)."""
    transfer = [coding.strip().lower() for coding in (http.get_header("Transfer-Encoding") or "").split(",")]
    if transfer[-1] == "chunked":
        http.replace_header("Transfer-Encoding", "chunked")
    content = [coding.strip().lower() for coding in (http.get_header("Content-Encoding") or "").split(",")]
    applied = [CONTENT_CODING_ALIASES.get(coding, coding) for coding in content if coding not in ("", "identity")]
    # Chunked before a compression (`chunked, gzip`) would be de-chunked after it: not read so, it stays unread.
    if "chunked" not in transfer[:-1]:
        applied += [coding for coding in transfer if coding not in ("", "chunked", "identity")]
    if applied and applied[-1] in BufferedReader.get_supported_decompressors():
        http.replace_header("Content-Encoding", applied[-1])
        return applied[-2::-1]
    # None, or one warcio does not know (`compress`), which it read as none: the page failed as binary data.
    http.remove_header("Content-Encoding")
    return applied[::-1]


def _content_decoded(payload: bytes, coding: str, max_bytes: int) -> tuple[bytes, str | None]:
    """``payload`` with its content coding ``coding`` undone (up to ``max_bytes`` + 1 bytes), one warcio did not
    undo (`_codings_as_warcio_names_them`); or why it cannot be. A payload that reads as text is the page (a
    crawler that stored it decompressed and kept the header; a label no coding has, `utf-8`, a server's mistake)."""
    if _is_text(payload):
        return payload, None
    named = f"its {printable(coding)} Content-Encoding"
    try:
        reader = BufferedReader(io.BytesIO(payload), decomp_type=coding)
    except Exception:  # noqa: BLE001 (warcio's for a coding it does not know)
        return payload, f"HTTP body unreadable: {named} cannot be decompressed"
    broken = _quiet_decompression(reader)
    content = reader.read(max_bytes + 1)
    if broken.reason is not None or reader.decompressor is None:  # warcio took data that did not decompress as none
        return payload, f"HTTP body corrupt: {named} does not decompress"
    if _cut_encoding(reader):
        return payload, f"HTTP body cut short: {named} ends early"
    return content, None


def _checked_chunks(body: Any) -> _Chunks:
    """Make ``body`` (warcio's reader of an HTTP body sent with Transfer-Encoding:
    chunked) stop where its chunks break off, and keep why: warcio took the
    data that ran out inside a chunk, or that ended before the last, empty
    one, as the end of the page, and handed over the part before it without
    a word. A first line that is no chunk's size is left to warcio, which
    reads the body as it is: crawlers store bodies de-chunked, with the header kept."""
    chunks = _Chunks()
    warcio_try_decode = getattr(body, "_try_decode", None)
    if warcio_try_decode is None:  # not sent chunked
        return chunks

    def try_decode(length_header: bytes) -> None:
        first, chunks.started = not chunks.started, True
        size = _chunk_size(length_header)
        if first and size is None:
            body.raise_chunked_data_exceptions = False  # warcio reads on as not chunked
            warcio_try_decode(length_header)
            return
        body.raise_chunked_data_exceptions = True
        try:
            if size is not None and not length_header.endswith(b"\r\n"):
                _read_chunk_of_bare_line_feeds(body, size)
            else:
                warcio_try_decode(length_header)
        except ChunkedDataException as exc:
            body.all_chunks_read = True  # read no further
            if size == 0:  # the last chunk came: what follows it (trailers) is no part of the page
                return
            said = exc.args[0].decode("utf-8", "replace") if isinstance(exc.args[0], bytes) else str(exc.args[0])
            cut = not length_header or said.startswith("Ran out of data")
            chunks.reason = ("HTTP body cut short: its chunked Transfer-Encoding ends early" if cut else
                             f"HTTP body corrupt: its chunked Transfer-Encoding breaks off ({printable(said)})")

    body._try_decode = try_decode
    return chunks


def _chunk_size(line: bytes) -> int | None:
    """The size a chunk's first line gives (hex digits, maybe extensions, then CRLF, as warcio reads
    one, or a bare LF, as browsers read one too); None when it is no such line."""
    try:
        return int(line.rstrip(b"\r\n").split(b";")[0], 16) if line.endswith(b"\n") else None
    except ValueError:
        return None


def _read_chunk_of_bare_line_feeds(body: Any, size: int) -> None:
    """Read into ``body`` (warcio's de-chunking reader) the chunk of ``size`` bytes whose size line ended with
    a bare LF, and the line break after it, as browsers read such a server's chunks: warcio, which asks for
    CRLF, read the whole body as not chunked, each chunk's size in hex left in the page's text, in silence."""
    if not size:  # the last chunk: what follows it (trailers) is no part of the page
        body.all_chunks_read = True
        body._process_read(b"")
        return
    data = b""
    while len(data) < size:
        more = body.stream.read(size - len(data))
        if not more:
            raise ChunkedDataException("Ran out of data before end of chunk", data)
        data += more
    if body.stream.readline(2) not in (b"\n", b"\r\n"):
        raise ChunkedDataException(b"Chunk terminator not found.", data)
    body._process_read(data)


class _BrotliDecompressor:
    """brotli 1.x's Decompressor as warcio asks a decompressor to be (zlib's: ``decompress``, ``unused_data``;
    ``eof`` for `_cut_encoding`): warcio's own setting up of it set an attribute brotli 1.x has no room for
    (AttributeError: 'unused_data'), and every body sent br-encoded (Browsertrix keeps them so) failed."""

    unused_data = b""  # no bytes after a br stream are read: browsers read none either

    def __init__(self) -> None:
        self._read: list[bytes] = []  # the data so far, to read again to the stream's end (see `_up_to_end`)
        self._ended = False
        self._start()

    def _start(self) -> None:
        import brotli

        decompressor = brotli.Decompressor()
        self._process = getattr(decompressor, "process", None) or decompressor.decompress  # brotlipy's name
        self._finished = getattr(decompressor, "is_finished", None)

    def decompress(self, data: bytes) -> bytes:
        if self._ended or self._finished is not None and self._finished():  # ended with the data before
            self._ended = True
            return b""
        try:
            decompressed = bytes(self._process(data))
        except Exception:
            if self._finished is None:  # where the stream ends is not known
                raise
            decompressed = self._up_to_end(data)
        self._read.append(data)
        return decompressed

    def _up_to_end(self, data: bytes) -> bytes:
        """``data``, on which the decoder failed, decompressed up to the stream's end, the bytes after it read
        past: brotli's decoder fails on any byte after its stream's end (a line break, a crawler's padding),
        and the whole page failed as "does not decompress". The decoder, of no use once failed, reads the
        data before ``data`` again, then ``data`` a byte at a time; data that breaks before its end fails."""
        self._start()
        self._process(b"".join(self._read))
        decompressed = []
        for at in range(len(data)):
            decompressed.append(bytes(self._process(data[at:at + 1])))
            if self._finished is not None and self._finished():
                self._ended = True
                return b"".join(decompressed)
        raise ValueError("brotli: the data ends inside the stream")  # not reached: it failed on a byte of it

    @property
    def eof(self) -> bool:
        return True if self._finished is None else bool(self._finished())  # not known: not said cut short


if importlib.util.find_spec("brotli") is not None:  # without it, a br body fails alone: `HTTP body unreadable`
    BufferedReader.DECOMPRESSORS["br"] = _BrotliDecompressor


class _ZstdDecompressor:
    """zstd as warcio asks a decompressor to be (zlib's ways: ``decompress``, ``unused_data``, ``eof``), which
    warcio has none for: a body sent `Content-Encoding: zstd` (browsers ask for it since 2024, and crawlers that
    drive one keep the bytes as sent) failed as "binary data (zstd-compressed)". Its frames are read one after
    another (bytes after the last that start none read past, as after a br stream), each a slice at a time
    (`compression.BoundedZstd`), and no more than a page's limit comes of one read: zstd's run-length blocks give
    gigabytes of a few kilobytes. Past the limit the rest is read past, the page failing as too large (an error
    raised here was taken as data that does not decompress)."""

    unused_data = b""  # each frame's own is read on here

    def __init__(self) -> None:
        self._frame: BoundedZstd | None = BoundedZstd()
        """None between frames: the last read to its end, ``_waiting`` holding what came after it."""
        self._waiting = b""
        self._ended = False

    def decompress(self, data: bytes) -> bytes:
        pieces: list[bytes] = []
        size = 0
        while not self._ended:
            if self._frame is not None and self._frame.eof:
                self._waiting, self._frame = self._frame.unused_data, None
            if self._frame is None:
                rest, data = self._waiting + data, b""
                if len(rest) < len(ZSTD_MAGIC) and ZSTD_MAGIC.startswith(rest):  # no more yet, or a frame's start
                    self._waiting = rest
                    break
                if not rest.startswith(ZSTD_MAGIC):  # bytes after the last frame that start none
                    self._ended = True
                    break
                self._frame, self._waiting, data = BoundedZstd(), b"", rest
            if self._frame.needs_input and not data:
                break
            pieces.append(self._frame.decompress(data, 0))
            data = b""
            size += len(pieces[-1])
            if size > MAX_INPUT_BYTES:  # more than a page holds: the reader fails it as too large
                self._ended = True
        return b"".join(pieces)

    @property
    def eof(self) -> bool:
        return self._frame is None or self._frame.eof


BufferedReader.DECOMPRESSORS["zstd"] = _ZstdDecompressor


def _cut_encoding(body: Any) -> str | None:
    """Why a body sent compressed (Content-Encoding gzip or deflate) is not
    whole: its data ended, or broke, before the compressed stream's end.
    warcio hands over what it decompressed, so the page would look shorter."""
    decompressor = getattr(body, "decompressor", None)  # set only while the body reads as compressed
    if decompressor is not None and getattr(decompressor, "eof", True) is False:
        return f"HTTP body cut short: its {body.decomp_type} Content-Encoding ends early"
    return None


def _content_type(headers: Any) -> tuple[str, str | None]:
    """The media type and charset of a message's Content-Type headers (warcio's StatusAndHeaders), as browsers
    read them (the Fetch standard's "extract a MIME type"): every value of every such header, split at its
    commas; the last valid media type wins, with the charset of the one before it of the same type where it gives
    none. A header given twice (an application's, then a proxy's) was read by its first. Without a valid one,
    the last value as it is: malformed, or none."""
    values = [part for name, value in headers.headers if name.lower() == "content-type" for part in value.split(",")]
    valid: tuple[str, str | None] | None = None
    inherited = None  # the charset of the first of a run of one media type, as Fetch keeps it
    for value in values:
        media_type, charset = _media_type_and_charset(value)
        if not _MEDIA_TYPE.fullmatch(media_type) or media_type == "*/*":
            continue
        if valid is None or valid[0] != media_type:
            inherited = charset
        valid = media_type, charset or inherited
    return valid or _media_type_and_charset(values[-1] if values else "")


def _media_type_and_charset(value: str) -> tuple[str, str | None]:
    """The media type and charset of one Content-Type value."""
    media_type, *parameters = (part.strip() for part in value.split(";"))
    charset = None
    for parameter in parameters:
        name, _, setting = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = setting.strip().strip("\"'") or None
    return media_type.lower(), charset


def _checked_for_sniffing(payload: bytes, charset: str) -> bytes:
    """``payload``, whose HTTP header declares a ``charset`` that does not read it, for the decoder to sniff;
    raises UnclearEncoding, naming that charset, where its encoding is unclear: the decoder, which sees the
    bytes alone, said "none declared" of them. (Binary or empty bytes are said so by the decoder.)"""
    try:
        sniff_encoding(payload, printable(charset))
    except UnclearEncoding:
        raise
    except DecodeError:
        pass
    return payload


def _decoded(payload: bytes, charset: str | None) -> str | bytes:
    """The payload as text in the charset of the HTTP header, when it is not
    UTF-8 and decodes in that charset without error (a Shift_JIS page that
    says so only in its header; its UTF-8 lines read as `decode.decoded_as`
    reads a file's); else the bytes, for the HTML decoder to
    sniff (BOM, UTF-8, meta charset), as it does for files; so too where the header says
    Windows-1252 of another script's letters (`decode.misdeclared`), and where the payload starts with a byte
    order mark that reads it, by which browsers read it whatever the header says (a UTF-16 page under a header's
    windows-1251 came out with its letters as Cyrillic ones, exit 0)."""
    if not charset or bom_encoding(payload):
        return payload
    try:
        payload.decode("utf-8")
        return payload
    except UnicodeDecodeError:
        pass
    encoding = web_encoding(charset)
    if encoding is None or misdeclared(payload, encoding):  # `hex` raised a LookupError, `idna` a UnicodeError
        return _checked_for_sniffing(payload, charset)
    try:
        payload.decode(encoding)
    except UnicodeDecodeError:
        return _checked_for_sniffing(payload, charset)
    return decoded_as(payload, encoding)  # a UTF-8 line pasted into a legacy page read as UTF-8, as in a file
