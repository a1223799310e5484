"""A price the text names as a goal or a chart level, not as the day's price (pure).

"keeps edging closer to $3,000", "eyes $110,000", "sets its sights on $5,000",
"is on course for $100", "heads for $4,000", "a run at $120,000", "traders flag $107,000 as
major resistance": the asset is not there, so the figure must not vote for the
article's date. A chart level named before its figure is often crossed or touched that
day ("pushing past the $105,000 resistance level", "slipped through support near $2,600")
and stays.

Examples
--------
>>> aimed_at("Gold keeps edging closer to ", "")
True
>>> aimed_at("Bitcoin traded at ", " on Monday.")
False
>>> aimed_at("traders flag ", " as major resistance.")
True
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["aimed_at"]

#: Filler between the goal's words and its figure ("closer to the psychological $3,000").
_FILLER = "the a an key psychological important round next major level mark of at near around"
_GAP = rf"(?:\s+{words_re([*_FILLER.split(), 'about', 'roughly', 'its', 'fresh'])})*\s*$"
#: The goal's words, one family a line.
_GOALS = (
    r"\b(?:(?:edg|inch|creep|mov|push|draw|climb|ris)\w*\s+)?closer\s+to",
    r"\bclos(?:e|es|ed|ing)\s+in\s+on|\beye(?:s|d|ing)?|\b(?:sets?\s+\w+\s+)?sights?\s+(?:set\s+)?on",
    r"\bhead(?:s|ed|ing)?\s+for|\bon\s+(?:course|track)\s+for",
    r"\b(?:a|another)\s+(?:run|shot|tilt|crack)\s+at|\btarget(?:s|ed|ing)?",
    r"\bnext\s+(?:stop|target|hurdle)(?:\s+(?:is|at|of))?|\b(?:upside|path)\s+(?:to|toward|towards)",
)
_GOAL_BEFORE = re.compile(rf"(?i)(?:{'|'.join(_GOALS)}){_GAP}")
#: "... $107,000 as major resistance", "$95,000 as support".
_UNIT = r"\s*(?:an? |per )?(?:ounce|oz|barrel|coin|token)?\s*"
_RANK = words_re(("key", "major", "next", "important", "immediate", "first"))
_CHART = words_re(("resistance", "support", "target", "ceiling", "floor"))
_GOAL_AFTER = re.compile(rf"(?i){_UNIT}as\s+(?:an?\s+|the\s+)?(?:{_RANK}\s+)?{_CHART}\b")


def aimed_at(before: str, after: str) -> bool:
    """Whether a figure with ``before`` and ``after`` around it is a goal or a chart level
    (module docstring), not the price of the day."""
    return bool(_GOAL_BEFORE.search(before) or _GOAL_AFTER.match(after))
