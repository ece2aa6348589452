"""Cleaning files: find inputs, read and decode them, write outputs atomically,
and add up what a run did."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

import regex

from . import __version__
from .decode import DecodeError, decode_bytes, looks_like_html
from .model import Explanation
from .outlets import RuleTimeout
from .pipeline import Cleaner

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Suffixes that say "text"; anything else is sniffed.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
FORMAT_SUFFIXES = {"text": ".txt", "json": ".json"}
# What write_atomic's temporary files look like: `.<name>.<8 random chars>.tmp`.
_TEMPORARY_NAME = regex.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


@dataclass(frozen=True)
class Job:
    source: Path
    relative: Path
    """Path of the input relative to the argument it was found under."""
    claimed_by: Path | None = None
    """An earlier input whose output has the same name, if any: this one is refused."""


@dataclass
class Outcome:
    """What cleaning one file or one record did; failures are carried, never raised."""

    source: str
    error: str | None = None
    up_to_date: bool = False
    """Skipped by --resume: the output exists and is newer than the input."""
    bytes_in: int = 0
    """Size of the input, counted only when it was cleaned (so is bytes_out)."""
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    record: str | None = None
    """For a JSONL record: its output line."""

    def count(self, explanation: Explanation) -> None:
        self.chars_in = sum(len(d.block.text) for d in explanation.decisions)
        self.chars_out = self.chars_in - sum(len(d.block.text) for d in explanation.decisions if not d.kept)
        self.removed = explanation.removed_counts


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
    return outdir / job.relative.with_suffix(FORMAT_SUFFIXES[fmt])


def explain_bytes(cleaner: Cleaner, data: bytes, *, name: str = "", url: str | None = None,
                  outlet: str | None = None, with_metadata: bool = True) -> Explanation:
    """Decode ``data`` and clean it on the HTML or text path.

    The suffix of ``name`` decides; where it says nothing, the content does.
    HTML metadata costs extra extraction time: ask for it only when it is written.
    """
    text = decode_bytes(data)
    suffix = Path(name).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text))
    if is_html:
        return cleaner.explain_html(text, url=url, outlet=outlet, with_metadata=with_metadata)
    return cleaner.explain(text, url=url, outlet=outlet)


def render_output(explanation: Explanation, fmt: str, source: str) -> str:
    if fmt == "text":
        return explanation.text
    record = {
        "source": source,
        "text": explanation.text,
        "metadata": asdict(explanation.metadata),
        "outlet": explanation.outlet,
        "language": explanation.language,
        "removed": dict(sorted(explanation.removed_counts.items())),
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


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


def clean_file(cleaner: Cleaner, job: Job, output: Path, *, fmt: str = "text", url: str | None = None,
               outlet: str | None = None, resume: bool = False) -> Outcome:
    """Clean one file into ``output``; failures are returned, never raised."""
    result = Outcome(str(job.source))
    if job.claimed_by:
        result.error = f"output {output} already written from {job.claimed_by}"
        return result
    if resume and is_up_to_date(job.source, output):
        result.up_to_date = True
        return result
    try:
        data = job.source.read_bytes()
        explanation = explain_bytes(cleaner, data, name=job.source.name, url=url, outlet=outlet,
                                    with_metadata=fmt != "text")
        content = render_output(explanation, fmt, str(job.source))
        write_atomic(output, content)
    except DecodeError as exc:
        result.error = f"skipped: {exc}"
    except (OSError, RuleTimeout) as exc:
        result.error = str(exc)
    else:
        result.bytes_in = len(data)
        result.bytes_out = len(content.encode("utf-8"))
        result.count(explanation)
    return result


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


@dataclass
class RunReport:
    """Totals of a run: what `--report` writes and the summary line says."""

    unit: str
    """"files" or "records"."""
    cleaned: int = 0
    up_to_date: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    rule_file_errors: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def add(self, outcome: Outcome) -> None:
        if outcome.error:
            self.failures.append((outcome.source, outcome.error))
        elif outcome.up_to_date:
            self.up_to_date += 1
        else:
            self.cleaned += 1
        self.bytes_in += outcome.bytes_in
        self.bytes_out += outcome.bytes_out
        self.chars_in += outcome.chars_in
        self.chars_out += outcome.chars_out
        self.removed.update(outcome.removed)

    @property
    def removed_share(self) -> float:
        return 1 - self.chars_out / self.chars_in if self.chars_in else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            self.unit: {
                "total": self.cleaned + self.up_to_date + len(self.failures),
                "cleaned": self.cleaned,
                "up_to_date": self.up_to_date,
                "failed": len(self.failures),
            },
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "removed_share": round(self.removed_share, 4),
            "removed_blocks": dict(self.removed.most_common()),
            "failures": [{"source": source, "reason": reason} for source, reason in self.failures],
            "rule_file_errors": self.rule_file_errors,
            "seconds": round(time.monotonic() - self.started, 3),
        }
