"""Report sections for theses: the verdict table, the evidence per thesis, the method notes.

Sections carry their own precomputed results (the report layer never
estimates). Every user-supplied string (thesis names, claims, statements,
quotes) goes through :func:`~leadwatch.report._format.esc`, so a thesis named
``<script>alert(1)</script>`` renders as text. Element ids come from positions,
never from names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from leadwatch.analysis.leadlag.oc import MEASURED
from leadwatch.analysis.validation import SIGN_CONVENTION
from leadwatch.report._format import data_table, esc, head_cells, text
from leadwatch.report.charts import figure_div
from leadwatch.report.data import ReportData
from leadwatch.report.robustness import robustness_table
from leadwatch.report.sections import Fragment
from leadwatch.results import fmt_p
from leadwatch.theses.results import HypothesisResult, ThesesRun, ThesisResult

__all__ = ["MethodsSection", "ThesisSection", "VerdictSection", "fmt_effect", "verdict_badge"]

_TABLE_CSS = (
    "<style>.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;"
    "font-weight:600;white-space:nowrap}.v-supported{background:#e3f4ea;color:#1e6b3a}"
    ".v-contradicted{background:#fde8e6;color:#9b2c1f}.v-inconclusive{background:#eef1f6;"
    "color:#3c4758}.v-mixed,.v-conflict{background:#fff4dc;color:#9a5b00}"
    ".v-not-evaluated{background:#f4f4f4;"
    "color:#8a93a1}.hyp{border-top:1px solid #e2e6ec;margin-top:18px;padding-top:12px}"
    "h3{font-size:16px;margin:18px 0 6px}h4{font-size:14.5px;margin:0 0 4px}"
    "blockquote{margin:6px 0 12px;padding-left:12px;border-left:3px solid #c9d0da;color:#5b6472}"
    "table.data td.reason{color:#5b6472;font-size:12.5px}"
    "table.verdicts{table-layout:fixed}table.verdicts td,table.verdicts th{overflow-wrap:anywhere}"
    "table.data td.eff{text-align:right}table.verdicts thead th{white-space:normal}</style>"
)


def verdict_badge(verdict: str) -> str:
    """An escaped verdict label styled by its class."""
    cls = "v-" + verdict.replace(" ", "-")
    return f'<span class="badge {esc(cls)}">{esc(verdict)}</span>'


def fmt_effect(h: HypothesisResult) -> str:
    """``+0.12 [+0.03, +0.21]`` (percent for returns), or a dash when untested."""
    if not math.isfinite(h.effect):
        return "—"
    pct = h.kind in ("event", "conditional", "phase")

    def f(v: float) -> str:
        return f"{v:+.1%}" if pct else f"{v:+.2f}"

    lo, hi = h.ci
    band = f" [{f(lo)}, {f(hi)}]" if math.isfinite(lo) and math.isfinite(hi) else ""
    return f"{f(h.effect)}{band}"


def _sample(h: HypothesisResult) -> str:
    if not h.nobs:
        return "—"
    unit = {"event": "events", "phase": "days"}.get(h.kind, "weeks")
    span = (
        f", {h.start:%Y-%m} to {h.end:%Y-%m}" if h.start is not None and h.end is not None else ""
    )
    return f"{h.nobs:,} {unit}{span}"


@dataclass(frozen=True, slots=True, eq=False)
class VerdictSection:
    """One row per hypothesis of every thesis in ``run``, with Holm-adjusted p-values."""

    run: ThesesRun
    id: str = "verdicts"
    title: str = "Verdicts: the articles' theses on all the data"

    def render(self, data: ReportData) -> Fragment:
        run = self.run
        head = head_cells(
            (
                ("Thesis", ""),
                ("Hypothesis", ""),
                ("Verdict", ""),
                ("Effect [95% interval]", "eff"),
                ("p", "num"),
                (f"p, {run.adjustment}", "num"),
                ("Sample", ""),
                ("Why", ""),
            )
        )
        rows = []
        for i, r in enumerate(run.results, start=1):
            for j, h in enumerate(r.hypotheses):
                thesis_cell = (
                    f'<th scope="rowgroup" rowspan="{len(r.hypotheses)}">'
                    f'<a href="#thesis-{i}">{i}. {esc(r.name)}</a><br>'
                    f"{verdict_badge(r.verdict)}</th>"
                    if j == 0
                    else ""
                )
                rows.append(
                    "<tr>"
                    + thesis_cell
                    + f'<td class="hyp-cell">{esc(h.statement)}<span class="secondary">'
                    + f"<code>{esc(h.id)}</code> · {esc(h.kind)} · effect: "
                    + f"{esc(h.effect_label or '—')}</span></td>"
                    + f"<td>{verdict_badge(h.verdict)}</td>"
                    + f'<td class="eff">{esc(fmt_effect(h))}</td>'
                    + f'<td class="num">{esc(fmt_p(h.pvalue))}</td>'
                    + f'<td class="num"><strong>{esc(fmt_p(h.pvalue_adj))}</strong></td>'
                    + f"<td>{esc(_sample(h))}</td>"
                    + f'<td class="reason">{esc(h.reason)}</td></tr>'
                )
        counts: dict[str, int] = {}
        for r in run.results:
            counts[r.verdict] = counts.get(r.verdict, 0) + 1
        tally = ", ".join(f"{n} {esc(v)}" for v, n in sorted(counts.items()))
        lede = (
            f"{len(run.results)} {'thesis' if len(run.results) == 1 else 'theses'} written "
            "from the three articles, tested on data known at "
            f"<strong>{esc(text(run.as_of))}</strong>: {tally}. The p-values in bold are adjusted "
            f"by {esc(run.adjustment)}'s method over all {run.n_tests} tested hypotheses in this "
            f"table (alpha {run.alpha}); a hypothesis significant alone but not after the "
            "adjustment is marked inconclusive. Effects of return claims are log returns."
        )
        widths = (10, 22, 9, 12, 5, 6, 9, 27)  # percent of the table, column by column
        cols = "".join(f'<col style="width:{w}%">' for w in widths)
        colgroup = f"<colgroup>{cols}</colgroup>"
        table = data_table(f"{self.id}-table", "data verdicts", head, rows, colgroup=colgroup)
        return Fragment(f'{_TABLE_CSS}<p class="lede">{lede}</p>\n{table}')


def _charts(h: HypothesisResult, prefix: str) -> list[str]:
    """Evidence charts of one hypothesis (div ids start with ``prefix``)."""
    from leadwatch.report import thesis_charts as tc

    d = h.detail
    if d is None:
        return []
    out: list[tuple[str, str, object]] = []
    if h.kind == "lead_lag":
        unit = "weeks" if d.grid == "weekly" else "trading days"
        out.append(
            (
                "Cross-correlation over lags, with the search-adjusted band",
                "ccf",
                tc.ccf_figure(d.ccf, unit),
            )
        )
        out.append(
            (
                "Event study: the follower after the leader's events (95% intervals)",
                "events",
                tc.event_figure(d.events.table, unit, d.follower),
            )
        )
        out.append(
            (
                "Rolling two-year windows: correlation at the best lag and each window's best lag",
                "rolling",
                tc.stability_figure(d.stability.rolling, d.stability.full_best_lag, unit),
            )
        )
        if "oos" in h.extras:
            out.append(
                (
                    "Predictive regression out of sample: cumulative gain over the historical mean",
                    "oos",
                    tc.oos_figure(h.extras["oos"]),
                )
            )
    elif h.kind == "event":
        out.append(
            (
                "Event study: mean return after events vs shifted event dates (95% intervals)",
                "events",
                tc.event_figure(d.table, "weeks", h.effect_label.split()[1]),
            )
        )
    elif h.kind == "conditional":
        out.append(
            (
                "Forward returns while the condition holds vs other times",
                "box",
                tc.conditional_figure(d.frame, d.horizon, "return"),
            )
        )
    elif h.kind == "correlation" and "rolling" in h.extras:
        out.append(
            (
                "Rolling 52-week correlation of weekly returns",
                "rolling",
                tc.rolling_corr_figure(
                    h.extras["rolling"], h.extras.get("regime"), "52-week correlation"
                ),
            )
        )
    return [
        f'<p class="note"><strong>{esc(title)}</strong></p>'
        + figure_div(fig, f"{prefix}-{key}", height=360)
        for title, key, fig in out
    ]


def _event_list(h: HypothesisResult) -> str:
    events = getattr(h.detail, "events", None)
    if h.kind != "event" or events is None or events.empty:
        return ""
    cols = [c for c in events.columns if c.startswith("fwd_")]
    head = "".join(f'<th scope="col" class="num">+{esc(c[4:])} weeks</th>' for c in cols)
    rows = [
        f'<tr><td class="date">{esc(text(r["date"]))}</td>'
        f'<td class="num">{esc(text(float(r["leader_level"])))}</td>'
        + "".join(
            f'<td class="num">{esc(f"{math.exp(v) - 1:+.1%}" if math.isfinite(v) else "—")}</td>'
            for v in (float(r[c]) for c in cols)
        )
        + "</tr>"
        for r in events.to_dict(orient="records")
    ]
    return (
        '<div class="table-wrap"><table class="data compact"><caption>Every event used '
        "(declustered), with the follower's simple return afterwards; — where the window runs "
        'past the data.</caption><thead><tr><th scope="col">Event</th><th scope="col" '
        f'class="num">Leader</th>{head}</tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></div>"
    )


@dataclass(frozen=True, slots=True, eq=False)
class ThesisSection:
    """One thesis: claim, source, and per hypothesis its verdict, reason and evidence charts."""

    result: ThesisResult
    number: int
    id: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", self.id or f"thesis-{self.number}")
        t = self.result.thesis
        object.__setattr__(
            self, "title", self.title or f"Thesis {self.number}: {t.title or t.name}"
        )

    def render(self, data: ReportData) -> Fragment:
        t = self.result.thesis
        src = t.source
        parts = [
            f'<p class="lede"><code>{esc(t.name)}</code> {verdict_badge(self.result.verdict)} '
            f"{esc(t.claim)}</p>",
            f'<p class="note">Source: <em>{esc(src.title or src.article)}</em> '
            f"(<code>{esc(src.article)}</code>)</p>",
        ]
        if src.quote:
            parts.append(f"<blockquote>{esc(src.quote)}</blockquote>")
        for k, h in enumerate(self.result.hypotheses, start=1):
            block = [
                f'<div class="hyp"><h4>{esc(h.statement)} {verdict_badge(h.verdict)}</h4>',
                f'<p class="note"><code>{esc(h.id)}</code> · {esc(h.kind)} · {esc(h.effect_label)}'
                f" {esc(fmt_effect(h))} · p {esc(fmt_p(h.pvalue))}, "
                f"Holm {esc(fmt_p(h.pvalue_adj))} · {esc(_sample(h))}</p>",
                f'<p class="note">{esc(h.reason)}</p>',
                robustness_table(h),
                *_charts(h, f"{self.id}-h{k}"),
                _event_list(h),
                "</div>",
            ]
            parts.append("\n".join(b for b in block if b))
        uses = any('class="chart"' in p for p in parts)
        return Fragment(_TABLE_CSS + "\n".join(parts), uses_plotly=uses)


@dataclass(frozen=True, slots=True, eq=False)
class MethodsSection:
    """Method notes in plain words."""

    run: ThesesRun
    id: str = "methods"
    title: str = "Method notes"

    def notes(self) -> list[tuple[str, str]]:
        """``(heading, paragraph)`` pairs, plain text (also used by the Markdown report)."""
        run = self.run
        return [
            (
                "Data without look-ahead",
                "Every series is placed on a weekly (Friday) grid using "
                "only values public at the end of that Friday (UTC): each series' observation time "
                "and publication lag come from the catalog, so a Treasury yield counts from the "
                "day it is published and M2 weeks after its month. Returns are log changes "
                "(differences "
                "for rates) between fresh values; a holiday gives a missing return, not a zero.",
            ),
            (
                "Lag sign convention",
                f"{SIGN_CONVENTION}. A lead of 4 weeks means the leader moved "
                "first and the follower moved 4 weeks later.",
            ),
            (
                "Lead-lag tests",
                "The cross-correlation is searched over the thesis's whole lag "
                "window; its p-value compares the largest robust t-statistic with the same maximum "
                "in block-bootstrap replicates (the follower's own blocks placed at random against "
                "the observed leader, which keeps its autocorrelation and volatility clustering "
                "and breaks any alignment), so searching many lags buys nothing. Lags at which "
                "the two series' return windows overlap in time (a 00:00 UTC close against a "
                "12:00 London fix) are 'same day, different clocks' and never searched. "
                "'Supported' needs that search-adjusted test at a positive lag, survival of the "
                "link after controls, a stable sign across rolling windows, and the sign and a "
                "third of the size in every sub-sample (from the date both series are liquid "
                "market prices, e.g. Bitcoin from 2013; first and second half), with the rank "
                "correlation beside the mean-based one. 'Contradicted' needs the data to rule "
                "out a correlation of the stated minimum at every claimed lag at once (an "
                "equivalence bound, printed). A predictive regression centred on the best lag "
                "(Hodrick 1B errors, with three lags of short memory) that disagrees in sign is "
                "reported as a conflict.",
            ),
            (
                "How often the lead-lag verdict is right",
                "Measured by simulation (bench/verdict_oc.py, the whole battery each time; 100 "
                "runs per scenario for the base table, the stress rows' counts in brackets): "
                + "; ".join(f"{k}: {v}" for k, v in MEASURED.items())
                + ". Goals: 'supported' in at least 80% of planted leads the headline test "
                "detects with 90% power, 'contradicted' in at most 2%, and 'supported' in at "
                "most 5% of null worlds; weak, partial or distributed leads never "
                "'contradicted' beyond 2%.",
            ),
            (
                "Events, conditions and correlations",
                "Event studies compare the follower's "
                "forward return after declustered events with the same events circularly shifted "
                "in time (their spacing and overlapping windows kept), Holm-adjusted over "
                "horizons, with the median beside the mean and the sub-sample table above. "
                "Conditional and correlation claims use circular shifts: the condition is slid "
                "against the outcome by every shift of at least twice the horizon plus the "
                "condition's window, keeping each series' persistence and breaking only their "
                "timing. Intervals are stationary block bootstraps. Horizons are weeks "
                "(1 month = 4 weeks, 3 months = 13, 6 months = 26).",
            ),
            (
                "What p-values mean here",
                f"A p-value is the chance of an effect at least this "
                "large if there were no link at all; it is not the chance the thesis is true, and "
                "a "
                "small one says nothing about the size of the effect (see the interval). "
                f"All {run.n_tests} tested hypotheses of the verdict table form one family and are "
                f"adjusted by {run.adjustment}'s step-down method, valid whatever the dependence "
                "between them; the frozen reruns in 'What happened next' are adjusted within each "
                "article. 'Inconclusive' means the data neither support nor rule out the claim; "
                "'contradicted' means the effect is significant in the other direction (or, for "
                "the "
                "lead-lag battery, the data exclude any meaningful lead).",
            ),
            (
                "Reproducibility",
                f"Bootstraps use n_boot = {run.n_boot} and seed {run.seed}: the "
                "same store and seed give the same numbers and the same page.",
            ),
        ]

    def render(self, data: ReportData) -> Fragment:
        body = "\n".join(
            f'<p class="note"><strong>{esc(k)}.</strong> {esc(v)}</p>' for k, v in self.notes()
        )
        return Fragment(body)
