"""Outlet rule files: load, validate, compile, identify the outlet, apply.

A rule file is TOML and describes one outlet::

    outlet = "Common Dreams"
    domains = ["commondreams.org"]
    signatures = ['Common Dreams Logo', 'Donate to Common Dreams']

    [[drop]]            # remove every line matching a pattern
    id = "newsletter"
    pattern = '^Sign up for our newsletter\\.?$'

    [[cut_after]]       # remove the matching line and everything after it
    id = "licence"
    pattern = '^Our work is licensed under'

    [[cut_before]]      # remove everything before the matching line (and it)
    [[drop_between]]    # remove from a `start` line through an `end` line
    [[selector]]        # CSS selector removed from HTML before extraction
    [[example]]         # input and expected output, run by `cleaner rules check`

Patterns are searched in each whitespace-normalised line with the `regex`
module, under one time budget for the whole document (``RuleBudget``), so
that a catastrophic pattern fails the document loudly, however many lines it has.
"""

from __future__ import annotations

import functools
import sys
import time
import tomllib
from os import PathLike, fspath, walk
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import regex

from .cache import compiled
from .errors import DocumentError, clipped
from .files import dead_link, not_regular
from .model import Block
from .settings import DEFAULT_SETTINGS

# Signatures that must match before text alone identifies an outlet.
DEFAULT_MIN_SIGNATURES = 1

RULE_KEYS: dict[str, frozenset[str]] = {
    "drop": frozenset({"id", "pattern", "description"}),
    "cut_after": frozenset({"id", "pattern", "description"}),
    "cut_before": frozenset({"id", "pattern", "description"}),
    "drop_between": frozenset({"id", "start", "end", "description"}),
    "selector": frozenset({"id", "css", "description"}),
    "example": frozenset({"input", "expected", "url", "description"}),
}
TOP_KEYS = frozenset({"outlet", "id", "description", "domains", "signatures", "min_signatures"}) | set(RULE_KEYS)


class RuleError(ValueError):
    """A rule file is malformed. The message names the file, rule and problem."""


class URLError(DocumentError):
    """A page's URL that does not parse."""


def url_host(url: str) -> str:
    """The host of ``url`` (the scheme may be left out); URLError when it does not parse."""
    if not isinstance(url, str):  # else an error about its type's insides ('int' is not iterable)
        raise TypeError(f"the URL must be str, not {type(url).__name__}")
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError as exc:
        raise URLError(f"malformed URL {clipped(repr(url))}: {exc}") from None  # a record's, of any length


_HOST = compiled(r"[\w-]+(?:\.[\w-]+)*")


def site_host(host: str) -> str:
    """``host`` as outlets are picked by it: lower case, in its ASCII (IDNA) form, without a final dot
    or a leading `www.` (unless only a top-level domain would be left: `www.com` stays, or it would pick
    every `.com`). A crawl gives `xn--bcher-kva.example` where a rule file says `bücher.example`."""
    host = host.lower().rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:  # a label empty or too long: no host a URL could give; kept to be refused
            pass
    bare = host.removeprefix("www.")
    return bare if "." in bare else host


def domain_host(domain: str) -> str | None:
    """A rule file's or `--domain`'s domain as it is matched: its ``site_host`` (a URL's, for a URL);
    None when it names no host."""
    try:
        host = site_host(url_host(domain.strip()))
    except URLError:
        return None
    return host if _HOST.fullmatch(host) else None


class RuleTimeout(DocumentError, RuntimeError):
    """The rule patterns ran past the document's time budget."""


NO_LIMIT_SECONDS = 1e9
"""A rule budget this long (`inf`; 31 years) is no limit: regex times out at once on a timeout it cannot
count in microseconds in 64 bits (over about 9.2e12 s), which failed every document as 'timed out'."""


