"""A record named in a past price's own words is a record of that past time (pure).

"ether's climb to a record $4,950 last week is fading", "ether touched an all-time high of
$4,950 last month": the price is of the week or month before, and so is
the record its words name. Read alone the record would be said of the article's day; it
takes the window ``past:week`` (``past:month``), a record set in the calendar week (month)
before the article's (:func:`leadwatch.claims.records.past_record`).

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "Ether touched an all-time high of $4,950 last month."
>>> level = Claim(0, "level", "eth", "high of $4,950", "at", 4950.0, when=("last", "month"))
>>> record = Claim(0, "record", "eth", "all-time high", "high")
>>> [c.window for c in past_level_records([s], [level, record])]
[None, 'past:month']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from leadwatch.claims.market import Market, record_days
from leadwatch.claims.model import Claim

__all__ = ["past_level_records", "past_period_record", "past_record_days"]

_PERIODS = ("week", "month")


def _touching(s: str, record: Claim, level: Claim) -> bool:
    """Whether ``level`` is of ``record``'s sentence ``s`` and asset, and their words
    overlap or meet ("an all-time high" + "high of $4,950")."""
    a, b = s.find(record.words), s.find(level.words)
    if (record.sentence, record.asset) != (level.sentence, level.asset) or a < 0 or b < 0:
        return False
    return b <= a + len(record.words) + 1 and a <= b + len(level.words)


def past_level_records(texts: Sequence[str], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each undated record whose words touch a price of last week's or last
    month's (``texts``: the sentences' texts) dated to that period (module doc)."""
    past = [
        c
        for c in claims
        if c.kind == "level"
        and c.when is not None
        and c.when[0] == "last"
        and c.when[1] in _PERIODS
    ]
    out = []
    for c in claims:
        if c.kind == "record" and c.when is None and c.window is None and c.asset is not None:
            s = texts[c.sentence] if 0 <= c.sentence < len(texts) else ""
            owner = next((x for x in past if _touching(s, c, x)), None)
            if owner is not None and owner.when is not None:  # (always: ``past`` is dated)
                c = replace(c, window=f"past:{owner.when[1]}")
        out.append(c)
    return out


def past_period_record(c: Claim) -> bool:
    """Whether ``c`` is a record said of the calendar week or month before the article's."""
    return c.kind == "record" and c.window in ("past:week", "past:month")


def past_record_days(c: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Over ``calendar`` (article dates): was there a record (``c.op``: high or low) in the
    calendar week (Monday to Sunday) or month before the article's?

    >>> days = pd.date_range("2025-03-01", "2025-05-31")
    >>> gold = pd.Series(np.r_[np.arange(1.0, 53.0), np.full(40, 10.0)], index=days)
    >>> c = Claim(0, "record", "gold", "all-time high", "high", window="past:month")
    >>> held = past_record_days(c, Market({"gold": gold}), days)
    >>> bool(held["2025-04-10"]), bool(held["2025-05-10"]), bool(held["2025-03-20"])
    (True, True, False)
    """
    assert c.asset is not None
    records = record_days(market, c.asset, c.op or "high")
    daily = records.groupby(pd.DatetimeIndex(records.index).normalize()).max().astype(bool)
    freq = "W-SUN" if c.window == "past:week" else "M"
    periods = pd.DatetimeIndex(daily.index).to_period(freq)
    had = daily.groupby(periods).any()
    before = calendar.to_period(freq) - 1
    return pd.Series(np.asarray(had.reindex(before, fill_value=False), dtype=bool), index=calendar)
