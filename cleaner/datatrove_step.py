"""A datatrove pipeline step (the `datatrove` extra): Documents in, the same
Documents out with their text cleaned.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove_step import CleanerStep

    LocalPipelineExecutor(pipeline=[
        JsonlReader("pages/"),
        CleanerStep(),                   # or CleanerStep(html_field="text") after a WarcReader
        JsonlWriter("cleaned/"),
    ]).run()

A Document is seen as the record ``{"text", "id", "metadata"}``, so fields are
the dotted paths of `cleaner clean`'s JSONL options: the default cleans
``text``; ``html_field="text"`` takes ``text`` to be HTML (what datatrove's
WarcReader gives), ``html_field="metadata.html"`` cleans HTML kept in the
metadata. The URL that picks an outlet's rules is ``metadata.url``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import clipped, needs_extra

with needs_extra(__name__, "datatrove", "datatrove"):
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.logging import logger
    from datatrove.utils.typeshelper import StatHints

from .outlets import rule_sources
from .pipeline import Cleaner
from .records import (DATATROVE_ERROR_FIELD, RecordOptions, clean_record, error_field_taken, has_field,
                      never_held_warning, text_fields)
from .run import checked_cleaner, printable


DEFAULT_URL_FIELD = "metadata.url"
"""Where datatrove's readers keep a Document's URL: a Document without one is ordinary, so a task none of whose
Documents holds it is said only for a ``url_field`` of another name (a typo)."""


class CleanerStep(PipelineStep):
    """Cleans each Document's text (or HTML) into its ``text``.

    A Document that cannot be cleaned (no text, binary HTML, a rule that
    timed out) is dropped, counted in the step's stats (``failed``) and
    named with its reason in the task's log, or, with ``keep_failed``,
    passed on unchanged with the reason in ``metadata["cleaner_error"]`` (None in the others: a reason an
    earlier step left there is written over, but a Document's own value there, not text, raises ValueError,
    as `cleaner clean` stops at a record that holds one in its error field). A Document whose cleaned text is empty
    (all boilerplate) is dropped and counted (``empty``), as datatrove's
    extractors do. ``with_metadata`` adds title, author, date, language (ISO
    code) and removed_share to each Document's metadata, over its own keys of
    those names (WarcReader's ``date``, the crawl date, among them) where it
    finds a value, keeping the Document's own where it finds none, or, with
    ``metadata_field="cleaner"``, in an object of their own
    (``metadata["cleaner"]["date"]``), leaving its own keys as they were.
    A ``url_field`` of another name than ``metadata.url`` that no Document of a task holds (a typo) is said
    once in the task's log, as the command line warns of it.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, *, html_field: str | None = None, url_field: str = DEFAULT_URL_FIELD,
                 rules: str | Path | Iterable[str | Path] = (), outlet: str | None = None, with_metadata: bool = False,
                 metadata_field: str | None = None, keep_failed: bool = False) -> None:
        super().__init__()
        if not isinstance(keep_failed, bool):  # a str ("no") would be taken as true in silence
            raise TypeError(f"keep_failed must be True or False, not {type(keep_failed).__name__}")
        self.options = RecordOptions(
            html_field=html_field, url_field=url_field, with_metadata=with_metadata,
            metadata_field=f"metadata.{metadata_field}" if metadata_field else "metadata",
            error_field=DATATROVE_ERROR_FIELD, skip_failed=not keep_failed,
        )
        self.outlet = outlet
        self.rules = rule_sources(rules)
        self._cleaner: Cleaner | None = checked_cleaner(self.rules, outlet)

    def __getstate__(self) -> dict[str, Any]:
        # Executors send steps to their workers: each builds its own Cleaner.
        return {**self.__dict__, "_cleaner": None}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if self._cleaner is None:
            self._cleaner = Cleaner(self.rules)
        url_held = None  # whether a document of the task holds url_field: None before the first
        html_held = None  # and html_field, where given
        text_in: tuple[str, ...] = ()  # the fields of the first document that hold text
        for document in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                record = {"text": document.text, "id": document.id, "metadata": document.metadata}
                if error_field_taken(record, self.options):  # keep_failed would write it over in silence
                    raise ValueError(
                        f"cleaner: document {printable(clipped(str(document.id)))} holds "
                        f"{type(document.metadata['cleaner_error']).__name__} in metadata['cleaner_error'], which "
                        "keep_failed would write over: take it out of the Documents' metadata before this step, "
                        "or leave keep_failed off")
                cleaned = clean_record(self._cleaner, record, self.options, outlet=self.outlet)
                url_held = url_held or has_field(record, self.options.url_field)
                if self.options.html_field and not html_held:
                    html_held = has_field(record, self.options.html_field)
                    text_in = text_in or text_fields(record)
            if cleaned.error is not None:
                self.stat_update("failed")
                # In the task's log, as datatrove's extractors say what they skip: which document, and why.
                fate = "passed on" if cleaned.record is not None else "dropped"
                logger.warning(f"cleaner: document {printable(clipped(str(document.id)))}: {cleaned.error} ({fate})")
            if cleaned.record is None or (cleaned.error is None and not cleaned.record["text"]):
                self.stat_update(StatHints.dropped, *(() if cleaned.error else ("empty",)))
                continue
            # Where the cleaner found no title or date, the record, and so the Document, keeps its own.
            document.text, document.metadata = cleaned.record["text"], cleaned.record["metadata"]
            self.stat_update(StatHints.forwarded)
            yield document
        if html_held is False:  # a typo: every document failed
            warning = never_held_warning("html_field", str(self.options.html_field), "no document of this task",
                                         text_in=text_in)
            logger.warning(f"cleaner: {warning}")
        if url_held is False and self.options.url_field != DEFAULT_URL_FIELD:  # a typo, whose option did nothing
            warning = never_held_warning("url_field", self.options.url_field, "no document of this task",
                                         outlet=self.outlet)
            logger.warning(f"cleaner: {warning}")
