"""Offices and elections a text names, as evidence of the years it may be from (pure).

A few political facts pin a story to a span of years whatever its prices say: "President-elect
Trump" ("the incoming administration") is said only between an election and the inauguration
after it, "President Biden" only during his term, a sitting "President Trump" only during one
of his, and a story telling Trump's election win as news ("Trump wins the election", "after Trump's
victory") comes in the weeks after that election day. Figures that fit equally well in
another year (a 3% fall, a record, a Friday before Christmas) should not outvote that.

Each office told of votes :data:`OFFICE_VOTE` over the days it allows; an election win told
as news votes :data:`WIN_VOTE` over the :data:`NEWS_DAYS` days after that election day (the
news itself) and half that up to :data:`WIN_DAYS` days after it (a reaction to it). A
word that puts the office in the past or another time ("former President Biden",
"then-President Trump", "ex-president") and a win only looked back to as a start ("since
Trump's victory") do not vote.

Examples
--------
>>> days = pd.to_datetime(["2022-12-23", "2024-12-27"])
>>> era_votes("Gold slipped on doubts about President-elect Trump's tariffs.", days)[0].tolist()
[0.0, 0.5]
>>> era_votes("Stocks are up 20% since Trump's election win.", days)[0].tolist()
[0.0, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["NEWS_DAYS", "OFFICE_VOTE", "WIN_DAYS", "WIN_VOTE", "era_votes"]

OFFICE_VOTE = 0.5
WIN_VOTE = 1.0
NEWS_DAYS = 4
WIN_DAYS = 30

_DAY = pd.Timedelta(days=1)
#: US presidential elections Trump won, and the inauguration after each.
_TRUMP_WINS = (
    (pd.Timestamp("2016-11-08"), pd.Timestamp("2017-01-20")),
    (pd.Timestamp("2024-11-05"), pd.Timestamp("2025-01-20")),
)
#: Each transition, from election day to the oath, by the winner's name.
_TRANSITIONS = {
    "Trump": _TRUMP_WINS,
    "Biden": ((pd.Timestamp("2020-11-03"), pd.Timestamp("2021-01-20")),),
}
#: Terms in office: (first day, last day), the last open when still running.
_TERMS = {
    "Trump": (
        (pd.Timestamp("2017-01-20"), pd.Timestamp("2021-01-20")),
        (pd.Timestamp("2025-01-20"), pd.Timestamp("2100-01-01")),
    ),
    "Biden": ((pd.Timestamp("2021-01-20"), pd.Timestamp("2025-01-20")),),
}
#: Words that put an office in another time than the story's.
_OTHER_TIME = r"(?<!former )(?<!ex-)(?<!then-)(?<!then )(?<!ex )(?<!late )"
_ELECT = re.compile(
    rf"(?i:{_OTHER_TIME})\b(?i:president[- ]elect),?\s+(?:(?:Donald|Joe)\s+(?:[JR]\.\s+)?)?"
    r"(?P<name>Trump|Biden)\b|\b(?P<named>Trump|Biden),\s+the\s+president[- ]elect\b"
    r"|\b(?i:the\s+(?:incoming\s+(?:US\s+|U\.S\.\s+)?(?:president|administration)"
    r"|president[- ]elect))\b"
)
_SITTING = re.compile(
    rf"(?i:{_OTHER_TIME})\b(?:US |U\.S\. )?(?i:president)\s+(?:(?:Donald|Joe)\s+(?:[JR]\.\s+)?)?"
    r"(?P<name>Trump|Biden)\b(?!-era)"
)
#: Trump's election win told as news: "Trump wins the election", "Trump's victory",
#: "Trump won the presidency", "Trump's return to the White House".
_WIN = re.compile(
    r"\b(?:Donald\s+)?Trump(?:['\u2019]s\s+(?:(?:decisive|election|electoral|presidential|"
    r"landslide|clear)\s+)*(?:win|victory|triumph|return to the White House)\b"
    r"|\s+(?:wins|won|clinch(?:es|ed)|secur(?:es|ed))\s+(?:the\s+)?"
    r"(?:(?:U\.S\.|US|presidential)\s+)?(?:elections?|presidency|White House|race)\b)"
)
#: A win only looked back to as the start of a window, or named for a term's start.
_LOOKED_BACK = re.compile(r"(?i)\b(?:since|before|ahead of|prior to|as of)\s+$")


def era_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the spans of years that the offices and election wins
    ``body`` names allow, one vote per kind of evidence.

    Parameters
    ----------
    body
        The article's text (its non-boilerplate sentences).
    calendar
        The days to vote over.

    Returns
    -------
    tuple[numpy.ndarray, list[str]]
        The votes per day and the reasons in words.
    """
    votes = np.zeros(len(calendar))
    why: list[str] = []
    elect = [m.group("name") or m.group("named") or "" for m in _ELECT.finditer(body)]
    if elect:  # a name settles whose transition; "the incoming president": any
        allowed = np.zeros(len(calendar), dtype=bool)
        for name, spans in _TRANSITIONS.items():
            for won, sworn in spans if name in elect or "" in elect else ():
                allowed |= (calendar > won) & (calendar <= sworn)
        votes += OFFICE_VOTE * allowed
        who = " or ".join(sorted(set(elect) - {""})) or "a president"
        why.append(
            f"{who} told of as president-elect: between the win and the oath ({OFFICE_VOTE})"
        )
    for name in sorted({m.group("name") for m in _SITTING.finditer(body)}):
        allowed = np.zeros(len(calendar), dtype=bool)
        for start, end in _TERMS[name]:
            allowed |= (calendar >= start) & (calendar <= end)
        votes += OFFICE_VOTE * allowed
        why.append(f"'President {name}' is said during his term ({OFFICE_VOTE})")
    told = [m for m in _WIN.finditer(body) if not _LOOKED_BACK.search(body[: m.start()][-20:])]
    if told:
        for won, _ in _TRUMP_WINS:
            after = (calendar - won).days
            votes += WIN_VOTE * ((after >= 1) & (after <= NEWS_DAYS))  # results: the next day
            votes += WIN_VOTE / 2 * ((after > NEWS_DAYS) & (after <= WIN_DAYS))
        why.append(
            f"{told[0].group(0)!r}: the election win is news, within {NEWS_DAYS} days of it "
            f"({WIN_VOTE}; {WIN_VOTE / 2} up to {WIN_DAYS})"
        )
    return votes, why
