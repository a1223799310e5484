"""A futures contract named by its month bounds the day of writing (pure).

"June futures dropped to $4,813", "U.S. gold futures for June delivery", "the December
silver contract", "March WTI futures": news quotes the most active contract, which is
the front month or one of the next few, so the text is written in the
:data:`_AHEAD_MONTHS` months up to that month (a June contract: March to June). Two
spells whose prices fit alike (gold near $4,800 in January and again in April) are told
apart so. "Futures for delivery in March 2026" pins that year's contract; a month with a
year otherwise ("June 2027 futures") or a deferred contract ("futures for delivery in June
next year") is left out.

Examples
--------
>>> days = pd.to_datetime(["2026-01-20", "2026-04-20", "2026-06-30", "2026-07-01"])
>>> contract_votes("June futures dropped to $4,813.70.", days)[0].tolist()
[0.0, 0.5, 0.5, 0.0]
>>> contract_votes("Gold rose in June.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0]
>>> contract_votes("A cut is seen in June. Gold futures rose.", days)[0].tolist()
[0.0, 0.0, 0.0, 0.0]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_RE, MONTHS, YEAR_RE, month_number

__all__ = ["contract_votes"]

_VOTE = 0.5
#: The months before the contract's own in which it is quoted as the most active one.
_AHEAD_MONTHS = 3
#: "gold for December delivery": the metal's contract.
_METAL = r"(?:[Gg]old|[Ss]ilver|[Cc]opper|[Pp]latinum|[Pp]alladium|[Cc]rude|[Oo]il)"
_UNDERLYING = r"(?:(?:U\.?S\.?|COMEX|Comex|CME|NYMEX|gold|silver|crude|oil|WTI|Brent|copper|"
_UNDERLYING += r"bitcoin|Bitcoin|Gold|Silver|Crude|Oil|Copper|platinum|Platinum)\s+){0,3}"
#: "June futures", "the December gold contract", "futures for June delivery".
_CONTRACT = re.compile(
    rf"\b(?P<a>{MONTH_RE})\.?\s+{_UNDERLYING}(?i:futures|contracts?)\b(?!\s+(?:of|in)\s+{YEAR_RE})"
    rf"|\b(?:(?i:futures)\s+(?:contracts?\s+)?|{_METAL}\s+)for\s+(?P<b>{MONTH_RE})\.?\s+(?i:delivery)\b"
    r"(?!\s+(?:next|in)\s+(?:year|\d))"
    rf"|\b(?i:futures|contracts?)\s+(?:(?:for|with)\s+(?:delivery|settlement|expiry|expiration)"
    r"|expiring)\s+in"
    rf"\s+(?P<c>{MONTH_RE})\.?"
    rf"(?:\s+(?P<year>{YEAR_RE}))?\b"
)
#: Gold's active contracts are February, April, June, August and December (October is
#: skipped): from late July the December one is quoted, five months ahead.
_GOLD_AHEAD_MONTHS = {12: 5}


def _sentence_end(body: str, m: re.Match[str]) -> bool:
    """Whether the month of a "June futures" match is a full name closing its sentence."""
    name = m.group("a")
    return name is not None and name.lower() in MONTHS and body[m.end("a") : m.end("a") + 1] == "."


def contract_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the months in which each contract month named is quoted
    (:data:`_VOTE` once per month named)."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    seen: set[int] = set()
    for m in _CONTRACT.finditer(body):
        if _sentence_end(body, m):
            continue  # "... cut rates in June. Gold futures rose": no contract's month
        month = month_number(m.group("a") or m.group("b") or m.group("c"))
        if month in seen:
            continue
        seen.add(month)
        # months back from the contract's: (calendar month - contract month) mod 12
        lead = (month - calendar.month.to_numpy()) % 12
        gold = re.search(r"(?i)\bgold\b", body[max(0, m.start() - 25) : m.end()])
        ahead = _GOLD_AHEAD_MONTHS.get(month, _AHEAD_MONTHS) if gold else _AHEAD_MONTHS
        inside = lead <= ahead
        if m.group("year"):  # "for delivery in March 2026": that year's contract only
            due = pd.Timestamp(year=int(m.group("year")), month=month, day=1) + pd.offsets.MonthEnd(
                0
            )
            inside &= np.asarray((calendar <= due) & (calendar > due - pd.DateOffset(months=12)))
        votes += _VOTE * inside
        why.append(
            f"{m.group(0)!r}: a contract quoted in the {ahead} months up to its own ({_VOTE})"
        )
    return votes, why
