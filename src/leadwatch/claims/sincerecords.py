"""Days on which a "since" record holds, for dating an article (pure).

"The lowest since mid-November 2024", "a 13-month high": the day's close, or its intraday
extreme, is beyond every value back to the period named (the last one beyond it lies in
that period), as a record counts an intraday high or low
(:func:`leadwatch.claims.market.record_days`). A slide to "a price not seen since
mid-November" that reverses within the day is still such a low.

Examples
--------
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=5)
>>> close = pd.Series([90.0, 95, 99, 97, 98], index=days)
>>> lows = pd.DataFrame({"low": [89.0, 94, 98, 96, 91], "high": [91.0, 96, 100, 98, 99]},
...     index=days)
>>> m = Market({"silver": close}, ranges={"silver": lows})
>>> first, last = days[0], days[0]
>>> since_record_days(m, "silver", "low", first, last).tolist()  # the 9th: its low
[False, True, False, False, True]
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from leadwatch.claims.market import Market, last_beyond

__all__ = ["close_or_intraday", "since_record_days"]


def since_record_days(
    market: Market, asset: str, hl: str, first: pd.Timestamp | None, last: pd.Timestamp
) -> pd.Series:
    """Days that are the highest (lowest) "since" a period: the last close beyond the day's
    lies inside ``[first, last]``, or the last day's high (low) beyond the day's does; with
    ``first`` ``None``, ``last`` is a look-back in days from each day, give or take a
    fifth ("a 13-month high").

    Parameters
    ----------
    market : Market
        The stored series.
    asset : str
        The asset's id.
    hl : str
        ``"high"`` or ``"low"``.
    first, last : pandas.Timestamp or None
        The period the record goes back to (``first`` ``None``: ``last`` is a span).

    Returns
    -------
    pandas.Series
        Boolean, over the asset's trading days.
    """
    return close_or_intraday(market, asset, hl, lambda prev: _since_held(prev, first, last))


def close_or_intraday(
    market: Market, asset: str, hl: str, held: Callable[[pd.Series], pd.Series]
) -> pd.Series:
    """``held`` of the last close beyond each day's close (:func:`last_beyond`), or of the
    last high (low) beyond each day's high (low) where the series has a day's range: a
    record holds on either."""
    closes = held(last_beyond(market, asset, hl))
    frame = market.ranges.get(asset)
    if frame is None:
        return closes
    extremes = frame["low" if hl == "low" else "high"].dropna().sort_index()
    intraday = held(last_beyond(market, asset, hl, series=extremes))
    index = closes.index.union(intraday.index)
    return closes.reindex(index, fill_value=False) | intraday.reindex(index, fill_value=False)


def _since_held(prev: pd.Series, first: pd.Timestamp | None, last: pd.Timestamp) -> pd.Series:
    """Whether each day's last earlier value beyond it (``prev``) fits the "since" window."""
    if first is None:
        span = (last - pd.Timestamp(0)).days
        age = (prev.index - prev).dt.days
        return ((age >= 0.8 * span) & (age <= 1.2 * span + 31)).fillna(False).astype(bool)
    inside = (prev >= first) & (prev <= last) & (prev.index > last)
    return inside.fillna(False).astype(bool)
