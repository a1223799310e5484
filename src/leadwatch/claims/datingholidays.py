"""Market holidays a text names, as evidence of its date (pure).

"started the post-Juneteenth week", "thin trade after the Thanksgiving holiday", "squared
positions ahead of Christmas": a US market holiday named in the text dates it near that
holiday in every year (the day itself from pandas' US federal holiday rules, Good Friday
from its Easter rule). After it ("post-", "after", "following", "since"): the
:data:`AFTER_DAYS` days after; told of its days ("over the Christmas holiday", "during
Thanksgiving", in a sentence that does not look ahead): the day itself and those after;
ahead of it ("ahead of", "before", "pre-", "into"): the :data:`BEFORE_DAYS` days before;
named alone: the week either side. Each holiday is one vote of :data:`HOLIDAY_VOTE`.
The festivals of the big bullion and crypto markets abroad (the Lunar New Year, Diwali,
Boxing Day) come from the ``holidays`` package's country calendars; a festival of several
days counts from its first day, "after" from its last ("closed for the Lunar New Year
holidays" is told of its days). A holiday in a sentence that names a year ("between
Christmas Eve and the first trading day of 1980") is that year's, no vote.

Examples
--------
>>> days = pd.date_range("2026-06-15", "2026-06-30")
>>> votes, why = holiday_votes("Ether started the post-Juneteenth week higher.", days)
>>> [str(d.date()) for d in days[votes > 0]][:3], why[0]
(['2026-06-20', '2026-06-21', '2026-06-22'], "'Juneteenth' named: written after it (0.5)")
"""

from __future__ import annotations

import re
from functools import lru_cache

import holidays
import numpy as np
import pandas as pd
from pandas.tseries.holiday import GoodFriday, Holiday, USFederalHolidayCalendar

from leadwatch.claims.vocabulary import LOOKS_AHEAD_RE

__all__ = ["AFTER_DAYS", "BEFORE_DAYS", "HOLIDAY_VOTE", "holiday_votes"]

HOLIDAY_VOTE = 0.5
AFTER_DAYS = 10
BEFORE_DAYS = 14
_AROUND_DAYS = 7
#: The words of a festival abroad, its country's code and its name in ``holidays``.
_ABROAD = {
    r"(?:lunar|chinese) new year|spring festival": ("CN", "Chinese New Year"),
    r"diwali|deepavali": ("IN", "Diwali"),
    r"boxing day": ("GB", "Boxing Day"),
}
#: The words of each holiday and the name of its rule.
_NAMES = {
    **{words: name for words, (_, name) in _ABROAD.items()},
    r"juneteenth": "Juneteenth National Independence Day",
    r"thanksgiving": "Thanksgiving Day",
    r"christmas": "Christmas Day",
    r"new year['\u2019]?s(?: day)?(?= holiday| break| day)": "New Year's Day",
    r"labou?r day": "Labor Day",
    r"memorial day": "Memorial Day",
    r"independence day|fourth of july|july 4th holiday": "Independence Day",
    r"mlk day|martin luther king(?: jr\.?)? day": "Birthday of Martin Luther King, Jr.",
    r"presidents['\u2019]? day": "Washington's Birthday",
    r"good friday": "Good Friday",
}
_HOLIDAY = re.compile("|".join(f"(?P<h{i}>{w})" for i, w in enumerate(_NAMES)), re.IGNORECASE)
_AFTER = re.compile(r"(?i)(?:\bpost-?|\b(?:after|following|since|out of) (?:the )?)$")
_BEFORE = re.compile(r"(?i)(?:\bpre-?|\b(?:ahead of|before|into|going into) (?:the )?)$")
#: "a wild ride over the Christmas holiday", "thin trade during Thanksgiving week": told of
#: the holiday's days, written on them or after (unless the sentence looks ahead).
_DURING = re.compile(
    r"(?i)\b(?:over|during|throughout|through|(?:closed|shut)(?: \w+){0,3} for) (?:the )?$"
)
_AHEAD = re.compile(rf"(?i){LOOKS_AHEAD_RE}|\b(?:expect\w*|likely)\b")


#: A year named in the holiday's sentence: the holiday of that (or a neighbouring) year.
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b(?![,.]?\d)")


def _sentence_around(body: str, pos: int) -> str:
    """The sentence of ``body`` around ``pos``."""
    end = re.search(r"[.;!?](?:\s|$)", body[pos:])
    return _sentence_before(body, pos) + body[pos : pos + (end.end() if end else 160)]


def _sentence_before(body: str, pos: int) -> str:
    """The words of the sentence before ``pos``."""
    return re.split(r"[.;!?]\s", body[max(0, pos - 160) : pos])[-1]


def _rules() -> dict[str, Holiday]:
    rules: dict[str, Holiday] = {r.name: r for r in USFederalHolidayCalendar.rules}
    rules["Good Friday"] = GoodFriday
    return rules


def _days(name: str, calendar: pd.DatetimeIndex) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """The first and last day of each of the holiday's runs near ``calendar``."""
    span = (calendar.min() - pd.Timedelta(days=31), calendar.max() + pd.Timedelta(days=31))
    abroad = {n: code for code, n in _ABROAD.values()}
    if name not in abroad:
        return [(d, d) for d in pd.DatetimeIndex(_rules()[name].dates(*span))]
    return list(_festival(abroad[name], name, span[0].year, span[1].year))


@lru_cache(maxsize=32)
def _festival(
    code: str, name: str, first: int, last: int
) -> tuple[tuple[pd.Timestamp, pd.Timestamp], ...]:
    """Runs of the festival's days (a day apart at most) in the years ``first``..``last``
    (a tuple: the cache hands out one object to every caller)."""
    days = sorted(holidays.country_holidays(code, years=range(first, last + 1)).get_named(name))
    runs: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for day in map(pd.Timestamp, days):
        if runs and (day - runs[-1][1]).days <= 2:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return tuple(runs)


def holiday_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the market holidays ``body`` names (module docstring)."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[str, str]] = set()
    for m in _HOLIDAY.finditer(body):
        name = list(_NAMES.values())[int(next(k for k, v in m.groupdict().items() if v)[1:])]
        before = body[max(0, m.start() - 40) : m.start()]
        if _AFTER.search(before):
            lo, hi, how = 1, AFTER_DAYS, "written after it"
        elif _BEFORE.search(before):
            lo, hi, how = -BEFORE_DAYS, -1, "written before it"
        elif _DURING.search(before) and not _AHEAD.search(_sentence_before(body, m.start())):
            lo, hi, how = 0, AFTER_DAYS, "told of its days, written on them or after"
        else:
            lo, hi, how = -_AROUND_DAYS, _AROUND_DAYS, "written near it"
        if (name, how) in seen or _YEAR.search(_sentence_around(body, m.start())):
            continue  # "between Christmas Eve and the first trading day of 1980": that year's
        seen.add((name, how))
        mask = np.zeros(len(calendar), dtype=bool)
        for start, end in _days(name, calendar):  # "after" counts from the last day
            mask |= (calendar >= (end if lo > 0 else start) + pd.Timedelta(days=lo)) & (
                calendar <= (start if hi < 0 else end) + pd.Timedelta(days=hi)
            )
        votes += HOLIDAY_VOTE * mask
        why.append(f"{m.group(0)!r} named: {how} ({HOLIDAY_VOTE})")
    return votes, why
