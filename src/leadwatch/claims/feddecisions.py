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

from leadwatch.claims.eventwindows import fed_decisions, fed_rates
from leadwatch.claims.fedwords import (
    CUT_RE,
    FED_RE,
    HIKE_RE,
    NOT_TAKEN,
    RATE_RE,
    SIZE_RE,
    step_size,
)
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.text import find_when
from leadwatch.claims.unsizeddecisions import (
    check_count,
    check_hold,
    decision_span,
    unsized_claims,
)

__all__ = ["check_decision", "decision_claims"]

#: The verb form: "cut interest rates by 25 basis points".
_VERBED = re.compile(
    rf"{FED_RE}(?P<gap>[^.;:]{{0,40}}?)\s(?:(?P<cut>{CUT_RE})|(?P<hike>{HIKE_RE}))\s+{RATE_RE}"
    rf"(?:\s+[^.;:\d]{{0,30}}?)?\s+by\s+(?:{SIZE_RE})",
    re.IGNORECASE,
)
#: The noun form: "delivered its third 0.25% rate cut", "announced a 50 bp hike".
_NOUNED = re.compile(
    rf"{FED_RE}(?P<gap>[^.;:]{{0,40}}?)\s(?:delivered|announced|made|enacted|implemented"
    r"|approved|opted for|went with)\s+(?:a|an|its|the)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:{SIZE_RE})[- ](?:interest[- ])?(?:rate[- ])?"
    r"(?:(?P<cut>cut|reduction)|(?P<hike>hike|increase))",
    re.IGNORECASE,
)
#: The step told after the decision: "cut its key rate to 3.5%-3.75%, a reduction of 0.25 points".
_APPOSED = re.compile(
    rf"{FED_RE}(?P<gap>[^.;:]{{0,40}}?)\s(?:(?P<cut>{CUT_RE})|(?P<hike>{HIKE_RE}))\s+{RATE_RE}"
    rf"(?:[^.;:]|(?<=\d)\.(?=\d)){{0,60}}?,\s+an?\s+(?:reduction|cut|decrease|increase|hike|rise)\s+of\s+(?:{SIZE_RE})",
    re.IGNORECASE,
)

#: A step told as taken, the Fed named elsewhere in the sentence: "after last week's
#: quarter-point cut", "opened its easing with a half-point interest rate reduction",
#: "following a 75 bp rate hike by the Federal Reserve".
_TOLD = re.compile(
    r"\b(?:after|following|with|declar(?:ed|ing)|announc(?:ed|ing)|deliver(?:ed|ing))\s+"
    r"(?:(?:(?:last|this) week|(?:Mon|Tues|Wednes|Thurs|Fri)day|the Fed|the Federal Reserve)"
    r"['\u2019]s\s+|(?:a|an|its|the)\s+)(?P<gap>)"
    rf"(?:{SIZE_RE})[- ](?:interest[- ])?(?:rate[- ])?(?:(?P<cut>cut|reduction)|(?P<hike>hike"
    r"|increase))\b(?![- ]\w*\s*(?:is|was|are|were)?\s*(?:priced|expected|seen|bets?|odds)\b)",
    re.IGNORECASE,
)
_FED = re.compile(FED_RE, re.IGNORECASE)
#: The committee's own vote: the Fed (or FOMC) as its subject takes the decision.
_VOTED = re.compile(
    r"^\s*(?:(?:policymakers|officials|members) )?(?:has |have )?voted(?: \d+-\d+)?"
    r" in favou?r of\s*$",
    re.IGNORECASE,
)

#: "cut rates by 50 bp last week": the decision lies in the week before the article's.
_LAST_WEEK = re.compile(r"\blast week\b", re.IGNORECASE)
#: A decision ahead: a headline's "Fed to cut", "is set to", "poised to".
_AHEAD = re.compile(r"^\s*to\s*$|\b(?:set|poised|due|going|ready|about|is|are)\s+to\s*$")


def decision_claims(index: int, s: str) -> list[Claim]:
    """The rate decisions sentence ``s`` (number ``index``) states (module doc)."""
    out: list[Claim] = []
    for pattern in (_VERBED, _NOUNED, _APPOSED, _TOLD):
        for m in pattern.finditer(s):
            if pattern is _TOLD and not _FED.search(s):
                continue  # another central bank's, or none named
            gap = _VOTED.sub("", m["gap"] or "")  # "the FOMC voted in favor of cutting": taken
            if NOT_TAKEN.search(s, 0, m.start()) or NOT_TAKEN.search(gap):
                continue
            if _AHEAD.search(m["gap"] or ""):
                continue  # "Fed to cut rates by 25 bp", "the Fed is poised to cut": ahead
            size = step_size(m)
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
                    window="decision:week" if _LAST_WEEK.search(s) else "decision",
                    qualifiers=quals,
                )
            )
        if out:
            break
    return out[:1] or unsized_claims(index, s)


def check_decision(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Grade a rate decision ``c`` (module doc) at article date ``day``."""
    rates = fed_rates(market)
    if rates is None:
        return "not checkable", "no fed funds rate in the store", {}
    if c.op == "flat":
        return check_hold(c, day, rates)
    if (c.window or "").startswith("decision:count:"):
        return check_count(c, day, rates)
    start, on = decision_span(c, day)  # (the month named: "cut rates by 50 bp in September")
    steps = fed_decisions(rates).loc[start:on]
    if steps.empty:
        return (
            "not checkable",
            f"no step of the fed funds rate in the store from {start.date()} to {on.date()}",
            {},
        )
    taken, step = pd.Timestamp(steps.index[-1]), float(steps.iloc[-1])
    sign = -1.0 if c.op == "down" else 1.0
    if c.pct is None:  # "the Fed's rate cut last week": the side only
        ok = step * sign > 0
        text = (
            f"the effective fed funds rate moved {step:+.2f} pp after the decision of "
            f"{taken.date()}: a {'cut' if step < 0 else 'hike'} (stated: a "
            f"{'cut' if sign < 0 else 'hike'})"
        )
        data = {"decision": str(taken.date()), "step": step}
        return ("confirmed" if ok else "contradicted"), text, data
    stated = c.pct / 100.0 * sign
    ok = step * stated > 0 and abs(abs(step) - abs(stated)) <= 0.06
    text = (
        f"the effective fed funds rate moved {step:+.2f} pp after the decision of "
        f"{taken.date()} against the stated {stated:+.2f} pp (tolerance: 0.06 pp)"
    )
    data = {"decision": str(taken.date()), "step": step, "stated": stated}
    return ("confirmed" if ok else "contradicted"), text, data
