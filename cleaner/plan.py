"""What a `cleaner clean` run reads and writes, settled before anything is read.

The output format says what `-o` is: text and json write a folder (one file
per document), jsonl and parquet write one file (`-` is stdout for jsonl).
The format is the one asked for; else the one `-o`'s name gives
(`pages.jsonl.zst`, `rows.parquet`); else the input's: pages and folders
give text, a JSONL or WARC corpus jsonl, a Parquet corpus parquet. Every
combination that cannot mean one thing is refused with one line saying why.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from .compression import UNWRITTEN_COMPRESSIONS, compression_for_name, inner_name
from .document import FORMATS, HTML_SUFFIXES, JSONL_ALIASES, TEXT_SUFFIXES
from .files import dead_link, descriptor_named, file_type, name_too_long

RECORD_FORMATS = tuple(name for name, output_format in FORMATS.items() if output_format.writes_records)
RECORD_SUFFIXES = {FORMATS[name].suffix: name for name in RECORD_FORMATS} | dict.fromkeys(JSONL_ALIASES, "jsonl")
STDOUT = "-"
EMPTY_PATH = "an empty path (an unset shell variable?); give one"


class PlanError(ValueError):
    """A combination of inputs and options that means nothing: a usage error."""


class Plan(NamedTuple):
    """How a `cleaner clean` run writes: the format and output its inputs and options decide."""

    fmt: str
    """text, json (a folder of files) or jsonl, parquet (one file of records)."""
    output: Path | None
    """The folder or file (for one page, the stream it goes into: `-o /dev/null`, a FIFO); None for stdout."""
    corpus: str | None
    """The kind of the one corpus input (jsonl, warc, parquet); None for pages and folders."""


def record_format_of(output: str) -> str | None:
    """jsonl or parquet when ``output``'s name says so (under a compression suffix)."""
    return RECORD_SUFFIXES.get(Path(inner_name(Path(output).name)).suffix.lower())


def plan_run(kinds: list[str], output: str | None, fmt: str | None, *, stdin: bool = False) -> Plan:
    """The plan for inputs of ``kinds`` (each "page", "folder", "jsonl",
    "warc" or "parquet"), ``-o output`` and ``--format fmt``; with ``stdin``,
    the one input is stdin, and its output goes to stdout unless -o says
    otherwise; so does one page file's without -o (or with `-o -`), or into
    the stream -o names (`/dev/null`, a FIFO: `is_stream`)."""
    if output == "":  # pathlib reads it as `.`: the current folder
        raise PlanError(f"-o: {EMPTY_PATH}")
    if output not in (None, STDOUT):
        refuse_unmakeable(output, unwritten_compression=True)
    corpora = [kind for kind in kinds if kind in ("jsonl", "warc", "parquet")]
    if stdin and len(kinds) > 1:
        raise PlanError("`-` (stdin) cannot be combined with other inputs")
    if corpora and len(kinds) > 1:
        raise PlanError("a JSONL, WARC or Parquet corpus is cleaned one at a time, without other inputs")
    corpus = corpora[0] if corpora else None
    named = record_format_of(output) if output not in (None, STDOUT) else None
    if fmt is None and not named and corpus and output not in (None, STDOUT) and not is_stream(output):
        # `-o out` for a corpus: a file named out, or a folder? Neither is assumed.
        # A folder's name given as one (`-o cj/`) suggested `cj/.jsonl`, a hidden file inside it.
        named_file = f"{output.rstrip('/') or output}.{'parquet' if corpus == 'parquet' else 'jsonl'}"
        raise PlanError(f"a {corpus} corpus is cleaned into one file of records: name it (-o {named_file}), "
                        "or give --format text for a folder of files")
    if fmt is None:
        fmt = named or {"jsonl": "jsonl", "warc": "jsonl", "parquet": "parquet"}.get(corpus or "", "text")
    if fmt in RECORD_FORMATS:
        return Plan(fmt, _records_file(output, fmt, named, stdin=stdin), corpus)
    if named:
        raise PlanError(f"-o {output} names a {named} file, but --format {fmt} writes a folder "
                        f"of files; use --format {named} for one file")
    stream = Path(output) if output not in (None, STDOUT) and is_stream(output) else None
    if stdin and corpus is None:
        if output not in (None, STDOUT) and stream is None:
            raise PlanError("a page on stdin is cleaned to stdout (or into a stream: -o /dev/null, a FIFO); leave "
                            "out -o (or give --format jsonl to write it as a record into a file)")
        return Plan(fmt, stream, None)
    if kinds == ["page"] and (output in (None, STDOUT) or stream):  # one page file, as one on stdin: to stdout
        return Plan(fmt, stream, None)                               # or into the stream -o names
    return Plan(fmt, _folder(output, fmt, one_page=kinds == ["page"]), corpus)


