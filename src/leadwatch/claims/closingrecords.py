"""Records stated of a close, graded on closes alone (pure).

"Closed at a record high", "a record closing high", "its highest close ever", "settled at
a record", "a record high daily close": the claim is about the day's close, so the day's
intraday high cannot make it true. A close a hair under the record close before it (the
S&P 500 closing 0.01% below the day before's record close) is no new record close, even
on a day whose intraday high was a record. The closes are the asset's own or, for a metal,
its futures settlements (a wire's "gold settled at a record" speaks of the futures). A
record weekly close ("its highest weekly close ever", qualifier ``weekly``) is the latest
week's last close above every earlier week's, whatever the daily closes in between.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.dating import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market, prior_record
from leadwatch.claims.model import Claim

__all__ = ["close_record_days", "grade_close_record", "said_of_close", "with_close"]

_CLOSE = r"(?:clos(?:e|es|ing)|settle(?:s|ment)?|settling|finish)"
_VERB = r"(?:clos(?:ed|es|ing)|settl(?:ed|es|ing)|finish(?:ed|es|ing)|end(?:ed|s|ing))"
_SPAN = r"(?: (?:the|its|their) (?:day|session|week))?(?: trad(?:e|ing))?"
_ARTICLE = r" (?:at|on|with|in)(?: (?:an?|its|their|the))?(?: (?:new|fresh|another|all-time))*"
# the close word in the record phrase, right after it, or as the verb right before it
_IN_WORDS, _AFTER, _BEFORE = (
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_CLOSE}\b",
        rf"\s+(?:(?:daily|weekly|session) )?{_CLOSE}\b",
        rf"\b{_VERB}{_SPAN}{_ARTICLE}\s*$",
    )
)


def said_of_close(sentence: str, words: str) -> bool:
    """Whether the record ``words`` of ``sentence`` are said of a close: a close word in the
    record phrase ("record closing high"), right after it ("a record high daily close"), or
    as the verb right before it ("closed at a record high", "settled at an all-time high").

    >>> said_of_close("It closed at a record high on Tuesday.", "record high")
    True
    >>> said_of_close("It hit a record high on Tuesday.", "record high")
    False
    """
    pos = sentence.find(words)
    if pos < 0:
        return False
    end = pos + len(words)
    return bool(
        _IN_WORDS.search(words)
        or _AFTER.match(sentence, end)
        or _BEFORE.search(sentence[max(0, pos - 60) : pos])
    )


def with_close(c: Claim, sentence: str) -> Claim:
    """``c``, a record high or low said of a close, flagged with the qualifier ``close``."""
    day_said = c.when is None or c.when[0] in ("today", "weekday", "yesterday", "date")
    plain = c.kind == "record" and c.op in ("high", "low") and c.window is None and day_said
    plain = plain and "threshold" not in c.qualifiers  # "above $33 for the first time"
    if plain and "close" not in c.qualifiers and said_of_close(sentence, c.words):
        end = sentence.find(c.words) + len(c.words)  # "a record weekly close": a week's
        weekly = re.search(r"\bweekly\b", c.words) or re.match(r"\s+weekly\b", sentence[end:])
        return replace(c, qualifiers=(*c.qualifiers, "close", *(["weekly"] if weekly else [])))
    return c


def close_record_days(market: Market, asset: str, hl: str = "high") -> pd.Series:
    """Trading days whose close beat every earlier close (strictly: a tie is no new record),
    on the asset's closes or, for a metal whose store holds them, its futures settlements.

    >>> days = pd.bdate_range("2026-01-05", periods=4)
    >>> m = Market({"spx": pd.Series([100.0, 102.0, 101.99, 103.0], index=days)})
    >>> close_record_days(m, "spx").tolist()
    [True, True, False, True]
    """
    held = [_strict(market.close(asset), hl)]
    fut = FUTURES.get(asset, "")
    if market.has(fut):
        held.append(_strict(market.close(fut), hl))
    index = held[0].index.union(held[-1].index)
    return held[0].reindex(index, fill_value=False) | held[-1].reindex(index, fill_value=False)


def _strict(closes: pd.Series, hl: str) -> pd.Series:
    if hl == "low":
        return closes < closes.cummin().shift(1).fillna(float("inf"))
    return closes > closes.cummax().shift(1).fillna(-float("inf"))


def grade_close_record(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """A record close: on the last session by the day named (a close is one session's:
    the record close of the day before is not that day's), else on a session of the week
    to the article date ``day``."""
    assert c.asset is not None
    hl = c.op or "high"
    if "weekly" in c.qualifiers:
        return _grade_weekly_close(c, day, market, hl)
    on = event_day(c.when, day)
    seen = market.asof(c.asset, on)
    if seen is None:
        return "not checkable", f"no {c.asset} data by {on.date()}", {}
    start = seen[0] if c.when is not None else on - pd.Timedelta(days=6)
    held = close_record_days(market, c.asset, hl).loc[start:on]
    ok = bool(held.any())
    prior_day, prior = prior_record(market, c.asset, seen[0], hl)
    when = f"{start.date()} to {on.date()}"
    text = (
        f"{market.source(c.asset)} closed at {seen[1]:,.2f} on {seen[0].date()}; the record "
        f"close before was {prior:,.2f} on {prior_day.date() if prior_day else None}; a record "
        f"{hl} close (closes only: the day's range does not count) from {when}: "
        f"{'yes' if ok else 'no'}"
    )
    data = {"close_date": seen[0].date().isoformat(), "close": seen[1], "prior_record": prior}
    return ("confirmed" if ok else "contradicted"), text, data


def _grade_weekly_close(
    c: Claim, day: pd.Timestamp, market: Market, hl: str
) -> tuple[str, str, dict[str, Any]]:
    """A record weekly close ("its highest weekly close ever"): the last close of the latest
    week ended (to Friday) by the day named or the article date ``day`` beats the last close
    of every earlier week, on the asset's closes or its futures settlements."""
    assert c.asset is not None
    on = event_day(c.when, day) if c.when is not None else day
    held = []
    for series in (c.asset, FUTURES.get(c.asset, "")):
        if not market.has(series):
            continue
        weeks = market.close(series).loc[:on].resample("W-FRI").last().dropna()
        weeks = weeks[weeks.index <= on]  # the weeks ended by then
        if len(weeks) > 1:
            held.append((series, weeks))
    if not held:
        return "not checkable", f"no {c.asset} weeks by {on.date()}", {}
    sign = -1.0 if hl == "low" else 1.0
    ok = any(bool((sign * w.iloc[-1] > sign * w.iloc[:-1]).all()) for _, w in held)
    series, weeks = held[0]
    best = weeks.iloc[:-1].min() if hl == "low" else weeks.iloc[:-1].max()
    text = (
        f"{market.source(series)} ended the week to {weeks.index[-1].date()} at "
        f"{weeks.iloc[-1]:,.2f}; the {hl}est earlier weekly close was {best:,.2f}; a record "
        f"{hl} weekly close (spot or futures): {'yes' if ok else 'no'}"
    )
    data = {"week_end": weeks.index[-1].date().isoformat(), "close": float(weeks.iloc[-1])}
    return ("confirmed" if ok else "contradicted"), text, data
