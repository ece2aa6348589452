"""Compressed inputs and outputs: gzip, zstd, bzip2 and xz.

Inputs are recognised by their first bytes, never by their name, so a
`.html.gz` page, a `.jsonl.zst` corpus or gzip piped into stdin all read as
what they hold. Outputs are compressed by the suffix of their name
(`cleaned.jsonl.zst`). zstd goes through the `zstandard` library.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import io
import lzma
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import IO, Any, NamedTuple, cast

from .errors import CorpusError


class Compression(NamedTuple):
    """A compression format: how its streams begin and are named, read and written."""

    name: str
    magic: bytes
    """The bytes every stream of this kind starts with."""
    suffixes: tuple[str, ...]
    reader: Callable[[IO[bytes]], IO[bytes]]
    writer: Callable[[IO[bytes]], IO[bytes]]


def _zstandard() -> Any:
    # Imported when a zstd stream is met: at every start it cost ~10 ms.
    import zstandard

    return zstandard


def _read_errors() -> tuple[type[BaseException], ...]:
    """What reading corrupt compressed data raises (zlib's error is gzip's
    for a broken deflate stream, not an OSError): zstandard's error too once
    a zstd stream was met (none could be raised before)."""
    zstandard = sys.modules.get("zstandard")
    return (OSError, EOFError, zlib.error, lzma.LZMAError,
            *([zstandard.ZstdError] if zstandard is not None else []))


def _buffered(raw: io.RawIOBase) -> IO[bytes]:
    return cast(IO[bytes], io.BufferedReader(raw))


class _StreamKind(NamedTuple):
    """How a format's streams follow one another: a new decompressor for each, and the null
    bytes it allows between and after them (xz's stream padding, in fours; 0: none)."""

    name: str
    decompressor: Callable[[], Any]
    padding_unit: int = 0


def _streams_reader(name: str, decompressor: Callable[[], Any], padding_unit: int = 0,
                    ) -> Callable[[IO[bytes]], IO[bytes]]:
    kind = _StreamKind(name, decompressor, padding_unit)
    return lambda raw: _buffered(_Streams(raw, kind))


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
"""How a zstd frame starts."""

COMPRESSIONS = (
    Compression("gzip", b"\x1f\x8b", (".gz", ".gzip"),
                lambda raw: cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")),
                lambda raw: cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="wb", mtime=0))),
    Compression("zstd", ZSTD_MAGIC, (".zst", ".zstd"),
                _streams_reader("zstd", lambda: BoundedZstd()),  # defined below
                # With the checksum that the zstd tool writes too: without it, corrupt data reads as other data;
                # write() returns the bytes it took, as the others do, which write_whole counts on.
                lambda raw: cast(IO[bytes], _zstandard().ZstdCompressor(write_checksum=True)
                                 .stream_writer(raw, closefd=False, write_return_read=True))),
    # "BZh" then the block size; sniff_compression checks the block's magic too.
    Compression("bzip2", b"BZh", (".bz2",),
                _streams_reader("bzip2", bz2.BZ2Decompressor),
                lambda raw: cast(IO[bytes], bz2.BZ2File(raw, mode="wb"))),
    Compression("xz", b"\xfd7zXZ\x00", (".xz",),
                _streams_reader("xz", lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ), padding_unit=4),
                lambda raw: cast(IO[bytes], lzma.LZMAFile(raw, mode="wb"))),  # noqa: SIM115 (closed by the caller)
)
# Compressions and archives that files are named for and that no output is written in: an output so named
# (`-o out.jsonl.lz4`) held plain JSONL, or was a folder, under a name that says otherwise.
UNWRITTEN_COMPRESSIONS = {".lz4": "lz4", ".br": "brotli", ".lzma": "lzma", ".lz": "lzip", ".z": "compress",
                          ".sz": "snappy", ".zip": "zip", ".7z": "7z", ".rar": "rar", ".tar": "tar", ".tgz": "tar.gz"}

# After bzip2's "BZh" and block size: the magic of a first block, or of the end of an empty stream.
_BZIP2_BLOCK_STARTS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")
# zstd's skippable frames start with 0x184D2A50 to 0x184D2A5F (little-endian): pzstd, which ships with zstd,
# writes one before each frame, so its files start with one.
_ZSTD_SKIPPABLE_TAIL = b"\x2a\x4d\x18"


