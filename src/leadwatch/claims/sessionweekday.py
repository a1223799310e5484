"""A lead that names its weekday with a time in the session is written that day (pure).

"Gold slid 1% on Monday ... as of 0055 GMT", "silver hit a record in early trading on
Thursday", "bitcoin was down 2% on Tuesday in Asian trade", "stocks opened lower Friday and
were off 0.6% by midday": a story quoting prices at an hour of a named day is written on
that day, not the day after (a price "of today" also holds the next day, for the source's
close time, so without this the day after scores as well, and a stated move that shows in
the next close tips it there). The first weekday of the opening counts, with a time of the
session in its sentence or in the next :data:`_FOLLOWING` sentences that name no other
weekday; a sentence naming two weekdays ("rose on Tuesday after falling on Monday"), a
weekday ahead (:func:`.datehints.named_weekdays`), or a day-by-day recap ("On Tuesday,
... On Wednesday, ...": two days or more; its "earlier in the session" and "intraday"
are of past sessions, which is why those words are no time of writing either) says
nothing. It is no vote (a
vote on one weekday would split the near-tie spells and change which one wins): a date
that falls on the day after is moved back to the weekday when that scores nearly as well
(:func:`session_day`, used by :func:`leadwatch.claims.dating.infer_date`). A printed
dateline on the trading day after the weekday the lead names, with or without a time
(:func:`lead_weekday`), is a page dated the morning after the session it reports, or the
page's clock a time zone ahead ("12/03/2026" atop "Late on Wednesday New York time, ..."
from an Asian desk; a Monday page on "Gold fell on Friday"): the session's weekday is the
date (:func:`dateline_session`), which the labels' convention for "today" also accepts
when the page's own day was meant (the published day or the trading day before it).

Examples
--------
>>> session_weekday("Gold fell 1% on Tuesday. Spot gold was at $3,370 as of 0130 GMT.")
1
>>> session_weekday("Gold fell 1% on Tuesday.") is None
True
>>> days = pd.date_range("2025-08-25", periods=7)  # Monday .. Sunday
>>> score = pd.Series([0, 5.5, 5.7, 0, 0, 0, 0], index=days)
>>> session_day(days[2], score, 1)[0].day_name()
'Tuesday'
"""

from __future__ import annotations

import re

import pandas as pd

from leadwatch.claims.datehints import named_weekdays
from leadwatch.claims.vocabulary import WEEKDAYS

__all__ = ["NEAR", "dateline_session", "lead_weekday", "session_day", "session_weekday"]

