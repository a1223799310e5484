"""A figure that sizes a week's or a day's move named as a noun beside it (pure).

"Its best weekly gain (+3.2%) in a year", "the worst week (-9%) since 2022", "its
biggest daily drop, 2.8%, since May", "rose 3.9% for its best weekly gain": the figure is
the size of the one week's (day's) move the noun names; the span after it ("in a year",
"since May") is the reach of the superlative, not the window of the figure. Such a move
takes the noun's window: ``week`` for a weekly one (graded over the week to the day the
sentence names, else to the article's), ``day`` for a daily one (its session).

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> ex = extract_claims("Gold posted its best weekly gain (+4.1%) in a year.")
>>> [c.window for c in ex.claims if c.kind == "percent"]
['week']
>>> ex = extract_claims("Gold booked its biggest daily drop (-2.8%) since May.")
>>> [c.window for c in ex.claims if c.kind == "percent"]
['day']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence

__all__ = ["period_sizes"]

_UNIT = (
    r"(?P<unit>weekly|week['\u2019]s|week|daily|day['\u2019]s|one-day|single-day|session"
    r"|single-session)"
)
_NOUN = (
    r"(?:gains?|loss(?:es)?|drops?|declines?|falls?|rises?|advances?|jumps?|rall(?:y|ies)"
    r"|climbs?|slides?|slumps?|performances?|returns?|moves?|increases?|decreases?)"
)
_LEAD = r"(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
#: The noun right before the figure: "weekly gain (+4.7%)", "worst week, -9%,".
_BEFORE = re.compile(
    rf"\b{_LEAD}{_UNIT}(?:\s+{_NOUN})?\s*(?:\(|,|:|of)\s*(?:about |around |nearly )?$",
    re.IGNORECASE,
)
#: The noun right after the figure, no comma between: "3.9% for its best weekly gain".
_AFTER = re.compile(
    rf"^\)?\s+(?:for|in|as)\s+{_LEAD}{_UNIT}\s+{_NOUN}\b",
    re.IGNORECASE,
)
#: Windows a superlative's reach gives the figure, or none: read again here.
_REACH = re.compile(r"^(?:year|months?|since:.*|last:.*|ytd)$")


def period_sizes(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each move sized by a week's or a day's move noun given its window."""
    out = []
    for c in claims:
        text = sentences[c.sentence].text if 0 <= c.sentence < len(sentences) else ""
        at = text.find(c.words) if c.kind == "percent" else -1
        if at < 0 or not (c.window is None or _REACH.match(c.window)):
            out.append(c)
            continue
        m = _BEFORE.search(text[max(0, at - 60) : at]) or _AFTER.match(text[at + len(c.words) :])
        if m is None:
            out.append(c)
            continue
        weekly = m.group("unit").lower().startswith("week")
        out.append(replace(c, window="week" if weekly else "day"))
    return out
