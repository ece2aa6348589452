"""Article-extraction quality on a benchmark folder, with the benchmark's metric.

The folder holds `text/<id>.txt` (page text), `html/<id>.html.gz` (the page)
and `ground-truth.json` ({id: {"articleBody": ..., "url": ...}}). Ground truth
is read here and nowhere else.

    python benchmarks/quality.py ../shared/bench/aeb-dev            # cleaner, text and HTML
    python benchmarks/quality.py DATA --systems all --per-doc 15    # with peers, 15 worst docs

Metric (the benchmark's own): tokens are \\w+ matches; each text is a multiset
of 4-token shingles; per document tp, fp, fn over multisets; precision and
recall are means over documents (a document whose denominator is 0 is left
out of that mean; fp = fn = 0 scores 1); F1 is their harmonic mean.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(0, len(tokens) - SHINGLE + 1)))


def document_scores(truth: str, predicted: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one document; None where the denominator is 0."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def _covered(line: str, reference: Counter[tuple[str, ...]]) -> bool:
    """Whether most of the line's shingles occur in ``reference``."""
    own = shingles(line)
    total = sum(own.values())
    return total == 0 or sum((own & reference).values()) / total >= 0.5


def show_lines(doc_id: str, truth: str, predicted: str) -> None:
    """The output line by line, marked by whether the truth holds it; then
    the truth lines the output misses: where the errors are."""
    truth_shingles, predicted_shingles = shingles(truth), shingles(predicted)
    print(f"== {doc_id}")
    for line in filter(str.strip, predicted.splitlines()):
        print(f"{'+' if _covered(line, truth_shingles) else '-'} {line[:160]}")
    for line in filter(str.strip, truth.splitlines()):
        if not _covered(line, predicted_shingles):
            print(f"MISSED {line[:160]}")


def summarise(scores: dict[str, tuple[float | None, float | None]]) -> tuple[float, float, float]:
    precisions = [p for p, _ in scores.values() if p is not None]
    recalls = [r for _, r in scores.values() if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def _read_html(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def cleaner_text() -> Callable[[str, bytes, str | None], str]:
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda text, html, url: cleaner.clean(text)


def cleaner_html() -> Callable[[str, bytes, str | None], str]:
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda text, html, url: cleaner.clean_html(html, url=url)


def trafilatura_html() -> Callable[[str, bytes, str | None], str]:
    import trafilatura

    return lambda text, html, url: trafilatura.extract(html, url=url, include_comments=False) or ""


def justext_lines() -> Callable[[str, bytes, str | None], str]:
    import justext
    from cleaner.features import guess_language

    def run(text: str, html: bytes, url: str | None) -> str:
        import html as html_module
        language = guess_language(text) or "English"
        markup = "".join(f"<p>{html_module.escape(line)}</p>" for line in text.splitlines() if line.strip())
        paragraphs = justext.justext(f"<html><body>{markup}</body></html>", justext.get_stoplist(language))
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def datatrove_c4() -> Callable[[str, bytes, str | None], str]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    c4 = C4QualityFilter(split_paragraph=True)  # C4 defaults, line by line
    c4.filter(Document(text="Probe sentence one. Probe two.", id="probe"))  # missing extras raise ImportError here

    def run(text: str, html: bytes, url: str | None) -> str:
        document = Document(text=text, id="x")
        c4.filter(document)
        return document.text

    return run


SYSTEMS: dict[str, tuple[str, Callable[[], Callable[[str, bytes, str | None], str]]]] = {
    "cleaner-text": ("text", cleaner_text),
    "cleaner-html": ("html", cleaner_html),
    "trafilatura": ("html", trafilatura_html),
    "justext-lines": ("text", justext_lines),
    "datatrove-c4": ("text", datatrove_c4),
    "no-cleaning": ("text", lambda: (lambda text, html, url: text)),
}
DEFAULT_SYSTEMS = "cleaner-text,cleaner-html"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="benchmark folder (text/, html/, ground-truth.json)")
    parser.add_argument("--systems", default=DEFAULT_SYSTEMS,
                        help=f"comma-separated, or 'all' (peers run when installed): {', '.join(SYSTEMS)}")
    parser.add_argument("--per-doc", type=int, default=0, metavar="N", help="show the N worst documents per system")
    parser.add_argument("--only", help="comma-separated document ids (or id prefixes) to run")
    parser.add_argument("--show", action="store_true",
                        help="with --only: print each output line marked '+' (in the truth) or '-' (not), "
                             "then the truth lines the output misses")
    args = parser.parse_args()

    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    prefixes = tuple(args.only.split(",")) if args.only else ("",)
    ids = sorted(doc_id for doc_id in truth if doc_id.startswith(prefixes))
    names = list(SYSTEMS) if args.systems == "all" else args.systems.split(",")
    print(f"{'system':16} {'input':5} {'F1':>6} {'P':>6} {'R':>6} {'s/doc':>7}   ({len(ids)} documents)")
    for name in names:
        input_kind, factory = SYSTEMS[name]
        try:
            system = factory()
        except ImportError as exc:
            print(f"{name:16} skipped: {exc}", file=sys.stderr)
            continue
        scores: dict[str, tuple[float | None, float | None]] = {}
        elapsed = 0.0
        for doc_id in ids:
            text = (args.data / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
            html = _read_html(args.data / "html" / f"{doc_id}.html.gz")
            start = time.perf_counter()
            predicted = system(text, html, truth[doc_id].get("url"))
            elapsed += time.perf_counter() - start
            scores[doc_id] = document_scores(truth[doc_id]["articleBody"], predicted)
            if args.show:
                show_lines(doc_id, truth[doc_id]["articleBody"], predicted)
        f1, precision, recall = summarise(scores)
        print(f"{name:16} {input_kind:5} {f1:6.3f} {precision:6.3f} {recall:6.3f} {elapsed / len(ids):7.3f}")
        if args.per_doc:
            def doc_f1(item: tuple[str, tuple[float | None, float | None]]) -> float:
                p, r = item[1]
                p, r = p or 0.0, r or 0.0
                return 2 * p * r / (p + r) if p + r else 0.0

            for doc_id, (p, r) in sorted(scores.items(), key=doc_f1)[:args.per_doc]:
                print(f"    {doc_id[:16]}  F1 {doc_f1((doc_id, (p, r))):.3f}  P {p if p is not None else float('nan'):.3f}"
                      f"  R {r if r is not None else float('nan'):.3f}")


if __name__ == "__main__":
    main()
