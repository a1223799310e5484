"""Streaks graded over every period they name (pure): "a fifth consecutive month in the
red", "on course to drop for a third week in a row", "up three sessions in a row".

A streak claim is a move whose window is ``streak:<period>:<n>`` (period ``D`` a session,
``W`` a calendar week to Friday, ``M``, ``Q``, ``Y``; a crypto "day" is a calendar day, its
series trading every day). It holds when each of the ``n`` periods up to the latest moved
the streak's way, each from the last close of the period before. The latest period is the
session of the article date or the one before it; for longer periods the last one ended by
the article date, or the current one when two thirds of it are past, and always the current
one, to date, for a streak the text says is under way ("on track to", "set for", qualifier
``todate``: a session streak may count the article day's session as under way, n - 1 to the
session before it). A streak the text says has ended ("steadied after three weekly declines",
"snapping a five-day winning streak", qualifier ``ended``) is of the periods before the one
of the day told (the last one ended before it; for sessions, or the one before that); one
said to close a named month or the year ("to close out December", qualifier ``through``)
ends with it. A streak is "at least n": the evidence gives how long it really runs.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.to_datetime(["2026-06-05", "2026-06-12", "2026-06-19", "2026-06-26"])
>>> dxy = pd.Series([100.0, 99.0, 98.5, 98.0], index=days)
>>> c = Claim(0, "move", "dxy", "fell for a third week", "down", window="streak:W:3")
>>> check_streak(c, pd.Timestamp("2026-06-26"), Market({"dxy": dxy}))[0]
'confirmed'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.dating import event_day
from leadwatch.claims.extremes import latest_period, period_returns
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["check_streak"]

_NAMES = {"D": "session", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _run(moves: pd.Series, at: pd.Timestamp, sign: float) -> int:
    """How many periods up to ``at`` moved the ``sign`` way in a row."""
    values = sign * moves.loc[:at].to_numpy()[::-1]
    wrong = np.flatnonzero(~(values > 0))
    return int(wrong[0]) if len(wrong) else len(values)


def check_streak(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Did each of the streak's periods move its way? See the module doc. A London fix's
    streak that fails is read on the metal's futures too (a wire counts the contract's
    settlements: "a seventh weekly gain" on COMEX, six on the fix)."""
    found = _on_series(c, day, market)
    futures = FUTURES.get(c.asset or "")
    if found[0] != "contradicted" or futures is None or not market.has(futures):
        return found
    on_futures = _on_series(replace(c, asset=futures), day, market)
    if on_futures[0] != "confirmed":
        return found
    return "confirmed", f"{found[1]}; on the futures: {on_futures[1]}", on_futures[2]


def _on_series(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """:func:`check_streak` on the series ``c`` names."""
    assert c.asset is not None and c.window is not None
    _, period, count = c.window.split(":")
    n, sign = int(count), (1.0 if c.op == "up" else -1.0)
    told = c.when is not None and (period == "D" or {"ended", "through"} & set(c.qualifiers))
    told = told and "todate" not in c.qualifiers  # under way: now, whatever day it names
    day = event_day(c.when, day) if told else day
    moves = period_returns(market.close(c.asset).loc[:day], period)
    if "ended" in c.qualifiers:  # "after three weekly declines": periods before the current
        before = moves.index[moves.index < day]
        ends = [pd.Timestamp(d) for d in before[-2 if period == "D" else -1 :][::-1]]
    elif period == "D":  # the article day or the session before it
        ends = [pd.Timestamp(d) for d in moves.index[-2:][::-1]]
    elif "todate" in c.qualifiers:  # "poised to drop for a third week": this one, to date
        ends = [pd.Timestamp(moves.index[-1])] if len(moves) else []
    else:
        latest = latest_period(moves, day)
        ends = [] if latest is None else [latest]
    if not ends or len(moves.loc[: ends[0]]) < n:
        return "not checkable", f"not enough {c.asset} data for {n} {_NAMES[period]}s", {}
    runs = [_run(moves, at, sign) for at in ends]
    under = period == "D" and "todate" in c.qualifiers and len(ends) > 1
    if under:  # "on track for a sixth up day": five to the session before, one under way
        runs[1] += 1
    best = int(np.argmax(runs))
    at, run = ends[best], runs[best]
    under = under and best == 1
    shown = moves.loc[:at].iloc[-(n - under) :]
    listed = ", ".join(f"{v:+.2%} to {d:%Y-%m-%d}" for d, v in shown.items())
    way = "up" if sign > 0 else "down"
    text = (
        f"{market.source(c.asset)}, each {_NAMES[period]} from the close of the one before: "
        f"{listed}; {run} {_NAMES[period]}(s) {way} in a row"
        f"{', the last under way on the article day' if under else ''} (stated {n})"
    )
    data = {"moves": [float(v) for v in shown], "end": f"{at:%Y-%m-%d}", "run": run}
    return ("confirmed" if run >= n else "contradicted"), text, data
