"""An HTML report of what the cleaner removed: one self-contained page.

Each document shows its blocks in order: kept text as it is, removed blocks
struck through and labelled with the rule or detector that removed them. A
table at the top counts removals per rule; choosing a rule there (or opening
the page at ``#rule=<id>``) shows only the documents and blocks it removed.
No network and no external assets: styles and script are inline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from .model import Explanation

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
header { background: #fff; border-bottom: 1px solid #ddd; padding: 16px 28px; }
h1 { font-size: 20px; margin: 0 0 4px; }
main { padding: 8px 28px 40px; max-width: 980px; }
table { border-collapse: collapse; margin: 10px 0; font-size: 13px; }
th, td { text-align: left; padding: 2px 14px 2px 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.chosen td { font-weight: 600; }
a { color: #0b57d0; text-decoration: none; }
#status { color: #555; margin: 6px 0 0; }
section.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 18px 0; padding: 12px 18px; }
h2 { font-size: 16px; margin: 0; word-break: break-all; }
.meta { color: #666; font-size: 13px; margin: 2px 0 10px; }
.block { margin: 4px 0; }
.removed { color: #8a8a8a; font-size: 13px; }
.removed del { text-decoration-color: #c62828; }
.label { display: inline-block; margin-left: 8px; padding: 0 7px; border-radius: 9px; font-size: 11px;
         background: #fde7e7; color: #a31515; white-space: nowrap; vertical-align: 1px; }
"""

# Reads the rule to show from the URL hash, hides the documents and removed
# blocks of other rules, and writes what is visible into #status.
_SCRIPT = """
const select = document.getElementById('filter');
function chosenRule() {
  const match = location.hash.match(/^#rule=(.*)$/);
  return match ? decodeURIComponent(match[1]) : '';
}
function applyFilter() {
  const rule = chosenRule();
  select.value = rule;
  let docs = 0, blocks = 0;
  const sections = document.querySelectorAll('section.doc');
  for (const section of sections) {
    let hits = 0;
    for (const block of section.querySelectorAll('.removed')) {
      const shown = !rule || block.dataset.rule === rule;
      block.hidden = !shown;
      if (shown) hits++;
    }
    section.hidden = Boolean(rule) && hits === 0;
    if (!section.hidden) { docs++; blocks += hits; }
  }
  for (const row of document.querySelectorAll('#rules tbody tr')) {
    row.classList.toggle('chosen', row.dataset.rule === rule);
  }
  document.getElementById('status').textContent =
    `Showing ${docs} of ${sections.length} documents and ${blocks} removed blocks` +
    (rule ? ` (rule ${rule})` : '');
}
select.addEventListener('change', () => {
  location.hash = select.value ? 'rule=' + encodeURIComponent(select.value) : '';
});
window.addEventListener('hashchange', applyFilter);
applyFilter();
"""


def render_report(documents: Sequence[tuple[str, Explanation]], failures: Sequence[str] = ()) -> str:
    """The report page for ``documents`` (name, explanation) in order;
    ``failures`` are one-line messages about inputs that could not be read."""
    removed: Counter[str] = Counter()
    in_documents: Counter[str] = Counter()
    for _, explanation in documents:
        removed.update(explanation.removed_counts)
        in_documents.update(set(explanation.removed_counts))
    rows = "".join(
        f'<tr data-rule="{escape(rule)}"><td><a href="#rule={escape(quote(rule, safe=""))}">{escape(rule)}</a></td>'
        f'<td class="n">{count}</td><td class="n">{in_documents[rule]}</td></tr>'
        for rule, count in sorted(removed.items(), key=lambda item: (-item[1], item[0]))
    )
    options = "".join(f'<option value="{escape(rule)}">{escape(rule)}</option>' for rule in sorted(removed))
    failed = "".join(f"<li>{escape(message)}</li>" for message in failures)
    total_blocks = sum(len(explanation.decisions) for _, explanation in documents)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cleaner report: {len(documents)} documents</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>cleaner report</h1>
<div>{len(documents)} documents, {sum(removed.values())} of {total_blocks} blocks removed by {len(removed)} rules</div>
<table id="rules"><thead><tr><th>rule</th><th>blocks removed</th><th>documents</th></tr></thead>
<tbody>{rows}</tbody></table>
<label>Filter by rule <select id="filter"><option value="">all rules</option>{options}</select></label>
<p id="status"></p>
{f'<ul class="failures">{failed}</ul>' if failed else ''}
</header>
<main>
{"".join(_document(name, explanation) for name, explanation in documents)}
</main>
<script>{_SCRIPT}</script>
</body>
</html>
"""


def _document(name: str, explanation: Explanation) -> str:
    blocks = []
    for decision in explanation.decisions:
        text = escape(decision.block.text)
        if decision.kept:
            blocks.append(f'<p class="block kept">{text}</p>')
        else:
            rule = escape(decision.removed_by or "")
            blocks.append(f'<p class="block removed" data-rule="{rule}"><del>{text}</del>'
                          f'<span class="label">{rule}</span></p>')
    removed = sum(explanation.removed_counts.values())
    return (f'<section class="doc"><h2>{escape(name)}</h2>'
            f'<p class="meta">outlet: {escape(explanation.outlet or "none")} · '
            f'removed {removed} of {len(explanation.decisions)} blocks</p>{"".join(blocks)}</section>\n')
