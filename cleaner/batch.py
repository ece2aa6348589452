"""Cleaning files: find inputs, clean each into its output, written atomically.

A compressed page (`story.html.gz`) is read as the page it holds, and its
output named after that page (`story.txt`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import time
from collections.abc import Iterator, Sequence
from itertools import chain
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, NamedTuple

from . import __version__
from .atomic import STOPPING_ERRORS, not_written, write_atomic
from .cache import KeptJson
from .compression import CompressionError, decompress, inner_name, opened_for_reading
from .corpus import (STREAM_LOOK_AHEAD, corpus_kind, holds_json_document, holds_json_lines,
                     holds_jsonl_on_a_stream, records_ended_by_cr)
from .document import FORMATS, Kind, kind_of
from .errors import DocumentError
from .files import (file_type, fitted_name, folded_name, folders_holding, identity, not_regular, real_path,
                    twin_name)
from .pipeline import Cleaner
from .records import PAGE_ID_FIELD, page_id
from .run import (MAX_INPUT_BYTES, Outcome, RunOptions, RunStopped, clean_document, cleaner_for, failed_outcome,
                  printable)


class InputError(DocumentError):
    """An input file that is not there to be cleaned: not a regular file, too large, unreadable."""


@dataclass(frozen=True)
class Job:
    """One input file to clean, and where its output goes."""

    source: Path
    relative: Path
    """Path of the input relative to the argument it was found under."""
    claimed_by: Path | None = None
    """An earlier input whose output has the same name, if any: this one waits
    for it, and is cleaned only if it fails (see `defer_claimed`)."""
    output_stem: str | None = None
    """Its output's stem when not its own (`story~0123456789ab` for `story.txt`): an earlier input's
    output stem is equal to its own but for case or Unicode normalisation (`Story.txt`), one file on
    the file systems that ignore them (`files.twin_name`)."""
    output_folder: Path | None = None
    """Where in the output folder its output goes when not in ``relative``'s folder: a folder on its way is
    named as an earlier one beside it but for case or Unicode normalisation (`_OutputFolders`)."""
    problem: str | None = None
    """Why this entry of a folder cannot be cleaned (a folder that cannot be
    read, a link to a folder): it fails with this reason."""
    data: bytes | None = None
    """The page of an input given as a stream (a FIFO, a device), read by the command: a worker could not
    open it again. Never up to date for --resume: its content is known only as it is read."""

    def failed(self, options: RunOptions, reason: str) -> Outcome:
        """This input failed for ``reason``: in a record format, its record (its id) keeps its row."""
        return failed_outcome(str(self.source), reason, options, {PAGE_ID_FIELD: page_id(self.relative.as_posix())})


class Repeat(NamedTuple):
    """An input given more than once: a repeated argument, a file or folder
    inside a folder also given, or that folder given after it. It is
    cleaned once, where it comes first in walk order, and left out here."""

    path: Path
    """The argument left out, as given (or the earlier argument met again inside a later folder)."""
    within: Path | None = None
    """The folder argument that holds it too; None when it is the same argument given again."""

    def message(self) -> str:
        within = f" (inside {printable(str(self.within))} too)" if self.within else ""
        return f"{printable(str(self.path))}: given more than once{within}; cleaned once"


def _identity(path: Path) -> Path:
    """Where ``path`` is, to know it given twice (`a.txt`, `./a.txt`, its
    absolute path): a folder's real path, a file's name in its folder's real
    path (a link is an input of its own name, as the walk sees it)."""
    return real_path(path) if path.is_dir() else real_path(path.parent) / path.name


class _Argument(NamedTuple):
    """A path given on the command line, as the walk takes it."""

    path: Path
    is_dir: bool
    repeat: Repeat | None
    """Set when an earlier argument covers this one: it is left out."""
    given: frozenset[Path]
    """For a folder: the identities of earlier arguments inside it, left out of its walk."""


def _arguments(paths: Sequence[Path]) -> tuple[list[_Argument], list[Repeat]]:
    """The arguments, and the inputs given more than once, in one pass: a
    file argument costs a look-up, not a comparison with every earlier one
    (a shell glob gives thousands)."""
    arguments: list[_Argument] = []
    repeats: list[Repeat] = []
    seen: dict[Path, Path] = {}  # identity -> the argument first given there
    folders: dict[Path, Path] = {}  # identity -> folder argument
    for path in paths:
        identity, is_dir = _identity(path), path.is_dir()
        holder = next((folders[parent] for parent in identity.parents if parent in folders), None)
        repeat = Repeat(path) if identity in seen else Repeat(path, within=holder) if holder else None
        given: frozenset[Path] = frozenset()
        if repeat is None and is_dir:
            inside = {earlier: first for earlier, first in seen.items() if identity in earlier.parents}
            repeats.extend(Repeat(first, within=path) for first in inside.values())
            given = frozenset(inside)
            folders[identity] = path
        if repeat is None:
            seen[identity] = path
        else:
            repeats.append(repeat)
        arguments.append(_Argument(path, is_dir, repeat, given))
    return arguments, repeats


def repeated_inputs(paths: Sequence[Path]) -> list[Repeat]:
    """The arguments, or parts of folder arguments, that an earlier argument already covers."""
    return _arguments(paths)[1]


def find_inputs(paths: Sequence[Path], hidden: list[Path] | None = None, suffix: str | None = None) -> Iterator[Job]:
    """Every file under ``paths`` (folders recursively, sorted), streamed:
    only one folder's listing is held at a time. Hidden files and folders
    (a name starting with `.`: .git, .DS_Store, editors' and our temporary
    files) are skipped and added to ``hidden``; a folder that cannot be read
    and a link to a folder (not followed: it could loop or repeat a tree)
    come out as Jobs with a ``problem``. An input given more than once
    (`repeated_inputs`) comes out once, the first time.

    Two inputs can map to one output (``a.txt`` and ``a.html`` both give
    ``a.txt``); the first in walk order claims it, later ones carry
    ``claimed_by``. Two outputs alike but for case or Unicode normalisation
    (``Story.txt``, ``story.txt``) are one file on some file systems: the
    later gets an ``output_stem`` of its own (`files.twin_name`), and so do
    folders (`_OutputFolders`); so does a folder named as a page's output
    beside it, of ``suffix`` (`a.txt/` beside `a.html`; None: the outputs
    are no files). Claims are worked out from the folder being
    walked and the same folder under earlier arguments, so no list of all
    outputs is kept: in a folder, only the output names of the files whose
    names the current one starts with, and of those spelt two ways (`_Claims`).
    """
    arguments = _arguments(paths)[0]
    earlier: list[_Argument] = []  # the arguments walked so far
    top_claims: _Owners | None = {}  # the top level's claims for file arguments; None: to be made again
    for argument in arguments:
        path = argument.path
        if argument.repeat is not None:
            continue
        if not argument.is_dir:
            if top_claims is None:  # a folder argument was walked since: its top level claims too
                top_claims = _claims(earlier, Path("."), [argument for argument in earlier if argument.is_dir])
            yield _claim(top_claims, Job(path, Path(path.name)))
            earlier.append(argument)
            continue
        unreadable: list[OSError] = []
        others = [other for other in arguments if other is not argument and other.repeat is None]
        folders = _OutputFolders(earlier, others, suffix)
        for root, dirs, files in os.walk(path, onerror=unreadable.append):
            for error in unreadable:
                yield _refused(path, Path(error.filename), f"folder not read: {error.strerror}")
            unreadable.clear()
            if hidden is not None:
                hidden.extend(Path(root) / name for name in sorted(dirs + files) if name.startswith("."))
            real_root = Path(root).resolve() if argument.given else Path(root)
            visible = sorted(d for d in dirs if not d.startswith(".") and real_root / d not in argument.given)
            dirs[:] = [d for d in visible if not os.path.islink(os.path.join(root, d))]
            for name in visible:
                if name not in dirs:
                    yield _refused(path, Path(root) / name, "a link to a folder, not followed (clean its target)")
            relative_dir = Path(root).relative_to(path)
            names = [name for name in sorted(files)
                     if not name.startswith(".") and real_root / name not in argument.given]
            folder = folders.enter(relative_dir, dirs, names)
            claims = _Claims(_claims(earlier, relative_dir, folder.walked_by), names)
            for name in names:
                yield claims.claim(Job(Path(root) / name, relative_dir / name,
                                       output_folder=None if folder.output == relative_dir else folder.output))
        for error in unreadable:  # the top folder itself
            yield _refused(path, Path(error.filename), f"folder not read: {error.strerror}")
        earlier.append(argument)
        top_claims = None


def _refused(top: Path, folder: Path, problem: str) -> Job:
    return Job(folder, folder.relative_to(top), problem=problem)


_Owners = dict[str, dict[str, Path]]
"""Folded output stem (`files.folded_name`) -> each spelling of it met -> the first input that maps to that spelling."""


_TWIN_TAKEN = "/"
"""The spelling (no name's: a name holds no `/`) under which a `files.twin_name` given is taken: an input's own
name spelt so (`story~c478361e6869.txt`) gets a twin name of its own, not the same output."""


def _take(owners: _Owners, stem: str, source: Path) -> tuple[Path, bool]:
    """The input that claims ``stem``'s output, and whether ``stem`` gets a `files.twin_name` (another
    spelling of its folded stem came first, or that twin name was given)."""
    spellings = owners.setdefault(folded_name(stem), {})
    owner, twin = spellings.setdefault(stem, source), next(iter(spellings)) != stem
    if twin and owner == source:
        owners.setdefault(folded_name(twin_name(stem)), {}).setdefault(_TWIN_TAKEN, source)
    return owner, twin


def _claims(earlier: Sequence[_Argument], relative_dir: Path, walked_by: Sequence[_Argument]) -> _Owners:
    """The claims on output stems in ``relative_dir`` under ``earlier`` arguments (file arguments are at the
    top level), as they were walked: of folder arguments, only those ``walked_by`` (whose walk entered it by
    that name, not through a link to a folder, which the walk does not follow: its files have no outputs)."""
    claims: _Owners = {}
    for argument in earlier:
        if not argument.is_dir:
            if relative_dir == Path("."):
                _take(claims, _output_stem(argument.path.name), argument.path)
            continue
        if argument not in walked_by:
            continue
        folder = argument.path / relative_dir
        try:
            names = sorted(os.listdir(folder))
        except OSError:  # gone since
            continue
        for name in names:
            if not name.startswith(".") and (folder / name).is_file():
                _take(claims, _output_stem(name), folder / name)
    return claims


class _Folder(NamedTuple):
    """A folder the walk of an argument entered (its path under the argument), as `_OutputFolders` sees it."""

    relative: Path
    output: Path
    """Its path in the output folder."""
    walked_by: list[_Argument]
    """The earlier folder arguments whose walk entered it by the same path (their outputs there with its own)."""
    renamed: dict[str, str]
    """Its subfolders whose output folders are named otherwise (`_renamed`)."""


class _OutputFolders:
    """Where each folder the walk of an argument enters goes in the output folder: the same path under every
    argument (their outputs together), but for a folder named as an earlier one beside it but for case or Unicode
    normalisation (`Sub`, then `sub`), one folder where the file system ignores them, whose outputs went over the
    other's: it gets `files.twin_name`, as a file does (the same name on every machine: `--resume` finds it).
    Only the folders on the walk's way down are held, not one for each folder walked: a crawl kept a folder a
    page held some 600 bytes a folder for the run."""

    def __init__(self, earlier: Sequence[_Argument], others: Sequence[_Argument], suffix: str | None) -> None:
        self.earlier = [argument for argument in earlier if argument.is_dir]
        self.others = others
        """The other arguments, earlier or later, whose pages' outputs may be beside an output folder."""
        self.suffix = suffix
        """The pages' output files' suffix, None where they are no files."""
        self.way: list[_Folder] = []
        """The folders from the argument's top down to the one entered last."""

    def enter(self, relative: Path, subfolders: Sequence[str], pages: Sequence[str]) -> _Folder:
        """The folder ``relative`` the walk enters (top-down: each folder after the one above it), whose
        ``subfolders`` it enters next, in that order; ``pages``: its files."""
        if relative == Path("."):
            self.way.clear()
            output, walked_by = relative, self.earlier
        else:
            while self.way[-1].relative != relative.parent:  # the walk is done with the folders below it
                self.way.pop()
            above = self.way[-1]
            output = above.output / above.renamed.get(relative.name, relative.name)
            walked_by = [argument for argument in above.walked_by if _walked_into(argument.path / relative)]
        renamed = _renamed(walked_by, relative, subfolders)
        if self.suffix is not None:
            renamed |= {name: fitted_name(twin_name(name)) for name in self._named_as_pages(relative, subfolders, pages)
                        if name not in renamed}
        folder = _Folder(relative, output, walked_by, renamed)
        self.way.append(folder)
        return folder

    def _named_as_pages(self, relative: Path, subfolders: Sequence[str], pages: Sequence[str]) -> set[str]:
        """Of ``subfolders``, those named as a page's output file in their output folder (`a.txt/` beside `a.html`,
        or alike but for case or Unicode normalisation): ``pages`` or the files of ``relative`` under any other
        argument (a file argument's at the top). One name for a file and a folder: whichever was written first
        took it, as the workers' race went. Only the few subfolders so named are held, not the folder's names."""
        assert self.suffix is not None
        stems: dict[str, list[str]] = {}
        for name in subfolders:
            folded = folded_name(name)
            if folded.endswith(self.suffix):
                stems.setdefault(folded.removesuffix(self.suffix), []).append(name)
        if not stems:
            return set()
        named: set[str] = set()
        for page in chain(pages, self._other_pages(relative)):
            named.update(stems.get(folded_name(_output_stem(page)), ()))
        return named

    def _other_pages(self, relative: Path) -> Iterator[str]:
        """The names of the files of ``relative`` under the other arguments (a file argument's at the top)."""
        for argument in self.others:
            if not argument.is_dir:
                if relative == Path("."):
                    yield argument.path.name
                continue
            folder = argument.path / relative
            with suppress(OSError), os.scandir(folder) as entries:  # not there under it
                yield from [entry.name for entry in entries if not entry.name.startswith(".") and entry.is_file()]


