"""Plotly figures for the thesis sections: evidence per hypothesis and what happened next.

Each function takes a finished result and returns a figure; :func:`figure_div`
(:mod:`leadwatch.report.charts`) renders it with a fixed id. Numbers are
rounded so pages are byte-identical across runs with the same inputs.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.report.charts import (
    PAIR_COLORS,
    SERIES_COLORS,
    plot_label,
    plotly_modules,
    zero_line,
)

__all__ = [
    "ccf_figure",
    "conditional_figure",
    "event_figure",
    "hindsight_figure",
    "oos_figure",
    "rolling_corr_figure",
    "stability_figure",
]

_MUTED, _BAND = "#5b6472", "rgba(31, 78, 140, 0.14)"


def _r(values: Any, digits: int = 5) -> list[float | None]:
    arr = np.round(np.asarray(values, dtype=np.float64), digits)
    return [None if not np.isfinite(v) else float(v) for v in arr]


def _d(values: Any) -> list[str]:
    return [f"{pd.Timestamp(v):%Y-%m-%d}" for v in values]


def _dated_line(
    frame: pd.DataFrame, column: str, digits: int, *, name: str, line: dict[str, Any]
) -> Any:
    """A line of ``frame[column]``, rounded to ``digits``, over the days of ``frame["date"]``."""
    go, _ = plotly_modules()
    y = _r(frame[column], digits)
    return go.Scatter(x=_d(frame["date"]), y=y, mode="lines", name=name, line=line)


def _fig(height: int = 360, **layout: Any) -> Any:
    go, _ = plotly_modules()
    base: dict[str, Any] = {
        "template": "plotly_white",
        "height": height,
        "margin": {"l": 64, "r": 24, "t": 48, "b": 48},
        "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        "font": {"size": 12},
    }
    return go.Figure(layout={**base, **layout})


def ccf_figure(ccf: Any, unit: str) -> Any:
    """Cross-correlation by lag with the max-over-lags critical band (searched lags)."""
    go, _ = plotly_modules()
    t = ccf.table
    searched = t["searched"].to_numpy(dtype=bool)
    fig = _fig(
        xaxis={"title": {"text": f"lag k ({unit}); k > 0: leader first"}},
        yaxis={"title": {"text": "correlation r_k"}},
    )
    band = (ccf.critical_value * t["se"]).where(searched)
    lags = t["lag"].astype(int).tolist()
    fig.add_trace(
        go.Scatter(
            x=lags + lags[::-1],
            y=_r(band) + _r(-band)[::-1],
            fill="toself",
            fillcolor=_BAND,
            line={"width": 0},
            name=f"{1 - ccf.alpha:.0%} band allowing for the lag search",
            hoverinfo="skip",
            connectgaps=False,
        )
    )
    colors = ["#1f4e8c" if s else "#c9d0da" for s in searched]
    fig.add_trace(
        go.Bar(x=lags, y=_r(t["r"]), marker={"color": colors}, name="r_k (grey: not searched)")
    )
    fig.add_annotation(
        x=ccf.best_lag,
        y=float(ccf.best_r),
        text=f"best k = {ccf.best_lag}",
        showarrow=True,
        arrowhead=2,
        font={"size": 11},
    )
    return fig


def event_figure(table: pd.DataFrame, unit: str, follower: str) -> Any:
    """Follower's mean return after events vs shifted event dates, by horizon, per rule."""
    go, _ = plotly_modules()
    fig = _fig(
        xaxis={"title": {"text": f"horizon ({unit} after the event)"}},
        yaxis={"title": {"text": f"mean {follower} log return"}, "tickformat": ".0%"},
    )
    t = table.dropna(subset=["mean"])
    for i, (rule, part) in enumerate(t.groupby("rule", sort=False)):
        color = PAIR_COLORS[i % len(PAIR_COLORS)]
        h = part["horizon"].astype(int).tolist()
        mean = part["mean"].to_numpy(dtype=np.float64)
        plac = part["placebo_mean"].to_numpy(dtype=np.float64)
        lo = part["ci_low"].to_numpy(dtype=np.float64) + plac
        hi = part["ci_high"].to_numpy(dtype=np.float64) + plac
        fig.add_trace(
            go.Scatter(
                x=h,
                y=_r(mean),
                mode="lines+markers",
                line={"color": color},
                name=f"after {plot_label(str(rule))} events",
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": _r(hi - mean),
                    "arrayminus": _r(mean - lo),
                    "color": color,
                },
            )
        )
        fig.add_trace(
            go.Scatter(
                x=h,
                y=_r(plac),
                mode="lines",
                line={"color": color, "dash": "dot"},
                name=f"shifted dates ({plot_label(str(rule))})",
            )
        )
    return fig