# A pattern that is a plain phrase ("Donate to Example", "(?m)^Example Daily$"): letters, spaces and
# punctuation escaped or not special, between an optional line anchor at each end.
_PLAIN_PHRASE = compiled(r"(?:\(\?m\))?\^?(?:[^\\.^$*+?{}\[\]()|]|\\[^\w\s])+\$?")


@functools.lru_cache(maxsize=1024)
def is_plain_phrase(pattern: regex.Pattern[str]) -> bool:
    """Whether ``pattern`` is a plain phrase (the rule files' signatures mostly are), matched case-sensitively."""
    return not pattern.flags & (regex.IGNORECASE | regex.VERBOSE) and bool(_PLAIN_PHRASE.fullmatch(pattern.pattern))


class RuleBudget:
    """The seconds all rule patterns together may spend on one document
    (``Settings.rule_seconds_per_document``): a backtracking blow-up stops
    the document, not each of its lines in turn."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.spent = 0.0

    def search(self, pattern: regex.Pattern[str], text: str, what: str) -> bool:
        """Whether ``pattern`` occurs in ``text``; RuleTimeout naming ``what``
        when the budget runs out."""
        started = time.perf_counter()
        try:
            left = self.seconds - self.spent
            if left <= 0:
                raise TimeoutError
            # A plain phrase is found in one pass, by skips: it cannot run away, and under a timeout regex
            # reads the clock as it goes (here 15 times as long as the search by the clock, some 20% more
            # instructions).
            limited = left < NO_LIMIT_SECONDS and not is_plain_phrase(pattern)
            return pattern.search(text, timeout=left if limited else None) is not None
        except TimeoutError:
            raise RuleTimeout(
                f"{what}: pattern {pattern.pattern!r} timed out on {len(text)} characters: the document's "
                f"rule patterns ran past their time budget (setting rule_seconds_per_document)"
            ) from None
        finally:
            self.spent += time.perf_counter() - started


class Rule(NamedTuple):
    """One rule of an outlet's rule file: what it removes, and how it finds it."""

    kind: str
    id: str
    """Qualified id, ``<outlet id>/<rule id>``: what `explain` reports."""
    patterns: tuple[regex.Pattern[str], ...] = ()
    css: str = ""

    def matches(self, text: str, budget: RuleBudget | None = None, which: int = 0) -> bool:
        """Whether the rule's pattern (``which`` of a pair) occurs in ``text``;
        without a budget, the default one for this text alone."""
        budget = budget or RuleBudget(DEFAULT_SETTINGS.rule_seconds_per_document)
        return budget.search(self.patterns[which], text, f"rule {self.id}")


class Example(NamedTuple):
    """A rule file's example: an input page and the text its rules must leave."""

    input: str
    expected: str
    url: str | None = None


class RuleFile(NamedTuple):
    """One outlet's rule file, validated and compiled."""

    id: str
    outlet: str
    path: str
    domains: tuple[str, ...] = ()
    signatures: tuple[regex.Pattern[str], ...] = ()
    min_signatures: int = DEFAULT_MIN_SIGNATURES
    rules: tuple[Rule, ...] = ()
    examples: tuple[Example, ...] = ()

    @property
    def selectors(self) -> list[Rule]:
        return [rule for rule in self.rules if rule.kind == "selector"]

    def matches_host(self, host: str) -> bool:
        host = site_host(host)
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def signature_count(self, text: str, budget: RuleBudget) -> int:
        return sum(budget.search(pattern, text, f"{self.path}: signature") for pattern in self.signatures)

    def apply(self, blocks: list[Block], budget: RuleBudget | None = None) -> Iterator[tuple[int, str]]:
        """Yield (position in ``blocks``, rule id) for each block a rule removes;
        the rules share ``budget`` (default: a document's, for these blocks alone)."""
        budget = budget or RuleBudget(DEFAULT_SETTINGS.rule_seconds_per_document)
        removed: dict[int, str] = {}
        for rule in self.rules:
            for position in _rule_positions(rule, blocks, budget):
                removed.setdefault(position, rule.id)
        yield from sorted(removed.items())


