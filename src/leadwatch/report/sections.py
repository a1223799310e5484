"""Report sections: each turns :class:`ReportData` into one ``<section>`` body.

A section is any object with an ``id`` (the HTML anchor), a ``title`` and a
``render(data) -> Fragment`` method (:class:`Section`). The page
(:mod:`leadwatch.report.html`) adds the heading, the table of contents and the
single copy of plotly.js when some fragment needs it. To extend the report,
write a frozen dataclass with those three members and pass it in ``sections``.
Chart div ids are derived from the section id, so pages stay deterministic.

Examples
--------
>>> from leadwatch.report.sample import sample_report_data
>>> fragment = CoverageSection().render(sample_report_data())
>>> fragment.uses_plotly, fragment.html.count("<tr>")
(False, 4)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import pandas as pd

from leadwatch.analysis.correlation import rolling_correlation
from leadwatch.report._format import MISSING, cell, data_table, esc, head_cells, number, text
from leadwatch.report.charts import correlation_figure, figure_div, price_figure
from leadwatch.report.data import ReportData

__all__ = [
    "DEFAULT_SECTIONS",
    "CorrelationSection",
    "CoverageSection",
    "Fragment",
    "PriceSection",
    "Section",
    "series_labels",
]


@dataclass(frozen=True, slots=True)
class Fragment:
    """Rendered body of one section.

    Parameters
    ----------
    html
        Trusted HTML (everything user-provided inside it already escaped).
    uses_plotly
        Whether it calls ``Plotly``; the page then embeds plotly.js once.
    """

    html: str
    uses_plotly: bool = False


@runtime_checkable
class Section(Protocol):
    """What the page needs from a section."""

    @property
    def id(self) -> str:
        """HTML id of the section (unique in the page; letters, digits, ``-``)."""

    @property
    def title(self) -> str:
        """Heading (plain text; the page escapes it)."""

    def render(self, data: ReportData) -> Fragment:
        """Body of the section."""


def series_labels(data: ReportData) -> dict[str, str]:
    """Series id -> display name from the coverage table (the id when absent).

    Examples
    --------
    >>> from leadwatch.report.sample import sample_report_data
    >>> series_labels(sample_report_data())["btc"]
    'Bitcoin'
    """
    labels: dict[str, str] = {}
    for series_id, name in zip(data.coverage["id"], data.coverage["name"], strict=True):
        if isinstance(series_id, str) and isinstance(name, str) and name.strip():
            labels.setdefault(series_id, name)
    return labels


def _first_row(frame: pd.DataFrame, *, every: bool) -> pd.Timestamp | None:
    """First date where every (or any) column has a value, or None."""
    present = frame.notna().all(axis=1) if every else frame.notna().any(axis=1)
    return pd.Timestamp(frame.index[int(present.argmax())]) if present.any() else None


def _note(body: str) -> str:
    return f'<p class="note">{body}</p>'


@dataclass(frozen=True, slots=True)
class CoverageSection:
    """Data coverage table with provenance: one row per series."""

    id: str = "coverage"
    title: str = "Data coverage and provenance"

    def render(self, data: ReportData) -> Fragment:
        """Table ``#<id>-table``; every value escaped."""
        rows = [self._row(record) for record in data.coverage.to_dict(orient="records")]
        flagged = pd.to_numeric(data.coverage["flagged"], errors="coerce").fillna(0)
        n_flagged = int((flagged > 0).sum())
        lede = (
            f"{len(rows)} series. Rows, first and last dates count the observations stored; "
            "<em>Flagged</em> counts values marked suspect on import (spikes or level breaks "
            "beyond the series' plausible daily move), kept but worth checking."
        )
        if n_flagged:
            verb = "carries" if n_flagged == 1 else "carry"
            lede += f" <strong>{n_flagged} series {verb} flags.</strong>"
        head = head_cells(
            (
                ("Series", ""),
                ("Instrument and publisher", ""),
                ("Rows", "num"),
                ("First", ""),
                ("Last", ""),
                ("Flagged", "num"),
                ("Source and location", ""),
                ("Imported", ""),
                ("Checksum", ""),
            )
        )
        body = rows or [f'<tr><td colspan="9" class="missing">{MISSING} no series</td></tr>']
        table = data_table(f"{self.id}-table", "data coverage", head, body)
        return Fragment(f'<p class="lede">{lede}</p>\n{table}')

    @staticmethod
    def _row(record: dict[object, object]) -> str:
        flagged = record["flagged"]
        flag_cls = (
            "num flag" if isinstance(flagged, int | float | np.number) and flagged > 0 else "num"
        )
        checksum = text(record["checksum"])
        cells = [
            f'<th scope="row"><span class="primary">{esc(text(record["name"]))}</span>'
            f'<span class="secondary"><code>{esc(text(record["id"]))}</code> · '
            f"{esc(text(record['unit']))}</span></th>",
            f'<td><span class="primary">{esc(text(record["instrument"]))}</span>'
            f'<span class="secondary">{esc(text(record["publisher"]))}</span></td>',
            cell(record["rows"], cls="num"),
            cell(record["first"], cls="date"),
            cell(record["last"], cls="date"),
            cell(flagged, cls=flag_cls),
            f'<td><span class="primary">{esc(text(record["source"]))}</span>'
            f'<span class="secondary path">{esc(text(record["location"]))}</span></td>',
            cell(record["imported_at"], cls="stamp"),
            f'<td><code class="hash" title="{esc(checksum)}">{esc(checksum)}</code></td>',
        ]
        return "<tr>" + "".join(cells) + "</tr>"


