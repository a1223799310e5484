"""The Fed's rate decision told as a move of the fed funds rate: extraction and grading.

"the Fed lowered its policy rate by 0.25 points", "the Fed cut
its key rate by half a point", "the FOMC delivered a 50 basis point cut" state
a step of the policy rate. Each becomes a ``move`` of ``fed_funds`` (``pct`` the size in
basis points, window ``decision``, qualifier ``bp``). A decision expected, priced, voted for by
a dissenter or forecast ("traders expect the Fed to cut by 25 bp", "a 65% chance of a
quarter-point cut") states none, nor does another central bank's ("the ECB cut rates").

Grading: the effective rate shows a decision the day after it is taken
(:func:`leadwatch.claims.eventwindows.fed_decisions`); the latest step in the 10 days up to
the claim's day (in the month named: "cut by 50 bp in September") is compared with the
stated one (the same direction, the size within 0.06 points). No step in those days: not
checkable (the store tells no decision it missed).

Examples
--------
>>> [(c.op, c.pct) for c in decision_claims(0, "The Fed cut rates by a quarter point.")]
[('down', 25.0)]
>>> s = "The Federal Reserve raised its key rate by 0.75 percentage points on Wednesday."
>>> [(c.op, c.pct) for c in decision_claims(0, s)]
[('up', 75.0)]
>>> decision_claims(0, "Traders expect the Fed to cut rates by 25 basis points.")
[]
>>> decision_claims(0, "Fed to cut rates by 25bps")
[]
>>> s = "The FOMC voted in favor of raising its target range for the policy rate by 25 bp."
>>> [(c.op, c.pct) for c in decision_claims(0, s)]
[('up', 25.0)]
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.eventday import event_day
from leadwatch.claims.eventwindows import fed_decisions, fed_rates
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.text import find_when

__all__ = ["check_decision", "decision_claims"]

_FED = (
    r"\b(?:the )?(?:U\.?S\.? )?(?:Fed|Federal Reserve|FOMC|Federal Open Market Committee)\b"
    r"(?:\s*\([A-Z]+\))?"
)
_CUT = r"cut(?:ting)?|lower(?:ed|ing)|reduc(?:ed|ing)|trimm(?:ed|ing)|slash(?:ed|ing)"
_HIKE = r"rais(?:ed|ing)|hik(?:ed|ing)|lift(?:ed|ing)|increas(?:ed|ing)"
_RATE = (  # "its target range for the policy rate" too
    r"(?:(?:its|the) target range (?:for|of) )?"
    r"(?:(?:its|the|interest|overnight|key|policy|benchmark|short-term|federal|fed|funds"
    r"|target|lending|borrowing|baseline|main)\s+){0,4}(?:rates?|costs)(?:\s+range)?"
)
_SIZE = (  # "a quarter point" reads "25% point" once figures are made plain
    r"(?P<share>\d+)%[- ](?:percentage[- ])?point"
    r"|(?P<num>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>basis[- ]points?|bps?\b|percentage[- ]points?|%)"
    r"|(?P<quarter>(?:a|one)[- ]quarter(?:[- ]of)?(?:[- ]a)?[- ](?:percentage[- ])?point"
    r"|(?:a\s+)?quarter[- ](?:percentage[- ])?point)"
    r"|(?P<half>half[- ]a[- ](?:percentage[- ])?point|(?:a\s+)?half[- ](?:percentage[- ])?point)"
)
#: The verb form: "cut interest rates by 25 basis points".
_VERBED = re.compile(
    rf"{_FED}(?P<gap>[^.;:]{{0,40}}?)\s(?:(?P<cut>{_CUT})|(?P<hike>{_HIKE}))\s+{_RATE}"
    rf"(?:\s+[^.;:\d]{{0,30}}?)?\s+by\s+(?:{_SIZE})",
    re.IGNORECASE,
)
#: The noun form: "delivered its third 0.25% rate cut", "announced a 50 bp hike".
_NOUNED = re.compile(
    rf"{_FED}(?P<gap>[^.;:]{{0,40}}?)\s(?:delivered|announced|made|enacted|implemented"
    r"|approved|opted for|went with)\s+(?:a|an|its|the)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:{_SIZE})[- ](?:interest[- ])?(?:rate[- ])?"
    r"(?:(?P<cut>cut|reduction)|(?P<hike>hike|increase))",
    re.IGNORECASE,
)
#: The step told after the decision: "cut its key rate to 3.5%-3.75%, a reduction of 0.25 points".
_APPOSED = re.compile(
    rf"{_FED}(?P<gap>[^.;:]{{0,40}}?)\s(?:(?P<cut>{_CUT})|(?P<hike>{_HIKE}))\s+{_RATE}"
    rf"(?:[^.;:]|(?<=\d)\.(?=\d)){{0,60}}?,\s+an?\s+(?:reduction|cut|decrease|increase|hike|rise)\s+of\s+(?:{_SIZE})",
    re.IGNORECASE,
)
#: What makes a step a forecast, a wish or a bet rather than a decision taken.
_NOT_TAKEN = re.compile(
    r"\b(?:expect\w*|will|would|could|may|might|should|shall|likely|chances?|odds|probabilit\w+"
    r"|bets?|betting|priced|pricing|if|whether|unless|forecast\w*|project\w*|predict\w*"
    r"|signal\w*|plans?|planning|wish\w*|wan(?:ts?|ted)|hop(?:e|es|ing|ed)|favou?r\w*|dissent\w*"
    r"|calls? for|called for|preferr\w*|prefers?|push(?:ed|es)? for|argu\w+ for"
    r"|another|further|more|next|again|to be)\b",
    re.IGNORECASE,
)

#: The committee's own vote: the Fed (or FOMC) as its subject takes the decision.
_VOTED = re.compile(
    r"^\s*(?:(?:policymakers|officials|members) )?(?:has |have )?voted(?: \d+-\d+)?"
    r" in favou?r of\s*$",
    re.IGNORECASE,
)

#: A decision ahead: a headline's "Fed to cut", "is set to", "poised to".
_AHEAD = re.compile(r"^\s*to\s*$|\b(?:set|poised|due|going|ready|about|is|are)\s+to\s*$")


def _size(m: re.Match[str]) -> float | None:
    """The stated step in basis points."""
    if m["share"]:
        return float(m["share"])
    if m["quarter"]:
        return 25.0
    if m["half"]:
        return 50.0
    num = float(m["num"])
    unit = m["unit"].lower()
    bp = num if unit.startswith("b") else num * 100.0
    return bp if 5.0 <= bp <= 100.0 else None


def decision_claims(index: int, s: str) -> list[Claim]:
    """The rate decisions sentence ``s`` (number ``index``) states (module doc)."""
    out: list[Claim] = []
    for pattern in (_VERBED, _NOUNED, _APPOSED):
        for m in pattern.finditer(s):
            gap = _VOTED.sub("", m["gap"] or "")  # "the FOMC voted in favor of cutting": taken
            if _NOT_TAKEN.search(s, 0, m.start()) or _NOT_TAKEN.search(gap):
                continue
            if _AHEAD.search(m["gap"] or ""):
                continue  # "Fed to cut rates by 25 bp", "the Fed is poised to cut": ahead
            size = _size(m)
            if size is None:
                continue
            op = "down" if m["cut"] else "up"
            words = m.group(0)
            quals = ("bp",)
            out.append(
                Claim(
                    index,
                    "move",
                    "fed_funds",
                    words,
                    op,
                    pct=size,
                    when=find_when(s),
                    window="decision",
                    qualifiers=quals,
                )
            )
        if out:
            break
    return out[:1]


def check_decision(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Grade a rate decision ``c`` (module doc) at article date ``day``."""
    rates = fed_rates(market)
    if rates is None or c.pct is None:
        return "not checkable", "no fed funds rate in the store", {}
    on = event_day(c.when, day)
    start = on - pd.Timedelta(days=10)
    if c.when is not None and c.when[0] == "month":  # "cut rates by 50 bp in September"
        year, month = c.when[1]
        year = year or (day.year if month <= day.month else day.year - 1)  # the last such
        start = pd.Timestamp(year=year, month=month, day=1)
        on = min(day, start + pd.offsets.MonthEnd(0))
    steps = fed_decisions(rates).loc[start:on]
    if steps.empty:
        return (
            "not checkable",
            f"no step of the fed funds rate in the store from {start.date()} to {on.date()}",
            {},
        )
    taken, step = pd.Timestamp(steps.index[-1]), float(steps.iloc[-1])
    stated = c.pct / 100.0 * (-1.0 if c.op == "down" else 1.0)
    ok = step * stated > 0 and abs(abs(step) - abs(stated)) <= 0.06
    text = (
        f"the effective fed funds rate moved {step:+.2f} pp after the decision of "
        f"{taken.date()} against the stated {stated:+.2f} pp (tolerance: 0.06 pp)"
    )
    data = {"decision": str(taken.date()), "step": step, "stated": stated}
    return ("confirmed" if ok else "contradicted"), text, data
