"""A level or record said of a weekday's night, for an asset that trades around the clock.

"Bitcoin topped out at $81,000 on Thursday night" (or "in the night between Thursday and
Friday", "past Thursday midnight"): written in New York, the evening of
Thursday falls in Friday's session of a series whose day closes at 00:00 UTC; written in
Europe or Asia, it may still be Thursday's. The outlet's clock is unknown, so such a level
holds when it holds on the day named or on the next one (only where the next day is not
after the article's date, or the day named is the article's own: a US evening is already
the next day in UTC). So does one said "by the evening" or at a US evening clock time
("at 9:40 p.m. ET", "7:21 pm EST"), of the weekday named or of the article's day. An asset
trades around the clock when its series has weekend closes; a night of an exchange-traded
asset is its named day's. A price told after the weekday's move ("climbed to $3,250 on Monday
before easing back to $2,900") may likewise be the next UTC day's.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = Claim(0, "level", "btc", "at $81,000", "at", 81000.0, when=("weekday", 3))
>>> night_of("BTC capped at $81,000 on Thursday night.", c).when
('weekday', 4)
>>> night_of("BTC capped at $81,000 on Thursday.", c) is None
True
>>> night_of("BTC sank on Thursday to $81,000 at 9:40 p.m. ET.", c).when
('weekday', 4)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pandas as pd

from leadwatch.claims.eveningstamps import GLOBEX_EVENING
from leadwatch.claims.lastweekday import weekday_on
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["night_days", "night_of", "night_regrade", "trades_overnight"]

_DAYS = "|".join(WEEKDAYS)
_NIGHT = re.compile(
    rf"\b(?P<d>{_DAYS})\s+(?:night|evening|midnight)\b|\blate\s+(?:on\s+)?(?P<late>{_DAYS})\b"
    rf"|\bnight\s+(?:between|from)\s+(?P<from>{_DAYS})\s+(?:and|to|into)\b",
    re.IGNORECASE,
)
# The evening of the weekday the claim names, said without naming it again ("fell on
# Thursday ... by the evening") or by a US evening clock time ("at 9:10 p.m. ET", "7:21 pm
# EST": from 7 p.m. EST, 8 p.m. EDT, it is the next day in UTC).
_EVENING = re.compile(
    r"\b(?:by|in|during|into|late in) the (?:evening|night)\b"
    r"|\b(?:(?P<est>7)|8|9|10|11)(?::[0-5]\d)? ?p\.? ?m\.? ?(?(est)(?:EST|Eastern Standard)"
    r"|(?:E[SD]?T|Eastern|New York))\b",
    re.IGNORECASE,
)

# A price the text reaches after the weekday's high or low ("climbed to $3,250 on Monday
# before easing back to $2,900"): hours later, in a US evening maybe the next UTC day.
_THEN = re.compile(r"\b(?:before|then|later)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def night_of(sentence: str, c: Claim) -> Claim | None:
    """``c`` moved to the day after the weekday it names when ``sentence`` says that
    weekday's night or evening ("on Thursday night", "late Thursday", "the night between
    Thursday and Friday", "by the evening", "at 9 p.m. ET", or a claim marked "night" for
    it) or puts a price after that day's move ("before pulling back to $X"), else ``None``."""
    if c.when is None or c.when[0] != "weekday":
        return None
    day = int(c.when[1])
    if "night" in c.qualifiers:  # a summary line's figure the body said of that night
        return replace(c, when=("weekday", (day + 1) % 7))
    for m in _NIGHT.finditer(sentence):
        if WEEKDAYS.index((m.group("d") or m.group("late") or m.group("from")).lower()) == day:
            return replace(c, when=("weekday", (day + 1) % 7))
    at = sentence.find(c.words) if c.kind == "level" else -1
    if _EVENING.search(sentence) or (at > 0 and _THEN.search(sentence, max(0, at - 30), at)):
        return replace(c, when=("weekday", (day + 1) % 7))
    return None


def trades_overnight(market: Market, asset: str) -> bool:
    """Whether ``asset``'s series has weekend closes (a market open around the clock)."""
    index = pd.DatetimeIndex(market.close(asset).index)
    return bool((index.day_of_week >= 5).any())


#: A grade: status, evidence and details.
Grade = tuple[str, str, dict[str, Any]]


def night_regrade(
    c: Claim,
    sentence: str,
    day: pd.Timestamp,
    market: Market,
    result: Grade,
    grade: Callable[[Claim, pd.Timestamp, Market], Grade],
    event_day: Callable[[tuple[str, Any] | None, pd.Timestamp], pd.Timestamp],
) -> Grade:
    """``result`` (level or record ``c`` graded contradicted on its day) or, for an asset trading
    around the clock, ``c`` graded on the next day when ``sentence`` puts it in the night
    or US evening of its weekday (:func:`night_of`), or of the article's day ("by the
    evening", "at 9 p.m. ET" with no day named): confirmed there, it holds, and the
    evidence says the night is the next day in UTC. So for an asset with a futures range
    (a metal, the dollar index) quoted at a US evening clock time from 6 p.m. ET ("by
    19:56 ET", or under such a stamp: :mod:`leadwatch.claims.eveningstamps`): the
    exchange's evening session is in the next day's bar."""
    evening = "evening" in c.qualifiers or bool(GLOBEX_EVENING.search(sentence))
    evening_session = c.asset in market.ranges and evening
    if not (trades_overnight(market, c.asset or "") or evening_session):
        return result
    late = night_of(sentence, c)
    own = event_day(c.when, day)
    if late is not None and event_day(late.when, day) > own:
        second = grade(late, day, market)
    elif own == day and (late is not None or _EVENING.search(sentence) or evening_session):
        second = grade(replace(c, when=None), day + pd.Timedelta(days=1), market)
    else:
        return result
    if second[0] != "confirmed":
        return result
    return (second[0], f"{second[1]} (the night is the next day in UTC)", second[2])


def night_days(
    c: Claim,
    sentence: str,
    market: Market,
    held: pd.Series,
    days_of: Callable[[Claim], pd.Series],
) -> pd.Series:
    """For dating: ``held`` (per article date, whether ``c`` holds) widened to the dates on
    which ``c`` holds on the day after the weekday it names, when ``sentence`` puts it in that
    weekday's night (:func:`night_of`) and its asset trades around the clock; ``days_of``
    gives a claim's days. As in grading, the outlet's clock is unknown: either day counts.

    Examples
    --------
    >>> from leadwatch.claims.model import Claim
    >>> days = pd.date_range("2025-01-17", periods=5)  # Friday..Tuesday
    >>> m = Market({"btc": pd.Series([1.0, 2, 2, 3, 2], index=days)})
    >>> c = Claim(0, "record", "btc", "record high", "high", None, when=("weekday", 6))
    >>> late = {6: [False] * 5, 0: [False, False, False, True, False]}
    >>> def days_of(k): return pd.Series(late[int(k.when[1])], index=days)
    >>> night_days(c, "BTC set a record past Sunday midnight.", m, days_of(c), days_of).tolist()
    [False, False, False, True, False]
    """
    late = night_of(sentence, c)
    if late is None or not trades_overnight(market, c.asset or ""):
        return held
    calendar = pd.DatetimeIndex(held.index)  # the night's own next day, not a week before's
    nights = weekday_on(late, calendar) == weekday_on(c, calendar) + pd.Timedelta(days=1)
    return held | (days_of(late) & nights)
