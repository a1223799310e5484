"""A Fed decision to hold rates, told as the day's news, dates the article near a meeting (pure).

A cut or a hike shows in the effective rate the day after it is taken, so the data date it
(:mod:`leadwatch.claims.datingdecisions`); a hold leaves no mark there. The days it can be
news of are the Federal Open Market Committee's decision days: the second day of each
scheduled meeting (the statement at 2 p.m. Eastern) and the unscheduled ones, listed in
:data:`FOMC_DECISION_DAYS` from the Federal Reserve's announced meeting schedules. A text
that says the Fed held, kept or left its rate unchanged, with no word that puts the
decision ahead or in the past, votes for those days and the day after (a story written that
evening or the next morning). Outside the years listed a hold votes nowhere.

Examples
--------
>>> days = pd.to_datetime(["2024-03-19", "2024-03-20", "2024-03-21", "2024-03-25"])
>>> hold_votes("The central bank left interest rates unchanged on Wednesday.", days)[0].tolist()
[0.0, 0.5, 0.5, 0.0]
>>> hold_votes("Traders expect the Fed to keep rates unchanged next week.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["FOMC_DECISION_DAYS", "hold_pattern", "hold_votes", "meeting_day_votes"]

#: FOMC policy decision days, 2019-2027: the second day of each scheduled meeting, and the
#: unscheduled decisions of March 2020 (the 3rd and the 15th). Source: the Federal Reserve's
#: press releases announcing each year's tentative meeting schedule, and its meeting calendars.
FOMC_DECISION_DAYS = pd.DatetimeIndex(
    [
        *("2019-01-30", "2019-03-20", "2019-05-01", "2019-06-19", "2019-07-31", "2019-09-18"),
        *("2019-10-30", "2019-12-11", "2020-01-29", "2020-03-03", "2020-03-15", "2020-04-29"),
        *("2020-06-10", "2020-07-29", "2020-09-16", "2020-11-05", "2020-12-16", "2021-01-27"),
        *("2021-03-17", "2021-04-28", "2021-06-16", "2021-07-28", "2021-09-22", "2021-11-03"),
        *("2021-12-15", "2022-01-26", "2022-03-16", "2022-05-04", "2022-06-15", "2022-07-27"),
        *("2022-09-21", "2022-11-02", "2022-12-14", "2023-02-01", "2023-03-22", "2023-05-03"),
        *("2023-06-14", "2023-07-26", "2023-09-20", "2023-11-01", "2023-12-13", "2024-01-31"),
        *("2024-03-20", "2024-05-01", "2024-06-12", "2024-07-31", "2024-09-18", "2024-11-07"),
        *("2024-12-18", "2025-01-29", "2025-03-19", "2025-05-07", "2025-06-18", "2025-07-30"),
        *("2025-09-17", "2025-10-29", "2025-12-10", "2026-01-28", "2026-03-18", "2026-04-29"),
        *("2026-06-17", "2026-07-29", "2026-09-16", "2026-10-28", "2026-12-09", "2027-01-27"),
    ]
)
_VOTE = 0.5
_FED = (
    r"\b(?:the )?(?:U\.?S\.? )?(?:Fed|Federal Reserve|FOMC|Federal Open Market Committee"
    r"|central bank|policymakers|policy makers|rate-setters)\b"
)
# "held (interest) rates steady", "left its benchmark rate unchanged", "kept the target range
# at 3.50%-3.75%", "stood pat", "paused its rate cuts"
_KEEP = r"(?:h[eo]ld(?:s|ing)?|kept|keep(?:s|ing)?|le(?:ft|aves?|aving)|maintain(?:s|ed|ing)?)"


def hold_pattern(subject: str) -> re.Pattern[str]:
    """A hold told with ``subject`` (a regex naming the bank) as who holds: "the Fed held
    rates steady", "left its benchmark rate unchanged", "stood pat"."""
    return re.compile(
        rf"{subject}[^.;]{{0,60}}?\b(?:{_KEEP}\b[^.;]{{0,60}}?"
        r"\b(?:rates?|target range|range|target)\b[^.;]{0,40}?"
        r"\b(?:unchanged|steady|on hold|at\s+\d|where)"
        rf"|{_KEEP}\s+(?:rates?\s+)?(?:steady|unchanged)"
        r"|stood pat|paused)\b",
        re.IGNORECASE,
    )


