"""The words of a Fed rate decision: the Fed's names, its verbs, the rate, a step's size
and what makes a step expected rather than taken (pure; shared by
:mod:`leadwatch.claims.feddecisions` and :mod:`leadwatch.claims.unsizeddecisions`).

Examples
--------
>>> m = re.search(SIZE_RE, "by 50 basis points")
>>> step_size(m)
50.0
"""

from __future__ import annotations

import re

__all__ = ["CUT_RE", "FED_RE", "HIKE_RE", "NOT_TAKEN", "RATE_RE", "SIZE_RE", "step_size"]

FED_RE = (
    r"\b(?:the )?(?:U\.?S\.? )?(?:Fed|Federal Reserve|FOMC|Federal Open Market Committee)\b"
    r"(?:\s*\([A-Z]+\))?"
)
CUT_RE = (  # (the bare verb after "decision to": "the Fed's decision to lower rates by ...")
    r"cut(?:ting)?|lower(?:ed|ing)?|reduc(?:e|ed|ing)|trim(?:med|ming)?|slash(?:ed|ing)?"
)
HIKE_RE = r"rais(?:e|ed|ing)|hik(?:e|ed|ing)|lift(?:ed|ing)?|increas(?:e|ed|ing)"
RATE_RE = (  # "its target range for the policy rate" too
    r"(?:(?:its|the) target range (?:for|of) )?"
    r"(?:(?:its|the|interest|overnight|key|policy|benchmark|short-term|federal|fed|funds"
    r"|target|lending|borrowing|baseline|main)\s+){0,4}(?:rates?|costs)(?:\s+range)?"
)
SIZE_RE = (  # "a quarter point" reads "25% point" once figures are made plain
    r"(?P<share>\d+)%[- ](?:percentage[- ])?point"
    r"|(?P<num>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>basis[- ]points?|bps?\b|percentage[- ]points?|%)"
    r"|(?P<quarter>(?:a|one)[- ]quarter(?:[- ]of)?(?:[- ]a)?[- ](?:percentage[- ])?point"
    r"|(?:a\s+)?quarter[- ](?:percentage[- ])?point)"
    r"|(?P<half>half[- ]a[- ](?:percentage[- ])?point|(?:a\s+)?half[- ](?:percentage[- ])?point)"
)
#: What makes a step a forecast, a wish or a bet rather than a decision taken.
NOT_TAKEN = re.compile(
    r"\b(?:expect\w*|will|would|could|may|might|should|shall|likely|chances?|odds|probabilit\w+"
    r"|bets?|betting|priced|pricing|if|whether|unless|forecast\w*|project\w*|predict\w*"
    r"|signal\w*|plans?|planning|wish\w*|wan(?:ts?|ted)|hop(?:e|es|ing|ed)|favou?r\w*|dissent\w*"
    r"|calls? for|called for|preferr\w*|prefers?|push(?:ed|es)? for|argu\w+ for"
    r"|another|further|more|next|again|to be)\b",
    re.IGNORECASE,
)


def step_size(m: re.Match[str]) -> float | None:
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