_ZSTD_DICTIONARY_FRAME = b"\x5d\x2a\x4d\x18"
"""The skippable frame that opens a `.warc.zst` of the IIPC's warc-zstd form (Archive Team's), holding the
dictionary (itself zstd-compressed or not) that each of its frames, a record each, was compressed with."""
MAX_ZSTD_DICTIONARY_BYTES = 1 << 24
"""A larger dictionary frame is refused, not read into memory (zstd's trainer makes them of 100 kB or so)."""


def _is_zstd_skippable_frame(head: bytes) -> bool:
    return len(head) >= 4 and 0x50 <= head[0] <= 0x5F and head[1:4] == _ZSTD_SKIPPABLE_TAIL


# Enough to tell a bzip2 stream from text that starts with "BZh".
MAGIC_BYTES = 10


class CompressionError(CorpusError):
    """Compressed data that cannot be read: truncated or corrupt."""


class CorruptGzipMember(CompressionError):
    """A gzip member that does not decompress whole: where it starts, in the file (``start``) and in the
    data decompressed (``out_start``), so that a reader can go on past it (`GzipMembers.skip_past`)."""

    def __init__(self, message: str, start: int, out_start: int) -> None:
        super().__init__(message)
        self.start = start
        self.out_start = out_start


def sniff_compression(head: bytes) -> Compression | None:
    """The compression whose magic bytes ``head`` starts with, if any."""
    compression = next((c for c in COMPRESSIONS if head.startswith(c.magic)), None)
    if compression is None and _is_zstd_skippable_frame(head):
        return next(c for c in COMPRESSIONS if c.name == "zstd")
    if compression is not None and compression.name == "bzip2" and not (
        head[3:4] in (b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9") and head[4:10] in _BZIP2_BLOCK_STARTS
    ):
        return None
    return compression


def compression_for_name(name: str | PurePath) -> Compression | None:
    """The compression the name's last suffix asks for (`out.jsonl.zst`: zstd)."""
    suffix = PurePath(name).suffix.lower()
    return next((c for c in COMPRESSIONS if suffix in c.suffixes), None)


def inner_name(name: str) -> str:
    """``name`` without its compression suffix: `page.html.gz` is a `page.html`."""
    return name[: -len(PurePath(name).suffix)] if compression_for_name(name) else name


def decompress(data: bytes, limit: int | None = None) -> bytes:
    """``data`` decompressed when its first bytes say it is compressed, else
    as it is; more than ``limit`` bytes decompressed (a zip bomb) is a
    CompressionError."""
    compression = sniff_compression(data[:MAGIC_BYTES])
    if compression is None:
        return data
    with _decompression_errors(compression):
        content = compression.reader(io.BytesIO(data)).read(-1 if limit is None else limit + 1)
    if limit is not None and len(content) > limit:
        raise CompressionError(f"{compression.name} data that decompresses to over {limit} bytes")
    return content


@contextmanager
def opened_for_reading(raw: IO[bytes]) -> Iterator[IO[bytes]]:
    """A stream of the bytes ``raw`` holds, decompressed when they are
    compressed; ``raw`` is left open. Reading corrupt data raises
    CompressionError."""
    buffered = raw if isinstance(raw, io.BufferedReader) else _BufferLeavingOpen(cast(io.RawIOBase, raw))
    compression = sniff_compression(buffered.peek(MAGIC_BYTES)[:MAGIC_BYTES])
    if compression is None:
        yield cast(IO[bytes], buffered)
        return
    stream = compression.reader(cast(IO[bytes], buffered))
    try:
        yield cast(IO[bytes], _ReadsUpToTheCut(cast(Any, _ReadErrors(stream, compression))))
    finally:
        stream.close()


@contextmanager
def opened_for_writing(raw: IO[bytes], name: str | PurePath) -> Iterator[IO[bytes]]:
    """A stream onto ``raw`` compressing as ``name``'s suffix says (plain
    when it names no compression); the compressed data is complete when the
    block ends. ``raw`` is left open."""
    compression = compression_for_name(name)
    if compression is None:
        yield raw
        return
    stream = compression.writer(raw)
    try:
        yield stream
    finally:
        stream.close()


@contextmanager
def _decompression_errors(compression: Compression) -> Iterator[None]:
    try:
        yield
    except _read_errors() as exc:
        if compression.name == "gzip" and str(exc).startswith(_NO_GZIP_MAGIC):  # past a member: the first had one
            raise CompressionError("trailing garbage after the gzip data: the bytes after its last member begin "
                                   "no gzip member") from None
        raise CompressionError(f"corrupt or truncated {compression.name} data ({exc})") from None


_NO_GZIP_MAGIC = "Not a gzipped file"
"""How Python's gzip reader says that bytes after a member do not begin another ("Not a gzipped file (b'JU')")."""


def peek_ahead(stream: IO[bytes], limit: int, enough: Callable[[bytes], bool] = lambda head: False,
               ) -> tuple[bytes, IO[bytes]]:
    """The first bytes of ``stream``, read until ``enough(head)`` holds,
    ``limit`` bytes are read or the stream ends, and a stream that still
    begins with them. A pipe's read returns only what its writer has sent so
    far, a single byte perhaps: a peek at a pipe sees no further than that."""
    read = getattr(stream, "read1", stream.read)
    head = b""
    error: CompressionError | None = None
    while len(head) < limit and not enough(head):
        try:
            chunk = read(limit - len(head))
        except CompressionError as exc:
            if not head:
                raise
            error = exc  # raised where the bytes before it have been read
            break
        if not chunk:
            break
        head += chunk
    # Read up to the cut, as the stream peeked at is: a BufferedReader's read(n) dropped the bytes before
    # the error with it (stdin's WARC.gz with junk after it lost every record read ahead in its first 4 KiB).
    ahead = _ReadsUpToTheCut(cast(io.RawIOBase, _ReadAhead(head, stream, error)),
                             buffer_size=max(limit, io.DEFAULT_BUFFER_SIZE))
    return head, cast(IO[bytes], ahead)


class _ReadAhead(io.RawIOBase):
    """``head``, bytes already read from ``rest``, then what ``rest`` holds
    after them (or ``error``, met where they end); ``rest`` is left open."""

    def __init__(self, head: bytes, rest: IO[bytes], error: CompressionError | None) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        data = getattr(self._rest, "read1", self._rest.read)(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _BufferLeavingOpen(io.BufferedReader):
    """A buffer (to peek at the first bytes) over a stream that is not
    buffered, which leaves the stream open when it is closed or collected."""

    def close(self) -> None:
        pass


class _ReadsUpToTheCut(io.BufferedReader):
    """A buffer whose read(n) hands over the bytes read before a read error
    and raises the error at the next read: BufferedReader's drops them (a
    WARC.gz cut short lost the whole records before the cut with them)."""

    _error: CompressionError | None = None

    def read(self, size: int | None = -1) -> bytes:
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if size is None or size < 0:
            return super().read()
        chunks: list[bytes] = []
        wanted = size
        while wanted > 0:
            try:
                chunk = self.read1(wanted)
            except CompressionError as exc:
                if not chunks:
                    raise
                self._error = exc
                break
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks)


class _ReadErrors(io.RawIOBase):
    """A decompressing stream whose read errors are CompressionErrors, so that
    a truncated file says so wherever it is read (line by line, or at once)."""

    def __init__(self, stream: IO[bytes], compression: Compression) -> None:
        self._stream = stream
        self._compression = compression

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        # read1, one read of the compressed stream: read(n) reads on to fill n
        # bytes, and what it had decompressed is lost when a later read meets the cut.
        with _decompression_errors(self._compression):
            data = self._stream.read1(len(buffer))  # type: ignore[attr-defined]
        buffer[: len(data)] = data
        return len(data)


class BoundedZstd:
    """A zstd frame's decompressor with the bz2 and lzma decompressors' ways: its output bounded
    (zstandard's decompressobj takes no max_length, so it is fed a slice at a time: a 64 KiB
    read of zstd's run-length blocks could give 2 GiB at once), ``needs_input``."""

    SLICE = 1 << 10  # at most 256 blocks of 128 KiB each from one slice

    def __init__(self, dictionary: Any = None) -> None:
        self._frame = _zstandard().ZstdDecompressor(dict_data=dictionary).decompressobj()
        self._input = b""
        self._at = 0  # where the next slice of _input starts: slicing off the rest would copy it each time

    @property
    def eof(self) -> bool:
        return bool(self._frame.eof)

    @property
    def needs_input(self) -> bool:
        return self._at >= len(self._input)

    @property
    def unused_data(self) -> bytes:
        return bytes(self._frame.unused_data) + self._input[self._at:]

    def decompress(self, data: bytes, max_length: int) -> bytes:  # noqa: ARG002 (bounded by the slice)
        if data:
            self._input, self._at = self._input[self._at:] + data, 0
        piece = self._input[self._at:self._at + self.SLICE]
        self._at += len(piece)
        return bytes(self._frame.decompress(piece))


class _Streams(io.RawIOBase):
    """Compressed streams one after another decompressed (files appended to, or written by
    parallel compressors: pbzip2, pixz, pzstd), with the padding the format allows between
    them. Anything else after a stream is trailing garbage, a CompressionError; a stream cut
    short raises EOFError, as gzip's reader does. (The standard library's bz2 and lzma
    readers ended at the first bytes that began no stream, in silence: junk after the data
    was read past, and so was a second xz stream after stream padding, lost.)"""

    CHUNK = 1 << 16

    def __init__(self, raw: IO[bytes], kind: _StreamKind) -> None:
        self._raw = raw
        self._kind = kind
        self._decompressor: Any = None
        self._new_decompressor = kind.decompressor
        self._leftover = b""
        self._read_bytes = 0
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def _read_raw(self) -> bytes:
        data = self._raw.read(self.CHUNK)
        self._read_bytes += len(data)
        return data

    def _next_stream_head(self) -> bytes:
        """The first bytes of the next stream, past any padding; b"" where the data ends."""
        data, padding = self._leftover, 0
        self._leftover = b""
        while True:
            if self._kind.padding_unit:
                kept = data.lstrip(b"\0")
                padding, data = padding + len(data) - len(kept), kept
            more = b"" if len(data) >= MAGIC_BYTES else self._read_raw()
            if not more:
                break
            data += more
        where = self._read_bytes - len(data)
        if self._kind.padding_unit and padding % self._kind.padding_unit:
            raise CompressionError(f"corrupt {self._kind.name} data: stream padding of {padding} null bytes "
                                   f"before byte {where}, not a multiple of {self._kind.padding_unit}")
        compression = sniff_compression(data[:MAGIC_BYTES]) if data else None
        if data and (compression is None or compression.name != self._kind.name):
            raise CompressionError(f"trailing garbage after the {self._kind.name} data: the bytes from {where} on "
                                   f"begin no {self._kind.name} stream")
        return data

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        while not self._pending:
            if self._decompressor is None:
                data = self._next_stream_head()
                if not data:
                    return 0
                if self._kind.name == "zstd" and data.startswith(_ZSTD_DICTIONARY_FRAME) \
                        and self._read_bytes == len(data):  # the file's first frame: its frames' dictionary
                    self._new_decompressor = functools.partial(BoundedZstd, self._zstd_dictionary(data))
                    continue
                self._decompressor = self._new_decompressor()
            elif self._decompressor.eof:
                self._leftover, self._decompressor = self._decompressor.unused_data, None
                continue
            elif self._decompressor.needs_input:
                data = self._read_raw()
                if not data:
                    raise EOFError(f"the compressed data ended before its last {self._kind.name} stream did")
            else:
                data = b""
            self._pending = memoryview(self._decompressor.decompress(data, self.CHUNK))
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _zstd_dictionary(self, data: bytes) -> Any:
        """The dictionary of the frame at the start of ``data`` (`_ZSTD_DICTIONARY_FRAME`), read past: the
        zstd tool and zstandard read past it as any skippable frame, and each frame after it failed as
        "Dictionary mismatch", a `.warc.zst` of Archive Team's unread."""
        if len(data) < 8:  # its size not read yet
            raise EOFError("the compressed data ended inside its zstd dictionary frame")
        size = int.from_bytes(data[4:8], "little")
        if size > MAX_ZSTD_DICTIONARY_BYTES:
            raise CompressionError(f"zstd dictionary frame of {size} bytes, over {MAX_ZSTD_DICTIONARY_BYTES}: not read")
        pieces, held = [data], len(data)
        while held < 8 + size and (more := self._read_raw()):
            pieces.append(more)
            held += len(more)
        data = b"".join(pieces)
        if len(data) < 8 + size:
            raise EOFError("the compressed data ended inside its zstd dictionary frame")
        stored, self._leftover = data[8:8 + size], data[8 + size:]
        zstandard = _zstandard()
        if stored.startswith(ZSTD_MAGIC):  # compressed itself, as the warc-zstd form allows
            stored = zstandard.ZstdDecompressor().decompress(stored, max_output_size=MAX_ZSTD_DICTIONARY_BYTES)
        return zstandard.ZstdCompressionDict(stored)


GZIP_MEMBER_START = b"\x1f\x8b\x08"
"""How a gzip member begins: its magic bytes, then deflate, the one method gzip has."""


PIPE_KEEPS_BYTES = 1 << 25
"""How much of a gzip member read from a pipe (stdin) is kept, to go back in for the next member past a
corrupt one (32 MiB: Common Crawl's members, a record each, are a few MB at most); past it, the member is
forgotten, and a corruption in it stops the reading, by name."""


def gzip_members(raw: IO[bytes]) -> GzipMembers | None:
    """A reader of ``raw``'s gzip members that can go on past a corrupt one, when ``raw`` holds gzip
    (going on, it looks again at the bytes from the corrupt member on: a pipe, that cannot seek, keeps
    those of the member it is in, up to `PIPE_KEEPS_BYTES`); None otherwise."""
    if not raw.seekable():
        raw = cast(IO[bytes], PipeWindow(raw))
    start = raw.tell()
    head = raw.read(MAGIC_BYTES)
    raw.seek(start)
    compression = sniff_compression(head)
    if compression is None or compression.name != "gzip":
        if isinstance(raw, PipeWindow):
            raw.release()
        return None
    if isinstance(raw, PipeWindow):
        raw.limit = PIPE_KEEPS_BYTES
    return GzipMembers(raw)


def head_past_a_corrupt_start(raw: IO[bytes], size: int) -> bytes:
    """The first ``size`` bytes (or fewer) that the first gzip member after the start of ``raw`` gives,
    looked for in its first `PIPE_KEEPS_BYTES`, when its first member is corrupt: what a pipe holds
    (a `.warc.gz`, a `.jsonl.gz` of many members) is known by them; b"" when no member decompresses.
    ``raw`` (seekable) is rewound."""
    start = raw.tell()
    data = raw.read(PIPE_KEEPS_BYTES)
    raw.seek(start)
    at = 0
    while (at := data.find(GZIP_MEMBER_START, at + 1)) >= 0:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[at:], size)
        except zlib.error:
            continue  # bytes in the corrupt data that look like a member's start
        if head:
            return head
    return b""