#: The opening sentences searched for the lead's weekday (a headline, a byline and ad lines
#: may come before the lead).
_OPENING = 6
#: Sentences after the lead's that may give its time of the session.
_FOLLOWING = 2
#: How far below the day after the session's weekday may score and still be taken.
NEAR = 0.3
#: Sentences opening on a weekday that make the text a day-by-day recap of past sessions.
_RECAP_OPENERS = 2
#: How many days before a dateline the session quoted at a time of day may lie.
_SESSION_BACK = 4
_ZONE = r"(?:GMT|UTC|ET|EST|EDT|BST|CET|IST|SGT|HKT|JST|AEST|a\.?m\.?|p\.?m\.?)"
_MARKET = r"(?:Asian|Asia|European|Europe|London|New\s+York|U\.?S\.?|American|Tokyo|early|late)"
#: A time within the day's session: a clock time, a part of the session, "at writing".
_SESSION = re.compile(
    rf"\b\d{{1,2}}[:.]?\d{{2}}\s*{_ZONE}(?![a-z])|\b\d{{1,2}}\s*[ap]\.?m\.?(?![a-z])"
    rf"|\b(?:in|during|by|through)\s+(?:the\s+)?(?:{_MARKET}\s+)?(?:morning|afternoon|"
    r"mid-?day|midday|lunchtime)(?:\s+(?:trade|trading|deals|session))?\b"
    rf"|\b(?:in|during)\s+(?:the\s+)?(?:{_MARKET}\s+)+(?:trade|trading|hours|deals|session)\b"
    r"|\b(?:early|late)\s+(?:trade|trading|deals|session)\b"
    r"|\bat\s+(?:the\s+time\s+of\s+|press\s+time|"
    r"(?:the\s+)?time\s+of\s+)?writing\b|\bat\s+press\s+time\b|\bas\s+of\s+writing\b",
    re.IGNORECASE,
)
#: A page's stamp ("Published: July 9, 2025, 10:15 PM", "Updated 3:40 pm"; a time right
#: after a year): its time is the page's, not the session's.
_STAMP = re.compile(
    r"(?im)^\s*(?:published|updated|posted|last updated)\b[^\n]*$"
    rf"|\b(?:19|20)\d\d,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*{_ZONE}?"
)
#: A day-by-day recap's paragraph opener ("On Tuesday, ...", "Wednesday saw ...").
_DAY_OPENER = re.compile(
    rf"(?:^|[.!?]\s+)(?:On\s+)?({'|'.join(d.capitalize() for d in WEEKDAYS)})\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"'\u201c(])")
_WEEKDAY_OF = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")
#: A clause told as before the session quoted: "after hitting ...", "following ...".
_LOOKED_BACK = re.compile(r"(?i)\b(?:after|following|since)\b(?:[^,;:!?]|(?<=\d),(?=\d))*$")


def _sentences(body: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(body) if s.strip()]


def _own_days(sentence: str) -> str:
    """``sentence`` with the weekdays of the earlier events it looks back to blanked out
    ("up 1% by 0800 GMT, after a peak set on Friday": Friday's is the peak's
    day, not the session's).

    >>> _own_days("Gold was up 1% as of 0700 GMT, after a record of $2,961 on Friday.")
    'Gold was up 1% as of 0700 GMT, after a record of $2,961 on ------.'
    """
    return _WEEKDAY_OF.sub(
        lambda m: "-" * len(m.group()) if _LOOKED_BACK.search(sentence[: m.start()]) else m.group(),
        sentence,
    )


def _lead_day(sentences: list[str]) -> tuple[int, int] | None:
    """The first opening sentence naming a weekday: its index and that weekday, when it
    names only that one, not ahead, nor as the day of an earlier event it looks back to
    (then the lead names no day of its own)."""
    for i, sentence in enumerate(sentences[:_OPENING]):
        if not _WEEKDAY_OF.search(sentence):
            continue
        days = named_weekdays(sentence)
        own = len(days) == 1 and bool(named_weekdays(_own_days(sentence)))
        return (i, days[0]) if own else None
    return None


def session_weekday(body: str) -> int | None:
    """The weekday (0 = Monday) the opening names with a time in its session, or ``None``."""
    sentences = _sentences(body)
    lead = _lead_day(sentences)
    openers = {m.lower() for m in _DAY_OPENER.findall(body)}  # "On Wednesday, ..." twice: one
    if lead is None or len(openers) >= _RECAP_OPENERS:  # day's session, no day-by-day recap
        return None
    at, day = lead
    for k, sentence in enumerate(sentences[at : at + 1 + _FOLLOWING]):
        named = {m.lower() for m in re.findall(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b", sentence)}
        if k and named - {WEEKDAYS[day]}:
            return None  # another day's sentence: its hours are that day's
        if _SESSION.search(_STAMP.sub(" ", sentence)):
            return day
    return None


def lead_weekday(body: str) -> int | None:
    """The weekday (0 = Monday) the lead names, with or without a time of the session, or
    ``None`` (no weekday in the opening, two of them, one ahead, or a day-by-day recap).

    >>> lead_weekday("Gold fell 1% on Tuesday after the jobs report.")
    1
    >>> lead_weekday("On Monday, gold rose. On Tuesday, it fell.") is None
    True
    """
    lead = _lead_day(_sentences(body))
    if lead is None or len({m.lower() for m in _DAY_OPENER.findall(body)}) >= _RECAP_OPENERS:
        return None
    return lead[1]


def session_day(
    day: pd.Timestamp, score: pd.Series, weekday: int | None, timed: bool = True
) -> tuple[pd.Timestamp, list[str]]:
    """``day`` moved back to the session's ``weekday`` when it is the day after it and that
    weekday scores within :data:`NEAR` of it (the day after held only by the allowance for
    a source's close time), with the reason. Without a time of the session (``timed``
    false) the lead's weekday moves it back alike: "today" is that session's, whether the
    page came out that evening or the next morning."""
    before = day - pd.Timedelta(days=1)
    if weekday is None or day.day_of_week != (weekday + 1) % 7 or before not in score.index:
        return day, []
    if float(score.loc[before]) < float(score.loc[day]) - NEAR:
        return day, []
    name = WEEKDAYS[weekday].capitalize()
    how = " with a time in its session" if timed else ", the session it reports"
    return before, [f"the lead names {name}{how}: dated {before.date()}"]


def dateline_session(
    day: pd.Timestamp, weekday: int | None, session: int | None = None
) -> tuple[pd.Timestamp, list[str]]:
    """A printed dateline ``day`` moved back to the lead's ``weekday`` (Monday to Friday)
    when ``day`` is the trading day after it, with the reason: the page is dated the
    morning after the session it reports, or its clock runs a time zone ahead (module
    docstring). A lead that quotes its weekday's ``session`` at a time of day ("on Monday
    ... as of 10:05 a.m. ET") reports that session even when the page is dated up to
    :data:`_SESSION_BACK` days after it (a repost, a blog's later page): its day is the date.

    >>> thursday, monday = pd.Timestamp("2026-06-25"), pd.Timestamp("2026-06-29")
    >>> dateline_session(thursday, 2)[0].day_name(), dateline_session(thursday, 3)[0].day_name()
    ('Wednesday', 'Thursday')
    >>> dateline_session(monday, 4)[0].date(), dateline_session(thursday, 1)[0].day_name()
    (datetime.date(2026, 6, 26), 'Thursday')
    >>> dateline_session(thursday, 0, 0)[0].day_name()  # Monday's session at 10 a.m.
    'Monday'
    """
    if session is not None and session <= 4:  # a clock time of the session: days back too
        back = (day.day_of_week - session - 1) % 7 + 1  # the last such weekday before the page
        if back <= _SESSION_BACK:
            before = day - pd.Timedelta(days=back)
            name = WEEKDAYS[session].capitalize()
            return before, [
                f"the lead quotes {name}'s session at a time of day, {back} days before the "
                f"dateline (a page dated after the session it reports): dated {before.date()}"
            ]
    if weekday is None or weekday > 4:
        return day, []
    before = pd.Timestamp(day - pd.offsets.BDay(1))  # Friday's session on a Monday page too
    if before.day_of_week != weekday:
        return day, []
    name = WEEKDAYS[weekday].capitalize()
    return before, [
        f"the lead names {name}, the trading day before the dateline (a page dated the "
        f"morning after, or a time zone ahead): dated {before.date()}"
    ]