def _rule_positions(rule: Rule, blocks: list[Block], budget: RuleBudget) -> Iterable[int]:
    if rule.kind == "drop":
        return [i for i, b in enumerate(blocks) if rule.matches(b.text, budget)]
    if rule.kind == "cut_after":
        first = next((i for i, b in enumerate(blocks) if rule.matches(b.text, budget)), None)
        return [] if first is None else range(first, len(blocks))
    if rule.kind == "cut_before":
        hits = [i for i, b in enumerate(blocks) if rule.matches(b.text, budget)]
        return [] if not hits else range(0, hits[-1] + 1)
    if rule.kind == "drop_between":
        positions: list[int] = []
        start: int | None = None
        for i, b in enumerate(blocks):
            if start is None and rule.matches(b.text, budget, 0):
                start = i
            if start is not None and rule.matches(b.text, budget, 1):
                positions.extend(range(start, i + 1))
                start = None
        return positions
    return []  # selectors act on HTML, before extraction


_NAMES_NOTHING = "\x00\U0001d400\x00"
"""A line no rule names (lines never hold a NUL; a mathematical bold A is no word): a pattern that matches an empty
string in it matches one in every line (`Share|`, a stray `|`; `(?i)`; `^(?:Ad)?`), or in every line of a word, beside
its letter (`\\b(?:Ad)?\\b`, `(?=\\w)`), and its rule removed every line (a signature: picked every page)."""


def _compile(pattern: Any, where: str, matched: str = "line") -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise RuleError(f"{where}: pattern must be a non-empty string")
    try:
        compiled_pattern = compiled(pattern, regex.V1)  # kept: the shipped rules are compiled at every start
    except regex.error as exc:
        raise RuleError(f"{where}: invalid regex {pattern!r}: {exc}") from None
    if any(not match.group() for match in compiled_pattern.finditer(_NAMES_NOTHING)):
        raise RuleError(f"{where}: pattern {pattern!r} matches an empty string, and so every {matched} (a stray '|', "
                        "or all of it optional?)")
    return compiled_pattern


def _check_selector(css: Any, where: str, parse: bool) -> str:
    if not isinstance(css, str) or not css.strip():
        raise RuleError(f"{where}: css must be a non-empty string")
    if not parse:
        return css
    import soupsieve

    try:
        soupsieve.compile(css)
    except Exception as exc:  # soupsieve raises several error types
        raise RuleError(f"{where}: invalid CSS selector {css!r}: {str(exc).splitlines()[0]}") from None
    return css


# In a file's name: a control character (a line break) or a byte not in UTF-8, as Python reads such a name.
_UNPRINTABLE = compiled(r"[\x00-\x1f\x7f-\x9f\udc80-\udcff]")


