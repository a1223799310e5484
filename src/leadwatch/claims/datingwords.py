"""Which of the text's date votes name days, and whether a date is a tie (pure).

The words of an article vote for its date in two ways (:mod:`leadwatch.claims.textdates`):
some name a day or two (a dateline, "on Tuesday", "June 25", the last days of a month
said to be ending), others a broad stretch (a year named as the current one, the 90 days
after a month an event is set in, the month a monthly figure comes out). Both are in the
day scores already; only the first kind may rank near-ties ahead of the figures (a named
day outranks a closer fit of the prices, a broad hint does not: otherwise "the September
jobs report" or "reached in August" would pull the date away from the days the quoted
prices held, by a vote the score had counted once).

Examples
--------
>>> days = pd.date_range("2025-09-01", periods=60)
>>> words = pd.Series(0.0, index=days)
>>> words[days.month == 10] += 0.5  # a broad hint: "the September jobs report"
>>> words[days == pd.Timestamp("2025-10-21")] += 2.5  # a dateline
>>> named = day_words(words)
>>> float(named.loc["2025-10-09"]), float(named.loc["2025-10-21"])
(0.0, 2.5)
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = ["TIE", "day_words", "named_first", "stale_ties", "tied"]

#: Votes spread over at least half of this many days around a day are broad hints.
_SPAN = 31
#: A stretch of votes this long or more, centred on a day, shows in its median.
_WEEK = 7
#: Named-day votes closer than this do not separate near-ties (a day named is 0.5 or more).
_NAMED_GAP = 0.25
#: Of exact ties, days more than this before the latest tied one are of an older era.
_ERA = pd.Timedelta(days=365)
#: How a runner-up that the text cannot tell from the chosen date is said.
TIE = "fits as well: nothing in the text separates it; --date settles it"


def day_words(words: pd.Series) -> pd.Series:
    """The part of each day's text vote that names that day (or a few around it).

    Parameters
    ----------
    words : pd.Series
        The text's votes per calendar day (daily, no gaps).

    Returns
    -------
    pd.Series
        Each day's vote less the median vote of the 31 days centred on it (a stretch of
        votes covering half of them or more is a broad hint, not a named day), or of the
        :data:`_WEEK` days centred on it if lower (a day just past a stretch's end lies
        outside it, though the stretch fills half of its 31 days), never below 0.

    Examples
    --------
    >>> days = pd.date_range("2025-01-01", periods=90)
    >>> words = pd.Series(0.5 * (days < pd.Timestamp("2025-02-10")), index=days)  # a broad hint
    >>> words[days.day_of_week == 3] += 0.5  # a weekday named: Thursdays
    >>> [float(day_words(words).loc[d]) for d in ("2025-02-06", "2025-02-13", "2025-02-12")]
    [0.5, 0.5, 0.0]
    """
    broad = words.rolling(_SPAN, center=True, min_periods=1).median()
    week = words.rolling(_WEEK, center=True, min_periods=1).median()
    broad = pd.concat([broad, week], axis=1).min(axis=1)
    return (words - broad).clip(lower=0.0)


def named_first(near: pd.Series, words: pd.Series) -> pd.Series:
    """Of the near-tie days ``near``, those whose words name them most (:func:`day_words`,
    within :data:`_NAMED_GAP`: one named day, a vote of 0.5 or more, separates days; a
    broad hint, or a quarter-weight day looked back to, does not).

    Examples
    --------
    >>> days = pd.date_range("2025-09-01", periods=60)
    >>> near = pd.Series(days.isin(pd.to_datetime(["2025-10-09", "2025-10-20"])), index=days)
    >>> words = pd.Series(0.5 * (days.month == 10), index=days)  # a month-wide hint
    >>> int(named_first(near, words).sum())
    2
    >>> words.loc["2025-10-20":"2025-10-21"] += 2.5  # a dateline
    >>> [str(d.date()) for d in days[named_first(near, words)]]
    ['2025-10-20']
    """
    named = day_words(words)
    out: pd.Series = near & (named >= float(named[near].max()) - _NAMED_GAP)
    return out


def tied(runner_ups: Sequence[str]) -> bool:
    """Whether any runner-up fits as well as the chosen date (:data:`TIE`): the date is
    then a guess between equals, reported as ``"tied"``, not ``"inferred"``.

    Examples
    --------
    >>> tied(["2025-01-08 (score 2.86, 3 assets, " + TIE + ")"]), tied(["2025-01-08"])
    (True, False)
    """
    return any(TIE in r for r in runner_ups)


def stale_ties(keys: Sequence[pd.Series]) -> pd.Series:
    """Of the days tied on every one of ``keys`` (lower is better, compared in order), those
    more than a year before the latest tied day: a guess between equals goes to the recent
    era (the prior's "recent first"), not to a spell years older that fits no better.

    Examples
    --------
    >>> days = pd.to_datetime(["2021-10-15", "2024-08-21", "2024-08-22", "2024-09-30"])
    >>> fit = pd.Series([0.0, 0.0, 0.0, 0.1], index=days)
    >>> stale_ties([fit]).tolist()
    [True, False, False, False]
    """
    best = pd.Series(True, index=keys[0].index)
    for key in keys:
        best &= key <= float(key[best].min()) + 1e-9
    latest = pd.Timestamp(best[best].index.max())
    out: pd.Series = best & (pd.DatetimeIndex(best.index) < latest - _ERA)
    return out
