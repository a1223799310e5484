"""A weekly column is written when its week closes (pure).

A text that tallies a whole week ("this week's 2% advance", "for the week", "on the week",
"the week ended Friday", "a weekly gain", "its best week since March", "a sixth straight
week of gains", "finished the week higher") reports the week's last session: it votes 0.5
for Fridays and the weekend after (a column posted on Saturday reports Friday's close).
A week ahead ("next week", "the week ahead", "later this week") says nothing of it, nor a
week's tally to date ("weekly gains so far of 0.8%"), nor weeks of another series ("four
straight weeks of higher speculative longs"); a text that names a weekday from Monday
to Thursday is written then (:mod:`leadwatch.claims.textdates` leaves the vote out).

A weekday printed inside a full date ("on Tuesday, June 10, 2025") names that date, not
the day of writing: :func:`dated_weekdays` finds those, to leave them out of the weekdays
the text names.

Examples
--------
>>> days = pd.date_range("2025-09-22", periods=7)  # Monday..Sunday
>>> week_votes("Gold posted a sixth straight weekly gain.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0, 0.5, 0.5, 0.5]
>>> float(week_votes("Gold slipped after posting a sixth straight weekly gain.", days)[0].max())
0.0
>>> dated_weekdays("Since Tuesday, June 10, 2025, gold rose. It fell on Friday.")
[6]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import (
    IN_A_ROW_RE,
    LOOKS_AHEAD_RE,
    MONTH_RE,
    WEEKDAYS,
    YEAR_RE,
    count_re,
    month_number,
    words_re,
)

__all__ = ["dated_weekdays", "week_span_votes", "week_votes"]

_VOTE = 0.5
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_MOVES = ("gains?", "loss(?:es)?", "climb", "rise", "advance", "decline", "drop", "fall")
_TALLY = words_re((*_MOVES, "slide", "rally", "surge", "jump", "move"))
_STREAK = words_re(("gains", "losses", "advances", "declines"))
_ROW = rf"(?:{IN_A_ROW_RE} )?"
#: Words between "the" and "week" that keep it the calendar week ("the holiday-shortened
#: week", "the volatile trading week"), not a rolling one ("the past week", "the last week").
_NOT_THIS = r"(?:past|last|previous|prior|next|coming|first|second|third|fourth)\b"
_SORT = rf"(?:(?!{_NOT_THIS})[\w-]+\s+){{0,2}}?"
#: Words that tally a whole week: the week's own ...
_OWN_WEEK = (
    rf"\b(?:this|the) week['\u2019]s\s+(?:[\w.%$-]+\s+){{0,3}}?(?:{_TALLY}|performance)\b",
    rf"\b(?:for|on|over) the {_SORT}week\b(?! ahead)|\bthe week (?:ended|ending|to)\b",
    rf"\b(?:finish(?:ed|es|ing)?|end(?:ed|s|ing)?|clos(?:ed|es|ing)) (?:out )?the {_SORT}week\b",
)
#: ... and a week ranked or counted in a streak.
_RANKED = rf"\b(?:a|its|their|another|straight|consecutive|successive) weekly {_TALLY}\b"
_STREAKS = rf"\b(?:{_ORDINAL}|{count_re(12, low=2)}) {_ROW}weeks? of {_STREAK}\b"
_RANK = r"(?:best|worst|strongest|weakest|biggest|largest|steepest|sharpest)"
_BEST = rf"\b{_RANK} (?:week|weekly {_TALLY})\b|\b(?:another|a) week of {_STREAK}\b"
_FORMS = (*_OWN_WEEK, _RANKED, _STREAKS, _BEST, rf"\b{_ORDINAL} {_ROW}weekly\b")
_WEEK_TALLY = re.compile("|".join(_FORMS), re.IGNORECASE)
#: A week ahead of the text, or a clause that looks forward.
_AHEAD = re.compile(rf"(?i){LOOKS_AHEAD_RE}|\b(?:next|coming|following) week\b|\bweek ahead\b")
#: A week told as behind the news: "after posting a second straight weekly loss", "following
#: its best week since March", "Gold slipped on Monday after a sixth straight weekly gain".
_AFTER = re.compile(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DATED_WEEKDAY = re.compile(
    rf"\b(?P<day>{words_re(WEEKDAYS)}),?\s+(?:(?:{MONTH_RE})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE}))",
    re.IGNORECASE,
)


def week_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the close of a week the text tallies (module docstring)."""
    for m in _WEEK_TALLY.finditer(body):
        clause = re.split(r"[.;!?]\s", body[max(0, m.start() - 100) : m.end()])[-1]
        if _AHEAD.search(clause) or _AFTER.search(clause[: len(clause) - len(m.group(0))]):
            continue  # "after posting its best week since March": a week before the text's
        close = np.asarray(calendar.day_of_week) >= 4  # Friday, or the weekend after it
        why = f"{m.group(0)!r}: a week tallied, written at its close (Friday) ({_VOTE})"
        return _VOTE * close, [why]
    return np.zeros(len(calendar)), []


def dated_weekdays(text: str) -> list[int]:
    """Where each weekday printed inside a full date starts ("Tuesday, June 10")."""
    return [m.start() for m in _DATED_WEEKDAY.finditer(text)]


#: A span of days of one month written without its year ("the week of August 12 through 16",
#: "from March 3 to 7", "Oct. 14-18"): its last day and the day count, up to a week.
_DAY_SPAN = re.compile(
    rf"\b(?P<month>{MONTH_RE})\.? (?P<first>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:\s?[-\u2013]\s?|\s(?:through|thru|to)\s)(?P<last>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?![.,]?\d|%| ?(?:percent|per|cents?)\b|,? {YEAR_RE})"
)
_SPAN_DAYS = pd.Timedelta(days=3)
#: A span told as still to come: "the next meeting is scheduled for March 17-18".
_SPAN_AHEAD = re.compile(
    r"\b(?:scheduled|slated|due|planned|next|upcoming|will|set for)\b[^.;]{0,40}$", re.I
)


def week_span_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """0.5 over the last day of each span of days (a week at most) ``body`` names without
    its year and the 3 days after it: a recap of those days is written when they end.
    Arguments and votes as :func:`leadwatch.claims.monthends.month_recap_votes` describes.

    Examples
    --------
    >>> days = pd.date_range("2024-08-11", "2024-08-21")
    >>> votes, _ = week_span_votes("Prices drifted over the week of August 12 through 16.", days)
    >>> [str(d.date()) for d in days[votes > 0]]
    ['2024-08-16', '2024-08-17', '2024-08-18', '2024-08-19']
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[tuple[int, int]] = set()
    for m in _DAY_SPAN.finditer(body):
        month, first, last = (
            month_number(m.group("month")),
            int(m.group("first")),
            int(m.group("last")),
        )
        if not 0 < last - first <= 6 or (month, last) in seen:
            continue
        if _SPAN_AHEAD.search(body, max(0, m.start() - 60), m.start()):
            continue  # a meeting ahead, not days recapped
        seen.add((month, last))
        for year in sorted(set(calendar.year)):
            try:
                end = pd.Timestamp(year, month, last)
            except ValueError:
                continue
            # spans recapped together vote once: the day after two spans is no likelier
            votes = np.maximum(votes, _VOTE * ((calendar >= end) & (calendar <= end + _SPAN_DAYS)))
        why.append(f"{m.group(0)!r}: a span of days recapped, written as it ends ({_VOTE})")
    return votes, why