@dataclass(frozen=True, slots=True)
class PriceSection:
    """Prices of ``data.series`` rebased to 100 on their first common date."""

    id: str = "prices"
    title: str = "Prices, rebased to 100"

    def render(self, data: ReportData) -> Fragment:
        """Chart ``#<id>-chart`` with one trace per series."""
        start = data.common_start
        labels = series_labels(data)
        rebased: dict[str, pd.Series] = {}
        for series_id in data.series:
            prices = data.prices[series_id].loc[start:].dropna().astype(np.float64)
            rebased[series_id] = prices / float(prices.iloc[0]) * 100.0
        names = ", ".join(esc(labels.get(s, s)) for s in data.series)
        summary = "; ".join(
            f"{esc(labels.get(s, s))} {number(float(r.iloc[-1]), 3)}" for s, r in rebased.items()
        )
        note = (
            f"Each series is divided by its own price on <strong>{esc(text(start))}</strong>, "
            f"the first date on which {names} all have a price, and multiplied by 100: "
            f"200 means the price doubled since then. Latest values: {summary}. "
            "The log scale (the default) "
            "shows equal percentage moves as equal heights; use the buttons to switch. "
            "Metals are fixed on business days only, Bitcoin trades every day."
        )
        fig = price_figure(rebased, labels=labels, scale=data.price_scale)
        return Fragment(_note(note) + "\n" + figure_div(fig, f"{self.id}-chart"), uses_plotly=True)


@dataclass(frozen=True, slots=True)
class CorrelationSection:
    """Rolling correlation of weekly returns for ``data.pairs``."""

    id: str = "correlation"
    title: str = "Rolling correlation of weekly returns"

    def render(self, data: ReportData) -> Fragment:
        """Chart ``#<id>-chart`` (one trace per pair) and a summary table."""
        window = data.correlation_window_weeks
        corr = rolling_correlation(data.weekly_returns, list(data.pairs), window=window)
        days = window * 7
        band = round(2 / float(np.sqrt(window)), 2)
        note = (
            f"Each point is the Pearson correlation of the last <strong>{window} weekly "
            f"returns</strong> (about {days} days), plotted at the week it ends. Weekly "
            "returns sidestep the calendar mismatch between Bitcoin, which trades every day, "
            "and metals, which are fixed on London business days: daily returns would pair a "
            "Monday metal move that covers the weekend with a one-day Bitcoin move."
        )
        reading = (
            "+1 means the two moved together every week, 0 no linear relation, -1 opposite "
            f"moves. With {window} points, values inside the shaded band (about ±{band:.2f}) "
            "are what two unrelated assets often produce. Correlation is same-week "
            "co-movement; it says nothing about which asset leads."
        )
        start = _first_row(corr, every=True)
        earliest = _first_row(corr, every=False)
        if start is not None and earliest is not None and start > earliest:
            reading += (
                " The chart opens on the weeks where every pair has a value (from "
                f"{esc(text(start))}); double-click it to see each pair's full history."
            )
        else:
            start = None
        fig = correlation_figure(corr, noise_band=band, start=start)
        table = self._summary(corr, window)
        chart = figure_div(fig, f"{self.id}-chart")
        body = "\n".join([_note(note), _note(reading), chart, table])
        return Fragment(body, uses_plotly=True)

    def _summary(self, corr: pd.DataFrame, window: int) -> str:
        caption = (
            "Latest, median, lowest and highest over each pair's full history "
            f"(the number of complete {window}-week windows differs when histories do)."
        )
        head = head_cells(
            (
                ("Pair", ""),
                ("Latest", "num"),
                ("Week of latest", ""),
                ("Median", "num"),
                ("Lowest", "num"),
                ("Highest", "num"),
                (f"{window}-week windows", "num"),
            )
        )
        rows = []
        for pair in corr.columns:
            values = corr[pair].dropna()
            if values.empty:
                stats = [MISSING] * 5
                count = 0
            else:
                stats = [
                    f"{values.iloc[-1]:+.2f}",
                    text(values.index[-1]),
                    f"{values.median():+.2f}",
                    f"{values.min():+.2f}",
                    f"{values.max():+.2f}",
                ]
                count = len(values)
            cells = [f'<th scope="row"><code>{esc(pair)}</code></th>']
            cells += [
                f'<td class="{"date" if i == 1 else "num"}">{esc(v)}</td>'
                for i, v in enumerate(stats)
            ]
            cells.append(f'<td class="num">{count:,}</td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return data_table(f"{self.id}-table", "data compact", head, rows, caption=caption)


DEFAULT_SECTIONS: tuple[Section, ...] = (CoverageSection(), PriceSection(), CorrelationSection())