_HOLD = hold_pattern(_FED)
# A hold to come, weighed, or of another time: no news of the day.
_NOT_NEWS = re.compile(
    r"\b(?:will|would|could|may|might|should|(?<!widely )(?<!as )(?<!than )(?<!largely )expect\w*"
    r"|forecast\w*|predict\w*|odds|chance|probability|pric(?:e|es|ed|ing) in|likely|next|bets?"
    r"|if|since|ago|earlier|last\s+(?:week|month|year)|previous|prior|(?:in|at)\s+(?:its\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))\b",
    re.IGNORECASE,
)
_FIRST_SINCE = re.compile(r"\bfor (?:the )?first time since\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)")


def hold_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the decision days (and the day after) of a hold told as the
    day's news (module docstring); each text votes once.

    Parameters
    ----------
    body : str
        The article's text.
    calendar : pandas.DatetimeIndex
        The article dates scored.

    Returns
    -------
    tuple[numpy.ndarray, list[str]]
        The votes and the reason, if any.
    """
    votes, why = meeting_day_votes(body, calendar)
    for sentence in _SENTENCE.findall(body):
        m = _HOLD.search(sentence)
        if m is None:
            continue
        near = _FIRST_SINCE.sub("", sentence[max(0, m.start() - 40) : m.end() + 25])
        if _NOT_NEWS.search(near):  # ("on hold for the first time since July" is news)
            continue
        days = pd.DatetimeIndex(calendar).normalize()
        on = days.isin(FOMC_DECISION_DAYS) | (days - pd.Timedelta(days=1)).isin(FOMC_DECISION_DAYS)
        votes += _VOTE * on
        return votes, [*why, f"{m.group(0)!r}: a Fed meeting's decision day or the next ({_VOTE})"]
    return votes, why


_FOMC = r"(?:(?:the )?(?:FOMC|Fed|Federal Reserve|Federal Open Market Committee)(?:['\u2019]s)? )"
_NEWS = r"(?:\([A-Z]+\) )?(?:(?:rate|policy|interest[- ]rate) )?(?:announcement|decision|statement)"
#: Words before the Fed's name: "today's highly anticipated FOMC decision".
_ADJ = r"(?:[\w-]+ ){0,3}?"
#: Written on the eve of a decision: "ahead of tomorrow's FOMC rate announcement", "the Fed's
#: decision tomorrow", "the first day of the FOMC's two-day meeting".
_EVE = re.compile(
    rf"\btomorrow['\u2019]s {_ADJ}{_FOMC}?{_NEWS}|\b{_FOMC}{_NEWS} tomorrow\b"
    rf"|\b(?:first day|first|start|opening day) of {_FOMC}?(?:two|2)-day (?:policy )?meeting",
    re.IGNORECASE,
)
#: Written on the decision day: "today's Fed decision", "the FOMC statement later today".
_DAY_OF = re.compile(
    rf"\btoday['\u2019]s {_ADJ}{_FOMC}?{_NEWS}|\b{_FOMC}{_NEWS} (?:later )?today\b"
    rf"|\b{_FOMC}{_NEWS} (?:at 2(?::00)? ?p\.?m\.?|this afternoon|later in the day)",
    re.IGNORECASE,
)
_MEETING_VOTE = 1.0


def meeting_day_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes for the day before an FOMC decision day when the text is written on its eve
    ("tomorrow's FOMC rate announcement"), for the decision day when it is written on it
    ("today's Fed decision"); each kind votes once.

    >>> days = pd.to_datetime(["2024-01-29", "2024-01-30", "2024-01-31"])
    >>> meeting_day_votes("Traders wait for tomorrow's FOMC announcement.", days)[0].tolist()
    [0.0, 1.0, 0.0]
    """
    votes, why = np.zeros(len(calendar)), []
    days = pd.DatetimeIndex(calendar).normalize()
    for pattern, shift, said in ((_EVE, 1, "its eve"), (_DAY_OF, 0, "the day itself")):
        m = pattern.search(body)
        if m is not None:
            votes += _MEETING_VOTE * (days + pd.Timedelta(days=shift)).isin(FOMC_DECISION_DAYS)
            why.append(f"{m.group(0)!r}: an FOMC decision day's {said} ({_MEETING_VOTE})")
    return votes, why
