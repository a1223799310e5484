"""The verbs that set a level's operator beyond crossing it (pure vocabulary).

A price won back ("reclaimed $70,000"), tried ("tested $3,400"), given up ("lost the
$60,000 level") or a record set at its price ("scaled a record $4,966"), as read by
:mod:`leadwatch.claims.figures`; a price reached "nearly" or "almost" is a little under
its figure, read near it (:func:`hedged_levels`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim

__all__ = ["LOST_LEVEL_RE", "RECLAIM_RE", "RECORD_SET_RE", "TESTED_RE", "hedged_levels"]

#: A record set at its price ("scaled a record $4,966", "set a fresh all-time high of $109"):
#: the day's level (the verb then takes the record's words, :data:`LEVEL_OF_RE`, as before).
RECORD_SET_RE = (
    r"(?:set|sets|setting|scal(?:ed|es|ing)|notch(?:ed|es|ing)|mark(?:ed|s|ing)|post(?:ed|s|ing)"
    r"|logg(?:ed|ing)|logs|str(?:uck|ikes|iking)|print(?:ed|s|ing)|clinch(?:ed|es|ing))"
    r"(?= (?:a |an |its |their |the )?(?:fresh |new )?(?:record|all[- ]time)(?:[- ]high)?"
    r"(?: (?:high|peak))?(?: of)? (?:US)?\$)"
)
#: A price won back ("reclaimed $70,000", "retook the $100,000 level"): above it.
RECLAIM_RE = r"reclaim(?:ed|ing|s)?|retook|retak(?:e|es|ing)"
#: A price tried ("tested $3,400 resistance", "flirted with $3,500"): near it.
TESTED_RE = r"(?:re)?test(?:ed|ing|s)?|flirt(?:ed|ing|s)? with"
#: A price level given up ("lost the $60,000 level", "surrendered the $3,000 mark"): below it.
LOST_LEVEL_RE = (
    r"(?:lost|loses|losing|surrender(?:ed|ing|s)?|gave up|giving up)(?= (?:the|its) "
    r"(?:US)?\$[\d,.]+k? (?:level|mark|handle|support|threshold|line|floor)\b)"
)

#: "hit a new record of nearly $3,500", "rose to almost $70,000": a little under the figure.
_HEDGED = re.compile(r"\b(?:nearly|almost|just under)\s+(?:US\$|\$)?\s?\d[\d,.]*k?$", re.IGNORECASE)


def hedged_levels(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a price reached "nearly" or "almost" read near its figure (within
    the band a little under it), not at it.

    >>> c = Claim(0, "level", "gold", "to nearly $3,500", "at", 3500.0)
    >>> [x.op for x in hedged_levels([c])]
    ['near']
    """
    return [
        replace(c, op="near")
        if c.kind == "level" and c.op == "at" and _HEDGED.search(c.words)
        else c
        for c in claims
    ]
