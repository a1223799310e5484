"""Grade a stated price level on the day it speaks of (pure: series in, results out)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.anchorgrade import grade_anchored
from leadwatch.claims.carry import of_futures
from leadwatch.claims.closedlevels import HOVER_BAND, closes_only
from leadwatch.claims.closelists import grade_back
from leadwatch.claims.dating import claim_days, event_day
from leadwatch.claims.extract import Claim
from leadwatch.claims.extremes import latest_period, period_returns
from leadwatch.claims.market import TOLERANCE, Market, level_days
from leadwatch.claims.nights import trades_overnight
from leadwatch.claims.unseenreach import unseen_reach
from leadwatch.claims.vocabulary import NO_DOLLAR

__all__ = ["grade_level", "unseen_extreme"]


def _d(day: pd.Timestamp | None) -> str | None:
    return None if day is None else day.date().isoformat()


def _first_close_above(market: Market, asset: str, level: float) -> pd.Timestamp | None:
    """The hindsight rule (:func:`leadwatch.theses.hindsight.date_source`) on this level."""
    from leadwatch.errors import InfeasibleTest
    from leadwatch.theses.hindsight import date_source
    from leadwatch.theses.schema import DatingRule, Source

    rule = DatingRule(series=asset, first_close_above=level)
    try:
        dated = date_source(Source(article="claim", dated_by=rule), {asset: market.close(asset)})
    except InfeasibleTest:
        return None
    return dated.date


def _level_in_month(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """A level said of a month ("peaked above $124,000 in August"): held on a day of it."""
    assert c.asset is not None and c.level is not None and c.op is not None
    year, month = c.when[1] if c.when is not None else (0, day.month)
    year = year or (day.year if month <= day.month else day.year - 1)
    start = pd.Timestamp(year=year, month=month, day=1)
    end = min(day, pd.Timestamp(start + pd.offsets.MonthEnd(0)))
    held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[start:end]
    ok = bool(held.any())
    days = pd.DatetimeIndex(held[held].index)
    text = f"{c.describe()} in {start:%B %Y}: " + (
        f"held on {len(days)} days, first {days[0].date()}" if ok else "never"
    )
    return ("confirmed" if ok else "contradicted"), text + f" [{TOLERANCE[c.op]}]", {}


def _weekend_level(
    c: Claim, on: pd.Timestamp, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """A level said of a weekend day of a market closed then ("trading at $3,030 on Sunday
    evening"): the Friday close before it or the next session (Sunday evening trade is
    Monday's session), whichever the level holds on."""
    assert c.asset is not None and c.level is not None and c.op is not None
    start, end = (
        on - pd.Timedelta(days=on.weekday() - 4),
        min(day, on + pd.Timedelta(days=7 - on.weekday())),
    )
    held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[start:end]
    ok = bool(held.any())
    text = (
        f"{c.describe()} on {on:%A} {on.date()} (no session): the sessions from "
        f"{start.date()} to {end.date()}: "
        + (f"held on {held[held].index[0].date()}" if ok else "never")
    )
    return ("confirmed" if ok else "contradicted"), text + f" [{TOLERANCE[c.op]}]", {"on": _d(on)}


def grade_level(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """A stated level on its day: the month named, the date named, else the article date
    (or the day named) with the tolerance of its operator (:data:`TOLERANCE`)."""
    assert c.asset is not None and c.level is not None and c.op is not None
    if (c.window or "").startswith("end:"):  # "finished February at $65,000": that close
        on = period_close(c.window or "", c.asset, day, market)
        return grade_level(replace(c, window=f"on:{on.date()}"), day, market)
    if (c.window or "").startswith("ext:"):  # "as low as $31.20 in March": that window's
        return grade_anchored(c, day, market)
    if (c.window or "").startswith("back:"):  # "81,427 -> 80,010": a close k days before
        return grade_back(c, event_day(c.when, day), market)
    if c.when is not None and c.when[0] == "month":
        return _level_in_month(c, day, market)
    if (c.window or "").startswith("cal:"):  # "at $2,000 an ounce in 2023": a day of it
        year = int((c.window or "")[4:])
        start, end = (
            pd.Timestamp(year=year, month=1, day=1),
            pd.Timestamp(year=year, month=12, day=31),
        )
        held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[
            start : min(day, end)
        ]
        ok = bool(held.any())
        text = f"{c.describe()} in {year}: " + (
            f"held first on {held[held].index[0].date()}" if ok else "never"
        )
        return ("confirmed" if ok else "contradicted"), text + f" [{TOLERANCE[c.op]}]", {}
    if c.when == ("last", "month"):  # "touched $35 last month": a day of the month before
        before = day - pd.offsets.MonthBegin(1) - pd.Timedelta(days=1)
        return _level_in_month(replace(c, when=("month", (before.year, before.month))), day, market)
    if c.when == ("last", "week"):  # "hit $2,500 last week": a day of the two weeks before
        start, end = day - pd.Timedelta(days=13), day - pd.Timedelta(days=1)
        held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[start:end]
        ok = bool(held.any())
        text = f"{c.describe()} from {start.date()} to {end.date()}: " + (
            f"held first on {held[held].index[0].date()}" if ok else "never"
        )
        return ("confirmed" if ok else "contradicted"), text + f" [{TOLERANCE[c.op]}]", {}
    if c.when is not None and c.when[0] == "start":  # "opened the week at $3,030"
        opening = day.normalize() - pd.Timedelta(days=day.weekday())  # this week's Monday
        opening = opening if c.when[1] == "week" else day.normalize().replace(day=1)
        if str(c.when[1]).startswith("month:"):  # "started February at": its first day
            month = int(str(c.when[1])[6:])
            opening = pd.Timestamp(year=day.year - (month > day.month), month=month, day=1)
        start, end = opening - pd.Timedelta(days=3), min(day, opening + pd.Timedelta(days=1))
        held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[start:end]
        ok = bool(held.any())
        what = f"{opening:%B}" if str(c.when[1]).startswith("month:") else f"the {c.when[1]}"
        text = f"{c.describe()} at the start of {what} ({start.date()} to {end.date()})"
        return ("confirmed" if ok else "contradicted"), f"{text}: {'held' if ok else 'never'}", {}
    if c.when is not None and c.when[0] == "year_start":  # "began the year at $2,600"
        year = int(c.when[1]) or day.year
        start, end = (
            pd.Timestamp(year=year - 1, month=12, day=24),
            pd.Timestamp(year=year, month=1, day=7),
        )
        held = level_days(market, c.asset, c.op, c.level, later=of_futures(c)).loc[start:end]
        ok = bool(held.any())
        return (
            "confirmed" if ok else "contradicted",
            f"{c.describe()} around the start of {year} ({start.date()} to {end.date()}): "
            + ("held" if ok else "never")
            + f" [{TOLERANCE[c.op]}]",
            {"start": _d(start), "end": _d(end)},
        )
    on = event_day(c.when, day)
    weekend = c.when is not None and c.when[0] == "weekday" and on.weekday() >= 5
    if weekend and not trades_overnight(market, c.asset):  # "at $3,030 early Sunday evening"
        return _weekend_level(c, on, day, market)
    if (c.when is not None and c.when[0] == "date") or (c.window or "").startswith("on:"):
        on = event_day(c.when, day) if c.window is None else pd.Timestamp(c.window[3:])
        held = closes_only(
            c, market, level_days(market, c.asset, c.op, c.level, later=of_futures(c))
        )
        last = _session_from(held, on)
        held = held.loc[on - pd.Timedelta(days=1) : last]
        status = "confirmed" if bool(held.any()) else "contradicted"
        seen = market.asof(c.asset, last)
        close = f"; close {seen[1]:,.2f} on {seen[0].date()}" if seen else ""
        around = (
            "(or the day before)" if last == on else f"(a day with no session: to {last.date()})"
        )
        return (
            status,
            f"{c.describe()} on {on.date()} {around}{close} [{TOLERANCE[c.op]}]",
            {"on": _d(on)},
        )
    calendar = pd.date_range(day - pd.Timedelta(days=7), day)
    level = replace(c, qualifiers=tuple(q for q in c.qualifiers if q != "crossed_down"))
    ok = bool(claim_days(level, market, calendar).iloc[-1])  # a crossing dates; it never grades
    decided = not ok and "decided" in c.qualifiers  # a range a decision sets holds the day after
    after = pd.Timestamp(event_day(c.when, day) + pd.Timedelta(days=1))  # the decision's next day
    if decided:  # graded on the next day's rate, whatever day the sentence names
        ok = bool(claim_days(replace(c, when=None), market, pd.DatetimeIndex([after])).iloc[-1])
    on = event_day(c.when, day)
    seen = market.asof(c.asset, on)
    rng = market.range_on(c.asset, seen[0]) if seen else None
    data: dict[str, Any] = {"level": c.level, "op": c.op, "tolerance": TOLERANCE[c.op]}
    parts = []
    unit = "" if market.is_rate(c.asset) or c.asset in NO_DOLLAR else "$"  # "4.40", "$2,650.00"
    if seen is not None:
        data |= {"close_date": _d(seen[0]), "close": seen[1], "deviation": seen[1] / c.level - 1}
        parts.append(
            f"{market.source(c.asset)} closed at {seen[1]:,.2f} on {seen[0].date()} "
            f"({seen[1] / c.level - 1:+.1%} from {unit}{c.level:,.2f})"
        )
    if rng is not None:
        data |= {"range_low": rng[0], "range_high": rng[1]}
        name = market.range_names.get(c.asset, "the day's range")
        parts.append(f"{name} traded {rng[0]:,.2f}-{rng[1]:,.2f} that day")
    if c.op in ("at", "break", "above"):
        first = _first_close_above(market, c.asset, c.level)
        if first is not None:
            data["first_close_above"] = _d(first)
            parts.append(f"it first closed above {unit}{c.level:,.2f} on {first.date()}")
    if decided and (next_close := market.asof(c.asset, after)) is not None:
        parts.append(f"the range the decision sets holds from the next day: {next_close[1]:,.2f}")
    rule = TOLERANCE[c.op] + (
        f", within {HOVER_BAND:.0%} of it" if "close_to" in c.qualifiers else ""
    )
    return (
        ("confirmed" if ok else "contradicted"),
        "; ".join(parts) + f" [holds when: {rule}]",
        data,
    )


def _session_from(held: pd.Series, on: pd.Timestamp) -> pd.Timestamp:
    """``on``, or the first session after it when the market was shut that weekday ("at
    14.5 on Jan. 1": the year's first close, or the last before it); a weekend's level is
    the week's last close."""
    after = held.index[held.index >= on]
    if on.weekday() >= 5 or len(after) == 0 or after[0] == on:
        return on
    return pd.Timestamp(min(after[0], on + pd.Timedelta(days=4)))


def unseen_extreme(
    c: Claim,
    day: pd.Timestamp,
    market: Market,
    result: tuple[str, str, dict[str, Any]],
    sentence: str = "",
) -> tuple[str, str, dict[str, Any]]:
    """``result``, or ``inconclusive`` for a level told as the session's extreme ("reached a
    peak of 65.73") that the day's close contradicts only by lying inside it, on a series
    the store holds no high-low range of: a close below a stated high does not refute it.
    So for a level a move in ``sentence`` reached ("jumped to 4.60%"), within the usual
    session's reach of the close (:func:`leadwatch.claims.unseenreach.unseen_reach`)."""
    if c.kind != "level" or result[0] != "contradicted" or c.asset is None or c.window:
        return result
    seen = market.asof(c.asset, event_day(c.when, day))
    if seen is None or market.range_on(c.asset, seen[0]) is not None:
        return result
    at = sentence.find(c.words)
    brief = at > 0 and bool(_BRIEF.search(sentence, max(0, at - 40), at))  # "briefly broke 65"
    pair = market.close(c.asset).loc[: seen[0]].iloc[-2:]  # and the day moved toward it
    toward = len(pair) == 2 and (seen[1] - pair.iloc[0]) * ((c.level or 0.0) - seen[1]) > 0
    brief = brief and toward
    if not (_unseen_extreme(c, seen[1]) or brief):
        return unseen_reach(c, sentence, seen, market, result)
    note = "; no high-low range stored: a session extreme beyond the close is unseen"
    return "inconclusive", result[1] + note, result[2]


#: A level told as touched within the session: "briefly broke above 65", "at one point".
_BRIEF = re.compile(
    r"\b(?:briefly|momentarily|intraday|at one point|in early trading|earlier in the session)\b"
    r"[^.;,]{0,30}$",
    re.IGNORECASE,
)
#: A level told as the session's extreme: "a peak of 65.73", "an intraday low of", "as high as".
_EXTREME = re.compile(
    r"^(?:(?:an? |its |the )?(?:intraday |session |day's |daily )?(?P<hl>peak|high|top|spike"
    r"|low|bottom|trough)s? (?:of|at|near)\b|as (?P<as>high|low) as\b)",
    re.IGNORECASE,
)


def _unseen_extreme(c: Claim, close: float) -> bool:
    """Whether ``c`` is a session's extreme ("reached a peak of 65.73") that lies beyond
    the day's ``close`` on its own side: a close below a stated high does not refute it."""
    m = _EXTREME.match(c.words)
    if m is None or c.level is None:
        return False
    low = (m.group("hl") or m.group("as") or "").lower() in ("low", "bottom", "trough")
    return close >= c.level if low else close <= c.level


def period_close(window: str, asset: str, day: pd.Timestamp, market: Market) -> pd.Timestamp:
    """The day of the close a level told as a period's close is read on (window ``end:...``,
    :func:`leadwatch.claims.periodmoves.period_closes`): the period's last trading day by
    the article date ``day``.

    >>> from leadwatch.claims.market import Market
    >>> gold = pd.Series(1.0, index=pd.bdate_range("2025-12-01", "2026-03-10"))
    >>> period_close("end:M:2", "gold", pd.Timestamp("2026-03-10"), Market({"gold": gold})).date()
    datetime.date(2026, 2, 27)
    """
    _, period, *named = window.split(":")
    closes = market.close(asset).loc[:day]
    if named and period == "Y":
        end = pd.Timestamp(year=int(named[0]), month=12, day=31)
    elif named:
        month = int(named[0])
        year = day.year if month <= day.month else day.year - 1
        end = pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)
    else:  # a week's close is its last session's ("ended the week at"), never one so far
        moves = period_returns(closes, period)
        weeks = moves.index[moves.index <= day]
        latest = (
            (weeks.max() if len(weeks) else None) if period == "W" else latest_period(moves, day)
        )
        end = day if latest is None else pd.Timestamp(latest)
    seen = closes.loc[: min(end, day)]
    return pd.Timestamp(seen.index[-1]) if len(seen) else day
