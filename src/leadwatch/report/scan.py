"""Report section: a saved universe scan (who leads whom, at which lag).

The section carries the scan's pair rows (one per ordered leader -> follower
pair at its best lag, as :meth:`leadwatch.store.Store.scan_pairs` returns
them) and its summary; it never computes anything. All-pairs scans draw the
N x N leader -> follower matrix of best-lag correlations with the significant
pairs marked; follower scans draw the top leaders' correlations with their
``[r_lo, r_hi]`` null-scale intervals and lags. Both add a table of the top
discoveries (significant pairs; the strongest pairs when none is).

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.scan.universe import scan_returns
>>> from leadwatch.report.sample import sample_report_data
>>> rng = np.random.default_rng(1)
>>> x = rng.standard_normal((1200, 4))
>>> x[5:, 3] = 0.2 * x[5:, 3] + 0.98 * x[:-5, 0]
>>> res = scan_returns(pd.DataFrame(x, columns=list("abcd")), lags=range(1, 21))
>>> fragment = ScanSection.from_result(res).render(sample_report_data())
>>> fragment.uses_plotly, 'id="scan-chart"' in fragment.html, fragment.html.count("<tr>")
(True, True, 2)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from leadwatch.report._format import cell, esc, number
from leadwatch.report.charts import figure_div, plot_label, plotly_modules
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment

if TYPE_CHECKING:
    from leadwatch.analysis.scan.universe import ScanResult

__all__ = ["ScanSection"]

_SIG_COLOR, _NS_COLOR = "#d55e00", "#a3acb9"


@dataclass(frozen=True, slots=True, eq=False)
class ScanSection:
    """A universe scan: matrix (all pairs) or top leaders (one follower), and discoveries.

    Parameters
    ----------
    pairs
        One row per ordered pair: ``leader``, ``follower``, ``lag``, ``r``,
        ``r_lo``, ``r_hi``, ``pvalue``, ``qvalue``, ``n_sig_lags``, ``significant``.
    scan_id
        The scan's id (shown in the notes).
    follower
        The follower of a follower-mode scan, ``None`` for all pairs.
    params
        The scan's summary (``alpha``, ``lags``, ``nobs``, ``method``...), as saved.
    top
        Rows of the discoveries table and bars of the follower chart.
    max_matrix
        Largest matrix drawn; bigger universes show the series in the most
        significant pairs.
    """

    pairs: pd.DataFrame = field(repr=False)
    scan_id: str
    follower: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    top: int = 20
    max_matrix: int = 60
    id: str = "scan"
    title: str = "Universe scan: who leads whom"

    @classmethod
    def from_result(cls, result: ScanResult, **kwargs: Any) -> ScanSection:
        """The section of an in-memory :class:`~leadwatch.analysis.scan.universe.ScanResult`."""
        params = {k: v for k, v in result.to_dict().items() if k != "top"}
        return cls(result.pairs, result.scan_id, result.follower, params, **kwargs)

    def _ranked(self) -> pd.DataFrame:
        frame = self.pairs.assign(_abs_u=self.pairs["u"].abs() if "u" in self.pairs else 0.0)
        frame = frame.sort_values(["pvalue", "_abs_u"], ascending=[True, False], kind="stable")
        return frame.drop(columns="_abs_u").reset_index(drop=True)

    def render(self, data: ReportData) -> Fragment:
        """Notes, chart ``#<id>-chart`` and the discoveries table."""
        ranked = self._ranked()
        n_sig = int(ranked["significant"].astype(bool).sum())
        alpha = self.params.get("alpha", 0.05)
        lags = self.params.get("lags")
        lag_text = f"lags {lags[0]}..{lags[1]}" if isinstance(lags, list | tuple) else "its lags"
        mode = f"leaders of {esc(self.follower)}" if self.follower else "all ordered pairs"
        nobs = self.params.get("nobs", self.params.get("n_obs", "?"))  # n_obs: scans saved before
        note = (
            f"Scan <code>{esc(self.scan_id)}</code> of {mode}: {len(ranked):,} pairs over "
            f"{esc(lag_text)} ({esc(nobs)} returns; lag k &gt; 0 means "
            "the leader moves first). Each pair is shown at its best lag; its p-value is the "
            "max-over-lags circular-shift null pooled over all pairs, and Benjamini-Hochberg "
            f"controls the false discovery rate at {esc(alpha)} across every leader x follower "
            f"x lag. {n_sig:,} pairs are significant. The interval is r &plusmn; 1.96 &sigma; on "
            "the null scale. A lead-lag correlation is not causation."
        )
        left_out = self.params.get("skipped") or []
        if left_out:
            note += (
                " Left out (too few returns to scan): "
                + "; ".join(f"{esc(s.get('series'))} ({esc(s.get('reason'))})" for s in left_out)
                + "."
            )
        parts = [f'<p class="note">{note}</p>']
        fig = self._bars(ranked) if self.follower else self._heatmap(ranked)
        parts.append(figure_div(fig, f"{self.id}-chart"))
        parts.append(self._table(ranked, n_sig))
        return Fragment("\n".join(parts), uses_plotly=True)

    def _table(self, ranked: pd.DataFrame, n_sig: int) -> str:
        shown = ranked.loc[ranked["significant"].astype(bool)] if n_sig else ranked
        shown = shown.head(self.top)
        caption = (
            f"Top discoveries ({min(n_sig, self.top)} of {n_sig} significant pairs)"
            if n_sig
            else f"No pair is significant; the {len(shown)} strongest pairs"
        )
        head = "".join(
            cell(h, tag="th")
            for h in ("leader", "follower", "lag", "r", "interval", "p", "q", "sig. lags")
        )
        rows = [_row(rec) for rec in shown.to_dict(orient="records")]
        return (
            f'<table class="data"><caption>{esc(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _matrix_names(self, ranked: pd.DataFrame) -> list[str]:
        names = list(dict.fromkeys([*self.pairs["leader"], *self.pairs["follower"]]))
        if len(names) <= self.max_matrix:
            return names
        order = pd.concat([ranked["leader"], ranked["follower"]]).drop_duplicates()
        return list(order.head(self.max_matrix))

    def _heatmap(self, ranked: pd.DataFrame) -> object:
        go, _ = plotly_modules()
        names = self._matrix_names(ranked)
        keep = self.pairs["leader"].isin(names) & self.pairs["follower"].isin(names)
        sub = self.pairs.loc[keep]

        def grid(col: str) -> pd.DataFrame:
            return sub.pivot(index="leader", columns="follower", values=col).reindex(
                index=names, columns=names
            )

        r = grid("r").to_numpy(dtype=np.float64)
        lag = grid("lag").to_numpy(dtype=np.float64)
        pval = grid("pvalue").to_numpy(dtype=np.float64)
        sig = grid("significant").fillna(False).to_numpy(dtype=bool)
        labels = [plot_label(str(n)) for n in names]
        bound = float(np.nanmax(np.abs(r))) if np.isfinite(r).any() else 1.0
        custom = np.dstack([np.nan_to_num(lag, nan=0.0), np.nan_to_num(pval, nan=1.0)])
        fig = go.Figure(
            go.Heatmap(
                z=np.round(r, 4).tolist(),
                x=labels,
                y=labels,
                customdata=custom.tolist(),
                zmin=-bound,
                zmax=bound,
                colorscale="RdBu",
                reversescale=True,
                colorbar={"title": {"text": "best-lag r"}},
                hovertemplate=(
                    "%{y} → %{x}<br>r=%{z:.3f} at lag %{customdata[0]:.0f}"
                    "<br>p=%{customdata[1]:.3g}<extra></extra>"
                ),
                xgap=1,
                ygap=1,
            )
        )
        si, sj = np.nonzero(sig)
        fig.add_trace(
            go.Scatter(
                x=[labels[j] for j in sj],
                y=[labels[i] for i in si],
                mode="markers",
                marker={
                    "symbol": "circle-open",
                    "size": 9,
                    "color": "#111111",
                    "line": {"width": 2},
                },
                name=f"significant (FDR {self.params.get('alpha', 0.05)})",
                hoverinfo="skip",
            )
        )
        fig.update_layout(
            template="plotly_white",
            height=560,
            margin={"l": 90, "r": 20, "t": 40, "b": 90},
            xaxis={"title": {"text": "follower"}, "type": "category"},
            yaxis={"title": {"text": "leader"}, "type": "category", "autorange": "reversed"},
            legend={"orientation": "h", "y": 1.06},
        )
        return fig

    def _bars(self, ranked: pd.DataFrame) -> object:
        go, _ = plotly_modules()
        shown = ranked.head(self.top).iloc[::-1]
        r = shown["r"].to_numpy(dtype=np.float64)
        sig = shown["significant"].astype(bool).to_numpy()
        labels = [
            plot_label(f"{name} (lag {int(k)})")
            for name, k in zip(shown["leader"], shown["lag"], strict=True)
        ]
        fig = go.Figure(
            go.Bar(
                x=np.round(r, 4).tolist(),
                y=labels,
                orientation="h",
                marker={"color": [_SIG_COLOR if s else _NS_COLOR for s in sig]},
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": np.round(shown["r_hi"].to_numpy(dtype=np.float64) - r, 4).tolist(),
                    "arrayminus": np.round(
                        r - shown["r_lo"].to_numpy(dtype=np.float64), 4
                    ).tolist(),
                    "color": "#333333",
                },
                customdata=shown["pvalue"].to_numpy(dtype=np.float64).tolist(),
                hovertemplate="%{y}: r=%{x:.3f}, p=%{customdata:.3g}<extra></extra>",
                name="best-lag r (orange: significant)",
            )
        )
        fig.add_vline(x=0, line={"color": "#a3acb9", "width": 1})
        fig.update_layout(
            template="plotly_white",
            height=max(320, 26 * len(shown) + 120),
            margin={"l": 160, "r": 20, "t": 40, "b": 40},
            xaxis={"title": {"text": f"correlation with {plot_label(str(self.follower))}"}},
            yaxis={"type": "category"},
            showlegend=False,
        )
        return fig


def _row(rec: dict[Any, Any]) -> str:
    interval = f"[{number(float(rec['r_lo']), 3)}, {number(float(rec['r_hi']), 3)}]"
    cells = (
        cell(rec["leader"]), cell(rec["follower"]), cell(int(rec["lag"])),
        cell(number(float(rec["r"]), 3)), cell(interval), cell(number(float(rec["pvalue"]), 3)),
        cell(number(float(rec["qvalue"]), 3)), cell(int(rec["n_sig_lags"])),
    )  # fmt: skip
    return "<tr>" + "".join(cells) + "</tr>"
