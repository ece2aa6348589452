"""The `cleaner` command line."""

from __future__ import annotations

import errno
import gc
import io
import json
import math
import os
import re
import shlex
import signal
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, cast

import click
from click.core import ParameterSource

from . import __version__
from .atomic import remove_stale_temporaries, write_atomic, write_whole
from .batch import (
    RUN_STAMP, CorpusNotPage, InputError, Job, clean_file, defer_claimed, find_inputs, output_failed, output_path,
    output_folder_gone, overlap_error, read_named_stream, read_page, read_stream_page, reclaim, recorded_stamp,
    records_file_error, repeated_inputs, run_stamp, stamp_differences, stamp_for_run,
)
from .files import (dead_link, descriptor_named, folded_name, folders_holding, identity, name_too_long, not_regular,
                    read_as_stream, real_path)
from .compression import (MAGIC_BYTES, CompressionError, PipeWindow, compression_for_name, head_past_a_corrupt_start,
                          inner_name, opened_for_reading, peek_ahead)
from .corpus import (
    PARQUET_MAGIC, SNIFF_BYTES, STREAM_LOOK_AHEAD, WARC_HTML_FIELD, Entry, RecordWriter, clean_entry, corpus_kind,
    count_entries, holds_jsonl_on_a_stream, missing_extra, peek_decompressed, record_writer, shows_whether_jsonl,
    stdout_bytes,
)
from .corpus import entries as corpus_entries
from .document import FORMATS, Kind, json_text, kind_of
from .errors import CorpusError, DocumentError, OutputError
from .executors import ClusterLost, Executor, default_jobs, finished, open_executor
from .model import Decision, Explanation
from .plan import (EMPTY_PATH, RECORD_FORMATS, STDOUT, Plan, PlanError, compressed_report_name, is_stream,
                   plan_run, refuse_unmakeable)
from .progress import (LOGGER, STOP_SIGNALS, configure_logging, log_failure, progress_wanted, summarise_repeats,
                       with_progress)
from .records import (DEFAULT_ERROR_FIELD, PAGE_ID_FIELD, RecordOptions, document_option, fields_overlap,
                      internal_error, never_held_warning, page_id, shown_names, with_failure, without_field)
from .outlets import (RuleError, RuleFile, URLError, domain_clashes, is_shipped, load_rules, rule_domain,
                      rule_files_in, shipped_rule_paths, shipped_rules_dir, url_host)
from .pipeline import Cleaner
from .run import (Outcome, RunOptions, RunReport, RunStopped, clean_document, failed_outcome, load_cleaner,
                  printable)
from .settings import DEFAULT_SETTINGS, Settings
from .written import WrittenOutputs

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _check_rule_dirs(context: click.Context, parameter: click.Parameter, paths: tuple[Path, ...]) -> tuple[Path, ...]:
    # Only a folder's *.toml files are read: one without any (a typo, rules saved as .txt) would add no rule.
    # Each is read whole: a FIFO, or a link to a device, would stop the command for good, before any page.
    for path in paths:
        if path.is_dir() and not rule_files_in(path):
            raise click.BadParameter(f"folder {path} holds no *.toml rule file", param_hint="--rules")
        for rule_file in rule_files_in(path) if path.is_dir() else [path]:
            problem = not_regular(rule_file)
            if problem:
                raise click.BadParameter(f"{rule_file}: {problem}, not a rule file", param_hint="--rules")
    return paths


