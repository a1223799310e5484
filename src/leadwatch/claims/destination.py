"""A move over a long window that names where it ended: "rose 415% from 2024 to $117" (pure).

The move's figure keeps the level it went to (:func:`with_destinations`, on the
``percent`` claim's ``level``); when the price at the article date is not near that level
(the move ended at a past peak), the move is measured to the last day the price stood
there (:func:`arrival_day`), not to the article date.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=5)
>>> m = Market({"silver": pd.Series([90.0, 110.0, 117.5, 100.0, 82.0], index=days)})
>>> arrival_day(m, "silver", 117.0, days[0], days[-1]).date()
datetime.date(2026, 1, 7)
>>> arrival_day(m, "silver", 82.5, days[0], days[-1]) is None  # today's price: no change
True
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence

__all__ = ["arrival_day", "with_destinations"]

#: How near a close (or a day's range) must come to the stated level to be "there".
_NEAR = 0.02
_NEAR_PP = 0.02


def with_destinations(claims: list[Claim], sentences: tuple[Sentence, ...]) -> list[Claim]:
    """``claims``, each percentage over a ``since`` window followed in its sentence by the
    level it went to ("415% from 2024 to $117") holding that level."""
    out = []
    for c in claims:
        if c.kind == "percent" and (c.window or "").startswith("since:") and c.level is None:
            s = sentences[c.sentence].text
            at = s.find(c.words)
            to = [
                x
                for x in claims
                if x.sentence == c.sentence
                and x.kind == "level"
                and x.asset == c.asset
                and x.words.lower().startswith("to ")
                and 0 <= at < s.find(x.words) <= at + 40
            ]
            if to:
                c = replace(c, level=to[0].level)
        out.append(c)
    return out


def arrival_day(
    market: Market, asset: str, level: float, start: pd.Timestamp, end: pd.Timestamp
) -> pd.Timestamp | None:
    """The last day from ``start`` to ``end`` whose close came within 2% of ``level`` (a
    rate's: within 0.02 points; else whose range held it), when the close at ``end`` did
    not; else ``None``."""
    closes = market.close(asset).loc[start:end]
    # a rate's level is near within 2 bp (4.11 and 4.02 are 2% apart, yet 9 bp)
    gaps = (closes - level).abs() if market.is_rate(asset) else (closes / level - 1.0).abs()
    limit = _NEAR_PP if market.is_rate(asset) else _NEAR
    if closes.empty or float(gaps.iloc[-1]) <= limit:
        return None
    near = gaps <= limit
    frame = market.ranges.get(asset)
    if not near.any() and frame is not None:  # no close there: a day whose range held it
        held = (frame["low"] <= level) & (frame["high"] >= level)
        near = held.reindex(closes.index, fill_value=False).astype(bool)
    days = near[near].index
    return pd.Timestamp(days[-1]) if len(days) else None
