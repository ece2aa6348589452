"""Outputs written atomically: whole, or not at all."""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import regex

from .files import descriptor_named

# What atomic_binary_output's temporary files look like: `.<name, cut to fit>.cleaner-<8 random chars>.tmp`;
# the mark tells them from a user's own `.notes.20261128.tmp`, which a run must not delete.
_TEMPORARY_MARK = "cleaner-"
_TEMPORARY_NAME = regex.compile(rf"^\..+\.{_TEMPORARY_MARK}[a-z0-9_]{{8}}\.tmp$")
# Bytes of an output's name kept in its temporary's: the rest of the 255 a
# file name may have are the dots, the mark, the random part and `.tmp`.
_TEMPORARY_NAME_BYTES = 255 - 14 - len(_TEMPORARY_MARK)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it.
_UMASK = _current_umask()


def _temporary_prefix(name: str) -> str:
    """The start of the temporary file names for output ``name``: short
    enough that a name of up to 255 bytes still has a temporary."""
    cut = os.fsencode(name)[:_TEMPORARY_NAME_BYTES]
    return f".{os.fsdecode(cut)}.{_TEMPORARY_MARK}"


@contextmanager
def atomic_binary_output(path: Path, *, streams: bool = True, durable: bool = False) -> Iterator[IO[bytes]]:
    """A stream onto a temporary file in ``path``'s folder, renamed into
    place when the block ends without error, so a killed run never leaves a
    truncated output (only a hidden `.*.tmp` file, see remove_stale_temporaries).
    The temporary is locked while it is written, so that another run into
    the same folder knows it is not stale.

    A path that is no regular file (a FIFO, `/dev/stdout`, `/dev/null`, or
    a link to one) is written into as a stream, as `>` would: renamed over,
    it would be replaced by a file, for every process (by root, `/dev/stdout`
    itself); and so is a name of an open file descriptor (`/dev/stdout`, `/dev/fd/1`) that leads to a
    regular file (stdout sent into a file by the shell), through the descriptor itself: that file is
    neither replaced nor emptied (`>>`). A link to a regular file is replaced, never written through:
    in an output folder, it could lead to an input. Without ``streams`` (an output folder's outputs, which
    the run names, not the user), a path that is no regular file, but a folder, is replaced too: a FIFO
    there held the run forever, waiting for a reader, and a link to /dev/null took the output.

    ``durable``: the file's bytes reach the disk before it is renamed into place, and the rename before
    the block ends (fsync of the file, then of its folder): after a power cut, the output is whole or
    the one that was there, never a name over empty or cut bytes that a `--resume` would take as done.
    Some milliseconds a file: for the files a user names (a corpus's records, a rule file), not for
    each page of an output folder or a cache."""
    descriptor = descriptor_named(path) if streams else None
    if descriptor is not None:  # `/dev/stdout`, whatever it leads to: written into as `-o -` is, never replaced
        number, name = descriptor
        with os.fdopen(os.dup(number), "wb") if number is not None else open(name, "ab") as stream:
            yield stream
        return
    try:
        kind = os.stat(path).st_mode
    except OSError:  # not there (or a broken link): made
        kind = None
    if kind is not None and not stat.S_ISREG(kind) and (streams or stat.S_ISDIR(kind)):
        with open(path, "wb") as stream:
            yield stream
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where its folder would be: mkdir's own reason, "File exists", misled
        try:
            os.stat(path.parent)  # a link there that loops or leads nowhere: its own reason
        except OSError as exc:
            raise exc from None
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from None
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path.name), suffix=".tmp")
    fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed or this process dies
    # mkstemp makes the file private (0600); outputs get the usual mode.
    os.chmod(temporary, 0o666 & ~_UMASK)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        if durable:  # through a descriptor of its own: a writer (pyarrow's) may have closed the stream
            _sync(temporary)
        os.replace(temporary, path)
        if durable:
            _sync(path.parent)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _sync(path: str | Path) -> None:
    """Make a file's bytes, or a folder's renames, reach the disk."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_atomic(path: Path, content: str, *, streams: bool = True, durable: bool = False) -> None:
    """Write ``content`` as UTF-8; a lone surrogate (a cut emoji a JSONL record
    held as `\\ud83d`) is written as that escape, which UTF-8 cannot hold. ``streams``
    and ``durable``: as `atomic_binary_output` takes them."""
    with atomic_binary_output(path, streams=streams, durable=durable) as stream:
        write_whole(stream, content.encode("utf-8", "backslashreplace"))


def write_whole(stream: IO[bytes], data: bytes) -> None:
    """Write all of ``data``. Into a pipe whose reader has gone, a large write
    can take a part and return its count, with no error: Python's buffered
    streams (stdout) then lose the rest in silence. Writing on makes the
    closed pipe an error (BrokenPipeError)."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view):]


STOPPING_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
"""Why an output is not written that every later one would meet too (a full
disk, a spent quota, a file system made read-only): the run stops."""


def not_written(path: Path, exc: OSError) -> str:
    """Why output ``path`` was not written, in one line: the path asked for,
    not its temporary file's, and the system's reason without its number."""
    return f"output {path} not written: {exc.strerror or exc}"


def remove_stale_temporaries(outdir: Path, *, only: str | None = None, recursive: bool = True) -> int:
    """Delete the temporary files a killed run left under ``outdir`` (in it
    alone, not its subfolders, unless ``recursive``; only those of the output
    file named ``only``, in it alone, when given); return how many. A
    temporary that a running process is writing is locked and kept."""
    removed = 0
    for root, _dirs, files in os.walk(outdir):
        for name in files:
            if _TEMPORARY_NAME.match(name) and (only is None or name.startswith(_temporary_prefix(only))):
                removed += _remove_if_unlocked(Path(root, name))
        if only is not None or not recursive:
            break
    return removed


def _remove_if_unlocked(temporary: Path) -> int:
    try:
        handle = os.open(temporary, os.O_RDONLY)
    except OSError:
        return 0
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # its writer is alive
        return 0
    else:
        temporary.unlink(missing_ok=True)
        return 1
    finally:
        os.close(handle)
