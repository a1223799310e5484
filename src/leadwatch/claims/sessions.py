"""Moves stated with no day and no window: one session, unless too big for one (pure).

"The S&P 500 fell over 12%" cannot be one session of the index (its 99.9th percentile of
daily moves is about 9%): it is read over the window the text stated last ("this year"),
else over 3 months, as a move with no window is.

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2026-01-05", periods=60)
>>> m = Market({"gold": pd.Series([100.0 + (i % 2) for i in range(60)], index=days)})
>>> session_plausible(m, "gold", 0.009), session_plausible(m, "gold", 0.25)
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from leadwatch.claims.closeness import round_the_clock
from leadwatch.claims.extract import Claim
from leadwatch.claims.market import Market, session_change
from leadwatch.claims.text import Sentence
from leadwatch.claims.weekreports import weekly_windows
from leadwatch.claims.windows import find_windows

__all__ = [
    "as_window",
    "move_days",
    "reached_in_session",
    "session_move_days",
    "session_plausible",
    "with_windows",
]


def session_plausible(market: Market, asset: str, stated: float, rare: bool = False) -> bool:
    """Whether a move of ``stated`` (a return) could be one session of ``asset``: within its
    99.9th percentile of daily moves (``rare``: a move the text ties to a session, up to its
    biggest on record). Rates (moves in points): always."""
    if market.is_rate(asset):
        return True
    moves = market.close(asset).pct_change().abs().dropna()
    return moves.empty or abs(stated) <= float(moves.max() if rare else moves.quantile(0.999))


#: Windows to date a sentence may lend the one after it.
_TO_DATE = ("ytd", "mtd", "wtd", "week", "month", "year")
#: A session's time in a sentence: a clock time ("as of 4pm ET", "at 0323 GMT", "by 10:30
#: a.m. EST"), "intraday", "one-day", "of the day", "closing at", "daily gain": a move told of
#: it is one session's, however big.
_SESSION_TIME = re.compile(
    r"\b(?:[01]?\d(?:[:.][0-5]\d)?\s?[ap]\.?m\.?(?:\s?(?:[A-Z]{1,3}T|GMT|UTC))?"
    r"|[0-2]\d[0-5]\d\s?(?:GMT|UTC|[A-Z]{1,3}T)|intraday|(?:one|single)[- ](?:day|session)"
    r"|(?:on|of|for) the day|the day['\u2019]s|(?:clos|settl)(?:ing|ed) at|at one point"
    r"|daily (?:gain|rise|jump|drop|fall|loss|decline|advance|move))\b",
    re.IGNORECASE,
)


def as_window(claim: Claim, market: Market, window: str | None, timed: bool = False) -> Claim:
    """``claim`` read over ``window`` (the window the text stated last; ``None``: 3 months)
    when it states no window and no day of its own (a day carried from the sentence before
    is dropped) and is too big for one session of its asset (a rare one will do where its
    sentence is ``timed``, names a session's time, the day is carried, or the move is the
    session's extreme: "as much as 12%")."""
    c = claim
    carried = "carried" in c.qualifiers  # a day from the sentence before: not its own
    if c.kind != "percent" or c.window is not None or c.pct is None or "swing" in c.qualifiers:
        return c  # (a swing, "from peak to trough", is within a session whatever its size)
    if (c.when is not None and not carried) or not market.has(c.asset):
        return c
    extreme = "extreme" in c.qualifiers  # "fell as much as 12%": the session's extreme
    if session_plausible(market, c.asset or "", c.pct / 100, rare=timed or carried or extreme):
        return c
    return replace(c, when=None, window=window or "months")


def _named_window(s: str) -> str | None:
    """The period to date sentence ``s`` names last ("this year", "so far this month")."""
    codes = [code for _, code in find_windows(s) if code in _TO_DATE or code.startswith("cal:")]
    return codes[-1] if codes else None


def with_windows(
    claims: Iterable[Claim], market: Market, sentences: Sequence[Sentence] = ()
) -> list[Claim]:
    """``claims`` in order, each move too big for a session read over the window the text
    stated last before it (:func:`as_window`; ``sentences``: the article's, for the session
    times, and for a window the sentence right before names with no move of its own: "Metals
    have soared this year. Silver alone is up 74%"); a count of days of trading
    (``tdays:N``, "in two days") in calendar days for a round-the-clock asset, else in
    sessions."""
    out, stated, stated_at = [], None, -1
    timed = {s.index for s in sentences if _SESSION_TIME.search(s.text)}
    named = {s.index + 1: _named_window(s.text) for s in sentences}
    for c in weekly_windows(claims, sentences):  # "Bitcoin ended the week up 5%. Ether ..."
        if (c.window or "").startswith("tdays:") and c.asset and market.has(c.asset):  # "2 days"
            unit = "days" if round_the_clock(market, c.asset) else "sessions"
            c = replace(c, window=f"{unit}:{(c.window or '')[6:]}")
        if c.kind == "percent" and c.window not in (None, "day") and c.window[:3] != "on:":
            stated, stated_at = c.window, c.sentence
        near = stated is not None and stated_at >= c.sentence - 1  # this sentence or the last
        lent = stated if near else named.get(c.sentence) or stated
        out.append(as_window(c, market, lent, c.sentence in timed))
    return out


def reached_in_session(
    market: Market, asset: str, day: pd.Timestamp, before: float, stated: float
) -> str | None:
    """Where the day's high-low range holds the price the stated move implies (``before``
    times ``1 + stated``), a note saying so: the move held at some point of the session (a
    text written mid-session, "down 3% during morning trading"); else ``None``."""
    if market.is_rate(asset):
        return None
    rng = market.range_on(asset, day)
    implied = before * (1.0 + stated)
    if rng is None or not rng[0] <= implied <= rng[1]:
        return None
    return (
        f"; the implied {implied:,.2f} lies in the day's range {rng[0]:,.2f}-{rng[1]:,.2f} "
        f"({market.range_names.get(asset, 'range')}): the move held during the session"
    )


def move_days(market: Market, asset: str, stated: float | pd.Series) -> pd.Series:
    """Trading days whose one-session change is within the move tolerance of ``stated``
    (1 point or a quarter of the move; points for rates, returns otherwise; a series: each
    day's own stated change)."""
    ch = session_change(market, asset)
    return ((ch - stated).abs() <= np.maximum(0.01, 0.25 * np.abs(stated))).fillna(False)


def session_move_days(market: Market, asset: str, stated: float | pd.Series) -> pd.Series:
    """Trading days on which a one-session move of ``stated`` holds: its close-to-close
    change is within the move tolerance, or its high-low range holds the price the move
    implies from the previous close (the move held at some point of the session: a text
    written mid-session, a coin's 24-hour move quoted during the day), as
    :func:`reached_in_session` grades it. Rates: the closes only.

    >>> days = pd.bdate_range("2026-01-05", periods=3)
    >>> ranges = pd.DataFrame({"low": [99, 98, 99], "high": [101, 102.6, 104]}, index=days)
    >>> m = Market({"eth": pd.Series([100.0, 99.5, 100.5], index=days)}, {"eth": ranges})
    >>> move_days(m, "eth", 0.024).tolist(), session_move_days(m, "eth", 0.024).tolist()
    ([False, False, False], [False, True, True])
    """
    moved = move_days(market, asset, stated)
    frame = market.ranges.get(asset)
    if frame is None or market.is_rate(asset):
        return moved
    step = stated.reindex(frame.index) if isinstance(stated, pd.Series) else stated  # "up $356"
    implied = market.close(asset).shift(1).reindex(frame.index) * (1.0 + step)
    reached = (frame["low"] <= implied) & (implied <= frame["high"])
    days = moved.index.union(reached.index)
    return moved.reindex(days, fill_value=False) | reached.reindex(days, fill_value=False)