def parse_rule_file(data: dict[str, Any], path: str, default_id: str, *, check_css: bool = True) -> RuleFile:
    """Validate the TOML ``data`` of one rule file and compile it. ``check_css``:
    parse its CSS selectors too (soupsieve compiles its own patterns first,
    most of a second; the shipped files' selectors are checked by the tests)."""
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    outlet = data.get("outlet")
    if "outlet" in data and not isinstance(outlet, str):
        raise RuleError(f"{path}: 'outlet' must be a string (the outlet's name), not {type(outlet).__name__}")
    if not outlet:
        raise RuleError(f"{path}: missing 'outlet' (the outlet's name)")
    file_id = data.get("id", default_id)
    if "id" in data and (not isinstance(file_id, str) or not regex.fullmatch(r"[\w.-]+", file_id)):
        raise RuleError(f"{path}: 'id' must be a string of letters, digits, - _ .")
    if "id" not in data and _UNPRINTABLE.search(file_id):  # each removal's id would break a line, or JSON
        raise RuleError(f"{path}: its name, the outlet's id, holds a line break, a control character or a byte "
                        "not in UTF-8: rename the file, or give it an 'id'")
    domains = tuple(rule_domain(domain, path) for domain in _strings(data, "domains", path))
    signatures = tuple(
        _compile(s, f"{path}: signature {n}", "page") for n, s in enumerate(_strings(data, "signatures", path), 1)
    )
    min_signatures = data.get("min_signatures", DEFAULT_MIN_SIGNATURES)
    if not isinstance(min_signatures, int) or isinstance(min_signatures, bool) or min_signatures < 1:
        raise RuleError(f"{path}: 'min_signatures' must be a positive integer")
    rules: list[Rule] = []
    seen: set[str] = set()
    for kind in RULE_KEYS:
        if kind == "example":
            continue
        for n, entry in enumerate(_tables(data, kind, path), 1):
            rule_id = entry.get("id")
            where = f"{path}: [[{kind}]] #{n}" + (f" ({rule_id})" if rule_id else "")
            if not isinstance(rule_id, str) or not regex.fullmatch(r"[\w.-]+", rule_id):
                raise RuleError(f"{where}: missing or invalid 'id' (letters, digits, - _ .)")
            if rule_id in seen:
                raise RuleError(f"{where}: duplicate rule id {rule_id!r}")
            seen.add(rule_id)
            _check_keys(entry, kind, where)
            qualified = f"{file_id}/{rule_id}"
            if kind == "selector":
                rules.append(Rule(kind, qualified, css=_check_selector(entry.get("css"), where, check_css)))
            elif kind == "drop_between":
                pair = (_compile(entry.get("start"), where + " start"), _compile(entry.get("end"), where + " end"))
                rules.append(Rule(kind, qualified, pair))
            else:
                rules.append(Rule(kind, qualified, (_compile(entry.get("pattern"), where),)))
    examples = []
    for n, entry in enumerate(_tables(data, "example", path), 1):
        where = f"{path}: [[example]] #{n}"
        _check_keys(entry, "example", where)
        if not isinstance(entry.get("input"), str) or not isinstance(entry.get("expected"), str):
            raise RuleError(f"{where}: 'input' and 'expected' must be strings")
        if not isinstance(entry.get("url", ""), str):
            raise RuleError(f"{where}: 'url' must be a string")
        examples.append(Example(entry["input"], entry["expected"], entry.get("url")))
    return RuleFile(
        id=file_id, outlet=outlet, path=path, domains=domains,
        signatures=signatures, min_signatures=min_signatures, rules=tuple(rules), examples=tuple(examples),
    )


def rule_domain(domain: str, path: str) -> str:
    """A domain (of the rule file ``path``, or the option it was given with) as hosts are matched
    (`www.example.com` is `example.com`: kept as written, it picked no page, since a page's host loses
    its `www.` too); RuleError when it names no host, or a path."""
    host = domain_host(domain)
    if host is None:
        raise RuleError(f"{path}: domain {domain!r} names no host: give the outlet's domain, e.g. \"example.com\"")
    stripped = domain.strip()
    parts = urlsplit(stripped if "//" in stripped else "//" + stripped)
    if parts.path not in ("", "/") or parts.query or parts.fragment:  # taken as its host, it picked every page
        raise RuleError(f"{path}: domain {domain!r} names a path: rules are picked by the host alone "
                        f"({host!r}); give the domain, without the path")
    return host


def _strings(data: dict[str, Any], key: str, path: str) -> list[str]:
    """The list of strings under ``key``: a lone string is refused, not
    taken one character at a time."""
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RuleError(f"{path}: '{key}' must be a list of strings ({key} = [\"...\"])")
    return values