def _walked_into(folder: Path) -> bool:
    """Whether a walk that reached ``folder``'s parent entered it: a folder, not a link to one."""
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def _subfolders(folder: Path) -> list[str]:
    """The subfolders of ``folder`` that a walk enters, in its order (not hidden, not links)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries
                          if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False))
    except OSError:
        return []


def _renamed(walked_by: Sequence[_Argument], relative: Path, subfolders: Sequence[str]) -> dict[str, str]:
    """Which of ``subfolders`` of the folder ``relative`` get output folders named otherwise, by `files.twin_name`:
    those whose `files.folded_name` an earlier one's has, in walk order (the subfolders of the same folder under
    the arguments ``walked_by``, then ``subfolders``), and those named as a twin name given. Only names spelt two
    ways are looked at: a hash of each folded name tells them, as `_Claims` tells files."""
    earlier = [name for argument in walked_by for name in _subfolders(argument.path / relative)]
    seen: set[int] = set()
    twice: set[int] = set()
    for name in chain(earlier, subfolders):
        key = _folded_key(name)
        (twice if key in seen else seen).add(key)
    renamed: dict[str, str] = {}
    if not twice:
        return renamed
    spellings: dict[str, str] = {}  # folded name -> its first spelling met (`_TWIN_TAKEN`: a twin name given)
    for ours, name in chain(((False, name) for name in earlier), ((True, name) for name in subfolders)):
        if _folded_key(name) not in twice and folded_name(name) not in spellings:
            continue
        first = spellings.setdefault(folded_name(name), name)
        if first != name:
            output = fitted_name(twin_name(name))
            spellings.setdefault(folded_name(output), _TWIN_TAKEN)  # a folder of that name met later gets its own
            if ours:
                renamed[name] = output
    return renamed


def _claim(claims: _Owners, job: Job) -> Job:
    stem = _output_stem(job.relative.name)
    return _owned_by(job, *_take(claims, stem, job.source))


def _owned_by(job: Job, owner: Path, twin: bool = False) -> Job:
    """``job``, carrying the input that claims its output when that is another, and its `files.twin_name`."""
    output_stem = twin_name(_output_stem(job.relative.name)) if twin else None
    return replace(job, claimed_by=None if owner == job.source else owner, output_stem=output_stem)


class _Claims:
    """The claims on output names in one folder, whose files come in sorted
    order, in memory that does not grow with the folder: a file's output
    stem starts its name (`story` of `story.html.gz`), and the names that
    start with one string come together in sorted order, so a stem is
    forgotten at the first name it does not start. Stems alike but for case
    or normalisation (`Story`, `story`) do not come together: those met in
    the folder's names, and those of earlier arguments, are kept to its end."""

    def __init__(self, earlier: _Owners, names: list[str]) -> None:
        self.kept = earlier
        """Claims kept to the folder's end: those under earlier arguments (`_claims`), and stems of ``names``
        spelt more than one way."""
        # Told by a hash of each folded stem, cut to a small int: a folder's own strings (a set and a counter
        # of its stems) held twice its listing. A stem met twice, or a hash's collision, is only kept longer.
        seen: set[int] = set()
        self.twins: set[int] = set()
        for name in names:
            key = _folded_key(_output_stem(name))
            (self.twins if key in seen else seen).add(key)
        self.open: dict[str, Path] = {}
        """Output stem -> its first input here, of the stems the current name starts with."""

    def claim(self, job: Job) -> Job:
        name = job.relative.name
        self.open = {stem: owner for stem, owner in self.open.items() if name.startswith(stem)}
        stem = _output_stem(name)
        if _folded_key(stem) in self.twins or folded_name(stem) in self.kept:
            return _owned_by(job, *_take(self.kept, stem, job.source))
        return _owned_by(job, self.open.setdefault(stem, job.source))


