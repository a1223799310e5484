"""A month the text says is ending now ("ending May with a monthly loss", "set to close out
May higher", "on the last trading day of May", "as May draws to a close") dates the
article in that month's last days (pure).

A month said to be over ("finished February") is a recap written after it
(:mod:`leadwatch.claims.textdates`); one still ending is written on its last trading days:
1.0 over the 4 days before its end and the day after (a Friday's wrap read on Saturday),
in any year. A month recapped as a whole (a heading "March 2025 Market Recap", "it began
June at $40 and ended it at $44") is written on its last day or in the 10 days after it:
1.0 there, in the year named with it, else in any year (:func:`month_recap_votes`); an
opening that judges a month in the past tense ("March proved a busy month") is
such a review too, from the month's last weekday.

Examples
--------
>>> days = pd.date_range("2025-05-26", "2025-06-03")
>>> votes, why = month_end_votes("Gold slipped on Friday, ending May with a loss.", days)
>>> [str(d.date()) for d in days[votes > 0]]
['2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30', '2025-05-31', '2025-06-01']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE, month_number

__all__ = ["month_end_votes", "month_recap_votes"]

_MONTH = rf"(?-i:{MONTH_NAME_RE})\b(?!,? (?:19|20)\d\d| [0-3]?\d\b)"
#: The month ending now: a participle, an infinitive, its last day, "as ... draws to a close".
_ENDING = re.compile(
    r"\b(?:(?:ending|finishing|closing(?: out)?|wrapping up|rounding off|rounding out)"
    r"|(?:to|will|would|could|poised to|on track to|headed to|heading to) "
    r"(?:end|finish|close(?: out)?|wrap up|round off|round out)"
    r"|(?:on|in) the (?:last|final|closing) (?:trading )?(?:day|session|days|sessions) of"
    rf") (?P<month>{_MONTH})"
    rf"|\bas (?P<now>{_MONTH}) (?:draws|comes|drew|came) to an? (?:close|end)",
    re.IGNORECASE,
)
#: A monthly tally still on its way ("is heading for a monthly decline in August", "set
#: for a second monthly gain", "on track for its biggest monthly drop"): the month's last
#: week, of the month named after it, else of any month.
_HEADING = re.compile(
    r"\b(?:heading|headed|on track|on course|on pace|set|poised|en route)"
    r" (?:for|to (?:post|log|record|notch|book)) (?:a|an|its|their)(?: [\w-]+){0,2}?"
    r" monthly (?:gains?|loss(?:es)?|declines?|drops?|falls?|rises?|advances?|slides?"
    r"|rall(?:y|ies)|jumps?|surges?|slumps?|retreats?|increases?|decreases?)\b"
    rf"(?: (?:in|for) (?P<month>{_MONTH}))?",
    re.IGNORECASE,
)
_VOTE = 1.0  # of a month ending and of a month recapped alike
_BEFORE = pd.Timedelta(days=4)
_HEADING_BEFORE = pd.Timedelta(days=7)
_AFTER = pd.Timedelta(days=1)


def month_end_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each month ``body`` says is ending now, once a month
    (its last 4 days), or whose tally it says is on its way (its last week; with no month
    named, the last week of any month).

    >>> days = pd.date_range("2024-08-20", "2024-09-02")
    >>> votes, _ = month_end_votes("Ether is set for a steep monthly loss.", days)
    >>> [str(d.date()) for d in days[votes > 0]][0], str(days[votes > 0][-1].date())
    ('2024-08-24', '2024-09-01')
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    found = _ENDING.finditer(body)
    months = {month_number(m.group("month") or m.group("now")): m.group(0) for m in found}
    heading = {
        month_number(m.group("month")) if m.group("month") else 0: m.group(0)
        for m in _HEADING.finditer(body)
    }
    for month, words in sorted(months.items()):
        votes += _VOTE * _month_end_days(calendar, [month], _BEFORE, _AFTER)
        why.append(f"{words!r}: the month is ending, written in its last days ({_VOTE})")
    for month, words in sorted(heading.items()):
        if month in months or (month == 0 and months):
            continue  # one vote for a month's end
        ends = [month] if month else range(1, 13)
        votes += _VOTE * _month_end_days(calendar, ends, _HEADING_BEFORE, _AFTER)
        why.append(f"{words!r}: a monthly tally on its way, written in the last week ({_VOTE})")
        break
    return votes, why


def _month_end_days(
    calendar: pd.DatetimeIndex,
    months: Iterable[int],
    before: pd.Timedelta,
    after: pd.Timedelta,
    year: int | None = None,
    *,
    from_last_weekday: bool = False,
) -> np.ndarray:
    """Whether each calendar day lies from ``before`` the end of one of ``months`` to
    ``after`` it, in ``year`` (with none, in any year of ``calendar``); with
    ``from_last_weekday``, from the month's last weekday instead."""
    hit = np.zeros(len(calendar), dtype=bool)
    years = sorted(set(calendar.year)) if year is None else [year]
    for month in months:
        for y in years:
            end = pd.Timestamp(y, month, 1) + pd.offsets.MonthEnd(0)
            first = (
                pd.bdate_range(end - pd.Timedelta(days=6), end)[-1]
                if from_last_weekday
                else end - before
            )
            hit |= (calendar >= first) & (calendar <= end + after)
    return hit