class _ExistingPath(click.Path):
    """A path that must exist: one that is a link to nothing is refused saying so (a link that loops, or
    whose target is not there), where click said "File 'loop' does not exist.", of a link that is there.
    Any path, existing or not, is refused empty: pathlib reads "" as `.`, and `cleaner clean "$UNSET" -o out`
    cleaned the current folder."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail(EMPTY_PATH, param, ctx)
        if isinstance(value, str | Path) and (too_long := name_too_long(value)):  # pathlib's checks raise on it
            self.fail(f"{value}: {too_long}", param, ctx)
        if isinstance(value, str) and value.endswith(_SEPARATORS) and (named := value.rstrip("".join(_SEPARATORS))):
            # pathlib drops the separator: `clean page.txt/` cleaned the file, where `cat page.txt/` fails
            if os.path.exists(named) and not os.path.isdir(named):
                self.fail(f"{value}: it ends in {value[-1]}, a folder's mark, but {named} is not a folder: give it "
                          f"without the {value[-1]}", param, ctx)
        if not self.dir_okay and not self.exists and isinstance(value, str) and value.endswith(_SEPARATORS):
            named = _FILE_NAME_SHOWN.get(ctx.info_name or "" if ctx else "", "NAME")
            self.fail(f"{value} names a folder (it ends in {value[-1]}), and this is a file: give its name, "
                      f"e.g. {value}{named}", param, ctx)
        if self.exists and isinstance(value, str | Path) and str(value) != "-":
            if dead := dead_link(Path(value)):
                self.fail(f"{value}: {dead}", param, ctx)
            if not os.path.lexists(value):  # named as file mode names it: click's repr lost bytes not UTF-8
                self.fail(f"no such file or folder: {value}", param, ctx)
        return super().convert(value, param, ctx)


_SEPARATORS = tuple(separator for separator in (os.sep, os.altsep) if separator)
# The file a path ending in a separator is told to name, by command: clean's --report, report's -o, learn's -o.
_FILE_NAME_SHOWN = {"clean": "report.json", "report": "report.html", "learn": "outlet.toml"}


rules_option = click.option(
    "--rules", "rule_dirs", multiple=True, type=_ExistingPath(exists=True, path_type=Path), callback=_check_rule_dirs,
    help="Extra rule file, or folder of *.toml rule files (its subfolders too) (repeatable).",
)


def _not_nan(context: click.Context, parameter: click.Parameter, number: float) -> float:
    """A FloatRange lets nan through (no comparison holds for it): a usage error, as a number out of range is
    (`learn --min-share nan` failed only once the pages were read, exit 1)."""
    if math.isnan(number):
        raise click.BadParameter("nan is not a number")
    return number


def _not_empty(context: click.Context, parameter: click.Parameter, value: str | None) -> str | None:
    """An option given empty, `--outlet "$UNSET"`: usage error, not the option left out in silence
    (the outlet's rules, or those its URL picks, not applied; exit 0)."""
    if value == "":
        raise click.BadParameter("given empty (an unset shell variable?): give one, or leave the option out")
    return value


def _outlet_name(context: click.Context, parameter: click.Parameter, name: str) -> str:
    """`learn --outlet ""` (or blank): a usage error as `clean --outlet ""` is, not a rule file written without
    a name that then failed to load (exit 1)."""
    if not name.strip():
        raise click.BadParameter("given empty or blank (an unset shell variable?): give the outlet's name")
    return name


def _check_url(context: click.Context, parameter: click.Parameter, url: str | None) -> str | None:
    _not_empty(context, parameter, url)
    if url and printable(url) != url:  # a byte not in UTF-8 (a surrogate escape, which JSON output cannot hold)
        raise click.BadParameter(f"{printable(url)} holds a byte not in UTF-8 or a control character: a URL "
                                 "percent-encodes them (%E9)")
    if url:
        try:
            host = url_host(url)
        except URLError as exc:
            raise click.BadParameter(str(exc)) from None
        if not host or any(character.isspace() for character in host):  # it picked no outlet's rules, in silence
            raise click.BadParameter(f"{url} names no host (a domain: https://gazette.example/story); the outlet's "
                                     "rules are picked by it")
    return url


url_option = click.option("--url", callback=_check_url, help="The page's URL: picks the outlet's rules by domain.")
outlet_option = click.option("--outlet", callback=_not_empty,
                             help="Use this outlet's rules (id or name; see `cleaner rules list`), whatever the URL "
                                  "(--url, a record's) says.")


def _error(message: str) -> None:
    click.echo(click.style("error: ", fg="red", bold=True) + printable(message), err=True)


def _said_if_stdout_fails(make: Callable[[], click.Context]) -> click.Context:
    """The context ``make`` makes as click reads the command line, where --help and --version print: a stdout
    that cannot take them (`> /dev/full`) raised a traceback, a closed pipe (`| head -0`) exited 1 without a
    word, and a closed stdout (`>&-`: Python holds None there, where click prints nothing) exited 0. Said in one
    line, exit 1, as a command's output that fails is."""
    try:
        try:
            return make()
        except click.exceptions.Exit as done:
            if done.exit_code == EXIT_OK and sys.stdout is None:  # the help or the version, printed into nothing
                raise OSError(errno.EBADF, "closed") from None
            raise
    except OSError as exc:
        if exc.filename is not None:  # a path's, not stdout's
            raise
        try:
            with _output_errors(None):
                raise
        except _OutputFailed as failed:
            _error(str(failed))
            sys.exit(EXIT_FAILURES)


class _Command(click.Command):
    """A command whose --help says a stdout that fails in one line (`_said_if_stdout_fails`)."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        return _said_if_stdout_fails(lambda: super(_Command, self).make_context(info_name, args, parent, **extra))


class _OneLineErrors(click.Group):
    """Usage errors on one line, a name's bytes not UTF-8 and its control characters (a line break) as `\\xNN`,
    as file mode names a file: a name given broke the message over two lines. Its commands and groups say a
    stdout that fails as they print their help in one line too (`_said_if_stdout_fails`)."""

    command_class = _Command
    group_class = type  # its groups are of this class

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        return _said_if_stdout_fails(lambda: super(_OneLineErrors, self).make_context(info_name, args, parent,
                                                                                        **extra))

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            exc.message = printable(exc.message)  # type: ignore[misc]  # click declares it Final
            raise


class _PathOrDash(_ExistingPath):
    """A path, or `-` for stdin: `./-` (which pathlib writes `-`) stays the file named `-`."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        if path == Path("-") and value != "-":
            return Path.cwd() / "-"
        return path


def _make_cleaner(rule_dirs: tuple[Path, ...], settings: Settings = DEFAULT_SETTINGS) -> tuple[Cleaner, list[str]]:
    """The command's Cleaner (the one its workers share) and its rule-file
    errors, each reported once as it is met; a malformed rule file is skipped."""
    rule_errors: list[str] = []

    def report(exc: RuleError) -> None:
        rule_errors.append(str(exc))
        _error(f"{exc} (rule file skipped)")

    return load_cleaner(rule_dirs, on_rule_error=report, settings=settings), rule_errors


def _check_outlet(cleaner: Cleaner, outlet: str | None) -> None:
    if outlet:
        try:
            cleaner.rules.get(outlet)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--outlet") from None


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleaner")
def main() -> None:
    """Strip boilerplate from scraped article text and HTML pages.

    Keeps the article body (paragraphs, quotes, in-body subheadings, lists)
    and removes site chrome: menus, appeals, captions, related lists, footers.
    `cleaner explain` shows what removed each block.

    Exit status: 0 done; 1 some documents or rule files failed (each named
    on stderr); 2 usage error; 130 / 143 / 129 stopped by Ctrl-C / SIGTERM
    / the terminal closed (SIGHUP). `cleaner COMMAND --help` tells each
    command's.

    \b
    Examples:
      cleaner clean samples/input -o cleaned/
      cat page.txt | cleaner clean - > body.txt
      cleaner explain samples/input/000_commondreams.txt
    """


class _Stopped(BaseException):
    """SIGINT, SIGTERM or SIGHUP: unwinds the run like an error (workers stopped,
    temporary files deleted), past click, which would say "Aborted!" and exit 1."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.unwritten = "no output is left half-written"
        """What the run did not write, as the output being written when it stopped says (_naming_unwritten)."""
        self.waited_for: str | None = None
        """The input given as a stream (stdin, a pipe by name) that was waiting for its first bytes, if one was."""

    def __str__(self) -> str:
        return f"stopped by {signal.Signals(self.signum).name}: {self.unwritten}"


def _stop(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


def _exit_at_a_second_stop() -> None:
    """The run is stopped, and said so: what the process still does as it exits (closing a local Dask cluster
    stopped as it started, some 3 s) ends at a second stop, at once and without a word (it printed the
    traceback of the exit handler the stop was raised in)."""
    def exit_now(signum: int, _frame: object) -> None:
        for stream in (sys.stdout, sys.stderr):
            with suppress(Exception):  # closed, or a closed pipe: there is nothing more to say
                stream.flush()
        os._exit(128 + signum)

    for stop in STOP_SIGNALS:
        if signal.getsignal(stop) is not signal.SIG_IGN:  # a SIGHUP under nohup still ends nothing
            signal.signal(stop, exit_now)


def _keep_stderr() -> None:
    """Started with stderr closed (`2>&-`, a daemon's), Python's sys.stderr is None: the run failed on it before
    doing anything, with exit 1 and no word, and fd 2 was free for the next file opened, into which C libraries'
    messages would go. The null device takes its place: the exit status and --report still tell."""
    if sys.stderr is not None:
        return
    try:
        os.fstat(2)
    except OSError:
        null = os.open(os.devnull, os.O_WRONLY)
        if null != 2:
            os.dup2(null, 2)
            os.close(null)
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115 (for life)


def run() -> None:
    """The `cleaner` program: ``main`` in a process of its own."""
    # What the imports made lives as long as the process: frozen, it is left
    # out of every collection, the one at exit too, which went through it all
    # for nothing (4% of a small page's start, counted by callgrind).
    gc.freeze()
    _keep_stderr()
    signal.signal(signal.SIGTERM, _stop)  # by default it ended this process alone, leaving its workers on
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when started ignoring it
        signal.signal(signal.SIGINT, _stop)
    if signal.getsignal(signal.SIGHUP) is signal.SIG_DFL:  # the terminal closed; not under nohup, which ignores it
        signal.signal(signal.SIGHUP, _stop)  # by default it ended this process with no report, its workers too
    try:
        main()
    except _Stopped as stopped:
        _error(str(stopped))
        _exit_at_a_second_stop()
        sys.exit(128 + stopped.signum)


@main.command()
# Not readable=True: an input that cannot be read fails alone by name, as one inside a folder does, not the run.
@click.argument("paths", nargs=-1, required=True, type=_PathOrDash(allow_dash=True, readable=False, path_type=Path))
@click.option("-o", "--output", metavar="PATH",
              help="text, json: the folder of output files (one page: stdout, or the stream given, "
                   "/dev/null, a FIFO). jsonl, parquet: the one output file "
                   "(`-` for stdout, jsonl only; compressed as its name ends: .gz, .zst, .bz2, .xz).")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              help="text: the body, one file per document; json: body and metadata, one file per document; "
                   "jsonl, parquet: one record per document in one file. Default: the one -o's name says "
                   "(pages.jsonl, rows.parquet), else text for pages and folders, jsonl for JSONL and WARC "
                   "corpora, parquet for Parquet.")
@rules_option
@url_option
@outlet_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
              help="Worker processes (no more are started than there are documents); with --executor dask, "
                   "those of the local cluster started without --scheduler.")
@click.option("--resume", is_flag=True,
              help="Skip inputs whose output exists and is newer (rerun after an interrupted run).")
@click.option("--report", "report_path", type=_PathOrDash(dir_okay=False, path_type=Path),
              help="Write a JSON run report (`-`: to stdout): counts, bytes in and out, failures, removed blocks "
                   "per rule.")
@click.option("--text-field", default="text", show_default=True,
              help="Records: the field holding the text, where the cleaned text goes. Fields are dotted "
                   "paths (metadata.text).")
@click.option("--html-field", help="Records: clean the HTML in this field; the body goes to --text-field.")
@click.option("--url-field", default="url", show_default=True,
              help="Records: the field holding each record's URL, which picks its outlet's rules "
                   "(metadata.url in datatrove's layout); --url where a record has none.")
@click.option("--drop-field", "drop_fields", multiple=True, metavar="FIELD",
              help="Records out: leave this field out (repeatable), e.g. the HTML.")
@click.option("--error-field", default=DEFAULT_ERROR_FIELD, show_default=True,
              help="Records out: why a record could not be cleaned (null when it was); it is kept, so "
                   "that rows line up with the input. Never written over a record's own value: a record "
                   "holding one in this field stops the run, by name (give another field, or --drop-field "
                   "it); a field the run reads or writes is refused.")
@click.option("--skip-failed", is_flag=True, help="Records out: leave out the records that could not be cleaned.")
@click.option("--with-metadata", is_flag=True,
              help="Records out: add title, author, date, language (ISO 639-1 code) and removed_share "
                   "(over a record's own fields of those names; see --metadata-field).")
@click.option("--metadata-field", metavar="FIELD",
              help="Records out: with --with-metadata, put the metadata in this object field (e.g. cleaner), "
                   "so that a record's own title or language stays.")
@click.option("--strict", is_flag=True, help="Records in: stop at the first malformed line or bad record.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes here; dask: a Dask cluster (pip install 'cleaner[dask]').")
@click.option("--rule-seconds", type=click.FloatRange(0, min_open=True), metavar="SECONDS",
              default=DEFAULT_SETTINGS.rule_seconds_per_document, show_default=True, callback=_not_nan,
              help="Time the outlet rules' patterns may take on one document; past it the document fails by name "
                   "(inf: no limit).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and warnings on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Also a line for each document cleaned.")
def clean(paths: tuple[Path, ...], output: str | None, fmt: str | None, rule_dirs: tuple[Path, ...],
          url: str | None, outlet: str | None, jobs: int, resume: bool, report_path: Path | None,
          text_field: str, html_field: str | None, url_field: str, drop_fields: tuple[str, ...], error_field: str,
          skip_failed: bool, with_metadata: bool, metadata_field: str | None, strict: bool, executor: str,
          rule_seconds: float, scheduler: str | None, progress: bool | None, quiet: bool, verbose: bool) -> None:
    """Clean pages, folders and corpora; `-` reads stdin.

    \b
    What -o is follows the output format:
      text, json      -o is a folder: one file per document
                      (one page, a file or `-`, without -o: to stdout)
      jsonl, parquet  -o is one file of records (`-` for stdout, jsonl)
    The format is --format, else the one -o's name says, else the input's:
      page files, folders  text     each file -> FOLDER/<relative path>.txt
      JSONL (.jsonl[.gz])  jsonl    one record out per record in, in order
      WARC (.warc[.gz])    jsonl    a record per HTML page: id, url, crawl_date, text
      WET (.warc.wet.gz)   jsonl    a record per page text, cleaned as text
      Parquet (.parquet)   parquet  one row out per row in
    so a folder goes into one JSONL with -o pages.jsonl, and a corpus into a
    folder of files with --format text (named by each record's id).
    Combinations that mean nothing are refused (exit 2).

    Pages take the HTML path when their name says .html/.htm (or their
    content starts like markup), the text path otherwise. Compressed inputs
    (gzip, zstd, bzip2, xz) are read by their content, stdin too; stdin holds
    a page, JSONL (when it starts with `{`) or a WARC. A record keeps its
    other fields; one that cannot be cleaned is kept with the reason in
    --error-field. Of a WARC, responses other than HTML of status 200 (or
    203) are skipped and counted. Inputs are never modified; outputs are written
    atomically.

    Exit status: 0 every document cleaned; 1 some failed or were skipped, a
    rule file was malformed (it is skipped), or an output could not be
    written; 2 usage error; 130 / 143 / 129 stopped by Ctrl-C / SIGTERM /
    the terminal closed (SIGHUP) (the outputs written are whole and counted).
    A run started with & by a script ignores SIGINT (Ctrl-C), as POSIX has
    the shell start it: stop it with SIGTERM (kill PID).

    \b
    Examples:
      cleaner clean samples/input -o cleaned/
      cleaner clean big/ -o cleaned/ --jobs 8 --resume --report report.json
      cleaner clean pages/ -o pages.jsonl.zst
      cleaner clean corpus.jsonl.gz -o cleaned.jsonl.gz --html-field html --drop-field html
      cleaner clean crawl.warc.gz -o pages.jsonl --with-metadata
      cleaner clean rows.parquet -o cleaned.parquet --url-field metadata.url
      curl -s https://example.org/story | cleaner clean - --url https://example.org/story
    """
    if quiet and verbose:
        raise click.UsageError("-q/--quiet and -v/--verbose ask for opposite things: give one of them")
    repeats = configure_logging(-1 if quiet else 1 if verbose else 0)
    with ExitStack() as inputs:
        with _reported_if_stopped(paths, output, report_path):  # before the run begins
            if output in (None, STDOUT) or report_path == Path(STDOUT) or _names_stdout(output):
                _stdout_is_an_input(paths)
            kinds = _input_kinds(paths, inputs)
            stdin = Path("-") in paths
            try:
                plan = plan_run([kind for kind, _ in kinds], output, fmt, stdin=stdin)
            except PlanError as exc:
                raise click.UsageError(str(exc)) from None
            extra = missing_extra(plan.corpus, plan.fmt)
            if extra:
                raise click.UsageError(f"{plan.corpus if plan.corpus in ('warc', 'parquet') else plan.fmt} needs "
                                       f"an extra: {extra}")
            record_options = _record_options(plan, text_field, html_field, url_field, drop_fields, error_field,
                                             skip_failed, with_metadata, metadata_field, strict)
            # One page, from stdin or a file, cleaned to stdout or into a stream (or into a records file, from stdin).
            one_page = plan.corpus is None and (stdin or not FORMATS[plan.fmt].writes_records
                                                and (plan.output is None or is_stream(str(plan.output))))
            if (plan.output is not None and not FORMATS[plan.fmt].writes_records and not one_page
                    and (dead := dead_link(plan.output))):
                # mkdir's own reason, "File exists", said nothing of the link
                raise click.UsageError(f"{plan.output}: the output folder is {dead}")
            if FORMATS[plan.fmt].writes_records and plan.output is not None:
                clash = (None if stdin else records_file_error(paths, plan.output)) or _holds_no_records(plan)
                if clash:
                    raise click.UsageError(clash)
            if resume and (plan.corpus or FORMATS[plan.fmt].writes_records or one_page):
                raise click.UsageError("--resume applies to pages cleaned into a folder of files")
            options = RunOptions(rule_dirs=rule_dirs, url=url, outlet=outlet, fmt=plan.fmt,
                                 outdir=None if FORMATS[plan.fmt].writes_records or one_page else plan.output,
                                 resume=resume,
                                 record=record_options,
                                 settings=replace(DEFAULT_SETTINGS, rule_seconds_per_document=rule_seconds))
            cleaner, rule_errors = _make_cleaner(rule_dirs, options.settings)
            _check_outlet(cleaner, outlet)
            if report_path:
                _check_report_path(report_path, paths, plan)
            _wait_for_reader(plan.output, inputs)
        report = RunReport("records" if plan.corpus else "files", rule_file_errors=rule_errors)
        shown = progress_wanted(progress) and not quiet
        signalled: _Stopped | None = None
        said: str | None = None  # what ended the run and was said as it came
        if one_page:
            try:
                _clean_one_page(cleaner, options, paths[0], kinds[0][1], plan.output, report)
            except _OutputFailed as exc:  # the page is not counted yet: failed, so that the run counts its input
                _stopped(report, str(exc))
                report.fail("<stdin>" if stdin else printable(str(paths[0])), str(exc))
            except _Stopped as stop:  # before its output was written: the writing and counting hold stops off
                signalled = stop
                _stopped(report, str(stop))
                source = "<stdin>" if stdin else printable(str(paths[0]))
                report.fail(source, "not cleaned: the run was stopped")
                log_failure(source, "not cleaned: the run was stopped")
        stamp = None
        if plan.corpus is None and not one_page and not FORMATS[plan.fmt].writes_records:
            _check_folder_paths(paths, options.outdir)
        if options.outdir is not None and not one_page:  # a folder of pages' or records' files
            stamp = _run_stamp(cleaner, options)
        written = _Written()
        if not one_page:
            try:
                with _executor(executor, scheduler, jobs) as run:
                    try:
                        if stamp is not None:  # the last check passed: the executor opened
                            options = _stamp_output_folder(options, stamp)
                        if plan.corpus is not None:
                            _clean_corpus(run, options, plan, kinds[0][1], str(paths[0]), report, written,
                                          strict=strict, shown=shown)
                        else:
                            streams = {path: stream for path, (_, stream) in zip(paths, kinds, strict=True) if stream}
                            _clean_pages(run, options, plan, paths, streams, report, written, shown=shown)
                    except _OutputFailed as exc:
                        if exc.said:  # as it came, while the run waited for its workers
                            said = str(exc)
                        else:
                            _stopped(report, str(exc))
                    except ClusterLost as exc:  # its workers' results lost: the tasks in flight named failed
                        _stopped(report, str(exc))
            except _Stopped as stop:  # Ctrl-C, SIGTERM: the run ends here, said in its report too
                signalled = stop  # a full disk met before it or as the workers finished is in the report too
                _stopped(report, str(stop))
                if options.outdir is not None:  # the workers are stopped: what they were writing is no output
                    remove_stale_temporaries(options.outdir)
            try:  # however the run ended, a stop too: the outputs it counted are looked for
                if stamp is not None and options.since and (lost := _outputs_lost(options.outdir, report)):
                    _stopped(report, lost)
                elif written.outputs is not None:
                    _count_lost_outputs(report, written.outputs)
            except _Stopped as stop:  # the outputs not looked for yet stay counted: said
                stop.unwritten = "the outputs written were not all looked for at the run's end"
                signalled = signalled or stop
                _stopped(report, str(stop))
    summarise_repeats(repeats)
    if plan.corpus is not None and not report.stopped:
        named = [("--drop-field", name) for name in drop_fields]  # the default URL field: a record's where it has one
        if click.get_current_context().get_parameter_source("url_field") is not ParameterSource.DEFAULT:
            named.insert(0, ("--url-field", url_field))
        if plan.corpus != "warc":  # a WARC's pages hold their HTML
            option, field = document_option(options.record)
            named.insert(0, (f"--{option.replace('_', '-')}", field))
        _say_fields_never_held(report, "<stdin>" if stdin else str(paths[0]), named, url, outlet)
    if report.stopped:
        if report.stopped != said:  # the last line says all that ended the run, as the report does
            LOGGER.error(report.stopped)
    elif not one_page:
        if plan.output is None:
            LOGGER.info(_summary(report, "into stdout"))
        elif FORMATS[plan.fmt].writes_records and not written.whole:  # the input could not be read at all
            LOGGER.info(_summary(report, f"({plan.output} not written)"))
        else:
            LOGGER.info(_summary(report, f"into {plan.output}"))
    elif report.emptied:  # one page has no summary line to count it in
        LOGGER.info("%s: cleaned to nothing (every block removed: an empty output)",
                    "<stdin>" if stdin else printable(str(paths[0])))
    if report.removed and not report.stopped:
        top = ", ".join(f"{rule} {count}" for rule, count in report.removed.most_common(5))
        LOGGER.info("most removals: %s", top)
    reported = not report_path or _write_report(report_path, json_text(report.as_json(), indent=2))
    if signalled is not None:  # the user's stop: its status, whatever else ended the run
        _exit_at_a_second_stop()
        sys.exit(128 + signalled.signum)
    sys.exit(EXIT_FAILURES if report.stopped or report.failed or rule_errors or not reported else EXIT_OK)


def _say_fields_never_held(report: RunReport, name: str, named: list[tuple[str, str]], url: str | None,
                           outlet: str | None) -> None:
    """A warning for each field an option named (``named``: option, field) that no record read held: a typo
    (`--url-field URLX`), whose option did nothing. Into the report too; not a failure, the exit status stays:
    every record was written as it should be, the option had nothing to do."""
    for option, field in named:
        if report.records_read and field not in report.fields_held:
            warning = printable(never_held_warning(option, field, f"no record of {name}", url=url, outlet=outlet,
                                                   as_options=True, text_in=report.text_in))
            LOGGER.warning(warning)
            report.warnings.append(warning)


def _stopped(report: RunReport, reason: str) -> None:
    """Put why the run ends before its end in the report; a second reason (a stop while the run waits for
    its workers after a full disk, or the reverse) is added to the first."""
    report.stopped = reason if report.stopped is None else f"{report.stopped}; {reason}"


def _write_report(path: Path, content: str) -> bool:
    """Write a report into ``path``, or onto stdout for `-` (as `-o -` writes records there); whether it
    was written, else said (the run then exits 1, or with a stop's status: it exited 1, the stop lost)."""
    if path == Path("-"):
        _print_lines([content.removesuffix("\n")])
        return True
    try:
        write_atomic(path, content)
    except OSError as exc:
        _error(f"{path}: report not written: {exc.strerror}")
        return False
    return True


@contextmanager
def _reported_if_stopped(paths: tuple[Path, ...], output: str | None, report_path: Path | None) -> Iterator[None]:
    """A stop (Ctrl-C, SIGTERM) in the block, before the run begins (as stdin or a pipe given by name waits for
    its first bytes, or as the rules load), still writes the report asked for, saying so: nothing was cleaned or
    written, and the stream waited for, named, was not cleaned (no report was written). The report's path is
    checked without the run's plan, not made yet: refused wherever an output could go."""
    try:
        yield
    except _Stopped as stop:
        stop.unwritten = "nothing was cleaned or written"
        if stop.waited_for is not None:
            stop.unwritten += f" ({stop.waited_for} was waiting for its first bytes)"
        if report_path is None:
            raise
        report = RunReport("files")
        if stop.waited_for is not None:
            report.fail(stop.waited_for, "not cleaned: the run was stopped")
            log_failure(stop.waited_for, "not cleaned: the run was stopped")
        _stopped(report, str(stop))
        try:
            _check_report_path(report_path, paths, None, output)
        except click.ClickException as exc:
            _error(f"{report_path}: report not written: {exc.message}")
        else:
            _write_report(report_path, json_text(report.as_json(), indent=2))
        raise


class _Unreadable(io.RawIOBase):
    """A stream that cannot be read (stdin closed, or open for writing only): each read raises ``error``, so that
    the page fails by name as a file that cannot be read does."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise self.error


def _stdin_bytes() -> IO[bytes]:
    """stdin, for bytes; started with stdin closed (`<&-`, which Python holds as None: a traceback), a stream
    that says so as it is read (`<stdin>: cannot read: closed`): read as empty, it was said "empty input", as
    `< /dev/null` is."""
    return sys.stdin.buffer if sys.stdin is not None else cast(IO[bytes], _Unreadable(OSError(errno.EBADF, "closed")))


def _input_kind(path: Path, inputs: ExitStack) -> tuple[str, IO[bytes] | None]:
    """What ``path`` holds (page, folder, jsonl, warc, parquet) and, for stdin and for a FIFO or a device
    given by name (`read_as_stream`), the stream to read it from (decompressed): it is read once, by this
    process, as no worker could open it again."""
    if path == Path("-"):
        return _stream_kind(_stdin_bytes(), "stdin", inputs)
    if read_as_stream(path):
        try:
            given = inputs.enter_context(path.open("rb"))  # waits for a writer, as `cat fifo` does
        except OSError as exc:
            raise click.UsageError(f"{path}: cannot read: {exc.strerror}") from None
        return _stream_kind(given, f"a pipe ({path})", inputs)
    if not path.exists():
        raise click.UsageError(f"{path}: {dead_link(path) or 'a link that leads to no file'}" if path.is_symlink()
                               else f"no such file or folder: {path}")
    if path.is_dir():
        return "folder", None
    kind = corpus_kind(path.name)
    # The name says nothing: the content may (that of a stream is looked at above, without losing a byte).
    if kind is None and kind_of(inner_name(path.name)) == "auto" and not_regular(path) is None:
        try:
            with path.open("rb") as stream:
                kind = corpus_kind(path.name, peek_decompressed(stream))
        except (OSError, CompressionError):
            kind = None  # cleaning it will say what is wrong with it
    return kind or "page", None


def _wait_for_reader(output: Path | None, inputs: ExitStack) -> None:
    """Open ``output`` if it is a FIFO (not a descriptor's name: written through the descriptor) for writing, and
    keep it open in ``inputs`` to the command's end: the opening waits for its reader, as the shell's `>` does,
    here, where a stop (Ctrl-C) ends the wait; where a page's output is written, a stop waits until it is written
    whole, and no Ctrl-C ended the wait. That opening then finds the reader there. (A report is written as the
    run ends, where a stop is not held.)"""
    if output is None or descriptor_named(output) is not None:
        return
    try:
        fifo = stat.S_ISFIFO(output.stat().st_mode)
    except OSError:  # not there (made as it is written), or not to be looked at: said as it is written
        return
    if fifo:
        with suppress(OSError):  # one that cannot be opened is said as it is written
            inputs.enter_context(output.open("wb"))


def _names_stdout(output: str | None) -> bool:
    """Whether ``output`` is a name of this process's stdout (`/dev/stdout`, `/dev/fd/1`)."""
    named = descriptor_named(output) if output is not None else None
    return named is not None and named[0] == 1


def _stdout_is_an_input(paths: Iterable[Path]) -> None:
    """Refuse a stdout that is one of the input files given (`cleaner clean page.txt > page.txt`, or `>>`; stdin
    read from it, `- < page.txt >> page.txt`), as
    `cat` does: the shell's `>` emptied the input before the run began, which was then cleaned as empty (a JSONL's
    "0 records", exit 0), and `>>` wrote the output into the input."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # closed, or no file (a caller's capture): no input
        return
    if not stat.S_ISREG(out.st_mode):
        return
    for path in paths:
        try:
            given = os.fstat(sys.stdin.fileno()) if path == Path("-") else path.stat()
        except (OSError, ValueError, AttributeError):
            continue
        if (given.st_dev, given.st_ino) == (out.st_dev, out.st_ino):
            name = "<stdin>" if path == Path("-") else printable(str(path))
            raise click.UsageError(f"stdout is the input {name}: the output would go into it (a shell's > empties "
                                   "it before the run begins: restore it); send the output elsewhere")


def _input_kinds(paths: tuple[Path, ...], inputs: ExitStack) -> list[tuple[str, IO[bytes] | None]]:
    """`_input_kind` of each of ``paths``; a stream given twice (`/dev/stdin /dev/stdin`, a FIFO and a link
    to it) is opened once: opened again, its look ahead took bytes from the middle of the page the first
    read, which lost its first line."""
    kinds: list[tuple[str, IO[bytes] | None]] = []
    streams: dict[tuple[int, int], tuple[str, IO[bytes] | None]] = {}
    for path in paths:
        try:
            if path == Path("-") or not read_as_stream(path):
                kinds.append(_input_kind(path, inputs))
                continue
            info = path.stat()
            same_stream = (info.st_dev, info.st_ino)
            if same_stream not in streams:
                streams[same_stream] = _input_kind(path, inputs)
            kinds.append(streams[same_stream])
        except _Stopped as stop:  # as it waited for its first bytes (opening a pipe, reading stdin's first bytes)
            stop.waited_for = "<stdin>" if path == Path("-") else printable(str(path))
            raise
    return kinds


def _stream_kind(given: IO[bytes], name: str, inputs: ExitStack) -> tuple[str, IO[bytes]]:
    """What the stream ``given`` (stdin, a pipe) holds, and the stream to read it from: its first bytes are
    looked at without losing any, as a stream cannot go back."""
    # Read ahead: a pipe's first read may hold a byte or two of what its writer sends.
    try:
        _, raw = peek_ahead(given, MAGIC_BYTES)
    except OSError as exc:  # stdin open for writing only (`0>file`): a page, whose reading fails by name
        return "page", cast(IO[bytes], _Unreadable(exc))
    # Gone back to once its kind is known: a WARC is read from its compressed bytes, that its reader
    # goes on past a corrupt gzip member in.
    window = PipeWindow(raw)
    with opened_for_reading(cast(IO[bytes], window)) as stream:
        try:
            head, _ = peek_ahead(stream, STREAM_LOOK_AHEAD, shows_whether_jsonl)
        except CompressionError:  # cut short or corrupt within its first bytes
            window.seek(0)
            # A corpus of gzip members (a .warc.gz, a .jsonl.gz) is known by the next member, and read
            # past the corrupt one, by name, as from a file; else it is a page, that fails reading by
            # name, counted (in --report, in a records file -o names) as a file's does.
            head = head_past_a_corrupt_start(cast(IO[bytes], window), SNIFF_BYTES)
    window.seek(0)
    sniffed = corpus_kind("", head) or ("jsonl" if holds_jsonl_on_a_stream(head) else "page")
    if sniffed == "parquet":
        raise click.UsageError(f"Parquet is read from its end, not from {name}: give the file's path")
    if sniffed in ("warc", "jsonl"):  # read from its compressed bytes: past a corrupt gzip member too
        return sniffed, cast(IO[bytes], window)
    window.release()
    return sniffed, inputs.enter_context(opened_for_reading(cast(IO[bytes], window)))


def _record_options(plan: Plan, text_field: str, html_field: str | None, url_field: str,
                    drop_fields: tuple[str, ...], error_field: str, skip_failed: bool, with_metadata: bool,
                    metadata_field: str | None, strict: bool) -> RecordOptions:
    if plan.corpus is None and (html_field or strict or text_field != "text" or url_field != "url"):
        raise click.UsageError("--text-field, --html-field, --url-field and --strict apply to records read "
                               "(JSONL, WARC or Parquet input)")
    if not FORMATS[plan.fmt].writes_records and (drop_fields or skip_failed or with_metadata
                                                  or error_field != DEFAULT_ERROR_FIELD):
        raise click.UsageError("--drop-field, --error-field, --skip-failed and --with-metadata apply to records "
                               "written (--format jsonl or parquet)")
    if plan.corpus is None and FORMATS[plan.fmt].writes_records and fields_overlap(error_field, PAGE_ID_FIELD):
        # A page's record is its name and its text: the error field would be written over the name.
        raise click.UsageError(f"--error-field {error_field!r}: a page's record holds its name in "
                               f"{PAGE_ID_FIELD!r}; give the error a field of its own")
    if metadata_field and not with_metadata:
        raise click.UsageError("--metadata-field: the metadata is written with --with-metadata only")
    if plan.corpus == "warc":
        if html_field:
            raise click.UsageError(f"--html-field: a WARC's pages are HTML, in the field {WARC_HTML_FIELD!r}")
        # The page's HTML is what was cleaned: not written again.
        html_field, drop_fields = WARC_HTML_FIELD, (*drop_fields, WARC_HTML_FIELD)
    try:
        return RecordOptions(text_field=text_field, html_field=html_field, url_field=url_field,
                             drop_fields=drop_fields, error_field=error_field, skip_failed=skip_failed,
                             with_metadata=with_metadata, metadata_field=metadata_field)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def _check_folder_paths(paths: tuple[Path, ...], outdir: Path | None) -> None:
    assert outdir is not None
    overlap = overlap_error(paths, outdir)
    if overlap:
        raise click.UsageError(overlap)


def _run_stamp(cleaner: Cleaner, options: RunOptions) -> dict[str, Any]:
    """The stamp this run records in its output folder; --resume into a
    folder whose outputs other settings made is refused."""
    assert options.outdir is not None
    stamp = run_stamp(cleaner, fmt=options.fmt, url=options.url, outlet=options.outlet)
    try:
        recorded = recorded_stamp(options.outdir)
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    if recorded is None and _holds_files(options.outdir):  # a page's output would be written over a file of theirs
        why = (f"its {RUN_STAMP} is no run's record" if (options.outdir / RUN_STAMP).exists()
               else f"it has no {RUN_STAMP}")
        raise click.UsageError(f"{options.outdir} holds files that no cleaner run wrote ({why}): "
                               "its files could be written over; give a new or empty folder")
    differences = stamp_differences(recorded, stamp)
    if options.resume and differences:
        raise click.UsageError(f"{options.outdir}: its outputs were made with other settings "
                               f"({', '.join(differences)} changed); run without --resume to remake them")
    return stamp_for_run(recorded, stamp)


def _holds_files(folder: Path | str) -> bool:
    """Whether ``folder`` holds a file that is not hidden, in it or in a folder in it that is not hidden
    (where outputs go: hidden inputs make none)."""
    try:
        with os.scandir(folder) as entries:
            return any(not entry.name.startswith(".") and (not entry.is_dir(follow_symlinks=False)
                                                           or _holds_files(entry.path)) for entry in entries)
    except OSError:  # not there yet, or not a folder: writing into it says what is wrong
        return False


def _stamp_output_folder(options: RunOptions, stamp: dict[str, Any]) -> RunOptions:
    """Record ``stamp`` in the output folder as the run starts (after every
    usage check); the options, with the time from which outputs are made with
    these settings. A folder that cannot be written ends the run in one line
    (_OutputFailed, so that the report says so)."""
    assert options.outdir is not None
    try:
        options.outdir.mkdir(parents=True, exist_ok=True)
        write_atomic(options.outdir / RUN_STAMP, json.dumps(stamp, sort_keys=True) + "\n")
    except OSError as exc:
        raise _OutputFailed(f"{options.outdir}: cannot write to the output folder: {exc.strerror}") from None
    return replace(options, since=stamp["since"])


_REPORT_START = re.compile(rb'\{\s*"(?:files|records)"\s*:\s*\{')
"""How a run report (RunReport.as_json) begins: its first key counts the files or records."""
_HTML_REPORT_START = re.compile(rb"<!doctype html>.{0,300}<title>cleaner report: ", re.DOTALL)
"""How `cleaner report`'s page begins (report.render_report)."""


def _begins_as(path: Path, start: re.Pattern[bytes]) -> bool:
    """Whether the file at ``path`` begins as ``start`` says (a report, a learned rule file). Only its
    start is read: any JSON (a `settings.json`) was taken for a report and written over, and a large file
    (`--report pages.jsonl`, the name of a corpus) was read whole to find it was none."""
    try:
        with path.open("rb") as stream:
            return bool(start.match(stream.read(512)))
    except OSError:
        return False


def _holds_no_records(plan: Plan) -> str | None:
    """Why the records file -o names must not be written over: a file is there that holds no records of the
    run's format (`-o notes.txt --format jsonl`, a name mistyped or a format forgotten: it was replaced in
    silence), as a folder of outputs or a report path holding files no run wrote is refused. Known by its
    start, decompressed: a JSONL's first `{"`, a Parquet file's magic; an empty file holds no one's data."""
    assert plan.output is not None
    if not plan.output.is_file() or descriptor_named(plan.output):  # not there, or a stream: written into, not over
        return None
    try:
        with plan.output.open("rb") as raw, opened_for_reading(raw) as stream:
            head = stream.read(STREAM_LOOK_AHEAD)
    except (OSError, CompressionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return f"-o {plan.output} exists and cannot be read to tell that it holds records ({reason}); not overwritten"
    if not head.strip() or (head.startswith(PARQUET_MAGIC) if plan.fmt == "parquet" else holds_jsonl_on_a_stream(head)):
        return None
    kind = "Parquet" if plan.fmt == "parquet" else "JSONL"
    return (f"-o {plan.output} exists and holds no records (it is not a {kind} file); not overwritten: "
            "give the records file a name of its own, or remove that file first")


def _check_report_path(report_path: Path, paths: tuple[Path, ...], plan: Plan | None,
                       given_output: str | None = None) -> None:
    """Refuse a report path that would overwrite an input, the output (the
    records file, or a file of the output folder named as its outputs are, or
    its run record) or a file that is not a report (`--report page1.txt
    page2.txt`: the name forgotten), or that cannot be written; stdout (`-`, or a
    name of it: `/dev/stdout`) only when no output is written there. Without a ``plan`` (a run stopped
    before it was made), wherever an output could go is refused: -o
    (``given_output``), and anything in it."""
    if too_long := name_too_long(report_path):
        raise click.BadParameter(f"{report_path}: {too_long}", param_hint="--report")
    if report_path == Path("-") or _names_stdout(str(report_path)):  # `/dev/stdout` too: it went after the output
        written_to = plan.output if plan is not None else None if given_output == STDOUT else given_output
        if written_to is None or _names_stdout(str(written_to)):  # the output's stream
            goes = ("the output goes" if plan is None else "the records go" if plan.fmt in RECORD_FORMATS
                    else "the cleaned page goes")
            raise click.BadParameter(f"{report_path} is stdout, where {goes}; give the report a file name",
                                     param_hint="--report")
        if report_path == Path("-"):
            return
    if (compressed := compressed_report_name(report_path)) is not None:
        raise click.BadParameter(compressed, param_hint="--report")
    target, above = real_path(report_path), folders_holding(report_path.parent)
    for path in paths:
        source = real_path(path)
        inside = path.is_dir() and (source in target.parents or identity(path) in above)
        if target == source or (inside and target.exists()):
            raise click.BadParameter(f"{report_path} is an input; give the report a name of its own",
                                     param_hint="--report")
        if inside:  # new, it would be a page of the folder's next run (said as report's -o says it)
            raise click.BadParameter(f"{report_path} is inside input folder {path}: it would be written over a page, "
                                     "or read as one by the next run; write the report elsewhere",
                                     param_hint="--report")
    if plan is None:  # the run's outputs are not known: none may be anywhere -o names
        given = real_path(Path(given_output)) if given_output not in (None, STDOUT) else None
        if given is not None and (target == given or given in target.parents):
            raise click.BadParameter(f"{report_path} is where an output may go; give the report a name of its own",
                                     param_hint="--report")
    output = real_path(plan.output) if plan is not None and plan.output is not None else None
    files_in = None  # the output folder, of a format that writes files
    if plan is not None and output is not None:
        files_in = None if FORMATS[plan.fmt].writes_records else output
        if target == output or (files_in is not None and output in target.parents
                                and target.suffix == FORMATS[plan.fmt].suffix):
            raise click.BadParameter(f"{report_path} is where an output goes; give the report a name of its own",
                                     param_hint="--report")
        if files_in is not None and target == files_in / RUN_STAMP:
            raise click.BadParameter(f"{report_path} is the run record of {plan.output}, which --resume reads; "
                                     "give the report a name of its own", param_hint="--report")
    # Not a pipe, /dev/null or `/dev/stdout` sent into a file: written into, not over.
    if target.is_file() and not descriptor_named(report_path) and not _begins_as(target, _REPORT_START):
        raise click.BadParameter(f"{report_path} exists and is not a JSON report; not overwritten",
                                 param_hint="--report")
    folder = target.parent
    if files_in is not None and folder == files_in:
        return  # the output folder: made, and checked, as the run starts
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        why = ("no such folder" if not folder.exists() else "not a folder" if not folder.is_dir()
               else "not writable")
        raise click.BadParameter(f"cannot write into {folder}: {why}", param_hint="--report")


@contextmanager
def _executor(kind: str, scheduler: str | None, jobs: int) -> Iterator[Executor]:
    if scheduler == "":  # `--scheduler "$UNSET"` started a local cluster, in silence
        raise click.UsageError("--scheduler: an empty address (an unset shell variable?); give one")
    if kind == "local" and scheduler:
        raise click.UsageError("--scheduler needs --executor dask")
    if scheduler and click.get_current_context().get_parameter_source("jobs") is not ParameterSource.DEFAULT:
        raise click.UsageError("--jobs applies to the workers started here, not to those of a running Dask "
                               "cluster (--scheduler)")
    try:
        run = open_executor(kind, jobs, scheduler)
    except ImportError as exc:
        raise click.UsageError(f"--executor dask needs Dask: pip install 'cleaner[dask]' ({exc})") from None
    except OSError as exc:
        raise click.UsageError(f"cannot reach Dask scheduler {scheduler}: {exc}") from None
    try:
        yield run
    finally:
        run.close()


def _account(report: RunReport, outcome: Outcome) -> None:
    """Add ``outcome`` to the run's totals and say what became of it; an
    output every later one would fail as (a full disk) stops the run, in one line."""
    report.add(outcome)
    if isinstance(outcome, RunStopped):
        raise _OutputFailed(f"{outcome.error}: the run stops")
    if outcome.error:
        log_failure(outcome.source, outcome.error)
    elif not outcome.up_to_date:
        LOGGER.debug("%s: cleaned, %s removed", outcome.source,
                     f"{outcome.removed_chars / outcome.chars:.0%}" if outcome.chars else "nothing")


def _account_file(report: RunReport, outcome: Outcome, failed: set[str], outputs: WrittenOutputs) -> None:
    """`_account`, and a failed input's name into ``failed`` (an output it claimed goes to the next), its output
    into ``outputs``."""
    if outcome.error:
        failed.add(outcome.source)
    elif outcome.name is not None:
        outputs.add(outcome.source, outcome.name, up_to_date=outcome.up_to_date)
    _account(report, outcome)


def _clean_pages(run: Executor, options: RunOptions, plan: Plan, paths: tuple[Path, ...],
                 streams: dict[Path, IO[bytes]], report: RunReport, written: _Written, *, shown: bool) -> None:
    """Pages and folders of pages, into a folder of files or one file of records; ``streams``: the
    pages given as FIFOs or devices, by path, read here as their turn comes."""
    for repeat in repeated_inputs(paths):
        LOGGER.warning(repeat.message())
        report.repeats.append(repeat.path)
    total = sum(1 for _ in find_inputs(paths)) if shown else None
    if not FORMATS[plan.fmt].writes_records:
        assert options.outdir is not None
        remove_stale_temporaries(options.outdir)
        deferred: list[Job] = []
        failed: set[str] = set()  # by their own names (not printable's): a claimant is looked up in it
        written.outputs = outputs = WrittenOutputs(options.outdir)
        found = find_inputs(paths, report.hidden, FORMATS[plan.fmt].suffix)
        jobs = defer_claimed(_twins_said(_streams_read(found, streams, options), options), deferred)
        try:
            try:
                outcomes = run.map(clean_file, options, jobs)
                # Named, to outlive the loop: dropped as a stop leaves it, it would close `outcomes` (`finished`).
                shown_outcomes = with_progress(outcomes, total=total, unit="files", shown=shown)
                for outcome in shown_outcomes:
                    _account_file(report, outcome, failed, outputs)
                while deferred:  # inputs whose output name an earlier one claimed: only conflicts, few
                    now, deferred = reclaim(deferred, failed)
                    outcomes = run.map(clean_file, options, now)
                    for outcome in outcomes:
                        _account_file(report, outcome, failed, outputs)
            except _OutputFailed as stop:  # the outputs the workers still write are counted too
                stop.say(report)  # now: the run waits for its workers (a stop then is the user's, and ends it)
                for outcome in finished(outcomes, stop):
                    with suppress(_OutputFailed):  # counted; a full disk is said once, as the stop
                        _account_file(report, outcome, failed, outputs)
                raise
        except (_Stopped, ClusterLost) as stop:  # the items the workers were on are counted (ProcessPoolExecutor)
            stop.unwritten = (f"the inputs not cleaned before it have no output in {options.outdir} "
                              "(--resume cleans them), none is half-written")
            raise
        return
    ids = _SameIds(paths)
    mapped = run.map(clean_file, options, ids.seen(_streams_read(find_inputs(paths, report.hidden), streams, options)))
    with _naming_unwritten(plan.output, plan.fmt, written), \
            _wound_down(mapped, report, total=total, unit="files", shown=shown) as outcomes, \
            _output_errors(plan.output), record_writer(plan.output, plan.fmt, options.record) as writer:
        for outcome in outcomes:
            _account(report, _write_record(writer, outcome, options.record, written))
    _count_parquet_file(report, plan)
    if ids.first is not None:
        warning = (f"{ids.count} record(s) have the id of an earlier input's record, the same path under another "
                   f"folder given or a file of the same name (first {printable(str(ids.first[0]))}, as "
                   f"{printable(str(ids.first[1]))}): they are told apart by their order alone")
        LOGGER.warning(warning)
        report.warnings.append(warning)


class _SameIds:
    """The pages whose record gets the id (their path under the argument they were found in) of an earlier one's:
    the same path under two folders given, or two files of one name. Both records are written, and a tool that
    keys them by id (or `--format text` of them, `a~2.txt`) would take them for one page: said once, counted."""

    def __init__(self, paths: tuple[Path, ...]) -> None:
        # Each argument's place, and files by name: a shell glob gives thousands, not looked at again for each page.
        self.places = {path: place for place, path in reversed(list(enumerate(paths)))}
        self.folders = [(place, path) for place, path in enumerate(paths) if path.is_dir()]
        folder_places = {place for place, _ in self.folders}
        self.files: dict[str, tuple[int, Path]] = {}
        for place, path in enumerate(paths):
            if place not in folder_places:
                self.files.setdefault(path.name, (place, path))
        self.count = 0
        self.first: tuple[Path, Path] | None = None
        """The first such page, and the earlier input whose record has its id."""

    def seen(self, jobs: Iterator[Job]) -> Iterator[Job]:
        for job in jobs:
            # Only a page whose output name an earlier input claims can share its id (its stem is the same).
            earlier = self._earlier_of_its_id(job) if job.claimed_by is not None else None
            if earlier is not None:
                self.count += 1
                self.first = self.first or (job.source, earlier)
            yield job

    def _earlier_of_its_id(self, job: Job) -> Path | None:
        top = job.source.parents[len(job.relative.parts) - 1]  # the folder argument it was found in, if one
        own = self.places.get(job.source, self.places.get(top, 0))  # its argument: those after it come after it
        place, file = self.files.get(job.relative.as_posix(), (own, None))
        if place < own:
            return file
        return next((folder / job.relative for place, folder in self.folders
                     if place < own and (folder / job.relative).is_file()), None)


def _twins_said(jobs: Iterator[Job], options: RunOptions) -> Iterator[Job]:
    """``jobs``, with a warning for each output renamed (`Job.output_stem`), and for each output folder renamed
    (`Job.output_folder`, once): an earlier one's name is the same but for case or Unicode normalisation, one
    file or folder where the file system ignores them; or, of a folder, a page's output beside it has its name."""
    assert options.outdir is not None
    folders_said: set[Path] = set()  # the output folders renamed (a few) that were said
    for job in jobs:
        for folder, place in _renamed_folders(job):
            if place not in folders_said:
                folders_said.add(place)
                LOGGER.warning("%s: written as %s: an earlier input folder's output name is the same but for case "
                               "or Unicode normalisation, or a page's output beside it has its name",
                               printable(str(folder)),
                               printable(str(options.outdir / place)))
        if job.output_stem and not job.claimed_by:
            LOGGER.warning("%s: written as %s: an earlier input's output name is the same but for case or "
                           "Unicode normalisation", printable(str(job.source)),
                           printable(output_path(options.outdir, job, options.fmt).name))
        yield job


def _renamed_folders(job: Job) -> Iterator[tuple[Path, Path]]:
    """Each folder on ``job``'s way whose output folder is named otherwise (`Job.output_folder`): the input
    folder, and its output folder's path in the output folder."""
    if job.output_folder is None:
        return
    given, written = job.relative.parent.parts, job.output_folder.parts
    argument = job.source.parents[len(job.relative.parts) - 1]
    for depth, (name, output_name) in enumerate(zip(given, written, strict=True)):
        if name != output_name:
            yield argument.joinpath(*given[:depth + 1]), Path(*written[:depth + 1])


def _streams_read(jobs: Iterator[Job], streams: dict[Path, IO[bytes]], options: RunOptions) -> Iterator[Job]:
    """``jobs``, those of a page given as a stream carrying its bytes, read here (a worker could not open the
    stream again), or the reason they could not be."""
    read: dict[int, Path] = {}  # id of a stream -> the input it was read for
    for job in jobs:
        stream = streams.get(job.source)
        if stream is None:
            yield job
            continue
        if id(stream) in read:  # the same stream by another name (`repeated_inputs` knows names only)
            yield replace(job, problem=f"the same stream as {printable(str(read[id(stream)]))}, read for it already")
            continue
        read[id(stream)] = job.source
        try:
            yield replace(job, data=read_stream_page(stream, job.source, options.max_input_bytes)[0])
        except (CompressionError, InputError) as exc:
            yield replace(job, problem=str(exc))


def _write_record(writer: RecordWriter, outcome: Outcome, options: RecordOptions, written: _Written) -> Outcome:
    """Write ``outcome``'s record, if it has one. A record the file cannot
    hold whole (a field a Parquet file's columns lack, or of another kind)
    fails by name: it is written without those fields, with the reason in
    its error field (left out with --skip-failed)."""
    record = outcome.record
    if record is None:
        return outcome
    clash = writer.metadata_clash(record, outcome.metadata_found, outcome.source)
    if clash is not None:  # the option, not the record, is wrong: as a record holding the error field's own
        return RunStopped(outcome.source, error=clash)
    lost: dict[str, str] = {}
    while (misfit := writer.misfit_field(record)) is not None and misfit[0] not in lost:
        lost[misfit[0]] = misfit[1]
        record = without_field(record, misfit[0])
    if lost:  # not counted as cleaned: a fresh outcome
        reasons = "; ".join(dict.fromkeys(lost.values()))
        error = f"field {shown_names(lost)} not written: {reasons}"
        if outcome.error:  # why it failed first, which the loss follows from
            error = f"{outcome.error}; {error}"
        outcome = Outcome(outcome.source, error=error)
        record = with_failure(record, options, error)
    if record is not None:
        with _signals_held():
            outcome.bytes_out = writer.write(record)
            written.records += 1
    return outcome


class _StopAtBadRecord(Exception):
    """--strict: a bad record ends the run; the partial output file is dropped."""


class _OutputFailed(Exception):
    """An output that cannot be written (a full disk, rows a Parquet file
    cannot hold): the run stops there, and the message names it. A records
    file is dropped, not left half-written."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.said = False

    def say(self, report: RunReport) -> None:
        """Say it as it comes, where the run waits for its workers after it, and put it in the report."""
        self.said = True
        LOGGER.error(str(self))
        _stopped(report, str(self))


@dataclass
class _Written:
    """How far the output of a run got, to say what a stop (SIGINT, SIGTERM) left unwritten."""

    records: int = 0
    """Records written into a file of records, or documents handled into a folder of files."""
    whole: bool = False
    """The file of records is written whole (it is not when its input could not be read at all)."""
    outputs: WrittenOutputs | None = None
    """The outputs in a folder of files (pages', records'), to check at the run's end that none was lost since."""


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP wait until the block ends, so that a record is
    written whole and counted (_Written), or not at all: stopped between the
    two, stdout held one record more than the count said."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@contextmanager
def _naming_unwritten(output: Path | None, fmt: str, written: _Written) -> Iterator[None]:
    """A stop inside the block names the output it leaves incomplete: a file
    of records is not written at all (its temporary goes: a file there from
    before stays as it was), stdout and a folder of files hold what was
    written before the stop, which looks whole, so their count is said."""
    try:
        yield
        written.whole = True
    except (_Stopped, ClusterLost) as stop:
        if not FORMATS[fmt].writes_records:
            stop.unwritten = (f"{output} holds the files of the first {written.records} record(s) only, "
                              "none half-written")
        elif output is None:
            stop.unwritten = f"stdout holds the first {written.records} record(s) only"
        else:
            stop.unwritten = f"{output} not written" + (" (the file there is left as it was)" if output.exists()
                                                         else "")
        raise


@contextmanager
def _wound_down(mapped: Iterator[Outcome], report: RunReport, *, total: int | None, unit: str, shown: bool
                ) -> Iterator[Iterator[Outcome]]:
    """The outcomes of a map (``mapped``), on a progress bar, for a block that writes their records and may end
    before their end (an output that cannot be written, said as it comes; --strict's bad record): the map is
    then wound down as the block ends (`finished`: the workers finish the items they are on, whose records go
    nowhere), so that a stop (SIGINT, SIGTERM) that came before or meanwhile is raised in place of what ended
    it. Closed instead, the map dropped the stop it kept while a record was written: exit 1, not its status."""
    # Named, to outlive the block: dropped as an error leaves the block's loop, it would close `mapped`.
    outcomes = with_progress(mapped, total=total, unit=unit, shown=shown)
    try:
        yield outcomes
    except Exception as stop:
        if isinstance(stop, _OutputFailed):
            stop.say(report)  # now: the run waits for its workers
        for _ in finished(mapped, stop):
            pass
        raise


@contextmanager
def _output_errors(output: Path | None) -> Iterator[None]:
    """A failed write of ``output`` (stdout when None) raised as _OutputFailed.
    A reader that closed the pipe (`| head`) is normal in a shell pipeline,
    but the output stops short of the end, so the run says so and fails too."""
    where = "stdout" if output is None else output
    try:
        yield
    except BrokenPipeError:
        if output is None:  # what stdout still buffers goes nowhere at exit, not into the pipe (a second error)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        raise _OutputFailed(f"{where}: output stopped short: the reader closed the pipe") from None
    except (OSError, OutputError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise _OutputFailed(f"{where}: not written: {reason}") from None
    except UnicodeEncodeError as exc:  # stdout's encoding, as PYTHONIOENCODING sets it (a traceback, exit 1)
        held = exc.object[exc.start:exc.end]
        raise _OutputFailed(f"{where}: not written: its encoding, {exc.encoding}, cannot hold {ascii(held)} "
                            "(PYTHONIOENCODING=utf-8 holds every character)") from None


def _clean_corpus(run: Executor, options: RunOptions, plan: Plan, stdin: IO[bytes] | None, name: str,
                  report: RunReport, written: _Written, *, strict: bool, shown: bool) -> None:
    """Clean the records of a corpus into a file of records or a folder of
    files; --strict or an output that cannot be written stops the run (`report.stopped`)."""
    assert plan.corpus is not None
    read_errors: list[str] = []
    warnings: list[str] = []
    try:
        with ExitStack() as stack:
            if stdin is not None:  # stdin, or a pipe given by name
                stream, name, total, schema = stdin, "<stdin>" if name == "-" else name, None, None
            else:
                stream = stack.enter_context(Path(name).open("rb"))
                total = count_entries(plan.corpus, stream) if shown else None
                schema = _parquet_schema(stream) if plan.corpus == "parquet" and plan.fmt == "parquet" else None
            entries = _read_guarded(corpus_entries(plan.corpus, stream, name, report.skipped, warnings), read_errors)
            mapped = run.map(clean_entry, options, entries)
            if FORMATS[plan.fmt].writes_records:
                with _naming_unwritten(plan.output, plan.fmt, written), \
                        _wound_down(mapped, report, total=total, unit="records", shown=shown) as outcomes, \
                        _output_errors(plan.output), \
                        record_writer(plan.output, plan.fmt, options.record, schema) as writer:
                    for outcome in outcomes:
                        outcome = _write_record(writer, outcome, options.record, written)
                        _account(report, outcome)
                        if outcome.error and strict:
                            raise _StopAtBadRecord
                    if read_errors and strict:  # the input cut short or corrupt: no output, as for a bad record
                        raise _StopAtBadRecord
            else:
                with _naming_unwritten(options.outdir, plan.fmt, written), \
                        _wound_down(mapped, report, total=total, unit="records", shown=shown) as outcomes:
                    _write_record_files(outcomes, options, report, strict, written)
                if read_errors and strict:
                    raise _StopAtBadRecord
    except _StopAtBadRecord:
        not_written = "" if plan.output is None else f"; {plan.output} not written"
        _stopped(report, f"stopped at the bad {'input' if read_errors else 'record'} (--strict){not_written}")
    except (CorpusError, OSError) as exc:
        read_errors.append(_read_error(exc))
    for error in read_errors:
        report.fail(printable(name), error)
        log_failure(name, error)
    for warning in map(printable, warnings):
        LOGGER.warning(warning)
        report.warnings.append(warning)
    if report.stopped is None:
        _count_parquet_file(report, plan)


def _parquet_schema(stream: IO[bytes]) -> object:
    from .parquet_io import parquet_schema  # the `parquet` extra

    return parquet_schema(stream)


def _read_guarded(entries: Iterator[Entry], errors: list[str]) -> Iterator[Entry]:
    """The entries until one cannot be read (a truncated file, a corrupt
    WARC); the reason goes into ``errors``, and the entries read are kept."""
    try:
        yield from entries
    except (CorpusError, OSError) as exc:
        errors.append(_read_error(exc))


def _read_error(exc: CorpusError | OSError) -> str:
    """Why a corpus could not be read on, in one line: an OSError as a page's is said (`cannot read: Permission
    denied`), not as Python prints it (`[Errno 13] Permission denied: 'pages.jsonl'`)."""
    return f"cannot read: {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else str(exc)


def _write_record_files(outcomes: Iterator[Outcome], options: RunOptions, report: RunReport, strict: bool,
                        done: _Written) -> None:
    """Each record's file into the output folder, named by the record's id."""
    assert options.outdir is not None
    with _output_errors(options.outdir):
        options.outdir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(options.outdir)
    written: set[str] = set()  # `folded_name`s: ids alike but for case (`A`, `a`) are one file on some file systems
    done.outputs = outputs = WrittenOutputs(options.outdir)
    for outcome in outcomes:
        name, content = outcome.name, outcome.output
        with _signals_held():
            if content is not None and name is not None:
                if (folded_name(name) in written and outcome.other_name is not None
                        and folded_name(outcome.other_name) not in written):
                    LOGGER.warning("%s: written as %s: %s holds an earlier record's, whose id gives the same "
                                   "name", printable(outcome.source), outcome.other_name, name)
                    name = outcome.other_name
                path = options.outdir / name
                if folded_name(name) in written:  # its other name taken too (an id `a_b~2`): not counted as cleaned
                    outcome = Outcome(outcome.source, error=f"output {path} already written from an earlier record")
                elif gone := output_folder_gone(options.outdir):
                    outcome = RunStopped(outcome.source, error=f"output {path} not written: {gone}")
                else:
                    try:
                        write_atomic(path, content, streams=False)
                        written.add(folded_name(name))
                        outputs.add(outcome.source, name, up_to_date=False)
                    except OSError as exc:
                        outcome = output_failed(outcome.source, path, exc)
            done.records += 1
        _account(report, outcome)
        if outcome.error and strict:
            raise _StopAtBadRecord


def _outputs_lost(outdir: Path | None, report: RunReport) -> str | None:
    """What the run lost, said at its end, when its output folder was deleted or moved during the run (or
    replaced): the outputs written into it before, counted as cleaned (or up to date), are not there."""
    assert outdir is not None
    if output_folder_gone(outdir) is None:
        return None
    up_to_date = f" and of the {report.up_to_date} up to date" if report.up_to_date else ""
    return (f"{printable(str(outdir))} was deleted or moved during the run: the outputs of the {report.cleaned} "
            f"{report.unit[:-1]}(s) cleaned before{up_to_date} are not in it (run again to remake them)")


def _count_lost_outputs(report: RunReport, outputs: WrittenOutputs) -> None:
    """Each output counted as cleaned (or up to date) that is not in the output folder at the run's end (a
    subfolder deleted or moved during the run) counted failed instead, by name."""
    for lost in outputs.lost():
        if lost.up_to_date:
            report.up_to_date -= 1
        else:
            report.cleaned -= 1
        report.fail(printable(lost.source), lost.reason)
        log_failure(lost.source, lost.reason)
    if outputs.unrecorded is not None:
        LOGGER.warning("some outputs were not checked at the run's end (that no folder went with them): their "
                       "record could not be kept: %s", outputs.unrecorded)
    outputs.close()


def _count_parquet_file(report: RunReport, plan: Plan) -> None:
    """A Parquet file's bytes are known once it is written whole."""
    if plan.fmt == "parquet" and plan.output is not None and plan.output.exists():
        report.bytes_out = plan.output.stat().st_size


def _summary(report: RunReport, where: str) -> str:
    line = (f"cleaned {report.cleaned} {report.unit[:-1]}(s) {where}, {report.removed_share:.0%} of text "
            "removed, ")
    if report.up_to_date:
        line += f"{report.up_to_date} up to date, "
    line += f"{report.failed} failed or skipped"
    if report.emptied:
        line += f"; {report.emptied} cleaned to nothing (every block removed: an empty output)"
    if report.hidden:
        line += f"; {len(report.hidden)} hidden file(s) or folder(s) left out"
    if report.repeats:
        line += f"; {len(report.repeats)} input(s) given more than once, cleaned once"
    if report.skipped:
        reasons = ", ".join(f"{reason} {count}" for reason, count in report.skipped.most_common())
        line += f"; {sum(report.skipped.values())} WARC records not HTML pages ({reasons})"
    return line


def _clean_one_page(cleaner: Cleaner, options: RunOptions, path: Path, stream: IO[bytes] | None,
                    output: Path | None, report: RunReport) -> None:
    """One page, on stdin (``stream``) or in the file at ``path``, to stdout, or into ``output``, the stream -o
    names (`/dev/null`, a FIFO): its file in a file format, its record in jsonl; or, from stdin, its record into
    ``output``, the records file -o names."""
    source = "<stdin>" if path == Path("-") else str(path)
    kind: Kind = "auto"
    try:
        if stream is not None:  # stdin, or a pipe given by name
            data, kind = read_stream_page(stream, path, options.max_input_bytes)
        else:
            data, kind = read_page(path, options.max_input_bytes)
    except (CompressionError, InputError) as exc:
        outcome = failed_outcome(source, str(exc), options, {PAGE_ID_FIELD: page_id(source)})
    else:
        outcome = clean_document(cleaner, data, source, kind=kind, options=options, url=options.url,
                                 record={PAGE_ID_FIELD: page_id(source)})
    with _signals_held(), _output_errors(output):  # written whole and counted, or not at all
        if FORMATS[options.fmt].writes_records:  # the file, even when its one record is left out (--skip-failed)
            with record_writer(output, options.fmt, options.record) as writer:
                if outcome.record is not None:
                    writer.write(outcome.record)
        elif outcome.output is not None and output is not None:  # a stream -o names: written into as a file is
            write_atomic(output, outcome.output)
        elif outcome.output is not None:
            stream = stdout_bytes()
            write_whole(stream, outcome.output.encode(sys.stdout.encoding, sys.stdout.errors or "strict"))
            stream.flush()
        _account(report, outcome)


def _stream_page(path: Path) -> tuple[bytes, Kind]:
    """The page on stdin (`-`) or in the stream ``path`` names, read once; a DocumentError for a corpus there,
    known as `cleaner clean -` knows it: records read as a page showed their JSON as its text."""
    with ExitStack() as inputs:
        corpus, stream = _input_kind(path, inputs)
        if corpus != "page":
            raise CorpusNotPage(corpus, str(path))
        assert stream is not None
        return read_stream_page(stream, path)


_DECOMPRESSORS = {"gzip": "zcat", "zstd": "zstdcat", "bzip2": "bzcat", "xz": "xzcat"}


def _one_record(corpus: CorpusNotPage, streamed: bool, command: str = "cleaner explain -") -> str:
    """The shell command that gives ``command`` (`explain`, `report`) one record of ``corpus``'s (its page, on
    stdin): they read pages, and a corpus given them was refused with no word of how to see what removed what in
    one of its records. A ``streamed`` corpus (stdin, `<(zcat pages.jsonl.gz)`) is named by what fed it: its path
    is gone once read."""
    path = "FILE" if streamed else shlex.quote(corpus.path)
    if corpus.corpus == "warc":
        return (f"warcio extract --payload {path} OFFSET | {command} --url URL "
                f"(warcio index {path} gives each record's offset)")
    if corpus.corpus == "parquet":
        return ("python -c 'import sys, pyarrow.parquet as pq; print(pq.read_table(sys.argv[1])[\"text\"]"
                f"[int(sys.argv[2])])' {path} ROW | {command}")
    record = "jq -r 'select(.id == \"ID\") | .text'"
    if streamed:
        return f"... | {record} | {command}"
    compression = compression_for_name(Path(corpus.path))
    if compression is not None:
        return f"{_DECOMPRESSORS[compression.name]} {path} | {record} | {command}"
    return f"{record} {path} | {command}"


def _explained(cleaner: Cleaner, data: bytes, *, kind: Kind, url: str | None, outlet: str | None) -> Explanation:
    """What `explain` and `report` show of a page: a bug met on it (in the cleaner or a library it calls) is a
    DocumentError naming it in one line, as `clean` fails such a page alone, not a traceback that lost the report
    of every other page."""
    try:
        return cleaner.explain_document(data, kind=kind, url=url, outlet=outlet, with_metadata=False)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(internal_error(exc)) from exc


@main.command()
# Not readable=True: a FILE that cannot be read fails by name (exit 1), as `clean` fails it, not as a usage error.
@click.argument("file", type=_PathOrDash(exists=True, dir_okay=False, allow_dash=True, readable=False, path_type=Path))
@click.option("--kept/--no-kept", default=True, show_default=True, help="Also show the kept blocks.")
@rules_option
@url_option
@outlet_option
def explain(file: Path, kept: bool, rule_dirs: tuple[Path, ...], url: str | None, outlet: str | None) -> None:
    """Show every block of FILE and what removed it.

    Removed blocks are marked `-` with the id of the rule or detector that
    removed them (red on a terminal); kept blocks are marked `+`. FILE is a
    page, compressed or not; `-` reads it from stdin. A last line on stderr
    names the outlet and the language and counts the removals by rule (of
    an HTML page, a line more says which reading was kept).

    Exit status: 0 shown; 1 FILE could not be cleaned (empty, binary...), a
    rule file was malformed (it is skipped), or stdout closed early; 2 usage
    error; 130 / 143 / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Examples:
      cleaner explain samples/input/000_commondreams.txt
      cleaner explain page.html --no-kept
    """
    _stdout_is_an_input([file])
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _check_outlet(cleaner, outlet)
    stdin = str(file) == "-"
    streamed = stdin or read_as_stream(file)  # a pipe given by name is read once, as stdin is
    try:
        data, kind = _stream_page(file) if streamed else read_page(file)
        explanation = _explained(cleaner, data, kind=kind, url=url, outlet=outlet)
    except (DocumentError, CompressionError) as exc:
        how = (f"; to explain one record, give it on stdin: {_one_record(exc, streamed)}"
               if isinstance(exc, CorpusNotPage) else "")
        _error(f"{'<stdin>' if stdin else file}: {exc}{how}")
        sys.exit(EXIT_FAILURES)
    width = max((len(d.removed_by or "") for d in explanation.decisions), default=0)

    def shown(decision: Decision) -> str:
        # A page's control characters as `\xNN`: a terminal's escapes in its text (ESC [2K, ESC ] 0;) could
        # rub out or rewrite what is shown, a removed block's label too, or set the terminal's title.
        text = printable(decision.block.text)
        if decision.kept:
            return f"+ {'':{width}}  {text}"
        label = click.style(f"{decision.removed_by:{width}}", fg="red")
        return f"- {label}  " + click.style(text, dim=True)

    _print_lines(shown(decision) for decision in explanation.decisions if kept or not decision.kept)
    counts = ", ".join(f"{rule} {n}" for rule, n in explanation.removed_counts.most_common())
    click.echo(f"outlet: {explanation.outlet or 'none'}; language: {explanation.language or 'unknown'}; "
               f"removed {sum(explanation.removed_counts.values())} of {len(explanation.decisions)} blocks"
               + (f" ({counts})" if counts else ""), err=True)
    if explanation.reading:  # an HTML page's: the module is imported then
        from .html_choice import CHOICE_ID

        click.echo(f"{CHOICE_ID}: kept the {explanation.reading}", err=True)
    sys.exit(EXIT_FAILURES if rule_errors else EXIT_OK)


def _print_lines(lines: Iterable[str]) -> None:
    """Each line on stdout, as it comes, its styles as click.echo keeps them (on a terminal only). A reader
    that closed the pipe (`| head`) ends the command there with one line saying so, exit 1 (click exited 1
    without a word). Written whole (`write_whole`): click.echo's one write of a long line (an HTML report, a
    page's long block) was taken in part as the reader went, the rest lost in silence, exit 0."""
    try:
        with _output_errors(None):
            stream = stdout_bytes()  # closed (`>&-`): said, where click.echo printed nothing and the flush failed
            sys.stdout.flush()
            styled = sys.stdout.isatty()
            for line in lines:
                write_whole(stream, f"{line if styled else click.unstyle(line)}\n".encode(
                    sys.stdout.encoding, sys.stdout.errors or "strict"))
                stream.flush()
    except _OutputFailed as exc:
        _error(str(exc))
        sys.exit(EXIT_FAILURES)


@main.group()
def rules() -> None:
    """Outlet rule files: list them, check them.

    Shipped rule files cover a few outlets; add yours with --rules DIR, or
    propose one from an outlet's pages with `cleaner learn`.

    Exit status: 0 done; 1 a rule file failed (named on stderr); 2 usage
    error; 130 / 143 / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Examples:
      cleaner rules list --rules my-rules/
      cleaner rules check my-rules/
    """


@rules.command("list")
@rules_option
def rules_list(rule_dirs: tuple[Path, ...]) -> None:
    """List the known outlets: id, name, domains, number of rules, file.

    Exit status: 0 listed; 1 a rule file was malformed (named on stderr,
    left out of the list); 2 usage error; 130 / 143 / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Example:
      cleaner rules list --rules my-rules/
    """
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _print_lines(f"{rule_file.id:16} {printable(rule_file.outlet):24} {','.join(rule_file.domains) or '-':28} "
                 f"{len(rule_file.rules):3} {'rule' if len(rule_file.rules) == 1 else 'rules':5}  "
                 f"{printable(rule_file.path)}"
                 for rule_file in sorted(cleaner.rules.files, key=lambda f: f.id))
    sys.exit(EXIT_FAILURES if rule_errors else EXIT_OK)


# Rule authoring: `rules check`, `learn` and `report`.


@rules.command("check")
@click.argument("targets", nargs=-1, type=_ExistingPath(exists=True, path_type=Path))
def rules_check(targets: tuple[Path, ...]) -> None:
    """Validate rule files and run the examples each one carries.

    TARGETS are rule files or folders of them (default: the shipped rules).
    Each file must load, have at least one [[example]], and each example's
    input must clean to its expected output, with the file's own rules
    removing something.

    Exit status: 0 every file ok; 1 some file failed (each problem named on
    stderr) or no *.toml file was found; 2 usage error; 130 / 143 / 129
    stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Examples:
      cleaner rules check
      cleaner rules check my-rules/
    """
    from .rulecheck import check_rule_file, matched_before, rule_file_paths

    paths = rule_file_paths(targets or [shipped_rules_dir()])
    if not paths:
        _error(f"no *.toml rule files in {', '.join(map(str, targets))}")
        sys.exit(EXIT_FAILURES)
    failed = 0
    earlier = matched_before(paths)  # a page's URL picks the first rule file whose domains hold its host

    def verdicts() -> Iterator[str]:  # each file's, as it is checked: a closed pipe stops the checking
        nonlocal failed
        for path in paths:
            check = check_rule_file(path, earlier)
            if check.rule_file is not None:
                earlier.append(check.rule_file)
            if check.ok:
                yield f"ok    {printable(str(check.path))} ({check.examples} example(s))"
                for rule_id in check.unexercised:
                    click.echo(f"note: {printable(str(check.path))}: no example exercises rule {rule_id}", err=True)
            else:
                failed += 1
                yield click.style("FAIL  ", fg="red") + printable(str(check.path))
                for problem in check.problems:
                    _error(problem)

    _print_lines(verdicts())
    click.echo(f"{len(paths) - failed} of {len(paths)} rule file(s) ok", err=True)
    sys.exit(EXIT_FAILURES if failed else EXIT_OK)


def _hosts(domains: tuple[str, ...]) -> tuple[str, ...]:
    """Each --domain as a rule file's domains are matched against a URL's host (lower case, without
    `www.`; a URL's host for a URL); one that names no host (it was written, and picked no page) or a
    path (written as its host, it picked every page of the site) is a usage error, as in a rule file."""
    hosts = []
    for domain in domains:
        try:
            hosts.append(rule_domain(domain, "--domain"))
        except RuleError as exc:
            raise click.BadParameter(str(exc).removeprefix("--domain: "), param_hint="--domain") from None
    return tuple(dict.fromkeys(hosts))


def _no_file_above(output: Path) -> None:
    """A usage error when a file stands where a folder above ``output`` would be (`-o notes.txt/r.html`), or when
    a name in it is too long for any file system."""
    try:
        refuse_unmakeable(output)
    except PlanError as exc:
        raise click.UsageError(str(exc)) from None


def _learned_file_clashes(output: Path, learned: RuleFile) -> list[str]:
    """The domain clashes `--rules` of ``output``'s folder would meet with ``learned`` written there, both
    ways: a domain of ``learned`` that a file matched before it picks, and one of a file beside it, matched
    after it, that ``learned`` picks (`news.example` learned as a.toml, beside z.toml of `sport.news.example`:
    clean would refuse z.toml). The files are matched in the order load_rules gives them: the shipped ones,
    a file of a shipped id in that one's place, then those beside by name."""
    found = rule_files_in(output.parent) if output.parent.is_dir() else []  # a folder learn will make
    beside = [path for path in found if path.stem != output.stem]
    loaded = load_rules([output.parent] if beside else [], on_error=lambda _: None)
    shipped = [path.stem for path in shipped_rule_paths()]

    def place(rule_file: RuleFile) -> tuple[int, str]:
        if rule_file.id in shipped:
            return shipped.index(rule_file.id), ""
        return len(shipped), Path(rule_file.path).name

    # sorted() is stable: the files loaded keep their order; the learned one goes where it would load.
    order = sorted([rule_file for rule_file in loaded if rule_file.id != learned.id] + [learned], key=place)
    at = next(number for number, rule_file in enumerate(order) if rule_file is learned)
    return domain_clashes(learned, order[:at]) + [
        clash for later in order[at + 1:] if not is_shipped(later) for clash in domain_clashes(later, [learned])]


@main.command()
@click.argument("folder", type=_ExistingPath(readable=False, path_type=Path))
@click.option("--outlet", "outlet_name", required=True, callback=_outlet_name,
              help="The outlet's name, written into the rule file.")
@click.option("-o", "--output", required=True, type=_ExistingPath(dir_okay=False, path_type=Path),
              help="The rule file to write (its name is the outlet's id), e.g. my-rules/gazette.toml.")
@click.option("--min-share", default=DEFAULT_SETTINGS.learn_min_share, show_default=True,
              type=click.FloatRange(0, 1, min_open=True), callback=_not_nan,
              help="Share of the documents a line must occur in to count as chrome.")
@click.option("--domain", "domains", multiple=True, metavar="DOMAIN", callback=lambda _, __, values: _hosts(values),
              help="The outlet's domain, e.g. gazette.example (repeatable): picks its rules by URL.")
def learn(folder: Path, outlet_name: str, output: Path, min_share: float, domains: tuple[str, ...]) -> None:
    """Propose a rule file for an outlet from a FOLDER of its pages.

    Lines that recur outside the article on at least --min-share of the
    pages (numbers, dates and time units may differ) become [[drop]] rules;
    lines that share a frame around varying names ("By Maria Okafor",
    "Photo: Jan Weber/Reuters") become one template rule, never one per
    author; a box of rotating lines between a recurring start and end line
    (a "Most read" list) becomes one [[drop_between]] rule. Each rule says on
    how many pages it acts, with an example, and the file's examples exercise
    every rule. Review the file, then clean with --rules.

    Exit status: 0 written; 1 some pages could not be read (named, learned
    without), too few pages were read, or the file could not be written; 2
    usage error (FOLDER a file, --outlet empty, -o inside FOLDER, not a .toml name or one with a control
    character or a byte not in UTF-8 (its outlet's id), or a file
    that `cleaner learn` did not write, which is not overwritten); 130 / 143
    / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Example:
      cleaner learn pages/gazette --outlet "The Harbour Gazette" --domain gazette.example -o my-rules/gazette.toml
      cleaner clean pages/gazette -o cleaned/ --rules my-rules/
    """
    from . import learn as learning  # here: cleaning never needs it, and it costs every start

    if folder.exists() and not folder.is_dir():  # a page given for the folder of them: a usage error, exit 2
        raise click.UsageError(f"{folder} is not a folder: learn reads a folder of one outlet's pages")
    _no_file_above(output)
    if real_path(folder) in real_path(output).parents:
        raise click.UsageError(f"-o {output} is inside {folder}: it would be written over a page, or read as one "
                               "by the next run; write the rule file elsewhere")
    if output.suffix.lower() != ".toml":
        raise click.UsageError(f"-o {output}: a rule file's name ends in .toml (--rules DIR reads only *.toml files)")
    if printable(output.stem) != output.stem:  # the outlet's id, which the loader refuses: known after every page
        raise click.UsageError(f"-o {printable(str(output))}: a rule file's name is its outlet's id, which cannot hold "
                               "a line break, a control character or a byte not in UTF-8: name it otherwise")
    learned_start = re.compile(re.escape(learning.PROPOSED_BY.encode()))
    if output.is_file() and not _begins_as(output, learned_start):  # one written by hand, or a shipped one
        raise click.UsageError(f"-o {output} exists and is not a rule file `cleaner learn` proposed; not overwritten")
    clashes = _learned_file_clashes(output, RuleFile(id=output.stem, outlet=outlet_name, path=str(output),
                                                     domains=domains))
    if clashes:
        raise click.BadParameter(clashes[0], param_hint="--domain")
    try:
        repeats: list[tuple[str, str]] = []
        hidden: list[Path] = []
        documents, unreadable = learning.read_documents(folder, repeats, hidden)
        for source, reason in unreadable:
            _error(f"{source}: {reason}")
        for source, first in repeats:
            click.echo(f"warning: {source}: the same file as {first} (a link to it, or a hard link): learned once",
                       err=True)
        learned = learning.learn([lines for _, lines in documents], outlet_name, min_share)
        learning.write_rule_file(learned, [lines for _, lines in documents], output, domains)
    except learning.LearnError as exc:
        _error(f"{folder}: {exc}")
        sys.exit(EXIT_FAILURES)
    except RuleError as exc:  # what we wrote does not load: a bug, said plainly
        _error(f"learned rules do not load: {exc}")
        sys.exit(EXIT_FAILURES)
    except OSError as exc:  # the pages' own are said one by one above: this is the rule file's
        _error(f"{output}: not written: {exc.strerror or exc}")
        sys.exit(EXIT_FAILURES)
    kinds = Counter(rule.kind for rule in learned.rules)
    # --rules the file, not its folder: `.` read every *.toml under it as rules (a pyproject.toml failed, exit 1).
    click.echo(printable(f"learned {kinds['drop']} line rules and {kinds['drop_between']} block rules from "
                         f"{learned.documents} pages into {output}; review it, then: "
                         f"cleaner clean {folder} -o OUTDIR --rules {output}"
                         + (f"; {len(unreadable)} page(s) skipped" if unreadable else "")
                         + (f"; {len(hidden)} hidden file(s) or folder(s) left out" if hidden else "")), err=True)
    sys.exit(EXIT_FAILURES if unreadable else EXIT_OK)


@main.command()
# Not readable=True: an input that cannot be read fails alone by name, as in `clean`, not the whole report.
@click.argument("paths", nargs=-1, required=True,
                type=_ExistingPath(exists=True, allow_dash=True, readable=False, path_type=Path))
@click.option("-o", "--output", required=True, type=_PathOrDash(dir_okay=False, path_type=Path),
              help="The HTML file to write (`-`: stdout).")
@rules_option
@url_option
@outlet_option
def report(paths: tuple[Path, ...], output: Path, rule_dirs: tuple[Path, ...], url: str | None,
           outlet: str | None) -> None:
    """Write one self-contained HTML page showing what was removed.

    Each document is listed with its kept text and its removed blocks struck
    through, labelled with the rule that removed them; a table counts the
    removals per rule and a filter shows one rule's removals (open the page
    at #rule=<id> to start with that filter). PATHS are pages and folders;
    `-` reads one page from stdin.

    Exit status: 0 every document reported; 1 some failed or were skipped
    (named on stderr and in the report), a rule file was malformed (it is
    skipped), or the report could not be written; 2 usage error (-o an
    input, inside an input folder, or a file that is no cleaner report,
    which is not overwritten); 130 / 143 / 129 stopped by Ctrl-C / SIGTERM / the terminal closed (SIGHUP).

    \b
    Example:
      cleaner report samples/input -o report.html
    """
    from .report import render_report

    stdin = Path("-") in paths
    if stdin and len(paths) > 1:
        raise click.UsageError("`-` (stdin) cannot be combined with other inputs")
    if output == Path(STDOUT):
        _stdout_is_an_input(paths)
    elif (compressed := compressed_report_name(output)) is not None:
        raise click.UsageError(f"-o {compressed}")
    else:
        _no_file_above(output)
    target = real_path(output)
    for path in paths if output != Path("-") and not stdin else ():
        source = real_path(path)
        inside = path.is_dir() and source in target.parents
        if target == source or (inside and target.exists()):
            raise click.UsageError(f"-o {output} is an input; give the report a name of its own")
        if inside:  # new, it would be a page of the folder's next run
            raise click.UsageError(f"-o {output} is inside input folder {path}: it would be written over a page, "
                                   "or read as one by the next run; write the report elsewhere")
    if output != Path("-") and target.is_file() and not descriptor_named(output) \
            and not _begins_as(target, _HTML_REPORT_START):
        raise click.UsageError(f"-o {output} exists and is not a cleaner report; not overwritten")
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _check_outlet(cleaner, outlet)
    documents, failures = [], []
    hidden: list[Path] = []
    # A corpus is refused with the command that reports one of its records.
    command = f"cleaner report - -o {shlex.quote(str(output))}"
    if stdin:
        try:
            data, kind = _stream_page(Path("-"))
            documents.append(("<stdin>", _explained(cleaner, data, kind=kind, url=url, outlet=outlet)))
        except (DocumentError, CompressionError) as exc:
            how = (f"; to report one record, give it on stdin: {_one_record(exc, True, command)}"
                   if isinstance(exc, CorpusNotPage) else "")
            failures.append(f"<stdin>: {exc}{how}")
    else:
        for repeat in repeated_inputs(paths):
            click.echo(click.style("warning: ", fg="yellow", bold=True) + repeat.message(), err=True)
        for job in find_inputs(paths, hidden):
            try:
                if job.problem:
                    raise InputError(job.problem)
                # A FIFO or a device given by name is read as a stream; found in a folder, it is refused unread.
                named_stream = job.source in paths and read_as_stream(job.source)
                data, kind = read_named_stream(job.source) if named_stream else read_page(job.source)
                explanation = _explained(cleaner, data, kind=kind, url=url, outlet=outlet)
            except DocumentError as exc:
                how = (f"; to report one record, give it on stdin: {_one_record(exc, named_stream, command)}"
                       if isinstance(exc, CorpusNotPage) else "")
                failures.append(printable(f"{job.source}: {exc}{how}"))
            else:
                documents.append((printable(str(job.source)), explanation))
    for failure in failures:
        _error(failure)
    if not _write_report(output, render_report(documents, failures)):  # said, and no "reported ... into" it
        sys.exit(EXIT_FAILURES)
    where = "stdout" if output == Path("-") else output
    click.echo(printable(f"reported {len(documents)} document(s) into {where}, {len(failures)} failed or skipped"
                         + (f"; {len(hidden)} hidden file(s) or folder(s) left out" if hidden else "")), err=True)
    sys.exit(EXIT_FAILURES if failures or rule_errors else EXIT_OK)
