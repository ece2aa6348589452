"""The `cleaner` command line."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .batch import (
    FORMAT_SUFFIXES, Job, clean_file, explain_bytes, find_inputs, output_path, overlap_error, render_output,
)
from .decode import DecodeError
from .outlets import RuleError, RuleTimeout
from .pipeline import Cleaner

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

rules_option = click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="Extra rule file or folder of *.toml rule files (repeatable).",
)
url_option = click.option("--url", help="The page's URL: picks the outlet's rules by domain.")
outlet_option = click.option("--outlet", help="Use this outlet's rules (id or name; see `cleaner rules list`).")


def _error(message: str) -> None:
    click.echo(click.style("error: ", fg="red", bold=True) + message, err=True)


def _make_cleaner(rule_dirs: tuple[Path, ...], rule_errors: list[str]) -> Cleaner:
    return Cleaner(rule_dirs, on_rule_error=lambda exc: rule_errors.append(str(exc)))


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
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the outputs (required unless reading stdin).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMAT_SUFFIXES)), default="text", show_default=True,
              help="text: the body; json: body, metadata and removed-block counts per rule.")
@rules_option
@url_option
@outlet_option
def clean(paths: tuple[Path, ...], outdir: Path | None, fmt: str, rule_dirs: tuple[Path, ...],
          url: str | None, outlet: str | None) -> None:
    """Clean files and folders into OUTDIR, or stdin to stdout with `-`.

    Folders are walked recursively; each input becomes
    OUTDIR/<its relative path, suffix replaced by .txt or .json>. .html/.htm
    files take the HTML path, others the text path (content is sniffed when
    the suffix says nothing). Inputs are never modified; outputs are written
    atomically. Binary and empty files are skipped and named in the summary.

    Exit status: 0 every file cleaned, 1 some failed or were skipped, 2 usage error.

    \b
    Examples:
      cleaner clean samples/input -o cleaned/
      cleaner clean page.html --format json -o out/
      curl -s https://example.org/story | cleaner clean - --url https://example.org/story
    """
    rule_errors: list[str] = []
    cleaner = _make_cleaner(rule_dirs, rule_errors)
    for message in rule_errors:
        _error(f"{message} (rule file skipped)")
    _check_outlet(cleaner, outlet)
    if Path("-") in paths:
        if len(paths) > 1:
            raise click.UsageError("`-` (stdin) cannot be combined with other inputs")
        sys.exit(_clean_stdin(cleaner, fmt, url, outlet) or (EXIT_FAILURES if rule_errors else EXIT_OK))
    if outdir is None:
        raise click.UsageError("missing -o/--output folder")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    overlap = overlap_error(paths, outdir)
    if overlap:
        raise click.UsageError(overlap)

    failures: list[str] = []
    removed: Counter[str] = Counter()
    chars_in = chars_out = files = 0
    claimed: dict[Path, Path] = {}
    jobs = list(find_inputs(paths))
    with click.progressbar(jobs, label="cleaning", file=sys.stderr, hidden=not sys.stderr.isatty(),
                           item_show_func=lambda j: j.source.name if j else None) as progress:
        for job in progress:
            target = output_path(outdir, job, fmt)
            if target in claimed:
                failures.append(f"{job.source}: output {target} already written from {claimed[target]}")
                continue
            claimed[target] = job.source
            result = clean_file(cleaner, job, target, fmt=fmt, url=url, outlet=outlet)
            if result.error:
                failures.append(f"{job.source}: {result.error}")
                continue
            files += 1
            chars_in += result.chars_in
            chars_out += result.chars_out
            removed.update(result.removed)
    for failure in failures:
        _error(failure)
    share = 1 - chars_out / chars_in if chars_in else 0.0
    click.echo(f"cleaned {files} file(s) into {outdir}, {share:.0%} of text removed, "
               f"{len(failures)} failed or skipped", err=True)
    if removed:
        top = ", ".join(f"{rule} {count}" for rule, count in removed.most_common(5))
        click.echo(f"most removals: {top}", err=True)
    sys.exit(EXIT_FAILURES if failures or rule_errors else EXIT_OK)


def _clean_stdin(cleaner: Cleaner, fmt: str, url: str | None, outlet: str | None) -> int:
    data = sys.stdin.buffer.read()
    try:
        explanation = explain_bytes(cleaner, data, url=url, outlet=outlet)
    except (DecodeError, RuleTimeout) as exc:
        _error(f"<stdin>: {exc}")
        return EXIT_FAILURES
    sys.stdout.write(render_output(explanation, fmt, "-"))
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
    rule_errors: list[str] = []
    cleaner = _make_cleaner(rule_dirs, rule_errors)
    for message in rule_errors:
        _error(f"{message} (rule file skipped)")
    _check_outlet(cleaner, outlet)
    data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    try:
        explanation = explain_bytes(cleaner, data, name=file.name, url=url, outlet=outlet)
    except (DecodeError, RuleTimeout) as exc:
        _error(f"{file}: {exc}")
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
    rule_errors: list[str] = []
    cleaner = _make_cleaner(rule_dirs, rule_errors)
    for message in rule_errors:
        _error(message)
    for rule_file in sorted(cleaner.rules.files, key=lambda f: f.id):
        click.echo(f"{rule_file.id:16} {rule_file.outlet:24} {','.join(rule_file.domains) or '-':28} "
                   f"{len(rule_file.rules):3} rules  {rule_file.path}")
    sys.exit(EXIT_FAILURES if rule_errors else EXIT_OK)


# Rule authoring: `rules check`, `learn` and `report`. Imported here, beside
# the commands that use them, so the commands above stay as they are.
from . import learn as learning  # noqa: E402
from .batch import write_atomic  # noqa: E402
from .outlets import shipped_rules_dir  # noqa: E402
from .report import render_report  # noqa: E402
from .rulecheck import check_rule_file, rule_file_paths  # noqa: E402


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
def learn(folder: Path, outlet_name: str, output: Path, min_share: float) -> None:
    """Propose a rule file for an outlet from a FOLDER of its pages.

    Lines that recur across at least --min-share of the pages (numbers,
    dates and time units may differ) become [[drop]] rules; boxes of varying
    lines between two recurring lines (a "Most read" list) become
    [[drop_between]] rules. Each rule says in how many pages it was seen,
    with an example. Review the file, then clean with --rules.

    \b
    Example:
      cleaner learn pages/gazette --outlet "The Harbour Gazette" -o my-rules/gazette.toml
      cleaner clean pages/gazette -o cleaned/ --rules my-rules/
    """
    try:
        documents = learning.read_documents(folder)
        learned = learning.learn([lines for _, lines in documents], outlet_name, min_share)
        learning.write_rule_file(learned, [lines for _, lines in documents], output)
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
               f"cleaner clean {folder} -o OUTDIR --rules {output.parent}", err=True)


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
    rule_errors: list[str] = []
    cleaner = _make_cleaner(rule_dirs, rule_errors)
    for message in rule_errors:
        _error(f"{message} (rule file skipped)")
    _check_outlet(cleaner, outlet)
    documents, failures = [], []
    for job in find_inputs(paths):
        try:
            data = job.source.read_bytes()
            documents.append((str(job.source), explain_bytes(cleaner, data, name=job.source.name, url=url,
                                                              outlet=outlet)))
        except (OSError, DecodeError, RuleTimeout) as exc:
            failures.append(f"{job.source}: {exc}")
    for failure in failures:
        _error(failure)
    try:
        write_atomic(output, render_report(documents, failures))
    except OSError as exc:
        _error(f"{output}: cannot write: {exc}")
        sys.exit(EXIT_FAILURES)
    click.echo(f"reported {len(documents)} document(s) into {output}, {len(failures)} failed or skipped", err=True)
    sys.exit(EXIT_FAILURES if failures or rule_errors else EXIT_OK)
