"""Move nouns: the direction a noun gives the figure it governs (pure).

"Monthly gains stand at 2.4%", "losses of 5%": the noun before the figure, not a later
"down", gives its direction; "a 3% jump", "its 2.5% weekly gain": so does the noun right
after it, over a main verb of the other direction ("fell 1%, after a 3% jump").

Examples
--------
>>> s = "Monthly gains stand at 2.4 percent."
>>> noun_direction(s, s.index("2.4"))
'up'
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import DOWN_NOUN_RE, UP_NOUN_RE, words_re

__all__ = ["noun_direction"]

# Words that link a move noun to its figure: "gains stand at", "gains add up to", "gains of
# close to", "seven-day gains down to", "gains exceed".
_LINK = (
    r"(?:of|at|stand|stands|stood|add|adds|added|up|down|to|now|are|were|is|was|has|have|had"
    r"|been|total\w*|amount\w*|came|come|close|about|around|nearly|almost|roughly|some|over"
    r"|more|than|just|under|only|a|an|by|reach\w*|hit|approximately|another|further|extend\w*"
    r"|narrow\w*|widen\w*|trimmed|cut|shrank|grew|exceed\w*|top|tops|topped|surpass\w*)"
)
# ("returns of 40%", "a return of roughly 87%": a return is a gain unless signed negative)
_NOUN_BEFORE = re.compile(
    rf"\b(?:(?P<up>{UP_NOUN_RE}|returns?(?= of))|(?P<down>{DOWN_NOUN_RE}))(?:\s+{_LINK})*\s*"
    r"(?:[+-]?\d+(?:\.\d+)?\s?(?:%|percent),?\s+(?:and\s+)?)*"  # "gains of 3%, 5% and 7%"
    r"(?P<sign>[+-]|\u2212)?$",
    re.IGNORECASE,
)


# "after a return of 1.1%": a return a preposition governs is no subject's move
_GOVERNING = (
    *("after", "with", "despite", "following", "from"),
    *("for", "on", "against", "versus", "than"),
)
_GOVERNED_HEAD = r"(?:a|an|its|their|the|annual|average)?"
_GOVERNED = re.compile(rf"\b{words_re(_GOVERNING)}\s+{_GOVERNED_HEAD}\s*$", re.I)


# "a 3% jump", "its 2.5% weekly gain", "a 6% one-day slump": the noun right after the figure
# (one qualifying word between them, never a preposition or a conjunction).
_NOUN_AFTER = re.compile(
    r"\s*(?:(?!(?:in|on|to|of|at|by|for|from|after|amid|as|and|with|than|since)\b)[\w-]+\s+)?"
    rf"(?:(?P<up>{UP_NOUN_RE})|(?P<down>{DOWN_NOUN_RE}))\b",
    re.IGNORECASE,
)


def noun_direction(s: str, pos: int, end: int | None = None) -> str | None:
    """``up``/``down`` when a move noun governs the figure at ``pos``: one before it ("gains
    of 2%"), or, given the figure's ``end``, one right after it ("a 3% jump"); else ``None``.

    >>> s = "Gold fell 1% after a 3% jump"
    >>> noun_direction(s, s.index("3%")), noun_direction(s, s.index("3%"), s.index("3%") + 2)
    (None, 'up')
    """
    lo = max(0, pos - 60)
    m = _NOUN_BEFORE.search(s[lo:pos])
    if m and m.group(0)[:6].lower() == "return" and _GOVERNED.search(s[: lo + m.start()]):
        m = None  # "After a return of 1.1% in May, bonds slipped": the return is not a move
    if m is None and end is not None:
        m = _NOUN_AFTER.match(s, end)
    if m is None:
        return None
    up = bool(m.group("up")) != ("sign" in m.groupdict() and m.group("sign") in ("-", "\u2212"))
    return "up" if up else "down"
