"""The `cleaner` command line."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from . import __version__
from . import learn as learning
from .batch import (
    FILE_FORMATS, RUN_STAMP, InputError, Job, atomic_output, clean_file, defer_claimed, find_inputs, overlap_error,
    read_input, reclaim, recorded_stamp, remove_stale_temporaries, run_stamp, stamp_differences, stamp_for_run,
    write_atomic,
)
from .document import json_text, kind_of
from .errors import DocumentError
from .executors import Executor, default_jobs, open_executor
from .jsonl import clean_line, numbered_lines
from .outlets import RuleError, URLError, shipped_rules_dir, url_host
from .pipeline import Cleaner
from .report import render_report
from .rulecheck import check_rule_file, rule_file_paths
from .run import Outcome, RunOptions, RunReport, clean_document, load_cleaner, printable

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

rules_option = click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="Extra rule file or folder of *.toml rule files (repeatable).",
)
def _check_url(context: click.Context, parameter: click.Parameter, url: str | None) -> str | None:
    if url:
        try:
            url_host(url)
        except URLError as exc:
            raise click.BadParameter(str(exc)) from None
    return url


url_option = click.option("--url", callback=_check_url, help="The page's URL: picks the outlet's rules by domain.")
outlet_option = click.option("--outlet", help="Use this outlet's rules (id or name; see `cleaner rules list`).")


def _error(message: str) -> None:
    click.echo(click.style("error: ", fg="red", bold=True) + message, err=True)


def _make_cleaner(rule_dirs: tuple[Path, ...]) -> tuple[Cleaner, list[str]]:
    """The command's Cleaner (the one its workers share) and its rule-file
    errors, each reported once as it is met; a malformed rule file is skipped."""
    rule_errors: list[str] = []

    def report(exc: RuleError) -> None:
        rule_errors.append(str(exc))
        _error(f"{exc} (rule file skipped)")

    return load_cleaner(rule_dirs, on_rule_error=report), rule_errors


def _check_outlet(cleaner: Cleaner, outlet: str | None) -> None:
    if outlet:
        try:
            cleaner.rules.get(outlet)
        except KeyError as exc:
            raise click.BadParameter(str(exc.args[0]), param_hint="--outlet") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleaner")
def main() -> None:
    """Strip boilerplate from scraped article text and HTML pages.

    Keeps the article body (paragraphs, quotes, in-body subheadings, lists)
    and removes site chrome: menus, appeals, captions, related lists, footers.
    `cleaner explain` shows what removed each block.

    \b
    Examples:
      cleaner clean samples/input -o cleaned/
      cat page.txt | cleaner clean - > body.txt
      cleaner explain samples/input/000_commondreams.txt
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(allow_dash=True, path_type=Path),
              help="Folder for the outputs; for JSONL, the output file (`-` for stdout). "
                   "Required unless reading stdin.")
@click.option("--format", "fmt", type=click.Choice([*FILE_FORMATS, "jsonl"]),
              help="text (default): the body; json: body, metadata and removed-block counts per rule; "
                   "jsonl: records in, records out (the default for a .jsonl input).")
@rules_option
@url_option
@outlet_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
              help="Worker processes.")
@click.option("--resume", is_flag=True,
              help="Skip inputs whose output exists and is newer (rerun after an interrupted run).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a JSON run report: counts, bytes in and out, failures, removed blocks per rule.")
@click.option("--text-field", default="text", show_default=True, help="JSONL: the field holding the text.")
@click.option("--html-field", help="JSONL: clean the HTML in this field; the body goes to --text-field.")
@click.option("--url-field", help="JSONL: the field holding each record's URL (picks its outlet's rules); "
                                  "--url is used where a record has none.")