def is_stream(output: str) -> bool:
    """A FIFO or a device (`-o /dev/stdout`, `-o >(zstd > out.zst)`): a corpus's records are written into it
    as a stream, whatever its name says (it was told to name it `/dev/stdout.jsonl`), and so is one page."""
    if descriptor_named(output) is not None:  # `/dev/stdout` sent into a file by the shell: stdout all the same
        return True
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _records_file(output: str | None, fmt: str, named: str | None, *, stdin: bool) -> Path | None:
    if output is None and not stdin:
        # Parquet is never written to stdout: suggested, `-o -` was then refused.
        raise PlanError(f"--format {fmt} writes one file: give it with -o"
                        + (" FILE.parquet" if fmt == "parquet" else " (or -o - for stdout)"))
    if output in (None, STDOUT):
        if fmt == "parquet":
            raise PlanError("Parquet is written to a file, not to stdout: give -o FILE.parquet")
        return None
    assert output is not None
    path = Path(output)
    if output.endswith(("/", "\\")) or path.is_dir():
        raise PlanError(f"--format {fmt} writes one file, and {output} is a folder; "
                        f"give a file name, e.g. -o {path / ('cleaned.' + fmt)}")
    if named and named != fmt:
        raise PlanError(f"-o {output} names a {named} file, but --format is {fmt}")
    if fmt == "parquet" and compression_for_name(path):
        raise PlanError(f"-o {output}: Parquet compresses its own columns; leave out the {path.suffix}")
    return path


def refuse_unmakeable(output: str | Path, *, unwritten_compression: bool = False) -> None:
    """PlanError when ``-o output`` can never be made: a name in it too long for any file system, a file (or a link
    to nothing) where a folder above it would be, or, with ``unwritten_compression``, a name that says a compression
    no output is written in. `cleaner clean`'s -o, `report -o` and `learn -o` are checked so."""
    if too_long := name_too_long(output):
        raise PlanError(f"-o {output}: {too_long}")
    if unwritten_compression:
        _refuse_unwritten_compression(str(output))
    refuse_a_file_above(output)


def refuse_a_file_above(output: str | Path) -> None:
    """PlanError when the nearest path above ``output`` that is there is no folder (`-o notes.txt/sub`): nothing
    can be made under it, which a run said as it began, or once its work was done, exit 1, as of a full disk."""
    for above in Path(output).parents:
        if dead := dead_link(above):  # mkdir's reason, "File exists", said nothing of the link
            raise PlanError(f"-o {output}: {above} is {dead}: nothing can be written under it")
        if above.exists():
            if not above.is_dir():
                what = "a file" if above.is_file() else file_type(above.stat().st_mode)  # `-o /dev/null/x`
                raise PlanError(f"-o {output}: {above} is {what}, not a folder: nothing can be written under it")
            return


def _refuse_unwritten_compression(output: str) -> None:
    """PlanError when ``output``'s name says a compression or archive that no output is written in (`out.jsonl.lz4`):
    it held plain JSONL, or was a folder, under that name. A stream (a FIFO into `lz4`) or a folder so named is
    written into."""
    kind = UNWRITTEN_COMPRESSIONS.get(Path(output).suffix.lower())
    if kind is not None and not is_stream(output) and not Path(output).is_dir():
        raise PlanError(f"-o {output}: {kind} is not written (.gz, .zst, .bz2 or .xz are), and the output would not be "
                        f"what its name says: compress it afterwards")


def compressed_report_name(path: Path) -> str | None:
    """Why a report (`--report`, `cleaner report -o`) cannot go to ``path``: its name says a compression
    (`report.json.gz`), and a report is written as it is: it was, under that name. None when it can (a stream
    is written into whatever its name)."""
    compression = compression_for_name(path)
    kind = compression.name if compression is not None else UNWRITTEN_COMPRESSIONS.get(path.suffix.lower())
    if kind is None or is_stream(str(path)):
        return None
    return f"{path}: a report is written uncompressed, and this name says {kind}; leave out the {path.suffix}"


FILE_SUFFIXES = frozenset(FORMATS[name].suffix for name in FORMATS) | HTML_SUFFIXES | TEXT_SUFFIXES
"""Suffixes that name a file of a page (`-o body.txt`), not a folder of them."""


def _folder(output: str | None, fmt: str, *, one_page: bool) -> Path:
    if output is None:
        raise PlanError(f"--format {fmt} writes a folder of files: give it with -o FOLDER")
    if output == STDOUT:
        raise PlanError(f"--format {fmt} writes a folder of files, not stdout; "
                        "use --format jsonl for records on stdout")
    path = Path(output)
    if path.exists() and not path.is_dir():
        what = "a file" if path.is_file() else file_type(path.stat().st_mode)  # `-o /dev/null` for a folder
        raise PlanError(f"output {output} is {what}, but --format {fmt} writes a folder of files")
    if path.suffix.lower() in FILE_SUFFIXES and not path.is_dir():  # a folder of that name was made, its page inside
        raise PlanError(f"-o {output} names a file, but --format {fmt} writes a folder of files, one per document: "
                        + ("leave out -o to write the page to stdout (> " + output + ")" if one_page
                           else "name a folder, or give --format jsonl for one file of records"))
    compression = compression_for_name(path)
    if compression is not None and not path.is_dir():  # a folder of that name was made, holding uncompressed pages
        raise PlanError(f"-o {output} names a {compression.name}-compressed file, but --format {fmt} writes a folder "
                        f"of files: name a folder, or give --format jsonl for one compressed file of records")
    return path
