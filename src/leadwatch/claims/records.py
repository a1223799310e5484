"""Records relative to a window ("highest since 2012", "a 13-month high"), records said of a
past month, and moves measured from a peak or a low (pure: series in, results out).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.extract import Claim
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2024-01-01", "2024-12-31")
>>> m = Market({"silver": pd.Series(range(len(days)), index=days, dtype=float)})
>>> c = Claim(0, "record", "silver", "6-month high", "high", window="last:6:month")
>>> relative_record(c, pd.Timestamp("2024-12-31"), m)[0]
'confirmed'
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.anchorgrade import anchor_span
from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import event_day
from leadwatch.claims.eventwindows import fed_rates
from leadwatch.claims.extract import Claim
from leadwatch.claims.market import Market, record_days
from leadwatch.claims.nearrecords import near_all_time, near_record
from leadwatch.claims.policyrecords import POLICY_OPS, grade_policy_record
from leadwatch.claims.text import since_when
from leadwatch.claims.vocabulary import MONTH_NAME_RE, SPAN_DAYS, month_number
from leadwatch.claims.windows import resolve_window, since_period

__all__ = [
    "from_extreme",
    "past_record",
    "peak_value",
    "record_bound",
    "record_value",
    "relative_record",
    "window_extreme",
]

_Result = tuple[str, str, dict[str, Any]]


_MONTH_COMMA_YEAR = re.compile(rf"^(since:(?:{MONTH_NAME_RE})\.?),\s*((?:19|20)\d\d)$")
#: A "since" record's last beyond may lie this share of the span after the date named:
#: another feed or close time ("first time since September 14, 2011": the fix was last
#: higher a week later; "lowest since January 2022": a close a month later, 3 years on).
SINCE_SLACK = 0.03


def record_bound(
    window: str, day: pd.Timestamp, rates: pd.Series | None = None
) -> tuple[pd.Timestamp, str] | None:
    """The latest date the last close beyond a "since"/"N-year" record may lie on."""
    window = _MONTH_COMMA_YEAR.sub(r"\1 \2", window)  # "since January, 2022": that month
    if window.startswith("last:"):
        _, n, unit = window.split(":")
        span = SPAN_DAYS[unit] * int(n)
        return day - pd.Timedelta(days=int(0.8 * span)), f"a {n}-{unit} record"
    period = since_period(window)
    if period is not None and period[1] >= day:  # "its 2026 highs" in 2026: of the period so far
        return period[0] - pd.Timedelta(days=1), f"since the start of {window[6:].strip()}"
    if period is not None:
        return period[1], f"since {window[6:].strip()}"
    found = resolve_window(window, day, rates)
    if found is None:
        return None
    start = found[0] + pd.Timedelta(days=1)
    if window.startswith("since:") and not re.search(r"\d", window):
        start = pd.Timestamp(start + pd.offsets.MonthEnd(0))  # "since January": in January
    return start, found[1]


def _past_month(c: Claim, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day of the month a record is said of, when it is one before the
    article's month (``None``: no month, or the article's own)."""
    if c.when is None or c.when[0] != "month":
        return None
    year, month = c.when[1]
    year = year or (day.year if month <= day.month else day.year - 1)
    first = pd.Timestamp(year=year, month=month, day=1)
    if (year, month) >= (day.year, day.month):
        return None
    return first, pd.Timestamp(first + pd.offsets.MonthEnd(0))


