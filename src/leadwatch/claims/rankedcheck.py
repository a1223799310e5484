"""Grading records of moves (see :mod:`leadwatch.claims.extremes`, which reads them): the
move over the latest period to the article date against every period of the span, and the
period changes it ranks (to-date moves, run lengths, calendar periods) (pure).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.eventday import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.recordcounts import check_record_count
from leadwatch.claims.vocabulary import MONTH_RE, MONTHS, YEAR_RE, month_number
from leadwatch.claims.windows import resolve_window, since_period

__all__ = [
    "check_move_record",
    "dated_since",
    "latest_period",
    "period_returns",
    "run_lengths",
    "to_date_moves",
]


def to_date_moves(closes: pd.Series, day: pd.Timestamp) -> pd.Series:
    """Each year's change from the last close of the year before to its last close by the
    calendar day of ``day`` (the year's start so far), dated by that close.

    >>> days = pd.to_datetime(["2024-12-31", "2025-01-31", "2025-12-31", "2026-02-02"])
    >>> to_date_moves(pd.Series([10.0, 12.0, 20.0, 15.0], index=days), days[-1]).round(2).tolist()
    [0.2, -0.25]
    """
    out = {}
    for year in sorted(set(pd.DatetimeIndex(closes.index).year))[1:]:
        base = closes.loc[: pd.Timestamp(year=year - 1, month=12, day=31)]
        end = day.replace(year=year, day=min(day.day, 28) if day.month == 2 else day.day)
        seen = closes.loc[pd.Timestamp(year=year, month=1, day=1) : end]
        if len(base) and len(seen):
            out[seen.index[-1]] = float(seen.iloc[-1] / base.iloc[-1] - 1.0)
    return pd.Series(out, dtype=float)


def run_lengths(moves: pd.Series, at: pd.Timestamp, sign: float) -> pd.Series:
    """The length of every run of periods that moved the ``sign`` way: the runs ended before
    the one through ``at``, each dated by its first period (a run "in 2018" began then, if
    it ended in 2019), then that one's length so far, dated ``at``.

    >>> days = pd.date_range("2026-01-01", periods=8)
    >>> m = pd.Series([1.0, 1.0, -1.0, 1.0, -1.0, 1.0, 1.0, 1.0], index=days)
    >>> run_lengths(m, m.index[-1], 1.0).tolist()
    [2, 1, 3]
    """
    up = (sign * moves.loc[:at] > 0).astype(int)
    runs = up.groupby((up == 0).cumsum()).cumsum()
    last = np.flatnonzero(((runs > 0) & (runs.shift(-1, fill_value=0) == 0)).to_numpy())
    last = last[last < len(runs) - 1]  # the run through ``at`` is the one ranked
    first = runs.index[last - runs.to_numpy()[last] + 1]
    earlier = pd.Series(runs.to_numpy()[last], index=first)
    out: pd.Series = pd.concat([earlier, pd.Series([int(runs.iloc[-1])], index=[at])])
    return out.astype(int)


def period_returns(closes: pd.Series, period: str) -> pd.Series:
    """The change of ``closes`` over each calendar ``period`` (``D`` a session, ``W`` a week
    to Friday, ``W6`` six weeks to a Friday, ``M``, ``Q``, ``Y``, ``H`` a half; ``Q1``,
    ``H2``: that part of each year only), dated by the period's end; the last one runs to
    the last close (to date).

    >>> days = pd.to_datetime(["2026-01-30", "2026-02-27", "2026-03-04"])
    >>> period_returns(pd.Series([1.0, 2.0, 3.0], index=days), "M").round(2).tolist()
    [1.0, 0.5]
    """
    if period[0] == "D":  # "D3": each change over three sessions
        return closes.pct_change(int(period[1:] or 1)).dropna()
    if period[0] == "W" and period[1:]:  # "W6": each change over six weeks to a Friday
        return closes.resample("W-FRI").last().dropna().pct_change(int(period[1:])).dropna()
    last = closes.resample({"W": "W-FRI", "M": "ME", "Y": "YE"}.get(period[0], "QE")).last()
    if period[0] == "H":  # a quarter to March (September) is part of the half to June (December)
        ends = [d + pd.offsets.QuarterEnd(1) if d.month % 6 else d for d in last.index]
        last = last.groupby(pd.DatetimeIndex(ends)).last()
    moves = last.dropna().pct_change().dropna()
    factor = {"H": 6, "M": 1}.get(period[0], 3)  # "its worst Q1 since 2022", "M9": Septembers
    part = int(period[1:] or 0) * factor
    return moves[pd.DatetimeIndex(moves.index).month == part] if part else moves


def latest_period(moves: pd.Series, day: pd.Timestamp) -> pd.Timestamp | None:
    """The end of the latest period of ``moves`` (:func:`period_returns`) an article of
    ``day`` tells of: the last one ended by then, or the current one when two thirds of it
    are past ("its strongest annual rise", in December)."""
    done = moves[moves.index <= day]
    at = pd.Timestamp(done.index[-1]) if len(done) else None
    if len(moves) and moves.index[-1] > day and at is not None:
        length = (moves.index[-1] - at).days
        if (day - at).days >= 2 / 3 * length:
            at = pd.Timestamp(moves.index[-1])
    return at


def dated_since(window: str, day: pd.Timestamp) -> str:
    """ "since:May last year" -> "since:May 2025"; "since:December" -> the last December
    before the article date."""
    window = re.sub(r"\blast year\b", str(day.year - 1), window, flags=re.IGNORECASE)
    window = re.sub(r"^since:last ", "since:", window, flags=re.IGNORECASE)  # "last September"
    month = re.fullmatch(r"since:(?:(?:early|mid-?|late) )?([A-Z][a-z]+)", window)
    if month and month.group(1).lower() in MONTHS:  # "since late March": in March
        number = MONTHS.index(month.group(1).lower()) + 1
        return f"since:{month.group(1)} {day.year if number < day.month else day.year - 1}"
    return window


_SINCE_DAY = re.compile(
    rf"since:(?:(?P<month>{MONTH_RE})\.? (?P<day>[0-3]?\d),? (?P<year>{YEAR_RE})"
    rf"|(?P<day2>[0-3]?\d) (?P<month2>{MONTH_RE})(?:,? (?P<year2>{YEAR_RE}))?)"
)


_DECADE = re.compile(r"since:the (?:(?P<part>early|mid|late)-? ?)?(?P<decade>\d{3}0)s")
#: The years of a decade's part: "the early 1980s" 1980-83, "the mid-1980s" 1984-86.
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}


def _since_decade(window: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The years of a decade a "since" record goes back to ("since:the early 1980s": 1980 to
    1983); none for another window.

    >>> [d.year for d in _since_decade("since:the mid-1990s")]
    [1994, 1996]
    """
    m = _DECADE.fullmatch(window)
    if m is None:
        return None
    first, last = _DECADE_PARTS[m.group("part")]
    decade = int(m.group("decade"))
    return pd.Timestamp(year=decade + first, month=1, day=1), pd.Timestamp(
        year=decade + last, month=12, day=31
    )


def _since_day(window: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The day a "since" record names ("since:June 17, 2021", "since:10 April": the last
    10 April before the article ``day``), as a one-day span."""
    m = _SINCE_DAY.fullmatch(window)
    if m is None:
        return None
    month = month_number(m.group("month") or m.group("month2"))
    date = int(m.group("day") or m.group("day2"))
    year = m.group("year") or m.group("year2")
    try:
        on = pd.Timestamp(year=int(year or day.year), month=month, day=date)
    except ValueError:
        return None
    if year is None and on >= day:  # a yearless day ahead of the article: last year's
        on = on.replace(year=on.year - 1)
    return on, on


def _period_start(window: str, day: pd.Timestamp) -> pd.Timestamp | None:
    """The day before the span of "since the start of 2023" (``ytd`` for "... of the year")
    opens: the periods ranked are all those after it, none in the time before needed."""
    if window != "ytd" and not re.match(r"since:the (?:start|beginning|outset) of ", window):
        return None
    found = resolve_window(re.sub(r"beginning|outset", "start", window), pd.Timestamp(day))
    return None if found is None else found[0]


#: The kinds of time that name one session: "on Monday", "yesterday", "on March 4".
_DAY_WHENS = ("weekday", "yesterday", "date")


#: A session's move ranked by its size in money, not in percent ("the biggest one-day fall
#: in dollar terms in three years", "its biggest one-day point drop").
_IN_DOLLARS = re.compile(
    r"\bin (?:US )?dollar terms\b|\b(?:dollar|point)s? (?:drop|fall|loss|gain|rise)", re.I
)


def check_move_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Is the latest period's move (to the article date, or the session before it) the
    most extreme of the span? See the module doc. A metal's session is also ranked on its
    futures when the London fix, taken at noon, misses it ("its steepest one-day drop in a
    decade" after a US-afternoon rout). An intraday swing that closes do not rank first is
    inconclusive: the data hold no intraday ranks. A session named ("on Monday") is the one
    ranked. A span record ("in two years") needs the last move beyond it at least the span
    less half a unit back (a rounded count)."""
    if (c.op or "").startswith("count:"):  # "its sixth straight record close"
        return check_record_count(c, day, market)
    assert c.asset is not None and c.op is not None
    if c.op.endswith(":D") and c.when is not None and c.when[0] in _DAY_WHENS:
        day = event_day(c.when, day)  # "on Monday, its biggest one-day fall in a year"
    settled = FUTURES.get(c.asset, "") if "futures" in c.qualifiers else ""
    series = settled if market.has(settled) else c.asset  # the futures session's rank
    result = _ranked_on(c, day, market, series)
    fut = FUTURES.get(c.asset, "")
    if result[0] != "contradicted" or not c.op.endswith(":D") or series == fut:
        return result
    if market.has(fut) and len(market.close(fut).loc[day - pd.Timedelta(days=3) : day]):
        second = _ranked_on(c, day, market, fut)
        result = (second[0], f"{result[1]}; on the futures: {second[1]}", second[2])
    if result[0] == "contradicted" and "intraday" in c.qualifiers:
        why = "; an intraday swing, which closes cannot rank"
        return "inconclusive", result[1] + why, result[2]
    return result


def _ranked_on(
    c: Claim, day: pd.Timestamp, market: Market, series: str
) -> tuple[str, str, dict[str, Any]]:
    assert c.asset is not None and c.op is not None and c.window is not None
    side, period = c.op.split(":")
    sign = -1.0 if side == "worst" else 1.0
    closes = market.close(series).loc[:day]
    moves = to_date_moves(closes, day) if period == "YTD" else period_returns(closes, period)
    dollars = period[0] == "D" and bool(_IN_DOLLARS.search(c.words))  # "in dollar terms"
    moves = closes.diff(int(period[1:] or 1)).dropna() if dollars else moves
    if period == "YTD":  # "its worst start to a year": this year's, to the article date
        at = moves.index[-1] if len(moves) else None
    elif period[0] == "D":
        recent = moves.iloc[-2:]  # the article day or the session before it
        at = recent.index[int(np.argmax(sign * recent.to_numpy()))] if len(recent) else None
        if "streak" in c.qualifiers and len(recent) and sign * recent.iloc[-1] > 0:
            at = recent.index[-1]  # a run through the article day: its whole length
    else:  # the latest period that ended by the article date ("Q1" on 4 April)
        at = latest_period(moves, day)
    pinned = [q[3:] for q in c.qualifiers if q.startswith("at:")]  # "in 2024, its biggest"
    if pinned and period[0] == "Y":
        years = moves.index[pd.DatetimeIndex(moves.index).year == int(pinned[0])]
        at = years[-1] if len(years) else at
    if at is None:
        return "not checkable", f"no {c.asset} moves by {day.date()}", {}
    if "streak" in c.qualifiers:  # "its longest losing streak": the runs' lengths, ranked
        moves, sign = run_lengths(moves, at, sign).astype(float), 1.0
    value = float(moves.loc[at])
    rank = next((int(q[5:]) for q in c.qualifiers if q.startswith("rank:")), 1)

    def beaten(other: pd.Series) -> bool:  # as many periods moved further as the rank says
        return int((sign * other >= sign * value).sum()) == rank - 1

    unseen = False  # a span before the series starts: no move there to compare
    start = _period_start(c.window, day)
    if start is not None:  # "since the start of 2023": every period from then, none before
        ok = beaten(moves[(moves.index > start) & (moves.index < at)])
        label = f"every period since {(start + pd.Timedelta(days=1)).date()}"
    elif c.window.startswith("since:"):
        span = (
            _since_day(c.window, pd.Timestamp(day))
            or _since_decade(c.window)
            or since_period(dated_since(c.window, pd.Timestamp(day)))
        )
        if span is None:
            return "not checkable", f"the span {c.window!r} is not a date leadwatch can read", {}
        after = moves[(moves.index > span[1]) & (moves.index < at)]
        inside = moves[(moves.index >= span[0]) & (moves.index <= span[1])]
        ok = beaten(after) and bool((sign * inside >= sign * value).any())
        label = f"every period after {span[1].date()}, and one in {c.window[6:]} beyond it"
        unseen = inside.empty and beaten(after) and (closes.index[0] > span[1])
        label += f" (the series starts on {closes.index[0].date()})" if unseen else ""
    elif c.window == "ever":  # "its best year ever": of every period in the data
        earlier = moves[moves.index < at]
        ok = beaten(earlier)
        label = "every period in the data"
    else:
        _, n, unit = c.window.split(":")
        back = {
            "year": pd.DateOffset(years=int(n)),
            "week": pd.DateOffset(weeks=int(n)),
            "day": pd.DateOffset(days=int(n)),
        }.get(unit, pd.DateOffset(months=int(n)))
        # "2 years": 18 months on; "500 days": 500 days
        half = pd.Timedelta(days={"year": 182, "week": 3, "day": 0}.get(unit, 15))
        start = at - back + half
        earlier = moves[(moves.index >= start) & (moves.index < at)]
        ok = beaten(earlier)
        label = f"every period since {pd.Timestamp(start).date()}"
    moved = f"moved {value:+,.2f}" if dollars else f"moved {value:+.2%}"
    moved = f"ran {value:.0f} periods its way in a row" if "streak" in c.qualifiers else moved
    text = (
        f"{market.source(series)} {moved} in the period to {pd.Timestamp(at).date()}; "
        f"the {side if rank == 1 else f'{side} but {rank - 1}'} of {label}: "
        + ("yes" if ok else "the data do not reach back" if unseen else "no")
    )
    status = "confirmed" if ok else "inconclusive" if unseen else "contradicted"
    return status, text, {"move": value, "period_end": str(at)}
