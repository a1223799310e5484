"""A policy rate's record told on the day of the decision that set it (pure).

"The Fed cut rates on Wednesday; the new rate is the lowest in nearly three years": the
effective rate shows a decision the day after it is taken, so on the decision day the
stored rate is still the old one. A fed funds record graded contradicted on a decision day
(:func:`leadwatch.claims.eventwindows.fed_decisions`) is graded again on the day the new
rate first shows; confirmed there, it holds, and the evidence says why. Any other day, any
other asset or status: unchanged. :func:`later_regrade` applies this after the night rule
of :mod:`leadwatch.claims.nights`.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> days = pd.bdate_range("2025-12-01", "2025-12-12")
>>> rate = pd.Series([3.89] * 8 + [3.64] * 2, index=days)  # the cut of the 10th shows on the 11th
>>> older = pd.Series(3.70, index=pd.bdate_range("2023-01-02", "2025-11-28"))
>>> m = Market({"fed_funds": pd.concat([older, rate])})
>>> c = Claim(0, "record", "fed_funds", "lowest since", "low", window="last:3:year")
>>> def grade(k, d, mk):
...     low = mk.close("fed_funds").loc[:d]
...     return ("confirmed" if low.iloc[-1] <= low.min() else "contradicted"), "", {}
>>> day = pd.Timestamp("2025-12-10")
>>> decided_rate(c, day, m, grade(c, day, m), grade)[0]
'confirmed'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from leadwatch.claims.eventwindows import fed_decisions
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.nights import Grade, night_regrade

__all__ = ["decided_rate", "later_regrade"]

_POLICY = frozenset({"fed_funds"})


def decided_rate(
    c: Claim,
    day: pd.Timestamp,
    market: Market,
    result: Grade,
    grade: Callable[[Claim, pd.Timestamp, Market], Grade],
) -> Grade:
    """``result``, or for a policy-rate record contradicted on a decision day, ``c`` graded
    on the day the new rate shows when it holds there (module doc)."""
    if c.kind != "record" or c.asset not in _POLICY or result[0] != "contradicted":
        return result
    rates = market.close(c.asset)
    steps = fed_decisions(rates)
    if day.normalize() not in steps.index:
        return result
    later = rates.loc[day.normalize() + pd.Timedelta(days=1) :]
    if later.empty:
        return result
    shows = pd.Timestamp(later.index[0])
    second = grade(c, shows, market)
    if second[0] != "confirmed":
        return result
    note = f"{second[1]} (the rate decided on {day.date()} shows on {shows.date()})"
    return second[0], note, second[2]


def later_regrade(
    c: Claim,
    sentence: str,
    day: pd.Timestamp,
    market: Market,
    result: Grade,
    grade: Callable[[Claim, pd.Timestamp, Market], Grade],
    event_day: Callable[[tuple[str, Any] | None, pd.Timestamp], pd.Timestamp],
) -> Grade:
    """``result`` regraded for the night of a weekday (:func:`.nights.night_regrade`), then
    for a policy rate decided that day (:func:`decided_rate`)."""
    result = night_regrade(c, sentence, day, market, result, grade, event_day)
    return decided_rate(c, day, market, result, grade)
