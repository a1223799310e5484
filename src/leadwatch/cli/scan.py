"""``leadwatch scan``: which series of a universe lead a follower (or each other), at which lag."""

from __future__ import annotations

from typing import Annotated

import typer

from leadwatch.cli._app import JsonOpt, _print_json, _store_path, app, handle_errors, out
from leadwatch.errors import DataError


def _lag_range(text: str) -> range:
    lo, sep, hi = text.partition("..")
    try:
        return range(int(lo), int(hi) + 1) if sep else range(1, int(lo) + 1)
    except ValueError:
        raise DataError(f"--lags {text!r} is not a range", fix="write e.g. 1..130") from None


@app.command("scan")
@handle_errors
def scan_cmd(
    ctx: typer.Context,
    universe: Annotated[
        str, typer.Option(help="TOML/CSV list of series ids in the store, or a folder of CSVs.")
    ],
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
    from leadwatch.api.scan import load_universe, scan

    if (follower is None) == (not all_pairs):
        raise DataError("pass either --follower ID or --all-pairs", fix="choose one mode")
    loaded = load_universe(universe)
    result = scan(
        loaded,
        follower=follower,
        lags=_lag_range(lags),
        n_boot=n_boot,
        alpha=alpha,
        seed=seed,
        store=_store_path(ctx),
        save=save,
        scheduler=scheduler,
    )
    if as_json:
        _print_json(result.to_dict())
    else:
        out.print(result.summary(), markup=False, highlight=False)