def window_extreme(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """ "The 52-week low of 96.40": the window's highest close or range within 2%. "A
    three-year high of 104.5 on March 3": the window to that day, its extreme set on that
    day (or the day before, a late session showing in the next close)."""
    assert c.asset is not None and c.window is not None and c.level is not None
    _, n, unit = c.window.split(":")
    on = event_day(c.when, day) if c.when is not None and c.when[0] == "date" else None
    end = day if on is None else on
    start = end - pd.Timedelta(days=SPAN_DAYS[unit] * int(n))
    closes = market.close(c.asset).loc[start:end]
    if closes.empty:
        return "not checkable", f"no data over the {n} {unit}s to the date", {}
    low = c.op == "low"
    series = [closes]
    rng = market.ranges.get(c.asset)
    if rng is not None and len(rng.loc[start:end]):
        series.append(rng.loc[start:end, "low" if low else "high"])
    values = [float(x.min() if low else x.max()) for x in series]
    ok = any(abs(v / c.level - 1) <= 0.02 for v in values)
    if on is not None:  # the extreme was set that day: the days' extreme is the window's
        days = [x.loc[on - pd.Timedelta(days=1) : on] for x in series]
        set_then = [
            len(d) and float(d.min() if low else d.max()) == v
            for d, v in zip(days, values, strict=True)
        ]
        ok = ok and any(set_then)
    text = (
        f"{market.source(c.asset)}: {'lowest' if low else 'highest'} over the {n} {unit}s to "
        f"{end.date()}: " + " / ".join(f"{v:,.2f}" for v in values) + f" against {c.level:,.2f}"
        " (within 2%)"
        + ("" if on is None else f"; set on {on.date()} or the day before: {'yes' if ok else 'no'}")
    )
    return ("confirmed" if ok else "contradicted"), text, {"values": values}


def record_value(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """ "Far under the record high of about $40": the record close (or range extreme)
    before the date is within 2% of the value stated."""
    assert c.asset is not None and c.level is not None
    low = c.op == "low"
    closes = market.close(c.asset).loc[:day]
    if closes.empty:
        return "not checkable", f"no {c.asset} data by {day.date()}", {}
    found = [(float(closes.min() if low else closes.max()), "close")]
    rng = market.ranges.get(c.asset)
    if rng is not None and len(rng.loc[:day]):
        side = rng["low" if low else "high"].loc[:day]
        found.append((float(side.min() if low else side.max()), "intraday"))
    ok = any(abs(v / c.level - 1) <= 0.02 for v, _ in found)
    text = (
        f"{market.source(c.asset)} record {'low' if low else 'high'} by {day.date()}: "
        + " / ".join(f"{v:,.2f} ({what})" for v, what in found)
        + f" against {c.level:,.2f} (within 2%)"
    )
    return ("confirmed" if ok else "contradicted"), text, {"values": [v for v, _ in found]}


def peak_value(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """ "Since topping out above $4,380 in April": the top close (or intraday high) of the
    month named (of the day named: "peaked at $72,000 on Tuesday"; else of the year to the
    date) stands as stated: above (at least 0.5%
    under it or higher), below ("shy of": at most 0.5% over it and within 10%), or at it
    (within 2%)."""
    assert c.asset is not None and c.level is not None
    op = (c.window or "peak:at").split(":")[1]
    start = day - pd.Timedelta(days=365)
    end = day
    anchor = anchor_span((c.window or "").split(":", 2)[-1], day)  # "peak:at:ago:2:month"
    if anchor is not None:
        start, end, _ = anchor
    elif c.when is not None and c.when[0] == "month":
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        start = pd.Timestamp(year=year, month=month, day=1)
        end = min(day, pd.Timestamp(start + pd.offsets.MonthEnd(0)))
    elif c.when is not None and c.when[0] in ("weekday", "yesterday", "date", "today"):
        end = event_day(c.when, day)  # "peaked at $72,000 on Tuesday": that day's top
        start = end - pd.Timedelta(days=1)  # (or the day before: another clock)
    closes = market.close(c.asset).loc[start:end]
    if closes.empty:
        return "not checkable", f"no {c.asset} data from {start.date()} to {end.date()}", {}
    tops = [float(closes.max())]
    rng = market.ranges.get(c.asset)
    if rng is not None and len(rng.loc[start:end]):
        tops.append(float(rng["high"].loc[start:end].max()))
    x = c.level
    ok = any(_peak_fits(op, v, x) for v in tops)
    text = (
        f"{market.source(c.asset)} top from {start.date()} to {end.date()}: "
        + " / ".join(f"{v:,.2f}" for v in tops)
        + f" ({'close' if len(tops) == 1 else 'close / intraday'}) against {op} {x:,.2f}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"tops": tops}


def _peak_fits(op: str, top: float, level: float) -> bool:
    if op == "above":
        return top >= 0.995 * level
    if op == "below":
        return 0.9 * level <= top <= 1.005 * level
    return abs(top / level - 1) <= 0.02


def relative_record(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A high (low) that beats every close since the stated time, on the day (the day
    named) or the trading day before: the last earlier value beyond it lies in the named
    period or before it. Like is compared with like: the day's close with earlier closes,
    or the day's intraday extreme (where the store has a range) with earlier extremes and
    closes ("under $100,000 for the first time in five months" fails on an earlier low)."""
    assert c.asset is not None and c.window is not None
    if c.op in POLICY_OPS:  # "the first rate cut since 2020": the rate's steps
        return grade_policy_record(c, day, market)
    if c.window == "ever" and "near" in c.qualifiers:  # "near record highs": by, not at
        return near_all_time(c, event_day(c.when, day) if c.when else day, market)
    found = record_bound(c.window, day, fed_rates(market))
    if found is None:
        return "not checkable", f"the window {c.window!r} is not a date leadwatch can read", {}
    bound, label = found
    if "near" in c.qualifiers:  # "held near a 13-month high": by the record, not at it
        return near_record(c, day, market, bound, label)
    closes = market.close(c.asset)
    low = c.op == "low"
    tries = []
    named = c.when is not None and c.when[0] in ("weekday", "yesterday", "date")
    on = event_day(c.when, day) if named else day  # "its highest in four weeks on Monday"
    side = market.ranges.get(c.asset)
    past = _past_month(c, day)  # "in early February it sank to a 16-month low": a day of it
    tried = closes.loc[:on].index[-2:]
    if "last_week" in c.qualifiers:  # "as last week ended, its highest since"
        tried = closes.loc[_period_before("week", on)[0] : on].index
    elif "recent" in c.qualifiers:  # "had recently dipped to a four-year low": this week
        tried = closes.loc[on - pd.Timedelta(days=7) : on].index
    for d in closes.loc[past[0] : past[1]].index if past else tried:
        if past is not None:  # the span back counts from that day
            found = record_bound(c.window, pd.Timestamp(d), fed_rates(market))
            bound = (found or (bound, label))[0]
        earlier = closes.loc[: d - pd.Timedelta(days=1)]
        pairs = [(float(closes.loc[d]), earlier)]  # a close against earlier closes
        r = market.range_on(c.asset, d)
        if r is not None and side is not None:  # the day's extreme against earlier extremes
            extremes = side["low" if low else "high"].loc[: d - pd.Timedelta(days=1)].dropna()
            pairs.append((r[0] if low else r[1], pd.concat([earlier, extremes])))
        for v, before in pairs:
            beyond = before[before < v] if low else before[before > v]
            last = pd.Timestamp(beyond.index.max()) if len(beyond) else None
            slack = max(pd.Timedelta(0), (pd.Timestamp(d) - bound) * SINCE_SLACK)
            tries.append((last is None or last <= bound + slack, d, v, last))
    if not tries:
        return "not checkable", f"no {c.asset} data by {day.date()}", {}
    ok, d, v, last = max(tries, key=lambda t: t[0])
    beyond_text = "never (a record)" if last is None else f"last on {last.date()}"
    text = (
        f"{market.source(c.asset)} {v:,.2f} on {pd.Timestamp(d).date()}: a close "
        f"{'below' if low else 'above'} it was {beyond_text}; {label} needs none after "
        f"{bound.date()} (give or take {SINCE_SLACK:.0%} of the span: feeds differ)"
    )
    data = {"value": v, "last_beyond": None if last is None else str(last.date())}
    return ("confirmed" if ok else "contradicted"), text, data


def past_record(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A record said of a past month, or of the calendar week or month before the article's
    ("last week's record highs", window ``past:week``), or of the days just before it
    (``past:lately``, "eased from record peaks"): did one happen then (up to the date)?"""
    assert c.asset is not None
    anchor = anchor_span((c.window or "")[5:], day)  # "record highs three months ago"
    if c.window in ("past:week", "past:month"):
        start, end = _period_before(c.window[5:], day)
        said = f"the {c.window[5:]} of {start.date()}"
    elif c.window == "past:mtd":  # "the record it set earlier this month": the month so far
        start, end, said = day.replace(day=1), day, f"{day:%B %Y} to date"
    elif c.window == "past:lately":  # "retreated from record highs": one in the days before
        start, end, said = day - pd.Timedelta(days=7), day, "the week to the article date"
    elif anchor is not None:
        start, end, said = anchor
    elif c.when is None:  # "a record in 2026" read in a 2025 article: a time after it
        said = (c.window or "")[5:]
        return "not checkable", f"the time {said!r} cannot be read before {day.date()}", {}
    else:
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        start = pd.Timestamp(year=year, month=month, day=1)
        end = min(day, pd.Timestamp(start + pd.offsets.MonthEnd(0)))
        said = f"{start:%B %Y}"
    held = record_days(market, c.asset, c.op or "high").loc[start:end]
    ok = bool(held.any())
    days = pd.DatetimeIndex(held[held].index)
    text = f"record {c.op} of {market.source(c.asset)} in {said}: " + (
        f"yes, first on {days[0].date()}" if ok else "none"
    )
    return ("confirmed" if ok else "contradicted"), text, {"month": f"{start:%Y-%m}"}


def _period_before(unit: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The calendar week (Monday to Sunday) or month before the one holding ``day``.

    >>> [str(d.date()) for d in _period_before("week", pd.Timestamp("2026-02-06"))]
    ['2026-01-26', '2026-02-01']
    """
    if unit == "week":
        monday = day.normalize() - pd.Timedelta(days=day.weekday())
        return monday - pd.Timedelta(days=7), monday - pd.Timedelta(days=1)
    first = day.normalize().replace(day=1)
    return first - pd.offsets.MonthBegin(1), first - pd.Timedelta(days=1)


def from_extreme(c: Claim, day: pd.Timestamp, market: Market) -> _Result:
    """A move from the peak (trough) of the past two years to the date."""
    assert c.asset is not None
    window, _, until = (c.window or "peak").partition("@")  # "@ago:12:week": ended back then
    kind, _, unit = window.partition(":")
    ends = anchor_span(until, day) if until else None
    day = ends[1] if ends is not None else day
    start = day - pd.Timedelta(days={"week": 7, "month": 31, "year": 365}.get(unit, 730))
    when = c.when
    if unit.startswith("in:"):  # "from its March peak", "from its August 2025 peak"
        name, _, written = unit[3:].partition(" ")
        when = ("month", (int(written or 0), month_number(name)))
    if unit.startswith("since:"):  # "since soaring above $117,000 after Friday's speech"
        start = event_day(since_when(unit), day)
    if when is not None and when[0] == "month":  # "from its low in January"
        year, month = when[1]
        year = year or (day.year if month <= day.month else day.year - 1)
        start = pd.Timestamp(year=year, month=month, day=1)
    end = day
    if c.when is not None and c.when[0] in ("date", "weekday", "yesterday"):
        end = event_day(c.when, day)  # "... through April 8": the move ends that day
    closes = market.close(c.asset).loc[start:end]
    if len(closes) < 2:
        return "not checkable", "not enough data before the date", {}
    if ends is not None:  # the close of that past time that fits the stated move best
        closes = closes.loc[: _best_end(c, closes, ends[0])]
    pos = int(np.argmax(closes.to_numpy()) if kind == "peak" else np.argmin(closes.to_numpy()))
    ref_day = pd.Timestamp(closes.index[pos])
    ref, last = float(closes.iloc[pos]), float(closes.iloc[-1])
    ch = last / ref - 1.0 if not market.is_rate(c.asset) else last - ref
    ok = _fits(c, ch)
    text = (
        f"{market.source(c.asset)} {kind} {ref:,.2f} on {ref_day.date()} -> "
        f"{last:,.2f} on {closes.index[-1].date()}: {ch:+.1%}"
    )
    rng = market.ranges.get(c.asset)
    if not ok and rng is not None and not market.is_rate(c.asset):  # the intraday extreme
        side = rng["high" if kind == "peak" else "low"].loc[start:end].dropna()
        if len(side):
            extreme = float(side.max() if kind == "peak" else side.min())
            intraday = last / extreme - 1.0
            at = int(np.argmax(side.to_numpy()) if kind == "peak" else np.argmin(side.to_numpy()))
            on = pd.Timestamp(side.index[at])
            text += f"; from the intraday {kind} {extreme:,.2f} ({on.date()}): {intraday:+.1%}"
            if _fits(c, intraday):
                ok, ch, ref = True, intraday, extreme
    return ("confirmed" if ok else "contradicted"), text, {"change": ch, "reference": ref}


def _best_end(c: Claim, closes: pd.Series, first: pd.Timestamp) -> pd.Timestamp:
    """The day from ``first`` on whose close, against the extreme before it, comes nearest
    the stated move of ``c`` (a time "12 weeks ago" is a span of days)."""
    top = closes.cummax() if c.op == "down" else closes.cummin()
    moves = (closes / top - 1.0).loc[first:]
    if moves.empty:
        return pd.Timestamp(closes.index[-1])
    stated = (c.pct or 0.0) / 100 * (1 if c.op == "up" else -1)
    gaps = (moves - stated).abs().to_numpy()
    return pd.Timestamp(moves.index[int(np.argmin(gaps))])


def _fits(c: Claim, ch: float) -> bool:
    """The direction, and the stated size within 1 pp or a quarter of it (a floor, "more
    than 8% from recent highs", or a ceiling as stated: :func:`fits_stated`)."""
    ok = ch > 0 if c.op == "up" else ch < 0
    if c.pct is not None and np.isfinite(ch):
        stated = c.pct / 100 * (1 if c.op == "up" else -1)
        ok = ok and fits_stated(ch, stated, tuple(q for q in c.qualifiers if q in _BOUNDS))
    return bool(ok)


_BOUNDS = ("more", "less")
