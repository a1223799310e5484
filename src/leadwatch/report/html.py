"""Self-contained HTML report: one file, plotly.js embedded once, opens offline.

:func:`render_report` assembles the page from sections
(:mod:`leadwatch.report.sections`); :func:`write_report` writes it atomically.
The output depends only on the input: chart ids come from section ids and the
only times shown are those in the data, so equal inputs give byte-identical files.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> from leadwatch.report.sample import sample_report_data
>>> data = sample_report_data()
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = write_report(data, Path(tmp) / "report")
...     page = path.read_text(encoding="utf-8")
...     sorted(p.name for p in path.parent.iterdir())
['index.html']
>>> page.count("Plotly.newPlot("), 'id="coverage-table"' in page, "<script src" in page
(2, True, False)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.errors import DataError, LeadwatchError
from leadwatch.report._format import esc, text
from leadwatch.report.charts import plotly_js, plotly_js_version
from leadwatch.report.data import ReportData
from leadwatch.report.sections import DEFAULT_SECTIONS, Fragment, Section

__all__ = ["REPORT_FILE", "render_report", "write_atomically", "write_report"]

REPORT_FILE = "index.html"
_SECTION_ID = re.compile(r"[A-Za-z][A-Za-z0-9-]*\Z")

_CSS = """
:root { --ink: #1d2330; --muted: #5b6472; --faint: #8a93a1; --rule: #e2e6ec;
  --bg: #f6f7f9; --card: #ffffff; --accent: #1f4e8c; --flag: #9a5b00; --flag-bg: #fff4dc;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Liberation Sans", "DejaVu Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
    "DejaVu Sans Mono", monospace; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.55 var(--sans);
  font-feature-settings: "kern", "liga"; text-rendering: optimizeLegibility; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 0 28px; }
.masthead { background: var(--card); border-bottom: 1px solid var(--rule); padding: 28px 0 18px; }
.kicker { margin: 0 0 4px; color: var(--accent); font-size: 12px; font-weight: 600;
  letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 0 0 14px; font-size: 28px; line-height: 1.2; font-weight: 650;
  letter-spacing: -.01em; }
.meta { display: flex; flex-wrap: wrap; gap: 8px 36px; margin: 0 0 16px; }
.meta div { min-width: 0; }
.meta dt { color: var(--faint); font-size: 11.5px; letter-spacing: .06em;
  text-transform: uppercase; }
.meta dd { margin: 0; font-size: 15px; font-weight: 600; font-variant-numeric: tabular-nums; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; padding: 0;
  list-style: none; counter-reset: toc; font-size: 14px; }
nav li { counter-increment: toc; }
nav li::before { content: counter(toc) ". "; color: var(--faint); }
nav a { color: var(--accent); text-decoration: none; }
nav a:hover { text-decoration: underline; }
main { padding-top: 8px; }
section { background: var(--card); border: 1px solid var(--rule); border-radius: 8px;
  margin: 22px 0; padding: 22px 26px 24px; }
h2 { margin: 0 0 8px; font-size: 19px; line-height: 1.3; font-weight: 650; }
h2 .n { color: var(--faint); font-weight: 500; margin-right: 6px; }
p { margin: 0 0 12px; }
.lede, .note { color: var(--muted); max-width: 88ch; font-size: 14.5px; }
.note + .note { margin-top: -4px; }
.note strong, .lede strong { color: var(--ink); }
code { font-family: var(--mono); font-size: .86em; }
.table-wrap { overflow-x: auto; margin-top: 6px; }
table.data { border-collapse: collapse; width: 100%; font-size: 13.5px;
  font-variant-numeric: tabular-nums; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 8px 12px 8px 0;
  border-bottom: 1px solid var(--rule); }
table.data thead th { color: var(--muted); font-size: 11.5px; font-weight: 600;
  letter-spacing: .05em; text-transform: uppercase; border-bottom: 1.5px solid #c9d0da;
  white-space: nowrap; }
table.data tbody th { font-weight: 400; }
table.data tbody tr:last-child > * { border-bottom: 0; }
table.data .num { text-align: right; white-space: nowrap; }
table.data .date { white-space: nowrap; }
table.data .stamp { min-width: 6.5em; }
table.coverage tbody th { min-width: 9.5em; }
table.data caption { caption-side: bottom; text-align: left; color: var(--faint);
  font-size: 12.5px; padding-top: 8px; }
