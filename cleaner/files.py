"""What a path names, before it is read: a FIFO waits for a writer forever
and a device (a link to /dev/zero) never ends, so neither found in a folder
is read; given by name, either is read once, as a stream (`read_as_stream`)."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path


def file_type(mode: int) -> str:
    """What a file of ``mode`` (``os.stat``'s st_mode) is, when it is no regular file."""
    kinds = {stat.S_ISFIFO: "a FIFO", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
             stat.S_ISSOCK: "a socket", stat.S_ISDIR: "a folder"}
    return next((name for test, name in kinds.items() if test(mode)), "not a file")


def not_regular(path: Path) -> str | None:
    """Why ``path`` (followed if a link) is no file to read, if it is not.
    None for a regular file, or one that cannot be looked at (reading it
    says why)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else f"not a regular file ({file_type(mode)})"


_DESCRIPTOR_NAME = re.compile(r"/(?:proc/(self|thread-self|[0-9]+)(?:/task/[0-9]+)?|dev)/fd/([0-9]+)")
_MAX_LINKS = 40
"""Links followed in a row, as Linux follows them, before a path is taken to loop."""


def descriptor_named(path: Path | str) -> tuple[int | None, str] | None:
    """Whether ``path`` names an open file descriptor (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`, or a link
    to one): (its number when it is this process's, the name it comes to), else None. Such a name is followed
    by the system to the file the descriptor has open, a regular file where the shell sent stdout (`> out.jsonl`):
    replaced by a file of its own, the name itself was (by root, `/dev/stdout` for every process after)."""
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        named = _DESCRIPTOR_NAME.fullmatch(current)
        if named:
            own = named[1] in (None, "self", "thread-self", str(os.getpid()))
            return (int(named[2]) if own else None), current
        try:
            target = os.readlink(current)
        except OSError:  # no link (or not there): no descriptor's name
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return None


def read_as_stream(path: Path) -> bool:
    """Whether ``path``, given by name, is read once as a stream, as stdin is: a FIFO (`<(zcat page.gz)`,
    `/dev/stdin` fed by a pipe, one made by mkfifo) or a character device (`/dev/stdin` on a terminal,
    /dev/null). The user named it, so waiting for its writer is what they asked; found in a folder, such
    a file is refused unread instead (`batch.read_input`): a walk must never wait on one."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def real_path(path: Path) -> Path:
    """``path`` with its links followed, as ``Path.resolve`` gives it; where a link loops (`a -> b -> a`),
    resolve raised RuntimeError, a traceback for the user: the path then stands for itself, as no other
    file's (written to, the link is replaced; read, it fails by name)."""
    try:
        return path.resolve()
    except RuntimeError:
        return Path(os.path.abspath(path))


def identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of what ``path`` leads to, None when there is nothing there."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def folders_holding(path: Path) -> set[tuple[int, int]]:
    """The identities of ``path`` and of each folder above it (links followed) that exist: a folder under
    another path is the same folder when it shares one, where its path tells nothing (a bind mount; a
    container given `/data` as `/in` and `/data/cleaned` as `/out`, whose outputs went into the input folder)."""
    real = real_path(path)
    return {found for place in (real, *real.parents) if (found := identity(place)) is not None}


def dead_link(path: Path) -> str | None:
    """Why ``path`` is a link that leads to nothing, if it is one: one that loops (`a -> b -> a`), or one
    whose target is not there. None for anything else."""
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link that loops (it leads back to itself)"
        return f"a broken link (to {os.readlink(path)}: {exc.strerror})"
    return None


MAX_NAME_BYTES = 255
"""The longest name of a file most file systems hold (ext4, XFS, btrfs, APFS; NTFS: 255 characters)."""
_NAME_HASH_CHARACTERS = 12


def name_too_long(path: str | Path) -> str | None:
    """Why no file can be made at ``path`` for its length alone, if none can: the calls on it fail with "File name
    too long", which pathlib's checks (`exists`, `is_dir`) raise rather than answer, a traceback."""
    if any(len(os.fsencode(part)) > MAX_NAME_BYTES for part in Path(path).parts):
        return f"a name in it is over {MAX_NAME_BYTES} bytes, which no file system holds"
    return None


def fitted_name(stem: str, suffix: str = "", limit: int = MAX_NAME_BYTES) -> str:
    """``stem + suffix``, or, when that is over ``limit`` bytes (a long input name with `.txt` added, a
    record id from a long URL), ``stem`` cut, without cutting a character, then `~` and 12 hex digits of
    its SHA-256, then ``suffix``: names alike up to the cut stay apart, and the same stem always gets
    the same name (`--resume` finds it)."""
    name = stem + suffix
    if len(os.fsencode(name)) <= limit:
        return name
    digest = hashlib.sha256(os.fsencode(stem)).hexdigest()[:_NAME_HASH_CHARACTERS]
    room = limit - len(os.fsencode(f"~{digest}{suffix}"))
    cut = stem[:room]
    while len(os.fsencode(cut)) > room:
        cut = cut[:-1]
    return f"{cut}~{digest}{suffix}"


def folded_name(name: str) -> str:
    """What a file name is on a file system that ignores case or Unicode normalisation (macOS, exFAT, SMB
    shares, ext4 with casefold): two names alike here name one file there, so outputs are told apart by
    it on every system, and a run names its outputs the same everywhere."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def twin_name(stem: str) -> str:
    """The name of a ``stem`` whose `folded_name` an earlier output's has: `~` and 12 hex digits of its
    SHA-256 added, as `fitted_name` tells cut names apart (the same stem always gets the same name)."""
    return f"{stem}~{hashlib.sha256(os.fsencode(stem)).hexdigest()[:_NAME_HASH_CHARACTERS]}"