def _folded_key(stem: str) -> int:
    """A hash of ``stem``'s `files.folded_name`, in 30 bits (an int of 28 bytes, not a string's 60 or more)."""
    return hash(folded_name(stem)) & 0x3FFFFFFF


def defer_claimed(jobs: Iterator[Job], deferred: list[Job]) -> Iterator[Job]:
    """``jobs`` but those whose output name an earlier input claims: they are
    added to ``deferred``, to be cleaned only if that input fails (`reclaim`)."""
    for job in jobs:
        if job.claimed_by:
            deferred.append(job)
        else:
            yield job


def reclaim(deferred: list[Job], failed: set[str]) -> tuple[list[Job], list[Job]]:
    """(the deferred jobs to run now, those to defer again). An output whose
    claimant failed (an empty `story.html` beside a good `story.txt`) goes to
    the next input in walk order, the later ones now wait for that one; an
    input whose claimant succeeded fails, naming it."""
    now, waiting = [], []
    takers: dict[Path, Path] = {}
    for job in deferred:
        claimant = job.claimed_by
        assert claimant is not None
        if str(claimant) not in failed:
            now.append(job)
        elif claimant in takers:
            waiting.append(replace(job, claimed_by=takers[claimant]))
        else:
            takers[claimant] = job.source
            now.append(replace(job, claimed_by=None))
    return now, waiting


