"""``leadwatch test`` and ``leadwatch spillover``: the evidence engine from the command line."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer
from rich.table import Table

from leadwatch.cli._app import _print_json, app, command, emit, open_store, out, working
from leadwatch.cli._options import (
    LAGS_HELP,
    AlphaOpt,
    EndOpt,
    JsonOpt,
    NBootOpt,
    SeedOpt,
    StartOpt,
    parse_lags,
    parse_span,
)
from leadwatch.defaults import DEFAULT_N_BOOT, DEFAULT_VAR_LAGS
from leadwatch.errors import DataError

# -- test -------------------------------------------------------------------------------------


@command(app, "test")
def test_lead(
    ctx: typer.Context,
    leader: Annotated[str, typer.Argument(help="Catalog id of the leader, e.g. silver.")],
    follower: Annotated[str, typer.Argument(help="Catalog id of the follower, e.g. btc.")],
    grid: Annotated[str, typer.Option(help="daily (business days) or weekly.")] = "daily",
    lags: Annotated[
        str | None, typer.Option(help=LAGS_HELP + " (default 1..130 daily, 1..26 weekly).")
    ] = None,
    horizon: Annotated[
        int | None, typer.Option(help="Forward horizon in periods (default 20 daily, 4 weekly).")
    ] = None,
    start: StartOpt = None,
    end: EndOpt = None,
    controls: Annotated[
        str | None,
        typer.Option(help="Comma-separated control ids or none (default dxy,real_yield_10y,spx)"),
    ] = None,
    alpha: AlphaOpt = 0.05,
    n_boot: NBootOpt = DEFAULT_N_BOOT,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Test "LEADER leads FOLLOWER": the full battery and a verdict (k > 0: leader first)."""
    from leadwatch.api import lead_lag

    start_date, end_date = parse_span(start, end)
    picked = None
    if controls is not None:
        picked = (
            []
            if controls.strip().lower() == "none"
            else [c.strip() for c in controls.split(",") if c.strip()]
        )
    with working(f"testing {leader} -> {follower}", as_json), open_store(ctx) as store:
        result = lead_lag(
            leader,
            follower,
            store=store,
            grid=grid,  # type: ignore[arg-type]
            lags=None if lags is None else parse_lags(lags),
            horizon=horizon,
            start=start_date,
            end=end_date,
            controls=picked,
            alpha=alpha,
            n_boot=n_boot,
            seed=seed,
        )
    emit(result, as_json)


# -- spillover --------------------------------------------------------------------------------


@command(app, "spillover")
def spillover(
    ctx: typer.Context,
    series: Annotated[
        list[str],
        typer.Argument(metavar="SERIES...", help="Two or more catalog ids, e.g. silver btc."),
    ],
    window: Annotated[
        int | None,
        typer.Option(help="Also roll over windows of N grid rows (e.g. 104 weeks)."),
    ] = None,
    lags: Annotated[int, typer.Option(help="VAR order (as in the API).")] = DEFAULT_VAR_LAGS,
    horizon: Annotated[int, typer.Option(help="Forecast horizon (steps) of the FEVD.")] = 10,
    method: Annotated[str, typer.Option(help="generalized or cholesky (column order).")] = (
        "generalized"
    ),
    grid: Annotated[str, typer.Option(help="weekly or daily returns.")] = "weekly",
    start: StartOpt = None,
    end: EndOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Diebold-Yilmaz connectedness: who transmits return variance to whom (rows receive)."""
    from leadwatch.analysis.connectedness.static import check_method
    from leadwatch.api import spillovers
    from leadwatch.api.spillover import SpilloverOptions

    if grid not in ("daily", "weekly"):
        raise DataError(f"--grid {grid!r} is not supported", fix="use weekly or daily")
    kind = check_method(method)
    on: Literal["daily", "weekly"] = "weekly" if grid == "weekly" else "daily"
    first, last = parse_span(start, end)
    with open_store(ctx) as store:
        options: SpilloverOptions = {
            "store": store, "grid": on, "lags": lags, "horizon": horizon, "method": kind,
            "start": first, "end": last,
        }  # fmt: skip
        full = spillovers(series, **options)
        rolling = None if window is None else spillovers(series, window=window, **options)
    if as_json:
        payload = {"grid": grid, "full": full.to_dict()}
        _print_json(payload | {"rolling": rolling.to_dict() if rolling else None})
        return
    _print_connectedness(full)
    if rolling is not None:
        out.print("\n" + str(rolling), highlight=False)


def _print_connectedness(full: Any) -> None:
    """The k x k table if it fits the terminal, else one row per series (own, from, to, net)."""
    text = full.summary()
    if max(len(line) for line in text.splitlines()) <= out.width:
        out.print(text, highlight=False, markup=False)
        return
    lines = text.splitlines()
    out.print("\n".join(lines[:1]), highlight=False, markup=False)
    table = Table(title="per series, percent of forecast-error variance", highlight=False)
    for name in ("series", "own", "from others", "to others", "net"):
        table.add_column(name, justify="left" if name == "series" else "right")
    for row in full.to_frame().to_dict(orient="records"):
        cells = (row["own"], row["from_others"], row["to_others"], row["net"])
        table.add_row(str(row["series"]), *(f"{v:.2f}" for v in cells))
    out.print(table)
    out.print(lines[-1], highlight=False, markup=False)
    out.print("The full table (who gives to whom) is wider than the terminal: see --json.")