def _tables(data: dict[str, Any], kind: str, path: str) -> list[dict[str, Any]]:
    entries = data.get(kind, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise RuleError(f"{path}: '{kind}' must be an array of tables ([[{kind}]])")
    return entries


def _check_keys(entry: dict[str, Any], kind: str, where: str) -> None:
    unknown = set(entry) - RULE_KEYS[kind]
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")


def load_rule_file(path: Path, *, check_css: bool = True) -> RuleFile:
    problem = not_regular(path)
    if problem:  # read whole: a FIFO would wait for a writer forever, a device never end
        raise RuleError(f"{path}: {problem}")
    try:
        # utf-8-sig: an editor's byte order mark (Notepad) before the first key, which TOML's parser refuses.
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise RuleError(f"{path}: cannot read: {exc}") from None
    except ValueError:  # tomllib's int() of an integer past Python's digits limit: it ended the run in a traceback
        raise RuleError(f"{path}: invalid TOML: an integer of over {sys.get_int_max_str_digits()} digits, "
                        "Python's limit") from None
    except OSError as exc:  # its reason alone: the error's text named the file again ("[Errno 2] ... 'a.toml'")
        raise RuleError(f"{path}: cannot read: {dead_link(path) or exc.strerror or exc}") from None
    return parse_rule_file(data, str(path), path.stem, check_css=check_css)


def shipped_rules_dir() -> Path:
    """Where the shipped rule files are: inside the installed package, or at
    the top of a source checkout (editable installs, PYTHONPATH)."""
    installed = Path(__file__).with_name("rules")
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "rules"


def shipped_rule_paths() -> list[Path]:
    """The rule files installed with the package."""
    return rule_files_in(shipped_rules_dir())


def rule_files_in(folder: Path) -> list[Path]:
    """The rule files under ``folder`` and its subfolders (rules kept by language or country), by path: those
    whose suffix is ``.toml`` in any case. `glob("*.toml")` matches case by case: a `gazette.TOML` (which
    `cleaner learn -o` wrote) was left out in silence, as were the files of subfolders. Hidden folders (`.git`)
    hold no rules. A folder that cannot be listed holds none, as for glob: the callers say so."""
    found: list[Path] = []
    for parent, folders, files in walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(parent, name) for name in files if Path(name).suffix.lower() == ".toml")
    return sorted(found)


def rule_sources(rules: str | PathLike[str] | Iterable[str | PathLike[str]]) -> tuple[str, ...]:
    """The rule files and folders ``rules`` names: one folder given alone
    (`rules="my-rules/"`) is that folder, not a list of one-letter names.
    Anything else but paths is a TypeError naming what was given."""
    if isinstance(rules, str | PathLike):
        return (fspath(rules),)
    if isinstance(rules, bytes) or not isinstance(rules, Iterable):  # bytes would iterate as numbers
        raise TypeError(f"rules must be a rule file or folder (str or Path) or an iterable of them, "
                        f"not {type(rules).__name__}")
    sources = tuple(rules)
    for source in sources:
        if not isinstance(source, str | PathLike):
            raise TypeError(f"each of the rules must be a rule file or folder (str or Path), "
                            f"not {type(source).__name__}")
    return tuple(fspath(source) for source in sources)


