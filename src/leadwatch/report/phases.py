"""Report section: the phase timeline over Bitcoin and silver prices, and returns by phase.

The section carries its precomputed
:class:`~leadwatch.analysis.phases.classify.PhaseHistory` and (optionally)
:class:`~leadwatch.analysis.phases.returns.PhaseReturnsResult`; it only renders.
Each phase episode is a shaded band behind the prices (rebased to 100 at the
start of the history, log scale).

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.phases.config import parse_phase_config
>>> from leadwatch.analysis.phases.classify import classify_phases
>>> from leadwatch.report.sample import sample_report_data
>>> data = sample_report_data()
>>> config = parse_phase_config({"model": {"confirm_days": 1},
...     "triggers": {"up": {"conditions": [{"metric": "logchange(btc, 5)", "op": ">",
...                                          "threshold": 0}]}},
...     "phases": [{"name": "risk_on", "all": ["up"]}]})
>>> section = PhaseSection(classify_phases(data.prices, config))
>>> fragment = section.render(data)
>>> fragment.uses_plotly, 'id="phases-chart"' in fragment.html
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from leadwatch.analysis.phases.classify import PhaseHistory
from leadwatch.analysis.phases.returns import PhaseReturnsResult
from leadwatch.report._format import data_table, esc, head_cells
from leadwatch.report.charts import (
    SERIES_COLORS,
    figure_div,
    line_trace,
    plot_label,
    plotly_modules,
)
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment, series_labels
from leadwatch.results import p_is

__all__ = ["PHASE_COLORS", "PhaseSection"]

PHASE_COLORS = {
    "debasement": "#d55e00",
    "safe_haven": "#e6b800",
    "risk_off": "#cc79a7",
    "risk_on": "#009e73",
    "neutral": "#d9dde3",
}
_EXTRA = ("#56b4e9", "#0072b2", "#8c564b", "#7f7f7f")


def _color(phase: str, names: tuple[str, ...]) -> str:
    if phase in PHASE_COLORS:
        return PHASE_COLORS[phase]
    others = [n for n in names if n not in PHASE_COLORS]
    return _EXTRA[others.index(phase) % len(_EXTRA)] if phase in others else _EXTRA[-1]


@dataclass(frozen=True, slots=True, eq=False)
class PhaseSection:
    """Phase timeline (shaded episodes) over rebased prices, and forward returns by phase.

    Parameters
    ----------
    history
        The phase history to draw.
    returns
        Forward returns by phase to tabulate, or ``None``.
    series
        Price series drawn (those present in the report's prices).
    """

    history: PhaseHistory
    returns: PhaseReturnsResult | None = None
    series: tuple[str, ...] = ("btc", "silver")
    id: str = "phases"
    title: str = "Phases of the cycle: safe haven, debasement, risk on and off"

    def render(self, data: ReportData) -> Fragment:
        """Chart ``#<id>-chart``, a reading and the table ``#<id>-table``."""
        h = self.history
        eps = h.episodes()
        share = h.share()
        names = h.config.phase_names
        rules = "; ".join(f"<strong>{esc(r.name)}</strong>: {esc(r.text)}" for r in h.config.phases)
        note = (
            "Each business day gets the first phase, in this priority order, whose trigger rule "
            f"holds on data public by that day (no look-ahead): {rules}; otherwise "
            f"<strong>{esc(h.config.fallback)}</strong>. A new phase is adopted after holding "
            f"{h.config.confirm_days} consecutive days. Thresholds are named parameters of the "
            f"config <code>{esc(h.config.source)}</code>."
        )
        reading = (
            f"From {h.phase.index[0]:%Y-%m-%d} to {h.as_of:%Y-%m-%d}: "
            + ", ".join(
                f"{esc(n)} {share[n]:.0%} of days ({int((eps['phase'] == n).sum())} episodes)"
                for n in names
            )
            + f". Current phase: <strong>{esc(h.current)}</strong> since {h.since:%Y-%m-%d}."
        )
        parts = [f'<p class="note">{note}</p>', f'<p class="note">{reading}</p>']
        parts.append(figure_div(self._figure(data, eps, names), f"{self.id}-chart"))
        if self.returns is not None:
            parts.append(self._table(self.returns))
        return Fragment("\n".join(parts), uses_plotly=True)

    def _figure(self, data: ReportData, eps: pd.DataFrame, names: tuple[str, ...]) -> object:
        go, _ = plotly_modules()
        fig = go.Figure()
        labels = series_labels(data)
        start, end = self.history.phase.index[0], self.history.as_of
        for sid in self.series:
            if sid not in data.prices.columns:
                continue
            p = data.prices[sid].loc[start:end].dropna()
            if p.empty:
                continue
            rebased = p / float(p.iloc[0]) * 100.0
            color = SERIES_COLORS.get(sid, "#3b5b92")
            name = labels.get(sid, sid)
            fig.add_trace(
                line_trace(rebased, name=name, color=color, width=1.5, decimals=3, hover=".1f")
            )
        # one layout update with every band: add_vrect per episode is quadratic in plotly
        shapes = [
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "y0": 0,
                "y1": 1,
                "x0": f"{row['start']:%Y-%m-%d}",
                "x1": f"{row['end'] + pd.offsets.BDay(1):%Y-%m-%d}",
                "fillcolor": _color(str(row["phase"]), names),
                "opacity": 0.35,
                "line": {"width": 0},
                "layer": "below",
            }
            for row in eps.to_dict(orient="records")
        ]
        for name in names:  # legend entries for the bands
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=plot_label(name),
                    marker={"symbol": "square", "size": 12, "color": _color(name, names)},
                )
            )
        fig.update_layout(
            shapes=shapes,
            template="plotly_white",
            height=460,
            margin={"l": 60, "r": 20, "t": 40, "b": 40},
            yaxis={"type": "log", "title": {"text": f"rebased to 100 on {start:%Y-%m-%d}"}},
            legend={"orientation": "h", "y": 1.1},
        )
        return fig

    def _table(self, res: PhaseReturnsResult) -> str:
        head = head_cells(
            (
                ("Asset", ""),
                ("Phase", ""),
                ("Days", "num"),
                ("Episodes", "num"),
                ("Mean", "num"),
                (f"{1 - res.alpha:.0%} HAC interval", "num"),
                ("Positive", "num"),
            )
        )
        rows = []
        for r in res.table.to_dict(orient="records"):
            ci = "—" if not np.isfinite(r["mean"]) else f"[{r['ci_low']:+.3f}, {r['ci_high']:+.3f}]"
            mean = "—" if not np.isfinite(r["mean"]) else f"{r['mean']:+.3f}"
            pos = "—" if not np.isfinite(r["share_positive"]) else f"{r['share_positive']:.0%}"
            rows.append(
                f'<tr><th scope="row">{esc(r["asset"])}</th><td>{esc(r["phase"])}</td>'
                f'<td class="num">{r["n"]:,}</td><td class="num">{r["episodes"]}</td>'
                f'<td class="num">{mean}</td><td class="num">{ci}</td>'
                f'<td class="num">{pos}</td></tr>'
            )
        tests = []
        for t in res.tests.to_dict(orient="records"):
            if not np.isfinite(t["diff"]):
                tests.append(f"{esc(t['asset'])}: too few {esc(res.target)} days to test")
                continue
            tests.append(
                f"{esc(t['asset'])}: {esc(res.target)} minus the other phases "
                f"{t['diff']:+.3f} (HAC t = {t['tvalue']:.2f}, one-sided "
                f"{p_is(t['pvalue_greater'])}; block-bootstrap {1 - res.alpha:.0%} interval "
                f"[{t['boot_low']:+.3f}, {t['boot_high']:+.3f}])"
            )
        caption = (
            f"Forward {res.horizon}-business-day log returns by phase. Windows overlap and phases "
            f"persist: intervals are Newey-West with {res.hac_lags} lags and a stationary block "
            f"bootstrap (mean block {res.block:.0f} days); the effective sample is closer to "
            "the number of episodes than of days."
        )
        table = data_table(f"{self.id}-table", "data compact", head, rows, caption=caption)
        return table + f'\n<p class="note">{"; ".join(tests)}.</p>'
