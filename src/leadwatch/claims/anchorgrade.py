"""The window a past time names, and a price graded on it (pure): the grading rules of
:mod:`leadwatch.claims.pastanchor` ("as low as $31.20 in March": March's low).

Examples
--------
>>> start, end, _ = anchor_span("ago:1:week", pd.Timestamp("2025-10-13"))
>>> str(start.date()), str(end.date())
('2025-10-02', '2025-10-10')
>>> [str(d.date()) for d in anchor_span("mon:2:0:early", pd.Timestamp("2026-03-01"))[:2]]
['2026-01-30', '2026-02-12']
>>> [str(d.date()) for d in anchor_span("day:12:30:0", pd.Timestamp("2026-01-05"))[:2]]
['2025-12-30', '2025-12-30']
>>> [str(d.date()) for d in anchor_span("wk:March 9", pd.Timestamp("2026-03-14"))[:2]]
['2026-03-09', '2026-03-13']
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from leadwatch.claims.dating import event_day
from leadwatch.claims.market import TOLERANCE, Market, level_days
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import SPAN_DAYS
from leadwatch.claims.weekof import resolve_week

__all__ = ["anchor_span", "grade_anchored", "reference_day"]

_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
#: Days of slack around "N units ago", and the share of the span added to them: "a year
#: ago" is that day give or take two weeks, never the months around it.
_SLACK = {"day": (1, 0.1), "week": (3, 0.1), "month": (10, 0.1), "year": (7, 0.02)}
#: Months of a part of a year ("late last year": September to December).
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "": (1, 12)}


def anchor_span(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """First and last day of the past time ``code`` for an article of ``day`` (``None``: not
    an anchor code, or a time after the article)."""
    kind, _, rest = code.partition(":")
    if kind == "ago":
        n, unit = rest.split(":")
        size = SPAN_DAYS[unit] * int(n)
        slack = pd.Timedelta(days=round(_SLACK[unit][0] + _SLACK[unit][1] * size))
        center = day - pd.Timedelta(days=size)
        return center - slack, min(day, center + slack), f"about {n} {unit}(s) before {day.date()}"
    if kind == "within":  # "less than two weeks ago": any day of the span up to the article
        n, unit = rest.split(":")
        start = day - pd.Timedelta(days=SPAN_DAYS[unit] * int(n))
        return start, day, f"within {n} {unit}(s) before {day.date()}"
    if kind == "this":  # "earlier this month (week)": from its start to the day before
        start = day.replace(day=1) if rest == "month" else day - pd.Timedelta(days=day.weekday())
        start = min(start, day - pd.Timedelta(days=1))
        return start, day, f"earlier in the {rest} of {day.date()}"
    if kind == "prev":
        back = pd.DateOffset(months=1) if rest == "month" else pd.DateOffset(days=7)
        start = pd.Timestamp(day - back).normalize()
        if rest == "month":
            start = start.replace(day=1)
            end = pd.Timestamp(start + pd.offsets.MonthEnd(0))
            return start, end, f"{start:%B %Y}"
        return start - pd.Timedelta(days=6), day - pd.Timedelta(days=1), "the week before"
    if kind == "yr":  # the year before the article's (-1) or its own (0), or a part of it
        offset, part = rest.split(":")
        which = day.year + int(offset)
        lo, hi = _PART_MONTHS[part]
        first = pd.Timestamp(year=which, month=lo, day=1)
        end = pd.Timestamp(year=which, month=hi, day=1) + pd.offsets.MonthEnd(0)
        return first, min(day, pd.Timestamp(end)), f"{part + ' ' if part else ''}{which}"
    if kind == "wk":  # a week named by its first day ("the week of January 19"): its days
        week = resolve_week(f"weekof:{rest}", day)
        return None if week is None else (week[0] + pd.Timedelta(days=1), week[1], week[2])
    if kind == "day":  # "the March 12 low": that day (the last one by the article's)
        mm, dd, yy = (int(x) for x in rest.split(":"))
        on = pd.Timestamp(year=yy or day.year, month=mm, day=dd)
        on = on if yy or on <= day else pd.Timestamp(on - pd.DateOffset(years=1))
        return (on, on, f"{on.date()}") if on <= day else None
    if kind == "year":  # "in 2024"; "early 2025": a third of it, as for ``yr``
        year, _, part = rest.partition(":")
        lo, hi = _PART_MONTHS[part]
        first = pd.Timestamp(year=int(year), month=lo, day=1)
        end = pd.Timestamp(pd.Timestamp(year=int(year), month=hi, day=1) + pd.offsets.MonthEnd(0))
        label = f"{part + ' ' if part else ''}{year}"
        return (first, min(day, end), label) if first <= day else None
    if kind != "mon":
        return None
    month, year, part = rest.split(":")
    y = int(year) or (day.year if int(month) <= day.month else day.year - 1)
    first = pd.Timestamp(year=y, month=int(month), day=1)
    last = pd.Timestamp(first + pd.offsets.MonthEnd(0))
    if first > day:
        return None
    label = f"{part + ' ' if part else ''}{first:%B %Y}"
    if part:
        lo, hi = _PART_DAYS[part]
        start = first + pd.Timedelta(days=lo - 3)
        last = min(last + pd.Timedelta(days=2), first + pd.Timedelta(days=hi + 1))
        first = max(start, first - pd.Timedelta(days=2))
    return first, min(day, last), label


def grade_anchored(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Grade a level said of a past time (window ``ext:SIDE:ANCHOR``; rules in the module
    docstring)."""
    assert c.asset is not None and c.level is not None and c.window is not None
    _, side, code = c.window.split(":", 2)
    day = min(day, event_day(c.when, day))  # "a 2026 low that week" (in March): to that day
    span = anchor_span(code, day)
    if span is None:
        return "not checkable", f"the time {code!r} cannot be read before {day.date()}", {}
    start, end, label = span
    closes = market.close(c.asset).loc[start:end]
    if closes.empty:
        return "not checkable", f"no {c.asset} data in {label}", {}
    frame = market.ranges.get(c.asset)
    rng = None if frame is None else frame.loc[start:end].dropna()
    highs = [float(closes.max())] + ([] if rng is None or rng.empty else [float(rng["high"].max())])
    lows = [float(closes.min())] + ([] if rng is None or rng.empty else [float(rng["low"].min())])
    values = {"high": highs, "low": lows}.get(side, highs + lows)
    level, op = c.level, "above" if c.op == "break" else c.op or "at"
    if op == "above":
        ok = max(values if side else highs) >= level * 0.995
    elif op == "below":
        ok = min(values if side else lows) <= level * 1.005
    else:
        lo = 0.97 if op == "near" else 0.98
        ok = any(level * lo <= v <= level * 1.02 for v in values)
    if not side and not ok and op in TOLERANCE:
        ok = bool(level_days(market, c.asset, op, level).loc[start:end].any())
    what = f"the {side} " if side else "the range "
    seen = f"{min(lows):,.2f}-{max(highs):,.2f}"
    text = (
        f"{c.asset} {op} {level:,.2f} as {what}of {label} ({start.date()} to {end.date()}): "
        f"{market.source(c.asset)} traded {seen} then (closes and any intraday range); "
        f"{'holds' if ok else 'does not hold'} "
        f"[2% of the window's extreme, or {TOLERANCE.get(op, op)}]"
    )
    data = {
        "start": str(start.date()),
        "end": str(end.date()),
        "low": min(lows),
        "high": max(highs),
    }
    return ("confirmed" if ok else "contradicted"), text, data


def reference_day(c: Claim, day: pd.Timestamp) -> pd.Timestamp:
    """The day a stated level speaks of: the end of the month named, of the past time a
    peak or extreme is anchored to, else the day named."""
    if (c.window or "").startswith("on:"):  # "January 21, 1980: gold spiked to $850"
        return pd.Timestamp((c.window or "")[3:])
    if c.kind == "level" and (c.window or "").startswith("cal:"):  # "at $1,800 in 2021"
        return min(day, pd.Timestamp(year=int((c.window or "")[4:]), month=12, day=31))
    if c.when is not None and c.when[0] == "month":
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        return min(day, pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0))
    anchor = (c.window or "").split(":", 2)[-1] if (c.window or "")[:3] in ("pea", "ext") else ""
    span = anchor_span(anchor, day) if anchor.count(":") else None  # "its ~$5,000 August peak"
    return span[1] if span is not None else event_day(c.when, day)
