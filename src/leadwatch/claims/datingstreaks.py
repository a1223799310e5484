"""Claims told of whole calendar periods, as evidence of the article's date (pure): a move of
last week or last month (:mod:`leadwatch.claims.datinglastperiods`) and a streak of sessions,
months, quarters or years ("has risen for five months in a row", "a third straight quarterly
loss", "extends its losses for a second successive session").

A streak of ``n`` months holds on a day when the ``n`` months up to the latest one the
article would tell of each moved the streak's way: the last month ended by that day, or the
current one once two thirds of it are past (as :mod:`leadwatch.claims.streakcheck` grades
it; the current month is judged by its whole move, close enough for dating). Such a streak
rules out most years, which a few vague moves of a day cannot: it lets a year the text
implies win over one that only fits a 0.2% move. A streak of sessions holds on the session
that ends it (a short one on many days: it weighs as little as it tells); streaks of weeks
hold on too many days to say much and are left to the grader.

Examples
--------
>>> from leadwatch.claims.market import Market
>>> ends = pd.date_range("2024-01-31", periods=6, freq="ME")
>>> spx = pd.Series([100.0, 101, 102, 103, 104, 99], index=ends)
>>> c = Claim(0, "move", "spx", "rose for three months in a row", "up", window="streak:M:3")
>>> days = pd.to_datetime(["2024-04-10", "2024-04-25", "2024-06-10", "2024-06-25"])
>>> period_claim_days(c, Market({"spx": spx}), days).tolist()
[False, True, True, False]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.datinglastperiods import LAST_PERIODS, last_period_move_days
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.rankedcheck import period_returns

__all__ = ["by_periods", "dating_streak", "period_claim_days"]

#: Streak periods that date an article: sessions, months, quarters, years.
_PERIODS = ("D", "M", "Q", "Y")
#: The current period counts once this share of it is past.
_PAST_SHARE = 2 / 3


def dating_streak(claim: Claim) -> bool:
    """Whether ``claim`` is a streak of at least two sessions, months, quarters or years."""
    parts = (claim.window or "").split(":")
    return (
        claim.kind == "move"
        and claim.op in ("up", "down")
        and len(parts) == 3
        and parts[0] == "streak"
        and parts[1] in _PERIODS
        and parts[2].isdigit()
        and int(parts[2]) >= 2
        and "todate" not in claim.qualifiers
        and "ended" not in claim.qualifiers
    )


def by_periods(claim: Claim) -> bool:
    """Whether ``claim`` is told of whole calendar periods (:func:`period_claim_days`)."""
    return (claim.kind == "percent" and claim.window in LAST_PERIODS) or dating_streak(claim)


def period_claim_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): would ``claim``, told of whole periods, hold?

    Parameters
    ----------
    claim
        A move of last week or month, or a streak (:func:`by_periods`).
    market
        The price series.
    calendar
        The candidate article dates.

    Returns
    -------
    pandas.Series
        Booleans over ``calendar``.
    """
    if not dating_streak(claim):
        return last_period_move_days(claim, market, calendar)
    assert claim.asset is not None and claim.window is not None
    _, period, count = claim.window.split(":")
    sign = 1.0 if claim.op == "up" else -1.0
    moves = period_returns(market.close(claim.asset), period)
    if moves.empty:
        return pd.Series(False, index=calendar)
    run = np.zeros(len(moves), dtype=int)
    for i, way in enumerate(sign * moves.to_numpy() > 0):
        run[i] = (run[i - 1] + 1 if i else 1) if way else 0
    ok = pd.Series(run >= int(count), index=pd.DatetimeIndex(moves.index))
    ends = pd.Series(ok.index, index=ok.index)
    ended = ok.reindex(calendar, method="ffill").fillna(False).astype(bool)
    before = ends.reindex(calendar, method="ffill")
    after = ends.reindex(calendar, method="bfill")
    share = (calendar - pd.DatetimeIndex(before)).days / (after - before).dt.days.to_numpy()
    late = pd.Series(np.nan_to_num(share, nan=0.0) >= _PAST_SHARE, index=calendar)
    current = ok.reindex(calendar, method="bfill").fillna(False).astype(bool)
    late &= calendar > ok.index[0]  # the current period, once late in it; else the last ended
    return current.where(late, ended)