def _output_stem(name: str) -> str:
    """What an input's output is named after: `story.html.gz` and `story.txt` both give `story`."""
    return Path(inner_name(name)).stem


def output_path(outdir: Path, job: Job, fmt: str) -> Path:
    stem = job.output_stem or _output_stem(job.relative.name)
    folder = job.relative.parent if job.output_folder is None else job.output_folder
    return outdir / folder / fitted_name(stem, FORMATS[fmt].suffix)


RUN_STAMP = ".cleaner-run"
"""Written in an output folder: what its outputs were made with, so that
--resume does not keep outputs that other rules or options made."""


def output_folder_gone(outdir: Path) -> str | None:
    """Why no output may go into ``outdir`` any more: it was deleted or moved during the run (or replaced: `rm -r
    out; mkdir out`), as its run record, written as the run started, is gone. Written on, the outputs went into the
    folder made again for them, and those written before were lost, counted as cleaned, without a word."""
    if (outdir / RUN_STAMP).exists():
        return None
    return f"the output folder {printable(str(outdir))} was deleted or moved during the run (its {RUN_STAMP} is gone)"


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
    return {"cleaner": __version__, "code": code_digest(), "rules": rules.hexdigest(), "format": fmt, "url": url,
            "outlet": outlet}


@functools.cache
def code_digest() -> str:
    """A digest of the cleaner's own code: each module of the package, by path and content. Its version alone
    stays the same through the changes made between releases (a checkout pulled, an editable install): --resume
    kept the outputs an older code made as up to date, and datasets loaded a map's from its cache."""
    return kept_code_digest(Path(__file__).resolve().parent)


