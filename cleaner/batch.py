"""Cleaning files: find inputs, clean each into its output, written atomically."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import regex

from . import __version__
from .document import FORMATS, kind_of
from .pipeline import Cleaner
from .run import Outcome, RunOptions, clean_document, cleaner_for

FILE_FORMATS = ("text", "json")
"""The output formats a file can be cleaned into (keys of document.FORMATS)."""
# What write_atomic's temporary files look like: `.<name>.<8 random chars>.tmp`.
_TEMPORARY_NAME = regex.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


@dataclass(frozen=True)
class Job:
    source: Path
    relative: Path
    """Path of the input relative to the argument it was found under."""
    claimed_by: Path | None = None
    """An earlier input whose output has the same name, if any: this one is refused."""


def find_inputs(paths: Sequence[Path]) -> Iterator[Job]:
    """Every file under ``paths`` (folders recursively, sorted, hidden skipped),
    streamed: only one folder's listing is held at a time.

    Two inputs can map to one output (``a.txt`` and ``a.html`` both give
    ``a.txt``); the first in walk order claims it, later ones carry
    ``claimed_by``. Claims are worked out from the folder being walked and
    the same folder under earlier arguments, so no list of all outputs is kept.
    """
    for index, path in enumerate(paths):
        earlier = paths[:index]
        if not path.is_dir():
            yield _claim(_claims(earlier, Path(".")), Job(path, Path(path.name)))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            relative_dir = Path(root).relative_to(path)
            claims = _claims(earlier, relative_dir)
            for name in sorted(files):
                if not name.startswith("."):
                    yield _claim(claims, Job(Path(root) / name, relative_dir / name))


def _claims(earlier: Sequence[Path], relative_dir: Path) -> dict[str, Path]:
    """Output stem -> the first input of earlier arguments that maps to it in ``relative_dir``."""
    claims: dict[str, Path] = {}
    for path in earlier:
        if not path.is_dir():
            if relative_dir == Path("."):
                claims.setdefault(path.stem, path)
            continue
        folder = path / relative_dir
        if folder.is_dir():
            for name in sorted(os.listdir(folder)):
                if not name.startswith(".") and (folder / name).is_file():
                    claims.setdefault(Path(name).stem, folder / name)
    return claims


def _claim(claims: dict[str, Path], job: Job) -> Job:
    owner = claims.setdefault(job.relative.stem, job.source)
    return job if owner == job.source else Job(job.source, job.relative, claimed_by=owner)


def output_path(outdir: Path, job: Job, fmt: str) -> Path:
    return outdir / job.relative.with_suffix(FORMATS[fmt].suffix)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it.
_UMASK = _current_umask()


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text stream onto a temporary file in ``path``'s folder, renamed into
    place when the block ends without error, so a killed run never leaves a
    truncated output (only a hidden `.*.tmp` file, see remove_stale_temporaries)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    # mkstemp makes the file private (0600); outputs get the usual mode.
    os.chmod(temporary, 0o666 & ~_UMASK)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str) -> None:
    with atomic_output(path) as stream:
        stream.write(content)


def remove_stale_temporaries(outdir: Path, *, only: str | None = None) -> int:
    """Delete the temporary files a killed run left under ``outdir`` (only
    those of the output file named ``only``, when given); return how many."""
    removed = 0
    for root, _dirs, files in os.walk(outdir):
        for name in files:
            if _TEMPORARY_NAME.match(name) and (only is None or name.startswith(f".{only}.")):
                Path(root, name).unlink(missing_ok=True)
                removed += 1
        if only is not None:
            break
    return removed


RUN_STAMP = ".cleaner-run"
"""Written in an output folder: what its outputs were made with, so that
--resume does not keep outputs that other rules or options made."""


def run_stamp(cleaner: Cleaner, *, fmt: str, url: str | None, outlet: str | None) -> dict[str, str | None]:
    """What decides a folder's outputs besides the inputs: the cleaner's
    version, the rule files' contents and the options."""
    rules = hashlib.sha256()
    for rule_file in sorted(cleaner.rules.files, key=lambda f: f.id):
        rules.update(f"{rule_file.id}\0".encode())
        try:
            rules.update(Path(rule_file.path).read_bytes())
        except OSError:  # loaded a moment ago; gone now: its id stands for it
            pass
    return {"cleaner": __version__, "rules": rules.hexdigest(), "format": fmt, "url": url, "outlet": outlet}


def stamp_differences(outdir: Path, stamp: dict[str, str | None]) -> list[str]:
    """The settings in which the stamp recorded in ``outdir`` differs from
    ``stamp``; none when the folder has no readable stamp (nothing to go by)."""
    try:
        recorded = json.loads((outdir / RUN_STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(recorded, dict):
        return []
    return [key for key, value in stamp.items() if recorded.get(key) != value]


def is_up_to_date(source: Path, output: Path) -> bool:
    """The output exists and was written after the input last changed."""
    try:
        return output.stat().st_mtime_ns > source.stat().st_mtime_ns
    except FileNotFoundError:
        return False


def clean_file(options: RunOptions, job: Job) -> Outcome:
    """Clean one file into its output under ``options.outdir`` (the work a
    worker does for a folder); failures are returned, never raised."""
    assert options.outdir is not None
    source = str(job.source)
    output = output_path(options.outdir, job, options.fmt)
    if job.claimed_by:
        return Outcome(source, error=f"output {output} already written from {job.claimed_by}")
    if options.resume and is_up_to_date(job.source, output):
        return Outcome(source, up_to_date=True)
    try:
        data = job.source.read_bytes()
    except OSError as exc:
        return Outcome(source, error=str(exc))
    outcome = clean_document(cleaner_for(options), data, source, kind=kind_of(job.source.name), fmt=options.fmt,
                             url=options.url, outlet=options.outlet)
    if outcome.output is not None:
        try:
            write_atomic(output, outcome.output)
        except OSError as exc:
            return Outcome(source, error=str(exc))
        outcome.output = None  # written: not sent back from the worker
    return outcome


def overlap_error(inputs: Sequence[Path], outdir: Path) -> str | None:
    """Refuse an output folder inside an input folder, or the reverse."""
    out = outdir.resolve()
    for path in inputs:
        source = path.resolve()
        if path.is_dir() and (out == source or source in out.parents):
            return f"output folder {outdir} is inside input folder {path}"
        if out in source.parents:
            return f"input {path} is inside output folder {outdir}"
    return None