def load_rules(
    directories: str | PathLike[str] | Iterable[str | PathLike[str]] = (),
    *,
    shipped: bool = True,
    on_error: Callable[[RuleError], None] | None = None,
) -> list[RuleFile]:
    """Load the shipped rule files and every ``*.toml`` in ``directories``.

    A user file with the same id as a shipped one replaces it. A malformed
    file raises RuleError, or, when ``on_error`` is given, is reported to it
    and skipped.
    """
    shipped_paths = list(shipped_rule_paths()) if shipped else []
    paths = list(shipped_paths)
    for source in rule_sources(directories):
        if not source:  # pathlib reads it as `.`: the current folder's *.toml (a pyproject.toml) as rules
            raise RuleError("an empty path (an unset variable?) given as rules: give a rule file or folder")
        directory = Path(source)
        if directory.is_dir():
            found = rule_files_in(directory)
            if not found:  # a typo'd folder, or rules saved as .txt: none would be read, in silence
                raise RuleError(f"{directory}: no *.toml rule files in this folder")
            paths.extend(found)
        elif directory.exists():  # a file; load_rule_file names a FIFO or a device
            paths.append(directory)
        else:
            raise RuleError(f"{directory}: {dead_link(directory) or 'no such rule file or directory'}")

    def refuse(exc: RuleError) -> None:
        if on_error is None:
            raise exc
        on_error(exc)

    by_id: dict[str, RuleFile] = {}
    for path in _each_file_once(paths):
        try:
            rule_file = load_rule_file(path, check_css=path not in shipped_paths)
            # A user file replaces a shipped one of its id; of two user files with one id (`--rules a/ --rules
            # b/`, or an `id` key repeated), one would be dropped in silence: the later is refused instead.
            taken = by_id.get(rule_file.id)
            if taken is not None and Path(taken.path) not in shipped_paths:
                raise RuleError(f"{path}: rule file id {rule_file.id!r} is already {taken.path}'s: "
                                f"give one of them another file name or 'id'")
        except RuleError as exc:
            refuse(exc)
            continue
        by_id[rule_file.id] = rule_file
    # A user file whose domain an earlier file picks (`RuleSet.identify` takes the first) would get none of
    # that domain's pages, in silence: refused, as `cleaner rules check` fails it. A shipped file a user
    # file comes before is the user's choice.
    files: list[RuleFile] = []
    for rule_file in by_id.values():
        clashes = [] if is_shipped(rule_file) else domain_clashes(rule_file, files)
        if clashes:
            refuse(RuleError(clashes[0]))
        else:
            files.append(rule_file)
    return files


def is_shipped(rule_file: RuleFile) -> bool:
    """Whether ``rule_file`` is one installed with the package."""
    return Path(rule_file.path).parent == shipped_rules_dir()


def domain_clashes(rule_file: RuleFile, earlier: Iterable[RuleFile]) -> list[str]:
    """For each of ``rule_file``'s domains that a file of ``earlier`` (matched against a page's URL before
    it) picks, a line naming both: pages of that domain never get ``rule_file``'s rules."""
    earlier = list(earlier)
    clashes = []
    for domain in rule_file.domains:
        owner = next((other for other in earlier if other.matches_host(domain)), None)
        if owner is not None:
            replace = f" (a file of id {owner.id!r} replaces it)" if is_shipped(owner) else ""
            clashes.append(f"{rule_file.path}: domain {domain!r} is picked by {owner.path} first{replace}: "
                           "its pages never get these rules")
    return clashes


def _each_file_once(paths: list[Path]) -> list[Path]:
    """``paths`` without a file named again (`--rules a/ --rules a/x.toml`): one file, loaded once."""
    seen: set[Path] = set()
    once = []
    for path in paths:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            once.append(path)
    return once


@dataclass
class RuleSet:
    """All known rule files, with outlet identification."""

    files: list[RuleFile] = field(default_factory=list)

    def get(self, outlet: str) -> RuleFile:
        """The rule file of ``outlet`` (its id or its name); a ValueError naming the known ones, as a
        usage error names them (a KeyError's message Python prints quoted)."""
        if not isinstance(outlet, str):
            raise TypeError(f"the outlet must be str, not {type(outlet).__name__}")
        for rule_file in self.files:
            if outlet in (rule_file.id, rule_file.outlet):
                return rule_file
        known = ", ".join(sorted(f.id for f in self.files)) or "none"
        raise ValueError(f"unknown outlet {outlet!r} (known: {known})")

    def identify(self, text: str, url: str | None = None, budget: RuleBudget | None = None) -> RuleFile | None:
        """The outlet of a page: by URL host when known, else by text signatures
        (searched under ``budget``, default: a document's for this text alone)."""
        if url:
            host = url_host(url)
            for rule_file in self.files:
                if rule_file.matches_host(host):
                    return rule_file
        budget = budget or RuleBudget(DEFAULT_SETTINGS.rule_seconds_per_document)
        best, best_count = None, 0
        for rule_file in self.files:
            count = rule_file.signature_count(text, budget)
            if count >= rule_file.min_signatures and count > best_count:
                best, best_count = rule_file, count
        return best
