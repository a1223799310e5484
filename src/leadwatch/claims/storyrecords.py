"""Records told in a story sentence ("cheaper money favours havens such as gold, which went on
to set a fresh record"): a sentence that reads as a general claim still states a
record where the record's own clause tells it as an event and is no general one (pure).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> text = "Low yields cut the opportunity cost of assets like gold, which hit a new all-time high."
>>> [c.asset for c in story_records(text, find_assets(text), None, 0)]
['gold']
>>> text = "Historically, gold tends to hit record highs when real yields fall."
>>> story_records(text, find_assets(text), None, 0)
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.model import Claim
from leadwatch.claims.narrative import GENERAL_RE
from leadwatch.claims.recordwords import records

__all__ = ["story_records"]

_GENERAL_OPENING = re.compile(
    r"\s*(?:historically|traditionally|typically|usually|often|in (?:past|previous) cycles)\b",
    re.IGNORECASE,
)

#: The record told as an event: "surged to a new", "hit a", "set fresh" (not "silver's record
#: high being a sign of").
_SET = re.compile(
    r"\b(?:hit|hits|set|sets|reach(?:ed|es)|touch(?:ed|es)|surged|soared|climbed|rose|jumped"
    r"|rallied|notched|posted|printed|marked|scaled|closed at|ended at)\b[^,;]{0,20}$",
    re.IGNORECASE,
)


def story_records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """The records of story sentence ``s`` (number ``i``) whose clause states a fact."""
    if _GENERAL_OPENING.match(s):
        return []
    out = []
    for c in records(s, mentions, subject, i):
        pos = max(s.find(c.words), 0)
        clause = s[clause_start(s, pos) : pos]
        if _SET.search(clause) and not GENERAL_RE.search(clause):
            out.append(c)
    return out
