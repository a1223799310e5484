"""Records of moves: "its sharpest one-day fall in six years", "the worst quarterly
performance since 2022" (pure).

:func:`move_records` reads them as claims of kind ``record`` whose ``op`` is
``worst:<period>`` or ``best:<period>`` (period ``D`` a session, ``W``, ``M``, ``Q``,
``Y``) and whose window is the span (``last:5:year``, ``since:2022``).
:func:`check_move_record` checks one: the move over the latest period to the article
date is the most extreme of every period in the span (for ``since``: of every period
after the named one, and one in it was more extreme).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The S&P 500 suffered its sharpest one-day fall in six years."
>>> [(c.asset, c.op, c.window) for c in move_records(s, find_assets(s), None, 0)]
[('spx', 'worst:D', 'last:6:year')]
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.compared import past_the_compared
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.multiday import MULTI_DAY_PERIODS
from leadwatch.claims.vocabulary import (
    MONTH_NAME_RE,
    MONTHS,
    ORDINALS,
    ROUGHLY_RE,
    YEAR_RE,
    count_re,
    count_value,
)
from leadwatch.claims.windows import find_windows, since_period

__all__ = [
    "RANKED_OVER",
    "check_move_record",
    "latest_period",
    "move_records",
    "period_returns",
    "ranked_asset",
    "run_lengths",
    "span_window",
    "to_date_moves",
]

#: A period's adjective and its code: "one-day", "weekly".
_PERIODS = {
    **dict.fromkeys(("single-day", "one-day", "daily", "single-session"), "D"),
    **{"weekly": "W", "monthly": "M", "quarterly": "Q", "annual": "Y", "yearly": "Y"},
    **MULTI_DAY_PERIODS,  # "its biggest two-day decline": D2
}
_PERIOD_CODES = {"day": "D", "session": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
# "since 2022", "since March 1980", "since May last year", "since late March"
_SINCE_WORDS = (
    rf"(?:(?:early|mid-?|late) )?(?:(?:[A-Z][a-z]+ )?(?:{YEAR_RE}|last year)|(?:{MONTH_NAME_RE})\b)"
)
# "in more than five years", "in a decade": the span a record is ranked over
_SPAN = (
    rf"in {ROUGHLY_RE}(?:(?P<n>{count_re(10)}) (?P<unit>year|month|decade)s|a (?P<decade>decade)"
    r"|(?:a|one) (?P<unit1>year|month)\b|(?P<decades>decades)\b)"
)
# what a record is ranked over: "since March 1980", "in more than five years", "ever"
RANKED_OVER = (  # "since records began in 1973": since 1973
    r"(?:since (?:(?:[\w'\u2019-]+ ){1,4}(?:began|started|launched|were created|was created) in )?"
    rf"(?P<since>{_SINCE_WORDS})|{_SPAN}|(?P<ever>ever|on record)\b)"
)
_DOWN_WORDS = (
    *("drop", "fall", "decline", "loss", "slide", "selloff", "sell-off", "plunge"),
    *("nosedive", "crash", "rout", "tumble", "collapse", "slump"),
)
_UP_WORDS = ("gain", "rise", "rally", "jump", "advance", "surge", "run")
#: The superlatives that rank a move ("the sharpest fall", "its biggest gain").
_RANK = "worst|biggest|steepest|sharpest|largest|best"
_MOVE_RECORD_RE = re.compile(
    rf"\b(?P<ext>{_RANK}|strongest)\s+"
    rf"(?:(?P<per>{'|'.join(_PERIODS)})\s+)?(?:percentage |point )?"
    rf"(?P<what>{'|'.join(_DOWN_WORDS + _UP_WORDS)}"
    rf"|performance)s?\s+{RANKED_OVER}",
    re.IGNORECASE,
)
# "its worst day since December", "the best week in five years": a period's move, ranked.
_PERIOD_RECORD_RE = re.compile(
    r"(?:\b(?:its|the|their)|['\u2019]s) (?P<ext>worst|best|weakest|strongest) (?:calendar )?"
    rf"(?P<per>{'|'.join(_PERIOD_CODES)})\s+{RANKED_OVER}",
    re.IGNORECASE,
)
# "its 12 per cent plunge - the largest since May 1998": a session's move, then its rank.
_AFTER_MOVE_RE = re.compile(
    rf"\b(?P<what>{'|'.join(_DOWN_WORDS + _UP_WORDS)})s?\s*[\u2014\u2013,:-]+\s*(?:the|its) "
    rf"(?P<ext>{_RANK}) since (?P<since>{_SINCE_WORDS})",
    re.IGNORECASE,
)


# "its worst start to a year since 2018", "the best year-to-date performance on record": the
# change from the last close of the year before, ranked against the same span of other years
_START_RECORD_RE = re.compile(
    r"(?:\b(?:its|the|their)|['\u2019]s) (?P<ext>worst|best|weakest|strongest) (?:"
    r"start to (?:a|the|any) (?:calendar )?year|(?:year-to-date|ytd) (?:performance|start|run)s?)"
    rf"\s+{RANKED_OVER}",
    re.IGNORECASE,
)
# "its longest losing streak since 2022", "the longest weekly winning run in more than a year",
# "its longest run of monthly gains since 2017": the length of the run, ranked
_STREAK_RECORD_RE = re.compile(
    r"(?:\b(?:its|the|their)|['\u2019]s) (?P<ext>longest) "
    r"(?:(?P<per>daily|weekly|monthly|annual) )?"
    r"(?:(?:(?P<up>winning|rally)|(?P<down>losing)) (?:streak|run)|(?:streak|run) of (?:"
    r"(?P<per2>daily|weekly|monthly|annual) )?(?:(?P<up2>gains|advances|rises)|(?P<down2>"
    rf"losses|declines|falls|drops)))\s+{RANKED_OVER}",
    re.IGNORECASE,
)


#: "the 2nd-best week", "its second-largest drop", "the third-worst day": a rank below the
#: top, which the record of a move is not
ORDINAL = re.compile(
    rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(ORDINALS)})"
    r"[- ](?:\w+est[- ](?:[\w-]+ ){0,3})?$",
    re.IGNORECASE,
)


def ranked_asset(
    s: str, m: re.Match[str], mentions: list[AssetMention], subject: str | None
) -> str | None:
    """The asset whose move ``m`` ranks: the last one named before it, else the subject;
    none for a move ranked below the top ("the 2nd-best week since 2023")."""
    if ORDINAL.search(s[: m.start("ext")]):
        return None
    before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
    return past_the_compared(s, mentions, m.start(), before[-1]) if before else subject


# The period a sentence's move is told over: "annual gains", "in 2025", "this week".
_TOLD_PERIOD = re.compile(
    rf"\b(?:(?P<Y>annual|yearly|(?:this|the|calendar) year|in {YEAR_RE}|year-to-date)"
    r"|(?P<Q>quarterly|this quarter)|(?P<M>monthly|this month)|(?P<W>weekly|this week))\b",
    re.IGNORECASE,
)


def _period_told(s: str, pos: int) -> str:
    """The period of "its best performance" from the words before it ("heading for annual
    growth near 60%, its best performance since 2008": a year); a session when none."""
    told = list(_TOLD_PERIOD.finditer(s, 0, pos))
    return next((k for k, v in told[-1].groupdict().items() if v), "D") if told else "D"


def span_window(m: re.Match[str]) -> str:
    """The window of a ranked move: ``since:...``, ``last:10:year`` or ``last:N:unit``."""
    if m.group("since"):
        return "since:" + m.group("since")
    if m.group("ever"):
        return "ever"
    if m.group("decade") or m.group("decades"):  # "in decades": at least two
        return f"last:{20 if m.group('decades') else 10}:year"
    if m.group("unit1"):  # "in over a year"
        return f"last:1:{m.group('unit1').lower()}"
    n, unit = count_value(m.group("n")), m.group("unit").lower()
    return f"last:{10 * n}:year" if unit == "decade" else f"last:{n}:{unit}"


def _stated_period(s: str) -> str:
    """The period of a ranked move that names none ("up 150% in 2025, its best performance
    since 1979"): the one every window of the sentence is of, else a session."""
    codes = {_WINDOW_PERIODS.get(w.split(":")[0]) for _, w in find_windows(s)}
    return codes.pop() or "D" if len(codes) == 1 else "D"


#: The period of a stated window ("in 2025": a year; "this week": a week).
_WINDOW_PERIODS = {"day": "D", "week": "W", "month": "M", "mtd": "M"} | dict.fromkeys(
    ("ytd", "year", "cal"), "Y"
)


def move_records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Records of moves stated in sentence ``s`` (number ``i``); a move ranked below the top
    ("the 2nd-best week since 2023") is none."""
    out = []
    for m in _MOVE_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        if asset is None:
            continue
        what, ext = m.group("what").lower(), m.group("ext").lower()
        worst = what in _DOWN_WORDS or ext == "worst"
        if what == "performance" and ext in ("best", "strongest"):
            worst = False
        per = _PERIODS[m.group("per").lower()] if m.group("per") else _period_told(s, m.start())
        per = per if m.group("per") or per != "D" else _stated_period(s)  # "up 25% this year"
        op = f"{'worst' if worst else 'best'}:{per}"
        out.append(Claim(i, "record", asset, m.group(0), op, window=span_window(m)))
    for m in _AFTER_MOVE_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        if asset is not None:
            worst = m.group("what").lower() in _DOWN_WORDS or m.group("ext").lower() == "worst"
            op = f"{'worst' if worst else 'best'}:D"
            out.append(
                Claim(i, "record", asset, m.group(0), op, window="since:" + m.group("since"))
            )
    for m in _PERIOD_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        if asset is None or any(c.asset == asset for c in out):
            continue
        side = "worst" if m.group("ext").lower() in ("worst", "weakest") else "best"
        op = f"{side}:{_PERIOD_CODES[m.group('per').lower()]}"
        out.append(Claim(i, "record", asset, m.group(0), op, window=span_window(m)))
    return out + _ranked_runs(s, mentions, subject, i)


def _ranked_runs(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Ranked starts of a year (op ``worst:YTD``) and ranked streaks (qualifier ``streak``:
    the run's length is ranked) stated in sentence ``s``."""
    out = []
    for m in _START_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        side = "worst" if m.group("ext").lower() in ("worst", "weakest") else "best"
        if asset is not None:
            out.append(Claim(i, "record", asset, m.group(0), f"{side}:YTD", window=span_window(m)))
    for m in _STREAK_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        per = _PERIODS.get((m.group("per") or m.group("per2") or "daily").lower(), "D")
        side = "best" if m.group("up") or m.group("up2") else "worst"
        if asset is not None:
            window = span_window(m)
            out.append(
                Claim(
                    i,
                    "record",
                    asset,
                    m.group(0),
                    f"{side}:{per}",
                    window=window,
                    qualifiers=("streak",),
                )
            )
    return out


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
    to Friday, ``M``, ``Q``, ``Y``, ``H`` a half; ``Q1``, ``H2``: that part of each year
    only), dated by the period's end; the last one runs to the last close (to date).

    >>> days = pd.to_datetime(["2026-01-30", "2026-02-27", "2026-03-04"])
    >>> period_returns(pd.Series([1.0, 2.0, 3.0], index=days), "M").round(2).tolist()
    [1.0, 0.5]
    """
    if period[0] == "D":  # "D3": each change over three sessions
        return closes.pct_change(int(period[1:] or 1)).dropna()
    last = closes.resample({"W": "W-FRI", "M": "ME", "Y": "YE"}.get(period[0], "QE")).last()
    if period[0] == "H":  # a quarter to March (September) is part of the half to June (December)
        ends = [d + pd.offsets.QuarterEnd(1) if d.month % 6 else d for d in last.index]
        last = last.groupby(pd.DatetimeIndex(ends)).last()
    moves = last.dropna().pct_change().dropna()
    part = int(period[1:] or 0) * (6 if period[0] == "H" else 3)  # "its worst Q1 since 2022"
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


def _dated(window: str, day: pd.Timestamp) -> str:
    """ "since:May last year" -> "since:May 2025"; "since:December" -> the last December
    before the article date."""
    window = re.sub(r"\blast year\b", str(day.year - 1), window, flags=re.IGNORECASE)
    month = re.fullmatch(r"since:(?:(?:early|mid-?|late) )?([A-Z][a-z]+)", window)
    if month and month.group(1).lower() in MONTHS:  # "since late March": in March
        number = MONTHS.index(month.group(1).lower()) + 1
        return f"since:{month.group(1)} {day.year if number < day.month else day.year - 1}"
    return window


def check_move_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Is the latest period's move (to the article date, or the session before it) the
    most extreme of the span? See the module doc. A metal's session is also ranked on its
    futures when the London fix, taken at noon, misses it ("its steepest one-day drop in a
    decade" after a US-afternoon rout)."""
    assert c.asset is not None and c.op is not None
    settled = FUTURES.get(c.asset, "") if "futures" in c.qualifiers else ""
    series = settled if market.has(settled) else c.asset  # the futures session's rank
    result = _ranked_on(c, day, market, series)
    fut = FUTURES.get(c.asset, "")
    if result[0] != "contradicted" or not c.op.endswith(":D") or series == fut:
        return result
    if not market.has(fut) or not len(market.close(fut).loc[day - pd.Timedelta(days=3) : day]):
        return result
    second = _ranked_on(c, day, market, fut)
    return (second[0], f"{result[1]}; on the futures: {second[1]}", second[2])


