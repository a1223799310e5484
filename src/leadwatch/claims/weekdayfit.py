"""How well prices quoted on a named weekday fit each possible article date (pure).

"Gold opened Monday at $3,383" and "silver traded Friday around $39.30" are quotes of the
last Monday and Friday on or before the article date: judged there, not on the article
date itself. When every claim holds in two spells and all else ties (a weekly recap that
quotes only weekday prices), the spell whose named weekdays the quotes fit best wins,
not the earliest (:func:`leadwatch.claims.dating.infer_date`).

Examples
--------
>>> days = pd.date_range("2026-01-05", periods=7)  # Monday .. Sunday
>>> fit = pd.Series([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], index=days)
>>> on_weekday(fit, 0).tolist()  # Monday's fit, seen all week
[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
>>> on_weekday(fit, 4).tolist()[3:]  # no Friday yet before the 9th
[nan, 0.4, 0.4, 0.4]
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from leadwatch.claims.closeness import quote_fit
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["on_weekday", "weekday_of", "weekday_quote_fit"]


def weekday_of(when: tuple[str, object] | None) -> int | None:
    """The weekday (0 = Monday) a claim's time names, or ``None``.

    >>> weekday_of(("weekday", 4)), weekday_of(("today", None)), weekday_of(None)
    (4, None, None)
    """
    if when is None or when[0] != "weekday":
        return None
    return int(str(when[1]))


def on_weekday(values: pd.Series, weekday: int) -> pd.Series:
    """Per calendar day (the article date), ``values`` on the last ``weekday`` on or before
    it (NaN where that day is outside the calendar)."""
    days = pd.DatetimeIndex(values.index)
    back = (days.day_of_week.to_numpy() - weekday) % 7
    named = days - pd.to_timedelta(back, unit="D")
    return pd.Series(values.reindex(named).to_numpy(dtype=float), index=days)


def weekday_quote_fit(claims: list[Claim], market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Mean distance of the prices quoted on named weekdays from those weekdays' prices,
    per calendar day taken as the article date (1.0 when the text quotes none; lower is
    better: :func:`.closeness.quote_fit` on each weekday named)."""
    fits = []
    for c in claims:
        day = weekday_of(c.when)
        if day is None or c.kind != "level" or c.op not in ("at", "near"):
            continue
        as_of_day = quote_fit([replace(c, when=None)], market, calendar, ("level",))
        fits.append(on_weekday(as_of_day, day))
    if not fits:
        return pd.Series(1.0, index=calendar)
    return pd.concat(fits, axis=1).mean(axis=1).fillna(1.0)
