"""Records a price stands near rather than at: "held near a 13-month high", "hovered near its
highest since May" (pure).

Extraction marks such a span record with the qualifier ``near`` (:func:`near_records`);
grading (:func:`near_record`) then asks that the day's close be within the level tolerance
(2%) of the window's extreme (the highest, or lowest, close of the span up to the day),
instead of the day's own close being one.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "The dollar held near a 13-month high."
>>> c = Claim(0, "record", "dxy", "13-month high", "high", window="last:13:month")
>>> near_records(s, [c])[0].qualifiers
('near',)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["NEAR_TOLERANCE", "near_all_time", "near_record", "near_records"]

#: How far the day's close may stand from the recent extreme and still be "near" it.
NEAR_TOLERANCE = 0.02
#: How far back the recent extreme may lie ("near a 13-month high" set in the last month).
_RECENT = pd.Timedelta(days=31)
# "near a", "close to its", "edging towards", "closing in on", "within striking distance of",
# "hovering around the", "not far from a fresh", and the verbs of an approach or a try
# ("nearing a", "approaching its", "tests multi-year highs"): the words before a span record
# that make the price stand by it, not at it.
_NEAR = re.compile(
    r"\b(?:near|around|not far (?:from|off)|near(?:s|ed|ing)|approach(?:es|ed|ing)?"
    r"|(?:close|closer) to|towards?|clos(?:e|es|ed|ing) in on|within (?:\w+ )?(?:reach|distance) of"
    r"|tests?|tested|testing|prob(?:es|ed|ing)|challeng(?:es|ed|ing)|flirt(?:s|ed|ing) with)\s+"
    r"(?:(?:a|an|its|the|their)\s+)?(?:(?:new|fresh|recent)\s+)?$",
    re.IGNORECASE,
)

# "highs not seen since May": the noun before a record told as levels last seen then
_SEEN = ("not seen", "last seen", "unseen", "not hit", "not reached")
_NOUN = re.compile(r"(?:highs?|lows?|levels?|peaks?|tops?)\s+$", re.IGNORECASE)

# "near the record peak set a day earlier", "near its high of $109,000 hit on Jan. 20": a given
# record told of its own day (graded on that day); without the day ("near its high of $109,000")
# the price stands near it
_OWN_DAY = re.compile(
    r"(?:\s*(?:of|at) (?:about |around |near )?(?:US)?\$?[\d.,]+"
    r"(?:\s*(?:k|thousand|million|billion|trillion)\b)?)?,?\s*(?:(?:that|which) )?(?:it |was )?"
    r"(?:hit|set|reached|touched|struck|notched|marked|made)\s+"
    r"(?:on|in|last|earlier|a day|the day|yesterday|just|only|this|\w+day)\b",
    re.IGNORECASE,
)


def near_records(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` of sentence ``s`` with each span record ("13-month high", "highest since
    May") that a "near" stands before qualified ``near``; others unchanged."""
    out = []
    for c in claims:
        at = s.find(c.words)
        span = (c.window or "").startswith(("last:", "since:"))
        before = s[max(0, at - 40) : at]
        if c.words.lower().startswith(_SEEN):  # "neared highs not seen since 2023"
            before = _NOUN.sub("", before)
        near = c.kind == "record" and at > 0 and bool(_NEAR.search(before))
        own_day = bool(_OWN_DAY.match(s, at + len(c.words)))  # "near the high set on Monday"
        if near and c.when is not None and c.when[0] == "date" and not own_day:
            c = replace(c, when=None)  # "near its high of Nov. 10": the price stands near it today
        if near and span:
            c = replace(c, qualifiers=(*c.qualifiers, "near"))
        elif near and c.window is None and c.level is None and not own_day:
            c = replace(c, window="ever", qualifiers=(*c.qualifiers, "near"))
        out.append(c)
    return out


def near_record(
    c: Claim, day: pd.Timestamp, market: Market, bound: pd.Timestamp, label: str
) -> tuple[str, str, dict[str, Any]]:
    """Grade a ``near`` record: the close on ``day`` (or the trading day before) is within
    :data:`NEAR_TOLERANCE` of the span's extreme, the extreme close after ``bound`` (the
    span's record, ``label``): one set in the month to ``day`` (a fresh record the price
    holds by) or an older one it comes back to ("neared highs not seen since 2023")."""
    assert c.asset is not None
    closes = market.close(c.asset).loc[:day].dropna()
    recent = closes.loc[day - _RECENT :]
    if recent.empty:
        return "not checkable", f"no {c.asset} data in the month to {day.date()}", {}
    low = c.op == "low"
    span = closes.loc[bound + pd.Timedelta(days=1) :]
    top_day = pd.DatetimeIndex(span.index)[int(span.argmin() if low else span.argmax())]
    top = float(span.loc[top_day])
    earlier = closes.loc[: top_day - pd.Timedelta(days=1)]
    beyond = earlier[earlier < top] if low else earlier[earlier > top]
    last = pd.Timestamp(beyond.index.max()) if len(beyond) else None
    gap = abs(float(recent.iloc[-1]) / top - 1)
    ok = gap <= NEAR_TOLERANCE
    beyond_text = "never (a record)" if last is None else f"last on {last.date()}"
    text = (
        f"{market.source(c.asset)} {'lowest' if low else 'highest'} close after "
        f"{bound.date()} ({label}) to {day.date()}: {top:,.2f} on {top_day.date()} (a close "
        f"{'below' if low else 'above'} it {beyond_text}); the day's close is {gap:.1%} from "
        f"it (near: within {NEAR_TOLERANCE:.0%})"
    )
    return ("confirmed" if ok else "contradicted"), text, {"value": top}


def near_all_time(c: Claim, on: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Grade a ``near`` all-time record ("the index trades near record highs"): the close on
    ``on`` (or the trading day before) is within :data:`NEAR_TOLERANCE` of the record close
    to then, wherever that was set.

    Parameters
    ----------
    c : Claim
        A record claim with window ``ever`` and the qualifier ``near``.
    on : pandas.Timestamp
        The day the text places the price on.
    market : Market
        The series.

    Returns
    -------
    tuple[str, str, dict[str, Any]]
        The status, the evidence text and the record's value.
    """
    assert c.asset is not None
    closes = market.close(c.asset).loc[:on].dropna()
    if closes.empty:
        return "not checkable", f"no {c.asset} data by {on.date()}", {}
    low = c.op == "low"
    top_day = pd.DatetimeIndex(closes.index)[int(closes.argmin() if low else closes.argmax())]
    top = float(closes.loc[top_day])
    gap = min(abs(float(v) / top - 1) for v in closes.iloc[-2:])
    ok = gap <= NEAR_TOLERANCE
    text = (
        f"{market.source(c.asset)} record {'low' if low else 'high'} close by {on.date()}: "
        f"{top:,.2f} on {top_day.date()}; the close then is {gap:.1%} from it "
        f"(near: within {NEAR_TOLERANCE:.0%})"
    )
    return ("confirmed" if ok else "contradicted"), text, {"value": top}
