"""A price a move fell through ("slipped below the $80,000 mark", "dropped under $4,000"):
dating evidence of a crossing, not of any day below it (pure).

"Bitcoin slipped below $80,000" holds, as a level, on every day bitcoin is below $80,000;
as news it tells of the days it went through: below it then, above it some day of the
week before. :func:`fell_through` marks such a level ``crossed_down`` (the grade is the
level's, unchanged); :func:`crossed_down_days` narrows its days for dating, for a series
closed when the move happens (not a noon fix, which may show a US-session fall a day late).

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "Bitcoin slipped below the $80,000 mark."
>>> c = Claim(0, "level", "btc", "below the $80,000", "below", 80000.0)
>>> [x.qualifiers for x in fell_through([s], [c])]
[('crossed_down',)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["crossed_down_days", "fell_through"]

#: A move verb right before the level: the move went through it.
_FELL = re.compile(
    r"\b(?:fell|falls|falling|slipped|slips|slipping|dropped|drops|dropping|sank|sinks|sinking"
    r"|tumbled|plunged|plunges|dipped|dips|dipping|slid|slides|sliding|crashed|tumbles)"
    r"\s+(?:back\s+|briefly\s+|further\s+)?$",
    re.IGNORECASE,
)
#: Sessions before the day in which the price must have stood above the level.
_BEFORE = 7


def fell_through(texts: Sequence[str], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each "below" level that a falling move went through marked
    ``crossed_down`` (``texts``: the sentences' texts)."""
    out = []
    for c in claims:
        s = texts[c.sentence] if 0 <= c.sentence < len(texts) else ""
        at = s.find(c.words)
        if c.kind == "level" and c.op == "below" and at > 0 and _FELL.search(s, 0, at):
            c = replace(c, qualifiers=(*c.qualifiers, "crossed_down"))
        out.append(c)
    return out


def crossed_down_days(c: Claim, market: Market, held: pd.Series) -> pd.Series:
    """``held`` (a below-level's days, per trading day) where the close, or the day's high
    where the store holds one, stood at or above the level on one of the :data:`_BEFORE`
    sessions before or on the day itself: the days it went through.

    >>> days = pd.bdate_range("2026-01-05", periods=20)
    >>> btc = pd.Series([90.0] * 5 + [70.0] * 15, index=days)
    >>> c = Claim(0, "level", "btc", "below $80", "below", 80.0, qualifiers=("crossed_down",))
    >>> below = btc <= 80.0
    >>> [str(d.date()) for d in days[crossed_down_days(c, Market({"btc": btc}), below)]][-1]
    '2026-01-20'
    """
    assert c.asset is not None and c.level is not None
    close = market.close(c.asset)
    frame = market.ranges.get(c.asset)  # the day's high where stored: it traded through
    high = close if frame is None else frame["high"].reindex(close.index).fillna(close)
    top = pd.concat([close, high], axis=1).max(axis=1)
    # the sessions before, and the day itself (a high above, a close below: through that day)
    above = (top >= c.level).astype(float).rolling(_BEFORE + 1, min_periods=1).max()
    was = above.reindex(held.index, method="ffill").fillna(0.0) > 0
    return held & was