def stability_figure(rolling: pd.DataFrame, full_lag: int, unit: str) -> Any:
    """Rolling correlation at the full-sample best lag, and each window's own best lag."""
    go, _ = plotly_modules()
    fig = _fig(
        yaxis={"title": {"text": f"r at lag {full_lag}"}},
        yaxis2={"title": {"text": f"best lag ({unit})"}, "overlaying": "y", "side": "right"},
    )
    x = _d(rolling["end"])
    fig.add_trace(
        go.Scatter(x=x, y=_r(rolling["r_at_full_lag"]), name=f"r at lag {full_lag}", mode="lines")
    )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=_r(rolling["best_lag"]),
            name="window's best lag",
            mode="markers",
            marker={"size": 4, "color": "#d55e00"},
            yaxis="y2",
        )
    )
    return zero_line(fig)


def oos_figure(oos: pd.DataFrame) -> Any:
    """Cumulative out-of-sample squared-error gain of the predictive regression."""
    fig = _fig(yaxis={"title": {"text": "cumulative SSE gain vs mean"}})
    helped = "rising = the leader's past return helped"
    fig.add_trace(_dated_line(oos, "cum_gain", 6, name=helped, line={"color": "#009e73"}))
    return zero_line(fig)


def conditional_figure(frame: pd.DataFrame, horizon: int, what: str) -> Any:
    """Box plots of the forward return while the condition holds vs other times."""
    go, _ = plotly_modules()
    fig = _fig(yaxis={"title": {"text": f"{what}, next {horizon} weeks"}, "tickformat": ".0%"})
    for flag, name, color in (
        (True, "condition holds", "#1f4e8c"),
        (False, "other times", "#8a93a1"),
    ):
        part = frame.loc[frame["in_regime"] == flag, "forward"]
        fig.add_trace(
            go.Box(y=_r(part), name=name, marker={"color": color}, boxmean=True, boxpoints=False)
        )
    return fig


def rolling_corr_figure(rolling: pd.DataFrame, regime: pd.DataFrame | None, label: str) -> Any:
    """52-week rolling correlation, with the regime (if any) as a shaded step."""
    go, _ = plotly_modules()
    fig = _fig(
        yaxis={"title": {"text": "52-week correlation"}, "range": [-1, 1]},
        yaxis2={"overlaying": "y", "range": [0, 1], "visible": False},
    )
    if regime is not None and len(regime):
        fig.add_trace(
            go.Scatter(
                x=_d(regime["date"]),
                y=_r(regime["in_regime"], 1),
                yaxis="y2",
                fill="tozeroy",
                line={"width": 0, "shape": "hv"},
                fillcolor="rgba(245, 197, 24, 0.25)",
                name="regime holds",
                hoverinfo="skip",
            )
        )
    fig.add_trace(
        _dated_line(rolling, "corr", 4, name=plot_label(label), line={"color": "#1f4e8c"})
    )
    return zero_line(fig)


def hindsight_figure(
    paths: pd.DataFrame, analogues: pd.DataFrame | None, day: pd.Timestamp, labels: dict[str, str]
) -> Any:
    """Prices rebased to 100 at the source's date, with Bitcoin's analogue band after it."""
    go, _ = plotly_modules()
    fig = _fig(
        height=420,
        yaxis={"title": {"text": "100 = close on the date"}, "type": "log"},
        xaxis={"type": "date"},
    )
    if analogues is not None:
        x = _d([day + pd.Timedelta(weeks=int(w)) for w in analogues["week"]])
        lo = 100 * (1 + analogues["low"].to_numpy(dtype=np.float64))
        hi = 100 * (1 + analogues["high"].to_numpy(dtype=np.float64))
        fig.add_trace(
            go.Scatter(
                x=x + x[::-1],
                y=_r(hi, 3) + _r(lo, 3)[::-1],
                fill="toself",
                fillcolor="rgba(232, 89, 12, 0.12)",
                line={"width": 0},
                name="Bitcoin after past silver breakouts: 10-90% of paths",
                hoverinfo="skip",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=x,
                y=_r(100 * (1 + analogues["median"].to_numpy(dtype=np.float64)), 3),
                mode="lines",
                line={"color": "#e8590c", "dash": "dot"},
                name="median analogue path",
            )
        )
    for sid in [c for c in paths.columns if c != "date"]:
        line = {"color": SERIES_COLORS.get(sid, "#3b5b92"), "width": 2}
        name = f"{plot_label(labels.get(sid, sid))}: what happened"
        fig.add_trace(_dated_line(paths, sid, 3, name=name, line=line))
    fig.add_vline(x=f"{day:%Y-%m-%d}", line={"color": "#1d2330", "width": 1, "dash": "dash"})
    shown = [paths[c].to_numpy(dtype=np.float64) for c in paths.columns if c != "date"]
    if analogues is not None:
        shown.append(100 * (1 + analogues["median"].to_numpy(dtype=np.float64)))
    every = np.concatenate(shown) if shown else np.array([100.0])
    every = every[np.isfinite(every) & (every > 0)]
    if len(every):  # keep the actual paths readable; the analogue band may be clipped
        low, high = float(every.min()) * 0.85, float(every.max()) * 1.25
        fig.update_yaxes(range=[round(math.log10(low), 4), round(math.log10(high), 4)])
    return fig
