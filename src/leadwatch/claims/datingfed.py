"""A Fed decision told as news dates the article to the days after such a decision (pure).

"The Fed cut rates by 25 basis points on Wednesday", "after the Fed's rate cut last week",
"the Fed left rates on hold": the article is written in the days right after a decision of
that kind (:data:`NEWS_DAYS`; "last week": in the calendar week after the decision's, or
the weekend that ends its week). The decisions are the FOMC
decision days of the Fed's schedule (:data:`leadwatch.claims.fomcholds.FOMC_DECISION_DAYS`,
2019 on): a cut or a hike one after which the effective rate stepped that way (by the size
told, within 0.06 points; :func:`leadwatch.claims.eventwindows.fed_decisions`), a hold one
after which it did not. A decision of a date or a month named is no evidence of the day.
A decision ahead, expected or opening a window is no claim at all
(:mod:`leadwatch.claims.unsizeddecisions`), so never dates.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> days = pd.bdate_range("2025-09-01", "2025-10-10")
>>> rate = pd.Series(4.33, index=days)
>>> rate[pd.Timestamp("2025-09-18"):] = 4.08  # the cut of 17 September shows on the 18th
>>> c = Claim(0, "move", "fed_funds", "cut rates by 25 bp", "down", pct=25.0, window="decision")
>>> held = decision_days(c, Market({"fed_funds": rate}), pd.date_range("2025-09-15", "2025-09-22"))
>>> [str(d.date()) for d in held[held].index]
['2025-09-17', '2025-09-18', '2025-09-19', '2025-09-20', '2025-09-21']
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.eventwindows import fed_decisions, fed_rates
from leadwatch.claims.fomcholds import FOMC_DECISION_DAYS
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["NEWS_DAYS", "decision_days", "news_decision"]

#: Days after a decision that an article telling it as news is written on (a Thursday's
#: decision in a Monday paper).
NEWS_DAYS = 4
_WINDOWS = ("decision", "decision:week")


def news_decision(c: Claim) -> bool:
    """Whether ``c`` is a Fed decision told as news (a step or a hold, not a count or a
    record since a period, nor one of a date or month named): a claim that dates the
    article."""
    named = c.when is not None and c.when[0] in ("date", "month", "year_start")
    return c.asset == "fed_funds" and c.kind == "move" and c.window in _WINDOWS and not named


def _decided(c: Claim, rates: pd.Series) -> list[pd.Timestamp]:
    """The schedule's decision days of the kind ``c`` tells, as far as the rates show (the
    schedule's days only: the daily rate is too noisy before 2009 to find steps in it)."""
    steps = fed_decisions(rates)
    first, last = rates.index.min(), rates.index.max()
    out = []
    for day in (d for d in FOMC_DECISION_DAYS if first <= d < last):
        near = steps.loc[day - pd.Timedelta(days=1) : day + pd.Timedelta(days=1)]
        step = float(near.iloc[-1]) if len(near) else 0.0
        if c.op == "flat":
            told = step == 0.0
        else:
            side = step * (-1.0 if c.op == "down" else 1.0) > 0
            told = side and (c.pct is None or abs(abs(step) - c.pct / 100.0) <= 0.06)
        if told:
            out.append(pd.Timestamp(day))
    return out


def decision_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): the days right after a decision of the kind ``c``
    tells (module doc)."""
    out = pd.Series(False, index=calendar)
    rates = fed_rates(market)
    if rates is None:
        return out
    for day in _decided(c, rates):
        if c.window == "decision:week":  # the calendar week after its week (its weekend too)
            monday = day - pd.Timedelta(days=day.weekday())
            lo, hi = max(day, monday + pd.Timedelta(days=5)), monday + pd.Timedelta(days=13)
        else:
            lo, hi = day, day + pd.Timedelta(days=NEWS_DAYS)
        out |= (calendar >= lo) & (calendar <= hi)
    return out
