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
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import MONTHS
from leadwatch.claims.windows import since_period

__all__ = ["check_move_record", "move_records"]

_PERIODS = {
    "single-day": "D",
    "one-day": "D",
    "daily": "D",
    "single-session": "D",
    "weekly": "W",
    "monthly": "M",
    "quarterly": "Q",
    "annual": "Y",
    "yearly": "Y",
}
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
# "since 2022", "since March 1980", "since May last year"
_SINCE_WORDS = (
    r"(?:[A-Z][a-z]+ )?(?:(?:19|20)\d\d|last year)|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)
_MOVE_RECORD_RE = re.compile(
    r"\b(?P<ext>worst|biggest|steepest|sharpest|largest|best|strongest)\s+"
    r"(?:(?P<per>single-day|one-day|daily|single-session|weekly|monthly|quarterly|annual|yearly)"
    r"\s+)?(?:percentage |point )?"
    r"(?P<what>drop|fall|decline|loss|slide|sell-?off|plunge|gain|rise|rally|jump|advance"
    r"|performance)s?\s+"
    rf"(?:since (?P<since>{_SINCE_WORDS})"
    r"|in (?:more than |over |nearly |almost )?(?:(?P<n>\d+|two|three|four|five|six|seven|ten)"
    r" (?P<unit>year|month)s|a (?P<decade>decade)))",
    re.IGNORECASE,
)
# "its worst day since December", "the best week in five years": a period's move, ranked.
_PERIOD_RECORD_RE = re.compile(
    r"\b(?:its|the|their) (?P<ext>worst|best|weakest|strongest) (?P<per>day|session|week|month"
    r"|quarter|year)\s+(?:since (?P<since>(?:[A-Z][a-z]+ )?(?:(?:19|20)\d\d|last year))"
    r"|since (?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
    r"|in (?:more than |over |nearly |almost )?(?P<n>\d+|two|three|four|five|six|seven|ten)"
    r" (?P<unit>year|month)s)",
    re.IGNORECASE,
)
_PERIOD_CODES = {"day": "D", "session": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
# "its 12 per cent plunge - the largest since May 1998": a session's move, then its rank.
_AFTER_MOVE_RE = re.compile(
    r"\b(?P<what>drop|fall|decline|loss|slide|plunge|nosedive|crash|rout|tumble"
    r"|gain|rise|rally|jump|surge)s?\s*[\u2014\u2013,:-]+\s*(?:the|its) "
    r"(?P<ext>worst|biggest|steepest|sharpest|largest|best) since "
    rf"(?P<since>{_SINCE_WORDS})",
    re.IGNORECASE,
)
_DOWN_WORDS = (
    *("drop", "fall", "decline", "loss", "slide", "selloff", "sell-off", "plunge"),
    *("nosedive", "crash", "rout", "tumble"),
)


#: "the 2nd-best week", "its second-largest drop", "the third-worst day": a rank below the
#: top, which the record of a move is not
ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"[- ](?:\w+est[- ](?:[\w-]+ ){0,3})?$",
    re.IGNORECASE,
)


def move_records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Records of moves stated in sentence ``s`` (number ``i``); a move ranked below the top
    ("the 2nd-best week since 2023") is none."""
    out = []
    for m in _MOVE_RECORD_RE.finditer(s):
        if ORDINAL.search(s[: m.start("ext")]):
            continue
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else subject
        if asset is None:
            continue
        what, ext = m.group("what").lower(), m.group("ext").lower()
        worst = what in _DOWN_WORDS or ext == "worst"
        if what == "performance" and ext in ("best", "strongest"):
            worst = False
        op = f"{'worst' if worst else 'best'}:{_PERIODS[(m.group('per') or 'daily').lower()]}"
        if m.group("since"):
            window = "since:" + m.group("since")
        elif m.group("decade"):
            window = "last:10:year"
        else:
            n = m.group("n").lower()
            window = f"last:{_COUNT.get(n, n)}:{m.group('unit').lower()}"
        out.append(Claim(i, "record", asset, m.group(0), op, window=window))
    for m in _AFTER_MOVE_RE.finditer(s):
        if ORDINAL.search(s[: m.start("ext")]):
            continue
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else subject
        if asset is not None:
            worst = m.group("what").lower() in _DOWN_WORDS or m.group("ext").lower() == "worst"
            op = f"{'worst' if worst else 'best'}:D"
            out.append(
                Claim(i, "record", asset, m.group(0), op, window="since:" + m.group("since"))
            )
    for m in _PERIOD_RECORD_RE.finditer(s):
        if ORDINAL.search(s[: m.start("ext")]):
            continue
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else subject
        if asset is None or any(c.asset == asset for c in out):
            continue
        side = "worst" if m.group("ext").lower() in ("worst", "weakest") else "best"
        op = f"{side}:{_PERIOD_CODES[m.group('per').lower()]}"
        if m.group("n"):
            n = m.group("n").lower()
            window = f"last:{_COUNT.get(n, n)}:{m.group('unit').lower()}"
        else:
            window = "since:" + (m.group("since") or m.group("month"))
        out.append(Claim(i, "record", asset, m.group(0), op, window=window))
    return out


def _returns(closes: pd.Series, period: str) -> pd.Series:
    if period == "D":
        return closes.pct_change().dropna()
    rule = {"W": "W-FRI", "M": "ME", "Q": "QE", "Y": "YE"}[period]
    last = closes.resample(rule).last().dropna()
    return last.pct_change().dropna()


def _dated(window: str, day: pd.Timestamp) -> str:
    """ "since:May last year" -> "since:May 2025"; "since:December" -> the last December
    before the article date."""
    window = re.sub(r"\blast year\b", str(day.year - 1), window, flags=re.IGNORECASE)
    month = re.fullmatch(r"since:([A-Z][a-z]+)", window)
    if month and month.group(1).lower() in MONTHS:
        number = MONTHS.index(month.group(1).lower()) + 1
        return f"{window} {day.year if number < day.month else day.year - 1}"
    return window


def check_move_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Is the latest period's move (to the article date, or the session before it) the
    most extreme of the span? See the module doc."""
    assert c.asset is not None and c.op is not None and c.window is not None
    side, period = c.op.split(":")
    sign = -1.0 if side == "worst" else 1.0
    settled = FUTURES.get(c.asset, "") if "futures" in c.qualifiers else ""
    series = settled if market.has(settled) else c.asset  # the futures session's rank
    moves = _returns(market.close(series).loc[:day], period)
    if period == "D":
        recent = moves.iloc[-2:]  # the article day or the session before it
        at = recent.index[int(np.argmax(sign * recent.to_numpy()))] if len(recent) else None
    else:  # the latest period that ended by the article date ("Q1" on 4 April), or the
        done = moves[moves.index <= day]  # current one when two thirds of it are past
        at = done.index[-1] if len(done) else None
        if len(moves) and moves.index[-1] > day and at is not None:
            length = (moves.index[-1] - at).days
            if (day - at).days >= 2 / 3 * length:  # "its strongest annual rise", in December
                at = moves.index[-1]
    if at is None:
        return "not checkable", f"no {c.asset} moves by {day.date()}", {}
    value = float(moves.loc[at])
    if c.window.startswith("since:"):
        span = since_period(_dated(c.window, pd.Timestamp(day)))
        if span is None:
            return "not checkable", f"the span {c.window!r} is not a date leadwatch can read", {}
        after = moves[(moves.index > span[1]) & (moves.index < at)]
        inside = moves[(moves.index >= span[0]) & (moves.index <= span[1])]
        ok = bool((sign * after < sign * value).all() and (sign * inside >= sign * value).any())
        label = f"every period after {span[1].date()}, and one in {c.window[6:]} beyond it"
    else:
        _, n, unit = c.window.split(":")
        back = pd.DateOffset(years=int(n)) if unit == "year" else pd.DateOffset(months=int(n))
        start = at - back
        earlier = moves[(moves.index >= start) & (moves.index < at)]
        ok = bool((sign * earlier < sign * value).all())
        label = f"every period since {pd.Timestamp(start).date()}"
    text = (
        f"{market.source(series)} moved {value:+.2%} in the period to {pd.Timestamp(at).date()}; "
        f"the {side} of {label}: {'yes' if ok else 'no'}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"move": value, "period_end": str(at)}
