"""Figures said of the session's open, graded on the day's opening price (pure).

"Gold opened 1.2% higher", "bitcoin opened the day down 3%", "the dollar index was up 0.4%
at the open", "gold opened at $3,473": the figure is the open, not the close. Where the
store holds the day's open (a series stored with open/high/low, or the futures behind a
London fix, see :func:`leadwatch.api.claims.market_from_store`), a move said of the open
is graded from the close before to that open (or from the close it names: "opened at
$3,473, up 1.2% from Friday's close", :func:`open_from_start`), and a price said of the
open is confirmed when the open lies within :data:`OPEN_TOLERANCE` of it (another feed's
open; a miss is left to the level's other rules, as a quote of the session). Without an
open in the store the figure keeps its other grades (a moment of the session: never
contradicted on closes).

Examples
--------
>>> [said_at_open(s, "1.2% higher") for s in ("Gold opened 1.2% higher on Monday",
...                                          "Gold closed 1.2% higher after a weak open")]
[True, False]
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["OPEN_TOLERANCE", "graded_at_open", "open_from_start", "open_on", "said_at_open"]

#: How far another feed's opening price may lie from the stored open (a Globex or exchange
#: open against the bar's first trade).
OPEN_TOLERANCE = 0.005

Result = tuple[str, str, dict[str, Any]]

# "opened", "opens", "at the open", "at the opening bell", "on the open": before the figure
# in its clause, with no later time of the session between ("closed", "later", "then").
_AT_THE_OPEN = r"(?:at|on) (?:the|its|Monday's|today's) open(?:ing(?: bell)?)?\b"
_OPEN = re.compile(rf"(?i)\b(?:open(?:ed|s)\b|{_AT_THE_OPEN})")
_LATER = re.compile(
    r"(?i)\b(?:clos(?:ed|ing|e)|ended|settled|finished|later|then|after|before|but|since)\b"
)
_AFTER = re.compile(rf"(?i)\s*{_AT_THE_OPEN}")


def said_at_open(sentence: str, words: str) -> bool:
    """Whether the figure ``words`` of ``sentence`` is said of the open: an open word within
    60 characters before it with no later time of the session between, or "at the open"
    right after it."""
    pos = sentence.find(words)
    if pos < 0:
        return False
    if _AFTER.match(sentence, pos + len(words)):
        return True
    lo = max(0, pos - 60)
    opens = list(_OPEN.finditer(sentence, lo, pos + len(words)))
    if not opens:
        return False
    gap = sentence[opens[-1].end() : pos]
    return not _LATER.search(gap) and ";" not in gap and "." not in gap.replace(",", "")


def open_on(market: Market, asset: str, day: pd.Timestamp) -> float | None:
    """The stored opening price of ``asset`` on ``day``, or ``None``."""
    frame = market.ranges.get(asset)
    if frame is None or "open" not in frame.columns or day not in frame.index:
        return None
    value = float(frame["open"].loc[day])
    return None if np.isnan(value) else value


def graded_at_open(c: Claim, sentence: str, day: pd.Timestamp, market: Market) -> Result | None:
    """The grade of ``c`` on the day's open, when it is a one-session move or a price said
    of the open and the store holds that open (see the module doc); else ``None``."""
    sized = c.kind == "percent" and c.pct is not None and c.window in (None, "day")
    priced = c.kind == "level" and c.op in ("at", "near") and c.level is not None
    if c.asset is None or not (sized or priced) or not said_at_open(sentence, c.words):
        return None
    seen = market.asof(c.asset, event_day(c.when, day))
    opened = None if seen is None else open_on(market, c.asset, seen[0])
    if seen is None or opened is None:
        return None
    where = f"{market.range_names.get(c.asset, market.source(c.asset))} opened at {opened:,.2f}"
    if priced:
        off = opened / float(c.level or 0.0) - 1.0
        if abs(off) > OPEN_TOLERANCE:
            return None
        text = f"{where} on {seen[0].date()} ({off:+.2%} from the stated {c.level:,.2f})"
        return "confirmed", text, {"open": opened, "open_date": str(seen[0].date())}
    return _open_move(c, seen[0], opened, where, market)


def _open_move(c: Claim, on: pd.Timestamp, opened: float, where: str, market: Market) -> Result:
    """A move said of the open of ``on``, from the close before to ``opened``."""
    base = _opened_series(c.asset or "", market)
    before = market.close(base).loc[: on - pd.Timedelta(days=1)]
    if before.empty or market.is_rate(c.asset or ""):
        return "not checkable", f"no {market.source(base)} close before {on.date()}", {}
    v0 = float(before.iloc[-1])
    ch, stated = opened / v0 - 1.0, (c.pct or 0.0) / 100 * (1 if c.op == "up" else -1)
    ok = fits_stated(ch, stated, c.qualifiers) and (ch * stated > 0 or abs(stated) < 0.005)
    text = (
        f"{market.source(base)} {v0:,.2f} on {before.index[-1].date()} -> {where} on "
        f"{on.date()}: {ch:+.1%} against the stated {stated:+.1%} at the open"
    )
    data = {"change": ch, "stated": stated, "open": opened, "start": str(before.index[-1].date())}
    return ("confirmed" if ok else "contradicted"), text, data


def open_from_start(
    c: Claim, sentence: str, day: pd.Timestamp, found: Result, market: Market
) -> Result | None:
    """A move said of the open and measured from a close it names ("opened ..., up 1.2% from
    Friday's close"), graded from that close (the start of ``found``, its grade on closes)
    to the open of the claim's day (article date ``day``); ``None`` where it is no such move
    or no open is stored."""
    data = found[2]
    since = (c.window or "").startswith("since:") and c.kind == "percent" and c.pct is not None
    if not since or "start_value" not in data or not said_at_open(sentence, c.words):
        return None
    seen = market.asof(c.asset or "", event_day(c.when, day))
    end = pd.Timestamp(data["start"]) if seen is None else seen[0]
    opened = open_on(market, c.asset or "", end)
    if opened is None or market.is_rate(c.asset or "") or end <= pd.Timestamp(data["start"]):
        return None
    start = market.close(_opened_series(c.asset or "", market)).loc[: data["start"]]
    if start.empty:
        return None
    v0, where = float(start.iloc[-1]), market.range_names.get(c.asset or "", "the open")
    ch, stated = opened / v0 - 1.0, (c.pct or 0.0) / 100 * (1 if c.op == "up" else -1)
    ok = fits_stated(ch, stated, c.qualifiers) and (ch * stated > 0 or abs(stated) < 0.005)
    text = (
        f"close {v0:,.2f} on {data['start']} -> {where} opened at {opened:,.2f} on "
        f"{end.date()}: {ch:+.1%} against the stated {stated:+.1%} from that close"
    )
    return ("confirmed" if ok else "contradicted"), text, {**data, "open": opened, "change": ch}


def _opened_series(asset: str, market: Market) -> str:
    """The series whose closes go with ``asset``'s stored opens: its futures where the
    range is theirs (a London fix has no open), else the asset."""
    futures = FUTURES.get(asset, "")
    of_futures = "futures" in market.range_names.get(asset, "").lower() and market.has(futures)
    return futures if of_futures else asset
