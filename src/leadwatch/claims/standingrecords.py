"""A price stated as the record itself dates the article to the days that record stood (pure).

"silver notched a fresh record high near $41.2", "ether printed an all-time high of $5,210",
"gold climbed to a record $2,940": the level is the asset's record as the article is written, so
it can only be written while the record to date is about that level. Once the asset has
traded well above it (more than :data:`STANDING_TOLERANCE` over, on the closes or the
day's highs up to the article day), the record has moved on and a later day cannot be
the article's, though the price may come back near the level for weeks. A record the
sentence says was surpassed ("leaping beyond its prior record of $2,075") or an earlier
one ("its former peak of $50") keeps the plain level test.

Examples
--------
A record of $64.30 stood while the closes stayed within 2% of it:

>>> days = pd.bdate_range("2026-03-02", periods=4)
>>> m = Market({"silver": pd.Series([60.0, 64.3, 63.0, 67.0], index=days)})
>>> standing_days(m, "silver", "high", 64.3, days).tolist()
[True, True, True, False]
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["STANDING_TOLERANCE", "record_side", "standing_days", "standing_record"]

#: The record to date may lie this far beyond the level stated as the record (the level
#: test's 2%: a spot record against futures highs, a rounded figure).
STANDING_TOLERANCE = 0.02
#: "a record high of", "an all-time peak at", "a fresh record-high of about", "a record",
#: "its record closing high of", right before the price.
_RECORD_BEFORE = re.compile(
    r"\b(?P<kind>record|all[- ]time|ATH|lifetime)"
    r"(?:[- ](?:intraday|closing|settlement|spot(?:[- ]market)?))?"
    r"(?:[- ](?P<side>high|low|peak|top|close|bottom|trough))?"
    r"(?:\s+(?:of|at|near|around))?(?:\s+(?:about|around|roughly|nearly|almost|some))?"
    r"\s+(?:US|USD\s*)?\$?$",
    re.IGNORECASE,
)
#: A record said to be an older one, or one the price went past: not the standing record.
_NOT_STANDING = re.compile(
    r"\b(?:previous|prior|former|old|older|earlier|then|past|above|beyond|over|surpass\w*"
    r"|exceed\w*|top(?:ped|ping|s)?|eclips\w*|br(?:oke|eak|eaks|eaking)|beat\w*|clear\w*"
    r"|smash\w*|shatter\w*|overt(?:ook|ake|akes|aking)|than|through)"
    r"\s+(?:(?:its|the|a|an|their|that|this)\s+)?(?:\d{4}\s+)?(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
_LOW = frozenset({"low", "bottom", "trough"})


def record_side(sentence: str, at: int) -> str | None:
    """``"high"`` or ``"low"`` when the price at ``at`` in ``sentence`` is stated as the
    asset's standing all-time record, else ``None``.

    Parameters
    ----------
    sentence : str
        The sentence holding the price.
    at : int
        Where the price (its currency sign or first digit) starts in ``sentence``.

    Returns
    -------
    str or None
        The record's side, or ``None`` (no record word right before the price, or a
        record said to be an older one or surpassed).

    Examples
    --------
    >>> low, plain = "Ether fell to a record low of $80.", "Gold traded at $2,000 on Friday."
    >>> record_side(low, low.index("$80")), record_side(plain, plain.index("$2,000"))
    ('low', None)
    >>> prior = "Gold leapt beyond its prior record of $2,075."
    >>> print(record_side(prior, prior.index("$2,075")))
    None
    """
    before = sentence[max(0, at - 80) : at]
    m = _RECORD_BEFORE.search(before)
    if m is None or _NOT_STANDING.search(before, 0, m.start()):
        return None
    return "low" if (m.group("side") or "").lower() in _LOW else "high"


def standing_days(
    market: Market, asset: str, side: str, level: float, calendar: pd.DatetimeIndex
) -> pd.Series:
    """Over ``calendar``: has ``asset`` stayed within :data:`STANDING_TOLERANCE` of
    ``level`` on ``side`` (its closes and, where stored, the day's highs or lows) up to
    and including each day? A day before the data starts holds (nothing known).

    Examples
    --------
    >>> days = pd.bdate_range("2026-03-02", periods=3)
    >>> m = Market({"btc": pd.Series([90.0, 80.0, 81.0], index=days)})
    >>> standing_days(m, "btc", "low", 80.0, days).tolist()
    [True, True, True]
    """
    values = [market.close(asset)]
    frame = market.ranges.get(asset)
    if frame is not None:
        values.append(frame["high" if side == "high" else "low"].dropna())
    both = pd.concat(values, axis=1, sort=True)
    if side == "high":
        held = both.max(axis=1).cummax() <= level * (1 + STANDING_TOLERANCE)
    else:
        held = both.min(axis=1).cummin() >= level * (1 - STANDING_TOLERANCE)
    held.index = pd.DatetimeIndex(held.index).normalize()
    held = held.groupby(level=0).min()
    out = held.reindex(held.index.union(calendar)).ffill().reindex(calendar)
    return out.fillna(True).astype(bool)


def standing_record(claim: Claim, sentence: str, market: Market, held: pd.Series) -> pd.Series:
    """``held`` (over article days) kept to the days the record stood near the level, when
    ``claim`` is a price its sentence states as the standing record (:func:`record_side`);
    else, or when no day would be left, ``held`` unchanged."""
    if claim.kind != "level" or claim.level is None or claim.asset is None:
        return held
    at = sentence.find(claim.words)
    if at < 0:
        return held
    figure = re.search(r"(?:US|USD\s*)?\$?\d", claim.words)  # the price in the words
    side = None if figure is None else record_side(sentence, at + figure.start())
    if side is None:
        return held
    kept = held & standing_days(
        market, claim.asset, side, claim.level, pd.DatetimeIndex(held.index)
    )
    return kept if bool(kept.any()) else held