#: A month recapped as a whole: a heading "<Month> [year] [a few title words] Recap" (a
#: policy or rate review is not one), or a start and an end of the month in one sentence
#: ("began June at $40 and ended it at $44", "opened March ... and closed the month").
_RECAP = re.compile(
    rf"\b(?P<month>(?-i:{MONTH_NAME_RE}))(?:,? (?P<year>{YEAR_RE}))?"
    r"(?: (?!(?:Policy|Rate|Rates|Meeting|FOMC|Fed|Strategic|Annual)\b)(?-i:[A-Z][\w&-]*)){0,3}"
    r" (?:Recap|Review|in Review|Wrap-?up|Round-?up)\b"
    # "began June at $40 and ended it at $44", "Starting June at $40, gold closed at $44"
    r"|\b(?:start(?:ed|s|ing)|beg[ae]n|begins|beginning|open(?:ed|s|ing))"
    rf" (?P<begun>(?-i:{MONTH_NAME_RE}))\b"
    r"(?!,? (?:19|20)\d\d| [0-3]?\d\b)(?:[^.;!?]|\.(?=\d)){0,80}? "
    r"(?:end(?:ed|s)|finish(?:ed|es)|clos(?:ed|es)(?: out)?|wrapp?(?:ed|s) up)"
    r" (?:it|the month|at|near|around)\b"
    # a question or a look back at the month as a whole: "what did gold do in September?",
    # "how did bitcoin fare during March", "looking back at May", "a recap of June"
    r"|\b(?:what|how) did\b[^.;!?]{0,60}?\b(?:do|fare|perform|trade|move|end up) "
    rf"(?:in|during|over|through(?:out)?) (?P<asked>{MONTH_NAME_RE})\b"
    r"(?:,? (?P<asked_year>(?:19|20)\d\d))?(?! [0-3]?\d\b)"
    r"|\b(?:look(?:ing|ed|s)? back (?:at|on)|recapp?(?:ing|ed)?|review(?:ing|ed)?"
    r"|an? (?:recap|review|round-?up) of) (?:the month of )?"
    rf"(?P<back>(?-i:{MONTH_NAME_RE}))\b(?:,? (?P<back_year>(?:19|20)\d\d))?(?! [0-3]?\d\b)",
    re.IGNORECASE,
)
_RECAP_DAYS = pd.Timedelta(days=10)
#: An opening that judges a month as a whole in the past tense ("March turned out to be a
#: busy month", "March 2024 was a rough month for ether", "May was a whirlwind of a month", "May
#: will be remembered as one of the calmest months", "June goes down as a record month"): a
#: review written once the month's trading is over, from its last weekday to 10 days after
#: its end.
_MONTH_WAS = re.compile(
    rf"\b(?P<month>(?-i:{MONTH_NAME_RE}))(?:,? (?P<year>{YEAR_RE}))?"
    r" (?:turned out to be|proved(?: to be)?|was|ended up (?:being|as)"
    r"|(?:will|is set to|is likely to) (?:be remembered|go down) as|(?:goes|went) down as)"
    r" (?:one of the (?:[\w-]+ ){0,3}months\b|(?:[\w-]+ ){0,3}(?:of an? )?month\b)",
    re.IGNORECASE,
)
#: How far into the text such a judgement opens the review.
_OPENING = 300


def month_recap_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each month ``body`` recaps as a whole, once a month.

    Parameters
    ----------
    body : str
        The article's running text.
    calendar : pandas.DatetimeIndex
        The days to vote on.

    Returns
    -------
    tuple of numpy.ndarray and list of str
        The votes per day, and the reasons in words.

    Examples
    --------
    >>> days = pd.date_range("2024-06-28", "2024-07-12")
    >>> votes, _ = month_recap_votes("Silver began June at $29 and ended it at $31.", days)
    >>> [str(d.date()) for d in days[votes > 0]][:2], str(days[votes > 0][-1].date())
    (['2024-06-30', '2024-07-01'], '2024-07-10')
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    months: dict[int, tuple[int | None, str]] = {}  # a month once, with its year if named
    for m in _RECAP.finditer(body):
        month = month_number(
            m.group("month") or m.group("begun") or m.group("asked") or m.group("back")
        )
        named = m.group("year") or m.group("asked_year") or m.group("back_year")
        year = int(named) if named else None
        if month not in months or (months[month][0] is None and year is not None):
            months[month] = (year, m.group(0))
    judged = _MONTH_WAS.search(body[:_OPENING])
    if judged is not None and month_number(judged.group("month")) not in months:
        year = int(judged.group("year")) if judged.group("year") else None
        months[month_number(judged.group("month"))] = (year, judged.group(0))
    for month, (year, words) in sorted(months.items()):
        # a month judged as a whole: its trading is over from its last weekday
        over = judged is not None and words == judged.group(0)
        votes += _VOTE * _month_end_days(
            calendar, [month], pd.Timedelta(0), _RECAP_DAYS, year, from_last_weekday=over
        )
        why.append(f"{words!r}: a recap of the month, written at or after its end ({_VOTE})")
    return votes, why
