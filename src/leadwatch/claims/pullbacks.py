"""A pullback within the session is not the day's move (pure).

"Gold was down from its intraday highs", "silver was off the day's best levels", "the dollar
eased from an intraday peak", "bitcoin pared early gains", "gold erased its morning gains",
"the index gave back its initial advance": the price has come back from a point of the
session it reached earlier, and it can still end the day higher than the close before (as
the same sentence often says: "..., yet higher on the day"). Such a move, stated
without a figure, says nothing of the close-to-close change, so it yields no move claim.
A figure stated with it ("down 1% from its session high") is a move from that high, left
to the figure's own rules.

Examples
--------
>>> s = "Silver was down from its session highs by noon; bitcoin pared early gains."
>>> [intraday_pullback(s, w) for w in ("Silver was down", "bitcoin pared")]
[True, True]
>>> intraday_pullback("Gold is down from its record high in October.", "Gold is down")
False
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim

__all__ = ["drop_pullbacks", "intraday_pullback"]

# A point reached earlier in the session: its high, its best level, its early gains.
_EARLIER = r"(?:session|intraday|intra-day|day'?s|daily|early|earlier|initial|morning|overnight)"
_TOP = r"(?:highs?|peaks?|tops?|best(?: levels?)?|gains?|advances?|rally)"
_POINT = (
    rf"(?:(?:its|their|the|an?|some of (?:its|their|the)|most of (?:its|their|the)|all of "
    rf"(?:its|their|the)|much of (?:its|their|the))\s+)?(?:{_EARLIER}[\s-]+{_TOP}"
    rf"|{_TOP} of the (?:day|session))\b"
)
# What follows a bare move's verb ("is down", "eased"): a pullback from such a point, up to
# two words between ("is down a bit from"); after "was off", the point itself. A verb that
# gives back what the session gained: "pared early gains", "erased its morning gains",
# "gave back the day's advance"; "pared gains", "trimmed gains" need no point word
# ("erased its gains" may be a year's).
_TRIM = r"pared|paring|pares|trimmed|trimming|trims"
_GIVE = rf"{_TRIM}|erased|erasing|erases|gave up|giving up|gave back|giving back|wiped out"
_AWAY = re.compile(rf"(?i)(?:\s+[\w'\u2019-]+){{0,2}}?\s+(?:from|off)\s+{_POINT}")
_AT_POINT = re.compile(rf"(?i)\s+{_POINT}")
_GIVE_BACK = re.compile(
    rf"(?i)\b(?:(?:{_TRIM})\s+(?:(?:its|their|some|the)\s+)?gains\b"
    rf"|(?:{_GIVE}|reversed|reversing|surrendered|shed)\s+{_POINT})"
)


def intraday_pullback(sentence: str, words: str) -> bool:
    """Whether the bare move ``words`` of ``sentence`` is a pullback within the session
    (see the module doc): a pullback phrase follows its words, or its clause gives back
    the session's gains with a verb of its own ("pared gains")."""
    pos = sentence.find(words)
    if pos < 0:
        return False
    if _AWAY.match(sentence, pos + len(words)):
        return True
    if words.lower().endswith(" off") and _AT_POINT.match(sentence, pos + len(words)):
        return True  # "was off the day's best levels"
    give = _GIVE_BACK.search(sentence, pos)
    return give is not None and give.start() <= pos + len(words) + 3


def drop_pullbacks(sentence: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the figureless moves of ``sentence`` that are session pullbacks."""
    return [
        c
        for c in claims
        if not (c.kind == "move" and c.pct is None and intraday_pullback(sentence, c.words))
    ]
