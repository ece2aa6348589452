"""The one exception for a document that cannot be cleaned.

Every way in (file, stdin, JSONL record, Dask, `cleaner learn`) catches this
one type and reports its message, a one-line reason, beside the document's
name. Any other exception on one document is the cleaner's own bug: the
batch entry points fail that document alone as an internal error
(`records.internal_error`), and the run goes on. Its kinds: the bytes are not text (`DecodeError`), a user rule ran too
long on it (`RuleTimeout`), it holds more text than the size limit
(`DocumentTooLarge`), a JSONL record holds no document (`RecordError`).
Kept apart from the modules that raise it, so that each can import it
without importing the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class DocumentError(Exception):
    """A document that cannot be cleaned; the message is the reason, in one line."""


class CorpusError(ValueError):
    """A corpus file (compressed data, a WARC, a Parquet file) that cannot be
    read on: corrupt or truncated. The entries read before it stand."""


class FieldNeverHeld(UserWarning):
    """A field an option names (the text's, the URL's, one to drop) that no record, row or Document read holds:
    a typo, whose option did nothing. A warning of its own kind, so that a pipeline can make it an error
    (`warnings.simplefilter("error", FieldNeverHeld)`) without matching its words."""


class OutputError(Exception):
    """An output file that cannot be written whole (rows a Parquet file's
    columns cannot hold): the run stops, and the file is not left behind."""


SHOWN_CHARS = 200
"""How much of a library's message an error line shows: some hold what they met (warcio a WARC's "first line",
pyarrow a value it could not convert), and junk of a megabyte made an error line of one."""


def clipped(message: str) -> str:
    """``message`` up to `SHOWN_CHARS`, and how long it is where it was cut."""
    return message if len(message) <= SHOWN_CHARS else f"{message[:SHOWN_CHARS]}... ({len(message):,} characters)"


@contextmanager
def needs_extra(module: str, extra: str, *packages: str) -> Iterator[None]:
    """Around ``module``'s imports of an optional extra's ``packages``: without
    them, the ModuleNotFoundError says which extra to install, not only
    `No module named 'datatrove'`. A missing module of another name (the
    cleaner's own) is not mislabelled."""
    try:
        yield
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in packages:
            raise
        raise ModuleNotFoundError(f"{module} needs the {extra} extra: pip install \"cleaner[{extra}]\" "
                                  f"(no module named {exc.name!r})", name=exc.name) from exc
