"""Plotly figures for the report, rendered to ``<div>`` snippets with fixed ids.

plotly is imported inside the functions that need it (:func:`plotly_modules`),
so ``import leadwatch.report`` works without it and a missing install gives a
:class:`~leadwatch.errors.LeadwatchError` with the fix. Snippets never include
plotly.js: the page embeds it exactly once (:func:`plotly_js`).

Examples
--------
>>> import pandas as pd
>>> days = pd.date_range("2024-01-01", periods=3, freq="D")
>>> rebased = {"btc": pd.Series([100.0, 102.0, 99.5], index=days)}
>>> fig = price_figure(rebased, labels={"btc": "Bitcoin"}, scale="log")
>>> snippet = figure_div(fig, "prices-chart")
>>> snippet.count('id="prices-chart"'), "Plotly.newPlot" in snippet, "<script src" in snippet
(1, True, False)
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.errors import LeadwatchError

__all__ = [
    "CHART_HEIGHT",
    "correlation_figure",
    "figure_div",
    "line_trace",
    "log_ticks",
    "plotly_js",
    "plotly_js_version",
    "plotly_modules",
    "price_figure",
    "tick_label",
    "zero_line",
]

CHART_HEIGHT = 440
FONT_STACK = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Liberation Sans", "DejaVu Sans", sans-serif'
)
SERIES_COLORS: Mapping[str, str] = {"silver": "#6b7a8f", "gold": "#c18f00", "btc": "#e8590c"}
PAIR_COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00")
FALLBACK_COLORS = ("#3b5b92", "#8c564b", "#2a9d8f", "#9467bd", "#7f7f7f")
_INK, _MUTED, _GRID, _AXIS = "#1d2330", "#5b6472", "#e7eaf0", "#a3acb9"
_CONFIG: Mapping[str, object] = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def plotly_modules() -> tuple[Any, Any]:
    """``(plotly.graph_objects, plotly.io)``, or a LeadwatchError with an install hint."""
    try:
        import plotly.graph_objects as go
        import plotly.io as pio
    except ImportError as exc:
        raise LeadwatchError(
            "the HTML report needs plotly, which is not installed",
            fix="pip install 'plotly>=5.20' (a dependency of leadwatch: pip install leadwatch)",
        ) from exc
    return go, pio


def plotly_js() -> str:
    """The full plotly.js bundle shipped with the installed plotly (about 4.8 MB)."""
    plotly_modules()
    from plotly.offline import get_plotlyjs

    js: str = get_plotlyjs()
    return js


def plotly_js_version() -> str:
    """Version of the embedded plotly.js bundle, e.g. ``'3.0.1'``."""
    plotly_modules()
    from plotly.offline import get_plotlyjs_version

    version: str = get_plotlyjs_version()
    return version


def figure_div(fig: Any, div_id: str, *, height: int = CHART_HEIGHT) -> str:
    """Render ``fig`` as a ``<div id=div_id>`` plus its ``Plotly.newPlot`` call.

    The id is fixed by the caller, so the output is deterministic.
    """
    _, pio = plotly_modules()
    snippet: str = pio.to_html(
        fig,
        include_plotlyjs=False,
        full_html=False,
        div_id=div_id,
        config=dict(_CONFIG),
        default_height=f"{height}px",
        default_width="100%",
    )
    return f'<div class="chart">{snippet.strip()}</div>'


def plot_label(label: str) -> str:
    """Escape a label for plotly, which reads ``<b>``-style markup in trace names."""
    return html.escape(label, quote=False)


def log_ticks(low: float, high: float) -> list[float]:
    """Round tick values for a log axis spanning ``[low, high]`` (both > 0).

    1-2-5 steps over up to four decades, powers of ten beyond.

    Examples
    --------
    >>> log_ticks(40, 310)
    [50.0, 70.0, 100.0, 150.0, 200.0, 300.0]
    >>> log_ticks(80, 3e7)
    [100.0, 1000.0, 10000.0, 100000.0, 1000000.0, 10000000.0]
    """
    if not (np.isfinite(low) and np.isfinite(high)) or low <= 0 or high < low:
        return [100.0]
    decades = np.log10(high / low)
    steps: tuple[float, ...] = (1.0,)
    if decades <= 1:
        steps = (1.0, 1.5, 2.0, 3.0, 5.0, 7.0)
    elif decades <= 4:
        steps = (1.0, 2.0, 5.0)
    ticks = [
        float(step * 10.0**power)
        for power in range(int(np.floor(np.log10(low))), int(np.ceil(np.log10(high))) + 1)
        for step in steps
    ]
    inside = [round(t, 10) for t in ticks if low <= t <= high]
    return inside or [100.0]


def tick_label(value: float) -> str:
    """Short axis label: ``1.5``, ``200``, ``1k``, ``25M``, ``3B``.

    Examples
    --------
    >>> [tick_label(v) for v in (0.5, 1.5, 200, 1000, 2.5e6, 1e9)]
    ['0.5', '1.5', '200', '1k', '2.5M', '1B']
    """
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def zero_line(fig: Any) -> Any:
    """``fig`` with the thin grey line at y = 0 that the signed charts share; returns ``fig``."""
    fig.add_hline(y=0, line={"color": _AXIS, "width": 1})
    return fig


def _dates(index: pd.Index) -> list[str]:
    return [d.strftime("%Y-%m-%d") for d in pd.DatetimeIndex(index)]


def line_trace(
    values: pd.Series,
    *,
    name: str,
    color: str,
    width: float = 1.6,
    decimals: int = 4,
    hover: str | None = None,
    unit: str = "",
    **extra: Any,
) -> Any:
    """A dated line of ``values``: ISO-date x, y rounded to ``decimals``, ``name`` made safe.

    ``hover`` is the plotly number format of the hover text (e.g. ``".2f"``),
    followed by ``unit``; ``None`` keeps plotly's default hover. ``extra`` goes
    to ``go.Scatter`` as is.

    Examples
    --------
    >>> trace = line_trace(pd.Series([1.23456], pd.to_datetime(["2024-01-05"])), name="a<b",
    ...                    color="#000", hover=".2f", unit=" pp")
    >>> trace.x, trace.y.tolist(), trace.name, trace.hovertemplate
    (('2024-01-05',), [1.2346], 'a&lt;b', 'a&lt;b: %{y:.2f} pp<extra></extra>')
    """
    go, _ = plotly_modules()
    label = plot_label(name)
    if hover is not None:
        extra["hovertemplate"] = f"{label}: %{{y:{hover}}}{unit}<extra></extra>"
    return go.Scatter(
        x=_dates(values.index),
        y=np.round(values.to_numpy(dtype=np.float64), decimals),
        name=label,
        mode="lines",
        line={"color": color, "width": width},
        **extra,
    )


def _layout(**overrides: Any) -> dict[str, Any]:
    axis = {
        "showline": True,
        "linecolor": _AXIS,
        "ticks": "outside",
        "tickcolor": _AXIS,
        "gridcolor": _GRID,
        "zeroline": False,
        "automargin": True,
    }
    layout: dict[str, Any] = {
        "template": "none",
        "height": CHART_HEIGHT,
        "font": {"family": FONT_STACK, "size": 13, "color": _INK},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "margin": {"l": 64, "r": 24, "t": 84, "b": 44},
        "hovermode": "x unified",
        "hoverlabel": {"font": {"family": FONT_STACK, "size": 12}},
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
            "font": {"size": 13},
        },
        "xaxis": {**axis, "type": "date", "showgrid": False, "hoverformat": "%a %Y-%m-%d"},
        "yaxis": dict(axis),
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(layout.get(key), dict):
            layout[key] = {**layout[key], **value}
        else:
            layout[key] = value
    return layout


def price_figure(
    rebased: Mapping[str, pd.Series], *, labels: Mapping[str, str], scale: str = "log"
) -> Any:
    """Line chart of rebased prices (100 = common start), with log/linear buttons.

    Parameters
    ----------
    rebased
        Series id -> rebased prices (``NaN`` already dropped), in legend order.
    labels
        Series id -> display name (plain text; escaped here).
    scale
        Initial y axis type, ``"log"`` or ``"linear"``.
    """
    go, _ = plotly_modules()
    fig = go.Figure(layout=_layout(yaxis={"type": scale, "title": {"text": "start = 100"}}))
    fallback = iter(FALLBACK_COLORS * 4)
    for series_id, values in rebased.items():
        color = SERIES_COLORS.get(series_id) or next(fallback)
        name = labels.get(series_id, series_id)
        fig.add_trace(line_trace(values, name=name, color=color, hover=",.1f"))
    finite = [v.to_numpy(dtype=np.float64) for v in rebased.values() if len(v)]
    every = np.concatenate(finite) if finite else np.array([100.0])
    tickvals = log_ticks(float(np.nanmin(every)), float(np.nanmax(every)))
    log_axis = {
        "yaxis.type": "log",
        "yaxis.tickmode": "array",
        "yaxis.tickvals": tickvals,
        "yaxis.ticktext": [tick_label(v) for v in tickvals],
    }
    linear_axis = {
        "yaxis.type": "linear",
        "yaxis.tickmode": "auto",
        "yaxis.tickvals": None,
        "yaxis.ticktext": None,
    }
    fig.update_layout(log_axis if scale == "log" else linear_axis)
    buttons = [
        {"label": "Log scale", "method": "relayout", "args": [log_axis]},
        {"label": "Linear scale", "method": "relayout", "args": [linear_axis]},
    ]
    fig.update_layout(
        updatemenus=[
            {
                "type": "buttons",
                "direction": "right",
                "active": 0 if scale == "log" else 1,
                "buttons": buttons,
                "x": 1,
                "xanchor": "right",
                "y": 1.03,
                "yanchor": "bottom",
                "pad": {"r": 0, "t": 0},
                "showactive": True,
                "bgcolor": "#f4f6f9",
                "bordercolor": "#c9d0da",
                "font": {"size": 12},
            }
        ]
    )
    return fig


def correlation_figure(
    corr: pd.DataFrame,
    *,
    noise_band: float | None = None,
    start: pd.Timestamp | None = None,
    colors: Mapping[str, str] | None = None,
) -> Any:
    """Line chart of rolling correlations (one column per pair), y fixed to [-1, 1].

    Parameters
    ----------
    corr
        One column per pair, dates as index.
    noise_band
        Half-width of a shaded band around zero (values a null correlation
        would often produce), or ``None``.
    start
        First date shown when the page opens (double-click shows all), or
        ``None`` for the full range.
    colors
        Pair column -> line colour; others get a colour-blind-safe palette.
    """
    go, _ = plotly_modules()
    fig = go.Figure(
        layout=_layout(
            yaxis={
                "range": [-1.05, 1.05],
                "tickvals": [-1, -0.5, 0, 0.5, 1],
                "zeroline": True,
                "zerolinecolor": _AXIS,
                "zerolinewidth": 1,
                "title": {"text": "correlation"},
            },
            xaxis={"hoverformat": "week to %a %Y-%m-%d"},
        )
    )
    if start is not None and len(corr.index):
        first, last = _dates(pd.DatetimeIndex([start, corr.index[-1]]))
        fig.update_xaxes(range=[first, last])
    if noise_band is not None:
        fig.add_hrect(
            y0=-noise_band, y1=noise_band, fillcolor="#eef1f6", line_width=0, layer="below"
        )
        fig.add_annotation(
            text=f"shaded: ±{noise_band:.2f}, common for unrelated assets",
            xref="paper",
            x=1,
            xanchor="right",
            yref="paper",
            y=1.02,
            yanchor="bottom",
            showarrow=False,
            font={"size": 12, "color": _MUTED},
        )
    palette = dict(colors or {})
    for i, pair in enumerate(corr.columns):
        color = palette.get(str(pair), PAIR_COLORS[i % len(PAIR_COLORS)])
        trace = line_trace(corr[pair], name=str(pair), color=color, hover=".2f", connectgaps=False)
        fig.add_trace(trace)
    return fig
