"""Report section: the walk-forward out-of-sample equity curve vs benchmarks, drawdowns, trades.

The section carries its precomputed
:class:`~leadwatch.analysis.backtest.suite.BacktestSuite`; it only renders.
Every value from the data (strategy names, parameters) is escaped.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.backtest.engine import Market
>>> from leadwatch.analysis.backtest.strategies import Strategy, buy_and_hold
>>> from leadwatch.analysis.backtest.suite import BacktestSuite
>>> from leadwatch.analysis.backtest.walkforward import walk_forward
>>> from leadwatch.report.sample import sample_report_data
>>> days = pd.date_range("2015-01-01", "2018-12-31")
>>> market = Market.from_series({"btc": pd.Series(np.linspace(100, 300, len(days)), days)})
>>> wf = walk_forward(Strategy("<b>hold</b>", buy_and_hold, ({},)), market, train_years=2)
>>> fragment = BacktestSection(BacktestSuite(wf, ())).render(sample_report_data())
>>> fragment.uses_plotly, "<b>hold" in fragment.html, 'id="backtest-trades"' in fragment.html
(True, False, True)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from leadwatch.analysis.backtest.suite import BacktestSuite
from leadwatch.report._format import esc, text
from leadwatch.report.charts import figure_div, line_trace, plotly_modules
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment

__all__ = ["BacktestSection"]

_COLORS = ("#d55e00", "#0072b2", "#999999", "#009e73", "#cc79a7")
_MAX_TRADES = 200


def _pct(value: object, signed: bool = False) -> str:
    number = float(value) if isinstance(value, int | float) else float("nan")
    if not np.isfinite(number):
        return "—"
    return f"{number:+.1%}" if signed else f"{number:.1%}"


def _num(value: object) -> str:
    number = float(value) if isinstance(value, int | float) else float("nan")
    return f"{number:.2f}" if np.isfinite(number) else "—"


#: Metric columns of a backtest suite: (heading, formatter of one ``to_frame()`` record).
METRIC_COLUMNS: tuple[tuple[str, Callable[[Mapping[str, Any]], str]], ...] = (
    ("CAGR", lambda r: _pct(r["cagr"], True)),
    ("Vol", lambda r: _pct(r["volatility"])),
    ("Sharpe", lambda r: _num(r["sharpe"])),
    ("Sortino", lambda r: _num(r["sortino"])),
    ("Max DD", lambda r: _pct(r["max_drawdown"])),
    ("Hit", lambda r: _pct(r["hit_rate"])),
    ("Exposure", lambda r: _pct(r["exposure"])),
    ("Turnover/yr", lambda r: _num(r["turnover"])),
    ("Trades", lambda r: str(r["n_trades"])),
    ("PSR", lambda r: _num(r["psr"])),
)


def metric_cells(record: Mapping[str, Any]) -> list[str]:
    """The formatted metrics of one run (plain text, in :data:`METRIC_COLUMNS` order)."""
    return [format_cell(record) for _, format_cell in METRIC_COLUMNS]


@dataclass(frozen=True, slots=True, eq=False)
class BacktestSection:
    """Walk-forward out-of-sample equity vs benchmarks, drawdowns, metrics, folds and trades."""

    suite: BacktestSuite
    id: str = "backtest"
    title: str = "Backtest: would trading the thesis have paid, out of sample?"

    def render(self, data: ReportData) -> Fragment:
        """Charts ``#<id>-equity``, ``#<id>-drawdown``; tables ``#<id>-metrics``, ``-folds``,
        ``-trades``."""
        wf = self.suite.walk_forward
        s = self.suite.settings
        m = wf.oos.metrics
        note = (
            f"Strategy <strong>{esc(wf.strategy)}</strong>: {esc(s.get('description', ''))}. "
            f"Parameters are chosen on each {esc(s.get('train_years', '?'))}-year training "
            f"window from {wf.n_trials} sets and traded on the next "
            f"{esc(s.get('test_years', '?'))}-year window; the curve below is only those "
            "out-of-sample windows stitched together. A signal trades at the traded asset's "
            "first close after it is public; costs "
            f"{esc(s.get('cost_bps', '?'))} bps plus slippage {esc(s.get('slippage_bps', '?'))} "
            f"bps per unit traded; sizing: {esc(s.get('sizing', ''))}."
        )
        reading = (
            f"Out of sample ({m.start:%Y-%m-%d} to {m.end:%Y-%m-%d}): CAGR {_pct(m.cagr, True)}, "
            f"Sharpe {_num(m.sharpe)}, max drawdown {_pct(m.max_drawdown)}. Deflated Sharpe "
            f"ratio <strong>{_num(wf.deflated_sharpe)}</strong> (the probability that the true "
            f"Sharpe beats the best of {wf.n_trials} lucky trials; PSR against zero "
            f"{_num(wf.psr)}). The in-sample optimum ({esc(wf.in_sample_best[0])}, Sharpe "
            f"{_num(wf.in_sample_best[1])}) was not tradable and is shown for contrast only."
        )
        parts = [f'<p class="note">{note}</p>', f'<p class="note">{reading}</p>']
        parts.append(figure_div(self._figure(drawdown=False), f"{self.id}-equity"))
        parts.append(figure_div(self._figure(drawdown=True), f"{self.id}-drawdown"))
        parts += [self._metrics(), self._folds(), self._trades()]
        return Fragment("\n".join(parts), uses_plotly=True)

    def _figure(self, *, drawdown: bool) -> object:
        go, _ = plotly_modules()
        fig = go.Figure()
        for i, run in enumerate(self.suite.runs):
            eq = run.equity
            y = eq / eq.cummax() - 1.0 if drawdown else eq
            name = f"{run.name} (out of sample)" if i == 0 else run.name
            color, width = _COLORS[i % len(_COLORS)], 2.0 if i == 0 else 1.2
            fig.add_trace(line_trace(y, name=name, color=color, width=width, decimals=5))
        axis = {"tickformat": ".0%"} if drawdown else {"type": "log", "title": {"text": "equity"}}
        fig.update_layout(
            template="plotly_white",
            height=360 if drawdown else 440,
            margin={"l": 60, "r": 20, "t": 40, "b": 40},
            yaxis=axis,
            legend={"orientation": "h", "y": 1.12},
            title={"text": "Drawdown" if drawdown else "Equity (start = 1)"},
        )
        return fig

    def _metrics(self) -> str:
        head = "".join(f'<th scope="col" class="num">{t}</th>' for t, _ in METRIC_COLUMNS)
        rows = []
        for r in self.suite.to_frame().to_dict(orient="records"):
            cells = [esc(c) for c in metric_cells({str(k): v for k, v in r.items()})]
            tds = "".join(f'<td class="num">{c}</td>' for c in cells)
            rows.append(f'<tr><th scope="row">{esc(r["run"])}</th>{tds}</tr>')
        return (
            f'<table id="{self.id}-metrics"><thead><tr><th scope="col">Run</th>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _folds(self) -> str:
        rows = [
            f"<tr><td>{f['train_start']:%Y-%m-%d}</td><td>{f['train_end']:%Y-%m-%d}</td>"
            f"<td>{f['test_end']:%Y-%m-%d}</td><td>{esc(f['params'])}</td>"
            f'<td class="num">{_num(f["train_sharpe"])}</td>'
            f'<td class="num">{_num(f["test_sharpe"])}</td></tr>'
            for f in self.suite.walk_forward.folds.to_dict(orient="records")
        ]
        head = (
            "<tr><th>Train from</th><th>Test from</th><th>Test to</th><th>Chosen</th>"
            '<th class="num">Train Sharpe</th><th class="num">Test Sharpe</th></tr>'
        )
        return (
            f'<details><summary>Walk-forward folds</summary><table id="{self.id}-folds">'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></details>"
        )

    def _trades(self) -> str:
        trades = self.suite.walk_forward.oos.trades
        shown = trades.tail(_MAX_TRADES)
        rows = [
            f"<tr><td>{esc(t['asset'])}</td><td>{text(t['entry'])}</td><td>{text(t['exit'])}"
            f'{" (open)" if t["open"] else ""}</td><td class="num">{text(t["entry_price"])}</td>'
            f'<td class="num">{text(t["exit_price"])}</td><td class="num">{t["days"]}</td>'
            f'<td class="num">{_pct(t["net_return"], True)}</td></tr>'
            for t in shown.to_dict(orient="records")
        ]
        head = (
            '<tr><th>Asset</th><th>Entry</th><th>Exit</th><th class="num">Entry price</th>'
            '<th class="num">Exit price</th><th class="num">Days</th>'
            '<th class="num">Net return</th></tr>'
        )
        more = f" (last {_MAX_TRADES} of {len(trades)})" if len(trades) > _MAX_TRADES else ""
        return (
            f"<details><summary>Out-of-sample trades: {len(trades)}{more}</summary>"
            f'<table id="{self.id}-trades"><thead>{head}</thead><tbody>{"".join(rows)}'
            "</tbody></table></details>"
        )
