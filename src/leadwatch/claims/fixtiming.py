"""A metal's one-session move the London fix contradicts, read on the futures session (pure).

The London fix is taken at noon (gold also at 3 p.m.): a move told of the session ("spot
silver was down 2.5% in Asian trade", "silver plunged 8%", "up 3% intraday") is often one
the fix cannot see, or sees a day late. Where the store holds the futures, their
close-to-close move is the other record of that session: a move contradicted on the fix
is graded again on them, and confirmed where the futures' session of that day fits it,
or, for a move the text does not date ("plunged 8%", "today"), the session before it
("today" is the article's day or the trading day before). A move of a named day keeps to
that day's session.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> from leadwatch.claims.model import Claim
>>> days = pd.bdate_range("2025-03-03", periods=3)
>>> fix = pd.Series([30.0, 30.3, 30.6], index=days)  # the fix, before the drop, is up
>>> fut = pd.Series([30.0, 30.3, 29.5], index=days)  # the session ends 2.6% lower
>>> c = Claim(0, kind="percent", asset="silver", op="down", pct=2.5, words="2.5%")
>>> m = Market({"silver": fix, "silver_fut": fut})
>>> on_futures_session(c, days[-1], m)[0]
'confirmed'
>>> big = Claim(0, kind="percent", asset="silver", op="down", pct=9.0, words="9%")
>>> on_futures_session(big, days[-1], m) is None  # the fix's grade
True
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["on_futures_session"]

_DAY_WHENS = ("today", "weekday", "yesterday", "date")
_WEEK = pd.Timedelta(days=5)  # the trading day before, over a long weekend
_NOTE = " (the noon London fix is taken at another hour than the quote: read on the futures)"


def on_futures_session(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]] | None:
    """The futures' grade of a one-session move ``c`` of a metal where they confirm it,
    else ``None`` (the grade on the fix stands)."""
    if c.asset not in FUTURES or not market.has(FUTURES[c.asset]):
        return None
    if c.kind != "percent" or c.pct is None or c.window not in (None, "day"):
        return None
    if c.when is not None and c.when[0] not in _DAY_WHENS:
        return None  # "rose 3% in October": a month's move, not a session's
    fut = FUTURES[c.asset]
    on = event_day(c.when, day)
    closes = market.close(fut).loc[:on]
    # an undated move ("plunged 8%") is of the article's day or the trading day before it
    undated = c.when is None or c.when[0] == "today"
    ends = [i for i in (len(closes) - 1, len(closes) - 2) if i >= 1]
    ends = [i for i in ends if closes.index[i] == on or (undated and on - closes.index[i] < _WEEK)]
    stated = c.pct / 100 * (1 if c.op == "up" else -1)
    for i in ends:
        v0, v1 = float(closes.iloc[i - 1]), float(closes.iloc[i])
        if fits_stated(ch := v1 / v0 - 1.0, stated, c.qualifiers):
            text = (
                f"{market.source(fut)} {v0:,.2f} on {closes.index[i - 1].date()} -> {v1:,.2f} "
                f"on {closes.index[i].date()} (the close): {ch:+.1%} against the stated "
                f"{stated:+.1%} over the session{_NOTE}"
            )
            return "confirmed", text, {"change": ch, "stated": stated}
    return None  # no futures session of that day fits: the fix's grade stands
