"""Of two adjacent days that tie, the one the text names by its date (pure).

A day of the month named without its year ("at 10 a.m. on March 5") votes for that day and
the day after it alike (:mod:`leadwatch.claims.textdates`: a report of the day may be
written the next morning), and prices quoted in a US afternoon show up on the next day's
London fix or 00:00 UTC close, so a claim of the day often holds on both too. When the
day picked is the day right after a named weekday date, and that named day scores as
well and its words vote as much for it, the named day is the likelier one: the text
stamps the day it speaks of, and a story dated a day early is still of its session,
while a day late is not.

Examples
--------
>>> days = pd.date_range("2026-03-04", "2026-03-07")  # Wednesday..Saturday
>>> score = pd.Series([1.0, 3.0, 3.0, 2.0], index=days)
>>> words = pd.Series([0.0, 0.5, 0.5, 0.0], index=days)
>>> body = "Ether slid to $2,000 at 10 a.m. on March 5, traders said."
>>> named_day_first(days[2], (days[1], days[2]), score, words, body).date()
datetime.date(2026, 3, 5)
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.monthdays import month_days

__all__ = ["named_day_first", "named_days"]

_DAY = pd.Timedelta(days=1)


def named_days(body: str) -> set[tuple[int, int]]:
    """``(month, day)`` of the dates ``body`` names without a year as its present (not
    those looked back to: "since March 3").

    Examples
    --------
    >>> sorted(named_days("It rose on June 25, its best day since June 2."))
    [(6, 25)]
    """
    return {(m, d) for m, d, _, past in month_days(body) if not past}


def named_day_first(
    day: pd.Timestamp,
    spell: tuple[pd.Timestamp, pd.Timestamp],
    score: pd.Series,
    words: pd.Series,
    body: str,
) -> pd.Timestamp:
    """``day``, or the day before it when that one is in ``spell``, is a weekday the text
    names by its date (:func:`named_days`) while ``day`` is not named, scores at least as
    high and gets at least as many of the words' votes.

    Parameters
    ----------
    day : pandas.Timestamp
        The day picked in the chosen spell.
    spell : tuple of pandas.Timestamp
        The chosen spell's first and last days.
    score, words : pandas.Series
        Per calendar day, the evidence's total score and the words' share of it.
    body : str
        The article's running text, whose dates without a year are the days it names.

    Returns
    -------
    pandas.Timestamp
        ``day``, or the named day just before it.

    Examples
    --------
    >>> days = pd.date_range("2026-03-05", "2026-03-06")
    >>> score, words = pd.Series([2.0, 3.0], index=days), pd.Series(0.5, index=days)
    >>> named_day_first(days[1], (days[0], days[1]), score, words, "on March 5").date()
    datetime.date(2026, 3, 6)
    """
    before = day - _DAY
    if before < spell[0] or before.day_of_week >= 5 or before not in score.index:
        return day
    named = named_days(body)
    if (before.month, before.day) not in named or (day.month, day.day) in named:
        return day
    alike = float(score.loc[before]) >= float(score.loc[day]) - 1e-9
    voiced = float(words.get(before, 0.0)) >= float(words.get(day, 0.0)) - 1e-9
    return before if alike and voiced else day
