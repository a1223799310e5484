"""``leadwatch phase [history|returns|regimes]``, ``triggers``, ``outlook`` and ``watch``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from leadwatch.cli._app import (
    _print_json,
    app,
    command,
    emit,
    err,
    handle_errors,
    open_store,
    out,
    store_path,
    working,
)
from leadwatch.cli._options import (
    EndOpt,
    JsonOpt,
    NBootOpt,
    SeedOpt,
    StartOpt,
    parse_date,
    parse_span,
)
from leadwatch.defaults import DEFAULT_N_BOOT
from leadwatch.errors import DataError

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="LEADWATCH_PHASES_CONFIG",
        help="Phase-model TOML (default: the packaged config/phases.toml).",
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", "--date", help="As of this date (as in thesis run).", metavar="YYYY-MM-DD"
    ),
]

phase_app = typer.Typer(
    help="Which phase of the cycle are we in (safe_haven, debasement, risk_on, ...)?",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(phase_app, name="phase")


def _fmt(value: Any, digits: str = ".3g") -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "n/a"
    return "n/a" if number != number else format(number, digits)


def _day(value: Any) -> str:
    import pandas as pd

    return "" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _note_if_later(requested: Any, shown: Any) -> None:
    """Say on stderr when --date lies past the data: the answer is as of the last data day."""
    import pandas as pd

    if requested is None or pd.Timestamp(requested) - pd.Timestamp(shown) <= pd.Timedelta(days=7):
        return
    err.print(
        f"note: --date {pd.Timestamp(requested):%Y-%m-%d} is after the last data "
        f"({pd.Timestamp(shown):%Y-%m-%d}); shown as of {pd.Timestamp(shown):%Y-%m-%d} "
        "(leadwatch data update fetches newer data)",
        highlight=False,
    )


def _board_table(board: Any, *, checklist_only: bool = False) -> Table:
    table = Table(title=f"Triggers on {board.date:%Y-%m-%d}", title_justify="left")
    for name in ("trigger", "state", "conditions: value (threshold)", "since", "data as of"):
        table.add_column(name)
    conds = board.conditions
    for row in board.table.to_dict(orient="records"):
        if checklist_only and not row["checklist"]:
            continue
        state = (
            "[dim]unknown[/]"
            if not row["known"]
            else ("[bold green]HOLDS[/]" if row["holds"] else "no")
        )
        label = row["label"] if row["checklist"] else f"[dim]{row['label']} (helper)[/]"
        mine = conds.loc[conds["trigger"] == row["trigger"]].to_dict(orient="records")
        lines = [
            f"{'✓' if c['holds'] else '✗'} {c['metric']} = {_fmt(c['value'])} "
            f"({c['op']} {c['threshold']:g})"
            for c in mine
        ]
        mode = f" [dim]({row['mode']})[/]" if len(mine) > 1 else ""
        table.add_row(
            label + mode, state, "\n".join(lines), _day(row["since"]), _day(row["data_as_of"])
        )
    return table


@phase_app.callback()
@handle_errors
def phase(
    ctx: typer.Context,
    config: ConfigOpt = None,
    date: DateOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Today's phase (or --date's) with the evidence: which rule matched, every trigger."""
    if ctx.invoked_subcommand is not None:
        return
    from leadwatch.api.phases import phase_history

    requested = parse_date("as-of/--date", date)
    with open_store(ctx) as store:
        history = phase_history(store, config, end=requested)
    _note_if_later(requested, history.as_of)
    board = history.evidence()
    rule = next((r for r in history.config.phases if r.name == history.current), None)
    if as_json:
        _print_json(
            {
                "date": f"{history.as_of:%Y-%m-%d}",
                "phase": history.current,
                "since": f"{history.since:%Y-%m-%d}",
                "raw_phase": str(history.raw.iloc[-1]),
                "rule": rule.text if rule else "fallback: no rule matched",
                "config": history.config.source,
            }
            | {"triggers": board.to_dict()["triggers"]}
        )
        return
    why = f"rule: {rule.text}" if rule else "no rule matched (fallback)"
    out.print(
        f"[bold]{history.current}[/] on {history.as_of:%Y-%m-%d} (since {history.since:%Y-%m-%d}; "
        f"{why})",
        highlight=False,
    )
    if rule and rule.description:
        out.print(rule.description, style="dim", highlight=False)
    out.print(_board_table(board))


