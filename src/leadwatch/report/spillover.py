"""Report section: rolling Diebold-Yilmaz net spillovers from the metals to Bitcoin.

The section carries its own precomputed
:class:`~leadwatch.analysis.connectedness.rolling.RollingConnectednessResult`
(the report layer never estimates anything), and marks an episode, by default
January 2026, when silver and gold broke to records while Bitcoin lagged.

Examples
--------
>>> from leadwatch.analysis.connectedness.rolling import rolling_connectedness
>>> from leadwatch.report.sample import sample_report_data
>>> data = sample_report_data()  # synthetic silver, gold and Bitcoin, 2020-2023
>>> rolling = rolling_connectedness(data.weekly_returns.dropna(), window=104, lags=1)
>>> fragment = SpilloverSection(rolling).render(data)
>>> fragment.uses_plotly, 'id="spillover-chart"' in fragment.html
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from leadwatch.analysis.connectedness.rolling import RollingConnectednessResult
from leadwatch.report._format import esc
from leadwatch.report.charts import (
    PAIR_COLORS,
    figure_div,
    line_trace,
    plot_label,
    plotly_modules,
    zero_line,
)
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment

__all__ = ["SpilloverSection"]

_LABELS = {"silver": "Silver", "gold": "Gold", "btc": "Bitcoin"}


@dataclass(frozen=True, slots=True, eq=False)
class SpilloverSection:
    """Net pairwise spillover (source -> target) over rolling windows.

    Parameters
    ----------
    rolling
        Rolling connectedness of returns that include every series in ``pairs``.
    pairs
        ``(source, target)`` pairs to draw; positive = the source transmits more
        shocks to the target than it receives from it.
    episode
        ``(start, end)`` dates shaded and summarised, or ``None``.
    episode_label
        Text of the shaded episode.
    """

    rolling: RollingConnectednessResult
    pairs: tuple[tuple[str, str], ...] = (("silver", "btc"), ("gold", "btc"))
    episode: tuple[str, str] | None = ("2026-01-01", "2026-02-28")
    episode_label: str = "January 2026: silver and gold at records, Bitcoin lagging"
    id: str = "spillover"
    title: str = "Who transmits shocks to Bitcoin? Net spillovers"

    def _series(self) -> dict[str, pd.Series]:
        def name(series_id: str) -> str:
            return _LABELS.get(series_id, series_id)

        return {
            f"{name(source)} → {name(target)}": self.rolling.pairwise_net(source, target)
            for source, target in self.pairs
        }

    def render(self, data: ReportData) -> Fragment:
        """Chart ``#<id>-chart`` with one line per pair, the episode shaded, and notes."""
        lines = self._series()
        roll = self.rolling
        note = (
            "Diebold-Yilmaz connectedness measures how much of each market's forecast-error "
            f"variance ({roll.horizon} steps ahead) comes from shocks to the others, from a "
            f"VAR({roll.lags}) of <strong>returns</strong> with the {esc(roll.method)} "
            f"decomposition, re-estimated on every window of {roll.window} observations. Each "
            "line is the <em>net</em> pairwise spillover in percentage points: above zero, the "
            "metal sends more shocks to Bitcoin than it receives. It is a measure of "
            "co-movement in forecast errors, not of causation, and these point estimates carry "
            "no confidence band yet."
        )
        parts = [f'<p class="note">{note}</p>']
        parts.append(f'<p class="note">{self._reading(lines)}</p>')
        parts.append(figure_div(self._figure(lines), f"{self.id}-chart"))
        return Fragment("\n".join(parts), uses_plotly=True)

    def _reading(self, lines: dict[str, pd.Series]) -> str:
        sentences = []
        for name, values in lines.items():
            share = float((values > 0).mean())
            sentences.append(
                f"{esc(name)}: latest {float(values.iloc[-1]):+.2f} pp, positive in "
                f"{share:.0%} of windows, median {float(values.median()):+.2f} pp"
            )
        text = "; ".join(sentences) + "."
        if self.episode is not None:
            start, end = (pd.Timestamp(d) for d in self.episode)
            inside = {name: values.loc[start:end] for name, values in lines.items() if len(values)}
            peaks = [
                f"{esc(name)} peaked at {float(v.max()):+.2f} pp on {v.idxmax():%Y-%m-%d}"
                for name, v in inside.items()
                if len(v)
            ]
            if peaks:
                text += f" In the shaded episode ({esc(self.episode_label)}): " + "; ".join(peaks)
                text += "."
        return text

    def _figure(self, lines: dict[str, pd.Series]) -> object:
        go, _ = plotly_modules()
        fig = go.Figure()
        for color, (name, values) in zip(PAIR_COLORS, lines.items(), strict=False):
            fig.add_trace(line_trace(values, name=name, color=color, hover=".2f", unit=" pp"))
        zero_line(fig)
        if self.episode is not None:
            fig.add_vrect(
                x0=self.episode[0],
                x1=self.episode[1],
                fillcolor="#f5c518",
                opacity=0.25,
                line_width=0,
                annotation_text=plot_label(self.episode_label),
                annotation_position="top left",
                annotation={"xanchor": "right", "font": {"size": 11}},
            )
        dates = [d for values in lines.values() for d in pd.DatetimeIndex(values.index)]
        fig.update_xaxes(range=[f"{min(dates):%Y-%m-%d}", f"{max(dates):%Y-%m-%d}"])
        fig.update_layout(
            template="plotly_white",
            height=420,
            margin={"l": 60, "r": 20, "t": 40, "b": 40},
            yaxis={"title": {"text": "net spillover, pp"}},
            legend={"orientation": "h", "y": 1.08},
        )
        return fig
