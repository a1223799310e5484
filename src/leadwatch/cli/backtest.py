"""``leadwatch backtest``: walk-forward a thesis strategy against benchmarks, honestly."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from leadwatch.cli._app import _print_json, app, command, open_store, out, working
from leadwatch.cli._options import JsonOpt
from leadwatch.errors import DataError


def _ints(value: str, name: str) -> tuple[int, ...]:
    try:
        items = tuple(int(v) for v in value.split(",") if v.strip())
    except ValueError:
        raise DataError(
            f"--{name} {value!r} is not a list of integers", fix="e.g. 0,14,30"
        ) from None
    if not items:
        raise DataError(f"--{name} is empty", fix="e.g. 0,14,30")
    return items


def _num(value: object) -> str:
    number = float(value) if isinstance(value, int | float) else float("nan")
    return "n/a" if number != number else f"{number:.2f}"


@command(app, "backtest")
def backtest_cmd(
    ctx: typer.Context,
    strategy: Annotated[
        str, typer.Option("--strategy", help="event (a), rotation (b) or thesis (c).")
    ] = "event",
    thesis: Annotated[
        str | None,
        typer.Option("--thesis", help="Thesis name, or a TOML path with a strategy table."),
    ] = None,
    leader: Annotated[str, typer.Option(help="Event leader (strategy a).")] = "silver",
    delays: Annotated[str, typer.Option(help="Grid of L, closes after the event.")] = "0,14,30,60",
    holds: Annotated[str, typer.Option(help="Grid of N, closes held.")] = "30,60,120",
    lookbacks: Annotated[str, typer.Option(help="Grid of breakout lookbacks.")] = "126,252",
    cost_bps: Annotated[float, typer.Option(help="Cost per unit traded, bps.")] = 10.0,
    slippage_bps: Annotated[float, typer.Option(help="Slippage per unit traded, bps.")] = 5.0,
    sizing: Annotated[str, typer.Option(help="fixed or vol_target.")] = "fixed",
    fraction: Annotated[float, typer.Option(help="Fixed fraction of equity.")] = 1.0,
    target_vol: Annotated[float, typer.Option(help="Annual volatility target.")] = 0.4,
    train_years: Annotated[float, typer.Option(help="Training window, years.")] = 3.0,
    test_years: Annotated[float, typer.Option(help="Test window, years.")] = 1.0,
    anchored: Annotated[bool, typer.Option(help="Expanding training window.")] = False,
    mix: Annotated[float, typer.Option(help="Bitcoin weight of the btc/gold benchmark.")] = 0.5,
    as_json: JsonOpt = False,
) -> None:
    """Walk-forward backtest: the out-of-sample result is the headline, with deflated Sharpe."""
    from leadwatch.analysis.backtest.strategies import Sizing
    from leadwatch.api.backtest import STRATEGIES, backtest
    from leadwatch.report.backtest import METRIC_COLUMNS, metric_cells

    if strategy not in STRATEGIES:
        raise DataError(f"--strategy {strategy!r} is unknown", fix=f"use one of {STRATEGIES}")
    if sizing not in ("fixed", "vol_target"):
        raise DataError(f"--sizing {sizing!r} is unknown", fix="use fixed or vol_target")
    size = Sizing(sizing, fraction=fraction, target_vol=target_vol)  # type: ignore[arg-type]
    with working("walk-forward backtest", as_json), open_store(ctx) as store:
        suite = backtest(
            store,
            strategy=strategy,  # type: ignore[arg-type]
            thesis=Path(thesis) if thesis and thesis.endswith(".toml") else thesis,
            leader=leader,
            sizing=size,
            delays=_ints(delays, "delays"),
            holds=_ints(holds, "holds"),
            lookbacks=_ints(lookbacks, "lookbacks"),
            cost_bps=cost_bps,
            slippage_bps=slippage_bps,
            train_years=train_years,
            test_years=test_years,
            anchored=anchored,
            mix=mix,
        )
    if as_json:
        _print_json(suite.to_dict())
        return
    wf = suite.walk_forward
    table = Table(
        title=f"{wf.strategy}: walk-forward out of sample vs benchmarks", title_justify="left"
    )
    compact = ("CAGR", "Vol", "Sharpe", "Max DD", "PSR")  # what fits in 80 columns
    shown = [i for i, (h, _) in enumerate(METRIC_COLUMNS) if out.width >= 120 or h in compact]
    table.add_column("run", min_width=18)
    for i in shown:
        table.add_column(METRIC_COLUMNS[i][0], justify="right", no_wrap=True)
    for r in suite.to_frame().to_dict(orient="records"):
        cells = metric_cells({str(k): v for k, v in r.items()})
        table.add_row(str(r["run"]), *(cells[i] for i in shown))
    out.print(table)
    out.print(
        f"Deflated Sharpe {_num(wf.deflated_sharpe)} over {wf.n_trials} parameter sets "
        f"({len(wf.folds)} folds); in-sample best (not tradable): {wf.in_sample_best[0]} "
        f"Sharpe {_num(wf.in_sample_best[1])}.",
        highlight=False,
    )