def kept_code_digest(package: Path) -> str:
    """``package``'s code digest, kept in the cache folder under the path, size and time of change of each
    module: reading and hashing the modules' 2 MB took a start some 65 M instructions, where listing them takes
    a few. A module edited (an editable install, a checkout pulled, a package installed again) gets a new time,
    and with it the code its own digest, made again."""
    modules = sorted(package.rglob("*.py"))
    listing = [str(package)]
    for path in modules:
        name = path.relative_to(package).as_posix()
        try:
            status = path.stat()
        except OSError:  # unreadable: its name stands for it, as in the digest
            listing.append(name)
        else:
            listing.append(f"{name} {status.st_size} {status.st_mtime_ns}")
    kept = KeptJson("code-digest", "\0".join(listing).encode(), every_seconds=0)
    digest: str = kept.recall_json("digest", lambda: _code_digest(package, modules), lambda kept: isinstance(kept, str))
    kept.keep()
    return digest


def _code_digest(package: Path, modules: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in modules:
        digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
        with suppress(OSError):  # unreadable: its name stands for it
            digest.update(path.read_bytes())
    return digest.hexdigest()


RUN_STAMP_MAX_BYTES = 1 << 16
"""Far more than a stamp takes (some 300 bytes): a larger file there is no stamp, and is not read whole."""


def recorded_stamp(outdir: Path) -> dict[str, Any] | None:
    """The stamp recorded in ``outdir``; None when it has no readable one. InputError when what is
    there is no regular file: a FIFO waited for a writer forever (here, then as the stamp was written
    into it), a link to /dev/zero was read until memory ran out."""
    path = outdir / RUN_STAMP
    problem = not_regular(path)
    if problem:
        raise InputError(f"{path}: {problem}, where the run's record is kept; remove it")
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
    except PermissionError as exc:  # said as no run's record, it sent the user looking for what the file lacked
        raise InputError(f"{path}: cannot read the run's record: {exc.strerror}") from None
    except OSError:
        pass  # not there: no record
    try:
        recorded = json.loads(read_input(path, RUN_STAMP_MAX_BYTES))
    except (InputError, ValueError):
        return None
    return recorded if isinstance(recorded, dict) else None


def stamp_differences(recorded: dict[str, Any] | None, stamp: dict[str, str | None]) -> list[str]:
    """The settings in which ``recorded`` differs from ``stamp``; none when
    there is no recorded stamp (nothing to go by)."""
    if recorded is None:
        return []
    return [key for key, value in stamp.items() if recorded.get(key) != value]


def stamp_for_run(recorded: dict[str, Any] | None, stamp: dict[str, str | None]) -> dict[str, Any]:
    """The stamp to record as a run with ``stamp``'s settings starts. Its
    `since` is when outputs began to be made with these settings: kept from
    a recorded stamp with the same settings, now when they change (so that
    outputs older than it, made with the old ones, are stale even if this
    run is stopped before it remakes them all)."""
    same = recorded is not None and not stamp_differences(recorded, stamp) and isinstance(recorded.get("since"), int)
    return {**stamp, "since": recorded["since"] if same and recorded else time.time_ns()}


def is_up_to_date(source: Path, output: Path, since: int = 0) -> bool:
    """The output exists, a file (a folder of its name is none: skipped, the page had no output and the
    run said none failed; nor is a link, which a run replaces, never writes: it led to what it led to), was
    written after the input last changed, and not before ``since`` (when the run's settings began to make
    outputs). The input's last change is its modification time or, when later, its change time: a file
    written with an older modification time (`tar x`, `rsync -t`) was taken for the version cleaned before."""
    try:
        info, input_info = output.lstat(), source.stat()
        changed = max(input_info.st_mtime_ns, input_info.st_ctime_ns)
        return stat.S_ISREG(info.st_mode) and info.st_mtime_ns > changed and info.st_mtime_ns >= since
    except OSError:  # none there; or a file, or a looping link, where its folder goes: writing it says so
        return False


def read_input(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the regular file at ``path``. A FIFO, a device (a link to
    /dev/zero), a socket or a file over ``max_bytes`` raises InputError,
    without waiting on it or reading it whole."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would wait for a writer.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        if path.is_symlink():  # "No such file or directory" of a file listed in its folder
            raise InputError(f"broken link (to {printable(os.readlink(path))})") from None
        raise InputError("cannot read: no such file (deleted since it was listed)") from None
    except OSError as exc:  # a socket cannot be opened (ENXIO): said as what it is, as a FIFO is
        raise InputError(not_regular(path) or f"cannot read: {exc.strerror}") from None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file ({file_type(info.st_mode)})")
        if info.st_size > max_bytes:
            raise InputError(f"too large ({info.st_size} bytes; the limit is {max_bytes})")
        try:
            data = stream.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None
    if len(data) > max_bytes:  # grew since the stat
        raise InputError(f"too large (over {max_bytes} bytes)")
    return data


def read_stream(stream: IO[bytes], max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``stream`` (stdin); InputError past ``max_bytes``, without
    reading on (`cleaner clean - < /dev/zero` would never end). Read to its end:
    a read stopped short by corrupt compressed data hands over the bytes before
    the cut, and only the next one raises the error."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes and (chunk := stream.read(max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputError(f"too large (over {max_bytes} bytes)")
    return data


def read_page(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> tuple[bytes, Kind]:
    """The page the file at ``path`` holds, decompressed, and its kind by its
    name (`story.html.gz` is HTML): what every command cleans. A corpus, a
    file that is not a regular one or is too large, and corrupt compressed
    data raise InputError."""
    if corpus := corpus_kind(path.name):  # by its name, unread; by its content, in checked_page
        raise CorpusNotPage(corpus, str(path))
    try:
        data = decompress(read_input(path, max_bytes), max_bytes)
    except CompressionError as exc:
        raise InputError(str(exc)) from None
    name = inner_name(path.name)
    return checked_page(data, str(path), name), kind_of(name)


def read_stream_page(stream: IO[bytes], path: Path, max_bytes: int = MAX_INPUT_BYTES) -> tuple[bytes, Kind]:
    """The page on ``stream`` (decompressed), read to its end, and its kind: stdin's (``path`` `-`: by its
    content), or that of the FIFO or device ``path`` names (by its name, as a file's). InputError as
    `read_page` raises it, and for a stream that opens a JSON object, JSONL on a stream as `cleaner clean -`
    knows it (`cleaner report <(zcat pages.jsonl.gz)`, its second line malformed, showed the records as a page's
    text, exit 0); CompressionError for corrupt compressed data."""
    name = inner_name(path.name)
    try:
        data = read_stream(stream, max_bytes)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if holds_jsonl_on_a_stream(data[:STREAM_LOOK_AHEAD]):  # the bytes `cleaner clean -` looks at
        raise CorpusNotPage("jsonl", str(path))
    return checked_page(data, str(path), name), kind_of(name)


def read_named_stream(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> tuple[bytes, Kind]:
    """The page a FIFO or a device given by name holds (`files.read_as_stream`), opened and read once:
    `read_stream_page`, its failures InputErrors."""
    try:
        with path.open("rb") as raw, opened_for_reading(raw) as stream:
            return read_stream_page(stream, path, max_bytes)
    except CompressionError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None


ARC_START = b"filedesc://"
"""How an ARC file begins: the URL of its first record, which describes the file."""


class CorpusNotPage(InputError):
    """A corpus (``corpus``: jsonl, warc, parquet) at ``path``, where a page is read: its records are cleaned
    by `cleaner clean` on its own."""

    def __init__(self, corpus: str, path: str) -> None:
        super().__init__(f"a {corpus} corpus, not a page: clean it on its own (cleaner clean {path} -o ...)")
        self.corpus = corpus
        self.path = path


def checked_page(data: bytes, path: str = "-", name: str = "") -> bytes:
    """``data``, the bytes of the page at ``path`` (named ``name``, without a compression suffix); InputError
    when they hold records instead (cleaned as a page, their headers and markup came back as its text, exit 0):
    a WARC or Parquet file by its content (`crawl.dat`, stdin), JSON in a `.json` file or whole (an array of
    records), JSON lines in a file whose name says page or nothing (`records.txt`: every line was removed, an
    empty output), or an ARC file."""
    if corpus := corpus_kind("", data):
        raise CorpusNotPage(corpus, path)
    json_named = Path(name).suffix.lower() == ".json" and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{")
    if not json_named and (cr_records := records_ended_by_cr(data)):
        raise InputError(cr_records)
    if not json_named and holds_json_lines(data):
        raise InputError("JSON lines, not a page: records are read from a file named .jsonl (or .ndjson, .jl), "
                         "or from stdin")
    if json_named or holds_json_document(data):
        raise InputError("JSON, not a page: records are read from JSONL, one object a line, named .jsonl "
                         "(an array of them: jq -c '.[]' writes it)")
    if data.startswith(ARC_START):
        raise InputError("an ARC file (the web archive format before WARC), not a page: convert it to WARC to "
                         "clean its pages")
    return data


def output_failed(source: str, path: Path, exc: OSError) -> Outcome:
    """The outcome of a document whose output ``path`` could not be written."""
    return (RunStopped if exc.errno in STOPPING_ERRORS else Outcome)(source, error=not_written(path, exc))


def clean_file(options: RunOptions, job: Job) -> Outcome:
    """Clean one file (the work a worker does for a folder): into its output
    under ``options.outdir`` for a file format, into a record for a record
    format (written by the command); failures are returned, never raised."""
    source = str(job.source)
    if job.problem:
        return job.failed(options, job.problem)
    output = output_path(options.outdir or Path("."), job, options.fmt)
    if job.claimed_by and not FORMATS[options.fmt].writes_records:
        return Outcome(source, error=f"output {printable(str(output))} already written from "
                                      f"{printable(str(job.claimed_by))}")
    if linked := _linked_folder(options.outdir or Path("."), output):  # nor found up to date through it
        return Outcome(source, error=f"output {printable(str(output))} not written: {linked}")
    version = None
    if job.data is not None:
        data, kind = job.data, kind_of(inner_name(job.source.name))
    elif options.resume and is_up_to_date(job.source, output, options.since):
        return Outcome(source, up_to_date=True, name=_in_folder(output, options))
    else:
        try:
            version = _version(job.source)
            data, kind = read_page(job.source, options.max_input_bytes)
        except InputError as exc:
            return job.failed(options, str(exc))
    outcome = clean_document(cleaner_for(options), data, source, kind=kind, options=options, url=options.url,
                             # what a record format writes beside the body
                             record={PAGE_ID_FIELD: page_id(job.relative.as_posix())})
    if outcome.output is not None:
        if gone := output_folder_gone(options.outdir or Path(".")):
            return RunStopped(source, error=f"output {printable(str(output))} not written: {gone}")
        try:
            write_atomic(output, outcome.output, streams=False)
        except OSError as exc:
            return output_failed(source, output, exc)
        now = None if version is None else _version(job.source)
        if version is not None and now != version and (stale := _mark_stale(output, version, now)):
            return Outcome(source, error=stale)
        outcome.output = None  # written: not sent back from the worker
        outcome.name = _in_folder(output, options)
    return outcome


def _linked_folder(outdir: Path, output: Path) -> str | None:
    """Why ``output`` is not written through a folder on its way in ``outdir``: a link to a folder, which could
    lead to an input folder (`out/sub -> ../in/sub`: each page there was replaced by its output). The output
    folder itself may be a link: where it leads was checked as the run began (`overlap_error`)."""
    folder = outdir
    for name in output.parent.relative_to(outdir).parts:
        folder = folder / name
        try:
            target = os.readlink(folder)
        except OSError:  # no link (EINVAL), or not there yet
            continue
        return (f"{printable(str(folder))} is a link to a folder (to {printable(target)}), which outputs are not "
                "written through: it could lead to an input folder (remove it)")
    return None


def _version(source: Path) -> tuple[int, int, int, int] | None:
    """Which version of the file at ``source`` is there: its modification time, change time (a copy that keeps the
    modification time, `rsync -t`), size and inode (a file saved by renaming a new one over it); None when it
    cannot be looked at."""
    try:
        info = source.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino


def _mark_stale(output: Path, read: tuple[int, ...], now: tuple[int, ...] | None) -> str | None:
    """Date ``output``, made of the version of its input ``read``, before that version and the one there ``now``:
    the input changed as it was cleaned, after the output was written, its output was newer than it, and
    --resume kept the output of a page no longer there. Older than both, it is cleaned again. Where it cannot be
    dated, it is removed, and why is returned."""
    older = min(read[0], now[0] if now else read[0]) - 1
    try:
        os.utime(output, ns=(older, older))
    except OSError as exc:
        with suppress(OSError):
            output.unlink()
        return (f"changed as it was cleaned: its output, of the version read, could not be dated older than it "
                f"({exc.strerror}), and was removed")
    return None


def _in_folder(output: Path, options: RunOptions) -> str:
    """``output``'s path in the output folder, as the command checks at the run's end that it is still there."""
    return str(output.relative_to(options.outdir or Path(".")))


def overlap_error(inputs: Sequence[Path], outdir: Path) -> str | None:
    """Refuse an output folder inside an input folder, or the reverse, by their paths or, where a folder is
    there under two paths (a bind mount), by their identities (`folders_holding`)."""
    out, out_identity, out_and_above = real_path(outdir), identity(outdir), folders_holding(outdir)
    for path in inputs:
        source = real_path(path)
        if path.is_dir() and (out == source or source in out.parents or identity(path) in out_and_above):
            return f"output folder {outdir} is inside input folder {path}"
        if out in source.parents or (out_identity is not None and out_identity in folders_holding(path)):
            return f"input {path} is inside output folder {outdir}"
    return None


def records_file_error(inputs: Sequence[Path], output: Path) -> str | None:
    """Refuse a records file (-o pages.jsonl) that is an input, or inside an
    input folder (by its path, or its folder's identity: `folders_holding`):
    it would be written over a page, or read as a corpus by the next run."""
    target, above = real_path(output), folders_holding(output.parent)
    for path in inputs:
        source = real_path(path)
        if target == source:
            return f"output {output} is the input file"
        if path.is_dir() and (source in target.parents or identity(path) in above):
            return f"output {output} is inside input folder {path}"
    return None