table.compact { width: auto; min-width: 60%; margin-top: 10px; }
table.compact td, table.compact th { padding-right: 26px; }
.primary { display: block; font-weight: 500; }
.secondary { display: block; color: var(--muted); font-size: 12.5px; margin-top: 2px; }
.path { font-family: var(--mono); font-size: 11.5px; word-break: break-all; }
.hash { display: inline-block; max-width: 18ch; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; vertical-align: bottom; color: var(--muted); font-size: 11.5px; }
.missing { color: var(--faint); }
td.flag { color: var(--flag); font-weight: 600; background: var(--flag-bg); }
.chart { margin: 8px -6px 0; min-height: 440px; }
footer { color: var(--faint); font-size: 12.5px; padding: 6px 28px 40px; }
@media (max-width: 700px) { .wrap { padding: 0 14px; } section { padding: 16px; } }
@media print { body { background: #fff; } section { border: 0; padding: 0; } }
"""


def render_report(data: ReportData, sections: Sequence[Section] = DEFAULT_SECTIONS) -> str:
    """The report page as one HTML string.

    Parameters
    ----------
    data
        Validated report input.
    sections
        Sections in page order (default: coverage, prices, correlation).

    Returns
    -------
    str
        A complete HTML document that needs no network: plotly.js is embedded once,
        in ``<head>``, when any section draws a chart.
    """
    from leadwatch._version import __version__

    _check_sections(sections)
    fragments = [(section, section.render(data)) for section in sections]
    uses_plotly = any(fragment.uses_plotly for _, fragment in fragments)
    as_of = esc(text(data.as_of))
    title = esc(data.title)
    script = ""
    charts_note = ""
    if uses_plotly:
        js_version = esc(plotly_js_version())
        script = (
            f"<script>/* plotly.js {js_version}, embedded so that this page works offline */\n"
            f"{plotly_js()}\n</script>\n"
        )
        charts_note = (
            f" Charts are drawn by plotly.js {js_version}, embedded in this file: it opens "
            "offline and loads nothing from the network."
        )
    meta = [
        ("Data as of", as_of),
        ("Series", str(len(data.coverage))),
        ("Latest import", esc(_latest(data.coverage["imported_at"].tolist()))),
        ("Generated by", f"leadwatch {esc(__version__)}"),
    ]
    meta_html = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in meta)
    toc = "".join(f'<li><a href="#{esc(s.id)}">{esc(s.title)}</a></li>' for s, _ in fragments)
    body = "\n".join(_section(i, s, f) for i, (s, f) in enumerate(fragments, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="leadwatch {esc(__version__)}">\n'
        f"<title>{title} (data as of {as_of})</title>\n"
        f"<style>{_CSS}</style>\n{script}</head>\n<body>\n"
        '<header class="masthead"><div class="wrap">\n'
        '<p class="kicker">leadwatch · cross-asset lead-lag</p>\n'
        f'<h1>{title}</h1>\n<dl class="meta">{meta_html}</dl>\n'
        f'<nav aria-label="Contents"><ol>{toc}</ol></nav>\n</div></header>\n'
        f'<main class="wrap">\n{body}\n</main>\n'
        f'<footer class="wrap">Generated by leadwatch {esc(__version__)} from data as of '
        f"{as_of}.{charts_note} Descriptive statistics, not investment advice.</footer>\n"
        "</body>\n</html>\n"
    )


def write_report(
    data: ReportData, out_dir: Path, *, sections: Sequence[Section] = DEFAULT_SECTIONS
) -> Path:
    """Render the report and write ``out_dir/index.html`` atomically.

    The page is rendered completely first, then written to a temporary file in
    ``out_dir`` and moved over ``index.html`` with :func:`os.replace`: a reader
    sees the old page or the new one, never half of one, and a failure leaves
    no temporary file behind.

    Parameters
    ----------
    data
        Validated report input.
    out_dir
        Folder to write into; created if missing.
    sections
        Sections in page order, see :func:`render_report`.

    Returns
    -------
    pathlib.Path
        Path of the written ``index.html``.

    Raises
    ------
    LeadwatchError
        When plotly is missing or the folder cannot be written.
    """
    page = render_report(data, sections).encode("utf-8")
    return write_atomically(page, Path(out_dir) / REPORT_FILE)


def write_atomically(content: bytes, target: Path) -> Path:
    """Write ``target`` via a synced temporary file in its folder and :func:`os.replace`.

    A reader sees the old file or the new one, never half of one; on failure no
    temporary file is left behind. OS errors become a :class:`LeadwatchError`.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, 0o644)
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        raise LeadwatchError(
            f"cannot write the report to {target}: {exc.strerror or exc}",
            fix="choose a folder you can write to",
        ) from exc
    return target


def _check_sections(sections: Sequence[Section]) -> None:
    seen: set[str] = set()
    for section in sections:
        if not isinstance(section, Section):
            raise DataError(
                f"sections: {section!r} is not a report section",
                fix="give it an id, a title and a render(data) -> Fragment method",
            )
        if not _SECTION_ID.match(section.id) or section.id in seen:
            raise DataError(
                f"sections: id {section.id!r} is not unique or not a valid HTML id",
                fix="use distinct ids made of letters, digits and '-'",
            )
        seen.add(section.id)


def _section(number: int, section: Section, fragment: Fragment) -> str:
    sid = esc(section.id)
    return (
        f'<section id="{sid}" aria-labelledby="{sid}-h">\n'
        f'<h2 id="{sid}-h"><span class="n">{number}</span>{esc(section.title)}</h2>\n'
        f"{fragment.html}\n</section>"
    )


def _latest(values: list[object]) -> str:
    """Text of the latest timestamp among ``values`` (naive ones read as UTC)."""
    stamps: list[tuple[pd.Timestamp, object]] = []
    for value in values:
        if isinstance(value, dt.datetime | np.datetime64) and not pd.isna(value):
            stamp = pd.Timestamp(value)
            key = stamp.tz_convert("UTC") if stamp.tzinfo else stamp.tz_localize("UTC")
            stamps.append((key, value))
    if not stamps:
        return text(None)
    return text(max(stamps, key=lambda pair: pair[0])[1])
