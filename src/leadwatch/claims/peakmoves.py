"""A move from a past top or bottom ("down 30% from its peak", "45% off its October
high", "up 60% from the low") as dating evidence (pure).

The grader (:func:`leadwatch.claims.records.from_extreme`) measures such a move from the
highest (lowest) close of the two years to the article date, or of a named month's start
to it ("from its October peak": from the last October's first day), and takes the day's
intraday extreme when the closes miss. For dating the same holds per article date, in one
pass: the running extreme over that span, the close against it, and the stated size with
the tolerance of every stated move (:func:`leadwatch.claims.clauses.fits_stated`). A span
the grader reads otherwise (a past end, "since ...") is no evidence here.

Examples
--------
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2025-01-01", periods=6)
>>> btc = pd.Series([100.0, 120.0, 110.0, 90.0, 84.0, 70.0], index=days)  # -25%, -30%, -42%
>>> c = Claim(0, "percent", "btc", "30%", "down", pct=30.0, window="peak")
>>> peak_move(c), peak_move_days(c, Market({"btc": btc})).tolist()
(True, [False, False, False, True, True, False])
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import month_number

__all__ = ["peak_move", "peak_move_days"]

# "peak", "low", "peak:in:October", "low:in:March 2025", "peak:year"
_WINDOW = re.compile(
    r"(?P<kind>peak|low)(?::(?:in:(?P<month>[A-Za-z]+)(?: (?P<year>\d{4}))?"
    r"|(?P<unit>week|month|year)))?"
)
#: The grader's look-back for an extreme with no span named (two years), and for a unit.
_SPANS = {None: "730D", "week": "7D", "month": "31D", "year": "365D"}


def peak_move(claim: Claim) -> bool:
    """Whether ``claim`` is a percentage move from a past top or bottom that dating can read."""
    return (
        claim.kind == "percent"
        and claim.pct is not None
        and _WINDOW.fullmatch(claim.window or "") is not None
        and (claim.when is None or claim.when[0] not in ("date", "weekday", "yesterday"))
    )


def peak_move_days(claim: Claim, market: Market) -> pd.Series:
    """Per trading day of the claim's asset: would the move from the extreme hold if the
    article were dated that day (on closes, or against the intraday extreme)?"""
    assert claim.asset is not None and claim.pct is not None
    m = _WINDOW.fullmatch(claim.window or "")
    assert m is not None
    closes = market.close(claim.asset).dropna()
    low = m.group("kind") == "low"
    stated = claim.pct / 100 * (1 if claim.op == "up" else -1)
    rate = market.is_rate(claim.asset)
    held = np.zeros(len(closes), dtype=bool)
    frame = market.ranges.get(claim.asset)
    sides = [closes]
    if frame is not None and not rate:  # the intraday extreme when the closes miss
        sides.append(frame["low" if low else "high"].reindex(closes.index).fillna(closes))
    for side in sides:
        extreme = _running_extreme(side, m, low)
        ch = closes - extreme if rate else closes / extreme - 1.0
        fits = [fits_stated(float(x), stated, claim.qualifiers) for x in ch.to_numpy()]
        held |= np.asarray(fits, dtype=bool) & np.isfinite(ch.to_numpy())
    return pd.Series(held, index=closes.index)


def _running_extreme(side: pd.Series, m: re.Match[str], low: bool) -> pd.Series:
    """The highest (lowest) value of ``side`` from the window's start to each day."""
    if m.group("month") is None:
        rolling = side.rolling(_SPANS[m.group("unit")])
        return rolling.min() if low else rolling.max()
    month = month_number(m.group("month"))
    days = pd.DatetimeIndex(side.index)
    if m.group("year"):  # "from its March 2025 peak": from that month's first day only
        start = pd.Timestamp(year=int(m.group("year")), month=month, day=1)
        seen = side.where(days >= start)
        return seen.cummin() if low else seen.cummax()
    since = np.where(days.month >= month, days.year, days.year - 1)  # the last such month's year
    grouped = side.groupby(since)
    return grouped.cummin() if low else grouped.cummax()
