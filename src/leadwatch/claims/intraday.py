"""Words that make a stated move an extreme reached within the session (pure).

"Silver fell as much as 34%", "was at one point down 9%", "at one stage the metal was
12% lower", "slid up to 12% intraday", "down 6% at its lowest point": the figure is the
day's extreme, graded on the day's low (high) where the series has a range, not on the
close. The marker stands before the figure, with nothing between but other figures ("as
much as 3% and 5%") or a short stretch of words that ends with a move word ("at one point
down", "at one stage silver was down"); or the marker follows the figure ("12% intraday").

A figure followed by the session's own high and low ("a drop of over 6%, falling from a high
of $3,400 to about $3,180 during the trading day") is the swing from one to the other, not
a close-to-close change: :func:`session_swing`. A move told "at its peak" ("At its peak
close of $2,790, gold was up 34% in October") is the move to the window's top.
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of, words_re

__all__ = ["SESSION_TURN", "extreme_stated", "session_swing"]

#: A turn within the session that a bare move verb tells ("rebounded after early losses",
#: "eased from the morning's highs"): the day's own direction is not stated.
SESSION_TURN = (
    r"(?:after|from|off) (?:its |their |the )?(?:early|earlier|initial|morning|opening|intraday"
    r"|(?:day|session|morning)['\u2019]s) (?:losses|lows?|declines?|weakness|dips?|drops?"
    r"|gains|highs?|advances?|rises?)"
)

_EXTREME = any_of(
    *("as much as", "at one point", "at one stage", "at one time", "intraday", "up to"),
    "at (?:its|it['\u2019]s|the) (?:session |intraday |day's )?(?:low|high|lowest|highest|worst"
    r"|best|peak)(?: (?:point|level|moment))?",  # "it's": a common misspelling of "its"
    "at (?:the|its) (?:low|high) of the (?:day|session)",
)
_MOVE_WORDS = (
    *("down", "up", "lower", "higher", "off", "fell", "dropped", "slid", "sank", "plunged"),
    *("tumbled", "lost", "shed", "rose", "jumped", "gained", "climbed", "surged", "soared"),
    "rallied",
)
_CLAUSE_WORDS = ("but", "before", "after", "then", "while", "although", "though")
# Between the marker and the figure: other figures only ("as much as 3% and 5%"), or up
# to four words of one clause, the last a move word ("at one stage it was down").
_LISTED = r"(?:\s|,|and|or|\d|[.%]|per ?cent|bps?)*"
_WORD = rf"[\s,]*(?!{words_re(_CLAUSE_WORDS)}\b)[\w'\u2019&-]+"
_GAP = re.compile(rf"{_LISTED}|(?:{_WORD}){{0,4}}?[\s,]+{words_re(_MOVE_WORDS)}(?: by)?\s*", re.I)
_AFTER = re.compile(
    r"\s*(?:intraday|at one point|at one stage|in intraday trad\w+"
    r"|at (?:its|it['\u2019]s|the) (?:session |intraday |day['\u2019]s )?(?:peak|high|low))\b",
    re.I,
)


#: An opening "at its peak" (its high, its best close, with its price) and then the subject's
#: move: "At its peak close of $118, silver was up 65% in January" is the move to the top.
_AT_PEAK = re.compile(
    r"\bat (?:its|their|the) (?:peak|high|highest|top|best)(?: (?:closing |close |intraday )?"
    r"(?:price|level|close|point|mark))?(?: (?:of|at|near) (?:US)?\$?\s?\d[\d,]*(?:\.\d+)?)?,"
    r"\s*(?:[\w&-]+\s+){0,3}?(?:was|were|had been|stood|is|are) (?:up|down|higher|lower)"
    r"(?: by)?\s*$",
    re.IGNORECASE,
)


def extreme_stated(before: str, after: str) -> bool:
    """Whether a figure with ``before`` (up to 60 characters) ahead of it and ``after``
    following it is stated as the session's extreme.

    >>> cases = [("Silver was at one point down ", " on Friday."), ("fell up to ", " intraday")]
    >>> [extreme_stated(b, a) for b, a in cases]
    [True, True]
    >>> extreme_stated("At one point gold rallied, but silver fell ", ".")
    False
    >>> extreme_stated("At its peak close of $2,790, gold was up ", " in October.")
    True
    """
    marks = list(_EXTREME.finditer(before))
    if _AFTER.match(after) or _AT_PEAK.search(before):
        return True
    return bool(marks) and _GAP.fullmatch(before[marks[-1].end() :]) is not None


_PRICE = r"(?:US)?\$?\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK])?"
_NEAR = r"(?:(?:about|around|approximately|roughly|nearly|almost|some|just (?:over|under)) )?"
#: The session's high and low after a figure, in its clause: "dropping from a high of $X to
#: about $Y during the trading day", "rising from a session low of $X to a high of $Y".
_SWING = re.compile(
    r"[^.;]{0,40}?\bfrom (?:a|an|its|the) (?:session |intraday |day's )?(?:high|low|peak|top)"
    rf" (?:of |at |near )?{_NEAR}{_PRICE} to (?:a |an |its |the )?(?:(?:session |intraday )?"
    rf"(?:high|low|bottom|trough) (?:of |at |near )?)?{_NEAR}{_PRICE}"
    r"(?:\s\w+){0,2}?\s(?:during|over|in|within|through(?:out)?) (?:the |a )?(?:trading |single )?"
    r"(?:day|session)\b",
    re.IGNORECASE,
)


def session_swing(after: str) -> bool:
    """Whether the text ``after`` a figure names the session's high and low it ran between
    (see the module doc): the move is the day's swing.

    >>> session_swing(", slipping from a high of $3,410 to about $3,160 during the session.")
    True
    >>> session_swing(", falling from a high of $3,410 to $3,160 over three weeks.")
    False
    """
    return _SWING.match(after) is not None
