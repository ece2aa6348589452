"""Cleaning files: find inputs, read and decode them, write outputs atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .decode import DecodeError, decode_bytes, looks_like_html
from .outlets import RuleTimeout
from .pipeline import Cleaner, Explanation

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Suffixes that say "text"; anything else is sniffed.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
FORMAT_SUFFIXES = {"text": ".txt", "json": ".json"}


@dataclass(frozen=True)
class Job:
    source: Path
    relative: Path
    """Path of the input relative to the argument it was found under."""


@dataclass
class FileResult:
    source: Path
    output: Path | None = None
    error: str | None = None
    chars_in: int = 0
    chars_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)


def find_inputs(paths: Sequence[Path]) -> Iterator[Job]:
    """Every file under ``paths`` (folders recursively, sorted, hidden skipped)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        source = Path(root) / name
                        yield Job(source, source.relative_to(path))
        else:
            yield Job(path, Path(path.name))


def output_path(outdir: Path, job: Job, fmt: str) -> Path:
    return outdir / job.relative.with_suffix(FORMAT_SUFFIXES[fmt])


def explain_bytes(cleaner: Cleaner, data: bytes, *, name: str = "", url: str | None = None,
                  outlet: str | None = None) -> Explanation:
    """Decode ``data`` and clean it on the HTML or text path.

    The suffix of ``name`` decides; where it says nothing, the content does.
    """
    text = decode_bytes(data)
    suffix = Path(name).suffix.lower()
    is_html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text))
    if is_html:
        return cleaner.explain_html(text, url=url, outlet=outlet)
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


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file in the same folder and rename it into
    place, so a killed run never leaves a truncated output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def clean_file(cleaner: Cleaner, job: Job, output: Path, *, fmt: str = "text",
               url: str | None = None, outlet: str | None = None) -> FileResult:
    """Clean one file into ``output``; failures are returned, never raised."""
    result = FileResult(job.source)
    try:
        data = job.source.read_bytes()
        explanation = explain_bytes(cleaner, data, name=job.source.name, url=url, outlet=outlet)
        write_atomic(output, render_output(explanation, fmt, str(job.source)))
    except DecodeError as exc:
        result.error = f"skipped: {exc}"
    except (OSError, RuleTimeout) as exc:
        result.error = str(exc)
    else:
        result.output = output
        result.chars_in = sum(len(d.block.text) for d in explanation.decisions)
        result.chars_out = result.chars_in - sum(len(d.block.text) for d in explanation.decisions if not d.kept)
        result.removed = explanation.removed_counts
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
