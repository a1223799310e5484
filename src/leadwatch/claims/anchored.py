"""Dating evidence from claims tied to a day named without a year (pure).

"The all-time high of $126,210 recorded on Oct. 6" and "the first time below $100,000
since June 22" say nothing of the article's day, but a great deal of its year: the level
held on the last 6 October before the article, the record low reaches back to the last
22 June. For each candidate article date these helpers place the named day in the year
before it and ask whether the claim held there.

Examples
--------
>>> yearless_since("since:June 22"), yearless_since("since:early May"), yearless_since("since:2012")
((6, 22), (5, None), None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from leadwatch.claims.market import Market, record_days
from leadwatch.claims.model import Claim, Extraction
from leadwatch.claims.monthlevels import held_in_month, level_in_month, month_level
from leadwatch.claims.sincerecords import close_or_intraday
from leadwatch.claims.vocabulary import MONTH_RE, month_number

__all__ = [
    "anchored_near",
    "in_named_month",
    "in_named_span",
    "last_named_day",
    "month_claim_days",
    "named_day_fade",
    "on_named_day",
    "record_in_month",
    "year_anchors",
    "yearless_since",
    "yearless_since_days",
]

_YEARLESS = re.compile(
    rf"since:(?:early |mid-?|late |(?P<start>the (?:start|beginning) of ))?(?P<month>{MONTH_RE})\.?"
    r"(?: (?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?$"
)
#: A "since" day is the start of the span, give or take this many days (a weekend, a fix).
_DAY_SLACK = pd.Timedelta(days=3)


def yearless_since(window: str | None) -> tuple[int, int | None] | None:
    """``(month, day)`` of a "since" window named without a year (day ``None`` for a whole
    month); ``None`` for any other window."""
    m = _YEARLESS.match((window or "").strip())
    if m is None:
        return None
    day = m.group("day") or ("1" if m.group("start") else None)  # "since the start of May"
    return month_number(m.group("month")), int(day) if day else None


def last_named_day(month: int, dom: int, days: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """For each day of ``days``, the last ``month``/``dom`` on or before it (29 February
    falls back to the 28th in other years).

    >>> days = pd.DatetimeIndex(["2025-11-05", "2025-03-01"])
    >>> [str(d.date()) for d in last_named_day(10, 6, days)]
    ['2025-10-06', '2024-10-06']
    """
    back = np.where((days.month > month) | ((days.month == month) & (days.day >= dom)), 0, 1)
    years = days.year - back
    frame = pd.DataFrame({"year": years, "month": month, "day": 1})
    firsts = pd.DatetimeIndex(pd.to_datetime(frame))
    last_dom = firsts + pd.offsets.MonthEnd(0)
    return firsts + pd.to_timedelta(np.minimum(dom, last_dom.day) - 1, unit="D")


#: A claim tied to a day named without a year counts fully this many days after that day ...
_FRESH_DAYS = 90
#: ... then less and less, down to this share a year after it (a recap looks back weeks,
#: rarely a whole year: "closed at $X by Halloween" is weak evidence for a date months on).
_STALE_SHARE = 0.25


def named_day_fade(claim: Claim, calendar: pd.DatetimeIndex) -> np.ndarray:
    """Per article date of ``calendar``, the share of its weight a claim tied to a day named
    without a year ("$X on October 3") keeps: 1 up to 90 days after the last such day,
    then falling linearly to 0.25 a year after it; 1 for any other claim.

    >>> from leadwatch.claims.model import Claim
    >>> c = Claim(0, "level", "btc", "at $1", op="at", level=1.0, when=("date", (10, 3)))
    >>> days = pd.DatetimeIndex(["2025-10-20", "2026-03-03", "2026-09-30"])
    >>> [round(float(x), 2) for x in named_day_fade(c, days)]
    [1.0, 0.83, 0.26]
    """
    if claim.when is None or claim.when[0] != "date":
        return np.ones(len(calendar))
    month, dom = claim.when[1]
    age = np.asarray((calendar - last_named_day(month, dom, calendar)).days, dtype=float)
    span = 365.0 - _FRESH_DAYS
    share = 1.0 - (1.0 - _STALE_SHARE) * (age - _FRESH_DAYS) / span
    return np.asarray(np.clip(share, _STALE_SHARE, 1.0), dtype=float)


def on_named_day(
    held: pd.Series,
    month: int,
    dom: int,
    calendar: pd.DatetimeIndex,
    sessions: pd.Series | None = None,
) -> pd.Series:
    """Over ``calendar`` (article dates): did ``held`` (a daily series of whether the claim
    held, with non-trading days carried) hold on the last ``month``/``dom`` before it, or
    the day before that? ``sessions`` (the claim's days, trading days only): a weekday
    with no session also takes the next session's ("at 14.5 on Jan. 1": January 2's)."""
    named = last_named_day(month, dom, calendar)
    flags = held[~held.index.duplicated()].astype(bool)
    on = flags.reindex(named, fill_value=False).to_numpy(dtype=bool) | flags.reindex(
        named - pd.Timedelta(days=1), fill_value=False
    ).to_numpy(dtype=bool)
    if sessions is not None and len(sessions):
        days = sessions[~sessions.index.duplicated()].sort_index()
        at = days.index.searchsorted(named).clip(max=len(days) - 1)
        nxt = days.index[at]
        shut = (
            ~named.isin(days.index)
            & (named.day_of_week < 5)
            & (nxt - named <= pd.Timedelta(days=4))
        )
        on |= shut & days.to_numpy(dtype=bool)[at]
    return pd.Series(on, index=calendar)


def yearless_since_days(
    market: Market, asset: str, hl: str, month: int, dom: int | None
) -> pd.Series:
    """Days that are the highest (lowest) since the last ``month``/``dom`` before them (the
    whole month when ``dom`` is ``None``): the last close beyond the day's lies in that
    span, and the span is over; or so for the day's high (low) against earlier highs
    (lows), where the series has a day's range ("its lowest since Dec. 10 earlier in the
    session" is an intraday low)."""
    return close_or_intraday(market, asset, hl, lambda prev: in_named_span(prev, month, dom))


