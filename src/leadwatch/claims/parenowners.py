"""A figure in brackets right after a common noun is that noun's (pure).

Market wraps annotate the groups they name with their move: "utilities (+1.65%) and banks
(+1.58%) outperformed", "the energy sector (-0.8%) lagged". The bracket ties the figure to
the noun just before it, so it is that group's move, not the move of the asset carried from
the clause or the sentence before. Only a short clause of nouns qualifies: a verb ("prices
climbed (+1.1%)"), an adverb or comparative ("closed higher (+1.1%)"), a time word ("on
Tuesday (+1.1%)"), a figure ("at $2,650 (+1.1%)") or a pronoun or price noun ("the metal
(+1.1%)") before the bracket leaves the figure to the clause's asset.

Examples
--------
>>> s = "The index rose 0.2%, as utilities (+1.65%) and banks (+1.58%) outperformed."
>>> [paren_owner(s, s.index(x)) for x in ("1.65", "1.58", "0.2")]
['utilities', 'banks', None]
>>> s = "Gold closed higher (+1.1%) on Tuesday."
>>> paren_owner(s, s.index("1.1")) is None
True
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import GENERIC
from leadwatch.claims.vocabulary import DOWN_VERB_RE, UP_VERB_RE

__all__ = ["paren_owner"]

#: The bracket that opens right before the figure, its sign allowed: "utilities (+".
_OPEN = re.compile(r"\s\(\s*[+\u2212\u2013-]?\s*$")
#: Words that make the bracket a comment on a verb, a time, a move or a price, not a noun's.
_NOT_NOUNS = re.compile(
    rf"(?:{UP_VERB_RE}|{DOWN_VERB_RE})"
    r"|\w+ly|higher|lower|up|down|flat|ahead|behind|today|yesterday|weekend|week|month|year"
    r"|day|session|quarter|morning|afternoon|evening|night|close|open|date|ytd|mtd|qtd|yoy"
    r"|total|combined|overall|net|so|far|gains?|loss(?:es)?|moves?|changes?|returns?"
    r"|performance|increases?|decreases?|drops?|rises?|falls?|declines?|jumps?|advances?"
    r"|slides?|points?|percent|it|its|they|them|their|this|that|these|those|led|of|in|on|at"
    r"|to|from|for|than|over|under|about|around|near"
    r"|much|little|more|less|most|least|bit|lot|touch|tad|margin"  # "not by much (-0.5%)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|.*\d.*",
    re.IGNORECASE,
)
#: What may stand before the noun: the clause's start, an article, a joining word.
_JOINING = ("the", "a", "an", "as", "with", "and", "while", "but", "or", "by")
_BOUNDARY = re.compile(rf"(?:^|[,;:(\u2014]|\b(?:{'|'.join(_JOINING)}))\s*$", re.I)


def paren_owner(s: str, pos: int) -> str | None:
    """The common noun (with up to two words before it) that a figure in brackets at ``pos``
    labels, lower case; ``None`` where the bracket follows no such noun (module doc)."""
    m = _OPEN.search(s, 0, pos)
    if m is None:
        return None
    words = re.findall(r"[\w&'/.-]+$|[\w&'/.-]+(?=\s)", s[: m.start()])[-3:]
    noun: list[str] = []
    for word in reversed(words):
        if _NOT_NOUNS.fullmatch(word) or GENERIC.fullmatch(word) or not word[0].isalpha():
            break
        if word.lower() in _JOINING:
            break
        noun.insert(0, word)
    if not noun:
        return None
    rest = s[: m.start()].rstrip()
    rest = rest[: len(rest) - len(" ".join(noun))]
    return " ".join(noun).lower() if _BOUNDARY.search(rest) else None
