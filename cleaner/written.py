"""The outputs a run put into its output folder, checked at its end: a subfolder deleted or moved during
the run (`rm -r out/2024`) took with it outputs counted as cleaned, and nothing else would say so (the
folder's own record, `.cleaner-run`, tells only of the folder itself)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NamedTuple

from .run import printable

SPOOL_BYTES = 1 << 22
"""Of the record of outputs, held in memory (some 40,000 outputs); the rest goes to a temporary file, so that a
run of millions of files holds none of their names."""
_READ_BYTES = 1 << 16


class LostOutput(NamedTuple):
    """An output written (or found up to date) during the run, and not in the output folder at its end."""

    source: str
    """Its input, as the run named it."""
    up_to_date: bool
    """Found up to date by --resume, not written by this run."""
    reason: str


class WrittenOutputs:
    """Each output of the run in ``outdir`` (its path there, and its input), kept in a spooled temporary file as
    the outcomes come."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self._log: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (held for the run)
        self.unrecorded: str | None = None
        """Why some outputs could not be recorded (no room for the temporary file): they are not checked."""

    def add(self, source: str, name: str, *, up_to_date: bool) -> None:
        """Record output ``name`` (its path in the output folder) of input ``source``. File names hold no NUL:
        it ends each field, whatever else they hold (a line break)."""
        if self.unrecorded is not None:  # a record cut by the error ends the log
            return
        try:
            self._log.write(b"%s\0%s\0%s\0" % (os.fsencode(source), os.fsencode(name), b"u" if up_to_date else b"c"))
        except OSError as exc:
            self.unrecorded = exc.strerror or str(exc)

    def lost(self) -> Iterator[LostOutput]:
        """The outputs recorded that are not in the output folder now, in the order they came. They come folder by
        folder (in walk order), and each folder is listed once for them, not each looked up (on NFS, a round trip
        each): one folder's names are held at a time, as the walk holds them."""
        self._log.seek(0)
        fields = _fields(self._log)
        folder: Path | None = None
        names: set[str] | None = set()  # the names in ``folder``; None where it cannot be listed (not a loss)
        with_folder: Path | None = None  # the folder above it that went with it, when ``folder`` is gone
        # Not strict: a record cut short by an error writing it (`unrecorded`) is left out.
        for source, name, kind in zip(fields, fields, fields, strict=False):
            path = self.outdir / os.fsdecode(name)
            if path.parent != folder:
                folder, (names, with_folder) = path.parent, _listing(self.outdir, path.parent)
            # Not listed by its name, looked up: a file system may list it otherwise (HFS+ decomposes accents).
            if names is None or path.name in names or _there(path):
                continue
            reason = (f"its output is not in {printable(str(folder))} any more: deleted or moved during the run, "
                      "after it was written" if with_folder is None else
                      f"its output went with {printable(str(with_folder))}, deleted or moved during the run after "
                      "the output was written")
            yield LostOutput(os.fsdecode(source), kind == b"u", f"{reason} (--resume remakes it)")

    def close(self) -> None:
        self._log.close()


def _fields(log: IO[bytes]) -> Iterator[bytes]:
    """The NUL-ended fields of ``log``, read a block at a time."""
    rest = b""
    while block := log.read(_READ_BYTES):
        *whole, rest = (rest + block).split(b"\0")
        yield from whole


def _listing(outdir: Path, folder: Path) -> tuple[set[str] | None, Path | None]:
    """The names in ``folder`` (None when it cannot be listed: its mode changed, the outputs in it may be there)
    and, when it is gone, the highest folder up to ``outdir`` (not included) that went with it."""
    try:
        return set(os.listdir(folder)), None
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError:
        return None, None
    while folder.parent != outdir and not folder.parent.is_dir():
        folder = folder.parent
    return set(), folder


def _there(path: Path) -> bool:
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:  # cannot be looked at: no loss to say
        return True
    return True