@click.option("--strict", is_flag=True, help="JSONL: stop at the first malformed line or bad record.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes here; dask: a Dask cluster (pip install 'cleaner[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
def clean(paths: tuple[Path, ...], outdir: Path | None, fmt: str | None, rule_dirs: tuple[Path, ...],
          url: str | None, outlet: str | None, jobs: int, resume: bool, report_path: Path | None,
          text_field: str, html_field: str | None, url_field: str | None, strict: bool, executor: str,
          scheduler: str | None) -> None:
    """Clean files and folders into OUTDIR, a JSONL file, or stdin to stdout with `-`.

    Folders are walked recursively; each input becomes
    OUTDIR/<its relative path, suffix replaced by .txt or .json>. .html/.htm
    files take the HTML path, others the text path (content is sniffed when
    the suffix says nothing). Inputs are never modified; outputs are written
    atomically. Binary and empty files are skipped and named in the summary.

    A .jsonl input (or --format jsonl) is read record by record: the field
    --text-field is cleaned, every other field kept, one record out per record
    in, in input order. A malformed line is reported with its line number and
    skipped.

    Exit status: 0 every file cleaned, 1 some failed or were skipped, 2 usage error.

    \b
    Examples:
      cleaner clean samples/input -o cleaned/
      cleaner clean big/ -o cleaned/ --jobs 8 --resume --report report.json
      cleaner clean page.html --format json -o out/
      cleaner clean pages.jsonl -o cleaned.jsonl --html-field html --url-field url
      curl -s https://example.org/story | cleaner clean - --url https://example.org/story
    """
    options = RunOptions(rule_dirs=rule_dirs, url=url, outlet=outlet, fmt=fmt or "text", outdir=outdir,
                         resume=resume, text_field=text_field, html_field=html_field, url_field=url_field)
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _check_outlet(cleaner, outlet)
    jsonl = fmt == "jsonl" or any(p.suffix.lower() == ".jsonl" for p in paths)
    if jsonl and fmt not in (None, "jsonl"):
        raise click.UsageError(f"--format {fmt} does not apply to JSONL input")
    if Path("-") in paths and len(paths) > 1:
        raise click.UsageError("`-` (stdin) cannot be combined with other inputs")
    missing = [str(p) for p in paths if str(p) != "-" and not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    report = RunReport("records" if jsonl else "files", rule_file_errors=rule_errors)
    if not jsonl and paths == (Path("-"),):
        if report_path:
            raise click.UsageError("--report applies to files and JSONL, not to one page on stdin")
        status = _clean_stdin(cleaner, options)
        sys.exit(status or (EXIT_FAILURES if rule_errors else EXIT_OK))
    if jsonl:
        _check_jsonl_paths(paths, outdir)
        if resume:
            raise click.UsageError("--resume applies to folders, not to JSONL")
    else:
        _check_folder_paths(paths, outdir)
        if html_field or url_field or strict or text_field != "text":
            raise click.UsageError("--text-field, --html-field, --url-field and --strict apply to JSONL input")
        stamp = _run_stamp(cleaner, options)
    if report_path:
        _check_report_path(report_path, paths, outdir)
    with _executor(executor, scheduler, jobs) as run:
        if jsonl:
            stopped = not _clean_jsonl(run, options, paths[0], outdir, report, strict)
        else:
            stopped = False
            _clean_folders(run, _stamp_output_folder(options, stamp), paths, report)
    for source, reason in report.failures:
        _error(f"{source}: {reason}")
    if stopped:
        not_written = "" if outdir in (None, Path("-")) else f"; {outdir} not written"
        _error(f"stopped at the bad record (--strict){not_written}")
    else:
        click.echo(_summary(report, outdir), err=True)
    if report.removed:
        top = ", ".join(f"{rule} {count}" for rule, count in report.removed.most_common(5))
        click.echo(f"most removals: {top}", err=True)
    if report_path:
        try:
            write_atomic(report_path, json_text(report.as_json(), indent=2))
        except OSError as exc:
            _error(f"{report_path}: report not written: {exc.strerror}")
            sys.exit(EXIT_FAILURES)
    sys.exit(EXIT_FAILURES if report.failures or rule_errors else EXIT_OK)


def _check_folder_paths(paths: tuple[Path, ...], outdir: Path | None) -> None:
    if outdir is None:
        raise click.UsageError("missing -o/--output folder")
    if outdir.exists() and not outdir.is_dir():
        raise click.UsageError(f"output {outdir} is a file, not a folder")
    overlap = overlap_error(paths, outdir)
    if overlap:
        raise click.UsageError(overlap)


def _run_stamp(cleaner: Cleaner, options: RunOptions) -> dict[str, Any]:
    """The stamp this run records in its output folder; --resume into a
    folder whose outputs other settings made is refused."""
    assert options.outdir is not None
    stamp = run_stamp(cleaner, fmt=options.fmt, url=options.url, outlet=options.outlet)
    recorded = recorded_stamp(options.outdir)
    differences = stamp_differences(recorded, stamp)
    if options.resume and differences:
        raise click.UsageError(f"{options.outdir}: its outputs were made with other settings "
                               f"({', '.join(differences)} changed); run without --resume to remake them")
    return stamp_for_run(recorded, stamp)


def _stamp_output_folder(options: RunOptions, stamp: dict[str, Any]) -> RunOptions:
    """Record ``stamp`` in the output folder as the run starts (after every
    usage check); the options, with the time from which outputs are made with
    these settings. A folder that cannot be written ends the run in one line."""
    assert options.outdir is not None
    try:
        options.outdir.mkdir(parents=True, exist_ok=True)
        write_atomic(options.outdir / RUN_STAMP, json.dumps(stamp, sort_keys=True) + "\n")
    except OSError as exc:
        _error(f"{options.outdir}: cannot write to the output folder: {exc.strerror}")
        sys.exit(EXIT_FAILURES)
    return replace(options, since=stamp["since"])


def _check_report_path(report_path: Path, paths: tuple[Path, ...], outdir: Path | None) -> None:
    """Refuse a report path that would overwrite an input or a file that is
    not a report (`--report page1.txt page2.txt`: the name forgotten), or that
    cannot be written."""
    target = report_path.resolve()
    for path in paths:
        source = path.resolve()
        if target == source or (path.is_dir() and source in target.parents):
            raise click.BadParameter(f"{report_path} is an input; give the report a name of its own",
                                     param_hint="--report")
    if target.exists():
        try:
            json.loads(target.read_bytes())
        except (OSError, ValueError):
            raise click.BadParameter(f"{report_path} exists and is not a JSON report; not overwritten",
                                     param_hint="--report") from None
    folder = target.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise click.BadParameter(f"cannot write into {folder}", param_hint="--report")


def _check_jsonl_paths(paths: tuple[Path, ...], outdir: Path | None) -> None:
    if len(paths) > 1:
        raise click.UsageError("JSONL input is one file (or `-`) at a time")
    if outdir is None and paths[0] != Path("-"):
        raise click.UsageError("missing -o/--output file (`-o -` for stdout)")
    if outdir not in (None, Path("-")) and outdir.is_dir():
        raise click.UsageError(f"output {outdir} is a folder; JSONL output is one file")
    if outdir not in (None, Path("-")) and paths[0] != Path("-") and outdir.resolve() == paths[0].resolve():
        raise click.UsageError(f"output {outdir} is the input file")


@contextmanager
def _executor(kind: str, scheduler: str | None, jobs: int) -> Iterator[Executor]:
    if kind == "local" and scheduler:
        raise click.UsageError("--scheduler needs --executor dask")
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


def _clean_folders(run: Executor, options: RunOptions, paths: tuple[Path, ...], report: RunReport) -> None:
    assert options.outdir is not None
    remove_stale_temporaries(options.outdir)
    total = sum(1 for _ in find_inputs(paths)) if _progress_shown() else None
    deferred: list[Job] = []
    jobs = defer_claimed(find_inputs(paths, report.hidden), deferred)
    for outcome in _progress(run.map(clean_file, options, jobs), total, "files"):
        report.add(outcome)
    while deferred:  # inputs whose output name an earlier one claimed: only conflicts, few
        now, deferred = reclaim(deferred, {source for source, _ in report.failures})
        for outcome in run.map(clean_file, options, now):
            report.add(outcome)


class _StopAtBadRecord(Exception):
    """--strict: a bad record ends the run; the partial output file is dropped."""


def _clean_jsonl(run: Executor, options: RunOptions, source: Path, target: Path | None, report: RunReport,
                 strict: bool) -> bool:
    """Clean the records of ``source`` into ``target``; False if --strict stopped the run."""
    try:
        with ExitStack() as stack:
            if source == Path("-"):
                stream, total = sys.stdin.buffer, None
            else:
                stream = stack.enter_context(source.open("rb"))
                total = _count_records(source) if _progress_shown() else None
            if target in (None, Path("-")):
                output = sys.stdout
            else:
                remove_stale_temporaries(target.parent, only=target.name)
                output = stack.enter_context(atomic_output(target))
            lines = numbered_lines(stream, "<stdin>" if source == Path("-") else str(source))
            for outcome in _progress(run.map(clean_line, options, lines), total, "records"):
                report.add(outcome)
                if outcome.output is not None:
                    output.write(outcome.output)
                elif strict:
                    raise _StopAtBadRecord
    except _StopAtBadRecord:
        return False
    return True


def _count_records(source: Path) -> int:
    with source.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def _progress_shown() -> bool:
    return sys.stderr.isatty()


def _progress(outcomes: Iterator[Outcome], total: int | None, unit: str) -> Iterator[Outcome]:
    """Pass outcomes through, drawing a bar (count, rate, ETA) on a terminal."""
    started = time.monotonic()
    done = 0

    def rate(_: object) -> str:
        return f"{done / max(time.monotonic() - started, 1e-9):.0f} {unit}/s"

    with click.progressbar(outcomes, length=total, label="cleaning", file=sys.stderr,
                           hidden=not _progress_shown(), show_pos=True, item_show_func=rate) as bar:
        for outcome in bar:
            done += 1
            yield outcome


def _summary(report: RunReport, outdir: Path | None) -> str:
    where = "stdout" if outdir in (None, Path("-")) else str(outdir)
    line = f"cleaned {report.cleaned} {report.unit[:-1]}(s) into {where}, {report.removed_share:.0%} of text removed, "
    if report.up_to_date:
        line += f"{report.up_to_date} up to date, "
    line += f"{len(report.failures)} failed or skipped"
    return line + (f"; {len(report.hidden)} hidden file(s) or folder(s) left out" if report.hidden else "")


def _clean_stdin(cleaner: Cleaner, options: RunOptions) -> int:
    outcome = clean_document(cleaner, sys.stdin.buffer.read(), "<stdin>", kind="auto", fmt=options.fmt,
                             url=options.url, outlet=options.outlet)
    if outcome.output is None:
        _error(f"{outcome.source}: {outcome.error}")
        return EXIT_FAILURES
    sys.stdout.write(outcome.output)
    return EXIT_OK


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--kept/--no-kept", default=True, show_default=True, help="Also show the kept blocks.")
@rules_option
@url_option
@outlet_option
def explain(file: Path, kept: bool, rule_dirs: tuple[Path, ...], url: str | None, outlet: str | None) -> None:
    """Show every block of FILE and what removed it.

    Removed blocks are marked `-` with the id of the rule or detector that
    removed them (red on a terminal); kept blocks are marked `+`.

    \b
    Examples:
      cleaner explain samples/input/000_commondreams.txt
      cleaner explain page.html --no-kept
    """
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _check_outlet(cleaner, outlet)
    data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    try:
        explanation = cleaner.explain_document(data, kind=kind_of(file.name), url=url, outlet=outlet,
                                               with_metadata=False)
    except DocumentError as exc:
        _error(f"{'<stdin>' if str(file) == '-' else file}: {exc}")
        sys.exit(EXIT_FAILURES)
    width = max((len(d.removed_by or "") for d in explanation.decisions), default=0)
    for decision in explanation.decisions:
        if decision.kept:
            if kept:
                click.echo(f"+ {'':{width}}  {decision.block.text}")
        else:
            label = click.style(f"{decision.removed_by:{width}}", fg="red")
            click.echo(f"- {label}  " + click.style(decision.block.text, dim=True))
    counts = ", ".join(f"{rule} {n}" for rule, n in explanation.removed_counts.most_common())
    click.echo(f"outlet: {explanation.outlet or 'none'}; language: {explanation.language or 'unknown'}; "
               f"removed {sum(explanation.removed_counts.values())} of {len(explanation.decisions)} blocks"
               + (f" ({counts})" if counts else ""), err=True)
    sys.exit(EXIT_FAILURES if rule_errors else EXIT_OK)


@main.group()
def rules() -> None:
    """Outlet rule files: list them, check them.

    Shipped rule files cover a few outlets; add yours with --rules DIR, or
    propose one from an outlet's pages with `cleaner learn`.
    """


@rules.command("list")
@rules_option
def rules_list(rule_dirs: tuple[Path, ...]) -> None:
    """List the known outlets: id, name, domains, number of rules, file.

    \b
    Example:
      cleaner rules list --rules my-rules/
    """
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    for rule_file in sorted(cleaner.rules.files, key=lambda f: f.id):
        click.echo(f"{rule_file.id:16} {rule_file.outlet:24} {','.join(rule_file.domains) or '-':28} "
                   f"{len(rule_file.rules):3} rules  {rule_file.path}")
    sys.exit(EXIT_FAILURES if rule_errors else EXIT_OK)


# Rule authoring: `rules check`, `learn` and `report`.


@rules.command("check")
@click.argument("targets", nargs=-1, type=click.Path(exists=True, path_type=Path))
def rules_check(targets: tuple[Path, ...]) -> None:
    """Validate rule files and run the examples each one carries.

    TARGETS are rule files or folders of them (default: the shipped rules).
    Each file must load, have at least one [[example]], and each example's
    input must clean to its expected output, with the file's own rules
    removing something.

    \b
    Examples:
      cleaner rules check
      cleaner rules check my-rules/
    """
    paths = rule_file_paths(targets or [shipped_rules_dir()])
    if not paths:
        _error(f"no *.toml rule files in {', '.join(map(str, targets))}")
        sys.exit(EXIT_FAILURES)
    checks = [check_rule_file(path) for path in paths]
    for check in checks:
        if check.ok:
            click.echo(f"ok    {check.path} ({check.examples} example(s))")
            for rule_id in check.unexercised:
                click.echo(f"note: {check.path}: no example exercises rule {rule_id}", err=True)
        else:
            click.echo(click.style("FAIL  ", fg="red") + str(check.path))
            for problem in check.problems:
                _error(problem)
    failed = sum(not check.ok for check in checks)
    click.echo(f"{len(checks) - failed} of {len(checks)} rule file(s) ok", err=True)
    sys.exit(EXIT_FAILURES if failed else EXIT_OK)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--outlet", "outlet_name", required=True, help="The outlet's name, written into the rule file.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The rule file to write (its name is the outlet's id), e.g. my-rules/gazette.toml.")
@click.option("--min-share", default=learning.DEFAULT_MIN_SHARE, show_default=True,
              type=click.FloatRange(0, 1, min_open=True),
              help="Share of the documents a line must occur in to count as chrome.")
@click.option("--domain", "domains", multiple=True, metavar="DOMAIN",
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

    \b
    Example:
      cleaner learn pages/gazette --outlet "The Harbour Gazette" --domain gazette.example -o my-rules/gazette.toml
      cleaner clean pages/gazette -o cleaned/ --rules my-rules/
    """
    try:
        documents, unreadable = learning.read_documents(folder)
        for source, reason in unreadable:
            _error(f"{source}: {reason}")
        learned = learning.learn([lines for _, lines in documents], outlet_name, min_share)
        learning.write_rule_file(learned, [lines for _, lines in documents], output, domains)
    except learning.LearnError as exc:
        _error(f"{folder}: {exc}")
        sys.exit(EXIT_FAILURES)
    except RuleError as exc:  # what we wrote does not load: a bug, said plainly
        _error(f"learned rules do not load: {exc}")
        sys.exit(EXIT_FAILURES)
    except OSError as exc:
        _error(f"{output}: cannot write: {exc}")
        sys.exit(EXIT_FAILURES)
    kinds = Counter(rule.kind for rule in learned.rules)
    click.echo(f"learned {kinds['drop']} line rules and {kinds['drop_between']} block rules from "
               f"{learned.documents} pages into {output}; review it, then: "
               f"cleaner clean {folder} -o OUTDIR --rules {output.parent}"
               + (f"; {len(unreadable)} page(s) skipped" if unreadable else ""), err=True)
    sys.exit(EXIT_FAILURES if unreadable else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@rules_option
@url_option
@outlet_option
def report(paths: tuple[Path, ...], output: Path, rule_dirs: tuple[Path, ...], url: str | None,
           outlet: str | None) -> None:
    """Write one self-contained HTML page showing what was removed.

    Each document is listed with its kept text and its removed blocks struck
    through, labelled with the rule that removed them; a table counts the
    removals per rule and a filter shows one rule's removals (open the page
    at #rule=<id> to start with that filter).

    \b
    Example:
      cleaner report samples/input -o report.html
    """
    cleaner, rule_errors = _make_cleaner(rule_dirs)
    _check_outlet(cleaner, outlet)
    documents, failures = [], []
    for job in find_inputs(paths):
        try:
            if job.problem:
                raise InputError(job.problem)
            explanation = cleaner.explain_document(read_input(job.source), kind=kind_of(job.source.name), url=url,
                                                   outlet=outlet, with_metadata=False)
        except DocumentError as exc:
            failures.append(f"{printable(str(job.source))}: {exc}")
        else:
            documents.append((printable(str(job.source)), explanation))
    for failure in failures:
        _error(failure)
    try:
        write_atomic(output, render_report(documents, failures))
    except OSError as exc:
        _error(f"{output}: cannot write: {exc}")
        sys.exit(EXIT_FAILURES)
    click.echo(f"reported {len(documents)} document(s) into {output}, {len(failures)} failed or skipped", err=True)
    sys.exit(EXIT_FAILURES if failures or rule_errors else EXIT_OK)
