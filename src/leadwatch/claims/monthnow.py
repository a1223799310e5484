"""A month the text speaks of as the one in progress ("gold is up 4% so far in March",
"ether is facing its worst February in years", "silver began May at $30 and has since
lost $2", "with the month of October upon us") dates the article inside that month (pure).

The month is named without a year, so it votes :data:`VOTE` over its days in every year of
the calendar (the prices settle which), and over the first :data:`GRACE_DAYS` days after it
(a story filed on the month's last evening is read the next morning). A month told as over
("had its worst February") or named with a day or a year (a date) does not vote here.

Examples
--------
>>> days = pd.date_range("2025-02-27", "2025-03-04")
>>> votes, why = month_now_votes("Gold has gained 4% so far in February.", days)
>>> votes.tolist()
[1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
>>> month_now_votes("Copper remains up nearly 9% for February.", days)[0].tolist()
[1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
>>> month_now_votes("Copper was up nearly 9% in February.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
>>> text = "Gold recovered what it lost earlier this month. On March 3, it fell below $2,900."
>>> month_now_votes(text, days)[0].tolist()
[0.0, 0.0, 1.0, 1.0, 1.0, 1.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_NAME_RE, month_number

__all__ = ["GRACE_DAYS", "VOTE", "month_now_votes"]

VOTE = 1.0
GRACE_DAYS = 1
#: A month named alone: not a date ("February 3", "February 2025").
_MONTH = rf"((?-i:{MONTH_NAME_RE}))\b(?!,? (?:19|20)\d\d|\.? [0-3]?\d\b)"
#: Its worst/best month told in the present ("is facing its worst February in years",
#: "on course for its best May since 2019").
_RANK = (
    r"(?:best|worst|biggest|strongest|weakest|sharpest|steepest)"
    r"(?:\s+(?:monthly\s+)?(?:performance|gain|loss|drop|decline|rise|run))?"
)
_PROGRESS = (
    r"\b(?:is|are|'s)\s+(?:now\s+)?(?:facing|having|heading for|headed for|set for|poised for"
    r"|on (?:course|track|pace) for|on (?:course|track|pace) to (?:post|log|record|notch))"
    rf"\s+(?:its|their|the)\s+{_RANK}\s+(?:in\s+)?(?:of\s+)?"
)
#: A month said to have come ("with the month of October upon us", "May is here", "now that
#: June has arrived", "December is under way").
_ARRIVED = (
    rf"\b(?:the\s+(?:[\w-]+\s+){{0,3}}month\s+of\s+)?{_MONTH}\s+(?:(?:is|has)\s+)?(?:now\s+)?"
    r"(?:upon us|here\b|arrived|under\s?way|in full swing)"
)
#: A figure the month holds so far, told in the present ("remains up nearly 15% for January",
#: "is now lower by 6% for November"); a past tense ("was up 3% in May") tells a month over.
_STANDING = (
    r"\b(?:is|are|remains?|stands?|sits?|'s|now)\s+(?:still\s+|now\s+)?"
    r"(?:up|down|higher|lower|off)\s+(?:by\s+)?(?:about|nearly|almost|roughly|some|around"
    r"|more than|over|just over|just under|less than)?\s*[\d.,]+\s?(?:%|per ?cent|percent)"
    rf"\s+(?:so far\s+)?(?:for|in)\s+(?:the month of\s+)?{_MONTH}"
)
_NOW = re.compile(
    rf"(?i)(?:\bso far (?:in|this) {_MONTH}|\b(?:in|for) {_MONTH}(?: so far| to date)"
    rf"|{_STANDING}"
    rf"|{_PROGRESS}{_MONTH}"
    rf"|\b(?:started|began|opened|entered) {_MONTH} (?:at|near|around|above|below)\b"
    r"(?=[^.;!?]{0,80}\b(?:has|have) since\b)"
    rf"|{_ARRIVED})"
)

#: A day of this month told beside "earlier this month" ("what it lost earlier this month.
#: On May 6, it slid below $2,900"): the month named with it is the current one.
_DAY_OF = rf"(?:on|since|from|by) ((?-i:{MONTH_NAME_RE}))\.? [0-3]?\d\b(?!,? (?:19|20)\d\d)"
_THIS_MONTH_DAY = re.compile(
    rf"(?i)\b(?:earlier|so far|already) this month\b[^!?]{{0,60}}?\b{_DAY_OF}"
    rf"|\b{_DAY_OF}[^.!?]{{0,80}}?\b(?:earlier|so far|already) this month\b"
)


def month_now_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for each month ``body`` speaks of as in progress, once each
    (module docstring).

    Parameters
    ----------
    body : str
        The article's words.
    calendar : pandas.DatetimeIndex
        The candidate days.

    Returns
    -------
    tuple of numpy.ndarray and list of str
        The votes per day and the reasons in words.
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[int] = set()
    for m in [*_NOW.finditer(body), *_THIS_MONTH_DAY.finditer(body)]:
        name = next(g for g in m.groups() if g)
        month = month_number(name)
        if month in seen:
            continue
        seen.add(month)
        after = calendar - pd.Timedelta(days=GRACE_DAYS)
        votes += VOTE * ((calendar.month == month) | (after.month == month))
        why.append(f"{m.group(0)!r}: {name} is the month in progress ({VOTE})")
    return votes, why