@command(phase_app, "history")
def phase_history_cmd(
    ctx: typer.Context,
    config: ConfigOpt = None,
    start: StartOpt = None,
    end: EndOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The phase timeline: episodes (text) or one {date, phase} record per day (--json)."""
    from leadwatch.api.phases import phase_history

    start_date, end_date = parse_span(start, end)
    with open_store(ctx) as store:
        history = phase_history(store, config, start=start_date, end=end_date)
    if as_json:
        _print_json(history.records())
        return
    out.print(history.summary(), highlight=False)
    table = Table(title="Episodes", title_justify="left")
    for name in ("phase", "start", "end", "business days"):
        table.add_column(name, justify="right" if name == "business days" else "left")
    for row in history.episodes().to_dict(orient="records"):
        table.add_row(str(row["phase"]), _day(row["start"]), _day(row["end"]), str(row["days"]))
    out.print(table)


@command(phase_app, "returns")
def phase_returns_cmd(
    ctx: typer.Context,
    config: ConfigOpt = None,
    horizon: Annotated[int, typer.Option(help="Forward horizon, business days.")] = 60,
    assets: Annotated[str, typer.Option(help="Comma-separated ids.")] = "btc,silver",
    target: Annotated[str, typer.Option(help="Phase tested against the others.")] = "debasement",
    n_boot: NBootOpt = DEFAULT_N_BOOT,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Forward returns by phase (HAC and block-bootstrap intervals; overlap respected)."""
    from leadwatch.api.phases import phase_forward_returns

    ids = [a.strip() for a in assets.split(",") if a.strip()]
    with working("forward returns by phase", as_json), open_store(ctx) as store:
        result = phase_forward_returns(
            store, config, assets=ids, horizon=horizon, target=target, n_boot=n_boot, seed=seed
        )
    emit(result, as_json)


@command(phase_app, "regimes")
def phase_regimes_cmd(
    ctx: typer.Context,
    config: ConfigOpt = None,
    k_regimes: Annotated[int, typer.Option("--k-regimes", help="Markov regimes.")] = 3,
    n_starts: Annotated[int, typer.Option("--n-starts", help="Optimiser starts.")] = 10,
    seed: SeedOpt = 0,
    as_json: JsonOpt = False,
) -> None:
    """Data-driven alternative: Markov-switching regimes vs the rule-based phases."""
    from leadwatch.api.phases import phase_regime_comparison

    with working("Markov regimes", as_json), open_store(ctx) as store:
        result = phase_regime_comparison(
            store, config, k_regimes=k_regimes, n_starts=n_starts, seed=seed
        )
    emit(result, as_json)


@command(app, "triggers")
def triggers(
    ctx: typer.Context,
    config: ConfigOpt = None,
    date: DateOpt = None,
    checklist: Annotated[
        bool, typer.Option("--checklist/--all", help="Only the articles' triggers.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """The trigger checklist: value, threshold, since when it has held, data age."""
    from leadwatch.api.phases import trigger_board

    requested = parse_date("as-of/--date", date)
    with open_store(ctx) as store:
        board = trigger_board(store, config, date=requested)
    _note_if_later(requested, board.date)
    emit(board, as_json, rich=_board_table(board, checklist_only=checklist))


@command(app, "outlook")
def outlook(
    ctx: typer.Context,
    config: ConfigOpt = None,
    asset: Annotated[str, typer.Option(help="Catalog id of the asset.")] = "btc",
    horizons: Annotated[str, typer.Option(help="Comma-separated business days.")] = "20,60,120",
    k: Annotated[int, typer.Option(help="Analogues per forecast.")] = 30,
    as_json: JsonOpt = False,
) -> None:
    """Forward-return distribution from historical analogues, with its calibration record."""
    from leadwatch.api.phases import outlook as run_outlook

    try:
        hs = [int(h) for h in horizons.split(",") if h.strip()]
    except ValueError:
        raise DataError(
            f"--horizons {horizons!r} is not a list of integers", fix="write e.g. 20,60,120"
        ) from None
    with working("outlook", as_json), open_store(ctx) as store:
        result = run_outlook(store, config, asset=asset, horizons=hs, k=k)
    emit(result, as_json)


@command(app, "watch")
def watch(
    ctx: typer.Context,
    config: ConfigOpt = None,
    every: Annotated[str, typer.Option(help="Run every N s/m/h/d, e.g. 1d or 6h.")] = "1d",
    once: Annotated[bool, typer.Option("--once", help="Run once and exit.")] = False,
    update: Annotated[
        bool, typer.Option("--update/--no-update", help="Fetch new data from the providers.")
    ] = True,
    log: Annotated[
        Path | None, typer.Option("--log", help="JSON-lines log (default: beside the store).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Update data, re-evaluate phase and triggers, report what changed since the last run.

    Alerts go to stdout, a JSON-lines log and, if configured (LEADWATCH_WEBHOOK_URL or
    watch.webhook_url in the config), a webhook. State lives in the store: a restart
    repeats nothing. Exit code 1 when a webhook delivery or a data update failed.
    """
    from leadwatch.api.phases import phase_config
    from leadwatch.api.watch import parse_every, redact_url, watch_once, webhook_url

    seconds = parse_every(every)
    path = store_path(ctx)
    cfg = phase_config(config)
    url = webhook_url(cfg)
    log_path = log or path.with_name(path.stem + ".watch.jsonl")
    if not as_json:
        hook = f"; webhook {redact_url(url)}" if url else ""
        err.print(f"watching {path} (log {log_path}{hook})", highlight=False)
    code = 0
    try:
        while True:
            run = watch_once(path, cfg, update=update, log_path=log_path)
            emit(run, as_json)
            if run.delivery_failures and not as_json:
                err.print(
                    f"[bold red]failed:[/] {run.delivery_failures} alert(s) not delivered to "
                    "the webhook; retried on the next run",
                    highlight=False,
                )
            code = max(code, run.exit_code)
            if once:
                break
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                time.sleep(min(1.0, left))
    except KeyboardInterrupt:
        err.print("watch stopped", highlight=False)
    raise typer.Exit(code)
