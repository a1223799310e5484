"""Which price a one-session move or level is graded on when the closes contradict it (pure).

A one-session move is graded on closes (:func:`leadwatch.claims.daymove.day_move`). These
kinds of text state another price, and a contradiction on the closes says nothing of them:

- a move of the US session of a metal ("closed down $90.30", "up 1.3% on Comex", "gold
  futures settled 2% lower"): the London fix is taken at noon, before that session's
  move, so the move is graded on the futures' settlements where the store holds them;
- a move stated with the price it reached ("was up 1.32% at $4,062", "fell 0.8% to
  $97,410 in late New York trade", "rose 1.3% on Friday morning, reaching $4,062"): a
  quote taken during the session; where that price lies in the day's high-low range
  (give or take :data:`~leadwatch.claims.market.FEED_TOLERANCE`), the move is graded
  from the close before to that price;
- a move said of a moment of the session with no price ("opened down 3%", "in early
  trading", "late in the session", "in the final hour", "as much as 4% intraday", "in the
  past 24 hours", "7% in 30 minutes", "reversed an early 4.1% gain"): graded on the day's
  high-low range where the store holds it (the day move does that), else
  ``inconclusive``: closes cannot see a moment of the session, so never ``contradicted``
  (a figure said of the open is graded on the day's open where the store holds it,
  :mod:`leadwatch.claims.opens`); a level said of a moment ("fell to below $5,050 in
  early trading") likewise;
- a 24-hour change quoted during the day ("up 1.6% in the past 24 hours") starts from a
  price of the session before, not its close: where the two days' ranges allow it, daily
  data cannot grade it (``inconclusive``).

Examples
--------
>>> quoted_price("Gold was up 1.3% at $4,062 per ounce", "up 1.3%")
4062.0
>>> quoted_price("Gold rose 1.3% on Friday morning, reaching $4,062", "1.3%")
4062.0
>>> said_of_a_moment("Bitcoin opened the week down 3%", "down 3%")
True
>>> said_of_a_moment("Bitcoin fell 3% on Monday", "fell 3%")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.clauses import clause_start, fits_stated
from leadwatch.claims.closingrecords import grade_close_record, with_close
from leadwatch.claims.dating import event_day
from leadwatch.claims.daymove import day_move
from leadwatch.claims.fixtiming import on_futures_session
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import FEED_TOLERANCE, Market
from leadwatch.claims.model import Claim
from leadwatch.claims.opens import graded_at_open, open_from_start
from leadwatch.claims.quotedprices import quoted_price
from leadwatch.claims.rollingquotes import rolling_quote
from leadwatch.claims.tradingweeks import trading_week
from leadwatch.claims.weeksessions import as_session, week_session

__all__ = ["grade_stated", "quoted_price", "said_of_a_moment", "us_session"]

Result = tuple[str, str, dict[str, Any]]
Checker = Callable[[Claim, pd.Timestamp, Market], Result]

_MOMENTS = (
    r"open(?:ed|ing|s)?|at the open|intraday|early (?:on|trad(?:e|ing)|deals|hours)",
    r"in (?:early|morning|overnight|Asian|European|London|New York) (?:\w+ )?"
    r"(?:trad(?:e|ing)|deals|session|hours)",
    r"(?:past|last|previous) 24 hours|24-hour|within (?:minutes|hours|an hour)",
    r"in (?:just |only )?(?:\d+|a few|an? \w+) (?:minutes?|hours?)|at one point|as much as",
    r"by \d{1,2}(?::\d{2})? ?(?:GMT|ET|EDT|EST|BST|UTC|a\.m\.|p\.m\.)|\d{4} GMT",
    r"late (?:in|into) (?:the )?(?:session|day|trad(?:e|ing))",
    r"in late (?:\w+ ){0,2}(?:trad(?:e|ing)|deals)",
    r"in the (?:final|last|closing) (?:hour|minutes|stretch)(?: of (?:the session|trad(?:e|ing)))?",
    r"(?:an|its|their|the) (?:early|initial|opening|morning)(?= [+-]?\d)",  # "an early 4% gain"
)
_CLOSED_VERB = r"(?:closed|ended|finished|settled)(?: the (?:day|session))?(?: (?:up|down|off))?"
# the price a figure reached; the exchange or a settlement; "closed down"; a moment
_ROLLING = re.compile(r"\b(?:(?:past|last|previous) 24 hours|24-hour|24 ?hrs?)\b", re.IGNORECASE)
_US_SESSION, _CLOSED, _MOMENT = (
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:COMEX|NYMEX|futures|settl(?:ed|es|ing|ement))\b",
        rf"\b{_CLOSED_VERB}\s*$",
        r"\b(?:" + "|".join(_MOMENTS) + ")",
    )
)


def us_session(sentence: str, words: str) -> bool:
    """Whether the figure ``words`` is of a US session: its clause names the exchange, the
    futures or a settlement, or the figure follows "closed" ("closed down $90.30")."""
    pos = sentence.find(words)
    if pos < 0:
        return False
    start = clause_start(sentence, pos)
    end = sentence.find(",", pos + len(words))
    clause = sentence[start : len(sentence) if end < 0 else end]
    return bool(_US_SESSION.search(clause) or _CLOSED.search(sentence[start:pos]))


def said_of_a_moment(sentence: str, words: str) -> bool:
    """Whether the figure ``words`` is said of a moment of the session: a moment word
    ("opened", "in early trading", "past 24 hours", "in 30 minutes") in its clause."""
    pos = sentence.find(words)
    if pos < 0:
        return False
    start = clause_start(sentence, pos)
    end = sentence.find(",", pos + len(words))
    return bool(_MOMENT.search(sentence[start : len(sentence) if end < 0 else end]))


def grade_stated(
    c: Claim, sentence: str, day: pd.Timestamp, market: Market, checker: Checker
) -> Result:
    """The grade of ``c`` (of ``sentence``) at article date ``day`` on the price the text
    states: a record said of a close on closes alone
    (:func:`~leadwatch.claims.closingrecords.grade_close_record`), else ``checker``'s grade;
    a one-session move contradicted on closes is graded again as the module says."""
    if (closed := with_close(c, sentence)) is not c:  # "closed at a record high"
        return grade_close_record(closed, day, market)
    if (opened := graded_at_open(c, sentence, day, market)) is not None:
        return opened  # "opened 1.2% higher", "opened at $3,473": on the day's open
    c = as_session(c, sentence)  # "daily gains of 3% and 6%": each a session's
    found = checker(c, day, market)
    if (reopened := open_from_start(c, sentence, day, found, market)) is not None:
        return reopened  # "opened ..., up 1.2% from Friday's close"
    if found[0] != "contradicted" or c.asset is None:
        return found
    if (traded := trading_week(c, day, market, checker)) is not None:
        return traded  # "bitcoin fell 16% last week", Friday to Friday
    day_said = c.window is None and (c.when is None or c.when[0] in _DAY_WHENS)
    moment = said_of_a_moment(sentence, c.words) and not _has_range(c, day, market)
    if c.kind == "level" and day_said and moment:  # "fell to below $5,050 in early trading"
        text = f"{found[1]}; the level is stated of a moment of the session"
        return "inconclusive", text + _UNSEEN.format(market.source(c.asset)), found[2]
    one = c.kind == "percent" and c.window in (None, "day") and c.pct is not None
    if not one:
        return found
    if (some := week_session(c, sentence, day, market)) is not None:
        return some  # "daily gains of 3% and 5% on two different days" of the week
    if c.asset in FUTURES and market.has(FUTURES[c.asset]) and us_session(sentence, c.words):
        on_futures = day_move(replace(c, qualifiers=(*c.qualifiers, "futures")), day, market)
        if on_futures[0] == "confirmed":
            note = " (a US-session move: the noon London fix cannot see it)"
            return on_futures[0], on_futures[1] + note, on_futures[2]
    if (timed := on_futures_session(c, day, market)) is not None:
        return timed  # a quote taken at another hour than the noon fix
    price = quoted_price(sentence, c.words)
    quoted = None if price is None else _to_quote(c, price, day, market)
    if quoted is not None:
        return quoted
    if (rolled := rolling_quote(c, sentence, price, day, market)) is not None:
        return rolled  # "trading at $102,500, up 6% in 24 hours": over the UTC days
    rolling = _rolling(c, sentence, day, market)
    if rolling is not None:
        return "inconclusive", found[1] + rolling, found[2]
    if moment:
        text = f"{found[1]}; the move is stated of a moment of the session"
        return "inconclusive", text + _UNSEEN.format(market.source(c.asset)), found[2]
    return found


_DAY_WHENS = ("today", "weekday", "yesterday", "date")
_UNSEEN = ", which {}'s closes cannot see (no intraday range that day)"


def _rolling(c: Claim, sentence: str, day: pd.Timestamp, market: Market) -> str | None:
    """For a 24-hour change quoted during the day ("up 1.6% in the past 24 hours"), a note
    where the day's and the day before's ranges allow it (its start is a price of the day
    before's session, not its close), else ``None``."""
    pos = sentence.find(c.words)
    if pos < 0 or not _ROLLING.search(sentence, clause_start(sentence, pos)):
        return None
    seen = market.asof(c.asset or "", event_day(c.when, day))
    before = None if seen is None else market.asof(c.asset or "", seen[0] - pd.Timedelta(days=1))
    now = None if seen is None else market.range_on(c.asset or "", seen[0])
    then = None if before is None else market.range_on(c.asset or "", before[0])
    if now is None or then is None:
        return None
    lo, hi = now[0] / then[1] - 1.0, now[1] / then[0] - 1.0
    stated = (c.pct or 0.0) / 100 * (1 if c.op == "up" else -1)
    if not lo <= stated <= hi:
        return None
    return (
        f"; a 24-hour change quoted during the day starts from a price of the session before, "
        f"not its close: the two days' ranges allow {lo:+.1%} to {hi:+.1%}, so daily data "
        "can neither confirm nor contradict it"
    )


def _has_range(c: Claim, day: pd.Timestamp, market: Market) -> bool:
    seen = market.asof(c.asset or "", event_day(c.when, day))
    return seen is not None and market.range_on(c.asset or "", seen[0]) is not None


def _to_quote(c: Claim, price: float, day: pd.Timestamp, market: Market) -> Result | None:
    """The move from the close before to the quoted ``price``, where that price lies in the
    day's range (the range of the futures for a metal, so from their settlement) and the
    move fits the stated one; else ``None``."""
    assert c.asset is not None
    seen = market.asof(c.asset, event_day(c.when, day))
    rng = None if seen is None else market.range_on(c.asset, seen[0])
    if seen is None or rng is None or market.is_rate(c.asset):
        return None
    if not rng[0] * (1 - FEED_TOLERANCE) <= price <= rng[1] * (1 + FEED_TOLERANCE):
        return None
    fut = FUTURES.get(c.asset, "")
    ranged = (
        fut
        if market.has(fut) and "futures" in market.range_names.get(c.asset, "").lower()
        else c.asset
    )
    before = market.close(ranged).loc[: seen[0] - pd.Timedelta(days=1)]
    if before.empty:
        return None
    v0 = float(before.iloc[-1])
    ch, stated = price / v0 - 1.0, c.pct / 100 * (1 if c.op == "up" else -1)  # type: ignore[operator]
    if not fits_stated(ch, stated, c.qualifiers):
        return None  # the grade on closes stands, with its evidence
    text = (
        f"{market.source(ranged)} {v0:,.2f} on {before.index[-1].date()} -> the quoted "
        f"{price:,.2f} (inside the day's range {rng[0]:,.2f}-{rng[1]:,.2f} on {seen[0].date()}): "
        f"{ch:+.1%} against the stated {stated:+.1%} (a quote taken during the session)"
    )
    data = {"change": ch, "stated": stated, "quoted": price}
    return "confirmed", text, data
