"""``leadwatch scan``: which series of a universe lead a follower (or each other), at which lag.

``leadwatch scan --universe FILE (--follower ID | --all-pairs)`` runs a scan;
``leadwatch scan list`` and ``leadwatch scan show ID`` read the saved ones.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from leadwatch.cli._app import JsonOpt, _print_json, _store_path, app, handle_errors, out
from leadwatch.errors import DataError
from leadwatch.store import Store

scan_app = typer.Typer(
    help="Scan a universe for leaders (or list and show saved scans).",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(scan_app, name="scan")


def _lag_range(text: str) -> range:
    lo, sep, hi = text.partition("..")
    try:
        return range(int(lo), int(hi) + 1) if sep else range(1, int(lo) + 1)
    except ValueError:
        raise DataError(f"--lags {text!r} is not a range", fix="write e.g. 1..130") from None


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
    lags: Annotated[str, typer.Option(help="Lag range, e.g. 1..130.")] = "1..120",
    n_boot: Annotated[
        int | None, typer.Option("--n-boot", help="Shifts per pair (default: all).")
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
            "pass --universe FILE to scan", fix="or list saved scans: leadwatch scan list"
        )
    if (follower is None) == (not all_pairs):
        raise DataError("pass either --follower ID or --all-pairs", fix="choose one mode")
    loaded = load_universe(universe)
    spec = ScanSpec(follower=follower, lags=_lag_range(lags), n_boot=n_boot, alpha=alpha, seed=seed)
    result = scan(
        loaded,
        spec,
        store=_store_path(ctx),
        save=save,
        scheduler=scheduler,
    )
    if as_json:
        _print_json(result.to_dict())
    else:
        out.print(result.summary(), markup=False, highlight=False)


@scan_app.command("list")
@handle_errors
def scan_list_cmd(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the saved scans, newest first."""
    with Store(_store_path(ctx), read_only=True) as store:
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
    for name in ("id", "saved (UTC)", "mode", "follower", "series", "lags", "significant pairs"):
        table.add_column(name, no_wrap=name in ("id", "saved (UTC)"))
    for r in rows:
        lags = r["lags"]
        table.add_row(
            r["scan_id"], f"{r['created_at_utc']:%Y-%m-%d %H:%M}", r["mode"],
            r["follower"] if isinstance(r["follower"], str) else "",
            str(r["n_series"]), f"{lags[0]}..{lags[1]}" if lags else "",
            str(r["n_significant_pairs"]),
        )  # fmt: skip
    out.print(table)


@scan_app.command("show")
@handle_errors
def scan_show_cmd(
    ctx: typer.Context,
    scan_id: Annotated[str, typer.Argument(help="Scan id (see leadwatch scan list).")],
    top: Annotated[int, typer.Option(help="Pairs to show.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Show a saved scan: its summary and strongest pairs."""
    with Store(_store_path(ctx), read_only=True) as store:
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
    cols = ["leader", "follower", "lag", "r", "r_lo", "r_hi", "pvalue", "qvalue", "n_sig_lags"]
    body = pairs.head(top)[cols].to_string(index=False, float_format=lambda v: f"{v:.4g}")
    out.print(head + "\n" + body, markup=False, highlight=False)