class NotKept(CompressionError):
    """Bytes of a pipe gone back to that it no longer keeps (`PipeWindow`)."""


class PipeWindow(io.RawIOBase):
    """A stream that cannot seek (a pipe: stdin) made one that can seek back as far as the bytes it keeps:
    those from `keep_from` on, all of them until then, at most ``limit`` (past it, it forgets them all,
    and goes on keeping from there); `release` stops it keeping any."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._kept = bytearray()
        self._kept_at = 0  # where in the stream _kept starts
        self._at = 0  # where the next read starts
        self._keeping = True
        self.limit: int | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence != io.SEEK_SET or not self._kept_at <= offset <= self._kept_at + len(self._kept):
            raise NotKept(f"byte {offset} is no longer kept")
        self._at = offset
        return offset

    def keep_from(self, offset: int) -> None:
        """Forget the bytes before ``offset``: no seek goes back to them."""
        dropped = min(max(offset - self._kept_at, 0), len(self._kept))
        del self._kept[:dropped]
        self._kept_at += dropped

    def release(self) -> None:
        """Keep no more bytes: those kept are forgotten as they are read past."""
        self._keeping = False
        self.keep_from(self._at)

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        kept_end = self._kept_at + len(self._kept)
        if self._at < kept_end:
            size = min(len(buffer), kept_end - self._at)
            buffer[:size] = self._kept[self._at - self._kept_at:self._at - self._kept_at + size]
            self._at += size
            if not self._keeping:
                self.keep_from(self._at)
            return size
        data = getattr(self._raw, "read1", self._raw.read)(len(buffer))
        buffer[: len(data)] = data
        self._at += len(data)
        if self._keeping:
            self._kept += data
            if self.limit is not None and len(self._kept) > self.limit:
                self.keep_from(self._at)
        else:
            self._kept_at = self._at
        return len(data)


class GzipMembers(io.RawIOBase):
    """The decompressed data of a gzip file's members, one after another, as `opened_for_reading`
    reads it, that can go on at the next member past a corrupt one (`skip_past`): a `.warc.gz` holds
    a record a member, so the records after a corrupt member can still be read. ``tell()``: the
    decompressed bytes handed over. ``raw`` (seekable) is left open."""

    CHUNK = 1 << 16

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._decompressor: Any = None
        self._input = b""  # compressed bytes read, not yet decompressed
        self._input_at = raw.tell()  # where in the file _input starts
        self._member_start = self._input_at
        self._member_out_start = 0
        self._handed = 0
        self._held: int | None = None
        """A member gone on at past a corrupt one (`skip_past`), until `settled`: gone past in turn, if it
        holds no record, from where it starts."""

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._handed

    def stream(self) -> io.BufferedReader:
        """A buffered stream of the data from here on (a new one after `skip_past`: the old one's
        buffer holds data of the corrupt member); detach it to drop it, which leaves this open."""
        return _ReadsUpToTheCut(cast(io.RawIOBase, self))

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        while True:
            if self._decompressor is None:
                self._read_past_zero_padding()
                self._member_start, self._member_out_start = self._input_at, self._handed
                if isinstance(self._raw, PipeWindow):  # what `skip_past` may go back to, no more
                    self._raw.keep_from(self._member_start if self._held is None else self._held)
                if not self._filled(len(GZIP_MEMBER_START)) and not self._input:
                    return 0
                if not self._input.startswith(GZIP_MEMBER_START) and not GZIP_MEMBER_START.startswith(self._input):
                    raise self._corrupt(f"bytes that begin no gzip member at byte {self._input_at}")
                self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if not self._filled(1):
                raise self._corrupt("Compressed file ended before the end-of-stream marker was reached")
            data = self._input
            try:
                decompressed = self._decompressor.decompress(data, len(buffer))
            except zlib.error as exc:
                raise self._corrupt(str(exc)) from None
            ended = self._decompressor.eof
            self._input = self._decompressor.unused_data if ended else self._decompressor.unconsumed_tail
            self._input_at += len(data) - len(self._input)
            if ended:
                self._decompressor = None
            if decompressed:
                buffer[: len(decompressed)] = decompressed
                self._handed += len(decompressed)
                return len(decompressed)

    def skip_past(self, start: int) -> int | None:
        """Go on at the first gzip member that starts after byte ``start`` of the file (a corrupt
        member's, or one that held no record): where it starts; None when none does. NotKept: a pipe
        no longer holds the bytes after ``start`` (its member was over `PIPE_KEEPS_BYTES`)."""
        self._raw.seek(start + 1)
        at, carry = start + 1, b""  # carry: the end of the last chunk, where a member's start may begin
        while chunk := self._raw.read(self.CHUNK):
            window = carry + chunk
            found = window.find(GZIP_MEMBER_START)
            if found >= 0:
                member = at - len(carry) + found
                self._raw.seek(member)
                self._input, self._input_at, self._decompressor = b"", member, None
                self._held = member
                return member
            carry, at = window[-(len(GZIP_MEMBER_START) - 1):], at + len(chunk)
            if isinstance(self._raw, PipeWindow):  # what is looked at is not gone back to
                self._raw.keep_from(at - len(carry))
        return None

    def go_on_past(self, start: int, error: CorruptGzipMember) -> int:
        """`skip_past` for a reader that goes on past the corrupt members it names by ``error`` (the first
        of them): where the member gone on at starts. Raises ``error`` when no member follows (the reading
        stops after what it read before it), and a CompressionError saying so when a pipe no longer
        holds the bytes to go back to."""
        try:
            member = self.skip_past(start)
        except NotKept:
            raise CompressionError(f"{error} in a gzip member too large to go back in on stdin (over "
                                   f"{PIPE_KEEPS_BYTES} bytes: a file's path can)") from None
        if member is None:
            raise error
        return member

    def settled(self) -> None:
        """The member gone on at holds a record: no `skip_past` will go back before the member read now."""
        self._held = None

    def _read_past_zero_padding(self) -> None:
        """Read past the zero bytes after a member, as gzip and Python's gzip module do (a file padded to a
        block's size, a tape's or a preallocated download's): they failed the file as "bytes that begin no
        gzip member" after its last record, exit 1, where its page, read whole, was cleaned."""
        while True:
            unpadded = self._input.lstrip(b"\0")
            self._input_at += len(self._input) - len(unpadded)
            self._input = unpadded
            if self._input or not self._filled(1):
                return

    def _filled(self, size: int) -> bool:
        """Whether ``size`` bytes are there to decompress, read for it when they are not."""
        while len(self._input) < size:
            data = self._raw.read(self.CHUNK)
            if not data:
                return False
            self._input += data
        return True

    def _corrupt(self, reason: str) -> CorruptGzipMember:
        self._decompressor = None
        return CorruptGzipMember(f"corrupt or truncated gzip data ({reason})", self._member_start,
                                 self._member_out_start)
