"""``leadwatch scan``: which series of a universe lead a follower (or each other), at which lag.

``leadwatch scan --universe FILE (--follower ID | --all-pairs)`` runs a scan;
``leadwatch scan list`` and ``leadwatch scan show ID`` read the saved ones.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from leadwatch.cli._app import (
    _print_json,
    app,
    command,
    handle_errors,
    open_store,
    out,
    store_path,
    working,
)
from leadwatch.cli._options import LAGS_HELP, JsonOpt, n_boot_option, parse_lags
from leadwatch.errors import DataError

scan_app = typer.Typer(
    help="Scan a universe for leaders (or list and show saved scans).",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(scan_app, name="scan")


@scan_app.callback()
@handle_errors
def scan_cmd(
    ctx: typer.Context,
    universe: Annotated[
        str | None,
        typer.Option(help="TOML/CSV list of series ids in the store, or a folder of CSVs."),
    ] = None,
    follower: Annotated[str | None, typer.Option(help="Follower id, e.g. btc.")] = None,
    all_pairs: Annotated[
        bool, typer.Option("--all-pairs", help="Scan every ordered pair (N x N).")
    ] = False,
    lags: Annotated[str, typer.Option(help=LAGS_HELP)] = "1..120",
    n_boot: Annotated[
        int | None, n_boot_option("Circular shifts per pair", default="all of them")
    ] = None,
    alpha: Annotated[float, typer.Option(help="FDR level of Benjamini-Hochberg.")] = 0.05,
    seed: Annotated[int, typer.Option(help="Seed of the drawn shifts.")] = 0,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler tcp://HOST:PORT (default: this process).")
    ] = None,
    save: Annotated[bool, typer.Option(help="Save the result in the store.")] = True,
    as_json: JsonOpt = False,
) -> None:
    """Scan a universe for leaders of FOLLOWER (or all pairs) with BH across leaders x lags."""
    if ctx.invoked_subcommand is not None:
        return
    from leadwatch.analysis.scan.spec import ScanSpec
    from leadwatch.api.scan import load_universe, scan

    if universe is None:
        raise DataError(
            "no --universe FILE to scan",
            fix="pass --universe FILE (a TOML/CSV list of ids); saved scans: leadwatch scan list",
        )
    if (follower is None) == (not all_pairs):
        raise DataError("pass either --follower ID or --all-pairs", fix="choose one mode")
    loaded = load_universe(universe)
    spec = ScanSpec(follower=follower, lags=parse_lags(lags), n_boot=n_boot, alpha=alpha, seed=seed)
    with working("scanning", as_json):
        result = scan(loaded, spec, store=store_path(ctx), save=save, scheduler=scheduler)
    if as_json:
        _print_json(result.to_dict())
        return
    lines = result.summary().splitlines()
    cut = next((i for i, ln in enumerate(lines) if ln.split()[:2] == ["leader", "follower"]), None)
    out.print("\n".join(lines[:cut]), markup=False, highlight=False)
    out.print(_pairs_table(result.pairs, 20))


@command(scan_app, "list")
def scan_list_cmd(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the saved scans, newest first ("signif.": pairs significant at the FDR level)."""
    with open_store(ctx) as store:
        saved = store.scans()
    rows = []
    for row in saved.to_dict(orient="records"):
        params = json.loads(row["params"])
        rows.append(
            {
                "scan_id": row["scan_id"], "created_at_utc": row["created_at_utc"],
                "mode": row["mode"], "follower": row["follower"],
                "n_series": params.get("n_series"), "lags": params.get("lags"),
                "n_significant_pairs": params.get("n_significant_pairs"),
            }
        )  # fmt: skip
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print("No saved scans; run: leadwatch scan --universe FILE --follower ID", markup=False)
        return
    table = Table(title="Saved scans", title_justify="left")
    for name in ("id", "saved (UTC)", "follower", "series", "lags", "signif."):
        table.add_column(name, no_wrap=True, justify="right" if name == "series" else "left")
    for r in rows:
        lags = r["lags"]
        follower = r["follower"] if isinstance(r["follower"], str) else "all pairs"
        table.add_row(
            r["scan_id"], f"{r['created_at_utc']:%Y-%m-%d}", follower, str(r["n_series"]),
            f"{lags[0]}..{lags[1]}" if lags else "", str(r["n_significant_pairs"]),
        )  # fmt: skip
    out.print(table)


@command(scan_app, "show")
def scan_show_cmd(
    ctx: typer.Context,
    scan_id: Annotated[str, typer.Argument(help="Scan id (see leadwatch scan list).")],
    top: Annotated[int, typer.Option(help="Pairs to show.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Show a saved scan: its summary and strongest pairs."""
    with open_store(ctx) as store:
        saved = store.scans()
        pairs = store.scan_pairs(scan_id)
    row = saved.loc[saved["scan_id"] == scan_id].iloc[0]
    params = json.loads(row["params"])
    if as_json:
        _print_json({**params, "pairs": pairs.head(top).to_dict(orient="records")})
        return
    nobs = params.get("nobs", params.get("n_obs"))  # n_obs: scans saved before the rename
    head = (
        f"Scan {scan_id} ({params.get('mode')}"
        + (f", follower {params['follower']}" if params.get("follower") else "")
        + f"): {params.get('n_series')} series, {nobs} returns, lags "
        f"{params['lags'][0]}..{params['lags'][1]}; {params.get('n_significant_pairs')} pairs "
        f"significant at FDR {params.get('alpha')}"
    )
    left_out = params.get("skipped") or []
    head += "".join(f"\nleft out: {s['series']} ({s['reason']})" for s in left_out)
    out.print(head, markup=False, highlight=False)
    out.print(_pairs_table(pairs, top))


def _pairs_table(pairs: Any, top: int) -> Table:
    """The strongest pairs as a table: lag, correlation with its interval, p and q."""
    table = Table(title=f"Strongest {min(top, len(pairs))} of {len(pairs)} pairs", highlight=False)
    for name in ("leader", "follower", "lag", "r", "interval", "p", "q"):
        table.add_column(name, justify="left" if name in ("leader", "follower") else "right")
    for row in pairs.head(top).to_dict(orient="records"):
        table.add_row(
            str(row["leader"]), str(row["follower"]), str(row["lag"]), f"{row['r']:+.3f}",
            f"[{row['r_lo']:+.3f}, {row['r_hi']:+.3f}]", f"{row['pvalue']:.3g}",
            f"{row['qvalue']:.3g}",
        )  # fmt: skip
    return table