def in_named_span(prev: pd.Series, month: int, dom: int | None) -> pd.Series:
    """Whether each day's earlier date ``prev`` lies in the last ``month``/``dom`` before the
    day (the whole month when ``dom`` is ``None``), that span being over.

    >>> days = pd.DatetimeIndex(["2025-11-04", "2025-06-20"])
    >>> prev = pd.Series(pd.DatetimeIndex(["2025-06-18", "2025-06-02"]), index=days)
    >>> in_named_span(prev, 6, None).tolist()
    [True, False]
    """
    days = pd.DatetimeIndex(prev.index).normalize()
    if dom is None:
        first = last_named_day(month, 1, days)
        last = first + pd.offsets.MonthEnd(0)
    else:
        named = last_named_day(month, dom, days)
        first, last = named - _DAY_SLACK, named + _DAY_SLACK
    since = pd.DatetimeIndex(prev.to_numpy())
    inside = (since >= first) & (since <= last) & (days > last)
    return pd.Series(np.asarray(inside, dtype=bool), index=prev.index)


def year_anchors(extraction: Extraction) -> list[Claim]:
    """Prices, bounds and records the text ties to a day named without a year ("the all-time high
    of $126,210 recorded on Oct. 6"), prices quoted in a named month: not the article's
    day, but evidence of its year."""
    return [
        c
        for c in extraction.claims
        if (
            c.kind in ("level", "record")
            and c.when is not None
            and c.when[0] == "date"
            and c.window is None
            and c.op in ("at", "high", "low", "above", "below")
        )
        or month_level(c)  # "the coin that touched $126,000 in October"
    ]


def in_named_month(claim: Claim) -> bool:
    """Whether ``claim`` is a record or a quoted price placed in a named month."""
    is_record = claim.kind == "record" and claim.when is not None and claim.when[0] == "month"
    return is_record or month_level(claim)


def month_claim_days(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """Per article date, whether a record or a price placed in a named month held in the
    last such month up to it (:func:`record_in_month`, :func:`.monthlevels.level_in_month`)."""
    if claim.kind == "record":
        return record_in_month(claim, market, calendar)
    return level_in_month(claim, market, calendar)


def record_in_month(claim: Claim, market: Market, calendar: pd.DatetimeIndex) -> pd.Series:
    """A record placed in a named month ("a new all-time high in early October"): for each
    article date, was there such a record in the last such month up to that date?"""
    assert claim.when is not None
    year, month = claim.when[1]
    records = record_days(market, claim.asset or "", claim.op or "high")
    return held_in_month(records, calendar, year, month)


def anchored_near(near: pd.Series, held_by: Sequence[tuple[Claim, pd.Series, float]]) -> pd.Series:
    """Of the near-tie days ``near``, those on which every year anchor holds (a price tied
    to a day named without a year, :func:`year_anchors`), where some do: such a claim fixes
    the year, and a closer fit of the other prices in another year does not outrank it.

    >>> days = pd.date_range("2026-01-05", periods=3)
    >>> c = Claim(0, "level", "btc", "$126,210", "at", 126210.0, when=("date", (10, 6)))
    >>> anchor = pd.Series([False, True, True], index=days)
    >>> anchored_near(pd.Series(True, index=days), [(c, anchor, 0.5)]).tolist()
    [False, True, True]
    """
    every = near.copy()
    for c, held, _ in held_by:
        if c.when is not None and c.when[0] == "date" and c.kind == "level":
            every &= held.reindex(near.index, fill_value=False).astype(bool)
    return every if bool(every.any()) else near
