"""Report section "What happened next": each article's theses frozen at its date, then reality.

The section carries its precomputed :class:`~leadwatch.theses.hindsight.Hindsight`
objects (one per article). For each article it shows how the article was
dated (rule, level, note), the verdicts a user would have got that day from
data known then, and each thesis's prediction against what followed, the
usual return of the same length and the historical analogues.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from leadwatch.report._format import esc, text
from leadwatch.report.charts import figure_div
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment, series_labels
from leadwatch.report.theses import _TABLE_CSS, fmt_effect, verdict_badge
from leadwatch.report.thesis_charts import hindsight_figure
from leadwatch.results import fmt_p
from leadwatch.theses.hindsight import Hindsight

__all__ = ["HindsightSection", "status_counts"]

_STATUS_CLASS = {
    "as predicted": "v-supported",
    "did not happen": "v-contradicted",
    "pending": "v-inconclusive",
}


def status_counts(items: tuple[Hindsight, ...]) -> dict[str, int]:
    """How many (thesis, horizon) predictions ended in each status."""
    counts: dict[str, int] = {}
    for h in items:
        for status in h.outcomes.get("status", pd.Series(dtype=str)):
            counts[str(status)] = counts.get(str(status), 0) + 1
    return counts


def _pct(value: float, together: bool) -> str:
    if not math.isfinite(value):
        return "—"
    return f"{value:+.2f}" if together else f"{value:+.1%}"


def _status(status: str) -> str:
    cls = _STATUS_CLASS.get(status, "v-not-evaluated")
    return f'<span class="badge {cls}">{esc(status)}</span>'


@dataclass(frozen=True, slots=True, eq=False)
class HindsightSection:
    """The out-of-sample check: one block per article, in date order."""

    items: tuple[Hindsight, ...]
    id: str = "what-happened-next"
    title: str = "What happened next: the articles' theses, frozen at their dates"
    #: Article name -> its flow/positioning/fundamentals claims as ``(claim, status, evidence)``.
    graded: Mapping[str, Sequence[tuple[str, str, str]]] = field(default_factory=dict)

    def render(self, data: ReportData) -> Fragment:
        counts = status_counts(self.items)
        done = counts.get("as predicted", 0) + counts.get("did not happen", 0)
        lede = (
            "The articles were written in January 2026 and print no dates. Each is dated from "
            "the data by the level it reports (the first LBMA silver fix beyond the price it "
            "quotes). On that date every series is cut to what was <em>public</em> by the end "
            "of the day (UTC), the article's theses are run as a user would have run them, and "
            "each thesis's prediction is set against what followed. "
            f"<strong>Of {done} checkable predictions (thesis and horizon), "
            f"{counts.get('as predicted', 0)} went as predicted and "
            f"{counts.get('did not happen', 0)} did not</strong>"
        )
        extra = [
            f"{n} {esc(k)}"
            for k, n in sorted(counts.items())
            if k not in ("as predicted", "did not happen")
        ]
        lede += f"; {', '.join(extra)}." if extra else "."
        parts = [_TABLE_CSS, f'<p class="lede">{lede}</p>']
        labels = series_labels(data)
        for i, item in enumerate(self.items, start=1):
            parts.append(self._article(item, i, labels))
        return Fragment("\n".join(parts), uses_plotly=True)

    def _article(self, item: Hindsight, i: int, labels: dict[str, str]) -> str:
        d = item.dated
        level = f" (that close: {text(d.level)})" if d.level is not None else ""
        dating = (
            f"<strong>Dated {esc(text(d.date))}</strong> by the rule: {esc(d.rule)}{esc(level)}. "
            f"{esc(d.note)}"
        )
        rows = []
        for r in item.run.results:
            for h in r.hypotheses:
                rows.append(
                    f"<tr><td><code>{esc(r.name)}</code></td><td>{esc(h.statement)}</td>"
                    f'<td>{verdict_badge(h.verdict)}</td><td class="num">{esc(fmt_effect(h))}'
                    f'</td><td class="num">{esc(fmt_p(h.pvalue_adj))}</td></tr>'
                )
        frozen = (
            f'<div class="table-wrap"><table id="{self.id}-{i}-then" class="data">'
            "<caption>Verdicts on data known at the end of that day; p-values Holm-adjusted "
            'over this article\'s hypotheses.</caption><thead><tr><th scope="col">Thesis</th>'
            '<th scope="col">Hypothesis</th><th scope="col">Verdict then</th>'
            '<th scope="col" class="num">Effect then</th><th scope="col" class="num">p, Holm'
            "</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
        )
        out_rows = []
        for o in item.outcomes.to_dict(orient="records"):
            together = o["direction"] == "together"
            band = (
                f" ({_pct(o['usual_low'], together)} to {_pct(o['usual_high'], together)})"
                if math.isfinite(o["usual_low"])
                else ""
            )
            out_rows.append(
                f"<tr><td><code>{esc(o['thesis'])}</code><br>{esc(o['prediction'])}</td>"
                f'<td>{esc(o["horizon"])}</td><td class="date">{esc(text(o["until"]))}</td>'
                f'<td class="num"><strong>{esc(_pct(o["actual"], together))}</strong></td>'
                f'<td class="num">{esc(_pct(o["usual"], together))}{esc(band)}</td>'
                f'<td class="num">{esc(_pct(o["analogue"], together))}</td>'
                f"<td>{_status(str(o['status']))}</td></tr>"
            )
        outcome = (
            f'<div class="table-wrap"><table id="{self.id}-{i}-outcomes" class="data">'
            "<caption>Actual: simple return from the dated close (correlation of weekly returns "
            "for 'together'). Usual: the median return over every window of the same length known "
            "that day (10-90% range). Analogues: the median after the thesis's own past events, "
            "or the mean while its condition held, as known that day.</caption><thead><tr>"
            '<th scope="col">Prediction</th><th scope="col">Horizon</th><th scope="col">Until'
            '</th><th scope="col" class="num">Actual</th><th scope="col" class="num">Usual</th>'
            '<th scope="col" class="num">Analogues</th><th scope="col">Outcome</th></tr></thead>'
            "<tbody>" + "".join(out_rows) + "</tbody></table></div>"
        )
        n_analogues = len(item.analogue_dates)
        chart_note = (
            "Silver and Bitcoin rebased to 100 at the dated close (dashed line). The orange band "
            f"is where Bitcoin went in the 26 weeks after the {n_analogues} earlier 52-week "
            "breakouts of silver known that day (10-90% of paths, median dotted; the band is "
            "clipped to the chart, early Bitcoin paths ran far higher)."
            if item.analogues is not None
            else "Silver and Bitcoin rebased to 100 at the dated close (dashed line)."
        )
        fig = hindsight_figure(item.paths, item.analogues, d.date, labels)
        return "\n".join(
            [
                f'<h3 id="{self.id}-{i}">{i}. {esc(d.title or d.article)}</h3>',
                f'<p class="note"><code>{esc(d.article)}</code>. {dating}</p>',
                frozen,
                outcome,
                f'<p class="note">{esc(chart_note)}</p>',
                figure_div(fig, f"{self.id}-{i}-chart", height=420),
                self._graded(d.article, i),
            ]
        )

    def _graded(self, article: str, i: int) -> str:
        rows = self.graded.get(article, ())
        if not rows:
            return ""
        body = "".join(
            f"<tr><td>{esc(claim)}</td><td>{esc(status)}</td><td>{esc(evidence)}</td></tr>"
            for claim, status, evidence in rows
        )
        return (
            f'<div class="table-wrap"><table id="{self.id}-{i}-fundamentals" class="data">'
            "<caption>The article's flow, positioning and supply/demand claims, graded on the "
            "tables as known at its date (see Flows and fundamentals)</caption><thead><tr>"
            '<th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Evidence</th>'
            "</tr></thead><tbody>" + body + "</tbody></table></div>"
        )
