"""``leadwatch flows``: stored fund flows by month, and flows against the price both ways."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from leadwatch.cli._app import _print_json, app, command, open_store, out
from leadwatch.cli._options import AsOfOpt, JsonOpt, SeedOpt, parse_date


@command(app, "flows")
def flows_command(
    ctx: typer.Context,
    table: Annotated[
        str | None, typer.Argument(help="Flows table, e.g. btc_etf_flows (default: the first).")
    ] = None,
    asset: Annotated[str, typer.Option(help="Catalog id of the price, e.g. btc.")] = "btc",
    as_of: AsOfOpt = None,
    months: Annotated[int, typer.Option(help="Months to list (latest first cut).")] = 12,
    n_boot: Annotated[int, typer.Option("--n-boot", help="Bootstrap replicates.")] = 999,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Monthly net flows and the lead-lag battery: do flows lead the price, or follow it?

    With --as-of, both use only data dated up to that day.
    """
    from leadwatch.analysis.flows import flows_vs_price, monthly

    day = parse_date("as-of", as_of)
    with open_store(ctx) as store:
        status = store.extra_status()
        stored = status.loc[status["kind"] == "flows", "dataset"].tolist()
        name = table or (stored[0] if stored else "flows")
        flows = store.flows(name)["Total"].loc[:day]
        price = store.read_values([asset], end=day)[asset]
    by_month = monthly(flows, as_of=day).tail(months)
    result = flows_vs_price(flows, price, flow=name, asset=asset, n_boot=n_boot, seed=seed)
    if as_json:
        _print_json({"months": by_month.to_dict("records"), "lead_lag": result.to_dict()})
        return
    grid = Table(title=f"Monthly net flows of {name} (US$ m){f' as known at {day}' if day else ''}")
    for column in ("month", "net", "trading days", "complete"):
        grid.add_column(column, justify="left" if column == "month" else "right")
    for row in by_month.to_dict("records"):
        grid.add_row(row["month"], f"{row['net']:+,.1f}", str(row["days"]), str(row["complete"]))
    out.print(grid)
    out.print(result.summary(), highlight=False)