def _ranked_on(
    c: Claim, day: pd.Timestamp, market: Market, series: str
) -> tuple[str, str, dict[str, Any]]:
    assert c.asset is not None and c.op is not None and c.window is not None
    side, period = c.op.split(":")
    sign = -1.0 if side == "worst" else 1.0
    closes = market.close(series).loc[:day]
    moves = to_date_moves(closes, day) if period == "YTD" else period_returns(closes, period)
    if period == "YTD":  # "its worst start to a year": this year's, to the article date
        at = moves.index[-1] if len(moves) else None
    elif period[0] == "D":
        recent = moves.iloc[-2:]  # the article day or the session before it
        at = recent.index[int(np.argmax(sign * recent.to_numpy()))] if len(recent) else None
        if "streak" in c.qualifiers and len(recent) and sign * recent.iloc[-1] > 0:
            at = recent.index[-1]  # a run through the article day: its whole length
    else:  # the latest period that ended by the article date ("Q1" on 4 April)
        at = latest_period(moves, day)
    if at is None:
        return "not checkable", f"no {c.asset} moves by {day.date()}", {}
    if "streak" in c.qualifiers:  # "its longest losing streak": the runs' lengths, ranked
        moves, sign = run_lengths(moves, at, sign).astype(float), 1.0
    value = float(moves.loc[at])
    if c.window.startswith("since:"):
        span = since_period(_dated(c.window, pd.Timestamp(day)))
        if span is None:
            return "not checkable", f"the span {c.window!r} is not a date leadwatch can read", {}
        after = moves[(moves.index > span[1]) & (moves.index < at)]
        inside = moves[(moves.index >= span[0]) & (moves.index <= span[1])]
        ok = bool((sign * after < sign * value).all() and (sign * inside >= sign * value).any())
        label = f"every period after {span[1].date()}, and one in {c.window[6:]} beyond it"
    elif c.window == "ever":  # "its best year ever": of every period in the data
        earlier = moves[moves.index < at]
        ok = bool((sign * earlier < sign * value).all())
        label = "every period in the data"
    else:
        _, n, unit = c.window.split(":")
        back = pd.DateOffset(years=int(n)) if unit == "year" else pd.DateOffset(months=int(n))
        start = at - back
        earlier = moves[(moves.index >= start) & (moves.index < at)]
        ok = bool((sign * earlier < sign * value).all())
        label = f"every period since {pd.Timestamp(start).date()}"
    moved = f"moved {value:+.2%}"
    moved = f"ran {value:.0f} periods its way in a row" if "streak" in c.qualifiers else moved
    text = (
        f"{market.source(series)} {moved} in the period to {pd.Timestamp(at).date()}; "
        f"the {side} of {label}: {'yes' if ok else 'no'}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"move": value, "period_end": str(at)}
