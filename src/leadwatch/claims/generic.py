"""Lines that state no market fact: a saying quoted as such (pure).

"pundits like to say 'silver rises when the euro falls'", "as the old
adage goes, silver follows gold": the moves inside a saying are a story, not what the
market did (:func:`saying_start`); so are those of a rule in the present ("When the
dollar is down, gold is up": :func:`outside_sayings`).

Examples
--------
>>> s = "Traders often say things like 'ether is up because stocks are up'."
>>> s[saying_start(s):][:8]
"'ether i"
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim

__all__ = ["outside_sayings", "saying_start"]

_SAYING = re.compile(
    r"\b(?:(?:say|says|said|saying|claim|claims|repeat|repeated|hear|heard)\s+(?:things|something)"
    r"\s+like|(?:would|will|used to|like to|love to)\s+(?:\w+\s+)?(?:say|claim|argue|repeat)"
    r"|the (?:old |familiar |usual )?(?:adage|saying|mantra|refrain|cliche|cliché)"
    r"(?:\s+(?:is|goes|that))?|as the (?:old )?(?:saying|adage) goes)\b[\s:,]*",
    re.IGNORECASE,
)


def saying_start(s: str) -> int | None:
    """Where a saying quoted as such starts in ``s`` (its moves are a story), else ``None``."""
    m = _SAYING.search(s)
    return None if m is None else m.end()


# A rule stated in the present: "When the dollar is down, gold is up", "Whenever stocks
# slump, gold rallies", "If bitcoin is up, ether is up more".
_RULE = re.compile(
    r"\b(?:when|whenever|if|each time|every time|as long as)\b[^,;.]{0,60}?"
    r"\b(?:(?:is|are) (?:up|down|higher|lower|rising|falling)|rises|falls|gains|drops|climbs"
    r"|slides|slumps|rallies|jumps|sinks|weakens|strengthens|goes (?:up|down))\b",
    re.IGNORECASE,
)


def outside_sayings(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims of sentence ``s`` but those stated inside a saying, and the bare moves
    of a rule in the present with no figure ("When the dollar is down, gold is up");
    stories stay."""
    if _RULE.search(s) and not re.search(r"\d", s):
        claims = [c for c in claims if c.kind != "move" or c.when is not None]
    start = saying_start(s)
    if start is None:
        return claims
    return [c for c in claims if c.kind == "narrative" or s.find(c.words) < start]
